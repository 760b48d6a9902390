"""Let numba's compiler use 512-bit vectors on CPUs that have AVX-512.

LLVM tunes Intel server CPUs to prefer 256-bit vectors ("prefer-256-bit"), so numba code never uses
the wider registers the CPU has. The SampleRNN generator's int8 matrix loops are bound by vector
width: with 512-bit vectors it runs 8-10% faster on an Intel Xeon (Sapphire Rapids class; see
bench/RESULTS.md). This must happen before numba is imported (it reads NUMBA_CPU_FEATURES once), so
the package does it on import. A NUMBA_CPU_FEATURES you set yourself is left alone.
"""
import os
import sys


def prefer_512_bit_vectors() -> bool:
    """Set NUMBA_CPU_FEATURES to the host's features plus -prefer-256-bit when the CPU has AVX-512
    and nothing has decided yet; returns whether it did. Child processes inherit it."""
    if "NUMBA_CPU_FEATURES" in os.environ or "numba" in sys.modules or not sys.platform.startswith("linux"):
        return False
    try:
        with open("/proc/cpuinfo") as f:
            has_avx512 = any(line.startswith("flags") and " avx512f" in line for line in f)
    except OSError:
        return False
    if not has_avx512:
        return False
    try:
        import llvmlite.binding as llvm
        features = llvm.get_host_cpu_features().flatten()
    except Exception:      # an llvmlite that cannot tell: keep numba's defaults
        return False
    os.environ["NUMBA_CPU_FEATURES"] = features + ",-prefer-256-bit"
    return True
