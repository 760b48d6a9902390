"""Compiled inner loops of NMF (numba): one multiplicative-update pass, the divergence, one live frame.

Layout is frame-major, as audio arrives: V (T, F) magnitudes, Wt (K, F) bases, Ht (T, K) activations,
so V ~= Ht @ Wt.

Why a fused pass: the textbook update builds the whole (T, F) model matrix WH several times per
iteration (for H, then again for W). Activations of frame t depend only on frame t, so one sweep over
the frames can update H[t] and, with the new H[t], add frame t's share to W's update. The (T, F)
matrix is never built; each frame's F values stay in cache. Same updates, same order (H, then W),
as Lee & Seung / Fevotte & Idier's multiplicative updates for the beta-divergence.
"""

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
    zero = eps * 0                    # eps has the data's dtype: float32 sums keep the loops vectorised
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
    zero = eps * 0
    for _ in range(iterations):
        _model_frame(Wt, h, wh)
        for f in range(F):
            num[f] = v[f] / max(wh[f], eps)
        for k in range(K):
            top = zero
            for f in range(F):
                top += Wt[k, f] * num[f]
            h[k] *= top / max(w_sum[k], eps)
