"""NMF benchmark: the oscserver core against scikit-learn on the same matrix, side by side.

    .venv/bin/python bench/nmf.py [--seconds 60] [--iterations 200] [--kit pacific]

1. Decomposition: a 60 s, 44.1 kHz drum loop mixed from hydrogen-drumkits (true kick/snare/hat
   stems known), magnitude STFT (window 1024, hop 512: a 5168 x 513 float32 matrix), rank 3,
   200 KL multiplicative-update iterations from the same random start, for
   - oscserver.nmf.NMF (fused numba pass; 1 thread and its default 2 threads)
   - sklearn.decomposition.NMF(beta_loss="kullback-leibler", solver="mu", init="custom", tol=0) on the
     same float32 matrix (with its default BLAS threads, and with one), and on a float64 copy (what it
     runs on for float64 input).
   Both final models are scored with the same KL divergence function and the same resynthesis
   (ratio masks, inverse STFT): mean SDR of each stem against its best-matching component.
2. Live match: time per analysis frame of oscserver.nmf.match.Matcher (FFT + 10 KL updates against
   fixed bases) against sklearn's non_negative_factorization on one frame (fixed bases, 10 updates),
   and of the live separation (oscserver.nmf.filter.Separator: the match, masks and inverse FFTs).
3. Initialisation: the whole decomposition (oscserver.nmf.decompose) from NNDSVD, NNDSVDa
   (Boutsidis & Gallopoulos; zeros filled with the mean), NNDSVDa as the first of 4 trials, and the
   best of 4 random starts (the default): final KL divergence and SDR of each true stem against its
   best-matching component, side by side, on the long loop and on --init-loops short loops
   (3 kits x seeds).
"""

import argparse
import os
import warnings
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import cpu_name  # noqa: E402
from oscserver.nmf.decompose import decompose, resynthesise  # noqa: E402
from oscserver.nmf.filter import Separator  # noqa: E402
from oscserver.nmf.drumloop import mix_loop  # noqa: E402
from oscserver.nmf.match import Matcher, blocks_of  # noqa: E402
from oscserver.nmf.nmf import NMF, beta_divergence  # noqa: E402
from oscserver.nmf.stft import STFTConfig, stft  # noqa: E402


def sdr(ref, est):
    return 10 * np.log10(np.sum(ref ** 2) / np.sum((ref - est) ** 2))


def mean_best_sdr(stems, parts):
    return float(np.mean([max(sdr(s, p) for p in parts) for s in stems.values()]))


CPU = {}   # contender -> CPU seconds (all threads) of its best run: steadier than wall time under load


def timed(fn, repeats=1, name=None):
    best = float("inf")
    for _ in range(repeats):
        c0, t0 = time.process_time(), time.perf_counter()
        out = fn()
        wall = time.perf_counter() - t0
        if wall < best:
            best = wall
            if name:
                CPU[name] = time.process_time() - c0
    return best, out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--kit", default="pacific")
    ap.add_argument("--repeats", type=int, default=2, help="best of N timings for each contender")
    ap.add_argument("--init-loops", type=int, default=6, help="seeds per kit of 4 s loops for the init comparison")
    ap.add_argument("--only-init", action="store_true", help="run only the initialisation comparison")
    args = ap.parse_args()
    from sklearn.decomposition import NMF as SKNMF, non_negative_factorization

    print(f"CPU: {cpu_name()}; load average {os.getloadavg()[0]:.2f}")
    if args.only_init:
        compare_inits(args)
        return
    mix, stems = mix_loop(args.seconds, kit=args.kit, seed=0)
    cfg = STFTConfig()
    spec = stft(mix, cfg)
    X = np.abs(spec)                                       # (T, F) float32
    K, n = 3, args.iterations
    print(f"{args.seconds:g} s {args.kit} loop: X {X.shape} {X.dtype}, rank {K}, {n} iterations")
    start = NMF(K, seed=0)
    W0, H0 = start._initial(start._check_X(X), 0)          # one random start shared by everyone

    def ours(threads):
        m = NMF(K, iterations=n, bases_mode="seed", bases=W0, activations_mode="seed", activations=H0,
                threads=threads)
        return m.fit(X)
    ours(1), ours(2)                                        # compile / warm caches outside the timing
    results = {}
    for threads in (1, 2):
        name = f"oscserver ({threads} thread{'s' if threads > 1 else ''})"
        t, m = timed(lambda: ours(threads), args.repeats, name)
        results[name] = (t, m.bases_, m.activations_)

    def sk(dtype):
        # sklearn's X is (samples, features) = (frames, bins): its W is our activations, its H our bases
        m = SKNMF(K, init="custom", beta_loss="kullback-leibler", solver="mu", max_iter=n, tol=0)
        acts = m.fit_transform(X.astype(dtype), W=H0.astype(dtype), H=W0.astype(dtype))
        assert m.n_iter_ == n
        return m.components_, acts
    from threadpoolctl import threadpool_limits
    for dtype in (np.float32, np.float64):
        name = f"sklearn mu ({np.dtype(dtype).name})"
        t, (W, H) = timed(lambda: sk(dtype), args.repeats, name)
        results[name] = (t, W, H)
    with threadpool_limits(1):      # BLAS threads spin when the CPUs are oversubscribed: try without
        name = "sklearn mu (float32, 1 BLAS thread)"
        t, (W, H) = timed(lambda: sk(np.float32), args.repeats, name)
        results[name] = (t, W, H)

    base = results["sklearn mu (float32)"][0]
    lean = results["sklearn mu (float32, 1 BLAS thread)"][0]
    lean_cpu = CPU["sklearn mu (float32, 1 BLAS thread)"]
    print(f"{'':36s} {'wall s':>7s} {'CPU s':>7s} {'vs sk32':>8s} {'vs sk32/1':>9s} {'CPU vs sk32/1':>13s} "
          f"{'KL divergence':>14s} {'mean SDR dB':>11s}")
    for name, (t, W, H) in results.items():
        div = beta_divergence(X, H, W, 1.0)
        parts = resynthesise(spec, np.asarray(W, np.float32), np.asarray(H, np.float32), cfg, len(mix))
        print(f"{name:36s} {t:7.3f} {CPU[name]:7.3f} {base / t:7.2f}x {lean / t:8.2f}x {lean_cpu / CPU[name]:12.2f}x "
              f"{div:14.2f} {mean_best_sdr(stems, parts):11.2f}")

    # -- live match -----------------------------------------------------------------------------
    W = results["oscserver (2 threads)"][1]
    peaks = results["oscserver (2 threads)"][2].max(axis=0)
    matcher = Matcher(W, cfg, peaks=peaks, iterations=10)
    matcher.push(mix[: 44100])
    matcher.reset()
    t_live, env = timed(lambda: [matcher.push(b) for b in blocks_of(mix, cfg.hop)])
    frames = sum(len(e) for e in env)
    window = mix[44100:44100 + cfg.window]
    t_win, _ = timed(lambda: [matcher.match_window(window) for _ in range(2000)])
    frames_sk = 200
    win = cfg.analysis_window()

    def sk_frames():
        for j in range(frames_sk):
            v = np.abs(np.fft.rfft(mix[j * cfg.hop:j * cfg.hop + cfg.window] * win))[None, :]
            non_negative_factorization(v.astype(np.float32), H=W, n_components=K, update_H=False,
                                       solver="mu", beta_loss="kullback-leibler", max_iter=10, tol=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")      # max_iter=10 "did not converge": that is the point
        t_sk, _ = timed(sk_frames)
    per_ours, per_win, per_sk = t_live / frames * 1e3, t_win / 2000 * 1e3, t_sk / frames_sk * 1e3
    print(f"live match, {frames} frames: oscserver {per_ours:.4f} ms/frame (push, incl. buffering), "
          f"{per_win:.4f} ms/frame (one window); sklearn {per_sk:.4f} ms/frame; ratio {per_sk / per_ours:.1f}x; "
          f"budget 0.5 ms -> {'OK' if per_ours < 0.5 else 'OVER'}")
    separator = Separator(W, cfg)
    separator.warm_up()
    t_sep, _ = timed(lambda: [separator.push(b) for b in blocks_of(mix, cfg.hop)])
    per_sep = t_sep / (len(mix) // separator.hop) * 1e3
    print(f"live separation, {K} components: {per_sep:.4f} ms per {separator.hop}-sample hop "
          f"(budget {separator.hop / 44.1:.1f} ms of audio) -> {'OK' if per_sep < 0.5 else 'OVER'}")
    compare_inits(args)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


INITS = {                       # name -> decompose() settings
    "random, best of 4 (default)": dict(init="random", restarts=4),
    "nndsvd": dict(init="nndsvd", restarts=1),
    "nndsvda": dict(init="nndsvda", restarts=1),
    "nndsvda + 3 random trials": dict(init="nndsvda", restarts=4),
}


def stem_sdrs(stems, parts):
    return {name: max(sdr(s, p) for p in parts) for name, s in stems.items()}


def compare_inits(args):
    print(f"\ninitialisation: {args.seconds:g} s {args.kit} loop, 3 components, {args.iterations} iterations")
    mix, stems = mix_loop(args.seconds, kit=args.kit, seed=0)
    print(f"{'':30s} {'wall s':>7s} {'KL divergence':>14s} {'kick':>6s} {'snare':>6s} {'hat':>6s} {'mean SDR dB':>11s}")
    for name, kw in INITS.items():
        t, d = timed(lambda: decompose(mix, 44100, 3, iterations=args.iterations, seed=0, **kw))
        s = stem_sdrs(stems, d.components)
        print(f"{name:30s} {t:7.2f} {d.divergence:14.1f} {s['kick']:6.1f} {s['snare']:6.1f} {s['hat']:6.1f} "
              f"{np.mean(list(s.values())):11.2f}")
    kits = ("pacific", "millo", "colombo")
    print(f"\n{len(kits) * args.init_loops} loops of 4 s ({', '.join(kits)} x seeds 0..{args.init_loops - 1}), "
          "3 components, 100 iterations")
    rows = {name: [] for name in INITS}
    for kit in kits:
        for seed in range(args.init_loops):
            mix, stems = mix_loop(4.0, kit=kit, seed=seed)
            for name, kw in INITS.items():
                d = decompose(mix, 44100, 3, iterations=100, seed=0, **kw)
                s = list(stem_sdrs(stems, d.components).values())
                rows[name].append((d.divergence, np.mean(s), min(s)))
    print(f"{'':30s} {'mean KL div':>11s} {'mean SDR dB':>11s} {'worst loop':>10s} {'worst stem':>10s} "
          f"{'best-or-tied loops':>18s}")
    best = np.max([[r[1] for r in v] for v in rows.values()], axis=0)
    for name, r in rows.items():
        r = np.array(r)
        print(f"{name:30s} {r[:, 0].mean():11.1f} {r[:, 1].mean():11.2f} {r[:, 1].min():10.2f} {r[:, 2].min():10.2f} "
              f"{int(np.sum(r[:, 1] >= best - 0.05)):>18d}")


if __name__ == "__main__":
    main()
