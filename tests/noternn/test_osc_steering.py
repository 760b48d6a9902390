"""Issue #15 over OSC against the real server: variations, steering, bars, continue/file, respond."""

import time

import mido
import pytest

from oscserver.noternn import data
from oscserver.noternn.steer import SCALES

PRIMER = [67, 0.5, 69, 0.5, 71, 1.0, 67, 0.5, 64, 0.5, 62, 1.0, 67, 1.0]


def pairs(args):
    assert len(args) % 2 == 0
    return [(args[i], args[i + 1]) for i in range(0, len(args), 2)]


def reset_steering(client):
    for address, *args in (("/rnn/range", 0, 127), ("/rnn/scale", 0, "off"), ("/rnn/density", 0),
                           ("/rnn/temperature", 1, 1), ("/rnn/respond", 0)):
        client.send(address, *args)
    client.send("/rnn/clear")


@pytest.fixture
def rnn(client):
    """The shipped model, an empty history, no steering; steering is undone afterwards too, since
    it holds for every later request of the session server."""
    assert client.request("/rnn/load", "folk", reply="/rnn/loaded", timeout=20) == ["folk"]
    reset_steering(client)
    yield client
    reset_steering(client)
    client.request("/ping", reply="/pong")


def variations(client, count, n, temperature, *primer):
    client.send("/rnn/variations", count, n, temperature, *primer)
    got = [client.expect("/rnn/variation", timeout=20) for _ in range(count)]
    assert client.expect("/rnn/variations") == [count]
    assert [v[0] for v in got] == list(range(count))
    return [pairs(v[1:]) for v in got]


def test_variations_are_repeatable_with_a_seed_and_differ(rnn):
    rnn.send("/rnn/seed", 11)
    first = variations(rnn, 8, 16, 1.0, *PRIMER)
    rnn.send("/rnn/seed", 11)
    again = variations(rnn, 8, 16, 1.0, *PRIMER)
    assert first == again
    assert len({tuple(v) for v in first}) == 8
    assert all(len(v) == 16 for v in first)


def test_variations_continue_the_live_history(rnn):
    for pitch, beats in pairs(PRIMER):
        rnn.send("/rnn/note", pitch, beats)
    from_history = variations(rnn, 3, 12, 0)
    assert from_history == [pairs(rnn.request("/rnn/continue", 12, 0, *PRIMER, reply="/rnn/notes"))] * 3


def test_save_writes_one_file_per_variation(rnn, server):
    melodies = variations(rnn, 4, 20, 1.0, *PRIMER)
    paths = rnn.request("/rnn/save", "vars.mid", reply="/rnn/saved")
    assert paths == [str(server.output_dir.resolve() / f"vars-{k}.mid") for k in range(4)]
    for path, notes in zip(paths, melodies):
        assert data.read_midi(path) == [(p, pytest.approx(b)) for p, b in data._tidy(notes)]
    rnn.request("/rnn/continue", 8, 1.0, *PRIMER, reply="/rnn/notes")
    assert rnn.request("/rnn/save", reply="/rnn/saved") == [str(server.output_dir.resolve() / "rnn.mid")]


@pytest.mark.parametrize("setting, allowed", [
    (("/rnn/range", 60, 71), lambda p: 60 <= p <= 71),
    (("/rnn/scale", 62, "dorian"), lambda p: (p - 2) % 12 in SCALES["dorian"]),
])
def test_masked_pitches_never_appear_in_1000_notes_at_temperature_2(rnn, setting, allowed):
    rnn.send(*setting)
    notes = [note for v in variations(rnn, 2, 500, 2.0, *PRIMER) for note in v]
    assert len(notes) == 1000
    played = [p for p, _ in notes if p >= 0]
    assert len(played) > 500 and all(allowed(p) for p in played), sorted(set(played))
    # and the continuation of the live history obeys it too
    rnn.send("/rnn/note", 40, 1.0)
    assert all(allowed(p) for p, _ in pairs(rnn.request("/rnn/continue", 200, 2.0, reply="/rnn/notes")) if p >= 0)


def test_density_and_temperature_steer_the_rhythm(rnn):
    def mean_beats():
        rnn.send("/rnn/seed", 5)
        return sum(b for v in variations(rnn, 4, 64, 1.0, *PRIMER) for _, b in v) / 256

    as_trained = mean_beats()
    rnn.send("/rnn/density", 1)
    shorter = mean_beats()
    rnn.send("/rnn/density", -1)
    longer = mean_beats()
    assert shorter < as_trained < longer
    rnn.send("/rnn/density", 0)
    rnn.send("/rnn/temperature", 1, 0)               # rhythm always the most likely, pitches free
    a = rnn.request("/rnn/continue", 24, 1.5, *PRIMER, reply="/rnn/notes")
    rnn.send("/rnn/temperature", 0, 0)               # both at argmax: the same as temperature 0
    assert rnn.request("/rnn/continue", 24, 1.5, *PRIMER, reply="/rnn/notes") == \
        rnn.request("/rnn/continue", 24, 0, *PRIMER, reply="/rnn/notes")
    assert len(a) == 48


def test_status_shows_the_steering(rnn):
    rnn.send("/rnn/range", 48, 84)
    rnn.send("/rnn/scale", 2, "dorian")
    rnn.send("/rnn/density", 0.5)
    line = rnn.status()["rnn"]
    assert "range 48..84" in line and "scale D dorian" in line and "density +0.5" in line, line
    reset_steering(rnn)
    assert "steering none" in rnn.status()["rnn"]


def test_no_allowed_pitch_is_an_error_naming_why(rnn):
    rnn.send("/rnn/range", 61, 61)
    rnn.send("/rnn/scale", 0, "major")
    message = rnn.expect_error("/rnn/continue", 4, 1.0, *PRIMER)
    assert "no pitch is allowed" in message and "61..61" in message and "C major" in message
    assert "no pitch is allowed" in rnn.expect_error("/rnn/variations", 2, 4, 1.0, *PRIMER)
    rnn.send("/rnn/scale", 1, "major")               # C# major has C#: fine again
    assert {p for p, _ in pairs(rnn.request("/rnn/continue", 30, 2.0, *PRIMER, reply="/rnn/notes"))} <= {-1, 61}


@pytest.mark.parametrize("bars, per_bar", [(4, 3), (2, 4), (3, 2.9), (16, 4)])
def test_bars_fill_exactly(rnn, bars, per_bar):
    for temperature in (0, 1.0, 2.0):
        notes = pairs(rnn.request("/rnn/bars", bars, per_bar, temperature, *PRIMER, reply="/rnn/notes"))
        assert sum(b for _, b in notes) == pytest.approx(bars * per_bar, abs=1e-4)
        grid = [b for _, b in notes[:-1]]
        assert all(any(b == pytest.approx(d) for d in data.DURATIONS) for b in grid)


def test_continue_file_writes_original_then_continuation(rnn, server):
    melody = [(62, 1.0), (64, 0.5), (66, 0.5), (67, 1.0), (-1, 0.5), (69, 0.5), (71, 1.0), (67, 2.0)]
    source = server.input_dir / "tune.mid"
    data.write_midi(melody, source, bpm=90)
    rnn.send("/rnn/continue/file", str(source), 12, 0.8)
    notes = pairs(rnn.expect("/rnn/notes", timeout=20))
    saved = rnn.expect("/rnn/saved")[0]
    assert len(notes) == 12
    assert saved == str(server.output_dir.resolve() / "tune-continued.mid")
    back = data.read_midi(saved)                       # mido underneath
    assert back == [(p, pytest.approx(b)) for p, b in data._tidy(melody + notes)]
    assert mido.tempo2bpm(next(m.tempo for m in mido.MidiFile(saved).tracks[0] if m.type == "set_tempo")) \
        == pytest.approx(90)
    # the same as continuing the melody sent as pairs
    same = rnn.request("/rnn/continue", 12, 0, *[v for note in melody for v in note], reply="/rnn/notes")
    rnn.send("/rnn/continue/file", str(source), 12, 0)
    assert rnn.expect("/rnn/notes", timeout=20) == same
    rnn.expect("/rnn/saved")


def test_respond_answers_after_the_pause_and_not_before(rnn):
    rnn.send("/rnn/respond", 1, 400, 6)
    rnn.request("/ping", reply="/pong")
    for pitch, beats in pairs(PRIMER):               # notes 150 ms apart: shorter than the pause
        rnn.send("/rnn/note", pitch, beats)
        last = time.monotonic()
        early = rnn.receive(timeout=0.15)
        assert early is None, f"answered during the phrase: {early}"
    reply = rnn.receive(timeout=3.0)
    waited = time.monotonic() - last
    assert reply is not None and reply[0] == "/rnn/notes", reply
    assert 0.38 <= waited < 1.5, waited
    assert len(pairs(reply[1])) == 6
    assert rnn.receive(timeout=0.8) is None            # one answer per phrase
    # a second phrase gets a second answer; after /rnn/respond 0, none
    rnn.send("/rnn/note", 60, 1.0)
    assert rnn.expect("/rnn/notes", timeout=3.0)
    rnn.send("/rnn/respond", 0)
    rnn.send("/rnn/note", 62, 1.0)
    assert rnn.receive(timeout=0.9) is None
    assert "responding" not in rnn.status()["rnn"]
