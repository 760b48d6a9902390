"""A PNG of the bases (left: spectrum of each) and envelopes (right: 0..1 over time)."""

from pathlib import Path

import numpy as np

from oscserver.nmf.decompose import Decomposition
from oscserver.server.files import atomic_write


def plot_decomposition(d: Decomposition, path) -> Path:
    # the Figure API, not pyplot: no global state, so it is safe in the server's worker threads, and
    # it renders with Agg (no display needed)
    from matplotlib.figure import Figure

    K, F = d.bases.shape
    freqs = np.arange(F) * d.sample_rate / d.stft.fft                    # (F,) Hz
    times = np.arange(d.activations.shape[0]) / d.frame_rate             # (T,) s
    fig = Figure(figsize=(10, 1.6 * K + 0.6))
    axes = fig.subplots(K, 2, squeeze=False, gridspec_kw={"width_ratios": [1, 3]})
    env = d.envelopes
    for k in range(K):
        ax_b, ax_a = axes[k]
        ax_b.semilogx(freqs[1:], 20 * np.log10(np.maximum(d.bases[k, 1:], 1e-9)), lw=0.8)
        ax_b.set_ylabel(f"{k}", rotation=0, labelpad=10)
        ax_b.set_ylim(-100, 0)
        ax_a.plot(times, env[:, k], lw=0.6)
        ax_a.set_ylim(0, 1.02)
        ax_a.set_xlim(0, times[-1] if len(times) > 1 else 1)
    axes[0, 0].set_title("bases (dB)")
    axes[0, 1].set_title("activations (0..1)")
    axes[-1, 0].set_xlabel("Hz")
    axes[-1, 1].set_xlabel("seconds")
    fig.tight_layout()
    with atomic_write(path) as tmp:
        fig.savefig(tmp, format="png", dpi=80)
    return Path(path)
