"""The corpus map over OSC, against the real server subprocess."""
import json
import math
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from .conftest import DRUMKITS, copy_small_kit


@pytest.fixture(scope="module")
def kit(server):
    """The small kit inside the server's readable input folder; its name as a request gives it."""
    copy_small_kit(server.input_dir / "corpus-kit")
    return "corpus-kit"


def analyze(client, folder, *args, timeout=60):
    client.send("/corpus/analyze", folder, *args)
    points, done = client.collect("/corpus/point", until="/corpus/done", timeout=timeout)
    return points, done


def test_analyze_sends_every_point_then_done(client, kit, server):
    client.send("/corpus/analyze", kit, 4)
    progress, first_point = client.collect("/corpus/progress", until="/corpus/point", timeout=60)
    assert progress and all(0 <= p[0] <= 1 for p in progress)
    client.pending.appendleft(("/corpus/point", first_point))   # collect took it: put it back
    points, done = client.collect("/corpus/point", until="/corpus/done", timeout=30)
    assert done == [14, 4]
    assert [p[0] for p in points] == list(range(14))
    for i, x, y, cluster, path in points:
        assert 0 <= x <= 1 and 0 <= y <= 1 and 0 <= cluster < 4
        assert Path(path).is_file() and Path(path).parent == server.input_dir / kit
    assert {p[3] for p in points} == {0, 1, 2, 3}


def test_status_and_help_describe_the_map(client, kit, server):
    analyze(client, kit, 4)
    client.send("/status")
    lines = [client.expect("/status")] + [args for address, args in client.drain(0.3) if address == "/status"]
    corpus = [text for name, text in lines if name == "corpus"]
    assert corpus == [f"14 sounds in 4 clusters, tsne layout, from {server.input_dir / kit}"]
    client.send("/help", "/corpus/analyze")
    address, signature, text = client.expect("/help")
    assert (address, signature) == ("/corpus/analyze", "<folder:s> [clusters:i 1..64 =8] [slice:i 0..1 =0] "
                                                       "[slice_seconds:f 0..60 =0]")
    assert "/corpus/done <sounds:i> <clusters:i>" in text


def test_nearest_is_nearest_first(client, kit):
    points, _ = analyze(client, kit, 4)
    _, x, y, *_ = points[5]
    client.send("/corpus/nearest", x, y, 4)
    replies = [client.expect("/corpus/nearest") for _ in range(4)]
    assert replies[0][:3] == pytest.approx(points[5][:3])
    by_id = {p[0]: p for p in points}
    distances = [math.dist((x, y), by_id[r[0]][1:3]) for r in replies]
    assert distances == sorted(distances)
    brute = sorted(math.dist((x, y), p[1:3]) for p in points)[:4]
    assert distances == pytest.approx(brute, abs=1e-6)
    # Pd sends every number as a float; k defaults to 1
    client.send("/corpus/nearest", 0.5, 0.5)
    only = client.expect("/corpus/nearest")
    assert only[0] == min(points, key=lambda p: math.dist((0.5, 0.5), p[1:3]))[0]
    with pytest.raises(TimeoutError):
        client.expect("/corpus/nearest", timeout=0.3)


def test_map_layouts_resend_points(client, kit):
    analyze(client, kit, 3)
    client.send("/corpus/map", "grid")
    grid, done = client.collect("/corpus/point", until="/corpus/done", timeout=30)
    assert done == [14, 3] and len(grid) == 14
    assert len({(round(p[1], 5), round(p[2], 5)) for p in grid}) == 14     # one sound per cell
    client.send("/corpus/map", "pca")
    pca, _ = client.collect("/corpus/point", until="/corpus/done", timeout=30)
    assert [p[0] for p in pca] == list(range(14)) and pca != grid


def test_save_and_load_round_trip(client, kit, server):
    points, _ = analyze(client, kit, 4)
    client.send("/corpus/save", "kit-map")
    folder = Path(client.expect("/corpus/saved", timeout=30)[0])
    assert folder == server.output_dir / "kit-map"
    data = json.loads((folder / "map.json").read_text())
    assert data["cols"] == 2 and len(data["data"]) == 14
    # analyse something else, then load the saved map back
    analyze(client, kit, 2)
    client.send("/corpus/load", "kit-map")
    assert client.expect("/corpus/loaded", timeout=30) == [str(folder)]
    loaded, done = client.collect("/corpus/point", until="/corpus/done", timeout=30)
    assert done == [14, 4]
    for a, b in zip(loaded, points):
        assert a[0] == b[0] and a[3:] == b[3:] and a[1:3] == pytest.approx(b[1:3], abs=1e-6)


def test_play_hands_a_wav_to_the_patch_without_a_sound_card(client, kit, server):
    points, _ = analyze(client, kit, 4)
    client.send("/corpus/play", 3.0)                       # as Pd sends it
    i, path, start, end, card = client.expect("/corpus/play", timeout=10)
    assert card == 0                                       # no PortAudio device on this machine
    assert i == 3 and start == 0 and end > 0.05
    # a WAV copy in the output folder (points[3] is an AIFF or FLAC), the same sound in mono
    assert Path(path).parent == server.output_dir / "corpus-play" and path.endswith(".wav")
    copy, rate = sf.read(path)
    original, original_rate = sf.read(points[3][4])
    assert rate == original_rate and len(copy) == len(original)
    np.testing.assert_allclose(copy, original.mean(axis=1) if original.ndim == 2 else original, atol=1e-6)


def test_ping_answers_during_a_long_analysis_and_cancel_stops_it(client):
    if not DRUMKITS.is_dir():
        pytest.fail(f"{DRUMKITS} is missing: install Debian's hydrogen-drumkits")
    # all 754 kit files: seconds of work (the session server's descriptor cache starts empty)
    client.send("/corpus/analyze", str(DRUMKITS))
    client.expect("/corpus/progress", timeout=30)
    start = time.monotonic()
    client.send("/ping", 7)
    assert client.expect("/pong", timeout=2) == [7]
    assert time.monotonic() - start < 0.5
    client.send("/cancel", "corpus")
    assert client.expect("/cancelled", timeout=5) == ["analyze drumkits"]
    with pytest.raises(TimeoutError):
        client.expect("/corpus/done", timeout=1.0)


def test_load_the_shipped_drum_map_and_play_from_it(client):
    client.send("/corpus/load", "hydrogen-drums")
    folder = client.expect("/corpus/loaded", timeout=30)[0]
    assert folder.endswith("models/corpus/hydrogen-drums")
    points, done = client.collect("/corpus/point", until="/corpus/done", timeout=30)
    assert done == [754, 8] and len(points) == 754
    client.send("/corpus/nearest", 0.5, 0.5, 3)
    nearest = [client.expect("/corpus/nearest") for _ in range(3)]
    assert all(Path(n[4]).is_file() for n in nearest)
    client.send("/corpus/play", nearest[0][0])
    assert client.expect("/corpus/play", timeout=10)[4] == 0


def test_slicing_long_files_sends_segments_with_their_place_in_the_file(client, server):
    """One 2.4 s take of three hits: with slice 1 it is three points, each with start and end."""
    folder = server.input_dir / "corpus-takes"
    folder.mkdir(exist_ok=True)
    rate = 44100
    take = np.zeros(int(2.4 * rate), np.float32)
    for name, start in [("bd_01.flac", 0.2), ("jsnare_01.flac", 1.0), ("hhclosed_01.flac", 1.7)]:
        hit, _ = sf.read(DRUMKITS / "Millo_MultiLayered2" / name, frames=rate // 2, dtype="float32")
        hit = hit.mean(axis=1) if hit.ndim == 2 else hit
        a = int(start * rate)
        take[a:a + len(hit)] += hit[: len(take) - a]
    sf.write(folder / "take.wav", take, rate)
    points, done = analyze(client, "corpus-takes", 2, 1)
    assert done == [3, 2]
    assert [len(p) for p in points] == [7, 7, 7]
    starts, ends = [p[5] for p in points], [p[6] for p in points]
    assert starts[0] == 0 and starts[1:] == pytest.approx([1.0, 1.7], abs=0.03)
    assert ends[:2] == starts[1:] and ends[2] == pytest.approx(2.4)
    # played, the second point is the snare hit alone: its WAV is the segment
    client.send("/corpus/play", 1)
    _, wav, start, end, card = client.expect("/corpus/play", timeout=10)
    assert sf.info(wav).duration == pytest.approx(end - start, abs=1e-3)
    # unsliced, the same take is one point
    points, done = analyze(client, "corpus-takes", 2)
    assert done == [1, 1] and len(points[0]) == 5


def test_within_sends_every_sound_inside_the_radius_then_done(client, kit):
    points, _ = analyze(client, kit, 4)
    x, y, radius = 0.4, 0.6, 0.35
    client.send("/corpus/within", x, y, radius)
    replies, done = client.collect("/corpus/within", until="/corpus/within/done", timeout=10)
    inside = sorted((math.dist((x, y), p[1:3]), p[0]) for p in points if math.dist((x, y), p[1:3]) <= radius)
    assert done == [len(replies)] and 0 < len(replies) < 14, (len(replies), inside)
    assert [r[0] for r in replies] == [i for _, i in inside]                     # nearest first
    by_id = {p[0]: p for p in points}
    for r in replies:                                    # the same shape as /corpus/nearest's replies
        assert r[3:] == by_id[r[0]][3:5] and r[1:3] == pytest.approx(by_id[r[0]][1:3])
    # max, as Pd sends it (floats); a radius with nothing inside gives just the end marker
    client.send("/corpus/within", x, y, radius, 2.0)
    limited, done = client.collect("/corpus/within", until="/corpus/within/done", timeout=10)
    assert done == [2] and [r[0] for r in limited] == [r[0] for r in replies[:2]]
    far = max(((a, b) for a in (0.0, 1.0) for b in (0.0, 1.0)), key=lambda c: min(math.dist(c, p[1:3]) for p in points))
    gap = min(math.dist(far, p[1:3]) for p in points)
    client.send("/corpus/within", *far, gap * 0.9)
    assert client.expect("/corpus/within/done") == [0]
    client.send("/corpus/within", 0.5, 0.5, 1.5)                                # the whole map
    everything, done = client.collect("/corpus/within", until="/corpus/within/done", timeout=10)
    assert done == [14] and sorted(r[0] for r in everything) == list(range(14))


def test_fixed_slices_are_points_that_play_just_their_slice(client, server):
    """DOME-style: slice_seconds 1 cuts a 3 s file of three tones into three points."""
    folder = server.input_dir / "corpus-fixed"
    folder.mkdir(exist_ok=True)
    rate = 22050
    t = np.arange(3 * rate) / rate
    tone = np.sin(2 * np.pi * np.array([220, 660, 1760])[(t // 1).astype(int)] * t).astype(np.float32)
    sf.write(folder / "three-tones.wav", tone, rate)
    points, done = analyze(client, "corpus-fixed", 3, 0, 1.0)
    assert done == [3, 3] and [len(p) for p in points] == [7, 7, 7]
    assert [p[5:] for p in points] == [[0, 1], [1, 2], [2, 3]]
    assert all(p[4] == str(folder / "three-tones.wav") for p in points)
    client.send("/corpus/nearest", *points[1][1:3])
    assert client.expect("/corpus/nearest")[0] == 1
    client.send("/corpus/play", 1)
    _, wav, start, end, card = client.expect("/corpus/play", timeout=10)
    played, played_rate = sf.read(wav)
    assert (start, end, played_rate, len(played)) == (1, 2, rate, rate)
    np.testing.assert_allclose(played, tone[rate:2 * rate], atol=1e-4)     # that slice, 16-bit WAV
    client.send("/corpus/analyze", "corpus-fixed", 3, 1, 1.0)
    assert "exclude each other" in client.expect("/error")[1]


def _jobs_running(client) -> bool:
    client.send("/status")
    while True:
        got = client.receive(5)
        assert got is not None, "no /status reply"
        if got[0] == "/status" and got[1][0] == "server":
            return not got[1][1].endswith(" 0 jobs running")


def test_cancel_stops_a_large_layout_within_a_second(client, server):
    """2,600 slices of a synthetic take: openTSNE takes several seconds; /cancel stops it at once."""
    folder = server.input_dir / "corpus-many"
    folder.mkdir(exist_ok=True)
    rate, n, piece = 8000, 2600, 2000                                  # 0.25 s slices
    rng = np.random.default_rng(5)
    t = np.arange(piece) / rate
    notes = [np.sin(2 * np.pi * f * t) * np.exp(-t * d) * rng.uniform(0.1, 1)
             for f, d in zip(rng.uniform(80, 3000, n), rng.uniform(2, 40, n))]
    sf.write(folder / "take.wav", np.concatenate(notes).astype(np.float32) * 0.5, rate)
    client.send("/corpus/analyze", "corpus-many", 8, 0, 0.25)
    deadline = time.monotonic() + 120
    while True:
        address, args = client.receive(max(0.1, deadline - time.monotonic())) or ("timeout", [])
        assert address not in ("timeout",), "no t-SNE progress within 120 s"
        assert address not in ("/error", "/corpus/done"), args
        if address == "/corpus/progress" and args[1].startswith("t-SNE: iteration"):
            break
    client.send("/cancel", "corpus")
    sent = time.monotonic()
    assert client.expect("/cancelled", timeout=5) == ["analyze corpus-many"]
    while _jobs_running(client):                        # the job is gone from /status within a second
        assert time.monotonic() - sent < 1.0
        time.sleep(0.05)
    with pytest.raises(TimeoutError):
        client.expect("/corpus/done", timeout=1.0)
