"""Render Bach chorales from music21's corpus to 16 kHz WAV with fluidsynth (training data).

    .venv/bin/python examples/samplernn/render_chorales.py OUT_DIR [--count 72] [--valid 6]

Writes OUT_DIR/train/*.wav and OUT_DIR/valid/*.wav (the last --valid pieces are held out).
Needs the Debian packages fluidsynth and fluid-soundfont-gm. Nothing is downloaded.
"""
import argparse
import subprocess
import tempfile
from pathlib import Path

from music21 import corpus, converter

SOUNDFONT = "/usr/share/sounds/sf2/FluidR3_GM.sf2"


def render(score_path: Path, wav: Path, rate: int) -> None:
    score = converter.parse(score_path)
    with tempfile.TemporaryDirectory() as tmp:
        mid = Path(tmp) / "in.mid"
        score.write("midi", fp=mid)
        subprocess.run(["fluidsynth", "-ni", "-q", "-g", "0.6", "-F", str(wav), "-r", str(rate),
                        SOUNDFONT, str(mid)], check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=72)
    ap.add_argument("--valid", type=int, default=6)
    ap.add_argument("--rate", type=int, default=16000)
    a = ap.parse_args()
    paths = sorted(p for p in corpus.getComposer("bach") if p.suffix in (".mxl", ".xml"))[: a.count]
    for i, p in enumerate(paths):
        split = "valid" if i >= len(paths) - a.valid else "train"
        wav = Path(a.out) / split / (p.stem.replace(".", "_") + ".wav")
        wav.parent.mkdir(parents=True, exist_ok=True)
        if not wav.exists():
            render(p, wav, a.rate)
        print(split, wav.name, flush=True)


if __name__ == "__main__":
    main()
