"""Steering and the compiled generator, without sockets: masks, density, bars, batches, int8."""

import numpy as np
import pytest
import torch

from oscserver.noternn import data, fast
from oscserver.noternn.model import NoteRNN, NoteRNNConfig, load, quantized_copy
from oscserver.noternn.steer import SCALES, Steering, fill_bars
from oscserver.paths import MODELS_DIR

PRIMER = data.encode([(67, 0.5), (69, 0.5), (71, 1.0), (67, 0.5), (64, 0.5), (62, 1.0), (67, 1.0)])


@pytest.fixture(scope="module")
def folk():
    model, _ = load(MODELS_DIR / "noternn" / "folk.pt")
    return model, model.stepper("int8")


def pitches(tokens):
    return [int(p) - 1 for p in np.asarray(tokens).reshape(-1, 2)[:, 0] if p > 0]


def test_range_and_scale_masks_keep_rests():
    allowed = Steering(low=60, high=72, root=2, scale="dorian").pitch_allowed()
    assert allowed[0]                                       # the rest token
    midi = [k - 1 for k in np.flatnonzero(allowed) if k > 0]  # token k = MIDI k - 1
    assert midi == [p for p in range(60, 73) if (p - 2) % 12 in SCALES["dorian"]]
    assert Steering().pitch_allowed().all()


def test_nothing_allowed_says_why():
    assert Steering(low=60, high=72, scale="major").why_nothing_allowed() is None
    why = Steering(low=61, high=61, root=0, scale="major").why_nothing_allowed()
    assert "no pitch is allowed" in why and "C#4" in why and "C major" in why


def test_masked_pitches_are_never_sampled_at_temperature_2(folk):
    _, stepper = folk
    for steering in (Steering(low=55, high=67), Steering(root=9, scale="minor-pentatonic")):
        allowed = steering.pitch_allowed()
        rows = stepper.generate(PRIMER, 250, temperature=2.0, seed=1, rows=4, pitch_allowed=allowed)
        got = pitches(rows)
        assert len(got) > 500
        assert all(allowed[p + 1] for p in got)


def test_density_shifts_durations(folk):
    _, stepper = folk
    mean = {}
    for d in (-1.0, 0.0, 1.0):
        rows = stepper.generate(PRIMER, 100, temperature=1.0, seed=3, rows=8,
                                dur_bias=Steering(density=d).duration_bias())
        mean[d] = np.mean([data.DURATIONS[k] for k in rows[..., 1].ravel()])
    assert mean[1.0] < mean[0.0] < mean[-1.0]
    assert Steering().duration_bias().any() == False  # noqa: E712 - 0 = as trained


def test_temperature_factors_multiply_the_request():
    assert Steering(pitch_temperature=1.5, rhythm_temperature=0.5).temperatures(0.8) == pytest.approx((1.2, 0.4))


@pytest.mark.parametrize("total", [12.0, 11.6, 0.5, 64.0])
def test_beats_fill_exactly(folk, total):
    _, stepper = folk
    for seed in range(5):
        tokens = stepper.generate(PRIMER, 512, temperature=1.5, seed=seed, beats=total)
        notes = data.decode(tokens)
        assert sum(b for _, b in notes[:-1]) < total <= sum(b for _, b in notes) + 1e-9
        filled = fill_bars(notes, total)
        assert sum(b for _, b in filled) == pytest.approx(total, abs=1e-6)
        assert 0 < filled[-1][1] <= notes[-1][1] + 1e-9


def test_a_batch_of_rows_matches_single_rows(folk):
    _, stepper = folk
    single = stepper.generate(PRIMER, 20, temperature=0)
    rows = stepper.generate(PRIMER, 20, temperature=0, rows=5)
    assert rows.shape == (5, 20, 2) and all(np.array_equal(r, single) for r in rows)
    varied = stepper.generate(PRIMER, 20, temperature=1.0, rows=5, seed=4)
    assert len({r.tobytes() for r in varied}) == 5
    assert np.array_equal(varied, stepper.generate(PRIMER, 20, temperature=1.0, rows=5, seed=4))


def test_int8_stepper_is_the_quantized_model(folk):
    model, stepper = folk
    twin = quantized_copy(model).stepper("float32")
    a, b = stepper.read(PRIMER), twin.read(PRIMER)
    np.testing.assert_allclose(a.h, b.h, atol=2e-5)
    np.testing.assert_allclose(stepper.pitch_logits(a.h[-1, 0]), twin.pitch_logits(b.h[-1, 0]), atol=1e-4)


def test_rational_tanh():
    x = np.linspace(-20, 20, 4001, dtype=np.float32)
    got = np.array([fast._tanh(np.float32(v)) for v in x])
    np.testing.assert_allclose(got, np.tanh(x.astype(np.float64)), atol=3e-7)


def test_onset_offset_reads_like_the_whole_melody():
    torch.manual_seed(0)
    model = NoteRNN(NoteRNNConfig(n_hidden=16, n_embd=4, phase_bins=288)).eval()
    stepper = model.stepper()
    whole = stepper.read(PRIMER)
    ticks = sum(stepper.ticks[d] for d in PRIMER[:3, 1])
    # the tail read from a fresh start differs from the whole only by the LSTM memory, not the phase
    assert stepper.read(PRIMER[3:], onset=ticks).onset[0] == whole.onset[0]
