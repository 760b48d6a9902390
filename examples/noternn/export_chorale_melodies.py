"""Write the soprano lines of music21's Bach chorales as MIDI files: a collection the shipped folk
model never saw, for measuring fine-tuning (`rnn-train --init`; see models/noternn/MODEL_CARD.md).

    .venv/bin/python examples/noternn/export_chorale_melodies.py OUT_DIR [--tune 100]

Chorales in file-name order; the first --tune go to OUT_DIR/tune (what a performer brings), the
rest to OUT_DIR/heldout (never trained on, only scored). Many chorales set the same hymn tune: a
melody whose first seven intervals match one already written (its tune family) goes where the first
of its family went, so held-out tunes are really unseen. The same arguments always write the same files.
"""
import argparse
import sys
from pathlib import Path

from music21 import converter, corpus

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from oscserver.noternn.data import REST, melody_from_music21, write_midi  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--tune", type=int, default=100, help="chorales for the fine-tuning folder (default 100)")
    ap.add_argument("--count", type=int, default=0, help="chorales in all (default 0 = every one)")
    a = ap.parse_args()
    paths = sorted(p for p in corpus.getComposer("bach") if p.suffix in (".mxl", ".xml"))
    paths = paths[: a.count] if a.count else paths
    seen: dict[tuple, str] = {}
    written = {"tune": 0, "heldout": 0}
    for i, path in enumerate(paths):
        melody = melody_from_music21(converter.parse(path))
        pitches = [p for p, _ in melody if p != REST]
        if len(pitches) < 8:
            continue
        family = tuple(b - a for a, b in zip(pitches[:7], pitches[1:8]))
        part = seen.get(family) or ("tune" if i < a.tune else "heldout")
        seen.setdefault(family, part)
        folder = a.out / part
        folder.mkdir(parents=True, exist_ok=True)
        write_midi(melody, folder / f"{path.stem}.mid", bpm=80)
        written[part] += 1
        print(f"{part:8s} {path.stem}: {len(melody)} notes", flush=True)
    print(f"{written['tune']} melodies in {a.out / 'tune'}, {written['heldout']} in {a.out / 'heldout'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
