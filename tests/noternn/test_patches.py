"""The bundled note-RNN patches: Pd runs for real against the server; the Max patch is checked
for valid JSON and connections between existing outlets and inlets."""

import json
import re

import pytest

from harness import MAX_PATCHES, PD_PATCHES


@pytest.mark.pd
def test_pd_patch_asks_for_a_continuation_and_receives_every_note(run_pd, server):
    log_start = len(server.log_text())  # the server's log is shared with the other tests
    printed = run_pd("note-rnn.pd", [
        (600, "rnn-length 12"), (650, "rnn-temperature 0.5"), (700, "rnn-continue bang"),
        # a melody "played" on the keyboard, then a continuation of it
        (1500, "rnn-clear bang"), (1600, "rnn-play 60"), (1850, "rnn-play 62"), (2100, "rnn-play 64"),
        (2350, "rnn-play 65"), (2500, "rnn-length 5"), (2600, "rnn-continue-live bang"),
        # a length the server refuses comes back as an error in the Pd window
        (3200, "rnn-length 0"), (3300, "rnn-continue bang"),
    ], seconds=4.5)
    counts = re.findall(r"rnn-received-notes: (\d+)", printed)
    assert counts == ["12", "5"], printed
    assert "rnn-error: /rnn/continue n must be a whole number from 1 to 512" in printed.replace("\\", ""), printed
    # the displays: the graph drew every note (pitches as MIDI numbers), the red playhead moved along the
    # first answer until the second cut it off, the server box showed each reply, the toggle the link
    drawn = re.findall(r"rnn-notes-drawn: (\d+) (\S+)", printed)
    assert [n for n, _ in drawn] == ["12", "5"] and all(48 < float(top) <= 96 for _, top in drawn), printed
    playhead = re.findall(r"rnn-playhead-shown: (\S+)", printed)
    assert playhead and 0.5 <= float(playhead[0]) <= 11.5, printed
    assert re.findall(r"rnn-reply-shown: (\w+)", printed) == ["notes", "notes", "error"], printed
    assert "rnn-connected-shown: 1" in printed, printed
    assert "error" not in re.sub(r"rnn-error|rnn-reply-shown: error", "", printed), printed  # nothing else went wrong
    # the three notes whose length was known (250 ms at 120 bpm = half a beat) reached the server
    log = server.log_text()[log_start:]
    assert "/rnn/note takes 2 arguments" not in log  # the first note waits for the second
    notes = re.findall(r"/rnn/note (\S+) (\S+)", log)
    assert [(float(p), float(b)) for p, b in notes] == [(60, 0.5), (62, 0.5), (64, 0.5)], notes


def test_max_patch_is_valid_json_with_real_connections():
    patch = json.loads((MAX_PATCHES / "note-rnn.maxpat").read_text())["patcher"]
    boxes = {b["box"]["id"]: b["box"] for b in patch["boxes"]}
    assert patch["lines"], "the patch has connections"
    for line in patch["lines"]:
        (src, outlet), (dst, inlet) = line["patchline"]["source"], line["patchline"]["destination"]
        assert src in boxes and dst in boxes, line
        assert 0 <= outlet < boxes[src]["numoutlets"], (boxes[src]["text"] if "text" in boxes[src] else src, line)
        assert 0 <= inlet < boxes[dst]["numinlets"], (boxes[dst].get("text", dst), line)
    texts = " ".join(b.get("text", "") for b in boxes.values())
    for needed in ("udpsend 127.0.0.1 9000", "udpreceive 9011", "/connect 9011", "makenote", "noteout", "notein", "/rnn/continue"):
        assert needed in texts, needed
    assert all(len(b.get("outlettype", [])) == b["numoutlets"] for b in boxes.values() if "outlettype" in b)


def test_pd_patch_uses_only_vanilla_objects():
    vanilla = {"loadbang", "t", "pack", "r", "list", "notein", "stripnote", "timer", "spigot", "/", "clip",
               "oscserver-link", "tgl", "route", "print", "unpack", "*", "delay", "moses", "makenote",
               "noteout", "expr", "f", "s", "+", "-", "sel", "until", "tabwrite", "array", "cnv", "bng", "hsl",
               "text", "symbol", "max", "min", ">"}
    text = (PD_PATCHES / "note-rnn.pd").read_text()
    used = {m.split()[0] for m in re.findall(r"#X obj \d+ \d+ ([^;]+);", text)}
    assert used <= vanilla, used - vanilla


@pytest.mark.pd
def test_pd_patch_trains_on_the_bundled_tunes_learns_and_forgets(run_pd, server, client):
    try:
        printed = run_pd("note-rnn.pd", [
            (400, "rnn-clear bang"), *[(500 + 150 * i, f"rnn-play {60 + i}") for i in range(18)],
            # learning takes ~1 s on a quiet machine; forget comes well after it even on a loaded one
            (3400, "rnn-learn bang"), (9000, "rnn-forget bang"),
            (9500, "rnn-train-minutes 0.1"), (9600, "rnn-train bang"),
        ], seconds=35)
        flat = printed.replace("\\", "")
        learned = re.search(r"rnn: learned 17 ([\d.]+) ([\d.]+)", flat)
        assert learned and float(learned[2]) < float(learned[1]), printed   # it learned what was played
        assert "rnn: forgot folk" in flat, printed
        assert "rnn: progress" in flat, printed
        trained = re.search(r"rnn: trained (\S+rnn-train-chorale-tunes\S*) ([\d.]+)", flat)
        assert trained and 1 < float(trained[2]) < 6, printed
        assert "error" not in flat, printed
        # the displays: the progress bar filled, the server box showed each reply
        assert "rnn-progress-shown: 1" in flat, printed
        assert re.findall(r"rnn-reply-shown: (\w+)", flat) == ["learned", "forgot", "trained"], printed
    finally:
        client.request("/rnn/load", "folk", reply="/rnn/loaded", timeout=20)


def _pairs(numbers: str) -> list[tuple[float, float]]:
    values = [float(v) for v in numbers.split()]
    return list(zip(values[::2], values[1::2]))


def _playing(printed: str) -> list[list[tuple[float, float]]]:
    """Each answer [pd player] started to play, as (pitch, beats) pairs."""
    return [_pairs(m) for m in re.findall(r"rnn-playing: ([-\d. ]+)", printed)]


@pytest.fixture
def unsteered(client):
    """Steering and call and response hold for every later request of the session server: undo them."""
    yield
    for address, *args in (("/rnn/range", 0, 127), ("/rnn/scale", 0, "off"), ("/rnn/density", 0),
                           ("/rnn/temperature", 1, 1), ("/rnn/respond", 0)):
        client.send(address, *args)
    client.send("/rnn/clear")
    client.request("/ping", reply="/pong")


@pytest.mark.pd
def test_pd_patch_asks_for_variations_plays_the_one_picked_and_saves_them_all(run_pd, server):
    log_start = len(server.log_text())
    printed = run_pd("note-rnn.pd", [
        (600, "rnn-length 6"), (650, "rnn-variations-count 4"),
        (700, "rnn-continue bang"),                 # the typed melody becomes the one to vary
        (1500, "rnn-variations bang"), (2600, "rnn-pick 2"), (3000, "rnn-save bang"),
    ], seconds=4)
    flat = printed.replace("\\", "")
    got = {int(k): _pairs(notes) for k, notes in re.findall(r"rnn: variation (\d+) ([-\d. ]+)", flat)}
    assert sorted(got) == [0, 1, 2, 3] and all(len(v) == 6 for v in got.values()), printed
    assert "rnn: variations 4" in flat, printed
    # the continuation, then the first variation as soon as all came, then the one picked
    playing = _playing(flat)
    assert len(playing) == 3 and playing[1] == got[0] and playing[2] == got[2], printed
    assert re.findall(r"rnn-notes-drawn: (\d+)", flat)[-1] == "6", printed
    saved = re.search(r"rnn: saved (.*)", flat)
    assert saved and [p.rsplit("/", 1)[-1] for p in saved[1].split()] == [
        f"continuation-{k}.mid" for k in range(4)], printed
    assert "error" not in flat, printed
    # the variations continued the typed melody (step 2), with the notes of step 1
    log = server.log_text()[log_start:]
    request = re.search(r"/rnn/variations ([-\d. ]+)", log)
    assert request and [float(v) for v in request[1].split()[:7]] == [4, 6, 1, 67, 0.5, 69, 0.5], log[-2000:]


@pytest.mark.pd
def test_pd_patch_steers_range_and_scale_and_lifts_it(run_pd, server, unsteered):
    log_start = len(server.log_text())
    allowed = {p for p in range(62, 71) if (p - 1) % 12 in (0, 2, 4, 5, 7, 9, 11)}  # C# major, 62..70
    printed = run_pd("note-rnn.pd", [
        (600, "rnn-length 24"), (650, "rnn-low 62"), (700, "rnn-high 70"), (750, "rnn-root 1"),
        (800, "rnn-mode major"), (850, "rnn-density 0.5"), (900, "rnn-pitch-temp 1.5"),
        (1000, "rnn-continue bang"),             # the typed melody is in G major, mostly above 70
        (2200, "rnn-steer-off bang"),
    ], seconds=3)
    flat = printed.replace("\\", "")
    playing = _playing(flat)
    assert len(playing) == 1 and len(playing[0]) == 24, printed
    pitches = {int(p) for p, _ in playing[0]}
    assert pitches - {-1} and pitches - {-1} <= allowed, (pitches, printed)
    assert "error" not in flat, printed
    log = server.log_text()[log_start:]
    sent = [" ".join(f"{float(v):g}" if re.fullmatch(r"[-\d.]+", v) else v for v in m.split())
            for m in re.findall(r"(/rnn/(?:range|scale|density|temperature) [^\n]*)", log)]
    for needed in ("/rnn/range 62 70", "/rnn/scale 1 major", "/rnn/density 0.5", "/rnn/temperature 1.5 1"):
        assert needed in sent, (needed, sent)
    after_off = sent[sent.index("/rnn/temperature 1.5 1") + 1:]
    for needed in ("/rnn/range 0 127", "/rnn/scale 0 off", "/rnn/density 0", "/rnn/temperature 1 1"):
        assert needed in after_off, (needed, sent)


@pytest.mark.pd
def test_pd_patch_answers_a_played_phrase_by_itself(run_pd, server, unsteered):
    log_start = len(server.log_text())
    printed = run_pd("note-rnn.pd", [
        (500, "rnn-clear bang"), (600, "rnn-respond-pause 300"), (650, "rnn-respond-length 6"),
        (700, "rnn-respond 1"),
        (900, "rnn-play 60"), (1100, "rnn-play 62"), (1300, "rnn-play 64"), (1500, "rnn-play 65"),
        # nothing is asked for: the pause after the phrase makes the server answer
        (3500, "rnn-respond 0"),
    ], seconds=4)
    flat = printed.replace("\\", "")
    assert re.findall(r"rnn-received-notes: (\d+)", flat) == ["6"], printed
    playing = _playing(flat)
    assert len(playing) == 1 and len(playing[0]) == 6, printed
    assert "error" not in flat, printed
    log = server.log_text()[log_start:]
    respond = [[float(v) for v in m] for m in re.findall(r"/rnn/respond (\S+) (\S+) (\S+)", log)]
    assert [1, 300, 6] in respond and respond[-1][0] == 0, log[-2000:]
    assert "/rnn/continue" not in log


@pytest.mark.pd
def test_pd_patch_continues_by_whole_bars_and_a_midi_file(run_pd, server):
    printed = run_pd("note-rnn.pd", [
        (500, "rnn-clear bang"), *[(600 + 120 * i, f"rnn-play {p}") for i, p in enumerate((67, 69, 71, 72, 74))],
        # nothing typed was continued yet: bars continue what was played
        (1400, "rnn-bars 2"), (1450, "rnn-bar-beats 3"), (1500, "rnn-bars-continue bang"),
        (2500, "rnn-length 5"), (2600, "rnn-file-continue bang"),
    ], seconds=4)
    flat = printed.replace("\\", "")
    playing = _playing(flat)
    assert len(playing) == 2, printed
    assert sum(beats for _, beats in playing[0]) == pytest.approx(6), printed
    assert len(playing[1]) == 5, printed
    assert re.search(r"rnn: saved \S+bwv1\.6-continued\.mid", flat), printed
    assert "error" not in flat, printed
