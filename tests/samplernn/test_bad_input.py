"""Every SampleRNN request that cannot be served gets an /error that says what was wrong."""
import pytest

from .test_osc import srnn  # noqa: F401 - the fixture


@pytest.mark.parametrize("args, words", [
    ((-1,), "seconds must be a number from 0 to 3600, got -1"),
    ((1, 9), "temperature must be a number from 0 to 5, got 9"),
    (("long",), "seconds must be a number"),
    ((float("nan"),), "seconds must be a number"),
])
def test_bad_start(srnn, args, words):
    assert words in srnn.expect_error("/samplernn/start", *args)


def test_stop_with_nothing_running_says_zero(srnn):
    assert srnn.request("/samplernn/stop", reply="/samplernn/done") == [0]


@pytest.mark.parametrize("args, words", [
    (("../escape.wav", 1), "outside the output folder"),
    (("out.txt", 1), "path must end in .wav"),
    (("out.wav", 0), "seconds must be a number from 0.01 to 600, got 0"),
    (("out.wav",), "takes 2 to 3 arguments"),
])
def test_bad_render(srnn, args, words):
    assert words in srnn.expect_error("/samplernn/render", *args)


def test_bad_prime(srnn, server):
    assert "was not found" in srnn.expect_error("/samplernn/prime", "no-such-file.wav")
    assert "outside the folders" in srnn.expect_error("/samplernn/prime", "/etc/passwd")
    (server.input_dir / "notes.txt").write_text("not a sound")
    assert "not a sound file" in srnn.expect_error("/samplernn/prime", "notes.txt")


def test_bad_load(srnn, server):
    assert "model must be one of chorales" in srnn.expect_error("/samplernn/load", "nonesuch")
    (server.input_dir / "broken.pt").write_bytes(b"not a checkpoint")
    assert "is not a SampleRNN checkpoint" in srnn.expect_error("/samplernn/load", "broken.pt", timeout=20)
    # the loaded model is unchanged
    assert srnn.request("/samplernn/start", 0.1, reply="/samplernn/done", timeout=10) == [1600]


def test_bad_train(srnn, server):
    (server.input_dir / "empty-folder").mkdir(exist_ok=True)
    assert "has no sound files" in srnn.expect_error("/samplernn/train", "empty-folder")
    assert "is a file" in srnn.expect_error("/samplernn/train", "examples/samplernn/chorale-excerpt.wav")
    assert "size must be one of small, full" in srnn.expect_error(
        "/samplernn/train", "empty-folder", 10, 10, "huge")
    assert "steps must be a whole number from 1" in srnn.expect_error("/samplernn/train", "empty-folder", 0)
    assert "init must be one of none, shipped" in srnn.expect_error(
        "/samplernn/train", "empty-folder", 10, 10, "small", "chorales")


def test_card_without_a_sound_card_is_an_error(srnn):
    try:
        import sounddevice
        has_output = any(d["max_output_channels"] > 0 for d in sounddevice.query_devices())
    except (ImportError, OSError):
        has_output = False
    if has_output:
        pytest.skip("this machine has a sound card")
    assert "no sound card" in srnn.expect_error("/samplernn/card", 1)
    assert srnn.request("/samplernn/card", 0, reply="/samplernn/card") == [0]


def test_bad_tempo(srnn, server):
    import torch

    from oscserver.samplernn.model import SampleRNN, SampleRNNConfig, checkpoint

    assert "bpm must be a number from 20 to 400, got 500" in srnn.expect_error("/samplernn/tempo", 500)
    assert "bpm must be a number" in srnn.expect_error("/samplernn/tempo", "fast")
    plain = SampleRNN(SampleRNNConfig(frame_sizes=(8,), dim=16, mlp_dim=16, embed_dim=4, context=4))
    torch.save(checkpoint(plain), server.input_dir / "clockless.pt")
    srnn.request("/samplernn/load", "clockless.pt", reply="/samplernn/loaded", timeout=20)
    assert "has no beat clock" in srnn.expect_error("/samplernn/tempo", 120)
