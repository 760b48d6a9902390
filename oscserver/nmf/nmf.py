"""Non-negative matrix factorisation with the beta-divergence and multiplicative updates.

    X (T, F)  ~=  activations_ (T, K) @ bases_ (K, F)

X is a magnitude spectrogram, one row per frame. The bases are spectral templates (on a drum loop:
kick, snare, hat), the activations how loud each template is in each frame. beta = 1 is the
Kullback-Leibler divergence (FluCoMa's and the usual choice for audio), 2 Euclidean, 0 Itakura-Saito.

As in FluCoMa's BufNMF, bases and activations each have a mode: "random" (learned from a start the
estimator makes), "seed" (start from the values given, then learn) or "fixed" (use the values given,
never update). The start it makes is `init`: "random" (seeded random values), or NNDSVD (Boutsidis &
Gallopoulos 2008, "SVD based initialization: a head start for nonnegative matrix factorization"):
the positive parts of the leading singular vectors, deterministic. "nndsvd" leaves the zeros it
finds (a multiplicative update never moves a zero), "nndsvda" fills them with the data's mean.
The fit takes a progress callback; if it returns False the fit stops with Cancelled.
"""

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Optional

import numpy as np

from oscserver.errors import RequestError
from oscserver.nmf import _kernels

MODES = ("random", "seed", "fixed")
INITS = ("random", "nndsvd", "nndsvda")
EPS = float(np.finfo(np.float32).eps)  # floor for the model and denominators (as scikit-learn)
CHUNKS = 8   # frames are split in this many ranges whatever the thread count, so results never depend on it


class Cancelled(Exception):
    """The progress callback asked the fit to stop."""


def mu_exponent(beta: float) -> float:
    # Fevotte & Idier (2011): this exponent makes the updates decrease the divergence for every beta
    if beta < 1:
        return 1.0 / (2.0 - beta)
    if beta > 2:
        return 1.0 / (beta - 1.0)
    return 1.0


def beta_divergence(X, activations, bases, beta: float = 1.0) -> float:
    """D_beta(X | activations @ bases), summed over all cells."""
    return float(_kernels.beta_divergence(np.ascontiguousarray(X), np.ascontiguousarray(bases),
                                          np.ascontiguousarray(activations), float(beta), EPS))


class _NoPool:
    """Runs map() in the calling thread: no pool for one thread."""
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def map(self, fn, items):
        return map(fn, items)


def _iterate(X, W, H, beta, update_h, update_w, pool, threads) -> None:
    """One multiplicative-update iteration in place: H, then W. Frame ranges run in the pool."""
    T, F = X.shape
    K = W.shape[0]
    eps = X.dtype.type(EPS)
    gamma = mu_exponent(beta)
    bounds = np.linspace(0, T, min(CHUNKS, T) + 1).astype(int)
    chunks = len(bounds) - 1
    w_acc = np.zeros((chunks, 2, K, F), X.dtype)     # per range: the bases' numerator, denominator
    h_sums = np.zeros((chunks, K), X.dtype)          # per range: activation sums (KL's denominator)
    kl = _kernels.kl_frames(K) if beta == 1.0 else None

    def run(first):
        for c in range(first, chunks, threads):      # one task per thread: few hand-offs per iteration
            if kl is not None:
                kl(X, W, H, bounds[c], bounds[c + 1], eps, w_acc[c, 0], h_sums[c], update_h, update_w)
            else:
                _kernels.mu_frames(X, W, H, bounds[c], bounds[c + 1], beta, gamma, update_h, update_w,
                                   eps, w_acc[c, 0], w_acc[c, 1], h_sums[c])
    list(pool.map(run, range(min(threads, chunks))))
    if update_w:
        # summed in a fixed order over the ranges: the result never depends on the thread count
        total, h_sum = w_acc.sum(axis=0), h_sums.sum(axis=0)
        _kernels.apply_w(W, total[0], total[1], h_sum, beta, gamma, eps)


class NMF:
    """scikit-learn style: __init__ stores settings, fit() learns bases_ (K, F) and activations_ (T, K).

    init: how free factors start ("random", "nndsvd", "nndsvda"; see the module's text).
    restarts > 1 runs that many 10-iteration trials and continues the best (lowest divergence): the
    first from `init`, the others from random starts; threads (default up to 2) split the frames,
    with results that do not depend on the thread count.
    """

    def __init__(self, n_components: int = 3, *, beta: float = 1.0, iterations: int = 100,
                 bases_mode: str = "random", activations_mode: str = "random",
                 bases: Optional[np.ndarray] = None, activations: Optional[np.ndarray] = None,
                 seed: Optional[int] = None, progress: Optional[Callable[[float], Optional[bool]]] = None,
                 restarts: int = 1, threads: Optional[int] = None, dtype=np.float32, init: str = "random"):
        self.n_components = n_components
        self.init = init
        self.beta = beta
        self.iterations = iterations
        self.bases_mode = bases_mode
        self.activations_mode = activations_mode
        self.bases = bases
        self.activations = activations
        self.seed = seed
        self.progress = progress
        # restarts > 1: that many short trials (the first from init, the rest random), the best goes on
        # (one start sometimes gives two components to the kick and none to the hat)
        self.restarts = restarts
        self.threads = threads      # None: up to 2 (the kernels release the GIL)
        self.dtype = dtype

    # -- public ------------------------------------------------------------------------------
    def fit(self, X) -> "NMF":
        X = self._check_X(X)
        update_h = self.activations_mode != "fixed"
        update_w = self.bases_mode != "fixed"
        threads = self.threads or min(2, os.cpu_count() or 1)
        with ThreadPoolExecutor(threads) if threads > 1 else _NoPool() as pool:
            W, H, done = self._best_start(X, pool, threads, update_h, update_w)
            for i in range(done, self.iterations):
                if update_h or update_w:
                    _iterate(X, W, H, float(self.beta), update_h, update_w, pool, threads)
                if self.progress is not None and self.progress((i + 1) / self.iterations) is False:
                    raise Cancelled(f"stopped after {i + 1} of {self.iterations} iterations")
        self.bases_, self.activations_ = W, H            # (K, F), (T, K)
        self.n_iter_ = self.iterations
        return self

    def fit_transform(self, X) -> np.ndarray:
        return self.fit(X).activations_

    def transform(self, X) -> np.ndarray:
        """Activations of new frames against the learned bases (kept fixed)."""
        if not hasattr(self, "bases_"):
            raise RequestError("No data fitted: run fit() before transform()")
        other = NMF(self.n_components, beta=self.beta, iterations=self.iterations,
                    bases_mode="fixed", bases=self.bases_, seed=self.seed, dtype=self.dtype)
        return other.fit(X).activations_

    def divergence(self, X) -> float:
        return beta_divergence(self._check_X(X), self.activations_, self.bases_, self.beta)

    # -- private -----------------------------------------------------------------------------
    TRIAL_ITERATIONS = 10

    def _best_start(self, X, pool, threads, update_h, update_w):
        """(W, H, iterations done): the initial factors, or the best of several short trials.

        With restarts > 1 and a free factor, that many starts run TRIAL_ITERATIONS each and the
        lowest divergence goes on: random starts, or with an NNDSVD init, the NNDSVD start first and
        random ones after it (NNDSVD alone sometimes settles in a worse minimum: bench/RESULTS.md)."""
        free = "random" in (self.bases_mode, self.activations_mode)
        if self.restarts <= 1 or not free or self.iterations <= self.TRIAL_ITERATIONS:
            return (*self._initial(X, self.seed), 0)
        best = None
        seeds = np.random.SeedSequence(self.seed).spawn(self.restarts)
        for trial, seed in enumerate(seeds):
            W, H = self._initial(X, seed, init=self.init if trial == 0 else "random")
            for _ in range(self.TRIAL_ITERATIONS):
                _iterate(X, W, H, float(self.beta), update_h, update_w, pool, threads)
            d = beta_divergence(X, H, W, self.beta)
            if best is None or d < best[0]:
                best = (d, W, H)
            if self.progress is not None and self.progress(0.0) is False:
                raise Cancelled(f"stopped in trial {trial + 1} of {self.restarts}")
        return best[1], best[2], self.TRIAL_ITERATIONS

    def _check_X(self, X) -> np.ndarray:
        X = np.asarray(X)
        if X.ndim != 2 or X.shape[0] < 1 or X.shape[1] < 1:
            raise RequestError(f"NMF needs a 2-D (frames, bins) matrix, given shape {X.shape}")
        if not np.all(np.isfinite(X)) or X.min() < 0:
            raise RequestError("NMF needs finite, non-negative values (a magnitude spectrogram)")
        if not 1 <= int(self.n_components) <= 64 or self.n_components != int(self.n_components):
            raise RequestError(f"components must be a whole number from 1 to 64, got {self.n_components}")
        if not 1 <= self.restarts <= 100:
            raise RequestError(f"restarts must be 1 to 100, got {self.restarts}")
        if not 1 <= self.iterations <= 100000:
            raise RequestError(f"iterations must be 1 to 100000, got {self.iterations}")
        if not (np.isfinite(self.beta) and -5 <= self.beta <= 5):
            raise RequestError(f"beta must be from -5 to 5 (1 = KL, 2 = Euclidean, 0 = IS), got {self.beta}")
        if self.init not in INITS:
            raise RequestError(f"init must be one of {', '.join(INITS)}, got {self.init!r}")
        for name in ("bases_mode", "activations_mode"):
            if getattr(self, name) not in MODES:
                raise RequestError(f"{name} must be one of {', '.join(MODES)}, got {getattr(self, name)!r}")
        return np.ascontiguousarray(X, dtype=self.dtype)

    def _initial(self, X, seed=None, init=None):
        init = self.init if init is None else init
        T, F = X.shape
        K = int(self.n_components)
        rng = np.random.default_rng(seed)
        # scikit-learn's "random" init: the scale that makes the random product match X's mean
        scale = np.sqrt(max(X.mean(), EPS) / K)
        W = self._given("bases", self.bases_mode, (K, F))
        H = self._given("activations", self.activations_mode, (T, K))
        if init != "random" and (W is None or H is None):
            # NNDSVD makes both; a given factor (seed, fixed) is kept. With given bases the SVD's
            # activations would belong to other bases: those start random, as before.
            nW, nH = nndsvd(X, K, fill=init == "nndsvda", rng=rng)
            if W is None:
                W = nW
            if H is None and self.bases_mode == "random":
                H = nH
        if W is None:
            W = scale * np.abs(rng.standard_normal((K, F)))
        if H is None:
            H = scale * np.abs(rng.standard_normal((T, K)))
        # both are fresh arrays (random, or copies made by _given): updating them leaves the caller's alone
        return np.ascontiguousarray(W, dtype=self.dtype), np.ascontiguousarray(H, dtype=self.dtype)

    def _given(self, name, mode, shape):
        value = getattr(self, name)
        if mode == "random":
            return None
        if value is None:
            raise RequestError(f"{name}_mode {mode!r} needs {name} of shape {shape}, none given")
        value = np.array(value, dtype=self.dtype)      # a copy, never the caller's array
        if value.shape != shape:
            raise RequestError(f"{name} must have shape {shape} for {mode!r}, given {value.shape}")
        if not np.all(np.isfinite(value)) or value.min() < 0:
            raise RequestError(f"{name} must be finite and non-negative")
        return value


def nndsvd(X: np.ndarray, n_components: int, *, fill: bool = False, rng=None) -> tuple[np.ndarray, np.ndarray]:
    """NNDSVD start (Boutsidis & Gallopoulos 2008) for X (T, F) ~= H (T, K) @ W (K, F): (W, H), float64.

    Each singular pair (u, v) is split into its positive and negative parts; the pair of parts with
    the larger norm product becomes one component (a rank-one nonnegative approximation of that
    singular term). The first pair is all one sign (Perron-Frobenius), so its absolute value is used.
    fill=True ("nndsvda"): zeros become the mean of X, so multiplicative updates can move them.
    Components beyond X's rank (more components than bins or frames) start from rng's random values.
    The result depends on X only (the SVD is LAPACK's, deterministic; each pair's sign is undone
    by taking the larger part), so the same sound always starts the same way.
    """
    X = np.asarray(X, dtype=np.float64)
    T, F = X.shape
    K = int(n_components)
    U, S, Vt = np.linalg.svd(X, full_matrices=False)          # (T, r), (r,), (r, F)
    W, H = np.zeros((K, F)), np.zeros((T, K))
    mean = max(float(X.mean()), EPS)
    for j in range(min(K, len(S))):
        u, v = U[:, j], Vt[j]
        if j == 0:
            u_part, v_part, sigma = np.abs(u), np.abs(v), 1.0
        else:
            up, vp, un, vn = np.maximum(u, 0), np.maximum(v, 0), np.maximum(-u, 0), np.maximum(-v, 0)
            pos = np.linalg.norm(up) * np.linalg.norm(vp)
            neg = np.linalg.norm(un) * np.linalg.norm(vn)
            u_part, v_part, sigma = (up, vp, pos) if pos >= neg else (un, vn, neg)
            if sigma <= 0:                                      # both parts empty: nothing to start from
                continue
            u_part, v_part = u_part / np.linalg.norm(u_part), v_part / np.linalg.norm(v_part)
        gain = np.sqrt(S[j] * sigma)
        H[:, j], W[j] = gain * u_part, gain * v_part
    W[W < EPS] = 0
    H[H < EPS] = 0
    if len(S) < K:                                              # more components than the rank
        rng = np.random.default_rng(rng)
        scale = np.sqrt(mean / K)
        W[len(S):] = scale * np.abs(rng.standard_normal((K - len(S), F)))
        H[:, len(S):] = scale * np.abs(rng.standard_normal((T, K - len(S))))
    if fill:
        W[W == 0] = mean
        H[H == 0] = mean
    return W, H
