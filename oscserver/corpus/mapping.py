"""From descriptors to a map: standardise, weight, PCA, k-means, a 2-D layout in 0..1, a KD-tree.

scikit-learn style: __init__ stores settings, fit() learns, learned state ends in `_`.
Layouts: "pca" (the first two principal components), "tsne" (the default: neighbours in sound
stay neighbours on screen; scikit-learn's Barnes-Hut up to TSNE_FFT_ABOVE sounds, openTSNE above:
Barnes-Hut to TSNE_FFT_FROM, its FFT-accelerated method from there, which maps tens of thousands of
slices in well under a minute; both stop within a fraction of a second when cancelled), "umap" (only when the umap-learn package is installed), and "grid"
(the t-SNE map spread onto an even grid, one sound per cell, like FluCoMa's Grid: a
linear assignment that moves the points as little as possible in total).
"""
import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.spatial import cKDTree
from scipy.stats import rankdata

from oscserver.corpus import descriptors

LAYOUTS = ("pca", "tsne", "umap", "grid")
TSNE_FFT_ABOVE = 2000       # more sounds than this: openTSNE (cancellable, and its FFT method grows as N)
TSNE_FFT_FROM = 10000       # openTSNE's FFT from here, Barnes-Hut below (6,000 slices: BH 5.9 s, FFT 9.0 s;
                            # 12,000: BH 15.9 s, FFT 10.5 s; 2 threads, bench/corpus_scale.py's slices)
TSNE_FFT_CHUNK = 5          # openTSNE iterations between two looks at the cancel flag (~0.04-0.1 s each at 36k)
KNN_EPS = 0.5               # neighbours within (1 + eps) of the true k-th: recall 0.997 on 36k slices, 3x faster
TSNE_THREADS = 2            # openTSNE's own threads (its FFT gradient releases the GIL)
GRID_MAX = 4000             # the grid's assignment is N x N: 4000 sounds take ~1 GB and a few seconds


class CorpusMap:
    """A 2-D map of sounds with clusters and nearest-sound lookup.

    n_clusters:    k-means clusters (clamped to the number of sounds)
    layout:        "tsne", "pca", "umap" or "grid"
    n_components:  PCA dimensions kept for clustering and t-SNE (20 keeps ~90% of the variance of
                   drum descriptors and removes the noise of the rest)
    perplexity:    t-SNE neighbourhood size (clamped for small corpora). 20 rather than the usual 30:
                   the map answers "which sound is under the mouse", so the closest few neighbours
                   matter more than the global arrangement
                   (drums: 5-NN label agreement 0.938 at 20, 0.928 at 30; 10-50 all give 0.91-0.95)
    tsne_iterations: t-SNE optimisation steps; 500 maps drums as well as 1000 in half the time
                   (the first 250 are the early-exaggeration phase)
    random_state:  seed, so the same folder gives the same map
    """

    def __init__(self, *, n_clusters: int = 8, layout: str = "tsne", n_components: int = 20,
                 perplexity: float = 20.0, tsne_iterations: int = 500, random_state: int = 0):
        self.n_clusters = n_clusters
        self.layout = layout
        self.n_components = n_components
        self.perplexity = perplexity
        self.tsne_iterations = tsne_iterations
        self.random_state = random_state

    # -- learning ---------------------------------------------------------------------------------

    def fit(self, X, progress=None) -> "CorpusMap":
        """Learn scaling, PCA, clusters and the layout from descriptors X: (N, D).

        progress(fraction, text), when given, is called during long layouts and may raise to stop them.
        """
        self._fit_features(X)
        self.layouts_ = {}
        self.set_layout(self.layout, progress)
        return self

    def fit_saved(self, X, embedding, labels, layout: str) -> "CorpusMap":
        """Rebuild a saved map: features from X, but the saved positions and clusters as they were."""
        self._fit_features(X, cluster=False)
        labels = np.asarray(labels, dtype=np.int64)
        embedding = np.asarray(embedding, dtype=np.float64).reshape(len(self.features_), 2)
        self.labels_ = labels
        self.n_clusters_ = int(labels.max()) + 1 if len(labels) else 0
        self.layouts_ = {layout: embedding}
        self._show(layout, embedding)
        return self

    def _fit_features(self, X, cluster: bool = True) -> None:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1):
            self._fit_features_1thread(X, cluster)

    def _fit_features_1thread(self, X, cluster: bool) -> None:
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or len(X) == 0:
            raise ValueError(f"descriptors must be a non-empty 2-D array, got shape {X.shape}")
        if not np.all(np.isfinite(X)):
            raise ValueError("descriptors must be finite numbers")
        self.n_sounds_ = len(X)
        self.mean_ = X.mean(axis=0)
        scale = X.std(axis=0)
        self.scale_ = np.where(scale > 1e-12, scale, 1.0)
        # Each descriptor group weighs what descriptors.GROUPS says, whatever its length.
        self.weights_ = descriptors.group_weights() if X.shape[1] == descriptors.N_DESCRIPTORS \
            else np.ones(X.shape[1])
        Z = (X - self.mean_) / self.scale_ * self.weights_                 # (N, D)
        n = min(self.n_components, *Z.shape)
        _, _, vt = np.linalg.svd(Z, full_matrices=False)
        vt = vt[:n] * np.sign(vt[:n, :1] + 1e-30)                           # fixed signs: same map each time
        self.components_ = vt                                               # (n, D)
        self.features_ = Z @ vt.T                                           # (N, n)
        if not cluster:
            return
        k = max(1, min(self.n_clusters, len(X)))
        if k == 1:
            self.labels_ = np.zeros(len(X), dtype=np.int64)
        else:
            from sklearn.cluster import KMeans

            km = KMeans(n_clusters=k, n_init=4, random_state=self.random_state).fit(self.features_)
            # number clusters by size, largest first, so colours are stable from run to run
            order = np.argsort(-np.bincount(km.labels_, minlength=k), kind="stable")
            rank = np.empty(k, dtype=np.int64)
            rank[order] = np.arange(k)
            self.labels_ = rank[km.labels_]
        self.n_clusters_ = int(self.labels_.max()) + 1

    def transform(self, X) -> np.ndarray:
        """PCA features of new descriptors (N, D) -> (N, n_components), in the fitted space."""
        X = np.asarray(X, dtype=np.float64)
        return (X - self.mean_) / self.scale_ * self.weights_ @ self.components_.T

    # -- layouts ----------------------------------------------------------------------------------

    def set_layout(self, layout: str, progress=None) -> np.ndarray:
        """Switch the map to `layout` (computed once, then remembered): (N, 2) positions in 0..1.
        progress(fraction, text) may raise to stop a long layout (the map keeps its old one)."""
        if layout not in LAYOUTS:
            raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, got {layout!r}")
        if layout not in self.layouts_:
            self.layouts_[layout] = self._compute_layout(layout, progress)
        self._show(layout, self.layouts_[layout])
        return self.embedding_

    def _show(self, layout: str, xy: np.ndarray) -> None:
        # One tuple, swapped in one assignment: a query running in another thread sees the old
        # layout or the new one, never the new tree with the old positions.
        self._view = (xy, cKDTree(xy))
        self.layout_, self.embedding_, self.tree_ = layout, xy, self._view[1]

    def _compute_layout(self, layout: str, progress=None) -> np.ndarray:
        from threadpoolctl import threadpool_limits

        F = self.features_
        n = len(F)
        if layout == "pca" or n < 5 or F.shape[1] < 2:
            # t-SNE and UMAP need a handful of points; below that PCA says as much
            xy = F[:, :2] if F.shape[1] >= 2 else np.c_[F[:, :1], np.zeros(n)]
            return _unit_square(xy)
        if layout == "grid":
            if n > GRID_MAX:
                raise ValueError(f"layout grid takes at most {GRID_MAX} sounds (its assignment grows as "
                                 f"N squared), this map has {n}; use tsne or pca")
            base = self.layouts_.get("tsne")
            if base is None:
                base = self.layouts_["tsne"] = self._compute_layout("tsne", progress)
            return _grid(base)
        if layout == "umap":
            try:
                import umap
            except ImportError:
                raise ValueError("layout umap needs the umap-learn package, which is not installed; "
                                 "use tsne, pca or grid") from None
            with threadpool_limits(1):
                xy = umap.UMAP(n_neighbors=min(15, n - 1), random_state=self.random_state).fit_transform(F)
            return _unit_square(xy)
        perplexity = min(self.perplexity, (n - 1) / 3)
        if n > TSNE_FFT_ABOVE:
            return _unit_square(open_tsne(F, perplexity=perplexity, iterations=self.tsne_iterations,
                                          random_state=self.random_state, progress=progress))
        from sklearn.manifold import TSNE

        # One thread: OpenMP threads spin when the machine is shared and make t-SNE 5x slower.
        with threadpool_limits(1):
            xy = TSNE(2, perplexity=perplexity, init="pca", max_iter=self.tsne_iterations,
                      random_state=self.random_state).fit_transform(F)
        return _unit_square(xy)

    # -- queries ----------------------------------------------------------------------------------

    def nearest(self, x: float, y: float, k: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """The k sounds nearest to (x, y) on the map: (indices, distances), nearest first."""
        indices, distances, _ = self.query(x, y, k)
        return indices, distances

    def query(self, x: float, y: float, k: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(indices, distances, positions (k, 2)) of the k sounds nearest to (x, y), nearest first."""
        xy, tree = self._view
        k = max(1, min(int(k), len(xy)))
        distances, indices = tree.query([x, y], k=k)
        indices = np.atleast_1d(indices)
        return indices, np.atleast_1d(distances), xy[indices]


    def within(self, x: float, y: float, radius: float, limit: int | None = None
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(indices, distances, positions) of every sound within `radius` of (x, y) (the edge
        included), nearest first (equal distances by id); at most `limit` of them when given.
        FluCoMa's KDTree radius mode, on the same tree as query()."""
        xy, tree = self._view
        found = np.asarray(tree.query_ball_point([x, y], r=radius), dtype=np.int64)
        distances = np.sqrt(((xy[found] - [x, y]) ** 2).sum(axis=1))
        order = np.lexsort((found, distances))          # by distance, then id
        if limit is not None:
            order = order[:limit]
        found = found[order]
        return found, distances[order], xy[found]


def open_tsne(F, *, perplexity: float, iterations: int, random_state: int, progress=None,
              n_jobs: int = TSNE_THREADS, method: str | None = None) -> np.ndarray:
    """openTSNE's t-SNE of F (N, d) -> (N, 2): FFT-accelerated from TSNE_FFT_FROM points (or
    method="fft"), Barnes-Hut below, with neighbours from a KD-tree.

    Steps as scikit-learn's: up to 250 early-exaggeration iterations (12x), then the rest, from a
    PCA start. The neighbours (3 x perplexity each) come from scipy's KD-tree in blocks, and
    the optimisation runs TSNE_FFT_CHUNK iterations at a time, so progress() is called (and may raise
    to cancel) every fraction of a second: neither openTSNE's Annoy index nor one long optimize()
    call can be stopped. The KD-tree search is approximate (KNN_EPS): 36,000 slices' 60 neighbours
    in ~8 s on one core instead of 27 s exact, with 99.7% of the exact neighbours found.
    """
    from openTSNE import TSNEEmbedding, affinity, initialization
    from openTSNE.nearest_neighbors import PrecomputedNeighbors

    def tell(fraction, text):
        if progress is not None:
            progress(fraction, text)

    F = np.ascontiguousarray(F, dtype=np.float64)
    n = len(F)
    k = int(min(n - 1, 3 * perplexity))
    tree = cKDTree(F)
    neighbours = np.empty((n, k), dtype=np.int64)
    distances = np.empty((n, k), dtype=np.float64)
    block = 1000
    for a in range(0, n, block):
        tell(0.1 * a / n, f"t-SNE: neighbours of {a} of {n} sounds")
        d, i = tree.query(F[a:a + block], k=k + 1, eps=KNN_EPS, workers=n_jobs)
        neighbours[a:a + block], distances[a:a + block] = i[:, 1:], d[:, 1:]      # the first is itself
    tell(0.1, "t-SNE: affinities")
    P = affinity.PerplexityBasedNN(knn_index=PrecomputedNeighbors(neighbours, distances),
                                   perplexity=perplexity, n_jobs=n_jobs)
    start = initialization.pca(F, random_state=random_state)
    method = method or ("fft" if n >= TSNE_FFT_FROM else "bh")
    embedding = TSNEEmbedding(start, P, negative_gradient_method=method, n_jobs=n_jobs,
                              random_state=random_state)
    early = min(250, iterations // 2)
    for done in range(0, iterations, TSNE_FFT_CHUNK):
        tell(0.15 + 0.85 * done / iterations, f"t-SNE: iteration {done} of {iterations}")
        steps = min(TSNE_FFT_CHUNK, iterations - done)
        if done < early:
            embedding.optimize(min(steps, early - done), exaggeration=12, momentum=0.8, inplace=True)
        else:
            embedding.optimize(steps, momentum=0.8, inplace=True)
    tell(1.0, "t-SNE done")
    return np.asarray(embedding)


def _unit_square(xy) -> np.ndarray:
    """Scale each axis to 0..1 (a constant axis sits at 0.5)."""
    xy = np.asarray(xy, dtype=np.float64)
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    span = hi - lo
    return np.where(span > 1e-12, (xy - lo) / np.where(span > 1e-12, span, 1.0), 0.5)


def _grid(xy) -> np.ndarray:
    """Move each point to its own cell of an even grid, minimising the total squared move.

    Each axis is first replaced by its ranks, so dense clusters are spread before assignment
    rather than squeezed into the few cells under them (0.86 vs 0.84 5-NN agreement on drums).
    """
    n = len(xy)
    xy = _unit_square(np.c_[rankdata(xy[:, 0]), rankdata(xy[:, 1])])
    cols = int(np.ceil(np.sqrt(n)))
    rows = int(np.ceil(n / cols))
    gx, gy = np.meshgrid(np.linspace(0, 1, cols), np.linspace(0, 1, rows) if rows > 1 else [0.5])
    cells = np.c_[gx.ravel(), gy.ravel()]                                   # (cols*rows, 2)
    cost = ((xy[:, None, :] - cells[None, :, :]) ** 2).sum(axis=2)          # (N, cells)
    points, chosen = linear_sum_assignment(cost)
    out = np.empty_like(xy)
    out[points] = cells[chosen]
    return out
