"""Maps of many slices (DOME's workflow): fixed slices, openTSNE above TSNE_FFT_ABOVE points, a
layout that stops within a second of a cancel, nearest queries on a large map."""
import threading
import time

import numpy as np
import pytest
import soundfile as sf

from oscserver.corpus import analysis as analysis_module
from oscserver.corpus import audio, make_map, mapping
from oscserver.corpus.analysis import analyze_folder
from oscserver.corpus.mapping import CorpusMap, open_tsne

from .conftest import DRUMKITS


def clustered(rng, n: int, d: int = 20, centres: int = 12) -> np.ndarray:
    middle = rng.normal(size=(centres, d)) * 4
    return middle[rng.integers(centres, size=n)] + rng.normal(size=(n, d))


def test_fixed_slices_cover_the_file_and_fold_a_short_tail():
    assert audio.fixed_slices(1000, 100, 2.0) == [(0, 200), (200, 400), (400, 600), (600, 800), (800, 1000)]
    # a tail of a quarter slice or more is a slice; shorter, it joins the slice before
    assert audio.fixed_slices(1040, 100, 2.0)[-1] == (800, 1040)
    assert audio.fixed_slices(1060, 100, 2.0)[-2:] == [(800, 1000), (1000, 1060)]
    assert audio.fixed_slices(150, 100, 2.0) == [(0, 150)]              # shorter than a slice: one
    assert audio.fixed_slices(0, 100, 2.0) == []


def test_a_long_take_becomes_one_point_per_slice_the_same_however_it_is_shared(tmp_path, monkeypatch):
    hit, rate = audio.read_mono(DRUMKITS / "Millo_MultiLayered2" / "jsnare_01.flac", 0.4)
    take = np.zeros(int(3.3 * rate), np.float32)
    for k in range(4):
        take[int(k * rate * 0.8):int(k * rate * 0.8) + len(hit)] += hit * (0.3 + 0.2 * k)
    sf.write(tmp_path / "take.wav", take, rate)
    whole = analyze_folder(tmp_path, slice_seconds=1.0, cache_dir=tmp_path / "cache")
    assert len(whole) == 4 and whole.segmented
    np.testing.assert_allclose(whole.starts, [0, 1, 2, 3])
    np.testing.assert_allclose(whole.ends, [1, 2, 3, 3.3], atol=1e-4)
    # in parts of one slice each (as Dask workers would share a long file): the same rows
    monkeypatch.setattr(analysis_module, "PART_SECONDS", 1.0)
    parts = analyze_folder(tmp_path, slice_seconds=1.0)
    np.testing.assert_array_equal(parts.descriptors, whole.descriptors)
    # fixed slices are cached under their own key: onset slicing of the same file is not mixed in
    assert analysis_module.settings_key(3.0, None, 1.0) not in (analysis_module.settings_key(3.0, None),
                                                                analysis_module.settings_key(3.0, None, 0.5))
    again = analyze_folder(tmp_path, slice_seconds=1.0, cache_dir=tmp_path / "cache")
    np.testing.assert_array_equal(again.descriptors, whole.descriptors)
    with pytest.raises(ValueError, match="slice must be at least 0.05 seconds"):
        analyze_folder(tmp_path, slice_seconds=0.01)


def test_a_map_of_slices_plays_back_each_slice_s_place(tmp_path):
    rate = 8000
    t = np.arange(int(2.5 * rate)) / rate
    sf.write(tmp_path / "tones.wav", np.sin(2 * np.pi * np.where(t < 1.25, 220, 880) * t).astype(np.float32), rate)
    result, corpus_map = make_map(tmp_path, n_clusters=2, slice_seconds=0.5)
    assert len(result) == 5 and corpus_map.embedding_.shape == (5, 2)
    assert list(result.starts) == [0, 0.5, 1.0, 1.5, 2.0] and result.ends[-1] == pytest.approx(2.5)


def test_large_maps_use_opentsne_and_keep_neighbours(rng, monkeypatch):
    X = clustered(rng, 2600)
    monkeypatch.setattr(mapping, "TSNE_FFT_ABOVE", 2000)
    used = []
    real = mapping.open_tsne
    monkeypatch.setattr(mapping, "open_tsne", lambda F, **kw: used.append(len(F)) or real(F, **kw))
    corpus_map = CorpusMap(n_clusters=12, tsne_iterations=60).fit(X)
    assert used == [2600]
    xy = corpus_map.embedding_
    assert xy.shape == (2600, 2) and xy.min() == 0 and xy.max() == 1
    # points of one cluster sit together: each point's nearest map neighbour shares its cluster
    _, nearest = corpus_map.tree_.query(xy, 2)
    assert np.mean(corpus_map.labels_[nearest[:, 1]] == corpus_map.labels_) > 0.9


def test_a_cancelled_layout_stops_within_a_second(rng):
    F = clustered(rng, 8000)
    flag = threading.Event()
    set_at = []

    class Stop(Exception):
        pass

    def progress(fraction, text):
        if flag.is_set():
            raise Stop(text)

    timer = threading.Timer(1.5, lambda: (set_at.append(time.monotonic()), flag.set()))
    timer.start()
    with pytest.raises(Stop, match="t-SNE"):
        open_tsne(F, perplexity=20, iterations=500, random_state=0, progress=progress)
    assert time.monotonic() - set_at[0] < 1.0


def test_grid_refuses_a_map_too_large_for_its_assignment(rng, monkeypatch):
    monkeypatch.setattr(mapping, "GRID_MAX", 50)
    corpus_map = CorpusMap(n_clusters=3, layout="pca").fit(rng.normal(size=(60, 6)))
    with pytest.raises(ValueError, match="layout grid takes at most 50 sounds .* this map has 60; use tsne or pca"):
        corpus_map.set_layout("grid")
    assert corpus_map.layout_ == "pca"


def test_nearest_on_a_large_map_is_fast(rng):
    corpus_map = CorpusMap(n_clusters=4, layout="pca").fit(rng.normal(size=(36000, 8)))
    queries = rng.random((2000, 2))
    start = time.perf_counter()
    for x, y in queries:
        corpus_map.nearest(x, y, 1)
    assert (time.perf_counter() - start) / len(queries) < 1e-3       # measured ~15 us; the bench says


def test_saved_maps_also_colour_each_sound_by_chroma_and_brightness(tmp_path):
    from oscserver.corpus import save_map
    from oscserver.corpus.plot import sound_colours

    rate = 22050
    t = np.arange(rate // 2) / rate
    for name, signal in [("low-a.wav", np.sin(2 * np.pi * 110 * t)), ("high-a.wav", np.sin(2 * np.pi * 1760 * t)),
                         ("noise.wav", np.random.default_rng(0).normal(size=len(t)) * 0.3),
                         ("e.wav", np.sin(2 * np.pi * 329.6 * t))]:
        sf.write(tmp_path / name, signal.astype(np.float32), rate)
    result, corpus_map = make_map(tmp_path, n_clusters=2)
    colours = dict(zip((p.split("/")[-1] for p in result.paths), sound_colours(result.descriptors)))
    assert max(colours["noise.wav"]) - min(colours["noise.wav"]) < 25                  # noise: grey
    assert max(colours["e.wav"]) - min(colours["e.wav"]) > 100                          # a pure tone: vivid
    assert sum(colours["high-a.wav"]) > sum(colours["low-a.wav"])                      # brighter sound, lighter dot
    assert colours["e.wav"] != colours["low-a.wav"]                                      # another pitch class, another hue
    folder = save_map(tmp_path / "map", result, corpus_map)
    assert (folder / "map-sound.png").read_bytes()[:4] == b"\x89PNG"
