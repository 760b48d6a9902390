"""`oscserver rnn-train` and `oscserver rnn-eval` end to end on a small folder of real MIDI files."""

import pytest
import torch

from oscserver.noternn import data
from oscserver.noternn.cli import main
from oscserver.noternn.model import load


@pytest.fixture(scope="module")
def midi_folder(tmp_path_factory):
    """30 real folk tunes (ryansMammoth, parsed by music21) written as MIDI files."""
    folder = tmp_path_factory.mktemp("tunes")
    tunes = []
    for path in data.corpus_files("ryansMammoth")[:30]:
        tunes += data.read_corpus_file(path)
    for tid, melody in tunes:
        data.write_midi(melody, folder / f"{tid.replace('#', '-')}.mid")
    (folder / "notes.txt").write_text("not a MIDI file, ignored")
    return folder


def test_train_then_eval_on_midi_files(midi_folder, tmp_path, capsys):
    out = tmp_path / "small.pt"
    args = ["rnn-train", "--midi", str(midi_folder), "--out", str(out), "--epochs", "2", "--hidden", "32",
            "--layers", "1", "--embd", "8", "--batch-size", "8"]
    assert main(args) == 0
    ckpt = torch.load(out, weights_only=True)
    assert ckpt["model_args"]["n_hidden"] == 32 and ckpt["data"]["source"] == {"midi": str(midi_folder.resolve())}
    assert [h["epoch"] for h in ckpt["history"]] == [1, 2]
    # run again: the resume file says it is finished, so nothing more is trained
    assert main(args) == 0
    assert torch.load(out.with_name("small.state.pt"), weights_only=True)["epoch"] == 2

    assert main(["rnn-eval", str(out), "--max-order", "3"]) == 0
    text = capsys.readouterr().out
    assert "note-RNN" in text and "n-gram" in text and "kn order 3" in text and "wb order 1" in text
    assert main(["rnn-eval", str(out), "--midi", str(midi_folder), "--max-order", "2"]) == 0
    assert f"MIDI files in {midi_folder}" in capsys.readouterr().out

    # export: float16 weights, same notes at temperature 0 (the argmax rarely sits on a rounding edge)
    assert main(["rnn-export", str(out), str(tmp_path / "ship.pt")]) == 0
    shipped = torch.load(tmp_path / "ship.pt", weights_only=True)
    assert all(v.dtype == torch.float16 for v in shipped["state_dict"].values() if v.is_floating_point())
    assert "optimizer" not in shipped and shipped["history"] == ckpt["history"]
    a, _ = load(out)
    b, _ = load(tmp_path / "ship.pt")
    primer = data.encode([(67, 0.5), (69, 0.5), (71, 1.0)])
    assert (a.generate(primer, 8, 0) == b.generate(primer, 8, 0)).mean() > 0.8


def test_the_oscserver_command_has_the_subcommands():
    from oscserver.cli import build_parser

    help_text = build_parser().format_help()
    assert "rnn-train" in help_text and "rnn-eval" in help_text
