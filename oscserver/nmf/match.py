"""Live matching (FluCoMa NMFMatch): activations of incoming audio against fixed bases, frame by frame.

Audio arrives in blocks of any size; every `hop` samples the latest `window` samples are windowed,
transformed and matched against the bases with a few KL multiplicative updates, warm-started from
the previous frame (activations move smoothly, so few iterations suffice). Nothing is allocated per
frame: the work is one real FFT and one compiled loop, well under a millisecond.
"""

from typing import Iterator, Optional

import numpy as np

from oscserver.errors import RequestError
from oscserver.nmf import _kernels
from oscserver.nmf.nmf import EPS
from oscserver.nmf.stft import STFTConfig


class Matcher:
    def __init__(self, bases: np.ndarray, stft_config: STFTConfig, *, iterations: int = 10,
                 peaks: Optional[np.ndarray] = None):
        bases = np.ascontiguousarray(bases, dtype=np.float32)             # (K, F)
        if bases.ndim != 2 or bases.shape[1] != stft_config.bins:
            raise RequestError(f"bases must have shape (K, {stft_config.bins}) for fft {stft_config.fft}, "
                               f"given {bases.shape}")
        if not 1 <= iterations <= 1000:
            raise RequestError(f"iterations must be 1 to 1000, got {iterations}")
        self.bases = bases
        self.cfg = stft_config
        self.iterations = iterations
        K, F = bases.shape
        # envelopes are activations over the peaks seen when the bases were learned, clipped to 0..1
        self.peaks = np.ones(K, np.float32) if peaks is None else np.maximum(np.asarray(peaks, np.float32), EPS)
        self._win = stft_config.analysis_window()
        self._w_sum = bases.sum(axis=1)                                    # (K,)
        self._h = np.zeros(K, np.float32)                                  # (K,) previous frame's answer
        self._wh = np.empty(F, np.float32)
        self._num = np.empty(F, np.float32)
        self._frame = np.zeros(stft_config.fft, np.float32)               # zero-padded FFT input
        self._buf = np.zeros(stft_config.window, np.float32)              # the latest window of input
        self._since_hop = 0
        self._eps = np.float32(EPS)

    @property
    def n_components(self) -> int:
        return self.bases.shape[0]

    def warm_up(self) -> None:
        """Match one silent window, so the compiled loop is built before audio is due (seconds, once)."""
        self.match_window(np.zeros(self.cfg.window, np.float32))
        self.reset()

    def reset(self) -> None:
        self._h[:] = 0
        self._buf[:] = 0
        self._since_hop = 0

    def match_window(self, samples: np.ndarray) -> np.ndarray:
        """Raw activations (K,) of one window of samples (length = the STFT window)."""
        n = self.cfg.window
        self._frame[:n] = samples * self._win
        v = np.abs(np.fft.rfft(self._frame)).astype(np.float32)          # (F,)
        # warm start, floored: a multiplicative update can never lift an activation off zero
        floor = np.float32(max(float(v.sum()), EPS) / (self.n_components * 1000.0))
        np.maximum(self._h, floor / np.maximum(self._w_sum, EPS), out=self._h)
        _kernels.match_frame(v, self.bases, self._w_sum, self._h, self.iterations, self._eps,
                             self._wh, self._num)
        return self._h.copy()

    def envelope(self, activations: np.ndarray) -> np.ndarray:
        return np.clip(activations / self.peaks, 0.0, 1.0)

    def push(self, block: np.ndarray) -> np.ndarray:
        """Feed samples; returns (frames, K) 0..1 envelopes, one row per hop completed in this block."""
        block = np.asarray(block, dtype=np.float32).ravel()
        out = []
        hop, n = self.cfg.hop, self.cfg.window
        i = 0
        while i < len(block):
            take = min(hop - self._since_hop, len(block) - i)
            self._buf[:-take] = self._buf[take:]      # shift in: the buffer is one window, cheap
            self._buf[-take:] = block[i:i + take]
            self._since_hop += take
            i += take
            if self._since_hop == hop:
                self._since_hop = 0
                out.append(self.envelope(self.match_window(self._buf[:n])))
        return np.array(out, dtype=np.float32).reshape(-1, self.n_components)


def blocks_of(y: np.ndarray, size: int) -> Iterator[np.ndarray]:
    """A file's samples in blocks of `size`, as a sound card would deliver them."""
    for start in range(0, len(y), size):
        yield y[start:start + size]
