"""The judge on synthetic music: a drone, silence and noise fail it; more of the real thing passes."""
import numpy as np
import pytest

from oscserver.samplernn import judge

SR = 16000


def plucked_music(seconds, seed):
    """Notes of a pentatonic scale, each a decaying harmonic tone, 2-5 a second, with a noise tick on
    every beat: the kind of audio a judge should call alive."""
    rng = np.random.default_rng(seed)
    y = np.zeros(int(seconds * SR) + SR)
    t = 0.0
    while t < seconds:
        f0 = 220 * 2 ** (rng.choice([0, 2, 4, 7, 9, 12, 14]) / 12)
        n = np.arange(int(0.6 * SR)) / SR
        tone = sum(np.sin(2 * np.pi * f0 * k * n) / k for k in range(1, 5)) * np.exp(-n * 6)
        i = int(t * SR)
        y[i: i + len(tone)] += 0.2 * tone * rng.uniform(0.6, 1.0)
        y[i: i + 200] += 0.05 * rng.standard_normal(200)
        t += rng.uniform(0.2, 0.5)
    return y[: int(seconds * SR)].astype(np.float32)


def drone(seconds, seed):
    """What the shipped model fell into: a sustained low tone over a noise floor."""
    rng = np.random.default_rng(seed)
    n = np.arange(int(seconds * SR)) / SR
    return (0.1 * np.sin(2 * np.pi * 98 * n) + 0.05 * np.sin(2 * np.pi * 196 * n)
            + 0.005 * rng.standard_normal(len(n))).astype(np.float32)


@pytest.fixture(scope="module")
def real():
    return [plucked_music(15, seed) for seed in range(4)]


def test_more_of_the_real_thing_passes(real):
    verdict = judge.judge_audio(plucked_music(30, seed=99), real, SR, segment_s=15)
    floor, babble = verdict.references["real vs real (the floor)"], verdict.references["LPC babble"]
    assert floor.fd < babble.fd < verdict.references["white noise at the real level"].fd
    assert len(verdict.model) == 2
    assert verdict.passed, verdict.table()


@pytest.mark.parametrize("fake", [drone, lambda s, seed: np.zeros(int(s * SR), np.float32),
                                  lambda s, seed: 0.1 * np.random.default_rng(seed).standard_normal(int(s * SR))])
def test_a_drone_silence_or_noise_fails(real, fake):
    verdict = judge.judge_audio(fake(30, 5), real, SR, segment_s=15)
    assert not verdict.passed
    for minute in verdict.model:
        assert not all(verdict.checks(minute).values())


def test_a_drone_is_not_alive_and_far_away(real):
    verdict = judge.judge_audio(drone(30, 1), real, SR, segment_s=15)
    for minute in verdict.model:
        assert minute.alive < 0.2 and minute.fd > verdict.references["LPC babble"].fd
        assert verdict.checks(minute) == {"alive >= 0.85": False, "FD < LPC babble": False,
                                          "onsets 0.5x-2x real": False, "|DC| < 0.01": True}


def test_dc_offset_is_caught(real):
    verdict = judge.judge_audio(plucked_music(15, seed=7) + 0.05, real, SR, segment_s=15)
    assert not verdict.checks(verdict.model[0])["|DC| < 0.01"]


def test_lpc_babble_keeps_the_loudness_contour_and_loses_the_tones():
    y = plucked_music(6, seed=3)
    b = judge.lpc_babble(y, SR)
    assert len(b) == len(y)
    frames = lambda x: np.sqrt(np.mean(x[: len(x) // 800 * 800].reshape(-1, 800) ** 2, axis=1))
    assert np.corrcoef(frames(y), frames(b))[0, 1] > 0.9
    flat = lambda x: judge.descriptors(x, SR)[:, 41].mean()            # spectral flatness
    assert flat(b) > 1.5 * flat(y)


def test_frechet_is_zero_for_the_same_gaussian_and_grows_with_the_shift():
    a = np.random.default_rng(0).standard_normal((2000, 4))
    assert judge.frechet(a, a) == pytest.approx(0, abs=1e-6)
    assert judge.frechet(a, a + 1) == pytest.approx(4, rel=1e-3)


def test_too_little_real_audio_is_refused():
    with pytest.raises(ValueError, match="too little real audio"):
        judge.judge_audio(plucked_music(10, 0), [plucked_music(3, 0)], SR)
    with pytest.raises(ValueError, match="no real audio"):
        judge.judge_audio(plucked_music(10, 0), [], SR)
