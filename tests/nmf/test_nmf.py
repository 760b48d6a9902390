"""The NMF estimator: same updates as the textbook, modes, seeding, cancel."""

import numpy as np
import pytest

from oscserver.nmf.nmf import EPS, NMF, Cancelled, beta_divergence, mu_exponent


def reference_mu(X, W, H, beta, iterations):
    """Textbook multiplicative updates (Fevotte & Idier 2011) in float64 numpy: H, then W."""
    X, W, H = X.astype(np.float64), W.astype(np.float64).copy(), H.astype(np.float64).copy()
    g = mu_exponent(beta)
    for _ in range(iterations):
        WH = np.maximum(H @ W, EPS)
        H *= ((X * WH ** (beta - 2)) @ W.T / np.maximum(WH ** (beta - 1) @ W.T, EPS)) ** g
        WH = np.maximum(H @ W, EPS)
        W *= (H.T @ (X * WH ** (beta - 2)) / np.maximum(H.T @ WH ** (beta - 1), EPS)) ** g
    return W, H


@pytest.fixture
def X(rng):
    # a random non-negative matrix with spectrogram-like spread (many small cells, a few large)
    return rng.random((240, 70)) ** 3


@pytest.mark.parametrize("beta", [1.0, 2.0, 0.0, 0.5, 1.5, 3.0])
def test_fused_kernel_equals_textbook_updates(X, beta):
    model = NMF(4, beta=beta, iterations=30, seed=3, dtype=np.float64).fit(X)
    start = NMF(4, beta=beta, iterations=1, seed=3, dtype=np.float64)
    W0, H0 = start._initial(start._check_X(X), 3)
    W, H = reference_mu(X, W0, H0, beta, 30)
    np.testing.assert_allclose(model.bases_, W, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(model.activations_, H, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("beta", [1.0, 2.0, 0.0, 0.5])
def test_divergence_never_increases(X, beta):
    # the multiplicative updates with the Fevotte-Idier exponent are monotone for every beta
    divergences = []
    model = NMF(3, beta=beta, iterations=1, seed=0, dtype=np.float64, bases_mode="seed",
                activations_mode="seed")
    first = NMF(3, beta=beta, iterations=1, seed=0, dtype=np.float64)
    model.bases, model.activations = first._initial(first._check_X(X), 0)
    divergences.append(beta_divergence(X, model.activations, model.bases, beta))
    for _ in range(25):
        model.fit(X)
        divergences.append(model.divergence(X))
        model.bases, model.activations = model.bases_, model.activations_
    assert np.all(np.diff(divergences) <= 1e-9 * divergences[0])
    assert divergences[-1] < 0.9 * divergences[0]


def test_divergence_is_zero_for_an_exact_factorisation(rng):
    W, H = rng.random((2, 30)), rng.random((50, 2))
    for beta in (0.0, 0.5, 1.0, 2.0):
        assert beta_divergence(H @ W, H, W, beta) == pytest.approx(0.0, abs=1e-9)
    assert beta_divergence(H @ W * 2, H, W, 2.0) > 1.0


def test_same_seed_same_result_and_threads_do_not_matter(X):
    a = NMF(3, iterations=40, seed=7, threads=1).fit(X)
    b = NMF(3, iterations=40, seed=7, threads=2).fit(X)
    c = NMF(3, iterations=40, seed=8).fit(X)
    np.testing.assert_array_equal(a.bases_, b.bases_)
    np.testing.assert_array_equal(a.activations_, b.activations_)
    assert not np.allclose(a.bases_, c.bases_)


def test_fixed_bases_stay_fixed_and_caller_arrays_untouched(X, rng):
    bases = rng.random((3, X.shape[1])).astype(np.float32)
    given = bases.copy()
    model = NMF(3, iterations=30, bases_mode="fixed", bases=bases, seed=0).fit(X)
    np.testing.assert_array_equal(model.bases_, given)
    np.testing.assert_array_equal(bases, given)
    free = NMF(3, iterations=30, seed=0).fit(X)
    # with the bases held, the activations still fit them: far better than the random start
    start = NMF(3, iterations=1, bases_mode="fixed", bases=bases, activations_mode="seed",
                activations=np.full((X.shape[0], 3), 0.1, np.float32), seed=0)
    assert model.divergence(X) < beta_divergence(X, start.activations, bases)
    assert free.divergence(X) < model.divergence(X)       # learning the bases fits better still


def test_fixed_activations_stay_fixed(X, rng):
    acts = rng.random((X.shape[0], 2)).astype(np.float32)
    model = NMF(2, iterations=20, activations_mode="fixed", activations=acts, seed=0).fit(X)
    np.testing.assert_array_equal(model.activations_, acts)
    assert not np.allclose(model.bases_, 0)


def test_seeded_bases_start_from_the_given_values(X):
    learned = NMF(3, iterations=50, seed=1).fit(X)
    # seeding with a converged answer and running once more barely moves it
    again = NMF(3, iterations=1, bases_mode="seed", bases=learned.bases_, activations_mode="seed",
                activations=learned.activations_).fit(X)
    assert again.divergence(X) <= learned.divergence(X) * (1 + 1e-6)
    assert np.linalg.norm(again.bases_ - learned.bases_) < 0.02 * np.linalg.norm(learned.bases_)
    cold = NMF(3, iterations=1, seed=1).fit(X)
    assert again.divergence(X) < 0.95 * cold.divergence(X)


def test_transform_fits_activations_of_new_frames(X):
    model = NMF(3, iterations=60, seed=0, dtype=np.float64).fit(X)
    acts = model.transform(X[:50])
    assert acts.shape == (50, 3)
    assert beta_divergence(X[:50], acts, model.bases_) <= beta_divergence(
        X[:50], model.activations_[:50], model.bases_) * 1.05


def test_progress_reports_and_cancels(X):
    seen = []
    NMF(2, iterations=10, seed=0, progress=seen.append).fit(X)
    assert seen == pytest.approx([i / 10 for i in range(1, 11)])
    calls = []

    def stop_at_three(fraction):
        calls.append(fraction)
        return len(calls) < 3

    with pytest.raises(Cancelled, match="3 of 10"):
        NMF(2, iterations=10, seed=0, progress=stop_at_three).fit(X)


def test_more_components_than_bins(rng):
    X = rng.random((40, 5)) + 0.1
    for beta in (1.0, 2.0):
        model = NMF(8, beta=beta, iterations=20, seed=0).fit(X)
        assert model.bases_.shape == (8, 5) and np.all(np.isfinite(model.activations_))
        assert model.divergence(X) < beta_divergence(X, np.full((40, 8), 0.1), np.full((8, 5), 0.1), beta)


def test_generated_kernels_are_cached_on_disk_or_compiled_in_memory(tmp_path, monkeypatch):
    from oscserver.nmf import _kernels
    monkeypatch.setenv("OSCSERVER_CACHE", str(tmp_path))
    source = "from numba import njit\n\n@njit(cache=True)\ndef twice(x):\n    return 2 * x\n"
    assert _kernels._compile_cached(source, "twice", "twice")(21) == 42
    assert len(list((tmp_path / "nmf-kernels").glob("twice_*.py"))) == 1
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("OSCSERVER_CACHE", str(blocked))          # cannot be written: compiled in memory
    assert _kernels._compile_cached(source, "twice", "twice")(4) == 8


def test_nndsvd_is_deterministic_and_nonnegative(X):
    from oscserver.nmf.nmf import nndsvd
    W1, H1 = nndsvd(X, 4)
    W2, H2 = nndsvd(X.copy(), 4)
    np.testing.assert_array_equal(W1, W2)
    np.testing.assert_array_equal(H1, H2)
    assert W1.shape == (4, X.shape[1]) and H1.shape == (X.shape[0], 4)
    assert W1.min() >= 0 and H1.min() >= 0 and (W1 == 0).any()     # plain NNDSVD keeps its zeros
    Wa, Ha = nndsvd(X, 4, fill=True)
    assert Wa.min() > 0 and Ha.min() > 0                            # nndsvda: none left for MU to get stuck on
    np.testing.assert_array_equal(Wa[W1 > 0], W1[W1 > 0])
    # the seed does not matter: the same matrix always gives the same fit
    for init in ("nndsvd", "nndsvda"):
        a = NMF(4, iterations=20, seed=1, init=init).fit(X)
        b = NMF(4, iterations=20, seed=2, init=init).fit(X)
        np.testing.assert_array_equal(a.bases_, b.bases_)
        np.testing.assert_array_equal(a.activations_, b.activations_)


def test_nndsvd_starts_closer_than_a_random_start(rng):
    # on a matrix that is nonnegative rank 3 plus a little noise, the SVD's parts are a good start
    from oscserver.nmf.nmf import nndsvd
    X = rng.random((240, 3)) ** 2 @ rng.random((3, 70)) ** 4 + 0.01 * rng.random((240, 70))
    W, H = nndsvd(X, 3, fill=True)
    random = NMF(3, seed=0)
    Wr, Hr = random._initial(random._check_X(X), 0)
    assert beta_divergence(X, H, W) < 0.5 * beta_divergence(X, Hr, Wr)


def test_nndsvd_with_more_components_than_the_rank(rng):
    X = rng.random((40, 5)) + 0.1
    model = NMF(8, iterations=20, init="nndsvda", seed=0).fit(X)
    assert model.bases_.shape == (8, 5) and np.all(np.isfinite(model.bases_)) and model.bases_.min() >= 0
    again = NMF(8, iterations=20, init="nndsvda", seed=0).fit(X)
    np.testing.assert_array_equal(model.bases_, again.bases_)
