"""The sound card (sounddevice + PortAudio), one for every instrument; everything works without one.

The server holds one SoundCard, naming the device chosen with `--audio-device` (an index or part of
a name, as `oscserver serve --list-audio-devices` or `/audio/devices` show it; default: the system's
default device). sounddevice is imported only when a card is first asked for, so a machine without
PortAudio never pays for it. Every failure becomes a RequestError saying what happened and what
still works: the OSC side of a stream goes on when the card refuses a rate or fails mid-stream.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass
from typing import Optional, Union

import numpy as np

from oscserver.errors import RequestError

log = logging.getLogger("oscserver.soundcard")


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    inputs: int
    outputs: int
    default_rate: float


def parse_device(text: Union[str, int, None]) -> Union[str, int, None]:
    """'' or None = the default device; digits = a PortAudio index; anything else = part of a name."""
    if text is None or text == "":
        return None
    if isinstance(text, int) or str(text).strip().isdigit():
        return int(text)
    return str(text)


class SoundCard:
    def __init__(self, device: Union[str, int, None] = None):
        self.device = parse_device(device)
        self._lock = threading.Lock()

    # -- what is there ---------------------------------------------------------------------------

    def _sounddevice(self):
        try:
            import sounddevice                     # needs the PortAudio library; absent on many servers
            return sounddevice
        except (ImportError, OSError) as error:    # OSError: sounddevice present but no PortAudio
            raise RequestError(f"there is no sound card here: sounddevice cannot load ({error})") from None

    def devices(self) -> list[Device]:
        sd = self._sounddevice()
        try:
            found = sd.query_devices()
        except Exception as error:                 # noqa: BLE001 - PortAudio raises its own kinds
            raise RequestError(f"the sound devices cannot be listed: {error}") from None
        return [Device(int(d["index"]), str(d["name"]), int(d["max_input_channels"]),
                       int(d["max_output_channels"]), float(d["default_samplerate"])) for d in found]

    def describe(self) -> str:
        """One line for the log and /status: the device in use, or why there is none."""
        try:
            return f"{self.find('output').name}"
        except RequestError as error:
            return error.message

    def find(self, kind: str = "output") -> Device:
        """The device streams of `kind` ('output' or 'input') would open; RequestError if none."""
        sd = self._sounddevice()
        try:
            d = sd.query_devices(self.device, kind=kind)
        except Exception as error:                 # noqa: BLE001 - ValueError (no match), PortAudioError
            what = "the default device" if self.device is None else f"audio device {self.device!r}"
            raise RequestError(f"there is no sound card {kind} here ({what}: {error})") from None
        return Device(int(d["index"]), str(d["name"]), int(d["max_input_channels"]),
                      int(d["max_output_channels"]), float(d["default_samplerate"]))

    def has(self, kind: str = "output") -> bool:
        try:
            self.find(kind)
            return True
        except RequestError:
            return False

    # -- streams ---------------------------------------------------------------------------------

    def _check_rate(self, sd, device: Device, kind: str, rate: int) -> None:
        check = sd.check_output_settings if kind == "output" else sd.check_input_settings
        try:
            check(device=device.index, samplerate=rate, channels=1, dtype="float32")
        except Exception as error:                 # noqa: BLE001
            raise RequestError(f"sound card {device.name!r} refuses {rate} Hz ({error}); its default rate "
                               f"is {device.default_rate:g} Hz") from None

    def output(self, rate: int) -> "CardOutput":
        """A started mono float32 output stream at `rate`."""
        sd = self._sounddevice()
        device = self.find("output")
        self._check_rate(sd, device, "output", rate)
        try:
            stream = sd.OutputStream(device=device.index, samplerate=rate, channels=1, dtype="float32")
            stream.start()
        except Exception as error:                 # noqa: BLE001
            raise RequestError(f"sound card {device.name!r} cannot be opened at {rate} Hz: {error}") from None
        return CardOutput(stream, device)

    def input(self, rate: int, blocksize: int) -> "CardInput":
        sd = self._sounddevice()
        device = self.find("input")
        self._check_rate(sd, device, "input", rate)
        return CardInput(sd, device, rate, blocksize)

    def play(self, samples: np.ndarray, rate: int) -> None:
        """Play a whole sound without waiting (a new one cuts the last), as a sampler does."""
        sd = self._sounddevice()
        device = self.find("output")
        self._check_rate(sd, device, "output", rate)
        try:
            with self._lock:
                sd.play(np.asarray(samples, np.float32), rate, device=device.index)
        except Exception as error:                 # noqa: BLE001
            raise RequestError(f"sound card {device.name!r} cannot play: {error}") from None


class CardOutput:
    """Blocks written to the card; write() paces itself (it blocks while the card's buffer is full)."""

    def __init__(self, stream, device: Device):
        self.stream, self.device = stream, device

    def write(self, block: np.ndarray) -> None:
        try:
            self.stream.write(np.ascontiguousarray(block, np.float32).reshape(-1, 1))
        except Exception as error:                 # noqa: BLE001 - a device unplugged or failing
            raise RequestError(f"sound card {self.device.name!r} failed: {error}") from None

    def close(self) -> None:
        """Let what is buffered play out, then close (a failed device is just dropped)."""
        try:
            self.stream.stop()
            self.stream.close()
        except Exception as error:                 # noqa: BLE001 - closing a failed device may fail too
            log.info("closing sound card %s: %s", self.device.name, error)


class CardInput:
    """Mono blocks from the input device, through a queue filled by PortAudio's thread."""

    def __init__(self, sd, device: Device, rate: int, blocksize: int):
        self.device = device
        self.blocks: queue.Queue = queue.Queue(maxsize=64)
        try:
            self.stream = sd.InputStream(device=device.index, samplerate=rate, channels=1,
                                         blocksize=blocksize, dtype="float32", callback=self._callback)
            self.stream.start()
        except Exception as error:                 # noqa: BLE001
            raise RequestError(f"sound card input {device.name!r} cannot be opened at {rate} Hz: "
                               f"{error}") from None

    def _callback(self, indata, frames, time, status):
        try:
            self.blocks.put_nowait(indata[:, 0].copy())
        except queue.Full:        # the matcher fell behind: drop, never block PortAudio's thread
            pass

    def read(self, timeout: float = 0.5) -> np.ndarray:
        return self.blocks.get(timeout=timeout)

    def close(self) -> None:
        try:
            self.stream.stop()
            self.stream.close()
        except Exception as error:                 # noqa: BLE001
            log.info("closing sound card input %s: %s", self.device.name, error)


