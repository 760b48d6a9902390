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


def _tiny_model(tmp_path, data):
    out = tmp_path / "run"
    tiny = ["--dim", "32", "--mlp-dim", "32", "--embed-dim", "8", "--frame-sizes", "8", "--context", "8",
            "--batch", "4", "--seq-len", "256", "--valid-every", "2", "--save-every", "2", "--snapshot-every", "0"]
    assert main(["samplernn-train", str(data), str(out), "--steps", "2", *tiny]) == 0
    return out / "model.pt"


def test_judge_prints_every_row_and_stores_the_best_temperature(tmp_path, capsys):
    import soundfile as sf

    from .test_judge import plucked_music

    real = tmp_path / "real"
    real.mkdir()
    for k in range(3):
        sf.write(real / f"{k}.wav", plucked_music(6, k), 16000)
    model = _tiny_model(tmp_path, real)
    capsys.readouterr()
    assert main(["samplernn-judge", str(model), str(real), "--seconds", "4", "--segment", "4",
                 "--temperature", "0.5", "1", "--set-default", "--save", str(tmp_path / "take.wav")]) == 0
    printed = capsys.readouterr().out
    for row in ("real vs real (the floor)", "LPC babble", "white noise at the real level", "T=0.5, 0-4 s",
                "T=1, 0-4 s", "best temperature"):
        assert row in printed
    assert "FAIL" in printed                           # two steps of training do not make music
    assert (tmp_path / "take-T0.5.wav").is_file() and (tmp_path / "take-T1.wav").is_file()
    best = float(printed.split("best temperature ")[1].split(":")[0])
    assert torch.load(model, weights_only=True)["default_temperature"] == best


def test_judge_bad_input_says_what_is_wrong(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.txt").write_text("not a model")
    from oscserver.paths import MODELS_DIR

    shipped = str(MODELS_DIR / "samplernn" / "chorales.pt")
    cases = [
        ([str(tmp_path / "missing.pt"), str(tmp_path)], "no model file"),
        ([str(tmp_path / "notes.txt"), str(tmp_path)], "is not a SampleRNN checkpoint"),
        ([str(MODELS_DIR / "noternn" / "folk.pt"), str(tmp_path)], "is not a SampleRNN checkpoint"),
        ([shipped, str(tmp_path / "nowhere")], "no folder"),
        ([shipped, str(tmp_path / "empty")], "no audio files in"),
    ]
    for argv, words in cases:
        assert main(["samplernn-judge", *argv]) == 2
        assert words in capsys.readouterr().err
