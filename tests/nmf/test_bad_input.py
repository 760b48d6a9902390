"""Every bad input gets a RequestError whose message names the value and what is allowed."""

import numpy as np
import pytest
import soundfile as sf

from oscserver.errors import RequestError
from oscserver.nmf.decompose import decompose, decompose_file, load_audio
from oscserver.nmf.match import Matcher
from oscserver.nmf.nmf import NMF
from oscserver.nmf.save import load_model
from oscserver.nmf.stft import STFTConfig

SR = 44100


@pytest.fixture
def noise(rng):
    return (0.1 * rng.standard_normal(SR)).astype(np.float32)


def test_sound_shorter_than_one_window():
    with pytest.raises(RequestError, match=r"500 samples .* shorter than one analysis window of 1024"):
        decompose(np.ones(500, np.float32), SR, 2)


def test_silence():
    with pytest.raises(RequestError, match="silent"):
        decompose(np.zeros(SR, np.float32), SR, 2)


def test_not_an_audio_file(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("this is text, not a sound")
    with pytest.raises(RequestError, match="'notes.wav' is not a sound file"):
        load_audio(path)


def test_missing_file(tmp_path):
    with pytest.raises(RequestError, match="is not a file"):
        decompose_file(tmp_path / "nothing.wav", 2)


def test_short_file_names_the_file(tmp_path):
    path = tmp_path / "blip.wav"
    sf.write(path, np.ones(100, np.float32) * 0.5, SR)
    with pytest.raises(RequestError, match=r"'blip.wav' is 100 samples"):
        decompose_file(path, 2)


def test_nan_samples(noise):
    noise[10] = np.nan
    with pytest.raises(RequestError, match="NaN"):
        decompose(noise, SR, 2)


def test_stereo_array(noise):
    with pytest.raises(RequestError, match="mono"):
        decompose(np.stack([noise, noise]), SR, 2)


@pytest.mark.parametrize("components", [0, 65, 2.5])
def test_bad_component_count(noise, components):
    with pytest.raises(RequestError, match=rf"components must be a whole number from 1 to 64, got {components}"):
        decompose(noise, SR, components)


@pytest.mark.parametrize("kwargs,message", [
    ({"iterations": 0}, "iterations must be 1 to 100000, got 0"),
    ({"beta": float("nan")}, "beta must be"),
    ({"bases_mode": "frozen"}, "bases_mode must be one of random, seed, fixed, got 'frozen'"),
    ({"bases_mode": "fixed"}, "bases_mode 'fixed' needs bases of shape"),
    ({"bases_mode": "seed", "bases": np.ones((2, 10))}, r"bases must have shape \(2, 513\)"),
    ({"activations_mode": "fixed", "activations": -np.ones((87, 2))}, "finite and non-negative"),
    ({"restarts": 0}, "restarts must be 1 to 100"),
])
def test_bad_nmf_settings(noise, kwargs, message):
    with pytest.raises(RequestError, match=message):
        decompose(noise, SR, 2, **kwargs)


def test_negative_or_nonfinite_matrix():
    with pytest.raises(RequestError, match="non-negative"):
        NMF(2).fit(-np.ones((10, 5)))
    with pytest.raises(RequestError, match="2-D"):
        NMF(2).fit(np.ones(10))
    with pytest.raises(RequestError, match="No data fitted"):
        NMF(2).transform(np.ones((10, 5)))


@pytest.mark.parametrize("cfg,message", [
    (dict(window=8), "window must be 16 to 65536 samples, got 8"),
    (dict(window=1024, hop=1024), r"hop must be 1 to half the window \(512\) samples, got 1024"),
    (dict(window=1024, fft=512), r"fft must be at least the window \(1024\), got 512"),
])
def test_bad_stft_settings(cfg, message):
    with pytest.raises(RequestError, match=message):
        STFTConfig(**cfg)


def test_matcher_refuses_bases_of_the_wrong_size():
    with pytest.raises(RequestError, match=r"bases must have shape \(K, 513\) for fft 1024"):
        Matcher(np.ones((3, 100)), STFTConfig())


@pytest.mark.parametrize("text,message", [
    ("not json", "cannot be read as JSON"),
    ('{"format": "other"}', "not an oscserver NMF model"),
    ('{"format": "oscserver-nmf-1", "stft": {}, "bases": [], "activation_peaks": [], "extra": 1}',
     r"unknown keys \['extra'\]"),
])
def test_bad_model_files(tmp_path, text, message):
    path = tmp_path / "nmf.json"
    path.write_text(text)
    with pytest.raises(RequestError, match=message):
        load_model(path)


# -- over OSC: every bad request gets /error <address> <message> -------------------------------------

@pytest.fixture(scope="module")
def bad_files(server):
    folder = server.input_dir
    (folder / "nmf-text.wav").write_text("not a sound")
    sf.write(folder / "nmf-blip.wav", np.full(300, 0.5, np.float32), SR)
    sf.write(folder / "nmf-silence.wav", np.zeros(SR, np.float32), SR)
    sf.write(folder / "nmf-22k.wav", 0.1 * np.random.default_rng(0).standard_normal(22050), 22050)
    return folder


@pytest.mark.parametrize("args,message", [
    (("nmf-missing.wav", 3), "was not found in the folders the server may read"),
    (("/etc/passwd", 3), "outside the folders the server may read"),
    (("nmf-text.wav", 3), "'nmf-text.wav' is not a sound file"),
    (("nmf-blip.wav", 3), "'nmf-blip.wav' is 300 samples"),
    (("nmf-silence.wav", 3), "silent"),
    (("examples/nmf/drumloop.wav", 0), "components must be a whole number from 1 to 16, got 0"),
    (("examples/nmf/drumloop.wav", 2.5), "components must be a whole number from 1 to 16, got 2.5"),
    (("examples/nmf/drumloop.wav", 3, 0), "iterations must be a whole number from 1 to 1000, got 0"),
    (("examples/nmf/drumloop.wav",), "takes 2 to 4 arguments"),
    (("examples", 3), "path must be a sound file, got the folder 'examples'"),
])
def test_bad_decompose_requests(client, bad_files, args, message):
    error = client.expect_error("/nmf/decompose", *args, timeout=10)
    assert message in error


def test_bad_match_requests(client, bad_files):
    assert "there is no sound card input here" in client.expect_error("/nmf/match/start")
    assert "was not found" in client.expect_error("/nmf/match/start", "nmf-nothing.wav")
    assert "is at 22050 Hz but the bases were learned at 44100 Hz" in client.expect_error(
        "/nmf/match/start", "nmf-22k.wav")
    assert "takes 0 to 1 argument" in client.expect_error("/nmf/match/start", "a", "b")


def test_play_before_any_decomposition(server):
    # a fresh instrument (the shared server may have decomposed already): the error, and the
    # shipped drum bases as the fallback for live matching
    from oscserver.nmf.osc import NMFInstrument
    from oscserver.server.table import Request
    instrument = NMFInstrument(server=None)
    with pytest.raises(RequestError, match="nothing to play: send /nmf/decompose"):
        instrument.play(Request("/nmf/play", {}, [], ("127.0.0.1", 1), None))
    bases, cfg, peaks, sr = instrument._match_bases()
    assert bases.shape == (3, cfg.bins) and sr == 44100 and np.all(peaks > 0)


def test_stop_when_nothing_runs_is_harmless(client):
    client.send("/nmf/stop")
    client.send("/nmf/match/stop")
    assert client.expect("/nmf/match/done") == [0]
    client.send("/ping", 1)
    assert client.expect("/pong") == [1]


def test_bad_load_requests(client, bad_files):
    assert "cannot be read as JSON" in client.expect_error("/nmf/load", "nmf-text.wav")
    assert "was not found" in client.expect_error("/nmf/load", "nmf-none.json")
    assert "got the folder 'examples'" in client.expect_error("/nmf/load", "examples")


# -- bases seed/fixed and live separation ------------------------------------------------------------

def test_init_must_be_known(noise):
    with pytest.raises(RequestError, match="init must be one of random, nndsvd, nndsvda, got 'svd'"):
        decompose(noise, SR, 2, init="svd")


@pytest.fixture
def fresh(tmp_path):
    """A server of its own, in this process, with only the NMF instrument and no bases yet."""
    from oscclient import OscClient, free_udp_port

    from oscserver.server.app import Server
    from oscserver.server.config import ServerConfig

    sf.write(tmp_path / "noise.wav", 0.1 * np.random.default_rng(0).standard_normal(SR), SR)
    config = ServerConfig(port=free_udp_port(), reply_port=free_udp_port(), output=str(tmp_path / "out"),
                          allow_read=[str(tmp_path)], models=str(tmp_path / "models"))
    server = Server(config, instruments=("oscserver.nmf.osc:NMFInstrument",))
    server.start()
    with OscClient(server.address) as client:
        yield client, tmp_path
    server.close()


def test_seed_or_fixed_bases_before_any_bases(fresh):
    client, folder = fresh
    for mode in ("seed", "fixed"):
        message = client.expect_error("/nmf/decompose", str(folder / "noise.wav"), 3, 10, mode)
        assert f"bases {mode} needs bases to start from and there are none yet" in message
        assert "/nmf/load" in message
    client.send("/ping", 1)
    assert client.expect("/pong") == [1]


@pytest.mark.parametrize("args,message", [
    (("examples/nmf/drumloop.wav", 3, 10, "frozen"), "bases must be one of free, seed, fixed, got 'frozen'"),
    (("examples/nmf/drumloop.wav", 4, 10, "seed"),
     "components must be 3 for bases seed (the bases from drums.json have 3), got 4; use bases free"),
    (("examples/nmf/drumloop.wav", 2, 10, "fixed"), "components must be 3 for bases fixed"),
    (("nmf-22k.wav", 3, 10, "fixed"),
     "'nmf-22k.wav' is at 22050 Hz but the bases (drums.json) were learned at 44100 Hz"),
    (("examples/nmf/drumloop.wav", 3, 10, "fixed", 1), "takes 2 to 4 arguments"),
])
def test_bad_bases_requests(client, bad_files, args, message):
    client.send("/nmf/load", "models/nmf/drums.json")
    client.expect("/nmf/loaded", timeout=5)
    assert message in client.expect_error("/nmf/decompose", *args, timeout=20)


@pytest.mark.parametrize("args,message", [
    ((), "there is no sound card input here"),
    (("input", 0), "there is no sound card input here"),
    (("nmf-nothing.wav",), "was not found"),
    (("nmf-22k.wav",), "is at 22050 Hz but the bases were learned at 44100 Hz"),
    (("nmf-blip.wav",), "'nmf-blip.wav' is 300 samples"),
    (("examples/nmf/drumloop.wav", 3),
     "play must be a component from 0 to 2 (the bases have 3), or -1 for none, got 3"),
    (("examples/nmf/drumloop.wav", -2), "play must be a whole number from -1 to 15, got -2"),
    (("examples/nmf/drumloop.wav", 16), "play must be a whole number from -1 to 15, got 16"),
    (("examples/nmf/drumloop.wav", 0, 2), "stream must be a whole number from 0 to 1, got 2"),
    (("examples/nmf/drumloop.wav", -1, 0), "stream 0 with play -1 leaves nothing to hear"),
    (("a", 1, 1, 1), "takes 0 to 3 arguments"),
])
def test_bad_filter_requests(client, bad_files, args, message):
    client.send("/nmf/load", "models/nmf/drums.json")
    client.expect("/nmf/loaded", timeout=5)
    assert message in client.expect_error("/nmf/filter/start", *args, timeout=10)
