"""A PNG of the bases (left: spectrum of each, dB over log frequency) and envelopes (right: 0..1
over time), one row per component."""

from pathlib import Path

import numpy as np

from oscserver.drawing import Canvas, colour
from oscserver.nmf.decompose import Decomposition

WIDTH, ROW, MARGIN = 900, 90, 24


def plot_decomposition(d: Decomposition, path) -> Path:
    K, F = d.bases.shape
    freqs = np.arange(F) * d.sample_rate / d.stft.fft                    # (F,) Hz
    times = np.arange(d.activations.shape[0]) / d.frame_rate             # (T,) s
    env = d.envelopes                                                     # (T, K) 0..1
    canvas = Canvas(WIDTH, 2 * MARGIN + K * ROW + 16)
    split = 2 * MARGIN + 200
    for k in range(K):
        top = MARGIN + k * ROW
        bottom = top + ROW - 8
        bases = canvas.panel((MARGIN, top, split - MARGIN, bottom), (freqs[1], freqs[-1]), (-100, 0),
                             title="bases (dB)" if k == 0 else "", x_log=True)
        bases.line(freqs[1:], 20 * np.log10(np.maximum(d.bases[k, 1:], 1e-9)), fill=colour(k))
        canvas.text(4, top + ROW // 2 - 10, str(k))
        envelopes = canvas.panel((split, top, WIDTH - MARGIN, bottom), (0, times[-1] if len(times) > 1 else 1),
                                 (0, 1.02), title="activations (0..1)" if k == 0 else "")
        envelopes.line(times, env[:, k], fill=colour(k))
    bottom = MARGIN + K * ROW
    canvas.text(MARGIN, bottom, f"{freqs[1]:.0f} Hz ... {freqs[-1] / 1000:.1f} kHz")
    canvas.text(split, bottom, f"0 ... {times[-1] if len(times) else 0:.1f} s")
    return canvas.save(path)
