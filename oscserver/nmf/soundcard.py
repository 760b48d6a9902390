"""The sound card, when there is one (sounddevice + PortAudio), imported only when asked for.

Everything in the NMF instrument works without a card: playback then keeps the same timing in
silence, and live matching reads a file as if it were live. These helpers return None (or raise a
RequestError for input, which has no silent fallback) instead of failing at import.
"""

import logging
import queue

import numpy as np

from oscserver.errors import RequestError

log = logging.getLogger("oscserver.nmf")


def _sounddevice(kind: str = "output"):
    """The sounddevice module if it loads and has a default `kind` ("input"/"output") device."""
    try:
        import sounddevice  # needs the PortAudio library; absent on servers and CI
        sounddevice.query_devices(kind=kind)    # raises when there is no such device
        return sounddevice
    except Exception as e:  # ImportError, OSError (no PortAudio), PortAudioError (no devices)
        log.info("no sound card: %s", e)
        return None


def open_output(sample_rate: int):
    """A started OutputStream (write float32 blocks to it), or None when there is no card."""
    sd = _sounddevice("output")
    if sd is None:
        return None
    try:
        stream = sd.OutputStream(samplerate=sample_rate, channels=1, dtype="float32")
        stream.start()
        return stream
    except Exception as e:
        log.info("no sound output: %s", e)
        return None


class CardInput:
    """Mono blocks from the default input device, through a queue filled by PortAudio's thread."""

    def __init__(self, sample_rate: int, blocksize: int):
        sd = _sounddevice("input")
        if sd is None:
            raise RequestError("there is no sound card input here (sounddevice/PortAudio missing or no "
                               "device): give a file path to /nmf/match/start to match it as if live")
        self.blocks: queue.Queue = queue.Queue(maxsize=64)
        try:
            self.stream = sd.InputStream(samplerate=sample_rate, channels=1, blocksize=blocksize,
                                         dtype="float32", callback=self._callback)
            self.stream.start()
        except Exception as e:
            raise RequestError(f"the sound card input cannot be opened at {sample_rate} Hz: {e}") from None

    def _callback(self, indata, frames, time, status):
        try:
            self.blocks.put_nowait(indata[:, 0].copy())
        except queue.Full:        # the matcher fell behind: drop, never block PortAudio's thread
            pass

    def read(self, timeout: float = 0.5) -> np.ndarray:
        return self.blocks.get(timeout=timeout)

    def close(self) -> None:
        self.stream.stop()
        self.stream.close()
