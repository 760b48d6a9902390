"""`oscserver corpus-map` and `oscserver corpus-eval`, through their argparse subcommands."""
import argparse
import json
import re

import pytest

from oscserver.corpus.cli import add_subcommands


def run(*argv):
    parser = argparse.ArgumentParser()
    add_subcommands(parser.add_subparsers())
    args = parser.parse_args([str(a) for a in argv])
    args.func(args)


def test_corpus_map_writes_a_flucoma_map(small_kit, tmp_path, capsys):
    (small_kit / "broken.wav").write_bytes(b"RIFF")
    run("corpus-map", small_kit, "--out", tmp_path / "map", "--clusters", 3, "--cache", tmp_path / "cache")
    out = capsys.readouterr().out
    assert re.search(r"skipped .*broken\.wav: not a readable sound file", out)
    assert "14 sounds in 3 clusters (tsne), 1 skipped" in out
    data = json.loads((tmp_path / "map" / "map.json").read_text())
    assert data["cols"] == 2 and len(data["data"]) == 14
    assert (tmp_path / "cache" / "files.json").is_file()


def test_corpus_map_of_an_empty_folder_exits_with_the_reason(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit, match="corpus-map: folder .* holds no readable sounds"):
        run("corpus-map", tmp_path / "empty", "--out", tmp_path / "map", "--cache", "")


def test_corpus_eval_scores_a_folder_of_drums(quality_kit, tmp_path, capsys):
    run("corpus-eval", quality_kit, "--cache", "", "--png", tmp_path / "kinds.png")
    out = capsys.readouterr().out
    assert "165 sounds (0 unreadable)" in out and "146 labelled by file name" in out
    tsne = float(re.search(r"tsne: (\S+) of each", out).group(1))
    assert tsne >= 0.9
    assert (tmp_path / "kinds.png").read_bytes()[:4] == b"\x89PNG"
