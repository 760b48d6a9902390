"""A PNG of the map, one colour per cluster (matplotlib without a display)."""
from pathlib import Path

import numpy as np

from oscserver.server.files import atomic_write


def plot_map(path, xy, clusters, *, title: str = "", labels=None) -> Path:
    """Scatter xy (N, 2) in 0..1 coloured by cluster; `labels` (N,) adds a legend of names instead."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 6), dpi=100)
    ax = fig.add_subplot()
    xy = np.asarray(xy)
    colours = matplotlib.colormaps["tab20"]
    if labels is None:
        ax.scatter(xy[:, 0], xy[:, 1], c=[colours(int(c) % 20) for c in clusters], s=14, linewidths=0)
    else:
        for i, name in enumerate(sorted({str(lab) for lab in labels})):
            chosen = np.array([str(lab) == name for lab in labels])
            ax.scatter(xy[chosen, 0], xy[chosen, 1], color=colours(i % 20), s=14, linewidths=0, label=name)
        ax.legend(loc="upper right", fontsize=8, markerscale=1.5)
    ax.set_xlim(-0.03, 1.03)
    ax.set_ylim(-0.03, 1.03)
    ax.set_aspect("equal")
    ax.set_title(title, fontsize=10)
    path = Path(path)
    with atomic_write(path) as tmp:
        fig.savefig(tmp, format="png")
    return path
