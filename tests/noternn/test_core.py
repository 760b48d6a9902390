"""The note-RNN compute core, without sockets: encoding, model, training, checkpoints, n-grams."""

import numpy as np
import pytest
import torch

from oscserver.noternn import data
from oscserver.noternn.model import NoteRNN, NoteRNNConfig, checkpoint, load
from oscserver.noternn.ngram import NGram, best_ngram
from oscserver.noternn.train import TrainSettings, _pad, encode_all, evaluate, train

SCALE = [(60, 1.0), (62, 1.0), (64, 1.0), (65, 1.0), (67, 2.0), (-1, 0.5), (67, 0.5), (65, 1.0),
         (64, 1.0), (62, 1.0), (60, 2.0)]


@pytest.fixture(autouse=True)
def one_thread():
    torch.set_num_threads(1)


def test_encode_decode_round_trip_on_grid():
    melody = [(p, d) for p, d in zip([-1, 0, 60, 127, 72], data.DURATIONS[:5])] + SCALE
    assert data.decode(data.encode(melody)) == [(p, pytest.approx(d)) for p, d in melody]


def test_durations_snap_to_nearest_grid_value_in_log_time():
    assert data.DURATIONS[data.duration_index(0.3)] == pytest.approx(1 / 3)
    assert data.DURATIONS[data.duration_index(0.98)] == 1.0
    assert data.DURATIONS[data.duration_index(100)] == 16.0
    assert data.DURATIONS[data.duration_index(1 / 64)] == 1 / 8


def test_transpose_keeps_rests_and_refuses_leaving_the_midi_range():
    tokens = data.encode([(60, 1.0), (-1, 1.0), (127, 1.0)])
    assert data.transpose(tokens, 1) is None
    down = data.transpose(tokens, -3)
    assert data.decode(down) == [(57, 1.0), (-1, 1.0), (124, 1.0)]


def test_midi_write_read_round_trip(tmp_path):
    path = tmp_path / "scale.mid"
    data.write_midi(SCALE, path)
    assert data.read_midi(path) == SCALE


def test_music21_folk_tune_is_a_monophonic_melody(tmp_path):
    tunes = data.read_corpus_file(data.corpus_files("ryansMammoth")[0])
    assert tunes, "the first ryansMammoth file has a tune"
    melody = tunes[0][1]
    assert len(melody) > 20
    assert all(-1 <= p <= 127 and b > 0 for p, b in melody)
    assert sum(p == -1 for p, _ in melody) < len(melody) / 4


def test_split_is_deterministic_and_disjoint():
    items = [(f"tune{i}", [(60, 1.0)]) for i in range(400)]
    a, b = data.split(items), data.split(list(reversed(items)))
    assert {k: sorted(t for t, _ in v) for k, v in a.items()} == {k: sorted(t for t, _ in v) for k, v in b.items()}
    ids = [set(t for t, _ in a[k]) for k in ("train", "valid", "test")]
    assert not (ids[0] & ids[1] or ids[0] & ids[2] or ids[1] & ids[2])
    assert 5 <= len(a["test"]) <= 40 and 5 <= len(a["valid"]) <= 40


@pytest.mark.parametrize("phase_bins", [0, 288])
def test_numpy_stepper_matches_the_torch_forward_pass(phase_bins):
    torch.manual_seed(0)
    model = NoteRNN(NoteRNNConfig(n_hidden=24, n_embd=8, n_layers=2, phase_bins=phase_bins)).eval()
    seq = data.encode(SCALE)
    inputs, targets = _pad([seq], model.start_token)
    with torch.no_grad():
        pitch_logits, dur_logits, _, _ = model(inputs, targets)
    stepper = model.stepper()
    h, state = stepper.step(model.start_token, stepper.initial_state())
    for t, token in enumerate(seq):
        np.testing.assert_allclose(stepper.pitch_logits(h), pitch_logits[0, t].numpy(), atol=1e-5)
        np.testing.assert_allclose(stepper.dur_logits(h, token[0]), dur_logits[0, t].numpy(), atol=1e-5)
        h, state = stepper.step(token, state)


def test_tiny_model_learns_a_melody_and_continues_it_at_temperature_zero(tmp_path):
    seq = data.encode(SCALE)
    ckpt = train([seq], [seq], tmp_path / "tiny.pt",
                 config=NoteRNNConfig(n_embd=16, n_hidden=48, n_layers=1, dropout=0.0),
                 settings=TrainSettings(epochs=150, batch_size=1, lr=2e-2, transpose=0, weight_decay=0.0),
                 progress=None, log=lambda *a: None)
    assert ckpt["valid_bits"] < 0.05
    model, _ = load(tmp_path / "tiny.pt")
    continuation = model.generate(seq[:3], len(seq) - 3, temperature=0)
    assert data.decode(continuation) == SCALE[3:]


def test_same_seed_same_notes_other_seed_other_notes():
    torch.manual_seed(1)
    model = NoteRNN(NoteRNNConfig(n_hidden=32, n_embd=8)).eval()
    primer = data.encode(SCALE[:4])
    a = model.generate(primer, 40, temperature=1.0, seed=7)
    b = model.generate(primer, 40, temperature=1.0, seed=7)
    c = model.generate(primer, 40, temperature=1.0, seed=8)
    assert a.shape == (40, 2)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    assert np.array_equal(model.generate(primer, 10, temperature=0, seed=1),
                          model.generate(primer, 10, temperature=0, seed=2))


def test_top_k_one_is_argmax():
    torch.manual_seed(2)
    model = NoteRNN(NoteRNNConfig(n_hidden=32, n_embd=8)).eval()
    primer = data.encode(SCALE[:4])
    assert np.array_equal(model.generate(primer, 12, temperature=1.5, top_k=1, seed=3),
                          model.generate(primer, 12, temperature=0))


def test_checkpoint_is_plain_data_and_rebuilds_the_model(tmp_path):
    torch.manual_seed(3)
    model = NoteRNN(NoteRNNConfig(n_hidden=16, n_embd=4)).eval()
    torch.save(checkpoint(model, note="x"), tmp_path / "m.pt")
    raw = torch.load(tmp_path / "m.pt", weights_only=True)
    assert raw["model_args"]["n_hidden"] == 16 and raw["note"] == "x"
    loaded, _ = load(tmp_path / "m.pt")
    primer = data.encode(SCALE[:3])
    assert np.array_equal(loaded.generate(primer, 8, 0.9, seed=1), model.generate(primer, 8, 0.9, seed=1))


def test_training_resumes_after_a_kill(tmp_path):
    seqs = encode_all([SCALE, SCALE[::-1], SCALE[2:]])
    common = dict(config=NoteRNNConfig(n_embd=8, n_hidden=16, n_layers=1, dropout=0.0),
                  settings=TrainSettings(epochs=4, batch_size=2), progress=None, log=lambda *a: None)
    full = train(seqs, seqs, tmp_path / "a.pt", **common)
    steps = []
    # stopped in the middle of epoch 3 (2 steps per epoch): the epoch-2 checkpoint survives
    with pytest.raises(KeyboardInterrupt):
        train(seqs, seqs, tmp_path / "b.pt", should_stop=lambda: steps.append(1) or len(steps) == 5, **common)
    assert torch.load(tmp_path / "b.state.pt", weights_only=True)["epoch"] == 2
    resumed = train(seqs, seqs, tmp_path / "b.pt", **common)
    assert [h["epoch"] for h in resumed["history"]] == [1, 2, 3, 4]
    assert resumed["valid_bits"] == pytest.approx(full["valid_bits"], rel=1e-5)


def test_ngram_probabilities_sum_to_one_and_fit_repeated_data():
    seqs = encode_all([SCALE, SCALE, SCALE[:6]])
    for method in ("kn", "wb"):
        model = NGram(3, method).fit(seqs)
        first = data.encode(SCALE[:1])[0]
        for context in [(), (-1, -1), (-1, int(first[0] * len(data.DURATIONS) + first[1]))]:
            total = sum(model.prob(context, w) for w in range(model.vocab_size))
            assert total == pytest.approx(1.0, abs=1e-9)
        assert model.bits_per_note(seqs) < 1.0
        assert NGram(1, method).fit(seqs).bits_per_note(seqs) > model.bits_per_note(seqs)


def test_best_ngram_picks_the_best_order_on_validation():
    seqs = encode_all([SCALE] * 3)
    best, scores = best_ngram(seqs, seqs, orders=range(1, 4))
    assert scores[(best.method, best.order)] == min(scores.values())
    assert len(scores) == 6


def test_evaluate_reports_bits_per_note():
    torch.manual_seed(4)
    model = NoteRNN(NoteRNNConfig(n_hidden=16, n_embd=4))
    bits = evaluate(model, encode_all([SCALE]))
    # an untrained model is near uniform over 129 pitches x 21 durations
    assert 10 < bits < 14


def test_shipped_model_is_small_plain_and_good_on_held_out_tunes():
    from oscserver.paths import MODELS_DIR

    path = MODELS_DIR / "noternn" / "folk.pt"
    assert path.stat().st_size < 5e6
    model, ckpt = load(path)  # weights_only inside
    assert ckpt["data"]["source"]["corpus"] == ["essenFolksong", "ryansMammoth", "airdsAirs", "miscFolk"]
    # six Ryan's Mammoth tunes of the held-out test split (the split depends only on the tune ids)
    files = {f"ryansMammoth/{p.stem}#0": p for p in data.corpus_files("ryansMammoth")}
    test_ids = sorted(tid for tid, _ in data.split([(tid, None) for tid in files])["test"])[:6]
    seqs = encode_all([m for tid in test_ids for _, m in data.read_corpus_file(files[tid])])
    assert len(seqs) == 6
    bits = evaluate(model, seqs)
    assert bits < 3.6, bits  # the best n-gram scores 4.37 on the whole test split; untrained: ~11.3
