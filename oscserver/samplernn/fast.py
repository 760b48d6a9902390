"""Fast SampleRNN generation: the same distribution as SampleRNN.generate, many times faster.

Why it is fast (one CPU core):
- each frame tier runs once per frame (not per sample) in compiled code, its input layer folded
  into the RNN's input weights (frame -> gates directly);
- the MLP's embedding and first layer are folded into a lookup table (context, level) -> mlp_dim, so
  the first layer costs `context` row additions instead of a matrix product;
- the two remaining MLP layers skip the inputs ReLU zeroed (typically more than half of them), eight
  input rows per pass over the outputs;
- every weight matrix but that table is int8 with a scale per output row (weights="int8"): the hot
  set then fits in L2 cache; it costs < 0.01 bits/sample (quantized_copy() is the exact twin);
- numba-compiled loops with the GIL released (nogil): no per-sample framework overhead, and a
  server thread generating audio never stalls the OSC receive loop.
"""
import numpy as np
import torch
from numba import njit

from oscserver.int8 import quantize_rows

from . import audio
from . import clock as _clock
from .model import SampleRNN, default_clock


# error_model="numpy": no ZeroDivisionError check on "/" and "%", whose branch kept LLVM from
# vectorising every loop that divides (the gates' rational tanh ran scalar: 4x slower).
_compiled = njit(nogil=True, fastmath=True, cache=True, error_model="numpy")


def _np(t):
    return np.ascontiguousarray(t.detach().float().cpu().numpy())


@_compiled
def _matvec_t(WT, x, b, out):
    """out = WT.T @ x + b for a short x (WT (len(x), len(out)) row-major): a few passes along out
    that vectorise, instead of a horizontal sum per output row."""
    for o in range(out.shape[0]):
        out[o] = b[o]
    for i in range(x.shape[0]):
        a = x[i]
        for o in range(out.shape[0]):
            out[o] += a * WT[i, o]


@_compiled
def _matvec_q(W, scale, x, b, out):
    """out = (W * scale[:, None]) @ x + b: W int8 (or float32 with scale 1), one scale per row.
    Four rows at a time, so each x[c] loaded serves four rows (the int8 -> float conversions, not
    memory, bound this loop)."""
    R, C = W.shape
    r = 0
    while r + 4 <= R:
        s0 = np.float32(0.0)
        s1 = np.float32(0.0)
        s2 = np.float32(0.0)
        s3 = np.float32(0.0)
        for c in range(C):
            xc = x[c]
            s0 += np.float32(W[r, c]) * xc
            s1 += np.float32(W[r + 1, c]) * xc
            s2 += np.float32(W[r + 2, c]) * xc
            s3 += np.float32(W[r + 3, c]) * xc
        out[r] = s0 * scale[r] + b[r]
        out[r + 1] = s1 * scale[r + 1] + b[r + 1]
        out[r + 2] = s2 * scale[r + 2] + b[r + 2]
        out[r + 3] = s3 * scale[r + 3] + b[r + 3]
        r += 4
    for r in range(r, R):
        s0 = np.float32(0.0)
        for c in range(C):
            s0 += np.float32(W[r, c]) * x[c]
        out[r] = s0 * scale[r] + b[r]


def quantized_copy(model: SampleRNN) -> SampleRNN:
    """A PyTorch copy of the model with the weights the int8 generator really uses (rounded and
    scaled back): its teacher-forced NLL is what int8 generation costs in bits/sample."""
    import copy

    twin = copy.deepcopy(model)
    with torch.no_grad():
        for tier in twin.tiers:
            names = [n for n, _ in tier.rnn.named_parameters() if n.startswith("weight_")]
            up = tier.upsample
            mats = [getattr(tier.rnn, n) for n in names] + [up.full.weight if up.rank is None else up.shared.weight]
            if up.rank:
                mats.append(up.up)
            for W in mats:
                _round_in_place(W)
        _round_in_place(twin.mlp.fc2.weight)
        _round_in_place(twin.mlp.out.weight)
        Tq, scale = quantize_rows(_np(twin.mlp.table()), "int8")
        twin.mlp.fixed_table = torch.from_numpy(Tq.astype(np.float32) * scale[:, None])
    return twin


def _round_in_place(W):
    Wq, scale = quantize_rows(_np(W), "int8")
    W.copy_(torch.from_numpy(Wq.astype(np.float32) * scale[..., None]))


@njit(nogil=True, fastmath=True, cache=True, error_model="numpy", inline="always")
def _tanh(x):
    """tanh as a clamped rational polynomial (Eigen's float tanh, error ~1e-7): libm's tanh and exp
    do not vectorise, and 3 x 512 of them per frame cost as much as the GRU's matrix product."""
    x = min(max(x, np.float32(-7.90531110763549805)), np.float32(7.90531110763549805))
    x2 = x * x
    p = x2 * np.float32(-2.76076847742355e-16) + np.float32(2.00018790482477e-13)
    p = x2 * p + np.float32(-8.60467152213735e-11)
    p = x2 * p + np.float32(5.12229709037114e-08)
    p = x2 * p + np.float32(1.48572235717979e-05)
    p = x2 * p + np.float32(6.37261928875436e-04)
    p = x2 * p + np.float32(4.89352455891786e-03)
    q = x2 * np.float32(1.19825839466702e-06) + np.float32(1.18534705686654e-04)
    q = x2 * q + np.float32(2.26843463243900e-03)
    q = x2 * q + np.float32(4.89352518554385e-03)
    return x * p / q


@njit(nogil=True, fastmath=True, cache=True, error_model="numpy", inline="always")
def _sigmoid(x):
    return np.float32(0.5) + np.float32(0.5) * _tanh(np.float32(0.5) * x)


@_compiled
def _cell(gx, Whh, Whh_s, bhh, h, c, gh, lstm):
    """One GRU/LSTM step in place (PyTorch gate order), gx = input part of the gates incl. bias."""
    D = h.shape[0]
    _matvec_q(Whh, Whh_s, h, bhh, gh)
    if lstm:                                   # i, f, g, o
        for d in range(D):
            i = _sigmoid(gx[d] + gh[d])
            f = _sigmoid(gx[D + d] + gh[D + d])
            g = _tanh(gx[2 * D + d] + gh[2 * D + d])
            o = _sigmoid(gx[3 * D + d] + gh[3 * D + d])
            c[d] = f * c[d] + i * g
            h[d] = o * _tanh(c[d])
    else:                                      # r, z, n
        for d in range(D):
            r = _sigmoid(gx[d] + gh[d])
            z = _sigmoid(gx[D + d] + gh[D + d])
            n = _tanh(gx[2 * D + d] + r * gh[2 * D + d])
            h[d] = (np.float32(1.0) - z) * n + z * h[d]


@_compiled
def _tier_step(frame, WfT, bf, has_cond, cond, Wc, Wc_s, Wih, Wih_s, bih, Whh, Whh_s, bhh, h, c, lstm,
               full, Wu, Wu_s, bu, pos_bias, Wd, Up, Up_s, out, gx, gh, tmp, low):
    """Step a frame tier once: frame (fs,) [+ cond (D,)] -> RNN layers -> upsampled out (R, O).
    The big matrices (Wc, Wih, Whh, Wu) come with per-row scales (int8, or float32 with scale 1)."""
    _matvec_t(WfT, frame, bf, gx)              # frame -> gates, input layer folded in
    if has_cond:
        for r in range(Wc.shape[0]):
            s = np.float32(0.0)
            for k in range(Wc.shape[1]):
                s += np.float32(Wc[r, k]) * cond[k]
            gx[r] += s * Wc_s[r]
    L = h.shape[0]
    for l in range(L):
        if l > 0:
            _matvec_q(Wih[l - 1], Wih_s[l - 1], h[l - 1], bih[l - 1], gx)
        _cell(gx, Whh[l], Whh_s[l], bhh[l], h[l], c[l], gh, lstm)
    top = h[L - 1]
    R, O = out.shape
    if full:                                   # R independent projections (paper)
        _matvec_q(Wu, Wu_s, top, bu, tmp)
        for j in range(R):
            for o in range(O):
                out[j, o] = tmp[j * O + o]
    else:                                      # shared + per-position low rank
        _matvec_q(Wu, Wu_s, top, bu, tmp[:O])
        for q in range(Wd.shape[0]):
            s = np.float32(0.0)
            for k in range(Wd.shape[1]):
                s += Wd[q, k] * top[k]
            low[q] = s
        K = Wd.shape[0]
        for j in range(R):
            for o in range(O):
                out[j, o] = tmp[o] + pos_bias[j, o]
            q = 0
            while q + 4 <= K:                  # four ranks per pass over out[j]
                a0, a1 = low[q] * Up_s[j, q], low[q + 1] * Up_s[j, q + 1]
                a2, a3 = low[q + 2] * Up_s[j, q + 2], low[q + 3] * Up_s[j, q + 3]
                for o in range(O):
                    out[j, o] += (a0 * np.float32(Up[j, q, o]) + a1 * np.float32(Up[j, q + 1, o])
                                  + a2 * np.float32(Up[j, q + 2, o]) + a3 * np.float32(Up[j, q + 3, o]))
                q += 4
            for q in range(q, K):
                a0 = low[q] * Up_s[j, q]
                for o in range(O):
                    out[j, o] += a0 * np.float32(Up[j, q, o])


@_compiled
def _sparse_layer(x, WT, scale, b, out, active):
    """out = (WT.T * scale[:, None]) @ relu(x) + b over the inputs ReLU left (active: scratch, len(x)
    ints); WT (in, out) row-major, int8 (or float32 with scale 1), one scale per output. Eight input
    rows per pass over out: one load and store of out serves eight rows."""
    n = 0
    for i in range(x.shape[0]):
        if x[i] > 0:
            active[n] = i
            n += 1
    O = out.shape[0]
    for o in range(O):
        out[o] = 0.0
    k = 0
    while k + 8 <= n:
        i0, i1, i2, i3 = active[k], active[k + 1], active[k + 2], active[k + 3]
        i4, i5, i6, i7 = active[k + 4], active[k + 5], active[k + 6], active[k + 7]
        a0, a1, a2, a3, a4, a5, a6, a7 = x[i0], x[i1], x[i2], x[i3], x[i4], x[i5], x[i6], x[i7]
        for o in range(O):
            out[o] += (a0 * np.float32(WT[i0, o]) + a1 * np.float32(WT[i1, o]) + a2 * np.float32(WT[i2, o])
                       + a3 * np.float32(WT[i3, o]) + a4 * np.float32(WT[i4, o]) + a5 * np.float32(WT[i5, o])
                       + a6 * np.float32(WT[i6, o]) + a7 * np.float32(WT[i7, o]))
        k += 8
    for k in range(k, n):
        i0 = active[k]
        a0 = x[i0]
        for o in range(O):
            out[o] += a0 * np.float32(WT[i0, o])
    for o in range(O):
        out[o] = out[o] * scale[o] + b[o]


MIN_TEMPERATURE = 1e-3
_POW2_NEG = np.ldexp(1.0, -np.arange(64)).astype(np.float32)    # 2**-k


@_compiled
def _exp_shifted(x, top, scale):
    """x[k] <- exp((x[k] - top) * scale) for x <= top, in place; returns the sum.

    2**(k + f) with a degree-6 polynomial for the fraction and a table for 2**-k: relative error
    ~1e-7, and unlike libm's exp the loop vectorises (the sampler's hot spot). Below e**-40 -> 0."""
    total = np.float32(0.0)
    for i in range(x.shape[0]):
        t = max((x[i] - top) * scale, np.float32(-40.0)) * np.float32(1.4426950408889634)  # log2
        k = np.floor(-t + np.float32(0.5))                    # t = -k + f, |f| <= 1/2
        r = (t + k) * np.float32(0.6931471805599453)          # ln 2 * f
        p = np.float32(1.0) + r * (np.float32(1.0) + r * (np.float32(0.5) + r * (
            np.float32(1 / 6) + r * (np.float32(1 / 24) + r * (np.float32(1 / 120) + r * np.float32(1 / 720))))))
        e = p * _POW2_NEG[min(max(np.int32(k), 0), 63)]   # never index outside the table
        x[i] = e
        total += e
    return total


@_compiled
def _samples(table, table_s, W2T, W2_s, b2, WoT, Wo_s, bo, cond, j0, j1, buf, pos, uniforms, inv_temp, h1, h2, logits):
    """Generate samples j0..j1-1 of the current frame into buf[pos:]; returns the new pos."""
    C, Q, M = table.shape
    active = np.empty(M, np.int64)            # the inputs ReLU left, per layer
    for j in range(j0, j1):
        for m in range(M):
            h1[m] = cond[j, m]                 # fc1 bias and the frame tier are in cond
        p = 0
        while p + 4 <= C:                      # first layer: one table row per past sample, 4 a pass
            q0, q1, q2, q3 = buf[pos - C + p], buf[pos - C + p + 1], buf[pos - C + p + 2], buf[pos - C + p + 3]
            r0, r1, r2, r3 = table[p, q0], table[p + 1, q1], table[p + 2, q2], table[p + 3, q3]
            s0, s1, s2, s3 = table_s[p, q0], table_s[p + 1, q1], table_s[p + 2, q2], table_s[p + 3, q3]
            for m in range(M):
                h1[m] += (s0 * np.float32(r0[m]) + s1 * np.float32(r1[m]) + s2 * np.float32(r2[m])
                          + s3 * np.float32(r3[m]))
            p += 4
        for p in range(p, C):
            q0 = buf[pos - C + p]
            row, s0 = table[p, q0], table_s[p, q0]
            for m in range(M):
                h1[m] += s0 * np.float32(row[m])
        _sparse_layer(h1, W2T, W2_s, b2, h2, active)
        _sparse_layer(h2, WoT, Wo_s, bo, logits, active)
        top = logits[0]
        for q in range(1, Q):                  # a max reduction vectorises; an argmax loop does not
            top = logits[q] if logits[q] > top else top
        if inv_temp <= 0.0:
            q = 0
            while logits[q] < top:             # the first level at the top
                q += 1
        else:                                  # inverse CDF of softmax(logits / T)
            total = _exp_shifted(logits, top, inv_temp)   # logits -> unnormalised p
            target = uniforms[j - j0] * total
            acc = 0.0
            q = Q - 1
            for k in range(Q):
                acc += logits[k]
                if acc > target:
                    q = k
                    break
        buf[pos] = q
        pos += 1
    return pos


@_compiled
def _clocked_bias(bf, WkT, position, beats_per_bar, out):
    """out = bf + WkT.T @ clock.features(position, beats_per_bar): the beat clock folded into the gates."""
    a = 2.0 * np.pi * position
    ab = 2.0 * np.pi * position / beats_per_bar
    f = np.array((np.sin(a), np.cos(a), np.sin(2.0 * a), np.cos(2.0 * a), np.sin(ab), np.cos(ab)), np.float32)
    _matvec_t(WkT, f, bf, out)


@njit(nogil=True, cache=True)
def _beat_position(t, t0, beat0, beats_per_sample, beats_per_bar):
    b = beat0 + (t - t0) * beats_per_sample
    return b - beats_per_bar * np.floor(b / beats_per_bar)


@_compiled
def _generate_two_tier(n, t, fs, values, buf, pos, uniforms, inv_temp, out,
                       WfT, bf, Wc, Wc_s, Wih, Wih_s, bih, Whh, Whh_s, bhh, h, c, lstm, Wu, Wu_s, bu,
                       pos_bias, Wd, Up, Up_s, cond, gx, gh, tmp, low, table, table_s, W2T, W2_s, b2, WoT, Wo_s, bo, h1, h2, logits,
                       clocked, WkT, t0, beat0, beats_per_sample, beats_per_bar, bft):
    """The whole loop for a 2-tier model (one frame tier) in compiled code; returns (t, pos)."""
    frame = np.empty(fs, np.float32)
    done = 0
    while done < n:
        j = t % fs
        if j == 0:
            for i in range(fs):
                frame[i] = values[buf[pos - fs + i]]
            if clocked:
                _clocked_bias(bf, WkT, _beat_position(t, t0, beat0, beats_per_sample, beats_per_bar),
                              beats_per_bar, bft)
            _tier_step(frame, WfT, bft if clocked else bf, False, frame, Wc, Wc_s, Wih, Wih_s, bih, Whh,
                       Whh_s, bhh, h, c, lstm, False, Wu, Wu_s, bu, pos_bias, Wd, Up, Up_s, cond, gx, gh, tmp, low)
        m = min(fs - j, n - done)
        start = pos
        pos = _samples(table, table_s, W2T, W2_s, b2, WoT, Wo_s, bo, cond, j, j + m, buf, pos, uniforms[done: done + m],
                       inv_temp, h1, h2, logits)
        for i in range(m):
            out[done + i] = buf[start + i]
        t += m
        done += m
    return t, pos


class FastGenerator:
    """Stateful generator on the weights of a SampleRNN (copied: later training does not affect it).

        gen = FastGenerator(model)
        gen.prime(levels)                      # optional: start from the sound of a file
        block = gen.generate(4096, temperature=1.0, rng=np.random.default_rng(0))   # levels
    """

    def __init__(self, model: SampleRNN, history=8192, weights="int8", clock=None):
        """weights: "int8" (the frame-tier and MLP matrices stored as int8 with a scale per output
        row: what the server plays; held-out NLL moves by < 0.01 bits/sample, see tests) or "float32" (the
        same distribution as SampleRNN.generate, to float rounding). clock: the beat Clock a clock
        model plays to (default: the model's own; set_tempo changes it on the fly)."""
        if weights not in ("int8", "float32"):
            raise ValueError(f"weights must be 'int8' or 'float32', got {weights!r}")
        self.weights = weights
        c = self.config = model.config
        self.fs = list(c.frame_sizes)
        self.lookback = model.lookback
        self.values = audio.level_values(c.q_levels)
        self.zero = int(audio.encode(np.zeros(1), c.quantization, c.q_levels)[0])
        self.lstm = c.rnn == "lstm"
        self.tiers = [self._fold_tier(t, k > 0 and True, k) for k, t in enumerate(model.tiers)]
        mlp = model.mlp
        with torch.no_grad():
            table = mlp.table().view(c.context, c.q_levels, c.mlp_dim)
        self.table, self.table_s = quantize_rows(_np(table), weights)   # (C, Q, M), a scale per (C, Q)
        self.fc1_bias = _np(mlp.fc1.bias)
        # the two dense MLP layers: quantized per output, stored transposed (in, out) for _sparse_layer
        W2, self.W2_s = quantize_rows(_np(mlp.fc2.weight), weights)
        Wo, self.Wo_s = quantize_rows(_np(mlp.out.weight), weights)
        self.W2T, self.b2 = np.ascontiguousarray(W2.T), _np(mlp.fc2.bias)
        self.WoT, self.bo = np.ascontiguousarray(Wo.T), _np(mlp.out.bias)
        self.tiers[0]["bu"] = self.tiers[0]["bu"] + np.resize(self.fc1_bias, self.tiers[0]["bu"].shape)
        M = c.mlp_dim
        self.h1 = np.zeros(M, np.float32)
        self.h2 = np.zeros(M, np.float32)
        self.logits = np.zeros(c.q_levels, np.float32)
        self.buf = np.zeros(self.lookback + max(history, 4 * self.fs[-1]), np.int32)
        self.clocked = bool(c.clock)
        top = self.tiers[-1]
        if self.clocked:        # clock -> top tier gates, folded: (G*D, D) @ (D, FEATURES)
            Wih0 = top["Wc"].astype(np.float32) * top["Wc_s"][:, None]
            top["WkT"] = np.ascontiguousarray((Wih0 @ _np(model.clock_in.weight)).T)    # (FEATURES, G*D)
        else:
            top["WkT"] = np.zeros((6, top["bf"].shape[0]), np.float32)
        top["bft"] = top["bf"].copy()
        self.clock = clock or default_clock(model)
        self.reset()

    def set_tempo(self, bpm):
        """Change the beat clock's tempo from now on, keeping the beat's phase (no jump)."""
        self.set_clock(_clock.Clock(bpm, self.clock.beats_per_bar))

    def set_clock(self, clk, keep_phase=True):
        here = self.beat_position() if keep_phase else None
        self.clock = clk
        if keep_phase:
            self.t0, self.beat0 = self.t, here

    def beat_position(self) -> float:
        """Where the next sample falls in the bar, in beats."""
        return float(_beat_position(self.t, self.t0, self.beat0, self._beats_per_sample(),
                                    float(self.clock.beats_per_bar)))

    def _beats_per_sample(self):
        return self.clock.bpm / 60.0 / self.config.sample_rate

    def _fold_tier(self, tier, _unused, k):
        c = self.config
        rnn = tier.rnn
        G = 4 if self.lstm else 3
        L, D = c.rnn_layers, c.dim
        Wih0, bih0 = _np(rnn.weight_ih_l0), _np(rnn.bias_ih_l0)
        Win, bin_ = _np(tier.input.weight), _np(tier.input.bias)
        q = lambda W: quantize_rows(W, self.weights)
        Wc, Wc_s = q(Wih0)
        Wih0 = (Wc.astype(np.float32) * Wc_s[:, None])    # the frame path sees the same rounding
        Wih, Wih_s = q(np.stack([_np(getattr(rnn, f"weight_ih_l{l}")) for l in range(1, L)])
                       if L > 1 else np.zeros((0, G * D, D), np.float32))
        Whh, Whh_s = q(np.stack([_np(getattr(rnn, f"weight_hh_l{l}")) for l in range(L)]))
        t = dict(
            WfT=np.ascontiguousarray((Wih0 @ Win).T),             # (fs, G*D)
            bf=(Wih0 @ bin_ + bih0).astype(np.float32),
            has_cond=k + 1 < len(self.fs), Wc=Wc, Wc_s=Wc_s, Wih=Wih, Wih_s=Wih_s,
            bih=np.stack([_np(getattr(rnn, f"bias_ih_l{l}")) for l in range(1, L)])
            if L > 1 else np.zeros((0, G * D), np.float32),
            Whh=Whh, Whh_s=Whh_s,
            bhh=np.stack([_np(getattr(rnn, f"bias_hh_l{l}")) for l in range(L)]),
            h0=_np(tier.h0[:, 0]), c0=_np(tier.c0[:, 0]) if self.lstm else np.zeros((L, D), np.float32),
        )
        up = tier.upsample
        R, O = up.ratio, up.out_dim
        if up.rank is None:
            Wu, Wu_s = q(_np(up.full.weight))
            t.update(full=True, Wu=Wu, Wu_s=Wu_s, bu=_np(up.full.bias),
                     pos_bias=np.zeros((R, O), np.float32), Wd=np.zeros((0, D), np.float32),
                     Up=np.zeros((R, 0, O), np.float32), Up_s=np.ones((R, 0), np.float32))
        else:
            r = up.rank
            Wu, Wu_s = q(_np(up.shared.weight))
            t.update(full=False, Wu=Wu, Wu_s=Wu_s, bu=_np(up.shared.bias),
                     pos_bias=_np(up.position_bias),
                     Wd=_np(up.down.weight) if r else np.zeros((0, D), np.float32),
                     Up=np.zeros((R, 0, O), np.float32), Up_s=np.ones((R, 0), np.float32))
            if r:
                t["Up"], t["Up_s"] = q(_np(up.up))   # (R, rank, O), a scale per (position, rank)
        t.update(out=np.zeros((R, O), np.float32), gx=np.zeros(G * D, np.float32),
                 gh=np.zeros(G * D, np.float32), tmp=np.zeros(t["Wu"].shape[0], np.float32),
                 low=np.zeros(max(1, t["Wd"].shape[0]), np.float32))
        if not t["full"]:
            t["pos_bias"] = t["pos_bias"]
        return t

    def reset(self):
        """Back to the start: silence as history, learned initial RNN states."""
        self.buf[: self.lookback] = self.zero
        self.pos = self.lookback
        self.t = 0
        self.t0, self.beat0 = 0, float(self.clock.positions(0, self.config.sample_rate))
        for tier in self.tiers:
            tier["h"], tier["c"] = tier["h0"].copy(), tier["c0"].copy()
        if not self.tiers[0]["full"]:
            # fc1's bias rides with the shared projection's bias (folded once in __init__)
            pass

    def _make_room(self, n):
        if self.pos + n > len(self.buf):
            keep = self.lookback
            self.buf[:keep] = self.buf[self.pos - keep: self.pos]
            self.pos = keep

    def _step_tiers(self):
        for k in reversed(range(len(self.fs))):
            size = self.fs[k]
            if self.t % size:
                continue
            tier = self.tiers[k]
            frame = self.values[self.buf[self.pos - size: self.pos]]
            bf = tier["bf"]
            if tier["has_cond"]:
                above = self.tiers[k + 1]
                cond = above["out"][(self.t % self.fs[k + 1]) // size]
            else:
                cond = self.values[:0]
                if self.clocked:
                    _clocked_bias(bf, tier["WkT"], self.beat_position(), float(self.clock.beats_per_bar),
                                  tier["bft"])
                    bf = tier["bft"]
            _tier_step(frame, tier["WfT"], bf, tier["has_cond"], cond, tier["Wc"], tier["Wc_s"],
                       tier["Wih"], tier["Wih_s"], tier["bih"], tier["Whh"], tier["Whh_s"], tier["bhh"],
                       tier["h"], tier["c"], self.lstm, tier["full"], tier["Wu"], tier["Wu_s"], tier["bu"],
                       tier["pos_bias"], tier["Wd"], tier["Up"], tier["Up_s"], tier["out"], tier["gx"], tier["gh"],
                       tier["tmp"], tier["low"])

    def prime(self, levels):
        """Run the frame tiers over known samples (teacher forcing): generation continues them."""
        levels = np.asarray(levels, dtype=np.int32)
        fs0, i = self.fs[0], 0
        if self.t == 0:         # the clock's time 0 is the first generated sample, as in SampleRNN.generate
            self.t0 = len(levels)
        while i < len(levels):
            if self.t % fs0 == 0:
                self._step_tiers()
            m = min(fs0 - self.t % fs0, len(levels) - i)
            self._make_room(m)
            self.buf[self.pos: self.pos + m] = levels[i: i + m]
            self.pos += m
            self.t += m
            i += m

    def generate(self, n, temperature=1.0, uniforms=None, rng=None, seed=None):
        """The next n levels (np.int32). uniforms (n,) in [0, 1) pick each sample by inverse CDF."""
        if uniforms is None:
            uniforms = (rng or np.random.default_rng(seed)).random(n)
        uniforms = np.asarray(uniforms, dtype=np.float64)
        # Below MIN_TEMPERATURE, 1/T overflows float32 in the sampler (found by fuzzing: a NaN index
        # read out of bounds and crashed the server); so tiny temperatures mean argmax, like 0.
        inv_temp = 1.0 / temperature if temperature >= MIN_TEMPERATURE else 0.0
        out = np.empty(n, np.int32)
        fs0, done = self.fs[0], 0
        if len(self.fs) == 1:                  # 2 tiers: one compiled call per chunk of history
            while done < n:
                m = min(n - done, len(self.buf) - self.pos)
                if m == 0:
                    self._make_room(len(self.buf))
                    continue
                tr = self.tiers[0]
                self.t, self.pos = _generate_two_tier(
                    m, self.t, fs0, self.values, self.buf, self.pos, uniforms[done: done + m],
                    inv_temp, out[done: done + m], tr["WfT"], tr["bf"], tr["Wc"], tr["Wc_s"], tr["Wih"],
                    tr["Wih_s"], tr["bih"], tr["Whh"], tr["Whh_s"], tr["bhh"], tr["h"], tr["c"], self.lstm,
                    tr["Wu"], tr["Wu_s"], tr["bu"], tr["pos_bias"], tr["Wd"], tr["Up"], tr["Up_s"], tr["out"], tr["gx"],
                    tr["gh"], tr["tmp"],
                    tr["low"], self.table, self.table_s, self.W2T, self.W2_s, self.b2, self.WoT, self.Wo_s, self.bo, self.h1, self.h2,
                    self.logits, self.clocked, tr["WkT"], self.t0, self.beat0, self._beats_per_sample(),
                    float(self.clock.beats_per_bar), tr["bft"])
                done += m
            return out
        while done < n:
            j = self.t % fs0
            if j == 0:
                self._step_tiers()
            m = min(fs0 - j, n - done)
            self._make_room(m)
            start = self.pos
            self.pos = _samples(self.table, self.table_s, self.W2T, self.W2_s, self.b2, self.WoT, self.Wo_s, self.bo, self.tiers[0]["out"],
                                j, j + m, self.buf, self.pos, uniforms[done: done + m], inv_temp,
                                self.h1, self.h2, self.logits)
            out[done: done + m] = self.buf[start: self.pos]
            self.t += m
            done += m
        return out

    def generate_audio(self, n, temperature=1.0, **kw) -> np.ndarray:
        """The next n samples as float32 amplitude in [-1, 1]."""
        c = self.config
        return audio.decode(self.generate(n, temperature, **kw), c.quantization, c.q_levels)

    def next_distribution(self, temperature=1.0):
        """p(next level) given the history so far (float64, for tests); changes no state."""
        saved = self.buf.copy(), self.pos, self.t, [(t["h"].copy(), t["c"].copy(), t["out"].copy())
                                                    for t in self.tiers]
        fs0 = self.fs[0]
        if self.t % fs0 == 0:
            self._step_tiers()
        self._make_room(1)
        j = self.t % fs0
        _samples(self.table, self.table_s, self.W2T, self.W2_s, self.b2, self.WoT, self.Wo_s, self.bo, self.tiers[0]["out"], j, j + 1,
                 self.buf, self.pos, np.zeros(1), 0.0, self.h1, self.h2, self.logits)
        logits = self.logits.astype(np.float64)
        self.buf[:], self.pos, self.t = saved[0], saved[1], saved[2]
        for t, (h, c, o) in zip(self.tiers, saved[3]):
            t["h"][:], t["c"][:], t["out"][:] = h, c, o
        from .model import _softmax
        return _softmax(logits, temperature)
