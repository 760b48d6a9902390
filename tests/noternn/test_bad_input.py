"""Every request the note-RNN cannot serve gets an /error that says what was wrong; bad files and
bad checkpoints fail with a clear ValueError in the core."""

import pytest
import torch

from oscserver.noternn import data
from oscserver.noternn.model import NoteRNN, NoteRNNConfig, checkpoint, load

PRIMER = [60, 1.0, 62, 1.0, 64, 1.0]


@pytest.fixture
def rnn(client):
    assert client.request("/rnn/load", "folk", reply="/rnn/loaded", timeout=20) == ["folk"]
    client.send("/rnn/clear")
    return client


@pytest.mark.parametrize("n, words", [(0, "n must be a whole number from 1 to 512, got 0"),
                                      (-3, "got -3"), (513, "got 513"), (2.5, "got 2.5")])
def test_bad_n(rnn, n, words):
    assert words in rnn.expect_error("/rnn/continue", n, 1.0, *PRIMER)


@pytest.mark.parametrize("temperature", [-0.1, 5.5, float("nan")])
def test_bad_temperature(rnn, temperature):
    assert "temperature must be" in rnn.expect_error("/rnn/continue", 4, temperature, *PRIMER)


@pytest.mark.parametrize("pitch", [128, -2, 60.5])
def test_pitch_out_of_range(rnn, pitch):
    message = rnn.expect_error("/rnn/continue", 4, 1.0, 60, 1.0, pitch, 1.0)
    assert "pitch must be a whole number from -1 to 127" in message


@pytest.mark.parametrize("beats", [0, -1.0, 17.0])
def test_beats_out_of_range(rnn, beats):
    assert "beats must be" in rnn.expect_error("/rnn/continue", 4, 1.0, 60, beats)


def test_odd_number_of_primer_values(rnn):
    message = rnn.expect_error("/rnn/continue", 4, 1.0, 60, 1.0, 62)
    assert "groups of 2 (pitch beats)" in message


def test_too_few_arguments(rnn):
    assert "takes at least 2 arguments" in rnn.expect_error("/rnn/continue", 4)


def test_a_symbol_where_a_number_goes(rnn):
    assert "pitch must be a whole number" in rnn.expect_error("/rnn/continue", 4, 1.0, "C4", 1.0)


def test_nothing_to_continue(rnn):
    assert "nothing to continue" in rnn.expect_error("/rnn/continue", 8, 1.0)


def test_bad_note_for_the_history(rnn):
    assert "pitch must be" in rnn.expect_error("/rnn/note", 200, 1.0)
    assert "beats must be" in rnn.expect_error("/rnn/note", 60, 0)
    assert "takes 2 arguments" in rnn.expect_error("/rnn/note", 60)


def test_bad_seed(rnn):
    assert "seed must be a whole number from 0" in rnn.expect_error("/rnn/seed", -1)
    assert "seed must be" in rnn.expect_error("/rnn/seed", 1.5)


def test_unknown_model(rnn):
    message = rnn.expect_error("/rnn/load", "no-such-model")
    assert "model must be one of" in message and "folk" in message and "'no-such-model'" in message


def test_model_path_outside_the_allowed_folders(rnn):
    assert "outside the folders the server may read" in rnn.expect_error("/rnn/load", "/etc/passwd.pt")


def test_a_file_that_is_not_a_checkpoint(rnn, server):
    (server.input_dir / "garbage.pt").write_bytes(b"this is not a checkpoint")
    assert "could not be loaded" in rnn.expect_error("/rnn/load", str(server.input_dir / "garbage.pt"))
    # the model that was loaded stays loaded
    assert len(rnn.request("/rnn/continue", 3, 1.0, *PRIMER, reply="/rnn/notes")) == 6


def test_save_before_any_continuation(tmp_path):
    """A fresh in-process server (the session server has continued melodies already)."""
    from oscclient import OscClient, free_udp_port
    from oscserver.paths import MODELS_DIR
    from oscserver.server.app import Server
    from oscserver.server.config import ServerConfig

    config = ServerConfig(port=free_udp_port(), reply_port=free_udp_port(), output=str(tmp_path / "out"),
                          allow_read=[str(tmp_path)], models=str(MODELS_DIR))
    fresh = Server(config, instruments=("oscserver.noternn.osc:NoteRNNInstrument",))
    fresh.start()
    try:
        with OscClient(fresh.address) as c:
            assert "nothing to save yet" in c.expect_error("/rnn/save", "tune.mid")
            assert "model must be one of" in c.expect_error("/rnn/load", "missing")
    finally:
        fresh.close()
    assert not list((tmp_path / "out").iterdir())


def test_save_bad_paths(server):
    with server.client() as c:
        assert "must end in .mid" in c.expect_error("/rnn/save", "tune.wav")
        assert "outside the output folder" in c.expect_error("/rnn/save", "../escape.mid")
        assert "outside the output folder" in c.expect_error("/rnn/save", "/tmp/escape.mid")


# ------------------------------------------------------------------ issue #15: the new addresses

@pytest.mark.parametrize("args, words", [
    ((0, 8, 1.0), "count must be a whole number from 1 to 16, got 0"),
    ((17, 8, 1.0), "count must be a whole number from 1 to 16, got 17"),
    ((4, 0, 1.0), "n must be a whole number from 1 to 512, got 0"),
    ((4, 8, -1.0), "temperature must be a number from 0 to 5, got -1.0"),
    ((4, 8, 1.0, 60), "groups of 2 (pitch beats)"),
    ((4, 8, 1.0, 60, 0), "beats must be"),
])
def test_bad_variations(rnn, args, words):
    assert words in rnn.expect_error("/rnn/variations", *args, *([] if len(args) > 3 else PRIMER))


def test_variations_with_nothing_to_continue(rnn):
    assert "nothing to continue" in rnn.expect_error("/rnn/variations", 2, 8, 1.0)


@pytest.mark.parametrize("args, words", [
    ((0, 4, 1.0), "bars must be a whole number from 1 to 64, got 0"),
    ((4, 0.25, 1.0), "beats_per_bar must be a number from 0.5 to 16, got 0.25"),
    ((4, 4, 6.0), "temperature must be a number from 0 to 5, got 6.0"),
    ((32, 4, 1.0), "bars x beats_per_bar must be at most 64 beats, got 32 x 4 = 128"),
])
def test_bad_bars(rnn, args, words):
    assert words in rnn.expect_error("/rnn/bars", *args, *PRIMER)


def test_bad_continue_file(rnn, server):
    assert "path must end in .mid or .midi, got 'tune.wav'" in rnn.expect_error("/rnn/continue/file", "tune.wav", 8, 1.0)
    assert "outside the folders the server may read" in rnn.expect_error("/rnn/continue/file", "/etc/x.mid", 8, 1.0)
    assert "was not found" in rnn.expect_error("/rnn/continue/file", "no-such-tune.mid", 8, 1.0)
    (server.input_dir / "fake.mid").write_text("not MIDI at all")
    message = rnn.expect_error("/rnn/continue/file", str(server.input_dir / "fake.mid"), 8, 1.0)
    assert "fake.mid is not a MIDI file" in message
    data.write_midi([(60, 1.0)], server.input_dir / "one.mid")
    assert "n must be a whole number from 1 to 512, got 0" in rnn.expect_error(
        "/rnn/continue/file", str(server.input_dir / "one.mid"), 0, 1.0)
    assert "takes 3 arguments" in rnn.expect_error("/rnn/continue/file", "one.mid")


def test_bad_range(rnn):
    assert "high must be at least low (72), got 60" in rnn.expect_error("/rnn/range", 72, 60)
    assert "high must be a whole number from 0 to 127, got 128" in rnn.expect_error("/rnn/range", 0, 128)
    assert "low must be a whole number from 0 to 127, got -1" in rnn.expect_error("/rnn/range", -1, 60)
    assert "takes 2 arguments" in rnn.expect_error("/rnn/range", 60)


def test_bad_scale(rnn):
    message = rnn.expect_error("/rnn/scale", 0, "ionian-ish")
    assert "mode must be one of major, minor, dorian" in message and "off" in message and "'ionian-ish'" in message
    assert "root must be a whole number from 0 to 127, got -1" in rnn.expect_error("/rnn/scale", -1, "major")
    assert "root must be a whole number" in rnn.expect_error("/rnn/scale", "D", "major")


def test_bad_density_and_temperature(rnn):
    assert "density must be a number from -1 to 1, got 1.5" in rnn.expect_error("/rnn/density", 1.5)
    assert "density must be a number" in rnn.expect_error("/rnn/density", float("nan"))
    assert "pitch must be a number from 0 to 5, got -0.5" in rnn.expect_error("/rnn/temperature", -0.5, 1)
    assert "rhythm must be a number from 0 to 5, got 9.0" in rnn.expect_error("/rnn/temperature", 1, 9.0)


def test_bad_respond(rnn):
    assert "on must be a whole number from 0 to 1, got 2" in rnn.expect_error("/rnn/respond", 2)
    assert "pause_ms must be a whole number from 50 to 10000, got 10" in rnn.expect_error("/rnn/respond", 1, 10)
    assert "n must be a whole number from 1 to 512, got 600" in rnn.expect_error("/rnn/respond", 1, 500, 600)
    assert "responding" not in rnn.status()["rnn"]   # refused requests turned nothing on


def test_save_variations_bad_path(rnn):
    rnn.send("/rnn/variations", 2, 4, 1.0, *PRIMER)
    rnn.expect("/rnn/variations")
    assert "must end in .mid" in rnn.expect_error("/rnn/save", "vars.txt")
    assert "outside the output folder" in rnn.expect_error("/rnn/save", "../vars.mid")


def test_the_server_survives_all_of_it(rnn):
    assert rnn.request("/ping", 1, reply="/pong") == [1]


# ------------------------------------------------------------------------------ the core, no server

def test_not_a_midi_file(tmp_path):
    path = tmp_path / "song.mid"
    path.write_text("hello, not MIDI")
    with pytest.raises(ValueError, match="song.mid is not a MIDI file"):
        data.read_midi(path)


def test_midi_without_notes(tmp_path):
    import mido
    mid = mido.MidiFile()
    mid.tracks.append(mido.MidiTrack([mido.MetaMessage("end_of_track", time=0)]))
    mid.save(tmp_path / "empty.mid")
    with pytest.raises(ValueError, match="empty.mid has no notes"):
        data.read_midi(tmp_path / "empty.mid")
    with pytest.raises(ValueError, match="no MIDI files with notes"):
        data.read_midi_folder(tmp_path)


def test_encode_refuses_bad_notes():
    with pytest.raises(ValueError, match="pitch must be -1 .* got 128"):
        data.encode([(128, 1.0)])
    with pytest.raises(ValueError, match="duration must be > 0 beats, got 0"):
        data.encode([(60, 0.0)])


def test_unknown_config_key_is_an_error(tmp_path):
    ckpt = checkpoint(NoteRNN(NoteRNNConfig(n_hidden=8, n_embd=4, n_layers=1)))
    ckpt["model_args"]["n_hiden"] = 16
    torch.save(ckpt, tmp_path / "typo.pt")
    with pytest.raises(ValueError, match="unknown NoteRNNConfig keys: \\['n_hiden'\\]"):
        load(tmp_path / "typo.pt")


def test_other_duration_grid_is_refused(tmp_path):
    ckpt = checkpoint(NoteRNN(NoteRNNConfig(n_hidden=8, n_embd=4, n_layers=1)))
    ckpt["durations"] = ckpt["durations"][:-1]
    torch.save(ckpt, tmp_path / "grid.pt")
    with pytest.raises(ValueError, match="another duration grid"):
        load(tmp_path / "grid.pt")


def test_unknown_corpus():
    with pytest.raises(ValueError, match="no music21 corpus named 'nope'"):
        data.corpus_files("nope")
