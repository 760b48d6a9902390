"""The bundled NMF patches: Pd runs for real against the server (decompose, play, match) and its live
displays are checked to get the values; the Max patch is checked for valid JSON, standard objects and real connections (also by tests/test_patches.py)."""

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_pd_patch_decomposes_draws_plays_and_matches(run_pd, server):
    printed = run_pd("nmf.pd", [
        (300, "nmf-file symbol examples/nmf/drumloop.wav"),
        (400, "nmf-decompose bang"),
        (5000, "nmf-play bang"),
        (6500, "nmf-stop bang"),
        (7000, "nmf-match bang"),
        (8500, "nmf-match-stop bang"),
        # a request the server refuses comes back as an error in the Pd window
        (9000, "nmf-components 0"), (9100, "nmf-decompose bang"),
    ], seconds=10.0)
    text = printed.replace("\\", "")
    frames = 4.8 * 44100 // 512 + 1
    assert re.search(rf"nmf: done 3 {frames:.0f} 86.13", text), text
    assert f"nmf-frames-drawn: {frames:.0f}" in text, text         # the chunks filled the arrays
    assert len(re.findall(r"nmf: component [012] \S+component-[012].wav", text)) == 3, text
    # Pd read each component's WAV (4.8 s at 44.1 kHz) into its array, to play with the envelopes
    assert text.count("nmf-component-samples: 211680") == 3, text
    played = re.search(r"nmf: played (\d+)", text)
    assert played and 100 <= int(played.group(1)) <= 150, text       # ~1.5 s at 86 frames/s
    received = [int(n) for n in re.findall(r"nmf-envelopes-received: (\d+)", text)]
    assert received[0] == int(played.group(1)), text                 # every /nmf/env reached Pd
    assert len(received) == 2 and 100 <= received[1] <= 150, text    # then the live match
    # the reply reads as words whether or not the link keeps its comma
    assert re.search(r"nmf-error: /nmf/decompose components must be a whole number from 1 to 16,? got 0", text), text
    assert "error" not in text.replace("nmf-error", ""), text
    # the live displays: while it played, the playhead followed every frame, each red envelope was drawn
    # and each 'now' bar moved; while it matched, each match bar moved
    assert f"nmf-playhead-shown: {played.group(1)}" in text, text
    for display in ("nmf-envelope-drawn", "nmf-now-shown", "nmf-match-shown"):
        shown = re.search(rf"{display}: (\S+) (\S+) (\S+)", text)
        assert shown and all(float(v) > 0 for v in shown.groups()), (display, text)
    assert all(float(v) <= 1 for v in re.search(r"nmf-now-shown: (.+)", text).group(1).split()), text


def test_pd_patch_uses_only_vanilla_objects():
    vanilla = {"loadbang", "r", "s", "openpanel", "symbol", "pack", "list", "oscserver-link", "tgl", "route",
               "print", "unpack", "t", "makefilename", "array", "+", "f", "bng", "vsl", "line~", "osc~",
               "noise~", "bp~", "hip~", "*~", "dac~", "soundfiler", "tabplay~", "cnv", "hsl", "max"}
    text = (REPO / "patches" / "pd" / "nmf.pd").read_text()
    used = {m.split()[0] for m in re.findall(r"#X obj \d+ \d+ ([^;]+);", text)}
    assert used <= vanilla, used - vanilla


def test_max_patch_sends_and_receives_the_nmf_addresses():
    patch = json.loads((REPO / "patches" / "max" / "nmf.maxpat").read_text())["patcher"]
    boxes = {b["box"]["id"]: b["box"] for b in patch["boxes"]}
    for line in patch["lines"]:
        (src, outlet), (dst, inlet) = line["patchline"]["source"], line["patchline"]["destination"]
        assert 0 <= outlet < boxes[src]["numoutlets"] and 0 <= inlet < boxes[dst]["numinlets"], line
    texts = " ".join(b.get("text", "") for b in boxes.values())
    for needed in ("udpsend 127.0.0.1 9000", "udpreceive 9013", "/connect 9013", "prepend /nmf/decompose", "/nmf/play",
                   "/nmf/stop", "prepend /nmf/match/start", "/nmf/match/stop", "nmf/drumloop.wav",
                   "route /nmf/activation /nmf/env /nmf/match /nmf/progress /error /nmf/component", "opendialog",
                   "line~", "prepend replace", "buffer~ nmf-comp-0", "play~ nmf-comp-2", "start 0"):
        assert needed in texts, needed
    assert sum(b["maxclass"] == "multislider" for b in boxes.values()) == 4   # 3 activations + live
    assert any(b["maxclass"] == "ezdac~" for b in boxes.values())
