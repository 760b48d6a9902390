"""The nmf-* subcommands, run in-process through the real `oscserver` argument parser."""

import json

import numpy as np
import soundfile as sf

from oscserver.cli import main
from oscserver.paths import EXAMPLES_DIR

LOOP = EXAMPLES_DIR / "nmf" / "drumloop.wav"


def test_decompose_then_match_from_the_command_line(tmp_path, capsys):
    out = tmp_path / "loop-nmf"
    assert main(["nmf-decompose", str(LOOP), "-k", "3", "-n", "40", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "3 components, 414 frames at 86.13 Hz" in printed
    for name in ("component-0.wav", "component-1.wav", "component-2.wav", "bases.wav", "activations.wav",
                 "bases.npy", "activations.npy", "nmf.json", "nmf.png"):
        assert (out / name).is_file(), name
    mix, _ = sf.read(LOOP, dtype="float32")
    parts = sum(sf.read(out / f"component-{k}.wav", dtype="float32")[0] for k in range(3))
    assert np.abs(parts - mix).max() < 1e-3                       # 16-bit input: the parts rebuild it

    assert main(["nmf-match", str(out / "nmf.json"), str(LOOP)]) == 0
    rows = [list(map(float, line.split())) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(mix) // 512 and all(len(r) == 3 and 0 <= min(r) and max(r) <= 1 for r in rows)


def test_decompose_with_fixed_shipped_bases(tmp_path, capsys):
    from oscserver.paths import MODELS_DIR
    model = MODELS_DIR / "nmf" / "drums.json"
    out = tmp_path / "fixed"
    assert main(["nmf-decompose", str(LOOP), "--bases", str(model), "-n", "20", "--out", str(out)]) == 0
    saved = json.loads((out / "nmf.json").read_text())
    np.testing.assert_allclose(saved["bases"], json.loads(model.read_text())["bases"], atol=1e-6)
