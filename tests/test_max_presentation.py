"""Each Max patch opens as a front panel (presentation view) and has a help file.

A performer opening a bundled .maxpat sees its presentation view: a title, numbered steps and the
boxes to click, none covering another, with the plumbing (udpsend, route, prepend...) kept out of
sight. Next to each patch, NAME.maxhelp explains it (what Max opens from the patch's Help).
"""

import importlib.util
import json
from pathlib import Path

import pytest

# tests/test_patches.py's validity check, reused for the help files (called, not collected again). By
# path: tests/nmf/ and tests/corpus/ hold test_patches.py files too, and `import test_patches` could
# find one of those when the whole suite runs.
_spec = importlib.util.spec_from_file_location("patch_rules", Path(__file__).with_name("test_patches.py"))
test_patches = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(test_patches)

MAX = Path(__file__).resolve().parents[1] / "patches" / "max"
MAX_PATCHES = sorted(MAX.glob("*.maxpat"))
# boxes a performer clicks, drags or types into
CLICKABLE = {"message", "button", "toggle", "number", "flonum", "ezdac~", "umenu", "textbutton", "live.text",
             "live.button", "live.toggle", "live.numbox", "slider", "dial", "kslider", "lcd", "multislider"}


def _boxes(path: Path) -> list[dict]:
    return [entry["box"] for entry in json.loads(path.read_text())["patcher"]["boxes"]]


def _overlapping(rects: list[tuple[str, list]]) -> list[tuple[str, str]]:
    """Pairs of rectangles [x, y, w, h] that share some area (touching edges is fine)."""
    return [(a, b) for i, (a, (x, y, w, h)) in enumerate(rects) for b, (X, Y, W, H) in rects[i + 1:]
            if x < X + W and X < x + w and y < Y + H and Y < y + h]


def _presented(path: Path) -> list[dict]:
    return [box for box in _boxes(path) if box.get("presentation")]


def _label(box: dict) -> str:
    return f"{box['id']} {box['maxclass']} {box.get('text', '')[:30]!r}"


@pytest.mark.parametrize("path", MAX_PATCHES, ids=lambda p: p.name)
def test_max_patch_opens_as_a_front_panel(path):
    assert json.loads(path.read_text())["patcher"].get("openinpresentation") == 1
    shown = _presented(path)
    comments = [box for box in shown if box["maxclass"] == "comment"]
    assert comments, "no comment in the presentation view"
    assert any(box["maxclass"] in CLICKABLE for box in shown), "nothing to click in the presentation view"
    assert any(box.get("fontsize", 12) > 12 for box in comments), "no title (a comment in a larger font)"
    assert any(box["text"].startswith("1)") for box in comments), "no numbered steps"
    for box in shown:
        rect = box.get("presentation_rect")
        assert rect and len(rect) == 4 and rect[2] > 0 and rect[3] > 0, f"{_label(box)}: {rect}"


@pytest.mark.parametrize("path", MAX_PATCHES, ids=lambda p: p.name)
def test_max_front_panel_boxes_do_not_overlap(path):
    rects = [(_label(box), box["presentation_rect"]) for box in _presented(path)]
    assert not _overlapping(rects)


@pytest.mark.parametrize("path", MAX_PATCHES, ids=lambda p: p.name)
def test_max_front_panel_hides_the_plumbing(path):
    """Objects (udpsend, udpreceive, route, prepend, expr...) stay in the patching view."""
    assert not [_label(box) for box in _presented(path) if box["maxclass"] == "newobj"]


@pytest.mark.parametrize("path", MAX_PATCHES, ids=lambda p: p.name)
def test_max_patch_has_a_valid_help_file(path):
    help_path = path.with_suffix(".maxhelp")
    assert help_path.exists(), f"{help_path.name} is missing"
    test_patches.test_max_patch_is_valid(help_path)   # same rules as the patches: known objects, valid lines
    boxes = _boxes(help_path)
    texts = [box.get("text", "") for box in boxes if box["maxclass"] == "comment"]
    assert any(text.startswith("1)") for text in texts), "the help file gives no numbered steps"
    assert any(box.get("fontsize", 12) > 12 for box in boxes if box["maxclass"] == "comment"), "no title"
    view = "presentation_rect" if json.loads(help_path.read_text())["patcher"].get("openinpresentation") \
        else "patching_rect"
    assert not _overlapping([(_label(box), box[view]) for box in boxes if view in box])
