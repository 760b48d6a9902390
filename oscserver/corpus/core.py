"""A folder of sounds in, a map out: the whole corpus pipeline in one call, cached.

The descriptors are cached per file content (analysis.py); the fitted map is cached per
(descriptors, settings), so re-analysing a folder where nothing changed skips t-SNE as well.
"""
import hashlib
import json
from pathlib import Path

import numpy as np

from oscserver.corpus.analysis import Analysis, analyze_folder
from oscserver.corpus.mapping import TSNE_FFT_ABOVE, CorpusMap
from oscserver.server.files import atomic_write

MAPS_KEPT = 10      # fitted maps kept in the cache folder, newest first


def make_map(folder, *, n_clusters: int = 8, layout: str = "tsne", max_seconds: float | None = 3.0,
             slice_longer_than: float | None = None, slice_seconds: float | None = None, cache_dir=None,
             n_jobs: int = 2, progress=None, random_state: int = 0, may_read=None,
             dask=None) -> tuple[Analysis, CorpusMap]:
    """Describe every sound under `folder` and map it. ValueError when no sound could be read.

    progress(fraction, text) may raise to cancel (describing and the layout both check it);
    describing takes the first 90%, or 60% when fixed slices make a large map to lay out.
    may_read(path) -> bool vets each file (see analyze_folder).
    slice_seconds: every file cut into fixed slices of this length, one point each (DOME-style).
    dask: a cluster.DaskCluster that describes the files (see analyze_folder).
    """
    from threadpoolctl import threadpool_limits

    # BLAS and OpenMP threads spin-wait when the machine is shared (the server runs other
    # instruments; a 2-core laptop runs Max too): one thread each, parallel over files instead.
    with threadpool_limits(1):
        return _make_map(folder, n_clusters, layout, max_seconds, slice_longer_than, slice_seconds, cache_dir,
                         n_jobs, progress, random_state, may_read, dask)


def _make_map(folder, n_clusters, layout, max_seconds, slice_longer_than, slice_seconds, cache_dir, n_jobs,
              progress, random_state, may_read, dask):
    share = 0.6 if slice_seconds is not None else 0.9

    def describing(fraction, text):
        if progress is not None:
            progress(share * fraction, text)

    def mapping(fraction, text):
        if progress is not None:
            progress(share + (1.0 - share) * 0.99 * fraction, text)

    analysis = analyze_folder(folder, max_seconds=max_seconds, slice_longer_than=slice_longer_than,
                              slice_seconds=slice_seconds, cache_dir=cache_dir, n_jobs=n_jobs,
                              progress=describing, may_read=may_read, dask=dask)
    if len(analysis) == 0:
        why = f"; {len(analysis.skipped)} could not be read" if analysis.skipped else ""
        raise ValueError(f"folder {str(folder)!r} holds no readable sounds (wav, flac, aiff, ogg){why}")
    if progress is not None:
        progress(share, f"mapping {len(analysis)} sounds")
    corpus_map = fit_map(analysis.descriptors, CorpusMap(n_clusters=n_clusters, layout=layout,
                                                         random_state=random_state), cache_dir, mapping)
    if progress is not None:
        progress(1.0, f"mapped {len(analysis)} sounds")
    return analysis, corpus_map


def fit_map(X, corpus_map: CorpusMap, cache_dir=None, progress=None) -> CorpusMap:
    """corpus_map.fit(X), or the same map from the cache when X and the settings were seen before.
    progress(fraction, text) may raise to stop a long layout."""
    if cache_dir is None:
        return corpus_map.fit(X, progress)
    X = np.ascontiguousarray(X, dtype=np.float64)
    settings = [corpus_map.n_clusters, corpus_map.layout, corpus_map.n_components,
                corpus_map.perplexity, corpus_map.tsne_iterations, corpus_map.random_state]
    if len(X) > TSNE_FFT_ABOVE:
        settings.append("opentsne")           # maps of this size cached before openTSNE are not reused
    settings = json.dumps(settings)
    key = hashlib.sha256(X.tobytes() + str(X.shape).encode() + settings.encode()).hexdigest()[:20]
    path = Path(cache_dir) / f"map-{key}.npz"
    try:
        with np.load(path, allow_pickle=False) as saved:
            layouts = {name[len("layout_"):]: saved[name] for name in saved.files if name.startswith("layout_")}
            labels = saved["labels"]
        corpus_map.fit_saved(X, layouts[corpus_map.layout], labels, corpus_map.layout)
        corpus_map.layouts_.update(layouts)
        path.touch()
        return corpus_map
    except (OSError, KeyError, ValueError):
        pass
    corpus_map.fit(X, progress)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as tmp, open(tmp, "wb") as f:
        np.savez(f, labels=corpus_map.labels_,
                 **{f"layout_{name}": xy for name, xy in corpus_map.layouts_.items()})
    old = sorted(path.parent.glob("map-*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)[MAPS_KEPT:]
    for stale in old:
        stale.unlink(missing_ok=True)
    return corpus_map
