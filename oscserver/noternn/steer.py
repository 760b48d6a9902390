"""Steering the note-RNN: what every later generation obeys until it is changed (pure, no OSC).

    range        pitches outside low..high are never sampled (rests stay allowed)
    scale        only the pitch classes of a scale on a root (rests stay allowed)
    density      -1..1 tilts the duration distribution: each duration's probability is multiplied
                 by beats ** (-DENSITY_STRENGTH * density) (at temperature 1), so 1 makes an eighth
                 note 8x likelier against a quarter and a half note 8x less likely; -1 the reverse;
                 0 = as trained
    temperature  separate factors for pitch and rhythm; the temperature a request gives multiplies
                 both (request 0.8 with pitch 1.5 and rhythm 0.5: pitch at 1.2, rhythm at 0.4)

A Steering is immutable: a handler replaces it whole, so a generation running on another thread
always sees one consistent set.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from oscserver.noternn.data import DURATIONS, N_PITCHES

# semitones above the root of each scale's pitch classes
SCALES: dict[str, tuple[int, ...]] = {
    "major": (0, 2, 4, 5, 7, 9, 11),
    "minor": (0, 2, 3, 5, 7, 8, 10),                 # natural minor (aeolian)
    "dorian": (0, 2, 3, 5, 7, 9, 10),
    "phrygian": (0, 1, 3, 5, 7, 8, 10),
    "lydian": (0, 2, 4, 6, 7, 9, 11),
    "mixolydian": (0, 2, 4, 5, 7, 9, 10),
    "locrian": (0, 1, 3, 5, 6, 8, 10),
    "harmonic-minor": (0, 2, 3, 5, 7, 8, 11),
    "melodic-minor": (0, 2, 3, 5, 7, 9, 11),         # ascending form
    "pentatonic": (0, 2, 4, 7, 9),                   # major pentatonic
    "minor-pentatonic": (0, 3, 5, 7, 10),
    "blues": (0, 3, 5, 6, 7, 10),
    "whole-tone": (0, 2, 4, 6, 8, 10),
    "chromatic": tuple(range(12)),
}
SCALE_CHOICES = (*SCALES, "off")
NOTE_NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")
DENSITY_STRENGTH = 3.0
_LOG2_BEATS = np.log2(np.array(DURATIONS))


def pitch_name(pitch: int) -> str:
    """MIDI 60 -> C4."""
    return f"{NOTE_NAMES[pitch % 12]}{pitch // 12 - 1}"


@dataclass(frozen=True)
class Steering:
    low: int = 0                    # lowest MIDI pitch allowed
    high: int = 127                 # highest
    root: int = 0                   # pitch class of the scale's root, 0 = C
    scale: str = "off"              # a key of SCALES, or "off"
    density: float = 0.0            # -1 (longer notes) .. 1 (shorter notes), 0 = as trained
    pitch_temperature: float = 1.0  # multiplies the request's temperature for the pitch
    rhythm_temperature: float = 1.0  # ... and for the duration

    def __post_init__(self):
        if not 0 <= self.low <= self.high <= 127:
            raise ValueError(f"range must satisfy 0 <= low <= high <= 127, got {self.low}..{self.high}")
        if self.scale not in SCALE_CHOICES:
            raise ValueError(f"scale must be one of {', '.join(SCALE_CHOICES)}, got {self.scale!r}")

    def with_(self, **changes) -> "Steering":
        return replace(self, **changes)

    def pitch_allowed(self) -> np.ndarray:
        """(N_PITCHES,) bool over pitch tokens (0 = rest, always allowed; k = MIDI k - 1)."""
        midi = np.arange(N_PITCHES - 1)
        ok = (midi >= self.low) & (midi <= self.high)
        if self.scale != "off":
            ok &= np.isin((midi - self.root) % 12, SCALES[self.scale])
        return np.concatenate([[True], ok])

    def why_nothing_allowed(self) -> str | None:
        """None if some pitch can be played; else the reason, for the performer."""
        if self.pitch_allowed()[1:].any():
            return None
        return (f"no pitch is allowed: the range {pitch_name(self.low)}..{pitch_name(self.high)} "
                f"({self.low}..{self.high}) holds no note of {NOTE_NAMES[self.root]} {self.scale}; "
                "widen /rnn/range or change /rnn/scale (/rnn/scale 0 off lifts it)")

    def duration_bias(self) -> np.ndarray:
        """(D,) added to the duration logits: log(beats ** (-strength * density))."""
        return (-DENSITY_STRENGTH * self.density * _LOG2_BEATS * np.log(2.0)).astype(np.float32)

    def temperatures(self, temperature: float) -> tuple[float, float]:
        """(pitch, rhythm) temperatures for a request's temperature."""
        return temperature * self.pitch_temperature, temperature * self.rhythm_temperature

    def describe(self) -> str:
        parts = []
        if (self.low, self.high) != (0, 127):
            parts.append(f"range {self.low}..{self.high}")
        if self.scale != "off":
            parts.append(f"scale {NOTE_NAMES[self.root]} {self.scale}")
        if self.density:
            parts.append(f"density {self.density:+g}")
        if (self.pitch_temperature, self.rhythm_temperature) != (1.0, 1.0):
            parts.append(f"temperature pitch x{self.pitch_temperature:g} rhythm x{self.rhythm_temperature:g}")
        if self.why_nothing_allowed():
            parts.append("NO PITCH ALLOWED")
        return "steering " + (", ".join(parts) if parts else "none (as trained)")


def fill_bars(notes: list[tuple[int, float]], total_beats: float) -> list[tuple[int, float]]:
    """Shorten the last note so the notes last exactly total_beats (they never fall short)."""
    before = sum(beats for _, beats in notes[:-1])
    pitch, _ = notes[-1]
    return notes[:-1] + [(pitch, round(total_beats - before, 6))]
