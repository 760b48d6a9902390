"""Compiled inner loops of NMF (numba): one multiplicative-update pass, the divergence, one live frame.

Layout is frame-major, as audio arrives: V (T, F) magnitudes, Wt (K, F) bases, Ht (T, K) activations,
so V ~= Ht @ Wt.

Why a fused pass: the textbook update builds the whole (T, F) model matrix WH several times per
iteration (for H, then again for W). Activations of frame t depend only on frame t, so one sweep over
the frames can update H[t] and, with the new H[t], add frame t's share to W's update. The (T, F)
matrix is never built; each frame's F values stay in cache. Same updates, same order (H, then W),
as Lee & Seung / Fevotte & Idier's multiplicative updates for the beta-divergence.
"""

import hashlib
import importlib.util
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

import numpy as np
from numba import njit


@njit(cache=True, nogil=True, fastmath=True, error_model="numpy")
def _model_frame(Wt, h, wh):
    # wh = h @ Wt, one pass per component (each pass is a vectorised loop over the bins)
    K, F = Wt.shape
    h0 = h[0]
    for f in range(F):
        wh[f] = Wt[0, f] * h0
    for k in range(1, K):
        hk = h[k]
        for f in range(F):
            wh[f] += Wt[k, f] * hk


@njit(cache=True, nogil=True, fastmath=True, error_model="numpy")
def _ratios(v, wh, beta, eps, num, den):
    # num = v * wh^(beta-2) (numerator weights), den = wh^(beta-1) (denominator weights); the model
    # is floored at eps so that divisions and negative powers stay finite
    F = v.shape[0]
    one = eps / eps          # 1 in the data's dtype: float64 constants would slow float32 loops
    if beta == 1.0:          # KL: den is 1, the caller uses column sums instead
        for f in range(F):
            num[f] = v[f] / max(wh[f], eps)
    elif beta == 2.0:        # Euclidean
        for f in range(F):
            num[f] = v[f]
            den[f] = max(wh[f], eps)
    elif beta == 0.0:        # Itakura-Saito
        for f in range(F):
            inv = one / max(wh[f], eps)
            num[f] = v[f] * inv * inv
            den[f] = inv
    else:
        for f in range(F):
            w = max(wh[f], eps)
            num[f] = v[f] * w ** (beta - 2.0)
            den[f] = w ** (beta - 1.0)


@njit(cache=True, nogil=True, fastmath=True, error_model="numpy")
def mu_frames(V, Wt, Ht, t0, t1, beta, gamma, update_h, update_w, eps, w_num, w_den, h_sum):
    """Frames t0..t1 of one multiplicative-update iteration.

    Updates Ht[t0:t1] in place (if update_h), then, with the new activations, adds these frames' share
    of the bases' update to w_num (K, F), w_den (K, F) and h_sum (K,); apply_w() finishes it. Disjoint
    frame ranges can run in parallel threads (nogil), each with its own accumulators.
    """
    F = V.shape[1]
    K = Wt.shape[0]
    dt = V.dtype
    wh = np.empty(F, dt)
    num = np.empty(F, dt)
    den = np.ones(F, dt)
    zero = eps - eps                  # 0 in the data's dtype (eps * 0 would be float64): float32 sums vectorise
    w_sum = np.zeros(K, dt)           # KL's H denominator: row sums of the bases
    for k in range(K):
        for f in range(F):
            w_sum[k] += Wt[k, f]
    for t in range(t0, t1):
        v = V[t]
        h = Ht[t]
        if update_h:
            _model_frame(Wt, h, wh)
            _ratios(v, wh, beta, eps, num, den)
            for k in range(K):
                top = zero
                bottom = zero
                for f in range(F):
                    top += Wt[k, f] * num[f]
                if beta == 1.0:
                    bottom = w_sum[k]
                else:
                    for f in range(F):
                        bottom += Wt[k, f] * den[f]
                step = top / max(bottom, eps)
                h[k] *= step if gamma == 1.0 else step ** gamma
        if update_w:
            _model_frame(Wt, h, wh)
            _ratios(v, wh, beta, eps, num, den)
            for k in range(K):
                hk = h[k]
                h_sum[k] += hk
                for f in range(F):
                    w_num[k, f] += num[f] * hk
                if beta != 1.0:
                    for f in range(F):
                        w_den[k, f] += den[f] * hk


@njit(cache=True, nogil=True, fastmath=True, error_model="numpy")
def apply_w(Wt, w_num, w_den, h_sum, beta, gamma, eps):
    """Finish the bases' update from the accumulators summed over all frames."""
    K, F = Wt.shape
    for k in range(K):
        for f in range(F):
            bottom = h_sum[k] if beta == 1.0 else w_den[k, f]
            step = w_num[k, f] / max(bottom, eps)
            Wt[k, f] *= step if gamma == 1.0 else step ** gamma


@njit(cache=True, nogil=True, error_model="numpy")
def beta_divergence(V, Wt, Ht, beta, eps):
    """D_beta(V | Ht @ Wt) summed over all cells, accumulated in float64."""
    T, F = V.shape
    wh = np.empty(F, np.float64)
    Wt64 = Wt.astype(np.float64)
    total = 0.0
    for t in range(T):
        _model_frame(Wt64, Ht[t].astype(np.float64), wh)
        for f in range(F):
            x = float(V[t, f])
            y = max(wh[f], eps)      # the floored model, as the updates see it
            if beta == 1.0:
                total += (x * np.log(x / y) if x > 0 else 0.0) - x + y
            elif beta == 0.0:
                xs = max(x, eps)
                total += xs / y - np.log(xs / y) - 1.0
            elif beta == 2.0:
                total += 0.5 * (x - y) * (x - y)
            else:
                total += (x ** beta + (beta - 1.0) * y ** beta - beta * x * y ** (beta - 1.0)) / (
                    beta * (beta - 1.0))
    return total


@njit(cache=True, nogil=True, fastmath=True, error_model="numpy")
def match_frame(v, Wt, w_sum, h, iterations, eps, wh, num):
    """KL activations of one magnitude frame v (F,) against fixed bases Wt (K, F), in place in h.

    h comes in as the previous frame's answer (a warm start: activations move smoothly, so a few
    iterations suffice); wh and num are (F,) scratch buffers so nothing is allocated per frame.
    """
    K, F = Wt.shape
    zero = eps - eps
    for _ in range(iterations):
        _model_frame(Wt, h, wh)
        for f in range(F):
            num[f] = v[f] / max(wh[f], eps)
        for k in range(K):
            top = zero
            for f in range(F):
                top += Wt[k, f] * num[f]
            h[k] *= top / max(w_sum[k], eps)


# -- KL, specialised for K components ---------------------------------------------------------------
# The generic pass above makes 2K + 1 sweeps over each frame's bins (one per component to build the
# model, one for the ratio, one per component to accumulate). For KL, with K known when compiling,
# one sweep does the activations' update: each bin's K basis values, model, ratio and K sums stay in
# registers. The bases' sums are gathered for BLOCK frames at a time (their ratios kept in a small
# buffer), so each of the K running sums is read and written once per block, not once per frame.
# That is ~4x faster than the generic pass, so the default (KL) path compiles one kernel per K.

_KL_BLOCK = 4
_KL_TEMPLATE = """
import numpy as np
from numba import njit


@njit(cache=True, nogil=True, fastmath=True, error_model="numpy")
def kl_frames(V, Wt, Ht, t0, t1, eps, w_num, h_sum, update_h, update_w):
    F = V.shape[1]
    zero = eps - eps
{unpack}
    R = np.empty(({block}, F), V.dtype)      # the ratios of the block's frames, for the bases' sums
{unpack_r}
    t = t0
    while t < t1:
        n = min({block}, t1 - t)
        for b in range(n):
            v = V[t + b]
{load_h}
            if update_h:
{zero_a}
                for f in range(F):
                    r = v[f] / max({model}, eps)
{acc_a}
{step_h}
            if update_w:
                rb = R[b]
                for f in range(F):
                    rb[f] = v[f] / max({model}, eps)
{sum_h}
        if update_w and n == {block}:
{load_block}
            for f in range(F):
{load_r}
{acc_block}
        elif update_w:
            for b in range(n):
                rb = R[b]
{load_h_rem}
                for f in range(F):
{acc_rem}
        t += n
"""


@lru_cache(maxsize=None)
def kl_frames(K: int):
    """The compiled KL pass for K components: kl_frames(K)(V, Wt, Ht, t0, t1, eps, w_num, h_sum,
    update_h, update_w) does what mu_frames does for beta = 1 (same updates, same order)."""
    ks, bs = range(K), range(_KL_BLOCK)
    ind = lambda n, lines: "\n".join(" " * n + line for line in lines)   # noqa: E731
    code = _KL_TEMPLATE.format(
        block=_KL_BLOCK,
        unpack=ind(4, [f"W{k} = Wt[{k}]\n    N{k} = w_num[{k}]\n    s{k} = zero\n"
                       f"    for f in range(F):\n        s{k} += W{k}[f]" for k in ks]),
        unpack_r=ind(4, [f"R{b} = R[{b}]" for b in bs]),
        load_h=ind(12, [f"h{k} = Ht[t + b, {k}]" for k in ks]),
        zero_a=ind(16, [f"a{k} = zero" for k in ks]),
        model=" + ".join(f"W{k}[f] * h{k}" for k in ks),
        acc_a=ind(20, [f"a{k} += W{k}[f] * r" for k in ks]),
        step_h=ind(16, [f"h{k} *= a{k} / max(s{k}, eps)\n                Ht[t + b, {k}] = h{k}" for k in ks]),
        sum_h=ind(16, [f"h_sum[{k}] += h{k}" for k in ks]),
        load_block=ind(12, [f"g{b}_{k} = Ht[t + {b}, {k}]" for b in bs for k in ks]),
        load_r=ind(16, [f"r{b} = R{b}[f]" for b in bs]),
        acc_block=ind(16, [f"N{k}[f] += " + " + ".join(f"r{b} * g{b}_{k}" for b in bs) for k in ks]),
        load_h_rem=ind(16, [f"h{k} = Ht[t + b, {k}]" for k in ks]),
        acc_rem=ind(20, [f"N{k}[f] += rb[f] * h{k}" for k in ks]),
    )
    return _compile_cached(code, f"kl_frames_k{K}", "kl_frames")


def _compile_cached(code: str, stem: str, name: str):
    """Compile generated numba source once per machine, not once per process.

    numba caches compiled code next to a source file, so the source is written (atomically, named by
    its hash so an edited template never meets a stale cache) under ~/.cache/oscserver/nmf-kernels
    ($OSCSERVER_CACHE overrides) and imported. If that folder cannot be written it is compiled from
    memory, which costs about a second per process.
    """
    digest = hashlib.sha1(code.encode()).hexdigest()[:12]
    folder = Path(os.environ.get("OSCSERVER_CACHE", Path.home() / ".cache" / "oscserver")) / "nmf-kernels"
    path = folder / f"{stem}_{digest}.py"
    try:
        if not path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
            with os.fdopen(fd, "w") as f:
                f.write(code)
            os.replace(tmp, path)
        spec = importlib.util.spec_from_file_location(f"oscserver_nmf_{stem}_{digest}", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module      # numba's cache finds the module again by this name
        spec.loader.exec_module(module)
        return getattr(module, name)
    except OSError:
        namespace = {}
        exec(compile(code.replace("cache=True", "cache=False"), f"<{stem}>", "exec"), namespace)
        return namespace[name]
