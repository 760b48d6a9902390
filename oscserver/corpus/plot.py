"""A PNG of the map: one dot per sound, coloured by cluster (or by a label, with a legend), or by
what it sounds like, as DOME colours its maps (sound_colours)."""

import colorsys
from pathlib import Path

import numpy as np

from oscserver.drawing import BACKGROUND, Canvas, colour

SIZE, MARGIN = 600, 24


def sound_colours(descriptors) -> list[tuple[int, int, int]]:
    """One colour per sound from its descriptors (N, D): hue = the pitch class its chroma leans to,
    saturation = how much it leans (noise and drums come out grey, pitched sounds vivid),
    brightness = its spectral centroid's rank (dull sounds dark, bright ones light)."""
    from oscserver.corpus import descriptors as d

    X = np.asarray(descriptors, float)
    chroma = X[:, d.columns("chroma")]                                    # (N, 12), each row sums to 1
    angle = np.exp(2j * np.pi * np.arange(12) / 12)
    lean = chroma @ angle                                                 # (N,) complex: direction, strength
    hue = (np.angle(lean) / (2 * np.pi)) % 1.0
    saturation = np.clip((np.abs(lean) - 0.1) * 1.5, 0.0, 1.0)          # white noise leans ~0.1: grey
    centroid = X[:, d.columns("shape").start]                             # mean log2 centroid
    rank = np.argsort(np.argsort(centroid)) / max(1, len(X) - 1)
    value = 0.35 + 0.6 * rank
    return [tuple(int(255 * c) for c in colorsys.hsv_to_rgb(h, s, v)) for h, s, v in zip(hue, saturation, value)]


def plot_map(path, xy, clusters, *, title: str = "", labels=None, fills=None) -> Path:
    """Scatter xy (N, 2) in 0..1 coloured by cluster; `labels` (N,) colours by name with a legend instead;
    `fills` (N RGB tuples, e.g. sound_colours()) colours each dot as given."""
    xy = np.asarray(xy, float)
    canvas = Canvas(SIZE, SIZE)
    panel = canvas.panel((MARGIN, MARGIN, SIZE - MARGIN, SIZE - MARGIN), (-0.03, 1.03), (-0.03, 1.03), title=title)
    if fills is not None:
        panel.dots(xy[:, 0], xy[:, 1], fills)
    elif labels is None:
        panel.dots(xy[:, 0], xy[:, 1], [colour(c) for c in clusters])
    else:
        names = sorted({str(label) for label in labels})
        index = {name: i for i, name in enumerate(names)}
        panel.dots(xy[:, 0], xy[:, 1], [colour(index[str(label)]) for label in labels])
        left, top = SIZE - MARGIN - 116, MARGIN + 4  # the legend, top right, over a white box
        canvas.draw.rectangle((left, top, SIZE - MARGIN - 4, top + 13 * len(names) + 6), fill=BACKGROUND,
                              outline=(200, 200, 200))
        for i, name in enumerate(names):
            x, y = left + 6, top + 4 + 13 * i
            canvas.draw.rectangle((x, y + 2, x + 8, y + 10), fill=colour(i))
            canvas.text(x + 12, y, name[:16])
    return canvas.save(path)
