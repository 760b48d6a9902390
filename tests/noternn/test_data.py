"""Corpus loading: the shipped parses stand in for parsing, exactly, and cover the installed corpora."""

import time

import numpy as np
import pytest
import torch

from oscserver.noternn import data

SHIPPED_MODEL = data.SHIPPED_PARSES.parent / "folk.pt"


def test_a_bundle_gives_the_same_tunes_without_parsing(tmp_path, monkeypatch):
    n = data.pack_parses(["miscFolk"], tmp_path / "cache", tmp_path / "bundle.npz")
    parsed = data.load_corpus(["miscFolk"], tmp_path / "cache", shipped=None)
    assert n == len(parsed) > 10

    def no_parsing(path):
        raise AssertionError(f"parsed {path} although the bundle holds it")

    monkeypatch.setattr(data, "read_corpus_file", no_parsing)
    from_bundle = data.load_corpus(["miscFolk"], tmp_path / "empty-cache", shipped=tmp_path / "bundle.npz")
    assert from_bundle == parsed                                   # same ids, pitches and beats, exactly


def test_a_changed_file_is_parsed_again(tmp_path, monkeypatch):
    data.pack_parses(["miscFolk"], tmp_path / "cache", tmp_path / "bundle.npz")
    real = data.content_key
    monkeypatch.setattr(data, "content_key", lambda path: "changed-" + real(path))
    calls = []
    monkeypatch.setattr(data, "read_corpus_file", lambda path: calls.append(path) or [("t1", [(60, 1.0)])])
    tunes = data.load_corpus(["miscFolk"], tmp_path / "other-cache", shipped=tmp_path / "bundle.npz")
    assert len(calls) == 2 and len(tunes) == 2


def test_the_shipped_bundle_covers_the_installed_folk_corpora(tmp_path):
    assert data.SHIPPED_PARSES.is_file(), "models/noternn/folk-parsed.npz is missing: oscserver rnn-pack-corpus"
    t0 = time.monotonic()
    tunes = data.load_corpus(list(data.FOLK_CORPORA), tmp_path / "cache")   # nothing cached here
    assert time.monotonic() - t0 < 60                              # parsing them takes ~10 minutes
    assert not list((tmp_path / "cache").iterdir())                # every file came from the bundle
    with np.load(data.SHIPPED_PARSES) as z:
        assert int(z["counts"].sum()) == len(tunes)
    trained_on = torch.load(SHIPPED_MODEL, weights_only=True)["data"]["source"]["corpus"]
    assert len([t for t in tunes if t[0].split("/")[0] in trained_on]) == 10932   # the model card's count
