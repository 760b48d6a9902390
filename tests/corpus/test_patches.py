"""The corpus patches: Pd runs corpus.pd headless against the real server (analyse a folder, move to
a point, hear the nearest sound, click a point); the Max patch holds the objects and addresses it needs."""
import json
import re
from pathlib import Path

import numpy as np

from oscserver.corpus import make_map

from .conftest import copy_small_kit

MAX_PATCHES = Path(__file__).resolve().parents[2] / "patches" / "max"


def test_pd_patch_maps_a_folder_and_plays_the_nearest_sound(run_pd, server):
    folder = copy_small_kit(server.input_dir / "corpus-pd-kit")
    # where point 2 will be drawn: the map of a folder is the same every time
    x, y = make_map(folder, n_clusters=4)[1].embedding_[2]
    px, py = 300 * x + 2, 300 * (1 - y) + 2           # inside its 5-pixel square on the 300-pixel map
    printed = run_pd("corpus.pd", [
        (500, "corpus-clusters 4"),
        (600, f"corpus-analyze symbol {folder}"),
        (3000, "corpus-xy 0.5 0.5"),          # what the sliders send, as one message
        (3600, "corpus-x 0.05"),              # then the x slider alone: another sound
        (4200, "corpus-xy 2 0.5"),            # off the map: the server says what is allowed
        # a mouse click on point 2 (Pd takes mouse events only in an open window)
        (4500, "pd-corpus-map vis 1"), (4600, f"pd-corpus-map mouse {px:.1f} {py:.1f} 1 0"),
        (4650, f"pd-corpus-map mouseup {px:.1f} {py:.1f} 1"),
        # the map redrawn (a second analysis, from the cache): points, cursor and player start afresh
        (5000, f"corpus-analyze symbol {folder}"), (6300, "corpus-xy 0.5 0.5"),
    ], seconds=7.0)
    assert printed.count("corpus-done: 14 4") == 2, printed
    assert printed.count("corpus-points-received: 14") == 2, printed
    nearest = re.findall(r"corpus-nearest: (\d+) \S+ \S+ (\d+) (\S+)", printed)
    assert len(nearest) == 3 and nearest[0][0] != nearest[1][0] and nearest[2] == nearest[0], printed
    assert all(path.startswith(str(folder)) for _, _, path in nearest), printed
    played = re.findall(r"corpus-play: (\d+) (\S+\.wav) \S+ \S+ 0", printed)
    assert [p[0] for p in played] == [nearest[0][0], nearest[1][0], "2", nearest[2][0]], printed
    frames = [int(f) for f in re.findall(r"corpus-sound-frames: (\d+)", printed)]
    assert len(frames) == 4 and all(f > 1000 for f in frames), printed   # soundfiler read the WAVs
    # the error reads as words, whether the link passes sentences as words or as one escaped symbol
    plain = printed.replace("\\", "").replace(",", "")
    assert "corpus-error: /corpus/nearest x must be a number from 0 to 1 got 2" in plain, printed
    assert "error" not in printed.replace("corpus-error: /corpus/nearest x", ""), printed


def test_pd_patch_rings_and_counts_the_sounds_within_the_radius(run_pd, server):
    """Issue 15: with a radius, a move asks /corpus/within; every answer moves a ring onto its sound and the
    count on the panel is the server's. Radius 0 turns the brush off (no more requests)."""
    folder = copy_small_kit(server.input_dir / "corpus-pd-brush")
    points = make_map(folder, n_clusters=4)[1].embedding_
    printed = run_pd("corpus.pd", [
        (500, "corpus-clusters 4"),
        (600, f"corpus-analyze symbol {folder}"),
        (3000, "corpus-radius 0.3"),           # the radius slider: asks at once, at the current point
        (3400, "corpus-xy 0.5 0.5"),           # a move
        (3800, "corpus-x 0.1"),                # the x slider alone
        (4200, "corpus-radius 0"),             # brush off
        (4400, "corpus-xy 0.9 0.9"),
    ], seconds=5.0)
    assert printed.count("corpus-done: 14 4") == 1, printed
    shown = [tuple(int(float(v)) for v in m) for m in re.findall(r"corpus-within-shown: (\S+) (\S+)", printed)]
    assert len(shown) == 3, printed            # the radius at (0, 0), then the two moves; none once it is 0
    answers = re.findall(r"corpus-within: (\d+) (\S+) (\S+) (\d+) (\S+)", printed)
    assert sum(count for count, _ in shown) == len(answers), printed
    # the count shown is the server's, and every answer moved a ring
    assert all(count == rings for count, rings in shown), shown
    # the move to (0.5, 0.5): exactly the sounds of the map within 0.3 of it, nearest first
    middle = [int(a[0]) for a in answers[shown[0][0]:shown[0][0] + shown[1][0]]]
    distance = np.hypot(points[:, 0] - 0.5, points[:, 1] - 0.5)
    assert sorted(middle) == sorted(np.flatnonzero(distance <= 0.3).tolist()) and middle, (middle, distance)
    assert middle == sorted(middle, key=lambda i: distance[i]), middle
    assert "error" not in printed, printed


def test_max_patch_has_the_corpus_addresses_and_objects():
    patch = json.loads((MAX_PATCHES / "corpus.maxpat").read_text())["patcher"]
    texts = " ".join(b["box"].get("text", "") for b in patch["boxes"])
    for needed in ("udpsend 127.0.0.1 9000", "udpreceive 9014", "/connect 9014", "/corpus/analyze", "/corpus/nearest",
                   "/corpus/play", "/corpus/map", "sfplay~", "route /corpus/point",
                   # issue 15: the brush asks /corpus/within while the radius is above 0, counts and lists the answers
                   "/corpus/within $1 $2 $3 64", "gate 1", "route /corpus/within /corpus/within/done", "zl.group 64"):
        assert needed in texts, needed
    boxes = {b["box"]["id"]: b["box"] for b in patch["boxes"]}
    lines = {(tuple(l["patchline"]["source"]), tuple(l["patchline"]["destination"])) for l in patch["lines"]}
    route = next(i for i, b in boxes.items() if b.get("text") == "route /corpus/within /corpus/within/done")
    count = [d for (src, o), (d, _) in lines if src != route and boxes[d]["maxclass"] == "number" and boxes[d].get("presentation")]
    assert count, "the count of sounds within the radius is not shown"
    radius = [b for b in boxes.values() if b["maxclass"] == "flonum" and b.get("presentation") and b.get("maximum") == 1.5]
    assert radius and any(src == radius[0]["id"] for (src, _), _ in lines)
