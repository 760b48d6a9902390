"""The beat clock a tempo-conditioned SampleRNN hears (config.clock): where each top-tier frame falls
in the beat and the bar, as a few sines and cosines.

Free-running SampleRNN drifts: after a few seconds nothing reminds it where the next hit belongs, and
it settles into a drone. A clock input gives the frame tier that reminder without feeding it any
audio: the model still plays only what it samples, but it knows the tempo a performer set
(/samplernn/tempo), so hits keep coming on the beat and the stream can lock to a band.

Training audio carries its clock in a sidecar NAME.beats.json ({"bpm", "beats_per_bar",
"first_beat_s"}, written by examples/samplernn/render_chorales.py --band); audio without one gets a
clock from librosa's beat tracker.
"""
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

FEATURES = 6        # sin/cos of the beat phase, of twice it (eighth notes), of the bar phase


@dataclass
class Clock:
    bpm: float = 100.0
    beats_per_bar: int = 4
    first_beat_s: float = 0.0       # where a downbeat falls, seconds from the start of the audio

    def __post_init__(self):
        if not (20.0 <= float(self.bpm) <= 400.0):
            raise ValueError(f"bpm must be 20..400, got {self.bpm}")
        if int(self.beats_per_bar) < 1:
            raise ValueError(f"beats_per_bar must be >= 1, got {self.beats_per_bar}")
        self.bpm, self.beats_per_bar = float(self.bpm), int(self.beats_per_bar)
        self.first_beat_s = float(self.first_beat_s)

    def positions(self, samples, rate) -> np.ndarray:
        """Beat position within the bar, in [0, beats_per_bar), at each sample index (float32)."""
        t = np.asarray(samples, dtype=np.float64) / rate - self.first_beat_s
        return np.mod(t * self.bpm / 60.0, self.beats_per_bar).astype(np.float32)

    def to_dict(self) -> dict:
        return asdict(self)


def features(position, beats_per_bar) -> np.ndarray:
    """position (...) beats within the bar, beats_per_bar (...) or a number -> (..., FEATURES) float32."""
    b = np.asarray(position, dtype=np.float64)
    bar = b / np.asarray(beats_per_bar, dtype=np.float64)
    a, a2, ab = 2 * math.pi * b, 4 * math.pi * b, 2 * math.pi * bar
    return np.stack([np.sin(a), np.cos(a), np.sin(a2), np.cos(a2), np.sin(ab), np.cos(ab)],
                    -1).astype(np.float32)


def sidecar(path: Path) -> Path:
    return Path(path).with_suffix(".beats.json")


def read(path) -> Clock | None:
    """The clock of an audio file from its sidecar, or None when it has none."""
    side = sidecar(path)
    if not side.exists():
        return None
    try:
        d = json.loads(side.read_text())
        return Clock(float(d["bpm"]), int(d.get("beats_per_bar", 4)), float(d.get("first_beat_s", 0.0)))
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{side}: not a beat clock ({error})") from None


def estimate(x: np.ndarray, rate: int) -> Clock:
    """A clock for audio without a sidecar: librosa's beat tracker, 4/4 from the first beat."""
    import librosa

    tempo, beats = librosa.beat.beat_track(y=np.asarray(x, dtype=np.float32), sr=rate, hop_length=256,
                                           units="time")
    bpm = float(np.atleast_1d(tempo)[0]) or 100.0
    return Clock(min(400.0, max(20.0, bpm)), 4, float(beats[0]) if len(beats) else 0.0)
