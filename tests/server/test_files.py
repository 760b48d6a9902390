import os

import pytest

from oscserver.errors import RequestError
from oscserver.server.files import Sandbox, atomic_write


@pytest.fixture
def sandbox(tmp_path):
    (tmp_path / "sounds").mkdir()
    (tmp_path / "sounds" / "kick.wav").write_bytes(b"RIFF")
    (tmp_path / "secret.txt").write_text("keep out")
    return Sandbox([tmp_path / "sounds"], tmp_path / "out")


def test_reads_inside_allowed_folders(sandbox, tmp_path):
    assert sandbox.read_path("kick.wav") == (tmp_path / "sounds" / "kick.wav").resolve()
    assert sandbox.read_path(str(tmp_path / "sounds" / "kick.wav")).name == "kick.wav"


@pytest.mark.parametrize("escape", ["../secret.txt", "sounds/../../secret.txt", "/etc/passwd", "~/.bashrc",
                                    "/work/../etc/passwd"])
def test_read_escapes_are_refused(sandbox, escape):
    with pytest.raises(RequestError, match="outside the folders the server may read"):
        sandbox.read_path(escape)


def test_symlink_out_of_a_folder_is_refused(sandbox, tmp_path):
    os.symlink(tmp_path / "secret.txt", tmp_path / "sounds" / "link.wav")
    with pytest.raises(RequestError, match="outside"):
        sandbox.read_path("link.wav")


def test_missing_file_says_not_found(sandbox):
    with pytest.raises(RequestError, match="'nope.wav' was not found"):
        sandbox.read_path("nope.wav")


def test_writes_only_under_output(sandbox, tmp_path):
    sandbox.ensure_output_dir()
    assert sandbox.write_path("a/b.wav") == (tmp_path / "out" / "a" / "b.wav").resolve()
    for escape in ["../x.wav", "/tmp/x.wav", str(tmp_path / "sounds" / "x.wav"), "..", ".", "a/../../x"]:
        with pytest.raises(RequestError, match="outside the output folder"):
            sandbox.write_path(escape)
    os.symlink(tmp_path / "sounds", tmp_path / "out" / "linked")
    with pytest.raises(RequestError, match="outside the output folder"):
        sandbox.write_path("linked/x.wav")
    with pytest.raises(RequestError, match="too long"):
        sandbox.write_path("x" * 300 + ".wav")


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "model.pt"
    target.write_text("old, finished")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as tmp:
            tmp.write_text("half writ")
            raise RuntimeError("crash mid-write")
    assert target.read_text() == "old, finished"
    assert os.listdir(tmp_path) == ["model.pt"]  # no temp file left behind
    with atomic_write(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"


def test_names_too_long_for_the_file_system_are_refused_clearly(sandbox):
    with pytest.raises(RequestError, match="cannot be read: File name too long"):
        sandbox.read_path("x" * 300 + "/y.wav")


def test_half_written_files_from_a_killed_run_are_removed_at_start(tmp_path):
    from oscserver.server.files import TEMP_MARK

    out = tmp_path / "out"
    (out / "renders").mkdir(parents=True)
    stale = out / "renders" / f".song.wav{TEMP_MARK}.abc123.tmp.wav"
    stale.write_bytes(b"RIFF half")
    keep = out / "renders" / "song.wav"
    keep.write_bytes(b"RIFF whole")
    removed = Sandbox([], out).remove_stale_temporaries()
    assert removed == [stale] and not stale.exists() and keep.read_bytes() == b"RIFF whole"


def test_outputs_are_readable_by_others_like_any_file(tmp_path):
    import stat

    target = tmp_path / "map.json"
    with atomic_write(target) as tmp:
        tmp.write_text("{}")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's private 0600


def test_an_unknown_home_folder_is_refused_not_a_crash(sandbox):
    with pytest.raises(RequestError, match="home directory"):
        sandbox.read_path("~no-such-user-here/kick.wav")
    with pytest.raises(RequestError, match="home directory"):
        sandbox.write_path("~no-such-user-here/take.wav")
