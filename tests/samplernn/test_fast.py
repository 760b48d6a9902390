"""The fast generator against the reference: same next-sample distribution, same samples."""
import threading
import time

import numpy as np
import pytest
import torch

from oscserver.samplernn.fast import FastGenerator
from oscserver.samplernn.model import SampleRNN, SampleRNNConfig

from .test_model import tiny


@pytest.mark.parametrize("frame_sizes,rnn,layers", [((8,), "gru", 1), ((8,), "lstm", 1),
                                                    ((4, 16), "lstm", 2), ((2, 8), "gru", 1)])
def test_same_next_sample_distribution(frame_sizes, rnn, layers):
    model = tiny(frame_sizes=frame_sizes, rnn=rnn, rnn_layers=layers)
    history = np.random.default_rng(2).integers(90, 170, 45)
    fast = FastGenerator(model, history=64, weights="float32")   # small buffer: exercises wrap-around
    for cut in (0, 1, 16, 37, 45):
        fast.reset()
        fast.prime(history[:cut])
        for temperature in (1.0, 0.7):
            ref = model.next_distribution(history[:cut], temperature)
            got = fast.next_distribution(temperature)
            assert np.abs(ref - got).max() < 1e-5, (cut, temperature)


@pytest.mark.parametrize("frame_sizes", [(8,), (4, 16)])
def test_same_samples_from_same_uniforms(frame_sizes):
    model = tiny(frame_sizes=frame_sizes)
    u = np.random.default_rng(5).random(300)
    prime = np.random.default_rng(6).integers(100, 160, 21)
    ref = model.generate(300, 0.9, prime=prime, uniforms=u)
    fast = FastGenerator(model, history=48, weights="float32")
    fast.prime(prime)
    got = np.concatenate([fast.generate(77, 0.9, uniforms=u[:77]), fast.generate(223, 0.9, uniforms=u[77:])])
    assert (got == ref).mean() > 0.99                  # float rounding may flip a rare tie
    fast.reset()
    assert np.array_equal(fast.generate(40, 0), model.generate(40, 0))


def test_generation_releases_the_gil():
    model = tiny(frame_sizes=(16,), dim=256, mlp_dim=256)
    fast = FastGenerator(model)
    fast.generate(64, seed=0)                          # compile outside the timing
    ticks = 0
    worker = threading.Thread(target=fast.generate, args=(60000,), kwargs=dict(seed=1))
    start = time.perf_counter()
    worker.start()
    while worker.is_alive():
        time.sleep(0.001)                              # a receive loop waking every millisecond
        ticks += 1
    elapsed = time.perf_counter() - start
    assert elapsed > 0.05
    assert ticks > 0.3 * elapsed / 0.001               # the main thread kept running


def test_tiny_temperatures_mean_argmax_and_never_crash():
    model = tiny(frame_sizes=(8,))
    greedy = FastGenerator(model).generate(64, 0.0)
    for temperature in (1e-30, 1e-6, 5e-324):          # 1/T overflows float32 (a fuzzer found it)
        assert np.array_equal(FastGenerator(model).generate(64, temperature), greedy)
    assert np.array_equal(model.generate(64, 0.0), greedy)


@pytest.mark.parametrize("frame_sizes,rnn,layers", [((8,), "gru", 1), ((4, 16), "lstm", 2)])
def test_int8_generator_is_its_quantized_twin(frame_sizes, rnn, layers):
    """The int8 generator samples exactly the distribution of the model with its rounded weights."""
    from oscserver.samplernn.fast import quantized_copy

    model = tiny(frame_sizes=frame_sizes, rnn=rnn, rnn_layers=layers)
    twin = quantized_copy(model)
    history = np.random.default_rng(3).integers(90, 170, 40)
    fast = FastGenerator(model, weights="int8")
    for cut in (0, 17, 40):
        fast.reset()
        fast.prime(history[:cut])
        assert np.abs(twin.next_distribution(history[:cut]) - fast.next_distribution()).max() < 1e-5


def test_int8_weights_cost_under_a_hundredth_of_a_bit_on_the_shipped_model():
    from oscserver.paths import MODELS_DIR
    from oscserver.samplernn import audio
    from oscserver.samplernn.fast import quantized_copy
    from oscserver.samplernn.model import load
    from oscserver.samplernn.train import bits_per_sample

    from .test_audio import EXCERPT

    model = load(MODELS_DIR / "samplernn" / "chorales.pt")
    c = model.config
    levels = [audio.encode(audio.load(EXCERPT, c.sample_rate), c.quantization, c.q_levels)]
    full, int8 = bits_per_sample(model, levels), bits_per_sample(quantized_copy(model), levels)
    assert abs(int8 - full) < 0.01, (full, int8)
