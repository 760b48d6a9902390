"""NMF test data: short drum loops mixed from hydrogen-drumkits samples, with their true stems."""

import numpy as np
import pytest

from oscserver.nmf.drumloop import DRUMKITS, mix_loop

SR = 44100


def sdr(reference: np.ndarray, estimate: np.ndarray) -> float:
    """Signal-to-distortion ratio in dB (the plain one: no allowed gain or filter)."""
    return float(10 * np.log10(np.sum(reference ** 2) / max(np.sum((reference - estimate) ** 2), 1e-20)))


def best_sdrs(stems: dict, components: np.ndarray) -> dict:
    """For each true stem, the SDR of its best-matching component."""
    return {name: max(sdr(stem, c) for c in components) for name, stem in stems.items()}


@pytest.fixture(scope="session")
def drum_loops():
    """{kit: (mix, stems)}: 6-second loops at 100 bpm from three kits."""
    if not DRUMKITS.is_dir():
        pytest.fail(f"{DRUMKITS} is missing: install Debian's hydrogen-drumkits")
    return {kit: mix_loop(6.0, kit=kit, seed=1) for kit in ("pacific", "millo", "colombo")}


@pytest.fixture
def rng():
    return np.random.default_rng(20261125)
