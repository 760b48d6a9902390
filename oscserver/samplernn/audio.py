"""Audio in and out of SampleRNN: reading any file soundfile reads, resampling, normalising and
8-bit quantisation (mu-law or linear). Pure numpy; knows nothing of models or OSC."""
from pathlib import Path

import numpy as np

from oscserver.audio import SOUND_EXTENSIONS, find_sounds, read_mono

AUDIO_SUFFIXES = set(SOUND_EXTENSIONS)
MU = 255.0


def mu_law_encode(x: np.ndarray, q_levels: int = 256) -> np.ndarray:
    """Amplitude in [-1, 1] -> level in 0..q_levels-1 (mu-law companding, then uniform bins)."""
    x = np.clip(np.asarray(x, dtype=np.float64), -1.0, 1.0)
    y = np.sign(x) * np.log1p(MU * np.abs(x)) / np.log1p(MU)       # companded, in [-1, 1]
    return linear_encode(y, q_levels)


def mu_law_decode(q: np.ndarray, q_levels: int = 256) -> np.ndarray:
    y = linear_decode(q, q_levels)
    return (np.sign(y) * np.expm1(np.abs(y) * np.log1p(MU)) / MU).astype(np.float32)


def linear_encode(x: np.ndarray, q_levels: int = 256) -> np.ndarray:
    """Amplitude in [-1, 1] -> level: q_levels uniform bins whose centres are level_values()."""
    x = np.clip(np.asarray(x, dtype=np.float64), -1.0, 1.0)
    return np.rint((x + 1.0) * 0.5 * (q_levels - 1)).astype(np.int64)


def linear_decode(q: np.ndarray, q_levels: int = 256) -> np.ndarray:
    return (np.asarray(q, dtype=np.float64) * (2.0 / (q_levels - 1)) - 1.0).astype(np.float32)


def level_values(q_levels: int) -> np.ndarray:
    """The value of each level in the quantised (companded) domain, -1..1: what the networks see."""
    return np.linspace(-1.0, 1.0, q_levels, dtype=np.float32)


def encode(x: np.ndarray, quantization: str, q_levels: int) -> np.ndarray:
    return mu_law_encode(x, q_levels) if quantization == "mu-law" else linear_encode(x, q_levels)


def decode(q: np.ndarray, quantization: str, q_levels: int) -> np.ndarray:
    return mu_law_decode(q, q_levels) if quantization == "mu-law" else linear_decode(q, q_levels)


def level_edges(quantization: str, q_levels: int) -> np.ndarray:
    """Amplitude bounds of every level, shape (q_levels + 1,): level k covers [edges[k], edges[k+1])."""
    mids = (np.arange(q_levels + 1) - 0.5) * (2.0 / (q_levels - 1)) - 1.0   # companded bin bounds
    mids = np.clip(mids, -1.0, 1.0)
    if quantization == "mu-law":
        mids = np.sign(mids) * np.expm1(np.abs(mids) * np.log1p(MU)) / MU
    mids[0], mids[-1] = -np.inf, np.inf                                      # clipping: ends are open
    return mids


def normalise(x: np.ndarray, peak: float = 0.95) -> np.ndarray:
    """Remove the DC offset, then scale so the largest |sample| is `peak`.

    Per-file min-max scaling to [-1, 1] shifts silence away from zero whenever the waveform is not
    symmetric (a DC fault the model then has to learn); scaling around the mean keeps silence at 0."""
    x = np.asarray(x, dtype=np.float64)
    x = x - x.mean()
    top = np.abs(x).max() if x.size else 0.0
    return (x * (peak / top) if top > 1e-9 else x).astype(np.float32)


def load(path, sample_rate: int) -> np.ndarray:
    """Any sound file -> mono float32 at `sample_rate`, normalised; ValueError if unreadable."""
    return normalise(read_mono(path, sample_rate=sample_rate)[0])


def audio_files(folder) -> list[Path]:
    return find_sounds(folder)
