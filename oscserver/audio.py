"""Reading sound files, for every instrument: one list of extensions, one reader, one way to fail.

Everything libsndfile reads (soundfile): WAV, AIFF, FLAC, Ogg Vorbis and Opus, MP3, CAF, W64...
Mono by averaging the channels, resampled when an instrument needs one rate. A file that cannot be
read raises ValueError saying why, so each caller can report it (`/corpus/skipped`, a log line, a
CLI message) instead of dropping it silently.
"""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path
from typing import Optional

import numpy as np

SOUND_EXTENSIONS = (".wav", ".wave", ".flac", ".aiff", ".aif", ".aifc", ".ogg", ".oga", ".opus", ".mp3",
                    ".caf", ".w64", ".rf64", ".au")


def is_sound_file(path) -> bool:
    name = Path(path).name
    return not name.startswith(".") and name.lower().endswith(SOUND_EXTENSIONS)


def find_sounds(folder) -> list[Path]:
    """Every sound file under `folder` (recursively, skipping hidden folders and files), sorted by path."""
    found = []
    for root, dirs, files in os.walk(Path(folder)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / name for name in files if is_sound_file(name)]
    return sorted(found)


def _soundfile_errors():
    import soundfile

    return (soundfile.LibsndfileError, RuntimeError, TypeError, ValueError)


def read_mono(path, max_seconds: Optional[float] = None, start_seconds: float = 0.0,
              sample_rate: Optional[int] = None) -> tuple[np.ndarray, int]:
    """(audio float32 (N,), sample_rate): channels averaged, at most max_seconds from start_seconds,
    resampled to `sample_rate` when given. ValueError (with the reason) for unreadable audio."""
    mono, rate = _read(path, lambda rate: int(start_seconds * rate),
                       lambda rate: -1 if max_seconds is None else int(max_seconds * rate))
    if sample_rate is not None and sample_rate != rate:
        mono, rate = resample(mono, rate, sample_rate), sample_rate
    return mono, rate


def read_frames(path, start: int, frames: int) -> tuple[np.ndarray, int]:
    """(mono float32 audio, sample_rate) of `frames` frames from frame `start`: frame-exact, so a
    file cut into fixed slices gives the same samples whichever part of it a worker reads."""
    return _read(path, lambda rate: start, lambda rate: frames)


def _read(path, first_frame, frame_count) -> tuple[np.ndarray, int]:
    """Channels averaged; first_frame and frame_count map the file's rate to frames (-1: to the end)."""
    import soundfile

    try:
        with soundfile.SoundFile(str(path)) as f:
            rate = f.samplerate
            start = first_frame(rate)
            if start > 0:
                f.seek(min(start, f.frames))
            audio = f.read(frame_count(rate), dtype="float32", always_2d=True)   # (N, channels)
    except _soundfile_errors() as error:
        raise ValueError(f"not a readable sound file ({error})") from None
    if len(audio) == 0:
        raise ValueError("the file holds no audio frames")
    mono = audio.mean(axis=1)                                             # (N,)
    if not np.all(np.isfinite(mono)):
        raise ValueError("the file holds NaN or infinite samples")
    return mono, rate


def resample(x: np.ndarray, rate: int, to: int) -> np.ndarray:
    """Polyphase resampling (scipy), float32 in and out."""
    from scipy.signal import resample_poly

    ratio = Fraction(to, rate).limit_denominator(1000)
    return resample_poly(x, ratio.numerator, ratio.denominator).astype(np.float32)


def sound_duration(path) -> float:
    import soundfile

    try:
        return soundfile.info(str(path)).duration
    except _soundfile_errors() as error:
        raise ValueError(f"not a readable sound file ({error})") from None
