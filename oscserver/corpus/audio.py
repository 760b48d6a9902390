"""Finding, hashing, reading and slicing the sounds of a folder."""
import hashlib

import numpy as np

# The shared reader, re-exported: corpus code and its tests say audio.read_mono, audio.find_sounds.
from oscserver.audio import SOUND_EXTENSIONS, find_sounds, read_frames, read_mono, sound_duration  # noqa: E402,F401


def file_digest(path) -> str:
    """sha256 of the file's bytes: the cache key, so a renamed or touched file is not re-analysed."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):      # (hashlib.file_digest is Python 3.11+)
            digest.update(chunk)
    return digest.hexdigest()


def onset_segments(audio: np.ndarray, sample_rate: int, *, min_seconds: float = 0.1,
                   threshold_db: float = 6.0) -> list[tuple[int, int]]:
    """Split a long recording at its onsets: [(start_sample, stop_sample), ...] covering it.

    An onset is a frame whose loudness jumps by more than `threshold_db` over the frame before it
    and is a local peak of that rise; segments shorter than min_seconds are merged into the one
    before (a flam is one sound). The energy is measured on 10 ms frames, which is cheap enough to
    run on hours of audio.
    """
    hop = max(1, int(0.01 * sample_rate))
    n = len(audio) // hop
    if n < 3:
        return [(0, len(audio))]
    frames = audio[: n * hop].reshape(n, hop)                             # (T, hop)
    level = 10 * np.log10(np.mean(frames ** 2, axis=1) + 1e-10)           # (T,)
    rise = np.diff(level, prepend=level[0])                               # (T,)
    loud_enough = level > level.max() - 50.0
    peak = (rise > threshold_db) & loud_enough
    peak[1:-1] &= (rise[1:-1] >= rise[:-2]) & (rise[1:-1] >= rise[2:])
    starts = [0]
    last_onset = -len(level)
    min_frames = max(1, int(min_seconds / 0.01))
    for frame in np.flatnonzero(peak):
        if frame - last_onset < min_frames:
            continue                     # a second rise within one hit
        last_onset = frame
        if len(starts) == 1 and not loud_enough[:frame].any():
            continue                     # only silence before it: the first segment starts at 0
        starts.append(int(frame))
    bounds = [s * hop for s in starts] + [len(audio)]
    return [(a, b) for a, b in zip(bounds[:-1], bounds[1:]) if b > a]


def fixed_slices(frames: int, rate: int, seconds: float) -> list[tuple[int, int]]:
    """Cut `frames` frames into slices of `seconds` (DOME-style): [(start, stop), ...] in frames.

    A tail shorter than a quarter slice joins the slice before it (a sound cut off after 0.1 s says
    little); a file shorter than one slice is one slice.
    """
    size = max(1, int(round(seconds * rate)))
    full, tail = divmod(frames, size)
    if full == 0:
        return [(0, frames)] if frames > 0 else []
    bounds = [k * size for k in range(full + 1)]
    if tail >= size / 4:
        bounds.append(frames)
    else:
        bounds[-1] = frames
    return list(zip(bounds[:-1], bounds[1:]))
