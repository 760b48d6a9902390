"""Short-time Fourier transform and its inverse, in numpy.

Frames are centred: frame t is centred on sample t * hop, so frame t belongs to time t / frame_rate.
The inverse is a weighted overlap-add divided by the summed squared window, so istft(stft(y)) == y
for any hop up to half the window (and it is linear, which is what lets NMF components sum back to
the input).
"""

from dataclasses import dataclass, asdict

import numpy as np
from scipy.signal import get_window

from oscserver.errors import RequestError

BLOCK = 2048   # frames transformed at once (~24 s at 44.1 kHz, hop 512)


@dataclass(frozen=True)
class STFTConfig:
    window: int = 1024   # analysis window in samples (FluCoMa's default); ~23 ms at 44.1 kHz
    hop: int = 512       # samples between frames; 512 at 44.1 kHz = 86.1 frames per second
    fft: int = 1024      # FFT size >= window (zero-padded); bins = fft // 2 + 1
    shape: str = "hann"  # any scipy.signal.get_window name; periodic, as overlap-add wants

    def __post_init__(self):
        if not 16 <= self.window <= 65536:
            raise RequestError(f"window must be 16 to 65536 samples, got {self.window}")
        if not 1 <= self.hop <= self.window // 2:
            # a longer hop leaves samples under the windows' zero ends: no exact resynthesis
            raise RequestError(f"hop must be 1 to half the window ({self.window // 2}) samples, "
                               f"got {self.hop}")
        if self.fft < self.window:
            raise RequestError(f"fft must be at least the window ({self.window}), got {self.fft}")

    @property
    def bins(self) -> int:
        return self.fft // 2 + 1

    def frame_rate(self, sample_rate: float) -> float:
        return sample_rate / self.hop

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "STFTConfig":
        unknown = set(d) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown STFT config keys {sorted(unknown)}")
        return cls(**d)

    def analysis_window(self) -> np.ndarray:
        return get_window(self.shape, self.window, fftbins=True).astype(np.float32)


def frame_count(n_samples: int, cfg: STFTConfig) -> int:
    # enough centred frames that every input sample lies under some frame (one per hop, plus the
    # tail when the hop is more than half the window)
    tail = -(-(cfg.window // 2 + n_samples - cfg.window + 1) // cfg.hop)
    return max(n_samples // cfg.hop + 1, 1 + tail)


def stft(y: np.ndarray, cfg: STFTConfig) -> np.ndarray:
    """Complex spectrogram of a mono signal, shape (frames, bins)."""
    y = np.asarray(y, dtype=np.float32)
    n_frames = frame_count(len(y), cfg)
    half = cfg.window // 2
    padded = np.zeros((n_frames - 1) * cfg.hop + cfg.window, dtype=np.float32)
    padded[half:half + len(y)] = y
    frames = np.lib.stride_tricks.sliding_window_view(padded, cfg.window)[:: cfg.hop]  # (T, window)
    win = cfg.analysis_window()
    spec = np.empty((n_frames, cfg.bins), np.complex64)                                # (T, F)
    for s in range(0, n_frames, BLOCK):   # numpy's FFT works in float64: a block at a time caps memory
        spec[s:s + BLOCK] = np.fft.rfft(frames[s:s + BLOCK] * win, n=cfg.fft, axis=1)
    return spec


def istft(spec: np.ndarray, cfg: STFTConfig, length: int) -> np.ndarray:
    """Inverse of stft(): the signal of `length` samples whose spectrogram is `spec` (T, F)."""
    n_frames = spec.shape[0]
    win = cfg.analysis_window()
    out = np.zeros((n_frames - 1) * cfg.hop + cfg.window, dtype=np.float64)
    norm = np.zeros_like(out)
    for b in range(0, n_frames, BLOCK):
        frames = np.fft.irfft(spec[b:b + BLOCK], n=cfg.fft, axis=1)[:, : cfg.window] * win  # (B, window)
        for i, frame in enumerate(frames):  # ~86 frames a second: a loop of slice adds is fast enough
            s = (b + i) * cfg.hop
            out[s:s + cfg.window] += frame
            norm[s:s + cfg.window] += win * win
    half = cfg.window // 2
    out, norm = out[half:half + length], norm[half:half + length]
    # where no window reaches (never inside the signal for hop <= window) leave silence
    return np.where(norm > 1e-8, out / np.maximum(norm, 1e-8), 0.0).astype(np.float32)
