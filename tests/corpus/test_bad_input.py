"""Bad input: the core raises ValueError saying what is wrong; over OSC every bad request gets
/error <address> <message> naming the parameter, the value and what is allowed, and the server lives."""
import json
import shutil

import numpy as np
import pytest

from oscserver.corpus import make_map
from oscserver.corpus.analysis import analyze_folder
from oscserver.corpus.flucoma import load_map, read_dataset, save_map
from oscserver.corpus.mapping import CorpusMap

from .conftest import DRUMKITS, copy_small_kit

# -- the core ----------------------------------------------------------------------------------


def test_not_a_folder(tmp_path):
    (tmp_path / "a.wav").write_bytes(b"x")
    with pytest.raises(ValueError, match="is not a folder"):
        analyze_folder(tmp_path / "a.wav")
    with pytest.raises(ValueError, match="is not a folder"):
        analyze_folder(tmp_path / "missing")


def test_a_folder_without_readable_sounds(tmp_path):
    (tmp_path / "broken.wav").write_bytes(b"RIFF....WAVE")
    with pytest.raises(ValueError, match=r"holds no readable sounds .*; 1 could not be read"):
        make_map(tmp_path)


def test_bad_descriptors_and_layouts(rng):
    with pytest.raises(ValueError, match="non-empty 2-D"):
        CorpusMap().fit(np.zeros((0, 5)))
    with pytest.raises(ValueError, match="finite"):
        CorpusMap().fit(np.full((4, 3), np.nan))
    fitted = CorpusMap(n_clusters=3).fit(rng.normal(size=(30, 6)))
    with pytest.raises(ValueError, match="layout must be one of pca, tsne, umap, grid, got 'mds'"):
        fitted.set_layout("mds")


def test_tiny_corpora_still_map(rng):
    for n in (1, 2, 3, 6):
        corpus_map = CorpusMap(n_clusters=8).fit(rng.normal(size=(n, 6)))
        assert corpus_map.embedding_.shape == (n, 2) and corpus_map.n_clusters_ == min(8, n)
        assert np.all((corpus_map.embedding_ >= 0) & (corpus_map.embedding_ <= 1))
        assert len(corpus_map.nearest(0.5, 0.5, k=10)[0]) == n


@pytest.fixture
def saved(tmp_path):
    kit = copy_small_kit(tmp_path / "kit")
    result, corpus_map = make_map(kit, n_clusters=3)
    return save_map(tmp_path / "saved", result, corpus_map)


@pytest.mark.parametrize("damage, message", [
    (("map.json", "not json"), "map.json is not valid JSON"),
    (("map.json", '{"cols": 2}'), "not a FluCoMa DataSet"),
    (("map.json", '{"cols": 2, "data": {"0": [0.5]}}'), "point '0' must be a list of 2 numbers"),
    (("clusters.json", '{"cols": 1, "data": {"0": ["1"]}}'), "clusters.json has other ids than map.json"),
    (("corpus.json", '{"format": "something else"}'), "is not an oscserver corpus map"),
    (("corpus.json", '{"format": "oscserver-corpus", "version": 99}'), "version 99"),
    (("descriptors.json", None), "cannot read descriptors.json"),
])
def test_damaged_saved_maps_are_refused(saved, damage, message):
    name, text = damage
    if text is None:
        (saved / name).unlink()
    else:
        (saved / name).write_text(text)
    with pytest.raises(ValueError, match=message):
        load_map(saved)


def test_dataset_values_must_be_numbers(tmp_path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps({"cols": 2, "data": {"a": [1, "x"]}}))
    with pytest.raises(ValueError, match="list of 2 numbers"):
        read_dataset(path)


# -- over OSC ----------------------------------------------------------------------------------


@pytest.fixture
def fresh(tmp_path):
    """A server of its own, in this process, with only the corpus instrument and no map yet (the
    session server's state depends on which tests ran before)."""
    from oscclient import OscClient, free_udp_port

    from oscserver.server.app import Server
    from oscserver.server.config import ServerConfig

    config = ServerConfig(port=free_udp_port(), reply_port=free_udp_port(), output=str(tmp_path / "out"),
                          allow_read=[str(tmp_path)], models=str(tmp_path / "models"))
    server = Server(config, instruments=("oscserver.corpus.osc:CorpusInstrument",))
    server.start()
    with OscClient(server.address) as client:
        yield client
    server.close()


def test_requests_before_any_map(fresh):
    for address, args in [("/corpus/nearest", (0.5, 0.5)), ("/corpus/within", (0.5, 0.5, 0.1)),
                          ("/corpus/map", ("pca",)),
                          ("/corpus/play", (0,)), ("/corpus/save", ("x",))]:
        assert "there is no map yet: send /corpus/analyze <folder>" in fresh.expect_error(address, *args)
    # with no shipped maps in its models folder, /corpus/load says none is installed
    assert "nor a shipped map (none installed)" in fresh.expect_error("/corpus/load", "hydrogen-drums")
    fresh.send("/ping")
    fresh.expect("/pong")


@pytest.mark.parametrize("args, message", [
    ((), "/corpus/analyze takes 1 to 4 arguments"),
    (("/etc",), "folder '/etc' is outside the folders the server may read"),
    (("no-such-folder",), "folder 'no-such-folder' was not found"),
    (("corpus-bad/readme.wav",), "folder must be a folder of sounds, got the file"),
    (("corpus-bad",), "holds no readable sounds"),
    (("corpus-bad", 0), "clusters must be a whole number from 1 to 64, got 0"),
    (("corpus-bad", 2.5), "clusters must be a whole number from 1 to 64, got 2.5"),
    (("corpus-bad", 65), "clusters must be a whole number from 1 to 64, got 65"),
    (("corpus-bad", 4, 2), "slice must be a whole number from 0 to 1, got 2"),
    (("corpus-bad", 4, 0, -1), "slice_seconds must be a number from 0 to 60, got -1"),
    (("corpus-bad", 4, 0, 0.01), "slice_seconds must be 0 (off) or from 0.05 to 60, got 0.01"),
    (("corpus-bad", 4, 1, 1.0), "slice and slice_seconds exclude each other"),
    ((3,), "was not found"),
])
def test_bad_analyze_requests(client, server, args, message):
    bad = server.input_dir / "corpus-bad"
    bad.mkdir(exist_ok=True)
    (bad / "readme.wav").write_text("not audio")
    assert message in client.expect_error("/corpus/analyze", *args, timeout=20)


@pytest.fixture(scope="module")
def mapped(server):
    copy_small_kit(server.input_dir / "corpus-bad-kit")
    with server.client() as c:
        c.send("/corpus/analyze", "corpus-bad-kit", 3)
        c.collect("/corpus/point", until="/corpus/done", timeout=60)
    return server


@pytest.mark.parametrize("address, args, message", [
    ("/corpus/nearest", (1.5, 0.5), "x must be a number from 0 to 1, got 1.5"),
    ("/corpus/nearest", (0.5, "top"), "y must be a number from 0 to 1, got 'top'"),
    ("/corpus/nearest", (0.5, 0.5, 0), "k must be a whole number from 1 to 64, got 0"),
    ("/corpus/nearest", (0.5,), "/corpus/nearest takes 2 to 3 arguments"),
    ("/corpus/within", (0.5, 0.5, -0.1), "radius must be a number from 0 to 1.5, got -0.1"),
    ("/corpus/within", (0.5, 0.5, 2), "radius must be a number from 0 to 1.5, got 2"),
    ("/corpus/within", (0.5, 0.5, "wide"), "radius must be a number from 0 to 1.5, got 'wide'"),
    ("/corpus/within", (-0.5, 0.5, 0.1), "x must be a number from 0 to 1, got -0.5"),
    ("/corpus/within", (0.5, 0.5, 0.1, -1), "max must be a whole number from 0 to 2147483647, got -1"),
    ("/corpus/within", (0.5, 0.5, 0.1, 2.5), "max must be a whole number from 0 to 2147483647, got 2.5"),
    ("/corpus/within", (0.5, 0.5), "/corpus/within takes 3 to 4 arguments"),
    ("/corpus/map", ("mds",), "layout must be one of pca, tsne, umap, grid, got 'mds'"),
    ("/corpus/play", (14,), "id must be a point id from 0 to 13, got 14"),
    ("/corpus/play", (-1,), "id must be a whole number from 0"),
    ("/corpus/save", ("../outside",), "is outside the output folder"),
    ("/corpus/load", ("no-such-map",), "name 'no-such-map' is neither a map saved with /corpus/save"),
    ("/corpus/load", ("corpus-bad-kit",), "is not a map saved with /corpus/save (no corpus.json in it)"),
])
def test_bad_requests_on_a_map(mapped, client, address, args, message):
    assert message in client.expect_error(address, *args, timeout=20)


def test_umap_without_umap_learn_says_so(mapped, client):
    try:
        import umap  # noqa: F401
        pytest.skip("umap-learn is installed here")
    except ImportError:
        pass
    assert "umap-learn package, which is not installed; use tsne, pca or grid" in \
        client.expect_error("/corpus/map", "umap", timeout=20)


def test_a_damaged_saved_map_gets_an_error(mapped, client):
    client.send("/corpus/save", "to-damage")
    folder = client.expect("/corpus/saved", timeout=30)[0]
    with open(f"{folder}/map.json", "w") as f:
        f.write("{broken")
    message = client.expect_error("/corpus/load", "to-damage", timeout=20)
    assert "name 'to-damage' is not a readable corpus map: map.json is not valid JSON" in message
    # the map that was there still answers
    client.send("/corpus/nearest", 0.5, 0.5)
    assert len(client.expect("/corpus/nearest")) == 5



def test_a_symlink_out_of_the_allowed_folders_is_skipped_and_reported(client, server, tmp_path):
    outside = tmp_path / "secret.aiff"                      # tmp_path is not a folder the server may read
    shutil.copyfile(DRUMKITS / "BJA_Pacific/SN_01.aiff", outside)
    folder = server.input_dir / "corpus-link"
    folder.mkdir(exist_ok=True)
    shutil.copyfile(DRUMKITS / "BJA_Pacific/BD_01.aiff", folder / "kick.aiff")
    (folder / "snare.aiff").unlink(missing_ok=True)
    (folder / "snare.aiff").symlink_to(outside)
    client.send("/corpus/analyze", "corpus-link")
    assert client.expect("/corpus/skipped", timeout=30) == [str(folder / "snare.aiff"),
                                                             "outside the folders the server may read"]
    points, done = client.collect("/corpus/point", until="/corpus/done", timeout=30)
    assert done == [1, 1] and points[0][4] == str(folder / "kick.aiff")


def test_playing_a_sound_the_server_may_not_read_says_how_to_allow_it(fresh, tmp_path):
    """A saved map can name files outside the allowed folders: /corpus/play refuses, and says why."""
    from oscserver.paths import MODELS_DIR

    shutil.copytree(MODELS_DIR / "corpus" / "hydrogen-drums", tmp_path / "drums")
    fresh.send("/corpus/load", "drums")
    fresh.collect("/corpus/point", until="/corpus/done", timeout=30)
    message = fresh.expect_error("/corpus/play", 0)
    assert "is outside the folders the server may read" in message
    assert "start the server with --allow-read /usr/share/hydrogen/data/drumkits/" in message
