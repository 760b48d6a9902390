"""The sound-card paths for real: PortAudio on ALSA's `file` plugin, a real device with no hardware.

The server runs with an ALSA configuration of its own (ALSA_CONFIG_PATH): the default device writes
what is played to out.raw and reads what it records from in.raw (float32, mono); `broken` writes to
/dev/full, so every write fails as an unplugged card's would.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from oscserver.nmf.drumloop import mix_loop

from corpus.conftest import copy_small_kit
from harness import start_server, stop_server

ALSA_CONF = Path("/usr/share/alsa/alsa.conf")
QUANTUM = 1 / 32768                                  # 16-bit quantisation


def alsa_env(folder: Path) -> dict:
    if not ALSA_CONF.is_file():
        pytest.fail(f"{ALSA_CONF} is missing: `make test` installs libportaudio2 (and ALSA with it)")
    conf = folder / "asoundrc"
    conf.write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{folder}/out.raw"; format "raw"; '
        f'infile "{folder}/in.raw" }}\n'
        'pcm.broken { type file; slave.pcm "null"; file "/dev/full"; format "raw" }\n')
    return {"ALSA_CONFIG_PATH": f"{ALSA_CONF}:{conf}"}


@pytest.fixture(scope="module")
def card(tmp_path_factory):
    """(server, folder): a server whose default sound card is the ALSA file device in folder."""
    folder = tmp_path_factory.mktemp("card")
    live, _ = mix_loop(1.0, kit="pacific", seed=5)            # what the card's input "hears"
    live.astype("<f4").tofile(folder / "in.raw")
    server = start_server(folder / "server", env=alsa_env(folder))
    sf.write(server.input_dir / "live.wav", live, 44100, subtype="FLOAT")
    yield server, folder
    stop_server(server)


@pytest.fixture
def card_client(card):
    server, _ = card
    with server.client() as c:
        yield c
    assert server.alive(), server.log_text()[-3000:]


@pytest.fixture(scope="module")
def loop(card):
    """A 2 s drum loop the card server may read, decomposed by the NMF tests."""
    server, _ = card
    mix, _ = mix_loop(2.0, kit="pacific", seed=6)
    path = server.input_dir / "loop.wav"
    sf.write(path, mix, 44100, subtype="FLOAT")
    return path, mix


def played(folder: Path) -> np.ndarray:
    return np.fromfile(folder / "out.raw", "<f4")


def list_devices(client) -> tuple[dict[str, int], list]:
    """({name: index}, the closing /audio/devices args)."""
    client.send("/audio/devices")
    rows = []
    while (got := client.receive(5)) is not None and got[0] == "/audio/device":
        rows.append(got[1])
    assert got is not None and got[0] == "/audio/devices", got
    return {name: index for index, name, *_ in rows}, got[1]


def test_devices_are_listed_and_the_default_is_in_use(card_client):
    names, (count, in_use) = list_devices(card_client)
    assert {"default", "broken"} <= set(names) and count == len(names)
    assert in_use == names["default"]


def test_samplernn_stream_on_the_card_is_the_streamed_blocks(card, card_client):
    _, folder = card
    assert card_client.request("/samplernn/card", 1, reply="/samplernn/card") == [1]
    try:
        card_client.send("/samplernn/start", 1.0)
        blocks, done = card_client.collect("/samplernn/block", until="/samplernn/done", timeout=20)
    finally:
        card_client.request("/samplernn/card", 0, reply="/samplernn/card")
    streamed = np.concatenate([np.asarray(b[1:], np.float32) for b in sorted(blocks, key=lambda b: b[0])])
    assert done == [16000] and len(streamed) == 16000
    pcm = played(folder)
    assert len(pcm) == len(streamed), (len(pcm), len(streamed))
    assert np.abs(pcm - streamed).max() <= QUANTUM and streamed.std() > 1e-3


def test_nmf_play_on_the_card_plays_the_sound(card, card_client, loop):
    _, folder = card
    path, loop = loop
    card_client.send("/nmf/decompose", str(path), 3, 30)
    card_client.expect("/nmf/done", timeout=60)
    card_client.send("/nmf/play")
    envs, frames = card_client.collect("/nmf/env", until="/nmf/played", timeout=20)
    pcm = played(folder)
    assert frames[0] == len(envs) > 100
    n = min(len(pcm), len(loop))
    assert n >= len(loop) - 512                               # the whole sound went to the card
    assert np.corrcoef(pcm[:n], loop[:n])[0, 1] > 0.99        # the components sum to the input


def test_nmf_match_from_the_card_input_follows_the_offline_match(card, card_client, loop):
    server, _ = card
    card_client.send("/nmf/decompose", str(loop[0]), 3, 30)
    card_client.expect("/nmf/done", timeout=60)
    card_client.send("/nmf/match/start", str(server.input_dir / "live.wav"))
    offline, _ = card_client.collect("/nmf/match", until="/nmf/match/done", timeout=10)
    card_client.send("/nmf/match/start")                      # the card's input
    live = [card_client.expect("/nmf/match", timeout=5) for _ in range(60)]
    card_client.send("/nmf/match/stop")
    card_client.collect("/nmf/match", until="/nmf/match/done", timeout=5)
    # ALSA's null device records as fast as it is read, so only the first blocks queued in order
    # (64 of them) are the sound as it was; compare those.
    live, offline = np.array(live[:60]), np.array(offline[:60])
    moving = [k for k in range(3) if offline[:, k].std() > 0.02]
    assert len(moving) >= 2
    for k in moving:
        assert np.corrcoef(live[:, k], offline[:, k])[0, 1] >= 0.9, k


def test_corpus_play_uses_the_card(card, card_client):
    server, folder = card
    kit = copy_small_kit(server.input_dir / "kit")
    card_client.send("/corpus/analyze", str(kit), 3)
    card_client.collect("/corpus/point", until="/corpus/done", timeout=60)
    before = (folder / "out.raw").stat().st_mtime_ns
    i, path, start, end, on_card = card_client.request("/corpus/play", 0, reply="/corpus/play")
    assert on_card == 1
    sound, rate = sf.read(path, dtype="float32")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(played(folder)) < len(sound):
        time.sleep(0.05)
    assert (folder / "out.raw").stat().st_mtime_ns != before and len(played(folder)) >= len(sound) * 0.99


def test_a_rate_the_card_refuses_is_an_error_and_the_envelopes_go_on(card, card_client):
    server, _ = card
    rate = 400000                                             # PortAudio's ALSA host takes at most 384 kHz
    rng = np.random.default_rng(0)
    noise = (0.3 * rng.standard_normal(rate // 2)).astype(np.float32)
    sf.write(server.input_dir / "ultra.wav", noise, rate, subtype="FLOAT")
    card_client.send("/nmf/decompose", str(server.input_dir / "ultra.wav"), 2, 5)
    card_client.expect("/nmf/done", timeout=60)
    card_client.send("/nmf/play")
    address, message = card_client.expect("/error", timeout=10)
    assert address == "/nmf/play" and "refuses 400000 Hz" in message and "go on" in message
    envs, frames = card_client.collect("/nmf/env", until="/nmf/played", timeout=10)
    assert frames[0] == len(envs) > 0


def test_a_device_chosen_by_name_that_fails_mid_stream_leaves_the_osc_stream_going(tmp_path):
    server = start_server(tmp_path / "server", "--audio-device", "broken", env=alsa_env(tmp_path))
    try:
        with server.client() as c:
            names, (_, in_use) = list_devices(c)
            assert in_use == names["broken"]
            assert c.request("/samplernn/card", 1, reply="/samplernn/card") == [1]
            c.send("/samplernn/start", 0.5)
            errors, blocks, done = [], [], None
            while done is None:
                address, args = c.receive(10)
                if address == "/error":
                    errors.append(args)
                elif address == "/samplernn/block":
                    blocks.append(args)
                elif address == "/samplernn/done":
                    done = args
            assert len(errors) == 1 and errors[0][0] == "/samplernn/start"
            assert "broken" in errors[0][1] and "failed" in errors[0][1] and "goes on over OSC" in errors[0][1]
            assert done == [8000] and sum(len(b) - 1 for b in blocks) == 8000
            assert c.ping() < 1.0
    finally:
        stop_server(server)


def test_the_command_line_lists_the_devices(tmp_path):
    done = subprocess.run([sys.executable, "-m", "oscserver", "serve", "--list-audio-devices"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, **alsa_env(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "broken" in done.stdout and "default" in done.stdout and " out " in done.stdout


def test_a_device_that_is_not_there_is_a_clear_error_and_nothing_opens():
    from oscserver.errors import RequestError
    from oscserver.soundcard import SoundCard, parse_device

    assert parse_device("") is None and parse_device("3") == 3 and parse_device("USB") == "USB"
    card = SoundCard("no-such-card")
    assert not card.has("output") and not card.has("input")
    with pytest.raises(RequestError, match="no sound card output here .*'no-such-card'"):
        card.output(16000)
    with pytest.raises(RequestError, match="no sound card input here"):
        card.input(44100, 512)
