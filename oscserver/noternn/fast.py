"""Compiled note-RNN inference: LSTM steps and steered sampling for one row or a batch of rows.

Generation is sequential (each note feeds the next), so what one note costs decides everything:

- one compiled loop per request (numba, GIL released): no Python or numpy dispatch per note, and a
  server thread generating never stalls the OSC receive loop;
- the recurrent matrices can be int8 with one scale per output row (weights="int8"): at one row the
  LSTM is memory-bound (3.1 MB of float32 weights read per note, which miss L2), and int8 makes the
  hot set 0.8 MB; the heads stay float32 (their rounding would go straight into the logits);
- a batch of rows (variations) decodes each block of weight rows to float32 once and uses it for
  every row, so eight rows cost far less than eight single rows;
- tanh as a rational function (vectorises; libm's tanhf does not), exact to ~1e-7;
- sampling by inverse CDF with one uniform per choice, masks and biases applied in the same pass.

Everything here is pure compute: arrays in, arrays out; the Stepper in model.py owns the weights.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_compiled = njit(nogil=True, fastmath=True, cache=True, error_model="numpy")


@njit(nogil=True, fastmath=True, cache=True, error_model="numpy", inline="always")
def _tanh(x):
    """tanh(x) = 2t / (1 + t^2) with t = tanh(x/2) from Lambert's continued fraction (degree 7/6),
    x clamped to +-9 (where tanh is 1 to within float32): max error 2e-8 in float64."""
    x = min(max(x, np.float32(-9.0)), np.float32(9.0)) * np.float32(0.5)
    x2 = x * x
    t = (x * (np.float32(135135.0) + x2 * (np.float32(17325.0) + x2 * (np.float32(378.0) + x2)))
         / (np.float32(135135.0) + x2 * (np.float32(62370.0) + x2 * (np.float32(3150.0) + np.float32(28.0) * x2))))
    return np.float32(2.0) * t / (np.float32(1.0) + t * t)


@njit(nogil=True, fastmath=True, cache=True, error_model="numpy", inline="always")
def _sigmoid(x):
    return np.float32(0.5) + np.float32(0.5) * _tanh(np.float32(0.5) * x)


@_compiled
def _rows_times(W, scale, X, out, buf):
    """out[b, r] += scale[r] * (W[r] . X[b]) for every row b of X: W (R, C) int8 or float32.
    Four weight rows at a time are decoded to float32 once (buf (4, C)) and serve every row of X."""
    R, C = W.shape
    B = X.shape[0]
    r = 0
    while r + 4 <= R:
        for k in range(4):
            for j in range(C):
                buf[k, j] = np.float32(W[r + k, j])
        for b in range(B):
            s0 = np.float32(0.0)
            s1 = np.float32(0.0)
            s2 = np.float32(0.0)
            s3 = np.float32(0.0)
            for j in range(C):
                x = X[b, j]
                s0 += buf[0, j] * x
                s1 += buf[1, j] * x
                s2 += buf[2, j] * x
                s3 += buf[3, j] * x
            out[b, r] += s0 * scale[r]
            out[b, r + 1] += s1 * scale[r + 1]
            out[b, r + 2] += s2 * scale[r + 2]
            out[b, r + 3] += s3 * scale[r + 3]
        r += 4
    while r < R:
        for b in range(B):
            s = np.float32(0.0)
            for j in range(C):
                s += np.float32(W[r, j]) * X[b, j]
            out[b, r] += s * scale[r]
        r += 1


@_compiled
def _cell(gates, c, h):
    """LSTM cell update in place from pre-activation gates (B, 4H), torch order i, f, g, o."""
    B, H = c.shape
    for b in range(B):
        for d in range(H):
            i = _sigmoid(gates[b, d])
            f = _sigmoid(gates[b, H + d])
            g = _tanh(gates[b, 2 * H + d])
            o = _sigmoid(gates[b, 3 * H + d])
            c[b, d] = f * c[b, d] + i * g
            h[b, d] = o * _tanh(c[b, d])


@_compiled
def _step(tp, td, h, c, onset, ticks, pitch_gates, dur_gates, phase_gates, bins, W0, S0, Wk, Sk, bk,
          gates, xcat, buf):
    """Feed one token per row (pitch tp (B,), duration td (B,)) through every layer, in place.
    h, c (L, B, H); onset (B,) ticks of the next note since the melody's start."""
    L, B, H = h.shape
    for b in range(B):
        onset[b] += ticks[td[b]]
        for j in range(4 * H):
            gates[b, j] = pitch_gates[tp[b], j] + dur_gates[td[b], j]
        if bins > 0:
            ph = onset[b] % bins
            for j in range(4 * H):
                gates[b, j] += phase_gates[ph, j]
    _rows_times(W0, S0, h[0], gates, buf)
    _cell(gates, c[0], h[0])
    for k in range(1, L):
        for b in range(B):
            for j in range(H):
                xcat[b, j] = h[k - 1, b, j]
                xcat[b, H + j] = h[k, b, j]
            for j in range(4 * H):
                gates[b, j] = bk[k - 1, j]
        _rows_times(Wk[k - 1], Sk[k - 1], xcat, gates, buf)
        _cell(gates, c[k], h[k])


@_compiled
def _advance(tokens, h, c, onset, ticks, pitch_gates, dur_gates, phase_gates, bins, W0, S0, Wk, Sk, bk):
    """Read a sequence of tokens (T, 2) into one row's state (h, c (L, 1, H); onset (1,)), in place."""
    L, B, H = h.shape
    gates = np.empty((B, 4 * H), np.float32)
    xcat = np.empty((B, 2 * H), np.float32)
    buf = np.empty((4, 2 * H), np.float32)
    tp = np.empty(B, np.int64)
    td = np.empty(B, np.int64)
    for t in range(tokens.shape[0]):
        tp[0] = tokens[t, 0]
        td[0] = tokens[t, 1]
        _step(tp, td, h, c, onset, ticks, pitch_gates, dur_gates, phase_gates, bins, W0, S0, Wk, Sk, bk,
              gates, xcat, buf)


@_compiled
def _sample(logits, allowed, temperature, top_k, u):
    """One index of softmax(logits / temperature) over the allowed entries, by inverse CDF with the
    uniform u; temperature <= 0 takes the largest. top_k > 0 keeps the k largest allowed entries."""
    V = logits.shape[0]
    best, top = -1, -np.inf
    for v in range(V):
        if allowed[v] and logits[v] > top:
            best, top = v, logits[v]
    if temperature <= 0 or best < 0:
        return max(best, 0)
    cut = -np.inf
    if top_k > 0:
        kept = 0
        for v in range(V):
            kept += allowed[v]
        if top_k < kept:
            values = np.empty(kept, np.float32)
            i = 0
            for v in range(V):
                if allowed[v]:
                    values[i] = logits[v]
                    i += 1
            cut = np.sort(values)[kept - top_k]
    inv = np.float32(1.0 / temperature)
    p = np.zeros(V, np.float64)
    total = 0.0
    for v in range(V):
        if allowed[v] and logits[v] >= cut:
            p[v] = np.exp((logits[v] - top) * inv)
            total += p[v]
    target = u * total
    acc = 0.0
    for v in range(V):
        acc += p[v]
        if p[v] > 0 and acc >= target:
            return v
    return best


@_compiled
def _generate(out, uniforms, h, c, onset, ticks, pitch_gates, dur_gates, phase_gates, bins, W0, S0, Wk, Sk,
              bk, pitch_w, pitch_b, durh_w, dur_table, pitch_allowed, dur_bias, t_pitch, t_dur, top_k,
              beats, remaining):
    """Sample out.shape[1] notes for each of the B rows of the state (h, c (L, B, H), onset (B,)),
    which is the state after the melody so far; out (B, n, 2) gets the tokens. The state is used up.

    pitch_allowed (P,) bool masks pitches (never sampled); dur_bias (D,) is added to the duration
    logits before the temperature. remaining > 0 (one row only): stop once the notes fill that many
    beats, allowing only durations that fit while any fits. Returns the notes written per row."""
    L, B, H = h.shape
    n = out.shape[1]
    P, D = pitch_w.shape[0], durh_w.shape[0]
    gates = np.empty((B, 4 * H), np.float32)
    xcat = np.empty((B, 2 * H), np.float32)
    buf = np.empty((4, 2 * H), np.float32)
    plog = np.empty((B, P), np.float32)
    dlog = np.empty((B, D), np.float32)
    dlog_row = np.empty(D, np.float32)
    dur_allowed = np.ones(D, np.bool_)
    tp = np.empty(B, np.int64)
    td = np.empty(B, np.int64)
    top_h = np.empty((B, H), np.float32)
    ones_p = np.ones(P, np.float32)
    ones_d = np.ones(D, np.float32)
    bars = remaining > 0
    for t in range(n):
        for b in range(B):
            for j in range(H):
                top_h[b, j] = h[L - 1, b, j]
            for v in range(P):
                plog[b, v] = pitch_b[v]
            for v in range(D):
                dlog[b, v] = np.float32(0.0)
        _rows_times(pitch_w, ones_p, top_h, plog, buf)
        _rows_times(durh_w, ones_d, top_h, dlog, buf)
        for b in range(B):
            p = _sample(plog[b], pitch_allowed, t_pitch, top_k, uniforms[t, b, 0])
            for v in range(D):
                dlog_row[v] = dlog[b, v] + dur_table[p, v] + dur_bias[v]
            if bars:
                fits = False
                for v in range(D):
                    dur_allowed[v] = beats[v] <= remaining + 1e-9
                    fits = fits or dur_allowed[v]
                if not fits:                    # less than the shortest value left: the caller
                    for v in range(D):          # shortens this last note to fit
                        dur_allowed[v] = True
            d = _sample(dlog_row, dur_allowed, t_dur, top_k, uniforms[t, b, 1])
            out[b, t, 0] = p
            out[b, t, 1] = d
            tp[b] = p
            td[b] = d
        if bars:
            remaining -= beats[td[0]]
            if remaining <= 1e-9:
                return t + 1
        if t + 1 < n:
            _step(tp, td, h, c, onset, ticks, pitch_gates, dur_gates, phase_gates, bins, W0, S0, Wk, Sk, bk,
                  gates, xcat, buf)
    return n
