"""Every bundled patch is well formed; the Pd hub runs headless against the real server."""

import json
import re
from pathlib import Path

import pytest

from max_objects import INLETS_OUTLETS, is_known, object_name

REPO = Path(__file__).resolve().parents[1]
MAX_PATCHES = sorted((REPO / "patches" / "max").glob("*.maxpat"))
PD_PATCHES = sorted((REPO / "patches" / "pd").glob("*.pd"))
INSTRUMENT_PATCHES = ["oscserver", "note-rnn", "samplernn", "nmf", "corpus"]


def test_every_instrument_has_a_pd_and_a_max_patch():
    names_pd = {p.stem for p in PD_PATCHES}
    names_max = {p.stem for p in MAX_PATCHES}
    missing = [n for n in INSTRUMENT_PATCHES if n not in names_pd or n not in names_max]
    assert not missing, f"patches missing for: {missing}"


@pytest.mark.parametrize("path", MAX_PATCHES, ids=lambda p: p.name)
def test_max_patch_is_valid(path):
    patcher = json.loads(path.read_text())["patcher"]
    boxes = {}
    for entry in patcher["boxes"]:
        box = entry["box"]
        assert box["id"] not in boxes, f"duplicate box id {box['id']}"
        name = object_name(box)
        assert is_known(name), f"{box['id']}: {name!r} is not a known Max object"
        if box.get("maxclass") == "newobj" and name in INLETS_OUTLETS:
            args = box["text"].split()[1:]
            expected = INLETS_OUTLETS[name](args)
            assert (box["numinlets"], box["numoutlets"]) == expected, \
                f"{box['id']} [{box['text']}] declares {box['numinlets']} in/{box['numoutlets']} out, Max makes {expected}"
        boxes[box["id"]] = box
    for entry in patcher["lines"]:
        line = entry["patchline"]
        (src, outlet), (dst, inlet) = line["source"], line["destination"]
        assert src in boxes and dst in boxes, f"line joins a missing box: {line}"
        assert 0 <= outlet < boxes[src]["numoutlets"], f"{src} has no outlet {outlet}: {line}"
        assert 0 <= inlet < boxes[dst]["numinlets"], f"{dst} has no inlet {inlet}: {line}"


@pytest.mark.parametrize("path", PD_PATCHES, ids=lambda p: p.name)
def test_pd_patch_is_well_formed(path):
    """Each record ends with ';' and every connection joins objects that exist."""
    text = path.read_text()
    records = [r.strip() for r in re.split(r"(?<!\\);", text) if r.strip()]
    counts, n = [], 0
    for record in records:
        if record.startswith("#N canvas"):
            counts.append(0)
        elif record.startswith("#X restore"):
            counts.pop()
            counts[-1] += 1
        elif record.startswith("#X connect"):
            a, _, b, _ = (int(x) for x in record.split()[2:6])
            assert a < counts[-1] and b < counts[-1], f"{path.name}: '{record}' joins a missing object"
        elif record.startswith(("#X obj", "#X msg", "#X text", "#X floatatom", "#X symbolatom", "#X array",
                                "#X listbox")):
            counts[-1] += 1
        n += 1
    assert n > 0 and len(counts) == 1


def test_pd_hub_pings_the_server_and_gets_help(run_pd):
    printed = run_pd("oscserver.pd", [(400, "hub-ping bang"), (600, "hub-help bang"), (800, "hub-status bang"),
                                      (1000, "hub-request /rnn/continue 0 1")], seconds=2.0)
    assert "oscserver: connected 0" in printed, printed
    assert "oscserver: pong hello 1 2.5" in printed, printed
    assert re.search(r"oscserver: help /ping \[args...\]", printed), printed
    assert re.search(r"oscserver: status server oscserver \S+ on 127.0.0.1:\d+ up \d+ s", printed), printed
    # sentences arrive as words: what Pd prints reads as plain text, with no backslash anywhere
    assert "oscserver: error /rnn/continue n must be a whole number from 1 to 512 got 0" in printed, printed
    assert "\\" not in printed, printed
    assert "error" not in printed.replace("oscserver: error /rnn/continue", ""), printed


def test_max_patches_listen_on_distinct_ports_and_ask_for_them():
    """Max's [udpreceive] cannot share a port: each patch has its own and sends /connect with it."""
    ports = {}
    for path in MAX_PATCHES:
        texts = [b["box"].get("text", "") for b in json.loads(path.read_text())["patcher"]["boxes"]]
        listening = [t.split()[1] for t in texts if t.startswith("udpreceive ")]
        assert len(listening) == 1, f"{path.name}: {listening}"
        ports[path.stem] = listening[0]
        if listening[0] != "9001":  # 9001 is the default reply port: the hub needs no /connect
            assert f"/connect {listening[0]}" in texts, f"{path.name} never asks for replies on {listening[0]}"
    assert len(set(ports.values())) == len(ports), ports
