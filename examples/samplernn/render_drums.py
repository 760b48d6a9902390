"""Render drum performances from Debian's hydrogen-drumkits to 16 kHz WAV (SampleRNN training data).

    .venv/bin/python examples/samplernn/render_drums.py OUT_DIR [--minutes 60] [--valid-minutes 10]

Each performance is one kit, one style and one tempo for 8-20 s: grooves (rock, funk, breakbeat,
half-time, four-on-the-floor, jazz ride, blast beat) with fills every few bars, crashes after the
fills, ghost notes, swing, timing and velocity played slightly off the grid, open hats choked by the
closed hat. Writes OUT_DIR/train/*.wav and OUT_DIR/valid/*.wav; the two splits use different random
performances of the same kits. Needs the Debian package hydrogen-drumkits; nothing is downloaded.
The same arguments always write the same files.
"""
import argparse
import re
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

KITS = Path("/usr/share/hydrogen/data/drumkits")

# role -> (pattern on the instrument's name, mix gain); the first role that matches wins
ROLES = {
    "open": (r"(open|opened|op\b|semi|swish)", 0.35),
    "pedal": (r"pedal|hat.*pd\b|\bpd\b", 0.3),
    "hat": (r"hi.?hat|hh|\bhat\b|hat ", 0.35),
    "kick": (r"kick|bass ?drum|bassdrum|\bbd\b", 1.0),
    "snare": (r"snare|clap|rim", 0.8),
    "ride": (r"ride", 0.3),
    "crash": (r"crash|splash|china", 0.4),
    "tom": (r"\btom|tom ", 0.7),
}


def read_kit(folder: Path) -> dict:
    """role -> list of instruments; an instrument is a list of (min_velocity, max_velocity, path)."""
    root = ET.parse(folder / "drumkit.xml").getroot()
    ns = root.tag[1: root.tag.index("}")] if root.tag.startswith("{") else ""
    q = (lambda tag: f"{{{ns}}}{tag}") if ns else (lambda tag: tag)
    kit = {}
    for inst in root.iter(q("instrument")):
        name = (inst.findtext(q("name")) or "").lower()
        layers = [(float(l.findtext(q("min")) or 0), float(l.findtext(q("max")) or 1),
                   folder / l.findtext(q("filename"))) for l in inst.iter(q("layer"))
                  if l.findtext(q("filename"))]
        if not layers and inst.findtext(q("filename")):
            layers = [(0.0, 1.0, folder / inst.findtext(q("filename")))]
        layers = [l for l in layers if l[2].is_file()]
        role = next((r for r, (pattern, _) in ROLES.items() if re.search(pattern, name)), None)
        if role == "open" and not re.search("hat|hh|hi", name):
            role = None
        if role and layers:
            kit.setdefault(role, []).append(sorted(layers))
    return kit


def usable_kits() -> dict:
    kits = {}
    for folder in sorted(p for p in KITS.iterdir() if (p / "drumkit.xml").is_file()):
        kit = read_kit(folder)
        if {"kick", "snare"} <= set(kit) and ("hat" in kit or "ride" in kit):
            kits[folder.name] = kit
    if not kits:
        raise SystemExit(f"no drum kits with a kick, a snare and a hat under {KITS} "
                         "(apt-get install hydrogen-drumkits)")
    return kits


class Samples:
    """Decoded, mono, resampled, peak-normalised samples, read once."""

    def __init__(self, rate):
        self.rate, self.cache = rate, {}

    def __call__(self, path: Path) -> np.ndarray:
        if path not in self.cache:
            x, r = sf.read(str(path), dtype="float32", always_2d=True)
            x = x.mean(axis=1)[: int(3 * r)]                      # at most 3 s of ring
            if r != self.rate:
                ratio = Fraction(self.rate, r).limit_denominator(1000)
                x = resample_poly(x, ratio.numerator, ratio.denominator).astype(np.float32)
            peak = np.abs(x).max()
            self.cache[path] = x / peak if peak > 1e-6 else x
        return self.cache[path]


# Grooves on a 16-step bar: role -> {step: velocity}; (steps chosen at random are added in bar()).
STYLES = {
    "rock": dict(tempo=(85, 150), swing=(0, 0.1), kick={0: 1, 8: .9}, snare={4: 1, 12: 1},
                 hat={s: .8 - .3 * (s % 4 == 2) for s in range(0, 16, 2)}, extra_kick=[6, 10, 14, 15]),
    "funk": dict(tempo=(88, 112), swing=(0, .25), kick={0: 1, 3: .7, 10: .8}, snare={4: 1, 12: 1},
                 hat={s: .7 if s % 2 == 0 else .35 for s in range(16)}, ghosts=.3, extra_kick=[6, 7, 11, 14]),
    "breakbeat": dict(tempo=(130, 175), swing=(0, .15), kick={0: 1, 2: .8, 10: .9, 11: .7},
                      snare={4: 1, 7: .5, 9: .6, 12: 1, 15: .5}, ride={s: .7 for s in range(0, 16, 2)},
                      ghosts=.15, extra_kick=[6, 14]),
    "halftime": dict(tempo=(70, 95), swing=(0, .2), kick={0: 1, 7: .7, 10: .8}, snare={8: 1},
                     hat={s: .6 for s in range(16)}, ghosts=.2, extra_kick=[3, 14]),
    "four": dict(tempo=(110, 135), swing=(0, 0), kick={0: 1, 4: 1, 8: 1, 12: 1}, snare={4: .9, 12: .9},
                 open={2: .7, 6: .7, 10: .7, 14: .7}, hat={s: .5 for s in range(1, 16, 2)}),
    "jazz": dict(tempo=(120, 200), swing=(.3, .5), ride={0: .8, 4: .9, 6: .6, 8: .8, 12: .9, 14: .6},
                 pedal={4: .7, 12: .7}, kick={0: .4}, snare={}, ghosts=.2, extra_kick=[6, 10, 14]),
    "blast": dict(tempo=(170, 230), swing=(0, 0), kick={s: .9 for s in range(0, 16, 2)},
                  snare={s: .9 for s in range(1, 16, 2)}, hat={s: .6 for s in range(0, 16, 2)}),
}


def bar(style, rng, fill):
    """One bar of (step, role, velocity), step a float 0..16 (a 16th note = 1)."""
    s = STYLES[style]
    notes = [(step, role, v) for role in ("kick", "snare", "hat", "open", "ride", "pedal")
             for step, v in s.get(role, {}).items()]
    notes += [(step, "kick", .7) for step in s.get("extra_kick", []) if rng.random() < .3]
    notes += [(step, "snare", .25) for step in range(1, 16, 2) if rng.random() < s.get("ghosts", 0)]
    if "hat" in s and rng.random() < .3:
        notes.append((14, "open", .6))
    if fill:                                        # the last beat or two: toms and snare
        start = 8 if rng.random() < .3 else 12
        notes = [n for n in notes if n[0] < start or n[1] in ("kick", "pedal")]
        notes += [(step, rng.choice(["tom", "snare", "tom"]), .7 + .3 * rng.random())
                  for step in range(start, 16) if rng.random() < .85]
    return notes


def perform(kit, style, rng, samples: Samples, seconds):
    """Render one performance (float32 mono, peak about 0.95)."""
    rate = samples.rate
    tempo = rng.uniform(*STYLES[style]["tempo"])
    swing = rng.uniform(*STYLES[style]["swing"])
    step_s = 60.0 / tempo / 4
    bars = max(2, int(seconds / (16 * step_s)))
    fill_every = int(rng.choice([4, 8]))
    # one instrument per role for the whole performance (a kit with several kicks plays one of them)
    chosen = {role: insts[int(rng.integers(len(insts)))] for role, insts in kit.items()}
    if "hat" not in chosen:
        chosen["hat"] = chosen["ride"]
    toms = kit.get("tom", [chosen["snare"]])
    events = []                                     # (time s, role, velocity, layers)
    for b in range(bars):
        fill = (b + 1) % fill_every == 0
        if b % fill_every == 0 and b and "crash" in chosen:
            events.append((b * 16 * step_s, "crash", .9, chosen["crash"]))
        for step, role, v in bar(style, rng, fill):
            if role not in chosen and role != "tom":
                role = {"open": "hat", "pedal": "hat", "ride": "hat"}.get(role, role)
            layers = toms[int(rng.integers(len(toms)))] if role == "tom" else chosen[role]
            t = (b * 16 + step + (swing if step % 2 == 1 else 0)) * step_s
            t += rng.normal(0, .004)                # played, not quantised
            v = float(np.clip(v * rng.uniform(.8, 1.1), .05, 1))
            events.append((max(0.0, t), role, v, layers))
    events.sort(key=lambda e: e[0])
    hat_times = np.array([t for t, role, _, _ in events if role in ("hat", "pedal")] + [np.inf])
    out = np.zeros(int((bars * 16 * step_s + 3) * rate), np.float32)
    for t, role, v, layers in events:
        path = next((p for lo, hi, p in layers if lo <= v <= hi), layers[-1][2])
        x = samples(path) * (ROLES[role][1] * v ** 1.5)
        if role == "open":                          # the closed hat chokes the open one
            end = hat_times[np.searchsorted(hat_times, t + 1e-3)]
            n = int(min(max(0.02, end - t), 3.0) * rate)
            if n < len(x):
                x = x[:n] * np.minimum(1, np.linspace(n / (0.01 * rate), 0, n))
        i = int(t * rate)
        m = min(len(x), len(out) - i)
        out[i: i + m] += x[:m]
    out = out[: int(bars * 16 * step_s * rate) + rate // 2]
    return (0.95 * out / max(1e-6, np.abs(out).max())).astype(np.float32)


def render_split(folder: Path, minutes, seed, kits, samples, log=print):
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    names, styles, total, i = sorted(kits), sorted(STYLES), 0.0, 0
    while total < minutes * 60:
        kit, style = names[i % len(names)], styles[int(rng.integers(len(styles)))]
        y = perform(kits[kit], style, rng, samples, rng.uniform(8, 20))
        path = folder / f"{i:03d}-{re.sub(r'[^A-Za-z0-9]+', '_', kit)}-{style}.wav"
        sf.write(str(path), y, samples.rate, subtype="PCM_16")
        total += len(y) / samples.rate
        log(f"{path} {len(y) / samples.rate:.1f} s")
        i += 1
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--minutes", type=float, default=60.0, help="training audio to write")
    ap.add_argument("--valid-minutes", type=float, default=10.0, help="held-out audio to write")
    ap.add_argument("--rate", type=int, default=16000)
    a = ap.parse_args()
    kits, samples = usable_kits(), Samples(a.rate)
    print(f"{len(kits)} kits: {', '.join(kits)}")
    render_split(Path(a.out) / "train", a.minutes, 1, kits, samples)
    render_split(Path(a.out) / "valid", a.valid_minutes, 2, kits, samples)


if __name__ == "__main__":
    main()
