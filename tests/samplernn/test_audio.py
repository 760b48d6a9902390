"""Quantisation and audio loading."""
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from oscserver.samplernn import audio

EXCERPT = Path(__file__).resolve().parents[2] / "examples" / "samplernn" / "chorale-excerpt.wav"


@pytest.mark.parametrize("quantization", ["mu-law", "linear"])
def test_levels_round_trip(quantization):
    q = np.arange(256)
    assert np.array_equal(audio.encode(audio.decode(q, quantization, 256), quantization, 256), q)


def test_mu_law_round_trip_error_is_within_half_a_bin():
    x = np.random.default_rng(0).uniform(-1, 1, 10000)
    q = audio.mu_law_encode(x)
    edges = audio.level_edges("mu-law", 256)
    assert np.all((edges[q] <= x) & (x < edges[q + 1]))
    # mu-law: small amplitudes get fine steps
    assert abs(audio.mu_law_decode(audio.mu_law_encode(np.array([0.001])))[0] - 0.001) < 1e-4
    assert audio.mu_law_encode(np.zeros(1))[0] in (127, 128)


def test_normalise_keeps_silence_at_zero():
    # an asymmetric waveform: min-max scaling to [-1, 1] would move its silent part off zero
    t = np.arange(16000) / 16000
    x = np.where(t < 0.5, 0.0, np.maximum(np.sin(2 * np.pi * 220 * t), 0) * 0.3) + 0.05
    y = audio.normalise(x)
    assert abs(y.mean()) < 1e-6
    assert np.isclose(np.abs(y).max(), 0.95)
    assert np.ptp(y[:8000]) < 1e-6                       # the silent half stays flat
    minmax = 2 * (x - x.min()) / np.ptp(x) - 1
    assert abs(minmax.mean()) > 0.3                      # the fault we avoid


def test_load_resamples_and_mixes_down(tmp_path):
    x, sr = sf.read(EXCERPT, dtype="float32")
    stereo = np.stack([x, -0.5 * x], 1)
    path = tmp_path / "s.flac"
    from scipy.signal import resample_poly
    sf.write(path, resample_poly(stereo, 441, 160, axis=0), 44100)
    y = audio.load(path, 16000)
    assert y.ndim == 1 and abs(len(y) - len(x)) <= 2
    assert np.corrcoef(y[100:-100], x[100:len(y) - 100])[0, 1] > 0.99
