"""The corpus patches: Pd runs corpus.pd headless against the real server (analyse a folder, move to
a point, hear the nearest sound); the Max patch holds the objects and addresses it needs."""
import json
import re

from conftest import MAX_PATCHES

from .conftest import copy_small_kit


def test_pd_patch_maps_a_folder_and_plays_the_nearest_sound(run_pd, server):
    folder = copy_small_kit(server.input_dir / "corpus-pd-kit")
    printed = run_pd("corpus.pd", [
        (500, "corpus-clusters 4"),
        (600, f"corpus-analyze symbol {folder}"),
        (3000, "corpus-xy 0.5 0.5"),          # what the sliders send, as one message
        (3600, "corpus-x 0.05"),              # then the x slider alone: another sound
        (4200, "corpus-xy 2 0.5"),            # off the map: the server says what is allowed
    ], seconds=5.5)
    assert "corpus-done: 14 4" in printed, printed
    assert "corpus-points-received: 14" in printed, printed
    nearest = re.findall(r"corpus-nearest: (\d+) \S+ \S+ (\d+) (\S+)", printed)
    assert len(nearest) == 2 and nearest[0][0] != nearest[1][0], printed
    assert all(path.startswith(str(folder)) for _, _, path in nearest), printed
    played = re.findall(r"corpus-play: (\d+) (\S+\.wav) \S+ \S+ 0", printed)
    assert [p[0] for p in played] == [n[0] for n in nearest], printed
    frames = [int(f) for f in re.findall(r"corpus-sound-frames: (\d+)", printed)]
    assert len(frames) == 2 and all(f > 1000 for f in frames), printed   # soundfiler read the WAVs
    assert "corpus-error: /corpus/nearest x must be a number from 0 to 1, got 2" in printed.replace("\\", ""), printed
    assert "error" not in printed.replace("corpus-error: /corpus/nearest x", ""), printed


def test_max_patch_has_the_corpus_addresses_and_objects():
    patch = json.loads((MAX_PATCHES / "corpus.maxpat").read_text())["patcher"]
    texts = " ".join(b["box"].get("text", "") for b in patch["boxes"])
    for needed in ("udpsend 127.0.0.1 9000", "udpreceive 9001", "/corpus/analyze", "/corpus/nearest",
                   "/corpus/play", "/corpus/map", "sfplay~", "route /corpus/point"):
        assert needed in texts, needed
