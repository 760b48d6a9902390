"""Every Pd patch reads as a front panel, and every subpatch as readable plumbing: on each canvas no two
boxes overlap and no cord runs through a box (with Pd 0.53's own font metrics, see patches/check.py),
and each patch opens in the real Pd GUI without an error in Pd's console. The Max presentation views are checked in tests/test_max_presentation.py."""

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("patch_check", REPO / "patches" / "check.py")
check = sys.modules["patch_check"] = importlib.util.module_from_spec(_spec)   # dataclasses look it up
_spec.loader.exec_module(check)


@pytest.mark.parametrize("path", check.PD_PATCHES, ids=lambda p: p.name)
def test_no_box_overlaps_another_and_no_cord_runs_through_a_box(path):
    """Every canvas: the top level and each subpatch a performer opens (and each data-structure
    template), each with its own boxes and cords."""
    canvases = check.parse_pd_canvases(path)
    assert canvases[0][1].boxes, f"{path.name}: no boxes found"
    problems = []
    for name, canvas in canvases:
        where = f"{path.name}" + (f" [{name}]" if name else "")
        problems += [f"{where}: {a}  /  {b}" for a, b in check.overlapping_pairs(canvas.boxes)]
        problems += [f"{where}: cord {c[0]}->{c[2]} runs through {box}" for c, box in check.crossed_boxes(canvas)]
    assert not problems, "\n".join(problems)


def test_the_checker_finds_an_overlap_and_a_crossing(tmp_path):
    """The layout test can fail: two boxes on top of each other, and a cord through a third."""
    patch = tmp_path / "bad.pd"
    patch.write_text("#N canvas 0 0 400 300 12;\n#X obj 20 20 loadbang;\n#X obj 30 25 print a;\n"
                     "#X obj 20 60 print b;\n#X obj 20 120 print c;\n#X connect 0 0 3 0;\n")
    canvas = check.parse_pd(patch)
    assert len(check.overlapping_pairs(canvas.boxes)) == 1
    assert [box.text for _, box in check.crossed_boxes(canvas)] == ["print b"]


def test_the_checker_looks_inside_subpatches(tmp_path):
    """A subpatch is its own canvas with its own box numbers (its cords count from 0 again), it is one
    box on its parent, and an array's graph is one box of its coords' size; the problems inside a
    subpatch are found there, not on the top level."""
    patch = tmp_path / "nested.pd"
    patch.write_text("#N canvas 0 0 400 300 12;\n#X obj 20 20 loadbang;\n"
                     "#N canvas 0 0 300 200 inner 0;\n#X obj 20 20 inlet;\n#X obj 20 60 print b;\n"
                     "#X obj 20 120 print c;\n#X obj 25 125 print d;\n#X connect 0 0 2 0;\n"
                     "#X restore 20 60 pd inner;\n"
                     "#N canvas 0 50 450 250 (subpatch) 0;\n#X array a 10 float 2;\n"
                     "#X coords 0 1 10 -1 200 100 1 0 0;\n#X restore 150 20 graph;\n#X connect 0 0 1 0;\n")
    canvases = check.parse_pd_canvases(patch)
    assert [name for name, _ in canvases] == ["", "pd inner"]
    top, inner = canvases[0][1], canvases[1][1]
    assert [(b.kind, b.text) for b in top.boxes] == [("obj", "loadbang"), ("obj", "pd inner"), ("graph", "graph")]
    assert (top.boxes[2].w, top.boxes[2].h) == (200, 100)
    assert check.overlapping_pairs(top.boxes) == [] and check.crossed_boxes(top) == []
    assert len(check.overlapping_pairs(inner.boxes)) == 1
    assert [box.text for _, box in check.crossed_boxes(inner)] == ["print b"]
    assert check.parse_pd(patch) == top


@pytest.fixture(scope="module")
def display():
    missing = [tool for tool in ("pd-gui", "Xvfb") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} not installed: `make test` installs puredata-gui and xvfb")
    with check.Display() as name:
        yield name


@pytest.mark.pd
@pytest.mark.parametrize("path", check.PD_PATCHES, ids=lambda p: p.name)
def test_opens_in_the_pd_gui_without_an_error(path, display):
    errors = check.open_in_gui(path, display, seconds=2.5)
    assert errors == [], errors
