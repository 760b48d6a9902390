"""`oscserver samplernn-train` and `samplernn-eval` end to end on a real excerpt (tiny model)."""
import shutil

import torch

from oscserver.cli import main

from .test_audio import EXCERPT


def test_train_then_resume_then_eval(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(EXCERPT, data / "a.wav")
    out = tmp_path / "run"
    tiny = ["--dim", "32", "--mlp-dim", "32", "--embed-dim", "8", "--frame-sizes", "8", "--context", "8",
            "--batch", "4", "--seq-len", "256", "--valid-every", "3", "--save-every", "3",
            "--snapshot-every", "3", "--snapshot-seconds", "0.1", "--valid", str(data)]
    assert main(["samplernn-train", str(data), str(out), "--steps", "3", *tiny]) == 0
    assert main(["samplernn-train", str(data), str(out), "--steps", "6", *tiny]) == 0
    printed = capsys.readouterr().out
    assert "resumed from" in printed and "at step 3" in printed
    model = torch.load(out / "model.pt", weights_only=True)
    assert model["step"] == 6 and "optimizer" not in model and model["seed_levels"].numel() > 0
    assert all(v.dtype == torch.float16 for v in model["model"].values())      # half size to ship
    assert (out / "snapshot-0000006.wav").is_file()
    assert main(["samplernn-eval", str(out / "model.pt"), str(data), "--lpc-order", "16"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 5 and all(r.endswith("bits/sample") for r in rows)
    assert rows[1].startswith("marginal histogram entropy")
