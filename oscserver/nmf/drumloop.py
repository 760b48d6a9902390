"""Drum loops mixed from Debian's hydrogen-drumkits samples, with their true kick, snare and hat stems.

The stems are what NMF should find, so tests and benchmarks can score the separation (SDR), and the
shipped example loop is made the same way.
"""

from pathlib import Path

import numpy as np
import soundfile as sf

DRUMKITS = Path("/usr/share/hydrogen/data/drumkits")

# kit -> (folder, kick, snare, closed hat); licences from /usr/share/doc/hydrogen-drumkits/copyright
KITS = {
    # GPL-2+ with an exception for compositions that mix the samples (so the mixed loop may ship)
    "colombo": ("ColomboAcousticDrumkit", "bassdrum-4mics-br-stereo-normal3.flac",
                "snare-opaque-2mics_normal-shot1.flac", "hihat-closed-1.flac"),
    "millo": ("Millo_MultiLayered3", "bd_01.flac", "sd_01.flac", "hh_01.flac"),     # GPL-2
    "pacific": ("BJA_Pacific", "BD_01.aiff", "SN_01.aiff", "HH_01.aiff"),             # CC-BY-SA-3.0
}
STEMS = ("kick", "snare", "hat")

# one bar of 16ths: a plain rock beat (kick on 1 and the "and" of 2 and 3, snare on 2 and 4, 8th hats)
PATTERN = {
    "kick":  [0, 6, 8, 10],
    "snare": [4, 12],
    "hat":   [0, 2, 4, 6, 8, 10, 12, 14],
}


def load_mono(path, sample_rate: int) -> np.ndarray:
    y, sr = sf.read(str(path), dtype="float32", always_2d=True)
    if sr != sample_rate:
        raise ValueError(f"{path} is at {sr} Hz, the loop is mixed at {sample_rate} Hz")
    return y.mean(axis=1)


def mix_loop(seconds: float = 8.0, *, bpm: float = 100.0, kit: str = "colombo", sample_rate: int = 44100,
             seed: int = 0, drumkits: Path = DRUMKITS):
    """Returns (mix, stems): mix (n,) float32 peaking at 0.9, stems {"kick", "snare", "hat"} summing to it.

    Velocities vary by a seeded random +-3 dB so the activations are not all the same height.
    """
    if kit not in KITS:
        raise ValueError(f"kit must be one of {', '.join(KITS)}, got {kit!r}")
    folder, *files = KITS[kit]
    if not (drumkits / folder).is_dir():
        raise FileNotFoundError(f"{drumkits / folder} is missing: install Debian's hydrogen-drumkits")
    rng = np.random.default_rng(seed)
    n = int(round(seconds * sample_rate))
    step = 60.0 / bpm / 4 * sample_rate                  # samples per 16th note
    stems = {}
    for name, file in zip(STEMS, files):
        hit = load_mono(drumkits / folder / file, sample_rate)
        hit = hit / np.abs(hit).max()
        track = np.zeros(n + len(hit), dtype=np.float32)
        for bar_start in np.arange(0, n, 16 * step):
            for s in PATTERN[name]:
                at = int(round(bar_start + s * step))
                if at < n:
                    track[at:at + len(hit)] += hit * 10 ** (rng.uniform(-3, 3) / 20)
        stems[name] = track[:n]
    # balance: hats quieter than kick and snare, as in a real mix
    stems["hat"] *= 0.5
    mix = sum(stems.values())
    gain = 0.9 / np.abs(mix).max()
    stems = {k: (v * gain).astype(np.float32) for k, v in stems.items()}
    return (mix * gain).astype(np.float32), stems
