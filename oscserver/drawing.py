"""Small PNG plots with Pillow: panels with a frame, a title, lines and dots.

Why not matplotlib: these PNGs are drawn inside the server. matplotlib imports some 560 modules on
first use and leaves thousands of reference cycles per figure; the garbage collector's full passes
over them paused the receiving thread for 30-110 ms. Pillow draws the same plots in a few ms and
leaves no cycles.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from oscserver.server.files import atomic_write

BACKGROUND = (255, 255, 255)
INK = (40, 40, 40)
# matplotlib's tab10, so a cluster or a component has the colour people know from other tools
PALETTE = ((31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
           (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207))


def colour(i: int) -> tuple[int, int, int]:
    return PALETTE[int(i) % len(PALETTE)]


class Canvas:
    """An RGB image to draw panels on, written atomically as PNG."""

    def __init__(self, width: int, height: int):
        from PIL import Image, ImageDraw, ImageFont

        self.image = Image.new("RGB", (width, height), BACKGROUND)
        self.draw = ImageDraw.Draw(self.image)
        self.font = ImageFont.load_default()

    def text(self, x: float, y: float, text: str, fill=INK) -> None:
        self.draw.text((x, y), text, fill=fill, font=self.font)

    def panel(self, box: tuple[int, int, int, int], x_range: tuple[float, float], y_range: tuple[float, float],
              *, title: str = "", x_log: bool = False) -> Panel:
        return Panel(self, box, x_range, y_range, title=title, x_log=x_log)

    def save(self, path) -> Path:
        path = Path(path)
        with atomic_write(path) as tmp:
            self.image.save(tmp, format="PNG")
        return path


class Panel:
    """A framed rectangle of the canvas that maps data coordinates to pixels (y grows upwards)."""

    def __init__(self, canvas: Canvas, box, x_range, y_range, *, title: str = "", x_log: bool = False):
        self.canvas, self.box, self.x_log = canvas, tuple(int(v) for v in box), x_log
        self.x_range = tuple(np.log10(x_range)) if x_log else tuple(map(float, x_range))
        self.y_range = tuple(map(float, y_range))
        canvas.draw.rectangle(self.box, outline=INK)
        if title:
            canvas.text(self.box[0], self.box[1] - 12, title)

    def pixels(self, x, y) -> np.ndarray:
        """(N, 2) pixel coordinates of data points x (N,), y (N,), clipped to the panel."""
        x = np.log10(np.maximum(np.asarray(x, float), 1e-12)) if self.x_log else np.asarray(x, float)
        y = np.asarray(y, float)
        left, top, right, bottom = self.box
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        px = left + 1 + (x - x0) / ((x1 - x0) or 1.0) * (right - left - 2)
        py = bottom - 1 - (y - y0) / ((y1 - y0) or 1.0) * (bottom - top - 2)
        return np.stack([np.clip(px, left + 1, right - 1), np.clip(py, top + 1, bottom - 1)], axis=1)

    def line(self, x, y, fill=PALETTE[0], width: int = 1) -> None:
        xy = self.pixels(x, y)
        if len(xy) > 4 * (self.box[2] - self.box[0]):  # more points than pixels: keep each column's extremes
            xy = _column_extremes(xy)
        if len(xy) >= 2:
            self.canvas.draw.line([tuple(p) for p in xy.tolist()], fill=fill, width=width)

    def dots(self, x, y, fills, radius: float = 2.5) -> None:
        for (px, py), fill in zip(self.pixels(x, y).tolist(), fills):
            self.canvas.draw.ellipse((px - radius, py - radius, px + radius, py + radius), fill=fill)


def _column_extremes(xy: np.ndarray) -> np.ndarray:
    """Thin a polyline (N, 2), x non-decreasing, to each pixel column's lowest and highest point:
    the same picture with at most two points a column."""
    columns = np.round(xy[:, 0])
    starts = np.flatnonzero(np.r_[True, columns[1:] != columns[:-1]])
    low = np.minimum.reduceat(xy[:, 1], starts)
    high = np.maximum.reduceat(xy[:, 1], starts)
    return np.stack([np.repeat(columns[starts], 2), np.stack([low, high], axis=1).ravel()], axis=1)
