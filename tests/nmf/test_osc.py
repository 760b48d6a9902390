"""The NMF instrument over OSC, against the real server subprocess."""

import time

import numpy as np
import pytest
import soundfile as sf

from nmfdata import SR, best_sdrs
from oscclient import TypedArg
from oscserver.nmf.drumloop import mix_loop


@pytest.fixture(scope="module")
def loop(server):
    """A 4 s pacific-kit loop with its stems, written where the server may read it."""
    mix, stems = mix_loop(4.0, kit="pacific", seed=3)
    path = server.input_dir / "nmf-loop.wav"
    sf.write(path, mix, SR, subtype="FLOAT")
    return path, mix, stems


@pytest.fixture(scope="module")
def short_loop(server):
    """1 s of the same kit (other velocities): for streams that run in real time."""
    mix, _ = mix_loop(1.0, kit="pacific", seed=4)
    path = server.input_dir / "nmf-short.wav"
    sf.write(path, mix, SR)
    return path, mix


def decompose(client, path, k, *more, timeout=60):
    """Send /nmf/decompose; returns (progress, activations {k: values}, components {k: path}, done)."""
    client.send("/nmf/decompose", path, k, *more)
    progress, activations, components = [], {}, {}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = client.receive(deadline - time.monotonic())
        assert got is not None, "no /nmf/done"
        address, args = got
        if address == "/nmf/progress":
            progress.append(args)
        elif address == "/nmf/activation":
            part, start, *values = args
            chunks = activations.setdefault(part, [])
            assert start == sum(len(c) for c in chunks), "chunks must arrive in order, without gaps"
            chunks.append(values)
        elif address == "/nmf/component":
            components[args[0]] = args[1]
        elif address == "/nmf/done":
            return progress, {k: np.concatenate(v) for k, v in activations.items()}, components, args
        elif address == "/error":
            raise AssertionError(f"/error {args}")
    raise TimeoutError("no /nmf/done")


def test_decompose_sends_envelopes_components_and_done(client, loop):
    path, mix, stems = loop
    progress, acts, comps, done = decompose(client, str(path), TypedArg(3.0, "f"))   # as Pd sends it
    frames = len(mix) // 512 + 1
    assert done[:2] == [3, frames] and done[2] == pytest.approx(SR / 512)
    fractions = [p[0] for p in progress]
    assert fractions and fractions == sorted(fractions) and 0 <= fractions[0] and fractions[-1] <= 1
    assert sorted(acts) == [0, 1, 2] and sorted(comps) == [0, 1, 2]
    for k in range(3):
        assert len(acts[k]) == frames
        assert acts[k].min() >= 0 and acts[k].max() == pytest.approx(1.0)
    parts = [sf.read(comps[k], dtype="float32")[0] for k in range(3)]
    assert np.abs(sum(parts) - mix).max() < 1e-4                  # the components rebuild the mix
    scores = best_sdrs(stems, parts)
    assert scores["kick"] > 20 and scores["snare"] > 8 and scores["hat"] > 4, scores


def test_long_activations_come_in_chunks_under_8192_bytes(client, server):
    # 30 s -> 2584 frames: more than one datagram per component (the client asserts each <= 8192 bytes)
    mix, _ = mix_loop(30.0, kit="millo", seed=0)
    path = server.input_dir / "nmf-long.wav"
    sf.write(path, mix, SR)
    _, acts, _, done = decompose(client, str(path), 2, 5)
    assert done[:2] == [2, len(mix) // 512 + 1]
    assert all(len(a) == done[1] for a in acts.values())


def test_ping_is_answered_at_once_during_a_decomposition(client, server):
    # 60 s, 16 components, 1000 iterations: seconds of work even on a fast idle machine
    mix, _ = mix_loop(60.0, kit="colombo", seed=0)
    path = server.input_dir / "nmf-busy.wav"
    sf.write(path, mix, SR, subtype="PCM_16")
    client.send("/nmf/decompose", str(path), 16, 1000)
    client.expect("/nmf/progress", timeout=30)
    worst = 0.0
    for i in range(5):
        t0 = time.monotonic()
        client.send("/ping", i)
        assert client.expect("/pong", timeout=2) == [i]
        worst = max(worst, time.monotonic() - t0)
        time.sleep(0.05)
    assert worst < 0.25, f"/ping took {worst:.3f} s during a decomposition"
    client.send("/cancel", "nmf")
    assert client.expect("/cancelled", timeout=5)[0].startswith("decompose nmf-busy.wav")
    client.drain(0.3)


def test_play_streams_one_envelope_per_frame_in_time(client, loop):
    path, mix, _ = loop
    decompose(client, str(path), 3)
    client.drain(0.1)
    client.send("/nmf/play")
    t0 = time.monotonic()
    envs = []
    while time.monotonic() - t0 < 1.0:
        got = client.receive(0.5)
        if got and got[0] == "/nmf/env":
            envs.append(got[1])
    # in time: about one frame per 512 samples (86 a second), each with 3 values in 0..1
    assert 70 <= len(envs) <= 95, len(envs)
    assert all(len(e) == 3 and all(0 <= a <= 1 for a in e) for e in envs)
    client.send("/nmf/stop")
    frames = client.expect("/nmf/played", timeout=3)[0]
    assert len(envs) <= frames <= len(envs) + 10


def test_play_to_the_end_sends_every_frame(client, short_loop):
    path, mix = short_loop
    decompose(client, str(path), 2, 20)
    client.send("/nmf/play")
    t0 = time.monotonic()
    envs, done = client.collect("/nmf/env", until="/nmf/played", timeout=5)
    assert done == [len(mix) // 512 + 1] and len(envs) == done[0]
    assert 0.9 < time.monotonic() - t0 < 1.6                     # real time, not as fast as possible


def test_match_a_file_as_if_live(client, loop, short_loop):
    decompose(client, str(loop[0]), 3)
    path, mix = short_loop
    client.send("/nmf/match/start", str(path))
    first = [client.expect("/nmf/match", timeout=5)]
    t0 = time.monotonic()
    rows, done = client.collect("/nmf/match", until="/nmf/match/done", timeout=10)
    # paced as if live: the rest of the frames come over the rest of the sound's duration
    assert 0.85 < time.monotonic() - t0 < 1.5
    rows = first + rows
    assert done == [len(mix) // 512] and len(rows) == done[0]
    rows = np.array(rows)
    assert rows.shape[1] == 3 and rows.min() >= 0 and rows.max() <= 1
    assert rows.max(axis=0).min() > 0.5                           # every component lights up


def test_match_stop(client, loop):
    path, _, _ = loop
    client.send("/nmf/match/start", str(path))
    client.expect("/nmf/match", timeout=3)
    client.send("/nmf/match/stop")
    frames = client.expect("/nmf/match/done", timeout=3)[0]
    assert 1 <= frames < 200


def test_help_lists_the_nmf_addresses(client):
    client.send("/help")
    lines = [args for address, args in client.drain(0.5) if address == "/help"]
    paths = {line[0] for line in lines}
    assert {"/nmf/decompose", "/nmf/play", "/nmf/match/start", "/nmf/match/stop", "/nmf/stop",
            "/nmf/filter/start", "/nmf/filter/stop"} <= paths
    signatures = {line[0]: line[1] for line in lines}
    assert signatures["/nmf/decompose"].endswith("[bases:s free|seed|fixed =free]")
    assert signatures["/nmf/filter/start"] == "[path:s =input] [play:i -1..15 =-1] [stream:i 0..1 =1]"


def test_load_saved_bases_for_matching(client, short_loop):
    client.send("/nmf/load", "models/nmf/drums.json")
    components, path = client.expect("/nmf/loaded", timeout=5)
    assert components == 3 and path.endswith("models/nmf/drums.json")
    client.send("/nmf/match/start", str(short_loop[0]))
    rows, done = client.collect("/nmf/match", until="/nmf/match/done", timeout=10)
    assert len(rows) == done[0] == len(short_loop[1]) // 512 and all(len(r) == 3 for r in rows)
    # the shipped bases are kick, snare, hat: on a loop of the same kit each one lights up
    assert np.array(rows).max(axis=0).min() > 0.3


def bases_of(components: dict) -> np.ndarray:
    """The bases.npy written next to a decomposition's component WAVs."""
    from pathlib import Path
    return np.load(Path(components[0]).parent / "bases.npy")


def test_decompose_with_fixed_bases_keeps_them_bit_identical(client, loop, short_loop):
    _, _, first, _ = decompose(client, str(loop[0]), 3)
    learned = bases_of(first)
    _, acts, comps, done = decompose(client, str(short_loop[0]), 3, 50, "fixed")
    assert done[0] == 3 and sorted(acts) == [0, 1, 2]
    kept = bases_of(comps)
    assert kept.tobytes() == learned.tobytes()
    parts = [sf.read(comps[k], dtype="float32")[0] for k in range(3)]
    assert np.abs(sum(parts) - short_loop[1]).max() < 1e-4
    # and again from those: still the same bits (a fixed decomposition hands its bases on unchanged)
    _, _, again, _ = decompose(client, str(loop[0]), 3, 5, TypedArg("fixed", "s"))
    assert bases_of(again).tobytes() == learned.tobytes()


def test_decompose_with_seeded_bases_starts_from_the_last_ones(client, loop, short_loop):
    _, _, first, _ = decompose(client, str(loop[0]), 3)
    learned = bases_of(first)
    _, _, comps, _ = decompose(client, str(short_loop[0]), 3, 1, "seed")
    seeded = np.linalg.norm(bases_of(comps) - learned) / np.linalg.norm(learned)   # one step from them
    _, _, comps, _ = decompose(client, str(short_loop[0]), 3, 1)                 # free: from NNDSVD
    free = np.linalg.norm(bases_of(comps) - learned) / np.linalg.norm(learned)
    assert seeded < 0.2 and free > 2 * seeded, (seeded, free)


def filter_blocks(client, timeout=10):
    """Collect /nmf/filter/block until /nmf/filter/done: ({k: samples}, done args)."""
    blocks, done = client.collect("/nmf/filter/block", until="/nmf/filter/done", timeout=timeout)
    parts = {}
    for k, index, *samples in blocks:
        parts.setdefault(k, {})[index] = samples
    return {k: np.concatenate([np.asarray(v[i], np.float32) for i in sorted(v)]) for k, v in parts.items()}, \
        done, blocks


def test_filter_a_file_as_if_live_sums_to_the_file(client, loop, short_loop):
    decompose(client, str(loop[0]), 3)
    path = short_loop[0]
    mix = sf.read(path, dtype="float32")[0]                         # as the server reads it (16-bit WAV)
    client.send("/nmf/filter/start", str(path))
    assert client.expect("/nmf/filter/started", timeout=5) == [3, 512, SR]
    t0 = time.monotonic()
    parts, done, blocks = filter_blocks(client)
    assert 0.8 < time.monotonic() - t0 < 1.6                        # paced as if live
    blocks_sent = -(-len(mix) // 512)
    assert done == [blocks_sent, len(mix)]
    assert len(blocks) == 3 * blocks_sent and all(len(b) == 2 + 512 for b in blocks[:-3])
    assert sorted(parts) == [0, 1, 2] and all(len(p) == len(mix) for p in parts.values())
    total = sum(parts.values())
    assert np.linalg.norm(total - mix) / np.linalg.norm(mix) < 1e-4
    # the components are separated, not three thirds: the kick part holds most of the low end
    assert max(np.linalg.norm(p) for p in parts.values()) > 0.5 * np.linalg.norm(mix)


def test_filter_stop(client, loop):
    client.send("/nmf/filter/start", str(loop[0]))
    client.expect("/nmf/filter/block", timeout=3)
    client.send("/nmf/filter/stop")
    blocks, samples = client.expect("/nmf/filter/done", timeout=3)
    assert 1 <= blocks < 200 and samples == 512 * blocks
    client.drain(0.2)
    client.send("/nmf/filter/stop")                                  # nothing running: still an answer
    assert client.expect("/nmf/filter/done") == [0, 0]
