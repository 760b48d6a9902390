"""Describing a corpus on Dask (a LocalCluster of two worker processes): the same rows as in
process, the same map, and the descriptor cache still in charge of what is described."""
import shutil
import socket
import sys
import time

import numpy as np
import pytest

from oscserver.corpus import analysis as analysis_module
from oscserver.corpus import make_map
from oscserver.corpus.analysis import analyze_folder
from oscserver.corpus.cli import map_command
from oscserver.corpus.cluster import DaskCluster, check_spec

from .conftest import DRUMKITS

pytest.importorskip("distributed", reason="the test extra installs dask[distributed]")


@pytest.fixture(scope="module")
def cluster():
    with DaskCluster("local:2") as c:
        yield c


def test_local_cluster_gives_the_in_process_rows_and_map(cluster, small_kit, tmp_path):
    assert cluster.workers() == 2
    here, here_map = make_map(small_kit, n_clusters=3, cache_dir=tmp_path / "here")
    there, there_map = make_map(small_kit, n_clusters=3, cache_dir=tmp_path / "there", dask=cluster)
    assert there.paths == here.paths and there.hashes == here.hashes
    np.testing.assert_array_equal(there.descriptors, here.descriptors)
    np.testing.assert_array_equal(there_map.embedding_, here_map.embedding_)
    np.testing.assert_array_equal(there_map.labels_, here_map.labels_)


def test_fixed_slices_shared_among_workers_equal_the_in_process_ones(cluster, tmp_path, monkeypatch):
    take = tmp_path / "takes"
    take.mkdir()
    shutil.copyfile(DRUMKITS / "Millo_MultiLayered2" / "bd_01.flac", take / "bd.flac")
    shutil.copyfile(DRUMKITS / "BJA_Pacific" / "SN_01.aiff", take / "sn.aiff")
    monkeypatch.setattr(analysis_module, "PART_SECONDS", 0.5)       # several tasks per file
    here = analyze_folder(take, slice_seconds=0.1)
    there = analyze_folder(take, slice_seconds=0.1, dask=cluster)
    assert len(here) >= 6 and here.segmented
    np.testing.assert_array_equal(there.descriptors, here.descriptors)
    np.testing.assert_array_equal(there.starts, here.starts)
    np.testing.assert_array_equal(there.ends, here.ends)


def test_cached_files_are_not_sent_to_the_cluster(cluster, small_kit, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    sent = []
    real = analysis_module._describe_all
    monkeypatch.setattr(analysis_module, "_describe_all",
                        lambda paths, tasks, *a: sent.append([paths[i].name for i, _ in tasks]) or real(paths, tasks, *a))
    first = analyze_folder(small_kit, cache_dir=cache, dask=cluster)
    assert len(sent[0]) == 14
    shutil.copyfile(DRUMKITS / "Millo_MultiLayered2" / "ride_02.flac", small_kit / "new.flac")
    second = analyze_folder(small_kit, cache_dir=cache, dask=cluster)
    assert sent[1] == ["new.flac"]                   # only the new file was described, on the cluster
    assert len(second) == 15
    np.testing.assert_array_equal(second.descriptors[[p != str(small_kit / "new.flac") for p in second.paths]],
                                  first.descriptors)
    # its rows were cached: a third analysis, in process this time, describes nothing
    third = analyze_folder(small_kit, cache_dir=cache)
    assert sent[2] == [] and np.array_equal(third.descriptors, second.descriptors)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_reported_quickly_and_changes_nothing(small_kit, tmp_path, capsys):
    address = f"tcp://127.0.0.1:{_closed_port()}"
    start = time.monotonic()
    with pytest.raises(ValueError, match=f"cannot reach the Dask scheduler at {address}"):
        DaskCluster(address)
    assert time.monotonic() - start < 8
    args = type("Args", (), dict(folder=str(small_kit), out=str(tmp_path / "map"), clusters=4, layout="tsne",
                                 slice=None, slice_every=None, cache=str(tmp_path / "cache"), jobs=2,
                                 dask=address))
    assert map_command(args) == 2
    assert f"cannot reach the Dask scheduler at {address}" in capsys.readouterr().err
    assert not (tmp_path / "map").exists() and not (tmp_path / "cache").exists()


def test_scheduler_names_and_a_missing_dask_are_explained(monkeypatch):
    assert check_spec("local:2") == "local:2" and check_spec("tcp://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    for bad in ("local:0", "local:two", "10.0.0.5:8786", "tcp://host", "http://host:8786"):
        with pytest.raises(ValueError, match="must be tcp://host:port .* or local:N"):
            check_spec(bad)
    monkeypatch.setitem(sys.modules, "distributed", None)           # as if dask were not installed
    with pytest.raises(ValueError, match=r"pip install 'oscserver\[dask\]'"):
        DaskCluster("local:2")


def test_serve_takes_the_scheduler_from_its_flag_or_the_settings_file(tmp_path):
    from oscserver.cli import build_parser, config_from_args

    parser = build_parser()
    assert config_from_args(parser.parse_args(["serve", "--dask", "local:2"])).dask == "local:2"
    settings = tmp_path / "settings.toml"
    settings.write_text('dask = "tcp://10.0.0.5:8786"\n')
    assert config_from_args(parser.parse_args(["serve", "--config", str(settings)])).dask == "tcp://10.0.0.5:8786"
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["serve", "--dask", "10.0.0.5"])
    assert exit_.value.code == 2


def test_analyze_over_osc_names_an_unreachable_scheduler_and_keeps_the_map(small_kit, tmp_path):
    from oscserver.server.app import Server
    from oscserver.server.config import ServerConfig

    from ..oscclient import OscClient

    from oscserver.corpus import save_map

    saved = save_map(tmp_path / "saved", *make_map(small_kit, n_clusters=3))
    address = f"tcp://127.0.0.1:{_closed_port()}"
    config = ServerConfig(port=0, reply_port=0, output=str(tmp_path / "out"), allow_read=[str(small_kit), str(saved)],
                          models=str(tmp_path), dask=address, realtime=False)
    server = Server(config, instruments=("oscserver.corpus.osc:CorpusInstrument",))
    server.start()
    try:
        with OscClient(server.address) as client:
            client.send("/corpus/load", str(saved))
            client.collect("/corpus/point", until="/corpus/done", timeout=20)
            start = time.monotonic()
            client.send("/corpus/analyze", str(small_kit), 4)
            request, message = client.expect("/error", timeout=15)
            assert request == "/corpus/analyze" and f"cannot reach the Dask scheduler at {address}" in message
            assert time.monotonic() - start < 8
            assert client.status()["corpus"] == f"14 sounds in 3 clusters, tsne layout, from {saved}"
    finally:
        server.close()
    assert not (tmp_path / "out" / "corpus-cache").exists()


def test_a_server_with_dask_analyzes_on_the_cluster_and_closes_it(small_kit, tmp_path):
    from oscserver.server.app import Server
    from oscserver.server.config import ServerConfig

    from ..oscclient import OscClient

    _, here_map = make_map(small_kit, n_clusters=3)
    config = ServerConfig(port=0, reply_port=0, output=str(tmp_path / "out"), allow_read=[str(small_kit)],
                          models=str(tmp_path), dask="local:2", realtime=False)
    server = Server(config, instruments=("oscserver.corpus.osc:CorpusInstrument",))
    server.start()
    corpus = next(i for i in server.instruments if i.name == "corpus")
    try:
        with OscClient(server.address) as client:
            client.send("/corpus/analyze", str(small_kit), 3)
            points, done = client.collect("/corpus/point", until="/corpus/done", timeout=60)
        assert done == [14, 3]
        assert corpus.cluster._cluster.workers() == 2                 # the cluster did the describing
        np.testing.assert_allclose([p[1:3] for p in points], here_map.embedding_, atol=1e-6)
    finally:
        server.close()
    assert corpus.cluster._cluster is None
