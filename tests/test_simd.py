"""oscserver lets numba use 512-bit vectors on AVX-512 CPUs, and only then, and never overrides a
NUMBA_CPU_FEATURES the user set."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = "import oscserver, os, numba.core.config as c; print(os.environ.get('NUMBA_CPU_FEATURES', '')); print(c.CPU_FEATURES)"


def run_probe(env):
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def has_avx512():
    text = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    return any(line.startswith("flags") and " avx512f" in line for line in text.splitlines())


def test_avx512_cpus_get_wide_vectors_and_others_numbas_defaults():
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CPU_FEATURES"}
    ours, numba_sees = run_probe(env)
    if has_avx512():
        assert ours.endswith(",-prefer-256-bit") and "+avx512f" in ours, ours
        assert numba_sees == ours       # numba read it: it was set before numba was imported
    else:
        assert ours == "" and numba_sees == "None", (ours, numba_sees)


def test_a_users_own_setting_is_kept():
    env = dict(os.environ, NUMBA_CPU_FEATURES="+sse2")
    assert run_probe(env) == ["+sse2", "+sse2"]


@pytest.mark.skipif(not has_avx512(), reason="this CPU has no AVX-512")
def test_the_generator_gives_the_same_samples_either_way():
    """Vector width changes the order of float sums, not what the generator plays: with the same seed
    both play the same levels (a last-bit difference can flip one level, after which the two streams
    part ways, so they must agree for the first 1000 samples at least)."""
    script = ("import numpy as np; from oscserver.samplernn.model import load; from oscserver.paths import MODELS_DIR;"
              "from oscserver.samplernn.fast import FastGenerator; m = load(MODELS_DIR / 'samplernn' / 'chorales.pt');"
              "g = FastGenerator(m); g.prime(m.seed_levels); print(' '.join(map(str, g.generate(16000, 1.0, seed=3))))")
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CPU_FEATURES"}
    wide = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
    narrow_env = dict(env, NUMBA_CPU_FEATURES=run_probe(env)[0].replace(",-prefer-256-bit", ""))
    narrow = subprocess.run([sys.executable, "-c", script], env=narrow_env, capture_output=True, text=True,
                            check=True).stdout
    a, b = wide.split(), narrow.split()
    assert len(a) == len(b) == 16000
    first_difference = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    assert first_difference > 1000, first_difference
