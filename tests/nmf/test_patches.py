"""The bundled NMF patches: Pd runs for real against the server (decompose, play, match) and its live
displays are checked to get the values; the Max patch is checked for valid JSON, standard objects and real connections (also by tests/test_patches.py)."""

import json
import re

import numpy as np
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
               "noise~", "bp~", "hip~", "*~", "dac~", "soundfiler", "tabplay~", "cnv", "hsl", "max",
               # live separation (issue 15): rings, level meters, hear and solo
               "sel", "mod", "*", "-", "==", "expr", "v", "rmstodb", "phasor~", "tabread4~", "env~", "delay", "vu"}
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
    # issue 15: the bases menu feeds /nmf/decompose's 4th argument; live separation writes each component's
    # blocks into a ring (peek~), plays it (index~) at its gain (hear, solo) and shows its level (meter~)
    for needed in ("pack s 3 100 s", "prepend /nmf/filter/start", "/nmf/filter/start input", "/nmf/filter/stop",
                   "route /nmf/filter/block /nmf/filter/started /nmf/filter/done", "sizeinsamps $1"):
        assert needed in texts, needed
    menu = next(b for b in boxes.values() if b["maxclass"] == "umenu")
    assert [item for item in menu["items"] if item != ","] == ["free", "seed", "fixed"]
    lines = {(tuple(l["patchline"]["source"]), tuple(l["patchline"]["destination"])) for l in patch["lines"]}
    pack = next(i for i, b in boxes.items() if b.get("text") == "pack s 3 100 s")
    tosymbol = next(i for i, b in boxes.items() if b.get("text") == "tosymbol")
    assert ((menu["id"], 1), (tosymbol, 0)) in lines and ((tosymbol, 0), (pack, 3)) in lines
    for k in range(3):
        peek = next(i for i, b in boxes.items() if b.get("text") == f"peek~ nmf-sep-{k}")
        index = next(i for i, b in boxes.items() if b.get("text") == f"index~ nmf-sep-{k}")
        assert {d for (s, _), (d, _) in lines if s == peek} == set()        # peek~ only writes here
        assert any(s == index and boxes[d]["maxclass"] == "meter~" for (s, _), (d, _) in lines), k
        assert any(d == peek and i == 1 for (_, _), (d, i) in lines), k     # values reach its write inlet
    assert sum(b["maxclass"] == "meter~" for b in boxes.values()) == 3
    assert sum(b["maxclass"] == "toggle" and b.get("presentation") for b in boxes.values()) == 6   # hear, solo


def test_pd_patch_decomposes_with_fixed_bases_and_separates_live(run_pd, server):
    """Issue 15: the bases choice reaches /nmf/decompose, and live separation of the example file (as if
    live) fills each component's ring, moves its level meter and plays at its gain (solo 1: only 1)."""
    from oscserver.nmf.decompose import load_audio
    printed = run_pd("nmf.pd", [
        (300, "nmf-file symbol examples/nmf/drumloop.wav"),
        (400, "nmf-decompose bang"),                                   # bases free: learns the bases
        # bases fixed (the third toggle) with 2 components: refused, so the word did reach the server
        (5000, "nmf-bases-2 1"), (5100, "nmf-components 2"), (5200, "nmf-decompose bang"),
        (5500, "nmf-components 3"), (5600, "nmf-decompose bang"),      # fixed, 3: only the envelopes
        (7500, "nmf-dsp 1"), (7600, "nmf-solo-1 1"), (7700, "nmf-filter bang"),
        (9800, "nmf-sep-report bang"), (10600, "nmf-sep-report bang"), (11400, "nmf-sep-report bang"),
    ], seconds=15.0)
    text = printed.replace("\\", "")
    frames = 4.8 * 44100 // 512 + 1
    assert len(re.findall(rf"nmf: done 3 {frames:.0f} 86.13", text)) == 2, text     # free, then fixed
    assert re.search(r"nmf-error: /nmf/decompose components must be 3 for bases fixed", text), text
    assert "nmf-filter: started 3 512 44100" in text, text
    samples = int(4.8 * 44100)
    blocks = -(-samples // 512)
    assert f"nmf-filter: done {blocks} {samples}" in text, text
    # every block of each of the three components reached its ring and its level meter
    assert f"nmf-blocks-received: {blocks} {blocks} {blocks}" in text, text
    levels = [float(v) for v in re.search(r"nmf-level-shown: (\S+) (\S+) (\S+)", text).groups()]
    assert all(-60 < level <= 0 for level in levels), levels                       # dB, 0 = full scale
    assert "nmf-gains: 0 1 0" in text, text                                         # solo 1
    heard = float(re.search(r"nmf-heard-db: (\S+)", text).group(1))
    assert heard > 40, text                                                          # env~ dB: it played
    # snapshots (three while it streams, one at the end): the newest complete block j of the rings, 512
    # samples of each component. Summed they are the sound itself there (the parts sum to the input), and
    # each ring holds its own part (not the zeros a ring is cleared to).
    y, _ = load_audio(REPO / "examples" / "nmf" / "drumloop.wav")
    snapshots = re.findall(r"nmf-ring-block: (\d+)\s+nmf-ring: (.+)\s+nmf-ring: (.+)\s+nmf-ring: (.+)", text)
    assert len(snapshots) == 4, text
    loud = 0
    for j, *lines in snapshots:
        rings = np.array([[float(v) for v in line.split()] for line in lines])
        assert rings.shape == (3, 512), lines
        sound = y[int(j) * 512:(int(j) + 1) * 512]                   # the last block is shorter
        np.testing.assert_allclose(rings[:, :len(sound)].sum(axis=0), sound, atol=2e-4)
        if np.abs(sound).max() > 0.01:
            loud += 1
            assert np.all(np.abs(rings).max(axis=1) > 0), rings
    assert loud >= 2, snapshots
    assert "error" not in text.replace("nmf-error", ""), text
