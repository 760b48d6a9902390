"""The note-RNN over OSC, against the real server subprocess (the shipped folk model)."""

import mido
import pytest
import torch

from oscclient import TypedArg
from oscserver.noternn import data
from oscserver.noternn.model import NoteRNN, NoteRNNConfig, checkpoint
from oscserver.noternn.osc import MAX_NOTES, NOTES_PER_DATAGRAM
from oscserver.server.oscmsg import message_size

PRIMER = [67, 0.5, 69, 0.5, 71, 1.0, 67, 0.5, 64, 0.5, 62, 1.0, 67, 1.0]


def pairs(args):
    assert len(args) % 2 == 0
    return [(args[i], args[i + 1]) for i in range(0, len(args), 2)]


@pytest.fixture
def rnn(client):
    """A client with the shipped model loaded, an empty history and no fixed seed."""
    assert client.request("/rnn/load", "folk", reply="/rnn/loaded", timeout=20) == ["folk"]
    client.send("/rnn/clear")
    yield client
    client.send("/rnn/clear")


def test_continue_returns_exactly_n_notes_in_range(rnn):
    for n in (1, 8, 100):
        notes = pairs(rnn.request("/rnn/continue", n, 1.0, *PRIMER, reply="/rnn/notes"))
        assert len(notes) == n
        for pitch, beats in notes:
            assert isinstance(pitch, int) and -1 <= pitch <= 127
            assert any(beats == pytest.approx(d) for d in data.DURATIONS)


def test_max_notes_fit_one_datagram():
    assert NOTES_PER_DATAGRAM >= MAX_NOTES
    assert message_size("/rnn/notes", [60, 1.0] * MAX_NOTES) == 5136


def test_512_notes_arrive_in_one_reply(rnn):
    notes = pairs(rnn.request("/rnn/continue", MAX_NOTES, 0.9, *PRIMER, reply="/rnn/notes", timeout=20))
    assert len(notes) == MAX_NOTES


def test_pd_style_floats_are_accepted(rnn):
    floats = [TypedArg(float(v), "f") for v in PRIMER]
    notes = rnn.request("/rnn/continue", TypedArg(4.0, "f"), TypedArg(0.0, "f"), *floats, reply="/rnn/notes")
    assert len(notes) == 8


def test_temperature_zero_is_deterministic_and_stays_in_folk_range(rnn):
    a = rnn.request("/rnn/continue", 16, 0, *PRIMER, reply="/rnn/notes")
    b = rnn.request("/rnn/continue", 16, 0, *PRIMER, reply="/rnn/notes")
    assert a == b
    pitches = [p for p, _ in pairs(a) if p >= 0]
    assert pitches and 48 <= min(pitches) and max(pitches) <= 90  # a G-major tune stays near it


def test_seed_makes_the_next_generations_repeatable(rnn):
    rnn.send("/rnn/seed", 42)
    first = [rnn.request("/rnn/continue", 24, 1.0, *PRIMER, reply="/rnn/notes") for _ in range(2)]
    rnn.send("/rnn/seed", 42)
    again = [rnn.request("/rnn/continue", 24, 1.0, *PRIMER, reply="/rnn/notes") for _ in range(2)]
    rnn.send("/rnn/seed", 43)
    other = rnn.request("/rnn/continue", 24, 1.0, *PRIMER, reply="/rnn/notes")
    assert first == again
    assert first[0] != first[1]  # a seed fixes the sequence of generations, not one answer
    assert other != first[0]


def test_no_primer_continues_the_live_history(rnn):
    for pitch, beats in pairs(PRIMER):
        rnn.send("/rnn/note", pitch, beats)
    from_history = rnn.request("/rnn/continue", 12, 0, reply="/rnn/notes")
    assert from_history == rnn.request("/rnn/continue", 12, 0, *PRIMER, reply="/rnn/notes")
    # more notes arrive: the continuation follows the longer history (kept state + new notes)
    rnn.send("/rnn/note", 72, 2.0)
    longer = rnn.request("/rnn/continue", 12, 0, reply="/rnn/notes")
    assert longer == rnn.request("/rnn/continue", 12, 0, *PRIMER, 72, 2.0, reply="/rnn/notes")
    rnn.send("/rnn/clear")
    assert "nothing to continue" in rnn.expect_error("/rnn/continue", 4, 1.0)


def test_save_writes_the_last_continuation_as_midi(rnn, server):
    notes = pairs(rnn.request("/rnn/continue", 20, 0.8, *PRIMER, reply="/rnn/notes"))
    saved = rnn.request("/rnn/save", "continuation.mid", reply="/rnn/saved")[0]
    assert saved == str(server.output_dir.resolve() / "continuation.mid")
    melody = data.read_midi(saved)
    expected = [(p, pytest.approx(b)) for p, b in data._tidy(notes)]
    assert melody == expected
    assert mido.MidiFile(saved).length > 0


def test_load_a_checkpoint_path_and_back(rnn, server):
    torch.manual_seed(0)
    path = server.input_dir / "tiny-rnn.pt"
    torch.save(checkpoint(NoteRNN(NoteRNNConfig(n_hidden=8, n_embd=4, n_layers=1))), path)
    assert rnn.request("/rnn/load", str(path), reply="/rnn/loaded", timeout=20) == [str(path)]
    rnn.send("/status")
    lines = [args for addr, args in rnn.drain(quiet=0.5) if addr == "/status"]
    assert any(line[0] == "rnn" and "tiny-rnn.pt" in line[1] for line in lines), lines
    assert rnn.request("/rnn/load", "folk", reply="/rnn/loaded", timeout=20) == ["folk"]


def test_ping_answers_while_a_long_continuation_runs(rnn):
    rnn.send("/rnn/continue", MAX_NOTES, 1.0, *PRIMER)
    rnn.send("/ping", 7)
    assert rnn.expect("/pong") == [7]
    assert len(rnn.expect("/rnn/notes", timeout=20)) == 2 * MAX_NOTES


def test_a_long_history_keeps_its_last_256_notes(rnn):
    from oscserver.noternn.osc import MAX_HISTORY

    rng = __import__("numpy").random.default_rng(5)
    played = [(int(p), float(b)) for p, b in zip(rng.integers(60, 80, 300), rng.choice([0.5, 1.0, 1.5], 300))]
    for i, (pitch, beats) in enumerate(played):
        rnn.send("/rnn/note", pitch, beats)
        if i == 99:  # a continuation half way keeps the LSTM state; the later notes drop the oldest
            rnn.request("/rnn/continue", 4, 0, reply="/rnn/notes")
    from_history = rnn.request("/rnn/continue", 10, 0, reply="/rnn/notes")
    last = [v for note in played[-MAX_HISTORY:] for v in note]
    assert from_history == rnn.request("/rnn/continue", 10, 0, *last, reply="/rnn/notes")
