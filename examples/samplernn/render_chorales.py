"""Render Bach chorales from music21's corpus to 16 kHz WAV with fluidsynth (training data).

    .venv/bin/python examples/samplernn/render_chorales.py OUT_DIR [--count 72] [--valid 6]
    .venv/bin/python examples/samplernn/render_chorales.py OUT_DIR --band --count 240 --valid 12

Writes OUT_DIR/train/*.wav and OUT_DIR/valid/*.wav (the last --valid pieces are held out).
Plain: the four voices on a General MIDI piano. --band: a chorale band, each piece played at a
tempo of 84-116 beats a minute with the upper voices on a plucked instrument (harpsichord, nylon
guitar or marimba, one per piece), the bass voice on an acoustic bass, and a drummer (kick, snare,
hats, ghost notes, crashes every four or eight bars, timing and velocity played slightly off).
With --band each WAV gets a sidecar NAME.beats.json ({"bpm", "beats_per_bar", "first_beat_s"}): the
beat clock a tempo-conditioned model trains on (see oscserver/samplernn/clock.py).
Needs the Debian packages fluidsynth and fluid-soundfont-gm. Nothing is downloaded; the same
arguments always write the same files.
"""
import argparse
import json
import subprocess
import tempfile
from pathlib import Path

import mido
import numpy as np
import soundfile as sf
from music21 import converter, corpus

SOUNDFONT = "/usr/share/sounds/sf2/FluidR3_GM.sf2"
UPPER = {"harpsichord": 6, "nylon guitar": 24, "marimba": 12}
BASS = 32                                       # acoustic bass
KICK, SNARE, HAT, OPEN_HAT, PEDAL_HAT, CRASH, RIDE = 36, 38, 42, 46, 44, 49, 51


def drum_track(length_ticks, tpb, beats_per_bar, rng) -> mido.MidiTrack:
    """A drummer on channel 10 from tick 0 to the end: one groove per piece, crashes every few bars."""
    groove = int(rng.integers(3))               # 0: rock, 1: busier hats and ghosts, 2: ride
    crash_every = int(rng.choice([4, 8]))
    events = []                                 # (tick, note, velocity)
    eighth = tpb // 2
    bar_ticks = beats_per_bar * tpb
    for bar, start in enumerate(range(0, length_ticks, bar_ticks)):
        for e in range(2 * beats_per_bar):
            t = start + e * eighth
            beat, off = divmod(e, 2)
            if t >= length_ticks:
                break
            events.append((t, RIDE if groove == 2 else HAT, 70 + 25 * (off == 0)))
            if off == 0 and (beat == 0 or (beats_per_bar == 4 and beat == 2)):
                events.append((t, KICK, 110))
            if off == 0 and beat % 2 == 1:
                events.append((t, SNARE, 105))
            if off == 1 and rng.random() < (0.35 if groove == 1 else 0.12):
                events.append((t, KICK if rng.random() < 0.5 else SNARE, 45))    # pushes and ghosts
            if groove == 1 and off == 1 and e == 2 * beats_per_bar - 1 and rng.random() < 0.4:
                events.append((t, OPEN_HAT, 80))
        if bar % crash_every == 0:
            events.append((start, CRASH, 100))
    track = mido.MidiTrack()
    track.append(mido.Message("program_change", channel=9, program=0, time=0))
    msgs = []
    for t, note, vel in events:
        t = max(0, int(t + rng.normal(0, tpb * 0.01)))                # played, not quantised
        v = int(np.clip(vel * rng.uniform(0.85, 1.1), 1, 127))
        msgs += [(t, mido.Message("note_on", channel=9, note=note, velocity=v)),
                 (t + eighth // 2, mido.Message("note_off", channel=9, note=note, velocity=0))]
    now = 0
    for t, msg in sorted(msgs, key=lambda m: m[0]):
        track.append(msg.copy(time=t - now))
        now = t
    return track


def arrange(mid: Path, rng) -> tuple[float, int]:
    """Make the plain chorale MIDI a band: instruments, a tempo, drums (rewrites mid in place).
    Returns (bpm, beats_per_bar); bar 1 of the drums starts at tick 0."""
    f = mido.MidiFile(mid)
    upper = UPPER[sorted(UPPER)[int(rng.integers(len(UPPER)))]]
    bpm = rng.uniform(84, 116)
    beats_per_bar = 4
    note_tracks = [t for t in f.tracks if any(m.type == "note_on" for m in t)]
    for t in f.tracks:
        for m in t:
            if m.type == "set_tempo":
                m.tempo = int(60e6 / bpm)
            if m.type == "time_signature":
                beats_per_bar = m.numerator if m.numerator in (2, 3, 4, 6) else 4
    for k, t in enumerate(note_tracks):
        program = BASS if k == len(note_tracks) - 1 else upper        # the last voice is the bass
        for m in t:
            if m.type == "program_change":
                m.program = program
            if m.type == "note_on" and program == BASS:
                m.velocity = min(127, m.velocity + 10)
    length = max(sum(m.time for m in t) for t in f.tracks)
    f.tracks.append(drum_track(length, f.ticks_per_beat, beats_per_bar, rng))
    f.save(mid)
    return bpm, beats_per_bar


def render(score_path: Path, wav: Path, rate: int, band: bool, rng) -> None:
    score = converter.parse(score_path)
    with tempfile.TemporaryDirectory() as tmp:
        mid = Path(tmp) / "in.mid"
        score.write("midi", fp=mid)
        if band:
            bpm, beats_per_bar = arrange(mid, rng)
        subprocess.run(["fluidsynth", "-ni", "-q", "-g", "0.6", "-F", str(wav), "-r", str(rate),
                        SOUNDFONT, str(mid)], check=True, stdout=subprocess.DEVNULL)
    cut = trim_silence(wav, rate)
    if band:        # tick 0 (the first downbeat) now lies cut samples before the file's start
        clock = {"bpm": round(bpm, 4), "beats_per_bar": beats_per_bar, "first_beat_s": -cut / rate}
        wav.with_suffix(".beats.json").write_text(json.dumps(clock) + "\n")


def trim_silence(wav: Path, rate: int, below_db: float = -40.0, keep_s: float = 0.3) -> int:
    """Cut the silence fluidsynth leaves before the first and after the last sound (MIDI files end
    seconds after their last note): 50 ms windows under below_db of the peak, keep_s kept.
    Returns the samples cut from the start."""
    x, _ = sf.read(str(wav), dtype="float32", always_2d=True)
    n = int(0.05 * rate)
    level = np.sqrt(np.mean(x[: len(x) // n * n].reshape(-1, n * x.shape[1]) ** 2, axis=1))
    loud = np.flatnonzero(level > level.max() * 10 ** (below_db / 20))
    if len(loud):
        start = max(0, loud[0] * n - int(keep_s * rate))
        end = min(len(x), (loud[-1] + 1) * n + int(keep_s * rate))
        sf.write(str(wav), x[start:end], rate, subtype="PCM_16")
        return start
    return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=72, help="chorales to render, in file-name order")
    ap.add_argument("--valid", type=int, default=6, help="the last this-many are held out")
    ap.add_argument("--rate", type=int, default=16000)
    ap.add_argument("--band", action="store_true", help="plucked upper voices, bass and drums")
    ap.add_argument("--only-valid", action="store_true",
                    help="render the held-out pieces only (what samplernn-judge and -eval need); same files")
    a = ap.parse_args()
    paths = sorted(p for p in corpus.getComposer("bach") if p.suffix in (".mxl", ".xml"))[: a.count]
    for i, p in enumerate(paths):
        split = "valid" if i >= len(paths) - a.valid else "train"
        if a.only_valid and split == "train":
            continue
        wav = Path(a.out) / split / (p.stem.replace(".", "_") + ".wav")
        wav.parent.mkdir(parents=True, exist_ok=True)
        if not wav.exists():
            render(p, wav, a.rate, a.band, np.random.default_rng(i))
        print(split, wav.name, flush=True)


if __name__ == "__main__":
    main()
