"""The PNG plots: drawn where the data says, and without matplotlib (whose garbage paused the server)."""

import subprocess
import sys

import numpy as np
from PIL import Image

from oscserver.drawing import BACKGROUND, Canvas, colour


def test_a_line_and_a_dot_land_on_the_pixels_their_data_names(tmp_path):
    canvas = Canvas(120, 120)
    panel = canvas.panel((10, 10, 110, 110), (0, 1), (0, 1))
    panel.line([0, 1], [0, 1], fill=colour(1))   # bottom left to top right
    panel.dots([0.25], [0.75], [colour(2)], radius=2)
    image = Image.open(canvas.save(tmp_path / "p.png")).convert("RGB")
    assert image.getpixel((60, 60)) == colour(1)          # the diagonal's middle
    assert image.getpixel((35, 35)) == colour(2)          # x 0.25 from the left, y 0.75 from the bottom
    assert image.getpixel((85, 85)) == BACKGROUND         # x 0.75, y 0.25: off the line, nothing drawn


def test_a_long_line_is_thinned_to_column_extremes_without_losing_its_peaks(tmp_path):
    x = np.linspace(0, 1, 100_000)
    y = np.zeros_like(x)
    y[50_000] = 1.0                                       # one sample-wide spike
    canvas = Canvas(120, 120)
    canvas.panel((10, 10, 110, 110), (0, 1), (0, 1)).line(x, y, fill=colour(0))
    image = np.asarray(Image.open(canvas.save(tmp_path / "p.png")).convert("RGB"))
    column = image[:, 60]
    assert (column == colour(0)).all(axis=1)[12:100].all()   # the spike reaches the top of the panel


def test_the_plots_do_not_import_matplotlib(tmp_path):
    code = f"""
import sys
import numpy as np
from oscserver.corpus.plot import plot_map
from oscserver.nmf.decompose import decompose
from oscserver.nmf.plot import plot_decomposition
rng = np.random.default_rng(0)
plot_map({str(tmp_path / 'map.png')!r}, rng.random((50, 2)), rng.integers(0, 5, 50), title="map")
y = rng.standard_normal(22050).astype(np.float32)
plot_decomposition(decompose(y, 22050, 2, iterations=5, seed=0), {str(tmp_path / 'nmf.png')!r})
assert "matplotlib" not in sys.modules, "matplotlib was imported"
"""
    subprocess.run([sys.executable, "-c", code], check=True)
    for name in ("map.png", "nmf.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
