"""NMF test data: short drum loops mixed from hydrogen-drumkits samples, with their true stems."""

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))      # for nmfdata (tests import it by name)

from oscserver.nmf.drumloop import DRUMKITS, mix_loop  # noqa: E402


@pytest.fixture(scope="session")
def drum_loops():
    """{kit: (mix, stems)}: 6-second loops at 100 bpm from three kits."""
    if not DRUMKITS.is_dir():
        pytest.fail(f"{DRUMKITS} is missing: install Debian's hydrogen-drumkits")
    return {kit: mix_loop(6.0, kit=kit, seed=1) for kit in ("pacific", "millo", "colombo")}


@pytest.fixture
def rng():
    return np.random.default_rng(20261125)
