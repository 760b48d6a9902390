"""oscserver.client, the Python live-coding client, against the real server: each typed call and its errors."""

import numpy as np
import pytest
import soundfile as sf

from oscserver.client import Client, ServerError

from corpus.conftest import copy_small_kit
from harness import REPO


@pytest.fixture
def osc(server):
    with Client(*server.address, timeout=10.0) as c:
        yield c


def test_ping_and_status(osc):
    assert 0 < osc.ping() < 1.0
    status = osc.status()
    assert {"server", "rnn", "samplernn", "nmf", "corpus"} <= set(status), status


def test_continue_melody_returns_notes_and_repeats_with_a_seed(osc):
    primer = [(67, 1.0), (69, 0.5), (71, 0.5), (72, 2.0)]
    osc.seed(7)
    first = osc.continue_melody(primer, 24, temperature=0.9)
    osc.seed(7)
    again = osc.continue_melody(primer, 24, temperature=0.9)
    assert len(first) == 24 and first == again
    assert all((-1 <= p <= 127) and b > 0 for p, b in first)
    assert any(p >= 0 for p, _ in first)


def test_the_live_history_is_continued_when_no_notes_are_given(osc):
    osc.send("/rnn/clear")
    for pitch in (62, 64, 66, 67, 69):
        osc.note(pitch, 1.0)
    assert len(osc.continue_melody([], 8)) == 8


def test_bad_requests_raise_server_error_and_the_client_goes_on(osc):
    with pytest.raises(ServerError) as error:
        osc.continue_melody([(60, 1.0)], 0)
    assert error.value.address == "/rnn/continue" and "n" in error.value.message
    with pytest.raises(ServerError, match="outside the folders"):
        osc.decompose("/etc/passwd", 2)
    assert osc.ping() < 1.0


def test_stream_and_tempo(osc):
    blocks = []
    audio = osc.stream(0.5, on_block=lambda i, samples: blocks.append(i))
    assert audio.dtype == np.float32 and len(audio) >= 8000 and np.abs(audio).max() <= 1.0
    assert blocks == sorted(blocks) and len(blocks) * 1024 >= len(audio)
    assert audio.std() > 1e-3                                   # sound, not silence
    assert osc.tempo(120) == 120


def test_decompose_then_match(osc, server):
    mix, sr = sf.read(REPO / "examples/nmf/drumloop.wav", dtype="float32")
    sf.write(server.input_dir / "client-loop.wav", mix[: sr], sr)   # 1 s: matching runs in real time
    parts = osc.decompose(str(REPO / "examples/nmf/drumloop.wav"), 3, 30)
    assert parts.envelopes.shape[0] == 3 and parts.envelopes.shape[1] > 100
    assert 0 <= parts.envelopes.min() and parts.envelopes.max() <= 1 and parts.frame_rate > 10
    assert all(path.endswith(".wav") for path in parts.component_wavs)
    rows = osc.match(str(server.input_dir / "client-loop.wav"), timeout=10)
    assert rows.shape == (sr // 512, 3) and rows.max() <= 1


def test_analyze_then_nearest(osc, server):
    kit = copy_small_kit(server.input_dir / "client-kit")
    points = osc.analyze(str(kit), clusters=3)
    assert len(points) == len(list(kit.iterdir()))
    x, y = points[0].x, points[0].y
    near = osc.nearest(x, y, k=3)
    assert near[0].id == points[0].id
    distances = [np.hypot(p.x - x, p.y - y) for p in near]
    assert distances == sorted(distances) and len(near) == 3
