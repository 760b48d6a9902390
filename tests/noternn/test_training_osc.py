"""Training from a patch: /rnn/train, /rnn/learn and /rnn/forget against the real server."""

import shutil
import time

import pytest
import torch

from oscserver.noternn import data
from oscserver.noternn.model import load
from oscserver.noternn.train import adapt, encode_all, evaluate
from oscserver.paths import MODELS_DIR

SHIPPED = MODELS_DIR / "noternn" / "folk.pt"
# One tune family: Bach's settings of the Passion chorale melody ("Herzlich tut mich verlangen").
PASSION = ["bwv135.6", "bwv153.5", "bwv244.15", "bwv244.17", "bwv244.44", "bwv244.54", "bwv244.62",
           "bwv248.5", "bwv270", "bwv271"]


@pytest.fixture(scope="module")
def passion_melodies():
    from music21 import corpus

    return [data.melody_from_music21(corpus.parse(f"bach/{name}")) for name in PASSION]


@pytest.fixture
def rnn(client):
    assert client.request("/rnn/load", "folk", reply="/rnn/loaded", timeout=20) == ["folk"]
    client.send("/rnn/clear")
    yield client
    client.send("/rnn/clear")
    client.request("/rnn/load", "folk", reply="/rnn/loaded", timeout=20)


def replies_until(client, final, timeout):
    """Every message until `final` arrives: [(address, args)], the last one being final's."""
    got, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        reply = client.receive(timeout=max(0.1, deadline - time.monotonic()))
        if reply is None:
            break
        address, args = reply
        got.append((address, args))
        if address in (final, "/error"):
            return got
    raise TimeoutError(f"no {final} in {timeout} s; got {got[-5:]}")


def status_of(client):
    return client.status()["rnn"]


def test_train_fine_tunes_the_shipped_model_on_a_folder_and_loads_it(rnn, server, chorale_folder):
    folder = server.input_dir / "my-chorales"
    shutil.copytree(chorale_folder, folder, dirs_exist_ok=True)
    rnn.send("/rnn/train", str(folder), 1.0, "shipped")
    got = replies_until(rnn, "/rnn/trained", timeout=240)
    assert got[-1][0] == "/rnn/trained", got[-3:]
    path, bits = got[-1][1]
    texts = [args[1] for address, args in got if address == "/rnn/progress"]
    assert any("before training" in t for t in texts) and any(t.startswith("epoch 1:") for t in texts)
    fractions = [args[0] for address, args in got if address == "/rnn/progress"]
    assert fractions == sorted(fractions) and 0 <= fractions[0] and fractions[-1] == 1.0
    ckpt = torch.load(path, weights_only=True)
    assert str(server.output_dir) in path and ckpt["data"]["init"] == str(SHIPPED.resolve())
    assert bits == pytest.approx(ckpt["valid_bits"], abs=1e-4)
    assert bits < ckpt["history"][0]["valid_bits"]                  # better than the shipped model on them
    assert path in status_of(rnn)
    notes = rnn.request("/rnn/continue", 16, 1.0, 67, 1.0, 69, 1.0, reply="/rnn/notes")
    assert len(notes) == 32
    # a second run never overwrites the first
    rnn.send("/rnn/train", str(folder), 0.1, "shipped")
    second = replies_until(rnn, "/rnn/trained", timeout=240)[-1][1][0]
    assert second != path and torch.load(path, weights_only=True)["valid_bits"] == ckpt["valid_bits"]


def test_cancel_mid_training_keeps_and_loads_the_best_model_so_far(rnn, server, chorale_folder):
    folder = server.input_dir / "cancel-chorales"
    shutil.copytree(chorale_folder, folder, dirs_exist_ok=True)
    rnn.send("/rnn/train", str(folder), 30.0, "none")
    got = []
    while not any(a == "/rnn/progress" and str(args[1]).startswith("epoch 2:") for a, args in got):
        got += replies_until(rnn, "/rnn/progress", timeout=240)[-1:]
        assert got[-1][0] != "/error", got[-1]
    t0 = time.monotonic()
    rnn.send("/cancel", "rnn")
    got = replies_until(rnn, "/rnn/trained", timeout=20)
    assert got[-1][0] == "/rnn/trained" and time.monotonic() - t0 < 10, got[-3:]
    path, bits = got[-1][1]
    ckpt = torch.load(path, weights_only=True)
    assert ckpt["epoch"] >= 1 and "init" not in ckpt["data"] and bits == pytest.approx(ckpt["valid_bits"], abs=1e-4)
    assert path in status_of(rnn)
    assert server.alive()


@pytest.mark.parametrize("make, expected", [
    (lambda d: None, "folder"),                                                     # missing
    (lambda d: d.write_text("a file"), "is a file"),
    (lambda d: d.mkdir(), "has no MIDI files"),
    (lambda d: (d.mkdir(), (d / "notes.txt").write_text("x")), "has no MIDI files"),
])
def test_bad_folders_are_refused_before_training(rnn, server, make, expected, request):
    folder = server.input_dir / f"bad-{request.node.callspec.id}"
    make(folder)
    assert expected in rnn.expect_error("/rnn/train", str(folder), 1.0)


def test_unreadable_midi_files_are_named_in_the_error(rnn, server):
    folder = server.input_dir / "broken-midi"
    folder.mkdir(exist_ok=True)
    (folder / "broken.mid").write_bytes(b"MThd not really")
    rnn.send("/rnn/train", str(folder), 1.0)
    got = replies_until(rnn, "/rnn/trained", timeout=60)
    assert got[-1][0] == "/error" and "broken.mid" in got[-1][1][1] and "not a MIDI file" in got[-1][1][1]


def test_bad_arguments_name_what_is_allowed(rnn, server, chorale_folder):
    assert "init must be one of" in rnn.expect_error("/rnn/train", str(chorale_folder), 1.0, "folk")
    assert "minutes" in rnn.expect_error("/rnn/train", str(chorale_folder), 0.0)
    assert "steps" in rnn.expect_error("/rnn/learn", 0)


def test_learn_adapts_to_the_live_history_and_forget_undoes_it(rnn, passion_melodies):
    history = [note for melody in passion_melodies[:5] for note in melody][:200]
    for pitch, beats in history:
        rnn.send("/rnn/note", pitch, float(beats))
    rnn.request("/ping", reply="/pong")
    rnn.send("/rnn/learn", 30)
    # continuations go on while it learns
    assert len(rnn.request("/rnn/continue", 8, 1.0, 67, 1.0, reply="/rnn/notes", timeout=10)) == 16
    got = replies_until(rnn, "/rnn/learned", timeout=120)
    assert got[-1][0] == "/rnn/learned", got[-3:]
    notes, before, after = got[-1][1]
    assert notes == 200 and after < before - 0.3
    assert "adapted to 200 live notes" in status_of(rnn)
    assert rnn.request("/rnn/forget", reply="/rnn/forgot") == ["folk"]
    assert "adapted" not in status_of(rnn)


def test_forget_while_learning_drops_what_is_learned(rnn, passion_melodies):
    """A performer who clicks forget before learning ends gets the model as loaded, not the learned
    one a moment later."""
    for pitch, beats in passion_melodies[0][:40]:
        rnn.send("/rnn/note", pitch, float(beats))
    rnn.send("/rnn/learn", 500)
    assert rnn.request("/rnn/forget", reply="/rnn/forgot") == ["folk"]
    got = replies_until(rnn, "/rnn/learned", timeout=120)
    assert got[-1][0] == "/error" and "/rnn/forget came while learning" in got[-1][1][1], got[-3:]
    assert "adapted" not in status_of(rnn)


def test_learn_needs_a_history(rnn):
    for pitch in (60, 62, 64):
        rnn.send("/rnn/note", pitch, 1.0)
    assert "needs at least 16" in rnn.expect_error("/rnn/learn")


def test_learning_200_notes_of_a_tune_family_helps_on_its_other_tunes(passion_melodies):
    """The core of /rnn/learn: adapted on five settings of the Passion chorale, it predicts the other
    five better than the shipped model; the shipped model itself is untouched."""
    torch.set_num_threads(1)
    model, _ = load(SHIPPED)
    history = data.encode([note for melody in passion_melodies[:5] for note in melody][:200])
    others = encode_all(passion_melodies[5:])
    weights = [p.detach().clone() for p in model.parameters()]
    before = evaluate(model, others)
    after = evaluate(adapt(model, history, steps=30, lr=1e-3), others)
    assert after < before - 0.3, (before, after)
    assert all(torch.equal(a, b) for a, b in zip(weights, model.parameters()))
