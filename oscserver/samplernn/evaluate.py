"""Bits/sample of a model on held-out audio next to two baselines on the same quantised audio:
the entropy of the marginal level histogram, and a linear-prediction coder whose residual is a
Laplace distribution discretised over the quantisation levels. Both baselines are fitted on the
audio they score (an advantage the model does not get)."""
import numpy as np
from scipy.linalg import solve_toeplitz
from scipy.signal import lfilter

from . import audio

FLOOR = 1e-4        # mixed-in uniform weight: a coder must give every level some probability


def marginal_entropy(pieces, q_levels) -> float:
    counts = np.bincount(np.concatenate(pieces).astype(np.int64), minlength=q_levels).astype(np.float64)
    p = counts / counts.sum()
    return float(-(p[p > 0] * np.log2(p[p > 0])).sum())


def _laplace_mass(lo, hi, mu, b):
    """P(lo <= X < hi) for X ~ Laplace(mu, b), elementwise, without cancellation in the tails."""
    with np.errstate(over="ignore", invalid="ignore"):
        right = 0.5 * (np.exp(-(lo - mu) / b) - np.exp(-(hi - mu) / b))     # lo >= mu
        left = 0.5 * (np.exp((hi - mu) / b) - np.exp((lo - mu) / b))        # hi <= mu
        mid = 1.0 - 0.5 * np.exp(-(hi - mu) / b) - 0.5 * np.exp((lo - mu) / b)
    return np.where(lo >= mu, right, np.where(hi <= mu, left, mid))


def lpc_bits(pieces, quantization, q_levels, order=32, domain="amplitude", adaptive=0) -> float:
    """Per file: LPC of `order` (autocorrelation method), prediction from the past quantised
    samples, residual ~ Laplace(b = mean |residual|); bits = -log2 P(observed level).
    domain: "amplitude" (bins are the real mu-law bins) or "companded" (uniform bins).
    adaptive=W: b = mean |residual| of the previous W samples (backward-adaptive, like ADPCM)."""
    total, count = 0.0, 0
    for q in pieces:
        q = np.asarray(q, dtype=np.int64)
        if domain == "amplitude":
            x = audio.decode(q, quantization, q_levels).astype(np.float64)
            edges = audio.level_edges(quantization, q_levels)
        else:
            x = audio.level_values(q_levels).astype(np.float64)[q]
            edges = audio.level_edges("linear", q_levels)
        r = np.correlate(x, x, "full")[len(x) - 1: len(x) + order] if len(x) < 4096 else \
            np.array([x[: len(x) - k] @ x[k:] for k in range(order + 1)])
        r[0] *= 1 + 1e-9
        a = solve_toeplitz(r[:order], r[1: order + 1])                       # x_t ~ sum a_k x_{t-k}
        pred = lfilter(np.concatenate([[0.0], a]), [1.0], x)                 # uses x_{t-1..t-order}
        err = np.abs(x - pred)
        b = max(np.mean(err), 1e-6)
        if adaptive:
            c = np.concatenate([[0.0], np.cumsum(err)])
            t = np.arange(len(x))
            lo = np.maximum(t - adaptive, 0)
            b = np.where(t > 0, (c[t] - c[lo]) / np.maximum(t - lo, 1), b)
            b = np.maximum(b, 1e-5)
        p = _laplace_mass(edges[q], edges[q + 1], pred, b)
        p = (1 - FLOOR) * np.nan_to_num(p, nan=0.0) + FLOOR / q_levels
        total += -np.log2(p).sum()
        count += len(q)
    return total / count


def evaluate_folder(model_path, folder, max_seconds=0.0, lpc_order=32) -> dict:
    from .model import load
    from .train import bits_per_sample, load_pieces

    model = load(model_path)
    c = model.config
    files = audio.audio_files(folder)
    if not files:
        raise ValueError(f"no audio files in {folder}")
    pieces, clocks = load_pieces(files, c)           # a clock model hears each file's own beat
    pieces = [p.astype(np.int64) for p in pieces]
    if max_seconds:
        budget, cut = int(max_seconds * c.sample_rate), []
        for p in pieces:
            if budget <= 0:
                break
            cut.append(p[:budget])
            budget -= len(cut[-1])
        pieces, clocks = cut, clocks[:len(cut)]
    return {
        f"SampleRNN ({model_path})": bits_per_sample(model, pieces, clocks=clocks),
        "marginal histogram entropy": marginal_entropy(pieces, c.q_levels),
        f"LPC-{lpc_order} + Laplace (amplitude)": lpc_bits(pieces, c.quantization, c.q_levels, lpc_order),
        f"LPC-{lpc_order} + Laplace (companded)": lpc_bits(pieces, c.quantization, c.q_levels, lpc_order,
                                                          "companded"),
        f"LPC-{lpc_order} + adaptive Laplace": lpc_bits(pieces, c.quantization, c.q_levels, lpc_order,
                                                       adaptive=128),
    }
