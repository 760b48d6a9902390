"""Training: a tiny model learns a sine and then plays one; a killed run resumes where it stopped."""
import numpy as np
import pytest
import soundfile as sf
import torch

from oscserver.samplernn import audio
from oscserver.samplernn.evaluate import lpc_bits, marginal_entropy
from oscserver.samplernn.fast import FastGenerator
from oscserver.samplernn.model import SampleRNNConfig, from_checkpoint
from oscserver.samplernn.train import Streams, TrainConfig, bits_per_sample, train

from .test_audio import EXCERPT

SR = 8000
SINE_HZ = 437.7                                        # not a whole period: every phase occurs


def sine_levels(seconds, phase=0.0):
    t = np.arange(int(seconds * SR)) / SR
    return audio.mu_law_encode(0.8 * np.sin(2 * np.pi * SINE_HZ * t + phase)).astype(np.uint8)


def tiny_config():
    return SampleRNNConfig(sample_rate=SR, frame_sizes=(8,), dim=48, mlp_dim=48, embed_dim=8,
                           context=8, upsample_rank=4)


def test_tiny_model_overfits_a_sine_then_generates_one(tmp_path):
    torch.manual_seed(0)
    snaps = []
    ck = train([sine_levels(4)], [sine_levels(1, phase=1.0)], tmp_path, tiny_config(),
               TrainConfig(steps=200, batch=8, seq_len=64, lr=1e-2, valid_every=200, save_every=200,
                           snapshot_every=200, snapshot_seconds=0.25),
               snapshot=lambda path, y, rate: snaps.append((path, len(y), rate)), log=lambda s: None)
    valid_bits = ck["history"][-1][2]
    assert valid_bits < 1.0                             # from 8 bits/sample (uniform)
    assert snaps and snaps[0][0].exists() and snaps[0][1:] == (2000, SR)
    x, rate = sf.read(snaps[0][0])
    assert rate == SR and len(x) == 2000
    model = from_checkpoint(ck)
    y = FastGenerator(model).generate_audio(4000, temperature=0.5, seed=0)[1000:]
    spectrum = np.abs(np.fft.rfft(y * np.hanning(len(y))))
    peak_hz = np.argmax(spectrum) * SR / len(y)
    assert abs(peak_hz - SINE_HZ) < 8
    assert spectrum.max() > 20 * np.median(spectrum)    # a tone, not noise
    assert 0.5 < np.abs(y).max() < 1.0


class Kill(Exception):
    pass


def test_resume_continues_from_the_saved_step(tmp_path):
    data, cfg = [sine_levels(2)], TrainConfig(steps=12, batch=4, seq_len=32, valid_every=5,
                                               save_every=5, snapshot_every=0)
    seen = []

    def die_at_8(fraction, text):
        seen.append(text)
        if fraction >= 8 / 12:
            raise Kill

    with pytest.raises(Kill):
        train(data, data, tmp_path, tiny_config(), cfg, progress=die_at_8, log=lambda s: None)
    saved = torch.load(tmp_path / "checkpoint.pt", weights_only=True)
    assert saved["step"] == 5 and "optimizer" in saved
    logs = []
    ck = train(data, data, tmp_path, tiny_config(), cfg, progress=lambda f, t: seen.append(t), log=logs.append)
    assert logs[0].startswith("resumed") and "step 5" in logs[0]
    assert ck["step"] == 12
    assert seen[-7].startswith("step 6/12")             # steps 6..12 ran, nothing before 6 again
    assert [h[0] for h in ck["history"]] == [5, 10, 12]  # the history from before the kill is kept


def test_streams_cover_the_corpus_in_order():
    data = [np.arange(1000) % 256]
    s = Streams(data, batch=2, seq_len=40, lookback=8, seed=0)
    a, first = s.chunk(0)
    b, _ = s.chunk(1)
    assert first and a.shape == (2, 48)
    assert torch.equal(a[:, -8:], b[:, :8])             # next chunk starts where this one ended


def test_baselines_on_real_audio():
    c = SampleRNNConfig()
    q = audio.encode(audio.load(EXCERPT, c.sample_rate), c.quantization, c.q_levels)
    noise = np.random.default_rng(0).integers(0, 256, 20000)    # white in the level domain
    assert 7.9 < marginal_entropy([noise], 256) <= 8.0
    h, lpc = marginal_entropy([q], 256), lpc_bits([q], "mu-law", 256, 16)
    assert lpc < h - 1.0                               # music is predictable from its past
    assert lpc_bits([q], "mu-law", 256, 16, adaptive=128) < lpc
    assert lpc_bits([noise], "mu-law", 256, 16) > 7.8  # noise is not


def test_damaged_training_files_are_skipped_not_fatal(tmp_path):
    import shutil
    from pathlib import Path

    from oscserver.samplernn.model import SampleRNNConfig
    from oscserver.samplernn.train import load_levels

    example = Path(__file__).resolve().parents[2] / "examples" / "samplernn" / "chorale-excerpt.wav"
    shutil.copy(example, tmp_path / "good.wav")
    (tmp_path / "broken.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk")
    levels = load_levels(tmp_path, SampleRNNConfig())
    assert len(levels) == 1 and len(levels[0]) > 16000
    (tmp_path / "good.wav").unlink()
    with pytest.raises(ValueError, match="none of the 1 sound files could be read"):
        load_levels(tmp_path, SampleRNNConfig())


def test_a_minute_budget_saves_and_stops_then_the_same_command_continues(tmp_path):
    data = [sine_levels(2)]
    cfg = TrainConfig(steps=100000, batch=4, seq_len=32, valid_every=100000, save_every=100000,
                      snapshot_every=0, minutes=0.02)            # 1.2 s
    logs = []
    ck = train(data, data, tmp_path, tiny_config(), cfg, log=logs.append)
    assert 0 < ck["step"] < 100000 and "budget is spent" in logs[-1]
    saved = torch.load(tmp_path / "checkpoint.pt", weights_only=True)
    assert saved["step"] == ck["step"] and "optimizer" in saved
    again = train(data, data, tmp_path, tiny_config(), cfg, log=logs.append)
    assert again["step"] > ck["step"]


def test_input_noise_changes_inputs_never_targets():
    from oscserver.samplernn.train import corrupt

    x = torch.full((64, 500), 128, dtype=torch.long)
    noisy = corrupt(x, 3.0, 256, torch.Generator().manual_seed(0))
    assert noisy.shape == x.shape and 0 <= noisy.min() and noisy.max() <= 255
    per_stream = (noisy - x).float().std(dim=1)
    assert 0.05 < per_stream.mean() < 3.0 and per_stream.max() < 3.5   # std drawn in [0, 3] per stream
    assert torch.equal(x, torch.full((64, 500), 128))                   # the original is untouched
    edge = corrupt(torch.zeros(4, 100, dtype=torch.long), 3.0, 256, torch.Generator().manual_seed(1))
    assert edge.min() == 0                                              # clipped, not wrapped


def test_devices():
    from oscserver.samplernn.train import resolve_device

    assert resolve_device("cpu").type == "cpu"
    assert resolve_device("auto").type == ("cuda" if torch.cuda.is_available() else "cpu")
    if not torch.cuda.is_available():
        with pytest.raises(ValueError, match="no CUDA GPU"):
            resolve_device("cuda")
    with pytest.raises(ValueError, match="device must be"):
        resolve_device("tpu")


def test_split_at_cuts_inside_a_piece_and_keeps_its_beats_in_place():
    from oscserver.samplernn.clock import Clock
    from oscserver.samplernn.osc import split_at

    rate = 100
    a, b = np.arange(300), np.arange(500) + 1000
    clk = Clock(bpm=60.0, beats_per_bar=4, first_beat_s=0.5)
    train, valid, train_clocks, valid_clocks = split_at([a, b], [None, clk], 450, rate)
    assert [len(x) for x in train] == [300, 150] and [len(x) for x in valid] == [350]
    assert np.array_equal(np.concatenate(train + valid), np.concatenate([a, b]))   # nothing lost or doubled
    assert train_clocks == [None, clk]
    # the held-out part starts 1.5 s into b: the beat at b's 3.0 s is at its 1.5 s, same phase
    assert valid_clocks[0].positions([150], rate)[0] == pytest.approx(clk.positions([300], rate)[0])
