"""DOME's workflow at scale: ten hours of audio in 1 s slices (36,000 points), mapped cold.

    .venv/bin/python bench/corpus_scale.py [--hours 10] [--slice 1] [--dask local:2] [--no-pd]

The audio is made by the bench itself in a temporary folder (deleted afterwards) from real
recordings: Debian's hydrogen-drumkits and the repository's example WAVs, cut into hits, varied
(pitch by resampling 0.6-1.6x, gain -24..0 dB, one in five reversed) and scattered at 2-6 hits a
second over ten-minute files at 22.05 kHz. Nothing of it is stored in the repository.

Reported, with the CPU: generating the audio (not part of the target); the cold analysis
(describe every slice, PCA, k-means, t-SNE) and its parts; the same descriptors on Dask local:2
(equal to in-process?); re-analysis from the cache; openTSNE against scikit-learn's Barnes-Hut
t-SNE on the same features: on a 6,000-point subsample (both), and on all points with scikit-learn
in a child process capped at --sklearn-cap seconds (said so when it runs past); how well each keeps
neighbours (share of each point's 10 nearest neighbours in descriptor
space that are among its 10 nearest on the map); nearest-point queries; a /cancel during the
layout; and the whole map sent to a real Pd patch ([netreceive -u -b] + [oscparse]) at the
server's pacing, counting what arrived.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import soundfile as sf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import cpu_name  # noqa: E402

from oscserver.corpus import audio  # noqa: E402
from oscserver.corpus.analysis import analyze_folder  # noqa: E402
from oscserver.corpus.mapping import TSNE_FFT_FROM, CorpusMap, _unit_square, open_tsne  # noqa: E402
from oscserver.paths import EXAMPLES_DIR  # noqa: E402

DRUMKITS = Path("/usr/share/hydrogen/data/drumkits")
RATE = 22050
FILE_MINUTES = 10


def hit_bank(rng, n_variants: int = 400) -> list[np.ndarray]:
    """Short real sounds, varied: kit samples (first 0.8 s) and 0.5 s pieces of the example WAVs."""
    sources = []
    kit_files = audio.find_sounds(DRUMKITS) if DRUMKITS.is_dir() else []
    for path in kit_files[::3]:
        try:
            sources.append(audio.read_mono(path, 0.8, sample_rate=RATE)[0])
        except ValueError:
            continue
    for path in audio.find_sounds(EXAMPLES_DIR):
        try:
            signal = audio.read_mono(path, 60, sample_rate=RATE)[0]
        except ValueError:
            continue
        piece = RATE // 2
        sources += [signal[a:a + piece] for a in range(0, len(signal) - piece, piece)][:80]
    if not sources:
        raise SystemExit("no source sounds: install Debian's hydrogen-drumkits")
    bank = []
    for _ in range(n_variants):
        x = sources[rng.integers(len(sources))]
        ratio = rng.uniform(0.6, 1.6)                                     # pitch (and length) by resampling
        grid = np.arange(0, len(x) - 1, ratio)
        y = np.interp(grid, np.arange(len(x)), x).astype(np.float32)
        y *= 10 ** (rng.uniform(-24, 0) / 20) / max(1e-6, float(np.abs(y).max()))
        bank.append(y[::-1].copy() if rng.random() < 0.2 else y)
    return bank


def make_audio(folder: Path, hours: float, seed: int = 0) -> int:
    rng = np.random.default_rng(seed)
    bank = hit_bank(rng)
    n_files = max(1, int(round(hours * 60 / FILE_MINUTES)))
    length = int(hours * 3600 * RATE / n_files)
    for f in range(n_files):
        take = np.zeros(length + RATE, np.float32)
        t = 0
        while t < length:
            hit = bank[rng.integers(len(bank))]
            take[t:t + len(hit)] += hit[: len(take) - t]
            t += int(RATE / rng.uniform(2, 6))
        take = take[:length]
        take /= max(1.0, float(np.abs(take).max()))
        sf.write(folder / f"take-{f:03d}.wav", take, RATE, subtype="PCM_16")
    return n_files


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def neighbours_kept(F, xy, k: int = 10, n_probe: int = 3000, seed: int = 0) -> float:
    """Share of each probed point's k nearest neighbours in F that are among its k nearest on the map."""
    from scipy.spatial import cKDTree

    probe = np.random.default_rng(seed).choice(len(F), min(n_probe, len(F)), replace=False)
    _, high = cKDTree(F).query(F[probe], k + 1)
    _, low = cKDTree(xy).query(xy[probe], k + 1)
    return float(np.mean([len(set(a[1:]) & set(b[1:])) / k for a, b in zip(high, low)]))


def sklearn_tsne(F, random_state=0):
    from sklearn.manifold import TSNE
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):      # as the server runs it (its default threads spin on 2 cores)
        return _unit_square(TSNE(2, perplexity=20, init="pca", max_iter=500,
                                 random_state=random_state).fit_transform(F))


def pd_receives(analysis, corpus_map, port: int) -> tuple[int, float] | None:
    """Send every point to a headless Pd at the server's pacing; (points Pd counted, send seconds)."""
    from oscserver.corpus.osc import CorpusInstrument
    from oscserver.server import oscmsg

    if not any((Path(d) / "pd").exists() for d in os.environ.get("PATH", "").split(":")):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        patch = Path(tmp) / "count.pd"
        patch.write_text(
            "#N canvas 0 0 450 300 12;\n"
            f"#X obj 10 10 netreceive -u -b {port};\n"       # 0
            "#X obj 10 40 oscparse;\n"                       # 1
            "#X obj 10 70 t b a;\n"                          # 2
            "#X obj 10 100 f;\n"                             # 3
            "#X obj 60 100 + 1;\n"                           # 4
            "#X obj 150 100 route corpus;\n"                 # 5
            "#X obj 150 130 route done;\n"                   # 6
            "#X obj 150 160 f;\n"                            # 7
            "#X obj 150 190 print received;\n"               # 8
            "#X obj 250 160 del 200;\n"                      # 9
            "#X msg 250 190 \\; pd quit;\n"                  # 10
            "#X obj 10 55 list trim;\n"                     # 11
            "#X connect 0 0 1 0;\n#X connect 1 0 11 0;\n#X connect 11 0 2 0;\n#X connect 2 0 3 0;\n#X connect 3 0 4 0;\n"
            "#X connect 4 0 3 1;\n#X connect 4 0 7 1;\n#X connect 2 1 5 0;\n#X connect 5 0 6 0;\n"
            "#X connect 6 0 7 0;\n#X connect 7 0 8 0;\n#X connect 6 0 9 0;\n#X connect 9 0 10 0;\n")
        pd = subprocess.Popen(["pd", "-nogui", "-nosound", "-nomidi", "-open", str(patch)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        time.sleep(2.0)
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        target = ("127.0.0.1", port)

        def reply(address, *values):
            sock.sendto(oscmsg.build(address, values), target)

        start = time.perf_counter()
        CorpusInstrument._send_points(reply, analysis, corpus_map)
        seconds = time.perf_counter() - start
        time.sleep(0.5)
        reply("/corpus/done", len(analysis), corpus_map.n_clusters_)
        try:
            out, _ = pd.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            pd.kill()
            out, _ = pd.communicate()
        got = [line for line in out.splitlines() if line.startswith("received")]
        return (int(float(got[-1].split()[-1])) if got else 0), seconds


def _sklearn_child(F, queue):
    start = time.perf_counter()
    xy = sklearn_tsne(F)
    queue.put((time.perf_counter() - start, xy))


def sklearn_capped(F, cap_s: float):
    """(seconds, xy) of scikit-learn's t-SNE on all of F in a child process, or (None, None) past cap_s."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_sklearn_child, args=(F, queue))
    child.start()
    try:
        return queue.get(timeout=cap_s)
    except Exception:  # noqa: BLE001 - queue.Empty: past the cap
        return None, None
    finally:
        child.terminate()
        child.join()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=float, default=10.0)
    ap.add_argument("--slice", type=float, default=1.0)
    ap.add_argument("--dask", default="local:2", help="'' to skip the Dask run")
    ap.add_argument("--sklearn-points", type=int, default=6000, help="scikit-learn's subsample")
    ap.add_argument("--sklearn-cap", type=float, default=300.0,
                    help="seconds scikit-learn may take on all points (0 = skip that run)")
    ap.add_argument("--no-pd", action="store_true")
    a = ap.parse_args()
    print(f"CPU: {cpu_name()}; load {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp) / "audio", Path(tmp) / "cache"
        folder.mkdir()
        n_files, t = timed(lambda: make_audio(folder, a.hours))
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e9
        print(f"made {a.hours:g} h of audio in {n_files} files ({size:.2f} GB) in {t:.1f} s (not timed below)")
        for p in folder.iterdir():                       # page cache: the disk is not what is measured
            p.read_bytes()

        start = time.perf_counter()
        analysis, t_describe = timed(lambda: analyze_folder(folder, slice_seconds=a.slice, cache_dir=cache))
        corpus_map = CorpusMap(n_clusters=8)
        corpus_map._fit_features(analysis.descriptors)
        t_features = time.perf_counter() - start - t_describe
        corpus_map.layouts_ = {}
        _, t_layout = timed(lambda: corpus_map.set_layout("tsne"))
        cold = time.perf_counter() - start
        n = len(analysis)
        print(f"cold analysis of {n} slices of {a.slice:g} s: {cold:.1f} s (target 180 s) = describe "
              f"{t_describe:.1f} s + PCA/k-means {t_features:.1f} s + openTSNE layout {t_layout:.1f} s "
              f"(target 60 s); load {os.getloadavg()[0]:.2f}")

        again, t_again = timed(lambda: analyze_folder(folder, slice_seconds=a.slice, cache_dir=cache))
        print(f"re-analysis from the descriptor cache: {t_again:.2f} s, same rows: "
              f"{np.array_equal(again.descriptors, analysis.descriptors)}")
        if a.dask:
            from oscserver.corpus.cluster import DaskCluster

            (on_dask, t_dask) = (None, 0.0)
            with DaskCluster(a.dask) as cluster:
                on_dask, t_dask = timed(lambda: analyze_folder(folder, slice_seconds=a.slice, dask=cluster))
            print(f"describe on Dask {a.dask} (cold, no cache): {t_dask:.1f} s ({t_describe / t_dask:.2f}x "
                  f"in-process threads); descriptors equal to in-process: "
                  f"{np.array_equal(on_dask.descriptors, analysis.descriptors)}")

        F = corpus_map.features_
        ours_q = neighbours_kept(F, corpus_map.embedding_)
        sub = np.sort(np.random.default_rng(0).choice(n, min(a.sklearn_points, n), replace=False))
        sk_xy, t_sk = timed(lambda: sklearn_tsne(F[sub]))
        ot_xy, t_ot = timed(lambda: _unit_square(open_tsne(F[sub], perplexity=20, iterations=500, random_state=0)))
        method = "FFT" if len(sub) >= TSNE_FFT_FROM else "Barnes-Hut"
        print(f"t-SNE on the same {len(sub)}-point subsample: scikit-learn (Barnes-Hut, 1 thread) {t_sk:.1f} s, "
              f"openTSNE ({method}, 2 threads) {t_ot:.1f} s: {t_sk / t_ot:.1f}x faster; 10-NN kept: scikit-learn "
              f"{neighbours_kept(F[sub], sk_xy):.3f}, openTSNE {neighbours_kept(F[sub], ot_xy):.3f}")
        print(f"openTSNE (FFT) on all {n} points: {t_layout:.1f} s, 10-NN kept {ours_q:.3f}")
        if a.sklearn_cap > 0:
            t_full, sk_full = sklearn_capped(F, a.sklearn_cap)
            if t_full is None:
                print(f"scikit-learn on all {n} points: not done within the {a.sklearn_cap:.0f} s cap "
                      f"(> {a.sklearn_cap / t_layout:.1f}x openTSNE)")
            else:
                print(f"scikit-learn on all {n} points: {t_full:.1f} s = {t_full / t_layout:.1f}x openTSNE's time; "
                      f"10-NN kept {neighbours_kept(F, sk_full):.3f}")

        queries = np.random.default_rng(1).random((20000, 2))
        _, t_q = timed(lambda: [corpus_map.nearest(x, y, 1) for x, y in queries])
        _, t_q10 = timed(lambda: [corpus_map.nearest(x, y, 10) for x, y in queries[:5000]])
        print(f"nearest query on {n} points: {t_q / len(queries) * 1e6:.1f} us (k=1), "
              f"{t_q10 / 5000 * 1e6:.1f} us (k=10) (target 100 us)")

        flag, flag_time = threading.Event(), [0.0]

        class Stop(Exception):
            pass

        def progress(fraction, text):
            if flag.is_set():
                raise Stop

        timer = threading.Timer(3.0, lambda: (flag_time.__setitem__(0, time.perf_counter()), flag.set()))
        timer.start()
        try:
            open_tsne(F, perplexity=20, iterations=500, random_state=0, progress=progress)
            print("cancel: the layout finished before the flag was set")
        except Stop:
            print(f"cancel 3 s into the layout: stopped {(time.perf_counter() - flag_time[0]) * 1e3:.0f} ms "
                  "after the flag was set (target 1000 ms)")

        if not a.no_pd:
            got = pd_receives(analysis, corpus_map, 9777)
            if got is None:
                print("Pd not installed: the send to a patch was not measured")
            else:
                print(f"all {n} points sent to a headless Pd patch at the server's pacing in {got[1]:.2f} s: "
                      f"Pd counted {got[0]} ({n - got[0]} lost)")
    print(f"load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
