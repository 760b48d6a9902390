"""SampleRNN over OSC, against the real server subprocess and the shipped model."""
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from oscclient import TypedArg
from oscserver.samplernn.osc import BLOCK

RATE = 16000
EXCERPT = "examples/samplernn/chorale-excerpt.wav"


@pytest.fixture
def srnn(client):
    assert client.request("/samplernn/load", "chorales", reply="/samplernn/loaded", timeout=30) == \
        ["chorales", RATE, 2]
    yield client
    client.send("/samplernn/stop")
    client.drain(0.3)


def blocks_until_done(client, timeout=30):
    blocks, done = client.collect("/samplernn/block", until="/samplernn/done", timeout=timeout)
    return blocks, done[0]


def test_stream_of_given_length_is_paced_and_complete(srnn):
    start = time.monotonic()
    srnn.send("/samplernn/start", TypedArg(1.0, "f"), TypedArg(1.0, "f"))     # Pd sends floats
    blocks, done = blocks_until_done(srnn)
    elapsed = time.monotonic() - start
    assert done == RATE
    assert [b[0] for b in blocks] == list(range(len(blocks)))
    samples = np.concatenate([b[1:] for b in blocks])
    assert len(samples) == RATE and all(len(b) - 1 <= BLOCK for b in blocks)
    assert np.all(np.abs(samples) <= 1) and samples.std() > 1e-3              # sound, not silence
    assert elapsed > 0.7                                                      # real time, small lead


def test_streaming_stops_on_stop(srnn):
    srnn.send("/samplernn/start")                                             # 0 s = until stop
    got = [srnn.expect("/samplernn/block", timeout=10) for _ in range(5)]
    srnn.send("/samplernn/stop")
    more, done = blocks_until_done(srnn, timeout=5)
    total = sum(len(b) - 1 for b in got + more)
    assert done == total
    assert not [a for a, _ in srnn.drain(0.5) if a == "/samplernn/block"]     # nothing after done


def test_ping_is_answered_during_a_stream(srnn):
    srnn.send("/samplernn/start", 3)
    srnn.expect("/samplernn/block", timeout=10)
    waits = []
    for i in range(10):
        sent = time.monotonic()
        srnn.send("/ping", i)
        assert srnn.expect("/pong", timeout=2) == [i]
        waits.append(time.monotonic() - sent)
        time.sleep(0.05)
    assert np.median(waits) < 0.05
    srnn.send("/samplernn/stop")
    blocks_until_done(srnn)


def test_temperature_zero_stream_is_quieter_than_temperature_one(srnn):
    levels = []
    for temperature in (1.0, 0.0):
        srnn.send("/samplernn/start", 0.5, temperature)
        blocks, _ = blocks_until_done(srnn)
        levels.append(np.concatenate([b[1:] for b in blocks]))
    noise_t1, noise_t0 = (np.abs(np.diff(x)).mean() for x in levels)
    assert noise_t0 < noise_t1            # greedy decoding drops the sampled noise


def test_render_writes_a_wav_in_the_output_folder(srnn, server):
    srnn.send("/samplernn/render", "sr-render.wav", 0.5, 0.9)
    progress, rendered = srnn.collect("/samplernn/progress", until="/samplernn/rendered", timeout=30)
    path = Path(rendered[0])
    assert path == server.output_dir.resolve() / "sr-render.wav"
    assert progress and progress[-1][0] == pytest.approx(1.0)
    y, rate = sf.read(path)
    assert rate == RATE and len(y) == RATE // 2 and np.abs(y).max() <= 1
    assert not list(server.output_dir.glob(".sr-render*"))                    # no temp file left


def test_prime_starts_from_the_sound_of_a_file(srnn):
    primed = srnn.request("/samplernn/prime", EXCERPT, 1.0, reply="/samplernn/primed", timeout=10)
    assert primed[0].endswith("chorale-excerpt.wav") and primed[1] == pytest.approx(1.0)
    srnn.send("/samplernn/start", 0.25)
    blocks, done = blocks_until_done(srnn)
    assert done == RATE // 4


def test_train_over_osc_streams_snapshots_and_loads_the_model(client, server):
    folder = server.input_dir / "sr-train"
    folder.mkdir(exist_ok=True)
    x, rate = sf.read(Path(__file__).resolve().parents[2] / EXCERPT)
    sf.write(folder / "a.wav", x, rate)
    sf.write(folder / "b.flac", x[::-1], rate)                                # any format soundfile reads
    client.send("/samplernn/train", str(folder), 4, 2)
    seen, blocks = [], 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        address, args = client.receive(deadline - time.monotonic())
        assert address != "/error", args
        seen.append(address)
        blocks += address == "/samplernn/block"
        if address == "/samplernn/trained":
            break
    try:
        assert seen[-1] == "/samplernn/trained"
        path, steps, bits = args
        assert steps == 4 and Path(path).is_file() and Path(path).parent.parent == server.output_dir.resolve()
        assert 0 < bits < 8.5
        assert seen.count("/samplernn/snapshot") == 2 and blocks >= 2 * 15       # 1 s each, streamed
        assert "/samplernn/progress" in seen
        assert (Path(path).parent / "snapshot-0000002.wav").is_file()
        status = client.request("/status", reply="/status")
        while status[0] != "samplernn":
            status = client.expect("/status")
        assert "model sr-train" in status[1] or "samplernn-train" in status[1]
    finally:
        client.request("/samplernn/load", "chorales", reply="/samplernn/loaded", timeout=30)


def test_train_with_init_shipped_fine_tunes_the_shipped_model(client, server):
    import torch

    folder = server.input_dir / "sr-tune"
    folder.mkdir(exist_ok=True)
    x, rate = sf.read(Path(__file__).resolve().parents[2] / EXCERPT)
    sf.write(folder / "a.wav", x, rate)
    client.send("/samplernn/train", str(folder), 2, 0, "small", "shipped")   # size is ignored
    try:
        path, steps, bits = client.expect("/samplernn/trained", timeout=240)
        assert steps == 2 and Path(path).parent.name == "samplernn-tune-sr-tune" and 0 < bits < 8.5
        tuned = torch.load(path, map_location="cpu", weights_only=True)
        shipped = torch.load(Path(__file__).resolve().parents[2] / "models/samplernn/chorales.pt",
                             map_location="cpu", weights_only=True)
        assert tuned["config"] == shipped["config"]                 # the shipped architecture, clock and all
        name = next(k for k in shipped["model"] if k.endswith("weight_ih_l0"))
        delta = (tuned["model"][name].float() - shipped["model"][name].float()).abs()
        assert 0 < delta.max() < 0.05                               # moved from the shipped weights, a little
    finally:
        client.request("/samplernn/load", "chorales", reply="/samplernn/loaded", timeout=30)


def test_tempo_sets_the_beat_the_stream_keeps(srnn):
    assert srnn.request("/samplernn/tempo", TypedArg(150.0, "f"), reply="/samplernn/tempo") == [150.0]
    srnn.send("/status")
    lines = [srnn.expect("/status")] + [a for addr, a in srnn.drain(0.5) if addr == "/status"]
    assert "beat clock at 150 bpm" in dict(lines)["samplernn"]
    srnn.send("/samplernn/start", 2.0)
    beats, blocks = [], 0
    while (got := srnn.receive(30)) is not None and got[0] != "/samplernn/done":
        if got[0] == "/samplernn/beat":
            beats.append((got[1][0], blocks))
        blocks += got[0] == "/samplernn/block"
    assert [b for b, _ in beats] == [1, 2, 3, 4, 1]  # 150 bpm: a beat every 0.4 s, the first at once
    seconds = [n * BLOCK / RATE for _, n in beats]
    assert np.allclose(np.diff(seconds), 0.4, atol=BLOCK / RATE)  # each with the block it falls in
