"""Live separation through the sound card for real: PortAudio on ALSA's `file` plugin (see
tests/test_soundcard.py): the card's input reads in.raw, its output writes out.raw."""

import numpy as np
import pytest

from harness import start_server, stop_server
from oscserver.nmf.drumloop import mix_loop
from test_soundcard import QUANTUM, alsa_env, played

BLOCKS = 50          # ALSA's null device records as fast as it is read: only the first blocks queued
                     # (64) are the sound in order; compare those


@pytest.fixture(scope="module")
def card(tmp_path_factory):
    """(server, folder, what the card's input hears): a server whose default card is the file device."""
    folder = tmp_path_factory.mktemp("filter-card")
    live, _ = mix_loop(2.0, kit="pacific", seed=7)
    live = np.round(live * 32768) / 32768                    # on the 16-bit grid the card's path keeps
    live.astype("<f4").tofile(folder / "in.raw")
    server = start_server(folder / "server", env=alsa_env(folder))
    yield server, folder, live.astype(np.float32)
    stop_server(server)


def test_components_of_the_card_input_sum_to_it_and_one_plays_on_the_card(card):
    server, folder, live = card
    with server.client() as c:
        c.send("/nmf/filter/start", "input", 0)               # the shipped drum bases; kick on the card
        assert c.expect("/nmf/filter/started", timeout=10) == [3, 512, 44100]
        blocks = {}
        while len(blocks) < 3 * BLOCKS:
            address, args = c.receive(10)
            if address == "/nmf/filter/block" and args[1] < BLOCKS:
                blocks[args[0], args[1]] = np.asarray(args[2:], np.float32)
            assert address != "/error", args
        c.send("/nmf/filter/stop")
        c.collect("/nmf/filter/block", until="/nmf/filter/done", timeout=5)
        assert c.ping() < 1.0
    parts = np.array([np.concatenate([blocks[k, i] for i in range(BLOCKS)]) for k in range(3)])
    heard = live[:parts.shape[1]]
    assert heard.std() > 1e-3
    assert np.linalg.norm(parts.sum(axis=0) - heard) / np.linalg.norm(heard) < 1e-4
    assert min(np.linalg.norm(p) for p in parts) > 1e-3 * np.linalg.norm(heard)   # all three take a share
    # what the card played is component 0, sample for sample (16-bit rounding aside)
    pcm = played(folder)
    assert len(pcm) >= parts.shape[1]
    assert np.abs(pcm[:parts.shape[1]] - parts[0]).max() <= QUANTUM
