"""The bundled SampleRNN patches: Pd runs headless against the real server, counts the blocks it
wrote into its ring buffer and checks what its level meter and progress bar were sent; the Max patch
joins existing outlets to existing inlets."""
import json
import math
import re

from harness import MAX_PATCHES, PD_PATCHES


def test_pd_patch_streams_blocks_into_its_ring_buffer(run_pd):
    printed = run_pd("samplernn.pd", [
        (600, "srnn-seconds 1"), (650, "srnn-temperature 0.9"), (700, "srnn-start bang"),
        # an endless stream, stopped from the patch
        (3200, "srnn-seconds 0"), (3300, "srnn-start bang"), (4300, "srnn-stop bang"),
        # step 4: half a second rendered to a WAV (the progress bar fills), and the excerpt primed
        (4800, "srnn-render-seconds 0.5"), (4900, "srnn-render bang"), (5000, "srnn-prime bang"),
        # step 5 sends its fields in the server's order: a file given as the folder is refused by name
        (5100, "srnn-train-folder symbol samplernn/chorale-excerpt.wav"), (5200, "srnn-train bang"),
        # a temperature the server refuses comes back as an error in the Pd window
        (7400, "srnn-temperature 9"),
    ], seconds=8.0)
    done = [int(n) for n in re.findall(r"samplernn: done (\d+)", printed)]
    blocks = [int(n) for n in re.findall(r"samplernn-blocks: (\d+)", printed)]
    assert len(done) == 2 and done[0] == 16000, printed
    assert blocks[0] == math.ceil(16000 / 1024), printed
    assert done[1] > 8000 and blocks[1] == math.ceil(done[1] / 1024), printed   # ~1 s, then stopped
    # the level meter got 'rms peak' (dB below full scale) once per block: sound, never above 0 dB
    levels = [(int(n), float(rms), float(peak))
              for n, rms, peak in re.findall(r"samplernn-level-shown: (\d+) (\S+) (\S+)", printed)]
    assert [n for n, _, _ in levels] == blocks, printed
    assert all(-60 < rms <= peak <= 0 for _, rms, peak in levels), printed
    # the render's progress reached the bar, ending full
    assert re.search(r"samplernn: rendered \S+samplernn\.wav", printed), printed
    shown = re.search(r"samplernn-progress-shown: (\d+) (\S+)", printed)
    assert shown and int(shown.group(1)) >= 1 and float(shown.group(2)) == 1, printed
    assert re.search(r"samplernn: primed \S+chorale-excerpt\.wav 2", printed), printed
    assert re.search(r"samplernn-error: /samplernn/train folder \S*chorale-excerpt\.wav\S* is a file", printed), printed
    # the link asks for words: the sentence arrives without Pd's escapes and without its comma
    assert "samplernn-error: /samplernn/temperature temperature must be a number from 0 to 5 got 9" in printed, printed
    assert "\\" not in printed, printed
    assert "error" not in printed.replace("samplernn-error", ""), printed


def test_pd_patch_uses_only_vanilla_objects():
    vanilla = {"loadbang", "t", "pack", "r", "list", "oscserver-link", "tgl", "route", "print", "*", "mod",
               "array", "f", "+", "sel", "delay", "phasor~", "*~", "tabread4~", "line~", "dac~", "bng",
               "cnv", "vu", "hsl", "s", "symbol", "msg", "until", "tabread", "sqrt", "rmstodb", "max", "-", "/",
               "unpack"}
    text = (PD_PATCHES / "samplernn.pd").read_text()
    used = {m.split()[0] for m in re.findall(r"#X obj \d+ \d+ ([^;]+);", text)}
    assert used <= vanilla, used - vanilla


def test_max_patch_joins_existing_outlets_to_existing_inlets():
    patch = json.loads((MAX_PATCHES / "samplernn.maxpat").read_text())["patcher"]
    boxes = {b["box"]["id"]: b["box"] for b in patch["boxes"]}
    for line in patch["lines"]:
        (src, outlet), (dst, inlet) = line["patchline"]["source"], line["patchline"]["destination"]
        assert src in boxes and dst in boxes, line
        assert 0 <= outlet < boxes[src]["numoutlets"], (boxes[src].get("text", src), line)
        assert 0 <= inlet < boxes[dst]["numinlets"], (boxes[dst].get("text", dst), line)
    texts = " ".join(b.get("text", "") for b in boxes.values())
    for needed in ("udpsend 127.0.0.1 9000", "udpreceive 9012", "/connect 9012", "buffer~ srnn-ring", "peek~ srnn-ring",
                   "/samplernn/start", "/samplernn/stop", "/samplernn/temperature"):
        assert needed in texts, needed
