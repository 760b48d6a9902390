"""SampleRNN generation speed: reference (per-sample PyTorch) vs fast (numba) on the same weights.

    .venv/bin/python bench/samplernn.py [MODEL.pt] [--seconds 3]

One thread for both, in one process, so the ratio holds on a loaded machine. Reports samples/s
and the real-time factor (RTF = seconds of audio per second) at the model's rate, by wall clock
and by this thread's CPU time (what one free core would give)."""
import argparse
import os
import time

import numpy as np
import torch

from common import cpu_name
from oscserver.paths import MODELS_DIR
from oscserver.samplernn.fast import FastGenerator
from oscserver.samplernn.model import load


def timed(fn):
    w, c = time.perf_counter(), time.thread_time()
    out = fn()
    return out, time.perf_counter() - w, time.thread_time() - c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model", nargs="?", default=str(MODELS_DIR / "samplernn" / "chorales.pt"))
    ap.add_argument("--seconds", type=float, default=3.0, help="audio the fast generator makes")
    ap.add_argument("--reference-seconds", type=float, default=0.5)
    a = ap.parse_args()
    torch.set_num_threads(1)
    os.environ.setdefault("NUMBA_NUM_THREADS", "1")
    model = load(a.model)
    c = model.config
    sr = c.sample_rate
    print(f"model {a.model}: {len(c.frame_sizes) + 1} tiers {c.frame_sizes}, {c.rnn} {c.dim}, "
          f"MLP {c.mlp_dim}, {sr} Hz{', beat clock' if c.clock else ''}; CPU {cpu_name()}; "
          f"load {os.getloadavg()[0]:.2f}")
    gen = FastGenerator(model)
    # both continue the same 256 samples of the model's seed excerpt (sound, not silence)
    prime = None if model.seed_levels is None else model.seed_levels[-256:]
    if prime is not None:
        gen.prime(prime)                             # compile the priming path too (a cold numba
    gen.generate(2 * c.frame_sizes[-1], seed=0)      # cache would otherwise time a compile)
    gen.reset()
    n_ref, n_fast = int(a.reference_seconds * sr), int(a.seconds * sr)

    def fast():
        if prime is not None:
            gen.prime(prime)
        return gen.generate(n_fast, 1.0, seed=1)

    rows = {}
    for name, fn, n in [("reference", lambda: model.generate(n_ref, 1.0, prime=prime, seed=1), n_ref),
                        ("fast", fast, n_fast)]:
        _, wall, cpu = timed(fn)
        rows[name] = (n / wall, n / cpu)
        print(f"{name:<10} {n:>7} samples  {n / wall:>9.0f} samples/s wall (RTF {n / wall / sr:6.2f})"
              f"  {n / cpu:>9.0f} samples/s cpu (RTF {n / cpu / sr:6.2f})")
    print(f"fast / reference: {rows['fast'][0] / rows['reference'][0]:.1f}x wall, "
          f"{rows['fast'][1] / rows['reference'][1]:.1f}x cpu; load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
