"""Helpers for the NMF tests: scoring a separation against the true stems."""

import numpy as np

SR = 44100


def sdr(reference: np.ndarray, estimate: np.ndarray) -> float:
    """Signal-to-distortion ratio in dB (the plain one: no allowed gain or filter)."""
    return float(10 * np.log10(np.sum(reference ** 2) / max(np.sum((reference - estimate) ** 2), 1e-20)))


def best_sdrs(stems: dict, components) -> dict:
    """For each true stem, the SDR of its best-matching component."""
    return {name: max(sdr(stem, c) for c in components) for name, stem in stems.items()}
