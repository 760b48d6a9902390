"""Note-RNN test data: real melodies from music21's corpus, written as MIDI files."""

import pytest

from oscserver.noternn import data


def write_chorale_melodies(folder, count):
    """The soprano lines of the first `count` Bach chorales (by file name) as MIDI files in folder."""
    from music21 import converter, corpus

    folder.mkdir(parents=True, exist_ok=True)
    paths = sorted(p for p in corpus.getComposer("bach") if p.suffix in (".mxl", ".xml"))[:count]
    for path in paths:
        data.write_midi(data.melody_from_music21(converter.parse(path)), folder / f"{path.stem}.mid", bpm=80)
    return folder


@pytest.fixture(scope="session")
def chorale_folder(tmp_path_factory):
    """24 chorale melodies: a style the shipped folk model never saw."""
    return write_chorale_melodies(tmp_path_factory.mktemp("chorales"), 24)
