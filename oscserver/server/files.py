"""The folders a request may touch, and writes that never leave a half-written file behind.

A path from a client is resolved (symlinks and `..` first) and must then lie inside one of the
allowed read folders (to read) or inside the output folder (to write). Outputs are written to a
temporary file in the same folder and renamed over the target, so a crash never leaves a truncated
WAV, model or map where a finished one was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from oscserver.errors import RequestError

MAX_PATH_CHARS = 1024
TEMP_MARK = ".oscserver-partial"  # in every temporary name, so a restart can clean up after a crash


_UMASK = os.umask(0)
os.umask(_UMASK)


def _expand_user(text: str, param: str) -> Path:
    """~/x is the server user's home; ~nobody-here/x is refused rather than crashing."""
    try:
        return Path(text).expanduser()
    except RuntimeError as error:  # "Could not determine home directory" for an unknown ~user
        raise RequestError(f"{param} {text[:80]!r}: {error}") from error


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


class Sandbox:
    """Allowed read folders and one output folder (which is readable too)."""

    def __init__(self, read_dirs: Sequence[os.PathLike | str], output_dir: os.PathLike | str):
        self.output_dir = Path(output_dir).expanduser().resolve()
        dirs = [Path(d).expanduser().resolve() for d in read_dirs]
        self.read_dirs = list(dict.fromkeys([*dirs, self.output_dir]))

    def ensure_output_dir(self) -> None:
        self.output_dir.mkdir(parents=True, exist_ok=True)

    def remove_stale_temporaries(self) -> list[Path]:
        """Delete temp files an earlier run left when it was killed mid-write (see atomic_write)."""
        removed = []
        for path in self.output_dir.rglob(".*.tmp*"):
            if path.is_file() and not path.is_symlink() and TEMP_MARK in path.name:
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    def _check_text(self, text: str, param: str) -> str:
        if not isinstance(text, str) or not text.strip():
            raise RequestError(f"{param} must be a file or folder name, got {text!r}")
        if len(text) > MAX_PATH_CHARS or "\x00" in text:
            raise RequestError(f"{param} must be a path of at most {MAX_PATH_CHARS} characters")
        return text.strip()

    def read_path(self, text: str, param: str = "path", *, must_exist: bool = True) -> Path:
        """The resolved path of `text` inside an allowed read folder, or RequestError."""
        text = self._check_text(text, param)
        given = _expand_user(text, param)
        candidates = [given] if given.is_absolute() else [folder / given for folder in self.read_dirs]
        try:
            resolved = [c.resolve() for c in candidates]
            inside = [r for r in resolved if any(_inside(r, folder) for folder in self.read_dirs)]
            for path in inside:
                if path.exists() or not must_exist:
                    return path
        except OSError as error:  # a name too long for the file system, a loop of links...
            raise RequestError(f"{param} {text[:80]!r} cannot be read: {error.strerror}") from error
        allowed = ", ".join(str(d) for d in self.read_dirs)
        # Outside if nothing is inside, or if what exists there is only reachable by leaving (a symlink).
        if not inside or any(r.exists() and r not in inside for r in resolved):
            raise RequestError(f"{param} {text!r} is outside the folders the server may read ({allowed})")
        raise RequestError(f"{param} {text!r} was not found in the folders the server may read ({allowed})")

    def write_path(self, text: str, param: str = "path") -> Path:
        """The resolved path of `text` inside the output folder (relative names are taken from it)."""
        text = self._check_text(text, param)
        given = _expand_user(text, param)
        target = given if given.is_absolute() else self.output_dir / given
        # Resolve the parent (it may not exist yet) so symlinked folders cannot lead outside.
        try:
            resolved = target.parent.resolve() / target.name
        except OSError as error:
            raise RequestError(f"{param} {text[:80]!r} cannot be written: {error.strerror}") from error
        if target.name in ("", ".", "..") or not _inside(resolved.parent, self.output_dir):
            raise RequestError(f"{param} {text!r} is outside the output folder {self.output_dir}")
        if len(resolved.name.encode()) > 255:
            raise RequestError(f"{param} {text!r}: the file name is too long (255 bytes at most)")
        if resolved.is_symlink():
            raise RequestError(f"{param} {text!r} is a symbolic link; give a plain file name")
        return resolved


@contextlib.contextmanager
def atomic_write(path: os.PathLike | str) -> Iterator[Path]:
    """Yield a temporary path next to `path`; on success it is renamed over `path`, else removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{TEMP_MARK}.", suffix=".tmp" + path.suffix, dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp_path, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_wav(path: os.PathLike | str, audio, sample_rate: int, subtype: str = "FLOAT") -> Path:
    """Write audio, (frames,) or (frames, channels), as a WAV (32-bit float unless `subtype`
    says e.g. "PCM_16"), atomically."""
    import soundfile

    with atomic_write(path) as tmp:
        soundfile.write(tmp, audio, int(sample_rate), format="WAV", subtype=subtype)
    return Path(path)


def save_checkpoint(checkpoint: dict, path: os.PathLike | str) -> Path:
    """torch.save a checkpoint dict atomically (a kill mid-save leaves the previous one intact)."""
    import torch

    with atomic_write(path) as tmp:
        torch.save(checkpoint, tmp)
    return Path(path)
