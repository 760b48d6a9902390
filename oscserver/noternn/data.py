"""Melodies in, melodies out: reading MIDI files and music21 corpora, and the note encoding.

A melody is a list of (pitch, beats) notes: pitch is a MIDI number 0..127 or -1 for a rest, beats is
the duration with a quarter note = 1.0. The model sees each note as two tokens:

    pitch token    pitch + 1                  (0 = rest, 1..128 = MIDI 0..127)
    duration token index into DURATIONS       (the nearest grid value, in log time)

Everything here is pure (files in, arrays out): no sockets, no OSC.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import numpy as np

from oscserver.server.files import atomic_write

# The duration grid (beats). It covers what the folk corpora use (sixteenths to whole notes,
# triplets, dotted values) plus long holds; anything else snaps to the nearest value in log time.
DURATIONS = (1 / 8, 1 / 6, 1 / 4, 1 / 3, 3 / 8, 1 / 2, 2 / 3, 3 / 4, 1.0, 4 / 3, 3 / 2, 7 / 4,
             2.0, 5 / 2, 3.0, 4.0, 5.0, 6.0, 8.0, 12.0, 16.0)
N_PITCHES = 129  # rest + MIDI 0..127
REST = -1
Tune = tuple[str, list[tuple[int, float]]]          # (tune id, [(pitch, beats), ...])
_LOG_DURATIONS = np.log(np.array(DURATIONS))

# Corpora inside music21 that hold monophonic folk tunes (abc files), read offline.
FOLK_CORPORA = ("essenFolksong", "ryansMammoth", "oneills1850", "airdsAirs", "miscFolk")


def duration_index(beats: float) -> int:
    """Index of the grid duration nearest to `beats` (in log time: 0.3 is nearer 1/3 than 1/4)."""
    if not beats > 0:
        raise ValueError(f"duration must be > 0 beats, got {beats}")
    return int(np.argmin(np.abs(_LOG_DURATIONS - math.log(beats))))


def encode(melody) -> np.ndarray:
    """[(pitch, beats), ...] -> int64 array (T, 2) of (pitch token, duration token)."""
    out = np.empty((len(melody), 2), dtype=np.int64)
    for i, (pitch, beats) in enumerate(melody):
        pitch = int(pitch)
        if not REST <= pitch <= 127:
            raise ValueError(f"pitch must be -1 (rest) or 0..127, got {pitch}")
        out[i] = (pitch + 1, duration_index(float(beats)))
    return out


def decode(tokens) -> list[tuple[int, float]]:
    """(T, 2) tokens -> [(pitch, beats), ...]."""
    return [(int(p) - 1, float(DURATIONS[int(d)])) for p, d in np.asarray(tokens).reshape(-1, 2)]


def transpose(tokens: np.ndarray, semitones: int) -> np.ndarray | None:
    """Shift every pitch (rests stay rests); None if a note would leave 0..127."""
    pitch = tokens[:, 0]
    notes = pitch > 0
    shifted = pitch + semitones * notes
    if notes.any() and (shifted[notes].min() < 1 or shifted[notes].max() > 128):
        return None
    return np.stack([shifted, tokens[:, 1]], axis=1)


def _tidy(notes) -> list[tuple[int, float]]:
    """Merge consecutive rests, drop leading/trailing rests and zero-length (grace) notes."""
    out: list[tuple[int, float]] = []
    for pitch, beats in notes:
        if beats <= 0:
            continue
        if pitch == REST and out and out[-1][0] == REST:
            out[-1] = (REST, out[-1][1] + beats)
        else:
            out.append((pitch, beats))
    while out and out[0][0] == REST:
        out.pop(0)
    while out and out[-1][0] == REST:
        out.pop()
    return out


# ---------------------------------------------------------------------------------------- MIDI files

def read_midi(path) -> list[tuple[int, float]]:
    """The melody of a MIDI file: the track with the most notes, highest note at each onset.

    Durations run to the next onset (a gap longer than a sixteenth becomes a rest), so the result
    is strictly monophonic. Raises ValueError for a file that is not MIDI or has no notes.
    """
    import mido

    path = Path(path)
    try:
        mid = mido.MidiFile(str(path))
    except Exception as exc:  # mido raises OSError, EOFError, KeyError... for non-MIDI bytes
        raise ValueError(f"{path.name} is not a MIDI file ({exc})") from None
    ticks_per_beat = mid.ticks_per_beat or 480
    best: list[tuple[int, int, int]] = []
    for track in mid.tracks:
        now, sounding, notes = 0, {}, []
        for msg in track:
            now += msg.time
            if msg.type == "note_on" and msg.velocity > 0 and getattr(msg, "channel", 0) != 9:
                sounding[msg.note] = now
            elif msg.type in ("note_off", "note_on") and msg.note in sounding:
                start = sounding.pop(msg.note)
                notes.append((start, now, msg.note))
        if len(notes) > len(best):
            best = notes
    if not best:
        raise ValueError(f"{path.name} has no notes")
    # skyline: at each onset keep the highest pitch
    onsets: dict[int, tuple[int, int]] = {}
    for start, end, pitch in best:
        if start not in onsets or pitch > onsets[start][1]:
            onsets[start] = (end, pitch)
    starts = sorted(onsets)
    melody = []
    for i, start in enumerate(starts):
        end, pitch = onsets[start]
        nxt = starts[i + 1] if i + 1 < len(starts) else end
        sound_end = min(end, nxt)
        melody.append((pitch, (sound_end - start) / ticks_per_beat))
        gap = (nxt - sound_end) / ticks_per_beat
        if gap >= 1 / 8:
            melody.append((REST, gap))
        elif gap > 0:  # a short gap is articulation, not a rest
            melody[-1] = (pitch, (nxt - start) / ticks_per_beat)
    melody = _tidy(melody)
    if not melody:
        raise ValueError(f"{path.name} has no notes")
    return melody


def write_midi(melody, path, *, bpm: float = 120.0, velocity: int = 90, program: int = 0) -> None:
    """Write a melody as a one-track MIDI file (the caller makes it atomic)."""
    import mido

    ticks = 480
    mid = mido.MidiFile(ticks_per_beat=ticks)
    track = mido.MidiTrack()
    mid.tracks.append(track)
    track.append(mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(bpm), time=0))
    track.append(mido.Message("program_change", program=program, time=0))
    wait = 0
    for pitch, beats in melody:
        length = max(1, round(beats * ticks))
        if pitch == REST:
            wait += length
            continue
        track.append(mido.Message("note_on", note=pitch, velocity=velocity, time=wait))
        track.append(mido.Message("note_off", note=pitch, velocity=0, time=length))
        wait = 0
    track.append(mido.MetaMessage("end_of_track", time=wait))
    mid.save(str(path))


MIDI_SUFFIXES = (".mid", ".midi")


def read_midi_tunes(folder) -> tuple[list[Tune], list[tuple[str, str]]]:
    """(tunes, skipped): every MIDI file under `folder` as (name relative to it, melody), and
    (name, reason) for each file that could not be read or holds no notes: reported, never dropped."""
    folder = Path(folder)
    tunes, skipped = [], []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in MIDI_SUFFIXES and path.is_file():
            name = str(path.relative_to(folder))
            try:
                tunes.append((name, read_midi(path)))
            except (ValueError, OSError, EOFError) as error:
                skipped.append((name, str(error)))
    return tunes, skipped


def read_midi_folder(folder) -> list[list[tuple[int, float]]]:
    """Every readable melody in a folder of .mid/.midi files; ValueError if there is none."""
    tunes, skipped = read_midi_tunes(folder)
    if not tunes:
        why = f" ({len(skipped)} unreadable: {skipped[0][0]}: {skipped[0][1]})" if skipped else ""
        raise ValueError(f"no MIDI files with notes in {folder}{why}")
    return [m for _, m in tunes]


def melody_from_music21(score) -> list[tuple[int, float]]:
    """The first part of a music21 score as a melody (ties merged, chords -> top note)."""
    from music21 import chord, note

    parts = getattr(score, "parts", None)
    part = parts[0] if parts else score
    part = part.stripTies()
    notes = []
    for el in part.flatten().notesAndRests:
        beats = float(el.quarterLength)
        if isinstance(el, note.Rest):
            notes.append((REST, beats))
        elif isinstance(el, chord.Chord):
            notes.append((max(p.midi for p in el.pitches), beats))
        elif isinstance(el, note.Note):
            notes.append((el.pitch.midi, beats))
    return _tidy(notes)


def corpus_files(name: str) -> list[Path]:
    """The files of one music21 corpus folder, sorted (the split depends on this order)."""
    import music21

    root = Path(music21.__file__).parent / "corpus" / name
    if not root.is_dir():
        raise ValueError(f"no music21 corpus named {name!r}; folk corpora: {', '.join(FOLK_CORPORA)}")
    return sorted(p for p in root.rglob("*") if p.suffix.lower() in (".abc", ".krn", ".xml", ".mxl"))


def read_corpus_file(path) -> list[tuple[str, list[tuple[int, float]]]]:
    """(tune id, melody) for every tune in one corpus file (an .abc file may hold hundreds)."""
    from music21 import converter

    path = Path(path)
    parsed = converter.parse(str(path))
    scores = parsed.scores if hasattr(parsed, "scores") else [parsed]
    tunes = []
    for i, score in enumerate(scores):
        try:
            melody = melody_from_music21(score)
        except Exception:  # a malformed tune should not lose the whole file
            continue
        if len(melody) >= 8:
            tunes.append((f"{path.stem}#{i}", melody))
    return tunes


# The folk corpora parsed once, shipped beside the model and keyed by each file's content: a fresh
# install finds its music21 files here instead of parsing 10,932 tunes for a quarter of an hour.
SHIPPED_PARSES = Path(__file__).resolve().parents[2] / "models" / "noternn" / "folk-parsed.npz"

def content_key(path) -> str:
    """What a parse depends on: the file's bytes and the duration grid."""
    return hashlib.sha1(Path(path).read_bytes() + repr(DURATIONS).encode()).hexdigest()[:16]


def _shipped_parses(bundle=SHIPPED_PARSES) -> dict[str, list[Tune]]:
    if not Path(bundle).is_file():
        return {}
    with np.load(bundle) as z:
        keys, counts, ids, lengths = list(z["keys"]), z["counts"], list(z["ids"]), z["lengths"]
        notes = np.stack([z["pitches"].astype(np.int64), z["beats"].astype(np.float64)], axis=1)
    melodies = np.split(notes, np.cumsum(lengths)[:-1]) if len(lengths) else []
    out, t = {}, 0
    for key, count in zip(keys, counts):
        out[str(key)] = [(str(ids[i]), [(int(p), float(b)) for p, b in melodies[i]]) for i in range(t, t + count)]
        t += count
    return out


def _load_file(path: Path, cache_dir: Path, shipped: dict) -> list[Tune]:
    key = hashlib.sha1(f"{path}:{path.stat().st_mtime_ns}:{DURATIONS}".encode()).hexdigest()[:16]
    cached = cache_dir / f"{path.parent.name}-{path.stem}-{key}.npz"
    if cached.exists():
        with np.load(cached) as z:
            ids, lengths, notes = list(z["ids"]), z["lengths"], z["notes"]
        return [(str(tid), [(int(p), float(b)) for p, b in chunk])
                for tid, chunk in zip(ids, np.split(notes, np.cumsum(lengths)[:-1]))]
    if shipped and (found := shipped.get(content_key(path))) is not None:
        return found
    parsed = read_corpus_file(path)
    ids = np.array([f"{path.parent.name}/{tid}" for tid, _ in parsed] or [""])[: len(parsed)]
    lengths = np.array([len(m) for _, m in parsed], dtype=np.int64)
    notes = np.array([n for _, m in parsed for n in m], dtype=np.float64).reshape(-1, 2)
    with atomic_write(cached) as tmp:
        np.savez(tmp, ids=ids, lengths=lengths, notes=notes)
    return [(str(t), m) for t, (_, m) in zip(ids, parsed)]


def load_corpus(names, cache_dir, progress=None, shipped=SHIPPED_PARSES) -> list[Tune]:
    """Every tune of the named music21 corpora: from the local cache, else the shipped parses (same
    file content), else parsed now and cached as .npz under cache_dir."""
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    bundle = _shipped_parses(shipped) if shipped else {}
    files = [f for name in names for f in corpus_files(name)]
    tunes = []
    for i, path in enumerate(files):
        tunes.extend(_load_file(path, cache_dir, bundle))
        if progress:
            progress((i + 1) / len(files), path.name)
    return tunes


def pack_parses(names, cache_dir, out, progress=None) -> int:
    """Write the parses of the named corpora (parsing what is not cached) to one compressed bundle,
    keyed by file content; returns the number of tunes. `oscserver rnn-pack-corpus` runs it."""
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    files = [f for name in names for f in corpus_files(name)]
    keys, counts, ids, lengths, pitches, beats = [], [], [], [], [], []
    for i, path in enumerate(files):
        tunes = _load_file(path, cache_dir, {})
        keys.append(content_key(path))
        counts.append(len(tunes))
        for tid, melody in tunes:
            ids.append(tid)
            lengths.append(len(melody))
            pitches += [p for p, _ in melody]
            beats += [b for _, b in melody]
        if progress:
            progress((i + 1) / len(files), path.name)
    with atomic_write(Path(out)) as tmp:
        with open(tmp, "wb") as f:
            np.savez_compressed(f, keys=np.array(keys), counts=np.array(counts, np.int64), ids=np.array(ids),
                                lengths=np.array(lengths, np.int64), pitches=np.array(pitches, np.int16),
                                beats=np.array(beats, np.float64))
    return len(ids)


def split_shares(n_tunes: int) -> dict:
    """Held-out shares: 5% + 5% of a corpus; a small collection (your own 20-400 tunes) keeps 15% for
    validation, so early stopping sees more than a tune or two."""
    return {"valid": 0.05, "test": 0.05} if n_tunes >= 400 else {"valid": 0.15, "test": 0.05}


def split(items, *, valid: float = 0.05, test: float = 0.05, salt: str = "noternn"):
    """Deterministic train/valid/test split by a hash of each tune id (stable as corpora grow)."""
    out = {"train": [], "valid": [], "test": []}
    hashed = sorted((int(hashlib.sha1(f"{salt}:{tid}".encode()).hexdigest()[:8], 16) / 2**32, tid, melody)
                    for tid, melody in items)
    for h, tid, melody in hashed:
        out["test" if h < test else "valid" if h < test + valid else "train"].append((tid, melody))
    # a small collection may leave a held-out part empty: give it the train tune hashed highest
    for part in ("valid", "test"):
        if not out[part] and len(out["train"]) >= 2:
            out[part].append(out["train"].pop())
    return out


def read_midi_bpm(path, default: float = 120.0) -> float:
    """The tempo a MIDI file starts at (its first set_tempo), in quarter notes a minute."""
    import mido

    for track in mido.MidiFile(str(path)).tracks:
        for msg in track:
            if msg.type == "set_tempo":
                return float(mido.tempo2bpm(msg.tempo))
    return default
