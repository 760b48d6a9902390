"""Live separation (FluCoMa NMFFilter): incoming audio split into one stream per component.

Every hop the latest window is matched against fixed bases (the Matcher: a Hann-windowed magnitude
frame, a few warm-started KL updates), and its spectrum is shared out by soft, Wiener-like masks,
each component's share of the model in every bin:

    mask_k = (h_k W_k + eps/K) / sum_j (h_j W_j + eps/K)          (the masks sum to 1 in every bin)

The spectrum that is masked comes from a second, sqrt-Hann window at 50% overlap, and each masked
frame is windowed again by sqrt-Hann and overlap-added: sqrt-Hann times sqrt-Hann is Hann, whose
copies at half-window steps sum to one, so the inverse is exact (weighted overlap-add, divided by
the summed squared window in general). Since the masks sum to one and the inverse is linear, the
components sum back to the input, sample for sample, one hop late (hop = half the window: 512
samples, 11.6 ms at the default settings). The output drops that latency: output sample i of every
component belongs to input sample i.

Nothing here knows of OSC or sound cards; push() takes any block size, as a card delivers it.
"""

import numpy as np

from oscserver.errors import RequestError
from oscserver.nmf.match import Matcher
from oscserver.nmf.stft import STFTConfig


class Separator:
    """push(block) -> (K, n) component samples; flush() -> the rest, after the input has ended."""

    def __init__(self, bases: np.ndarray, stft_config: STFTConfig, *, iterations: int = 10):
        self.matcher = Matcher(bases, stft_config, iterations=iterations)   # validates the bases
        self.cfg = stft_config
        n = stft_config.window
        self.hop = n // 2                             # 50% overlap: what sqrt-Hann needs to sum to one
        if self.hop < 1:
            raise RequestError(f"window must be at least 2 samples for live separation, got {n}")
        self.bases = self.matcher.bases.astype(np.float64)                     # (K, F)
        self._win = np.sqrt(np.hanning(n + 1)[:n])    # periodic sqrt-Hann, analysis and synthesis
        # weighted overlap-add normaliser: the squared window summed over the frames that overlap
        # each of a hop's positions (1.0 everywhere for an even window; any hop <= window works)
        w2 = self._win ** 2
        self._norm = np.array([w2[i::self.hop].sum() for i in range(self.hop)])
        self.latency = n - self.hop                   # samples between an input sample and its output
        self.reset()

    @property
    def n_components(self) -> int:
        return self.bases.shape[0]

    def reset(self) -> None:
        K, n = self.n_components, self.cfg.window
        self.matcher.reset()
        self._buf = np.zeros(n, np.float32)           # the latest window of input
        self._acc = np.zeros((K, n))                  # overlap-add accumulators, one per component
        self._since_hop = 0
        self._pushed = 0                              # input samples taken
        self._emitted = 0                             # output samples given back (after the latency)
        self._skip = self.latency                     # leading output samples from before the start

    def warm_up(self) -> None:
        """Compile the matching loop before audio is due (seconds, once per machine)."""
        self.matcher.warm_up()
        self.reset()

    def push(self, block: np.ndarray) -> np.ndarray:
        """Feed samples; returns (K, m) float32 component samples completed by them (m may be 0)."""
        block = np.asarray(block, dtype=np.float32).ravel()
        self._pushed += len(block)
        return self._feed(block)

    def flush(self) -> np.ndarray:
        """After the last push: the outputs still held back by the latency, trimmed to the input."""
        want = self._pushed - self._emitted
        out = [self._feed(np.zeros(self.hop - self._since_hop, np.float32)) for _ in range(-(-want // self.hop) + 1)
               if self._emitted < self._pushed]
        parts = np.concatenate(out, axis=1) if out else np.zeros((self.n_components, 0), np.float32)
        return parts[:, :want]

    def _feed(self, block: np.ndarray) -> np.ndarray:
        out = []
        i = 0
        while i < len(block):
            take = min(self.hop - self._since_hop, len(block) - i)
            self._buf[:-take] = self._buf[take:]      # shift in: the buffer is one window, cheap
            self._buf[-take:] = block[i:i + take]
            self._since_hop += take
            i += take
            if self._since_hop == self.hop:
                self._since_hop = 0
                chunk = self._frame()
                if self._skip:                        # the first outputs precede the input: drop them
                    drop = min(self._skip, chunk.shape[1])
                    chunk, self._skip = chunk[:, drop:], self._skip - drop
                out.append(chunk)
        if not out:
            return np.zeros((self.n_components, 0), np.float32)
        out = np.concatenate(out, axis=1)
        self._emitted += out.shape[1]
        return out

    def _frame(self) -> np.ndarray:
        """Separate the latest window; returns the hop of output samples it completes (K, hop)."""
        n, fft, hop = self.cfg.window, self.cfg.fft, self.hop
        h = self.matcher.match_window(self._buf).astype(np.float64)        # (K,) activations
        K = len(h)
        share = h[:, None] * self.bases + 1e-12 / K                         # (K, F) each one's model
        masks = share / share.sum(axis=0)                                   # (K, F), sum to 1 per bin
        spec = np.fft.rfft(self._buf * self._win, n=fft)                    # (F,)
        frames = np.fft.irfft(masks * spec, n=fft, axis=1)[:, :n]           # (K, n)
        self._acc += frames * self._win
        done = self._acc[:, :hop] / self._norm                              # (K, hop) complete now
        self._acc[:, :-hop] = self._acc[:, hop:]
        self._acc[:, -hop:] = 0.0
        return done.astype(np.float32)
