"""Maps as FluCoMa DataSet / LabelSet JSON, so they open in fluid.dataset~ and fluid.labelset~.

DataSet:  {"cols": N, "data": {"<id>": [x1, ..., xN], ...}}
LabelSet: {"cols": 1, "data": {"<id>": ["<label>"], ...}}

A saved map is a folder of such files, plus a small manifest (corpus.json) for what FluCoMa has no
place for (the layout's name, the format version):
  map.json          DataSet, 2 columns: x, y in 0..1 (the current layout)
  clusters.json     LabelSet: the k-means cluster of each sound
  paths.json        LabelSet: the sound file of each point
  segments.json     DataSet, 2 columns: start and end in seconds within that file
  descriptors.json  DataSet: the descriptors, to cluster or map again in FluCoMa or here
  map.png           the map coloured by cluster
  map-sound.png     the map coloured by sound, as DOME does: hue = chroma, brightness = spectral centroid
Ids are the point numbers the OSC replies use ("0", "1", ...).
"""
import json
from pathlib import Path

import numpy as np

from oscserver.server.files import atomic_write

FORMAT = "oscserver-corpus"
VERSION = 1
FILES = ("map.json", "clusters.json", "paths.json", "segments.json", "descriptors.json")


def dataset(ids, rows, significant: int | None = None) -> dict:
    """A DataSet dict; `significant` digits keep big files small (descriptors need no 17 digits)."""
    rows = np.asarray(rows, dtype=np.float64)
    rows = rows.reshape(len(ids), -1) if len(ids) else rows.reshape(0, 0)
    if significant is None:
        as_number = float
    else:
        def as_number(v):
            return float(f"{v:.{significant}g}")
    return {"cols": int(rows.shape[1]) if len(ids) else 0,
            "data": {str(i): [as_number(v) for v in row] for i, row in zip(ids, rows)}}


def labelset(ids, labels) -> dict:
    return {"cols": 1, "data": {str(i): [str(label)] for i, label in zip(ids, labels)}}


def read_dataset(path) -> tuple[list[str], np.ndarray]:
    """(ids, rows (N, cols)) of a FluCoMa DataSet file; ValueError saying what is wrong."""
    obj = _read_json(path)
    cols, data = _cols_and_data(obj, path)
    ids, rows = list(data), []
    for key in ids:
        row = data[key]
        if not isinstance(row, list) or len(row) != cols or \
                not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row):
            raise ValueError(f"{Path(path).name}: point {key!r} must be a list of {cols} numbers")
        rows.append(row)
    array = np.array(rows, dtype=np.float64).reshape(len(ids), cols)
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{Path(path).name}: values must be finite numbers")
    return ids, array


def read_labelset(path) -> tuple[list[str], list[str]]:
    obj = _read_json(path)
    cols, data = _cols_and_data(obj, path)
    if cols != 1:
        raise ValueError(f"{Path(path).name}: a LabelSet has cols 1, got {cols}")
    labels = []
    for key, value in data.items():
        if not isinstance(value, list) or len(value) != 1 or not isinstance(value[0], str):
            raise ValueError(f"{Path(path).name}: label of {key!r} must be a list of one string")
        labels.append(value[0])
    return list(data), labels


def _read_json(path):
    try:
        return json.loads(Path(path).read_text())
    except OSError as error:
        raise ValueError(f"cannot read {Path(path).name}: {error.strerror}") from None
    except ValueError as error:
        raise ValueError(f"{Path(path).name} is not valid JSON ({error})") from None


def _cols_and_data(obj, path):
    if not isinstance(obj, dict) or not isinstance(obj.get("cols"), int) or not isinstance(obj.get("data"), dict):
        raise ValueError(f"{Path(path).name} is not a FluCoMa DataSet/LabelSet: expected "
                         '{"cols": N, "data": {...}}')
    return obj["cols"], obj["data"]


def _write_json(path, obj) -> None:
    with atomic_write(path) as tmp:
        tmp.write_text(json.dumps(obj))


def save_map(folder, analysis, corpus_map) -> Path:
    """Write a map (see the module docstring) into `folder`, each file atomically."""
    from oscserver.corpus import descriptors
    from oscserver.corpus.plot import plot_map, sound_colours

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    ids = range(len(analysis))
    _write_json(folder / "map.json", dataset(ids, corpus_map.embedding_))
    _write_json(folder / "clusters.json", labelset(ids, corpus_map.labels_))
    _write_json(folder / "paths.json", labelset(ids, analysis.paths))
    _write_json(folder / "segments.json", dataset(ids, np.c_[analysis.starts, analysis.ends]))
    _write_json(folder / "descriptors.json", dataset(ids, analysis.descriptors, significant=7))
    plot_map(folder / "map.png", corpus_map.embedding_, corpus_map.labels_,
             title=f"{len(analysis)} sounds, {corpus_map.n_clusters_} clusters ({corpus_map.layout_})")
    if analysis.descriptors.shape[1] == descriptors.N_DESCRIPTORS and len(analysis):
        plot_map(folder / "map-sound.png", corpus_map.embedding_, None, fills=sound_colours(analysis.descriptors),
                 title=f"{len(analysis)} sounds coloured by chroma (hue) and brightness ({corpus_map.layout_})")
    _write_json(folder / "corpus.json", {"format": FORMAT, "version": VERSION, "layout": corpus_map.layout_,
                                         "sounds": len(analysis), "clusters": corpus_map.n_clusters_,
                                         "skipped": [list(s) for s in analysis.skipped]})
    return folder


def load_map(folder):
    """(Analysis, CorpusMap) from a folder written by save_map; ValueError saying what is wrong."""
    from oscserver.corpus.analysis import Analysis
    from oscserver.corpus.mapping import LAYOUTS, CorpusMap

    folder = Path(folder)
    manifest = _read_json(folder / "corpus.json")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValueError(f"{folder.name}/corpus.json is not an oscserver corpus map")
    if manifest.get("version") != VERSION:
        raise ValueError(f"{folder.name} is map format version {manifest.get('version')}; "
                         f"this oscserver reads version {VERSION}")
    layout = manifest.get("layout")
    if layout not in LAYOUTS:
        raise ValueError(f"{folder.name}/corpus.json: layout must be one of {', '.join(LAYOUTS)}, got {layout!r}")
    ids, xy = read_dataset(folder / "map.json")
    parts = {"clusters": read_labelset(folder / "clusters.json"), "paths": read_labelset(folder / "paths.json"),
             "segments": read_dataset(folder / "segments.json"),
             "descriptors": read_dataset(folder / "descriptors.json")}
    for name, (other_ids, _) in parts.items():
        if other_ids != ids:
            raise ValueError(f"{folder.name}: {name}.json has other ids than map.json")
    if xy.shape[1] != 2:
        raise ValueError(f"{folder.name}/map.json must have 2 columns (x, y), got {xy.shape[1]}")
    segments = parts["segments"][1]
    if segments.shape[1] != 2:
        raise ValueError(f"{folder.name}/segments.json must have 2 columns (start, end)")
    try:
        clusters = np.array([int(c) for c in parts["clusters"][1]], dtype=np.int64)
    except ValueError:
        raise ValueError(f"{folder.name}/clusters.json: clusters must be whole numbers") from None
    if len(clusters) and clusters.min() < 0:
        raise ValueError(f"{folder.name}/clusters.json: clusters must be 0 or more")
    X = parts["descriptors"][1]
    analysis = Analysis(parts["paths"][1], segments[:, 0], segments[:, 1], X,
                        [tuple(s) for s in manifest.get("skipped", [])])
    corpus_map = CorpusMap(n_clusters=int(clusters.max()) + 1 if len(clusters) else 1, layout=layout)
    corpus_map.fit_saved(X, xy, clusters, layout)
    return analysis, corpus_map
