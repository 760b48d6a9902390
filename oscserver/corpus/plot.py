"""A PNG of the map: one dot per sound, coloured by cluster (or by a label, with a legend)."""

from pathlib import Path

import numpy as np

from oscserver.drawing import BACKGROUND, Canvas, colour

SIZE, MARGIN = 600, 24


def plot_map(path, xy, clusters, *, title: str = "", labels=None) -> Path:
    """Scatter xy (N, 2) in 0..1 coloured by cluster; `labels` (N,) colours by name with a legend instead."""
    xy = np.asarray(xy, float)
    canvas = Canvas(SIZE, SIZE)
    panel = canvas.panel((MARGIN, MARGIN, SIZE - MARGIN, SIZE - MARGIN), (-0.03, 1.03), (-0.03, 1.03), title=title)
    if labels is None:
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
