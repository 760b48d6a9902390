"""Corpus map of a whole folder: oscserver vs the plain librosa + scikit-learn pipeline.

    .venv/bin/python bench/corpus.py [FOLDER] [--repeats 1]

Both run in this process on the same files (read once beforehand, so neither pays for a cold
disk). The baseline is what a corpus tutorial does: librosa.load at 22050 Hz, 13 MFCCs, their
mean and standard deviation, StandardScaler, PCA to 10, t-SNE to 2. Reported: wall time of each,
their ratio, re-analysis with nothing changed, nearest-sound query time, and on Debian's
hydrogen-drumkits the share of each labelled sound's 5 nearest map neighbours of the same kind.
The machine's load average is printed before and after: other work on it slows both alike.
"""
import argparse
import os
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

from oscserver.corpus import audio, make_map
from oscserver.corpus.labels import drum_label, neighbour_agreement

DRUMKITS = "/usr/share/hydrogen/data/drumkits"


def baseline_map(paths):
    """The plain pipeline: (xy, paths kept)."""
    import librosa
    from sklearn.decomposition import PCA
    from sklearn.manifold import TSNE
    from sklearn.preprocessing import StandardScaler

    rows, kept = [], []
    for path in paths:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                y, sr = librosa.load(path, sr=22050, mono=True)
                mfcc = librosa.feature.mfcc(y=y, sr=sr, n_mfcc=13)
        except Exception:  # noqa: BLE001 - the baseline skips what it cannot read, too
            continue
        rows.append(np.r_[mfcc.mean(axis=1), mfcc.std(axis=1)])
        kept.append(str(path))
    X = StandardScaler().fit_transform(np.array(rows))
    Z = PCA(10, random_state=0).fit_transform(X)
    return TSNE(2, random_state=0).fit_transform(Z), kept


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default=DRUMKITS)
    ap.add_argument("--repeats", type=int, default=1, help="cold runs of each (the best is reported)")
    a = ap.parse_args()
    paths = audio.find_sounds(a.folder)
    for path in paths:                                # page cache: neither side pays for the disk
        Path(path).read_bytes()
    print(f"{len(paths)} sound files under {a.folder}; {os.cpu_count()} cores; "
          f"load {os.getloadavg()[0]:.2f}")

    base_times, ours_times = [], []
    for _ in range(a.repeats):
        (base_xy, base_paths), t = timed(lambda: baseline_map(paths))
        base_times.append(t)
        with tempfile.TemporaryDirectory() as cache:
            (result, corpus_map), t = timed(lambda: make_map(a.folder, cache_dir=cache))
            ours_times.append(t)
            _, again = timed(lambda: make_map(a.folder, cache_dir=cache))
            (Path(cache) / "files.json").unlink()     # as if every file were touched: hash them all
            _, rehash = timed(lambda: make_map(a.folder, cache_dir=cache))
    base_t, ours_t = min(base_times), min(ours_times)
    print(f"baseline (librosa MFCC + sklearn PCA/t-SNE): {base_t:6.2f} s for {len(base_paths)} sounds")
    print(f"oscserver cold (descriptors, PCA, k-means, t-SNE): {ours_t:6.2f} s for {len(result)} sounds "
          f"({len(result.skipped)} skipped)")
    print(f"oscserver / baseline speed: {base_t / ours_t:.1f}x faster")
    print(f"re-analysis, nothing changed: {again * 1000:6.0f} ms; "
          f"every file touched (content re-hashed): {rehash * 1000:6.0f} ms")

    rng = np.random.default_rng(0)
    queries = rng.random((20000, 2))
    start = time.perf_counter()
    for x, y in queries:
        corpus_map.nearest(x, y, 1)
    one = (time.perf_counter() - start) / len(queries)
    start = time.perf_counter()
    for x, y in queries[:5000]:
        corpus_map.nearest(x, y, 10)
    ten = (time.perf_counter() - start) / 5000
    print(f"nearest query: {one * 1e6:.0f} us (k=1), {ten * 1e6:.0f} us (k=10)")

    labels = [drum_label(p) for p in result.paths]
    n_labelled = sum(lab is not None for lab in labels)
    if n_labelled > 10:
        ours = neighbour_agreement(corpus_map.embedding_, labels)
        base = neighbour_agreement(base_xy, [drum_label(p) for p in base_paths])
        by_layout = {name: neighbour_agreement(corpus_map.set_layout(name), labels) for name in ("pca", "grid")}
        print(f"5-NN same-label share on {n_labelled} labelled sounds: oscserver t-SNE {ours:.3f}, "
              f"grid {by_layout['grid']:.3f}, pca {by_layout['pca']:.3f}; baseline {base:.3f}")
    print(f"load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
