"""Every Pd patch reads as a front panel: no two boxes overlap and no cord runs through a box (with Pd
0.53's own font metrics, see patches/check.py), and each opens in the real Pd GUI without an error in
Pd's console. The Max presentation views are checked in tests/test_max_presentation.py."""

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
    canvas = check.parse_pd(path)
    assert canvas.boxes, f"{path.name}: no boxes found"
    pairs = check.overlapping_pairs(canvas.boxes)
    assert not pairs, "\n".join(f"{a}  /  {b}" for a, b in pairs)
    crossings = check.crossed_boxes(canvas)
    assert not crossings, "\n".join(f"cord {c[0]}->{c[2]} runs through {box}" for c, box in crossings)


def test_the_checker_finds_an_overlap_and_a_crossing(tmp_path):
    """The layout test can fail: two boxes on top of each other, and a cord through a third."""
    patch = tmp_path / "bad.pd"
    patch.write_text("#N canvas 0 0 400 300 12;\n#X obj 20 20 loadbang;\n#X obj 30 25 print a;\n"
                     "#X obj 20 60 print b;\n#X obj 20 120 print c;\n#X connect 0 0 3 0;\n")
    canvas = check.parse_pd(patch)
    assert len(check.overlapping_pairs(canvas.boxes)) == 1
    assert [box.text for _, box in check.crossed_boxes(canvas)] == ["print b"]


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
