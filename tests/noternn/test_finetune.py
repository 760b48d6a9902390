"""Fine-tuning the shipped note-RNN on a performer's own tunes: `rnn-train --init`."""

import pytest
import torch

from oscserver.noternn import data
from oscserver.noternn.cli import load_split, main
from oscserver.noternn.model import load
from oscserver.noternn.train import _out_of_patience, encode_all, evaluate
from oscserver.paths import MODELS_DIR

SHIPPED = MODELS_DIR / "noternn" / "folk.pt"


def test_fine_tuning_starts_from_the_shipped_model_and_improves_on_its_own_tunes(chorale_folder, tmp_path, capsys):
    out = tmp_path / "mine.pt"
    assert main(["rnn-train", "--init", str(SHIPPED), "--midi", str(chorale_folder), "--out", str(out),
                 "--epochs", "4"]) == 0
    ckpt = torch.load(out, weights_only=True)
    shipped = torch.load(SHIPPED, weights_only=True)
    assert ckpt["model_args"] == shipped["model_args"]                       # same size and vocabulary
    assert ckpt["data"]["init"] == str(SHIPPED.resolve())
    assert ckpt["settings"]["lr"] == 5e-4 and ckpt["settings"]["patience"] == 3   # the fine-tuning defaults
    start = ckpt["history"][0]
    assert start["epoch"] == 0
    # epoch 0 is the shipped model itself, scored on this folder's validation tunes
    valid = encode_all(load_split({"midi": str(chorale_folder.resolve())}, None, log=lambda *a: None)["valid"])
    assert start["valid_bits"] == pytest.approx(evaluate(load(SHIPPED)[0], valid), abs=1e-4)
    assert ckpt["valid_bits"] < start["valid_bits"] - 0.05, ckpt["history"]
    assert "before training" in capsys.readouterr().out


def test_early_stopping_waits_for_patience_epochs():
    history = [{"valid_bits": v} for v in (3.0, 2.8, 2.9, 2.85)]
    assert not _out_of_patience(history, 3) and not _out_of_patience(history, 0)
    assert _out_of_patience(history, 2)                                      # 2.9 and 2.85 are worse than 2.8
    assert not _out_of_patience(history + [{"valid_bits": 2.7}], 2)


def test_an_init_that_is_not_a_checkpoint_is_refused(chorale_folder, tmp_path):
    (tmp_path / "bad.pt").write_text("not a checkpoint")
    with pytest.raises(SystemExit, match="--init .*bad.pt: not a note-RNN checkpoint"):
        main(["rnn-train", "--init", str(tmp_path / "bad.pt"), "--midi", str(chorale_folder),
              "--out", str(tmp_path / "x.pt")])
    assert not (tmp_path / "x.pt").exists()
