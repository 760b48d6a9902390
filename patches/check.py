"""Check the bundled patches the way a performer sees them.

    .venv/bin/python patches/check.py               # overlapping boxes and crossing cords, every patch
    .venv/bin/python patches/check.py --shots DIR   # also open each Pd patch in the Pd GUI (under Xvfb
                                                    # when there is no display) and save a screenshot
    .venv/bin/python patches/check.py --max-shots DIR  # also draw each Max presentation view (Pillow)

Pd's box sizes follow from its font metrics, measured once in Pd 0.53.1's GUI (Debian
puredata-gui, Xvfb, `import -window root`, dark-pixel bounding boxes): at font size 12 a character
is 7 px wide and a line 16 px high; an object box is 7 * columns + 4 px wide and 16 * lines + 5 px
high; a message box has a 5 px flag on its right; text wraps at 60 columns unless `, f N` sets N; a
`;` ends a line. A box is what Pd draws, so a GUI object's label counts only where it sits inside.
Max boxes are their `presentation_rect`s (what a performer sees with the patch open).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PD_PATCHES = sorted((HERE / "pd").glob("*.pd"))
MAX_PATCHES = sorted((HERE / "max").glob("*.maxpat"))

FONT = {8: (5, 11), 10: (6, 13), 12: (7, 16), 16: (10, 19), 24: (14, 29), 36: (22, 44)}  # px: char, line
WRAP = 60                  # columns before Pd wraps a box's text
PAD_W, PAD_H = 4, 5        # box border and margins around the text
FLAG_W = 5                 # a message box's flag


@dataclass
class Box:
    index: int             # Pd's object number in its canvas (what #X connect counts)
    kind: str              # obj, msg, text, floatatom, symbolatom, listbox, gui, graph
    x: int
    y: int
    w: int
    h: int
    text: str = ""

    def overlaps(self, other: "Box") -> bool:
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)

    def __str__(self) -> str:
        return f"{self.kind} '{self.text[:40]}' at {self.x},{self.y} ({self.w}x{self.h})"


@dataclass
class Canvas:
    font: int
    boxes: list[Box] = field(default_factory=list)
    cords: list[tuple[int, int, int, int]] = field(default_factory=list)  # (from, outlet, to, inlet)
    coords: list[str] | None = None                                       # its #X coords line


def records(text: str) -> list[list[str]]:
    """A .pd file's records (split at unescaped ';'), each as its atoms."""
    out, current = [], []
    for token in re.findall(r"(?:\\.|[^\s;,\\])+|;|,", text):
        if token == ";":
            if current:
                out.append(current)
            current = []
        else:
            current.append(token)
    return out


def unescape(atoms: list[str]) -> str:
    return " ".join(atoms).replace("\\,", ",").replace("\\;", ";").replace("\\$", "$").replace(" ,", ",")


def text_lines(text: str, width: int) -> list[str]:
    lines = []
    for part in re.split(r"(?<=;) ?", text):
        lines += textwrap.wrap(part, width, break_long_words=True, break_on_hyphens=False) or [""]
    return lines


def text_size(text: str, font: int, width_chars: int = 0) -> tuple[int, int]:
    cw, lh = FONT.get(font, FONT[12])
    lines = text_lines(text, width_chars or WRAP)
    columns = width_chars or max(len(line) for line in lines)
    return cw * max(columns, 1) + PAD_W, lh * len(lines) + PAD_H


def _width_suffix(atoms: list[str]) -> tuple[list[str], int]:
    """Strip a trailing ', f N' (a box width in characters)."""
    if len(atoms) >= 3 and atoms[-3] == "," and atoms[-2] == "f":
        return atoms[:-3], int(float(atoms[-1]))
    return atoms, 0


GUI_SIZE = {  # class: function of its creation arguments -> (w, h)
    "bng": lambda a: (int(a[0]), int(a[0])),
    "tgl": lambda a: (int(a[0]), int(a[0])),
    "hsl": lambda a: (int(a[0]), int(a[1])),
    "vsl": lambda a: (int(a[0]), int(a[1])),
    "hslider": lambda a: (int(a[0]), int(a[1])),
    "vslider": lambda a: (int(a[0]), int(a[1])),
    "hradio": lambda a: (int(a[0]) * int(a[4]), int(a[0])),
    "vradio": lambda a: (int(a[0]), int(a[0]) * int(a[4])),
    "vu": lambda a: (int(a[0]), int(a[1])),
    "cnv": lambda a: (int(a[1]), int(a[2])),
}


def parse_pd_canvases(path: Path) -> list[tuple[str, Canvas]]:
    """Every canvas of a Pd patch that holds boxes, top level first ("" names it), then each subpatch
    in the order it closes, named by its path ("pd live-separation / pd write-blocks"). Each canvas
    numbers its own boxes (as #X connect counts them); a subpatch or a graph-on-parent array is one
    box on its parent. An array's own canvas (only `#X array` and `#X coords`) holds no boxes and is
    left out; a data-structure template is an ordinary canvas (its [struct] and drawing objects are
    boxes a performer opens and reads)."""
    stack: list[tuple[Canvas, list[list]]] = []    # each open canvas and its closed descendants
    found: list[list] = []                           # [name, canvas], the name lengthened as parents close
    for rec in records(path.read_text()):
        head = rec[:2]
        if head == ["#N", "canvas"]:
            font = int(rec[6]) if len(rec) > 6 and rec[6].isdigit() else (stack[-1][0].font if stack else 12)
            stack.append((Canvas(font=font if not stack else stack[0][0].font), []))
            continue
        if not stack or rec[0] != "#X":
            continue
        (canvas, _), kind = stack[-1], rec[1]
        if kind == "connect":
            canvas.cords.append(tuple(int(v) for v in rec[2:6]))
            continue
        if kind == "coords":
            canvas.coords = rec[2:]
            continue
        if kind == "restore":
            inner, descendants = stack.pop()
            if not stack:
                break
            parent, siblings = stack[-1]
            x, y = int(float(rec[2])), int(float(rec[3]))
            label = unescape(rec[4:])
            if inner.coords and len(inner.coords) >= 7 and int(float(inner.coords[6])) & 1:
                w, h = int(float(inner.coords[4])), int(float(inner.coords[5]))
                parent.boxes.append(Box(len(parent.boxes), "graph", x, y, w, h, label))
            else:
                w, h = text_size(label, parent.font)
                parent.boxes.append(Box(len(parent.boxes), "obj", x, y, w, h, label))
            for entry in descendants:
                entry[0] = f"{label} / {entry[0]}"
            if inner.boxes:
                descendants.append([label, inner])
                found.append(descendants[-1])
            siblings.extend(descendants)
            continue
        if kind not in ("obj", "msg", "text", "floatatom", "symbolatom", "listbox"):
            continue  # array data, declare, f-width records of older files
        x, y = int(float(rec[2])), int(float(rec[3]))
        atoms, width = _width_suffix(rec[4:])
        cw, lh = FONT.get(canvas.font, FONT[12])
        if kind in ("floatatom", "symbolatom", "listbox"):
            columns = int(atoms[0]) or (5 if kind == "floatatom" else 10)
            box = Box(len(canvas.boxes), kind, x, y, columns * cw + 3, lh + 4, atoms[5] if len(atoms) > 5 else "")
        elif kind == "obj" and atoms and atoms[0] in GUI_SIZE:
            try:
                w, h = GUI_SIZE[atoms[0]](atoms[1:])
            except (IndexError, ValueError):
                w, h = text_size(unescape(atoms), canvas.font)
            box = Box(len(canvas.boxes), "gui", x, y, w, h, atoms[0])
        else:
            text = unescape(atoms)
            w, h = text_size(text, canvas.font, width)
            if kind == "msg":
                w += FLAG_W
            box = Box(len(canvas.boxes), kind, x, y, w, h, text)
        canvas.boxes.append(box)
    if not stack:
        raise ValueError(f"{path} is not a Pd patch")
    return [("", stack[0][0])] + [(name, canvas) for name, canvas in found]


def parse_pd(path: Path) -> Canvas:
    """The top-level canvas of a Pd patch: its boxes (with sizes as Pd draws them) and cords."""
    return parse_pd_canvases(path)[0][1]


def overlapping_pairs(boxes: list) -> list[tuple]:
    """Every pair of boxes that share some area (touching edges is fine)."""
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]


def _segment_hits_box(x1, y1, x2, y2, box: Box) -> bool:
    """Does the segment pass through the inside of the box (Liang-Barsky clipping)?"""
    t0, t1 = 0.0, 1.0
    dx, dy = x2 - x1, y2 - y1
    for p, q in ((-dx, x1 - box.x - 1), (dx, box.x + box.w - 1 - x1), (-dy, y1 - box.y - 1), (dy, box.y + box.h - 1 - y1)):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
    return t0 < t1


def _port_counts(canvas: Canvas) -> tuple[dict, dict]:
    """How many outlets and inlets each box has, as far as its cords and a [t] box's arguments tell."""
    outlets = {box.index: 1 for box in canvas.boxes}
    inlets = dict(outlets)
    for source, outlet, sink, inlet in canvas.cords:
        outlets[source] = max(outlets[source], outlet + 1)
        inlets[sink] = max(inlets[sink], inlet + 1)
    for box in canvas.boxes:
        words = box.text.split()
        if box.kind == "obj" and words and words[0] in ("t", "trigger", "unpack", "route", "sel", "select"):
            outlets[box.index] = max(outlets[box.index], len(words) - 1 + (words[0] in ("route", "sel", "select")))
    return outlets, inlets


def _port_x(box: Box, port: int, ports: int) -> float:
    """Where Pd draws a cord's end: ports spread evenly across the box, 7 px wide each."""
    if ports <= 1:
        return box.x + 3
    return box.x + 3 + (box.w - 7) * port / (ports - 1)


def crossed_boxes(canvas: Canvas) -> list[tuple[tuple, Box]]:
    """Cords that run through a box that is neither of their ends (they hide a control or the map)."""
    crossings = []
    outlets, inlets = _port_counts(canvas)
    for cord in canvas.cords:
        source, outlet, sink, inlet = cord
        a, b = canvas.boxes[source], canvas.boxes[sink]
        x1, y1 = _port_x(a, outlet, outlets[source]), a.y + a.h
        x2, y2 = _port_x(b, inlet, inlets[sink]), b.y
        for box in canvas.boxes:
            if box.index not in (source, sink) and _segment_hits_box(x1, y1, x2, y2, box):
                crossings.append((cord, box))
    return crossings


def parse_max(path: Path) -> tuple[dict, list[Box]]:
    """A Max patch's patcher and the boxes its presentation view shows."""
    patcher = json.loads(path.read_text())["patcher"]
    boxes = []
    for i, entry in enumerate(patcher["boxes"]):
        box = entry["box"]
        if box.get("presentation") and "presentation_rect" in box:
            x, y, w, h = box["presentation_rect"]
            boxes.append(Box(i, box["maxclass"], x, y, w, h, box.get("text", box["id"])))
    return patcher, boxes


def draw_max(path: Path, shot: Path) -> None:
    """Draw a Max patch's presentation view as Max would roughly show it (no Max here): each box
    its rect, text wrapped to its width in a font of Arial's size; text that does not fit is red."""
    from PIL import Image, ImageDraw, ImageFont
    patcher, boxes = parse_max(path)
    sizes = {i: e["box"].get("fontsize", 12) for i, e in enumerate(patcher["boxes"])}
    face = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")   # a little wider than Arial: errs safe

    def font(size):
        return ImageFont.truetype(str(face), int(size)) if face.exists() else ImageFont.load_default()
    image = Image.new("RGB", (max(b.x + b.w for b in boxes) + 20, max(b.y + b.h for b in boxes) + 20), "#e5e5e5")
    draw = ImageDraw.Draw(image)
    fill = {"message": "#d0d0d0", "number": "#333", "flonum": "#333", "lcd": "white", "multislider": "#333",
            "button": "#333", "toggle": "#333", "ezdac~": "#333", "panel": "#7c7"}
    for b in boxes:
        if b.kind != "comment":
            draw.rectangle([b.x, b.y, b.x + b.w - 1, b.y + b.h - 1], fill=fill.get(b.kind, "white"), outline="#888")
        if b.kind in ("button", "toggle", "ezdac~"):
            draw.ellipse([b.x + 4, b.y + 4, b.x + b.w - 5, b.y + b.h - 5], outline="#ccc")
        text = b.text if b.kind in ("comment", "message", "newobj") else ""
        f = font(sizes[b.index])
        lines, line = [], ""
        for word in text.split(" "):
            if line and f.getlength(line + " " + word) > b.w - 8:
                lines, line = lines + [line], word
            else:
                line = (line + " " + word).strip()
        lines += [line] if line else []
        step = sizes[b.index] * 1.25
        for n, row in enumerate(lines):
            fits = (n + 1) * step + 4 <= b.h + 1 and f.getlength(row) <= b.w - 4
            draw.text((b.x + 4, b.y + 3 + n * step), row, font=f, fill="black" if fits else "red")
    image.save(shot)


# -- the Pd GUI ----------------------------------------------------------------------------------

CONSOLE_ERRORS = re.compile(r"error|couldn't create|bad arguments|no such object|can't open", re.I)


class Display:
    """An X display: the one we have, or a private Xvfb."""

    def __init__(self, size: str = "1400x1100x24"):
        self.size, self.server = size, None
        self.name = os.environ.get("DISPLAY", "") if os.environ.get("DISPLAY") else None

    def __enter__(self) -> str:
        if self.name:
            return self.name
        if not shutil.which("Xvfb"):
            raise RuntimeError("no display and no Xvfb: apt-get install xvfb puredata-gui imagemagick")
        for number in range(90, 130):
            if not Path(f"/tmp/.X{number}-lock").exists():
                break
        self.name = f":{number}"
        self.server = subprocess.Popen(["Xvfb", self.name, "-screen", "0", self.size, "-nolisten", "tcp"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.1)
        return self.name

    def __exit__(self, *exc) -> None:
        if self.server:
            self.server.terminate()
            self.server.wait()


def open_in_gui(patch: Path, display: str, shot: Path | None = None, seconds: float = 4.0) -> list[str]:
    """Open a patch in the real Pd GUI; return the console lines that report errors (and save a
    screenshot of the screen when asked)."""
    env = dict(os.environ, DISPLAY=display)
    with tempfile.TemporaryFile("w+") as console:
        pd = subprocess.Popen(["pd", "-nosound", "-nomidi", "-noprefs", "-stderr", "-path", str(patch.parent),
                               "-open", str(patch)], env=env, stdout=console, stderr=subprocess.STDOUT)
        try:
            time.sleep(seconds)
            if shot is not None:
                subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        finally:
            pd.terminate()
            try:
                pd.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pd.kill()
        console.seek(0)
        lines = console.read().splitlines()
    return [line for line in lines if CONSOLE_ERRORS.search(line)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shots", type=Path, help="open each Pd patch in the Pd GUI and save DIR/NAME.png")
    parser.add_argument("--max-shots", type=Path, help="draw each Max presentation view to DIR/NAME.png")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="screenshots of these patches only (e.g. corpus)")
    parser.add_argument("--seconds", type=float, default=4.0, help="how long each patch runs before its screenshot")
    args = parser.parse_args(argv)
    problems = 0
    for path in PD_PATCHES:
        for name, canvas in parse_pd_canvases(path):
            pairs, crossings = overlapping_pairs(canvas.boxes), crossed_boxes(canvas)
            where = f"{path.relative_to(HERE)}" + (f" [{name}]" if name else "")
            print(f"{where}: {len(canvas.boxes)} boxes, {len(pairs)} overlapping pairs, "
                  f"{len(crossings)} cords through a box")
            for a, b in pairs:
                print(f"  overlap: {a}  /  {b}")
            for cord, box in crossings:
                print(f"  cord {cord[0]}->{cord[2]} runs through {box}")
            problems += len(pairs) + len(crossings)
    for path in MAX_PATCHES:
        patcher, boxes = parse_max(path)
        pairs = overlapping_pairs(boxes)
        opens = patcher.get("openinpresentation") == 1
        print(f"{path.relative_to(HERE)}: {len(boxes)} presentation boxes, {len(pairs)} overlapping pairs, "
              f"opens in presentation: {'yes' if opens else 'no'}")
        for a, b in pairs:
            print(f"  overlap: {a}  /  {b}")
        problems += len(pairs) + (not opens)
    if args.max_shots:
        args.max_shots.mkdir(parents=True, exist_ok=True)
        for path in MAX_PATCHES:
            if parse_max(path)[1]:
                draw_max(path, args.max_shots / f"{path.stem}.png")
                print(f"{args.max_shots / path.stem}.png: drawn")
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
        with Display() as display:
            for path in PD_PATCHES:
                if args.only and path.stem not in args.only:
                    continue
                shot = args.shots / f"{path.stem}.png"
                errors = open_in_gui(path, display, shot, args.seconds)
                print(f"{shot}: {'; '.join(errors) if errors else 'opened without errors'}")
                problems += len(errors)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
