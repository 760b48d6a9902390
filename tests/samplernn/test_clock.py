"""The beat clock: sidecars, features, the fast generator against the reference, learning a beat."""
import json

import numpy as np
import pytest
import soundfile as sf
import torch

from oscserver.samplernn import clock
from oscserver.samplernn.fast import FastGenerator
from oscserver.samplernn.model import from_checkpoint
from oscserver.samplernn.train import TrainConfig, load_pieces, train, with_clock

from .test_model import tiny


def test_positions_and_features():
    c = clock.Clock(bpm=120, beats_per_bar=4, first_beat_s=0.25)
    pos = c.positions([4000, 12000, 4000 + 4 * 8000], 16000)      # 0.25 s, 0.75 s, 2.25 s
    assert np.allclose(pos, [0.0, 1.0, 0.0])                          # a bar later: the same place
    f = clock.features(pos, 4)
    assert f.shape == (3, clock.FEATURES)
    assert np.allclose(f[0], f[2]) and np.allclose(f[0], [0, 1, 0, 1, 0, 1])
    assert np.allclose(f[1][:4], [0, 1, 0, 1], atol=1e-6) and np.allclose(f[1][4:], [1, 0], atol=1e-6)


@pytest.mark.parametrize("bad", [dict(bpm=5), dict(bpm=1000), dict(beats_per_bar=0)])
def test_bad_clocks_are_refused(bad):
    with pytest.raises(ValueError):
        clock.Clock(**bad)


def test_sidecar_read_and_beat_tracker_fallback(tmp_path):
    rate = 16000
    x = np.zeros(rate * 8, np.float32)
    for t in np.arange(0.5, 8, 0.5):                                  # clicks at 120 bpm
        x[int(t * rate): int(t * rate) + 200] = np.hanning(200) * np.sign(np.random.default_rng(0).standard_normal(200))
    wav = tmp_path / "clicks.wav"
    sf.write(wav, x, rate)
    assert clock.read(wav) is None
    est = clock.estimate(x, rate)
    assert abs(est.bpm - 120) < 4 or abs(est.bpm - 60) < 2 or abs(est.bpm - 240) < 8
    clock.sidecar(wav).write_text(json.dumps({"bpm": 90, "beats_per_bar": 3, "first_beat_s": 0.1}))
    assert clock.read(wav) == clock.Clock(90, 3, 0.1)
    clock.sidecar(wav).write_text("{}")
    with pytest.raises(ValueError, match="beats.json"):
        clock.read(wav)


@pytest.mark.parametrize("frame_sizes", [(8,), (4, 16)])
def test_fast_generator_hears_the_same_clock_as_the_reference(frame_sizes):
    model = tiny(frame_sizes=frame_sizes, clock=1)
    with torch.no_grad():
        model.clock_in.weight.normal_(0, 1.0)                         # a clock that matters
    clk = clock.Clock(bpm=240, beats_per_bar=3, first_beat_s=0.001)
    u = np.random.default_rng(5).random(400)
    prime = np.random.default_rng(6).integers(100, 160, 21)
    ref = model.generate(400, 0.9, prime=prime, uniforms=u, clock=clk)
    fast = FastGenerator(model, history=48, weights="float32", clock=clk)
    fast.prime(prime)
    got = np.concatenate([fast.generate(77, 0.9, uniforms=u[:77]), fast.generate(323, 0.9, uniforms=u[77:])])
    assert (got == ref).mean() > 0.99
    other = model.generate(400, 0.9, prime=prime, uniforms=u, clock=clock.Clock(bpm=61))
    assert (other != ref).mean() > 0.2                                 # the clock changes the sound


def test_tempo_change_keeps_the_phase():
    model = tiny(frame_sizes=(8,), clock=1)
    fast = FastGenerator(model, clock=clock.Clock(bpm=120))
    fast.generate(4000, seed=0)                                        # 0.25 s = half a beat
    assert fast.beat_position() == pytest.approx(0.5, abs=1e-6)
    fast.set_tempo(60)
    assert fast.beat_position() == pytest.approx(0.5, abs=1e-6)
    fast.generate(8000, seed=0)                                        # 0.5 s at 60 bpm: half a beat
    assert fast.beat_position() == pytest.approx(1.0, abs=1e-6)


def test_a_model_without_a_clock_gains_one_that_changes_nothing_at_first():
    plain = tiny(frame_sizes=(8,))
    grown = with_clock(plain)
    x = torch.from_numpy(np.random.default_rng(1).integers(0, 256, (2, 8 + 64)))
    assert torch.allclose(plain(x)[0], grown(x)[0])


def bursts_on_beats(seconds, rate, bpm, first_beat_s, seed):
    """Noise for the first 40% of every beat, silence for the rest: only a clock says when."""
    t = np.arange(int(seconds * rate)) / rate
    phase = ((t - first_beat_s) * bpm / 60) % 1
    return (np.random.default_rng(seed).uniform(-0.5, 0.5, len(t)) * (phase < 0.4)).astype(np.float32)


def test_a_clock_model_keeps_time_in_free_generation(tmp_path):
    """Trained on noise bursts on the beat (300 bpm at 4 kHz), a clock model's free generation puts
    its loud samples on the beats of the clock it is given; the same model without a clock cannot."""
    rate, bpm = 4000, 300
    folder = tmp_path / "bursts"
    folder.mkdir()
    for i in range(3):
        first = 0.037 * i                       # each file's beat starts elsewhere: the sidecar says where
        sf.write(folder / f"b{i}.wav", bursts_on_beats(12, rate, bpm, first, i), rate)
        clock.sidecar(folder / f"b{i}.wav").write_text(json.dumps({"bpm": bpm, "first_beat_s": first}))
    on_beat = {}
    for use_clock in (0, 1):
        config = tiny(frame_sizes=(8,), sample_rate=rate, clock=use_clock).config
        pieces, clocks = load_pieces(folder, config)
        assert (clocks[0] is not None) == bool(use_clock)
        tc = TrainConfig(steps=200, batch=4, seq_len=256, lr=3e-3, valid_every=200, save_every=200,
                         snapshot_every=0, valid_samples=8000)
        ck = train(pieces[:2], pieces[2:], tmp_path / f"run{use_clock}", config, tc, log=lambda s: None,
                   train_clocks=clocks[:2], valid_clocks=clocks[2:])
        model = from_checkpoint(ck)
        if use_clock:
            assert model.default_clock == clock.Clock(bpm, 4)
        y = FastGenerator(model, clock=clock.Clock(bpm)).generate_audio(8 * rate, 1.0, seed=1)
        phase = (np.arange(len(y)) / rate * bpm / 60) % 1
        on_beat[use_clock] = np.mean(y[phase < 0.4] ** 2) / max(1e-12, np.mean(y[phase >= 0.45] ** 2))
    assert on_beat[1] > 2.0 and on_beat[1] > 2 * on_beat[0], on_beat
