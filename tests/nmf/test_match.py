"""Live matching against fixed bases, fed a file block by block as a sound card would."""

import numpy as np
import pytest

from nmfdata import SR
from oscserver.nmf.decompose import decompose
from oscserver.nmf.match import Matcher, blocks_of


@pytest.fixture(scope="module")
def learned(drum_loops):
    mix = drum_loops["pacific"][0]
    return mix, decompose(mix, SR, 3, iterations=100, seed=0)


@pytest.mark.parametrize("block", [64, 512, 700, 4096])
def test_live_frames_match_the_offline_activations(learned, block):
    mix, d = learned
    m = Matcher(d.bases, d.stft, peaks=d.activation_peaks)
    live = np.vstack([m.push(b) for b in blocks_of(mix, block)])
    # live frame j covers the window that ends at (j + 1) * hop: the one offline frame j is centred on
    assert live.shape == (len(mix) // 512, 3)
    offline = d.envelopes[: len(live)]
    for k in range(3):
        assert np.corrcoef(live[:, k], offline[:, k])[0, 1] > 0.99
    assert np.abs(live[4:] - offline[4:len(live)]).max() < 0.1
    assert live.min() >= 0 and live.max() <= 1


def test_matching_a_different_loop_still_finds_the_kick(drum_loops, learned):
    # bases from one loop, live input from another seed (other velocities): kicks still light up
    _, d = learned
    from oscserver.nmf.drumloop import mix_loop
    other, stems = mix_loop(3.0, kit="pacific", seed=9)
    m = Matcher(d.bases, d.stft, peaks=d.activation_peaks)
    env = np.vstack([m.push(b) for b in blocks_of(other, 512)])
    kick_energy = np.array([np.sum(stems["kick"][j * 512:(j + 1) * 512] ** 2) for j in range(len(env))])
    assert np.corrcoef(env[:, 0], kick_energy)[0, 1] > 0.6


def test_silence_gives_zero_envelopes(learned):
    _, d = learned
    m = Matcher(d.bases, d.stft, peaks=d.activation_peaks)
    env = m.push(np.zeros(SR // 2, np.float32))
    assert env.shape == (SR // 2 // 512, 3) and np.all(env < 1e-3)
