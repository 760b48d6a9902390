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
               "noteout", "expr", "f", "s", "+", "-", "sel", "until", "tabwrite", "array", "cnv", "bng", "hsl"}
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
        ], seconds=60)
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
