"""A sound file -> NMF components: bases, 0..1 activation envelopes, one resynthesised sound each.

This is FluCoMa's BufNMF: STFT, NMF of the magnitudes, then each component's sound is the input's
complex STFT times its share of the model (a ratio, Wiener-like mask). The masks sum to one in every
cell, so the components sum back to the input.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import numpy as np

from oscserver.audio import SOUND_EXTENSIONS, read_mono
from oscserver.errors import RequestError
from oscserver.nmf.nmf import NMF, EPS, beta_divergence
from oscserver.nmf.stft import STFTConfig, istft, stft

INIT = "random"        # best of 4 random starts beat NNDSVD(a) on drum loops (bench/RESULTS.md, NMF)
SILENCE = 1e-5        # peak below this (-100 dBFS) counts as silence: nothing to decompose


def load_audio(path) -> tuple[np.ndarray, int]:
    """(mono float32 samples, sample rate) of any file libsndfile reads; RequestError otherwise."""
    path = Path(path)
    if not path.is_file():
        raise RequestError(f"path {str(path)!r} is not a file")
    try:
        # NMF of the mix, as FluCoMa does for one channel
        return read_mono(path)
    except ValueError as e:
        raise RequestError(f"path {path.name!r} is not a sound file libsndfile can read "
                           f"({', '.join(SOUND_EXTENSIONS)}): {e}") from None


@dataclass
class Decomposition:
    """What decompose() found; arrays are frame-major."""
    bases: np.ndarray          # (K, F) spectral templates, each summing to 1
    activations: np.ndarray    # (T, K) gains, in the magnitude units of the input
    components: np.ndarray     # (K, n) resynthesised sounds, summing to the input
    sample_rate: int
    stft: STFTConfig
    divergence: float          # final beta-divergence of the model
    beta: float = 1.0
    source: str = ""

    @property
    def frame_rate(self) -> float:
        return self.stft.frame_rate(self.sample_rate)

    @property
    def envelopes(self) -> np.ndarray:
        """(T, K) activations scaled to 0..1, each by its own peak: control envelopes."""
        return self.activations / self.activation_peaks[None, :]

    @property
    def activation_peaks(self) -> np.ndarray:
        return np.maximum(self.activations.max(axis=0), EPS)


def check_audio(y: np.ndarray, sample_rate: int, cfg: STFTConfig, name: str = "sound") -> None:
    if len(y) < cfg.window:
        raise RequestError(f"{name} is {len(y)} samples ({len(y) / sample_rate * 1000:.1f} ms), shorter "
                           f"than one analysis window of {cfg.window} samples: give a longer sound")
    peak = float(np.abs(y).max())
    if not np.isfinite(peak):
        raise RequestError(f"{name} contains NaN or infinite samples")
    if peak < SILENCE:
        raise RequestError(f"{name} is silent (peak {peak:.2g}): nothing to decompose")


def decompose(y: np.ndarray, sample_rate: int, components: int = 3, *, iterations: int = 100,
              beta: float = 1.0, stft_config: STFTConfig = STFTConfig(), seed: Optional[int] = 0,
              bases_mode: str = "random", bases: Optional[np.ndarray] = None,
              activations_mode: str = "random", activations: Optional[np.ndarray] = None,
              restarts: int = 4, sort: bool = True, progress: Optional[Callable[[float], Optional[bool]]] = None,
              threads: Optional[int] = None, init: str = INIT) -> Decomposition:
    """Decompose mono audio y into `components` parts.

    init: how free factors start: "random" (the default) with `restarts` short trials from that
    many seeded random starts, the best one going on; "nndsvda" / "nndsvd" start from the SVD
    (deterministic, with restarts=1; see NMF). Measured on 18 drum loops the random restarts
    separate better (bench/RESULTS.md, NMF).
    bases_mode "fixed": the bases come back exactly as given (bit for bit, not rescaled), only the
    activations are learned; "seed": learning starts from them.
    sort=True orders free components by spectral centroid, low to high (on a drum loop: kick, snare,
    hat), so component numbers mean the same thing from run to run. With fixed or seeded bases the
    given order is kept. progress(fraction) may return False to cancel (raises Cancelled).
    """
    y = np.asarray(y, dtype=np.float32)
    if y.ndim != 1:
        raise RequestError(f"audio must be mono, one-dimensional, given shape {y.shape}")
    check_audio(y, sample_rate, stft_config)
    spec = stft(y, stft_config)                          # (T, F) complex
    mag = np.abs(spec)                                   # (T, F)
    model = NMF(components, beta=beta, iterations=iterations, bases_mode=bases_mode, bases=bases,
                activations_mode=activations_mode, activations=activations, seed=seed, restarts=restarts,
                progress=None if progress is None else (lambda f: progress(0.95 * f)), threads=threads,
                init=init)
    model.fit(mag)
    W, H = model.bases_, model.activations_               # (K, F), (T, K)
    if bases_mode != "fixed":
        # bases sum to one, the gain moves into the activations: the product (the model) is unchanged
        # (fixed bases are left as given: rescaling by a float32 sum near 1 would change their bits)
        scale = np.maximum(W.sum(axis=1), EPS)            # (K,)
        W, H = W / scale[:, None], H * scale[None, :]
    if sort and bases_mode == "random":
        # centroid on a log-frequency axis (as the ear hears it): a kick's click barely moves it
        order = np.argsort(W @ np.log2(np.arange(W.shape[1]) + 1.0))
        W, H = W[order], H[:, order]
    divergence = beta_divergence(mag, H, W, beta)
    parts = resynthesise(spec, W, H, stft_config, len(y))
    if progress is not None:
        progress(1.0)
    return Decomposition(bases=W, activations=H, components=parts, sample_rate=sample_rate,
                         stft=stft_config, divergence=divergence, beta=beta)


def resynthesise(spec: np.ndarray, W: np.ndarray, H: np.ndarray, cfg: STFTConfig, length: int) -> np.ndarray:
    """(K, length) sounds: the complex spectrogram spec (T, F) split by each component's share."""
    K = W.shape[0]
    model = H @ W                                          # (T, F)
    # eps / K in every share keeps the masks summing to exactly one where the model is zero
    denom = model + EPS                                    # (T, F)
    out = np.empty((K, length), dtype=np.float32)
    for k in range(K):
        mask = (np.outer(H[:, k], W[k]) + EPS / K) / denom  # (T, F)
        out[k] = istft(spec * mask, cfg, length)
    return out


def decompose_file(path, components: int = 3, **kwargs) -> Decomposition:
    y, sr = load_audio(path)
    check_audio(y, sr, kwargs.get("stft_config", STFTConfig()), name=f"{Path(path).name!r}")
    d = decompose(y, sr, components, **kwargs)
    d.source = str(path)
    return d
