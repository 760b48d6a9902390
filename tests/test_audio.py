"""The one audio reader: every format libsndfile reads (MP3 and Opus too), for every instrument, and
every unreadable file reported with its reason."""

import numpy as np
import pytest
import soundfile as sf

from oscserver import audio
from oscserver.corpus.analysis import analyze_folder
from oscserver.errors import RequestError
from oscserver.nmf.decompose import load_audio
from oscserver.samplernn import audio as samplernn_audio

RATE = 22050


def tone(seconds=1.0, hz=220.0, rate=RATE):
    t = np.arange(int(seconds * rate)) / rate
    return (0.5 * np.sin(2 * np.pi * hz * t) * np.exp(-3 * t)).astype(np.float32)


@pytest.fixture
def mixed_folder(tmp_path):
    """a.mp3, b.ogg, c.flac, d.wav (stereo), e.opus, a damaged f.wav, and notes.txt."""
    sf.write(tmp_path / "a.mp3", tone(hz=220), RATE, format="MP3")
    sf.write(tmp_path / "b.ogg", tone(hz=330), RATE, format="OGG", subtype="VORBIS")
    sf.write(tmp_path / "c.flac", tone(hz=440), RATE)
    sf.write(tmp_path / "d.wav", np.stack([tone(hz=550), tone(hz=550)], axis=1), RATE)
    sf.write(tmp_path / "e.opus", tone(hz=660, rate=48000), 48000, format="OGG", subtype="OPUS")
    (tmp_path / "f.wav").write_bytes(b"RIFF....WAVEfmt not really")
    (tmp_path / "notes.txt").write_text("not a sound")
    return tmp_path


def test_every_format_is_found_and_read(mixed_folder):
    names = [p.name for p in audio.find_sounds(mixed_folder)]
    assert names == ["a.mp3", "b.ogg", "c.flac", "d.wav", "e.opus", "f.wav"]
    for name, hz in [("a.mp3", 220), ("b.ogg", 330), ("c.flac", 440), ("d.wav", 550)]:
        x, rate = audio.read_mono(mixed_folder / name)
        assert rate == RATE and x.ndim == 1 and abs(len(x) - RATE) < 2000        # MP3 pads a little
        peak = np.argmax(np.abs(np.fft.rfft(x[:RATE // 2]))) * rate / (RATE // 2)
        assert abs(peak - hz) < 5, (name, peak)
    x, rate = audio.read_mono(mixed_folder / "e.opus", sample_rate=16000)          # resampled
    assert rate == 16000 and abs(len(x) - 16000) < 1000
    with pytest.raises(ValueError, match="not a readable sound file"):
        audio.read_mono(mixed_folder / "f.wav")


def test_corpus_maps_every_readable_file_and_reports_the_damaged_one(mixed_folder):
    result = analyze_folder(mixed_folder)
    mapped = sorted(p.rsplit("/", 1)[-1] for p in result.paths)
    assert mapped == ["a.mp3", "b.ogg", "c.flac", "d.wav", "e.opus"]
    assert [(p.rsplit("/", 1)[-1], "not a readable sound file" in why) for p, why in result.skipped] == [("f.wav", True)]


def test_samplernn_and_nmf_read_mp3(mixed_folder):
    x = samplernn_audio.load(mixed_folder / "a.mp3", 16000)
    assert x.dtype == np.float32 and abs(len(x) - 16000) < 1500 and abs(np.abs(x).max() - 0.95) < 1e-3
    assert [p.name for p in samplernn_audio.audio_files(mixed_folder)][0] == "a.mp3"
    y, rate = load_audio(mixed_folder / "a.mp3")
    assert rate == RATE and len(y) > RATE // 2
    with pytest.raises(RequestError, match="'f.wav' is not a sound file"):
        load_audio(mixed_folder / "f.wav")


def test_a_folder_of_mp3s_trains_a_samplernn_and_decomposes(tmp_path, capsys):
    """What a performer brings: a folder of MP3s only. SampleRNN trains on it (a tiny model, a few
    steps) and NMF decomposes one of them."""
    from oscserver.cli import main
    from oscserver.nmf.decompose import decompose_file

    data = tmp_path / "mp3s"
    data.mkdir()
    for hz in (220, 330, 440):
        sf.write(data / f"tone-{hz}.mp3", np.tile(tone(hz=hz), 2), RATE, format="MP3")
    tiny = ["--dim", "32", "--mlp-dim", "32", "--embed-dim", "8", "--frame-sizes", "8", "--context", "8",
            "--batch", "4", "--seq-len", "256", "--valid-every", "3", "--save-every", "3", "--snapshot-every", "0"]
    assert main(["samplernn-train", str(data), str(tmp_path / "run"), "--steps", "3", *tiny]) == 0
    printed = capsys.readouterr().out
    assert "reading 3 files" in printed and "(step 3)" in printed, printed
    assert (tmp_path / "run" / "model.pt").is_file()
    result = decompose_file(data / "tone-330.mp3", components=2, iterations=50)
    loudest = int(np.argmax(result.activations.sum(axis=0)))
    peak_hz = np.argmax(result.bases[loudest]) * result.sample_rate / result.stft.fft
    assert abs(peak_hz - 330) < 25, peak_hz                       # the tone, one FFT bin wide
    assert result.components.shape[1] == pytest.approx(2 * RATE, abs=2000)
