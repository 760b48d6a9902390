"""Describe every sound under a folder, on both cores, with a cache keyed by file content.

The cache lives in a folder of the caller's choice (the server's output folder). It holds the
descriptors of every file content seen (sha256 of the bytes -> rows), and a stat index
(path, size, mtime -> sha256) so unchanged files are not even re-read: re-analysing a folder where
nothing changed costs a few stat() calls. Files that are gone are forgotten at the next save, so an
installation that records new sounds every day does not grow its cache forever.
"""
import hashlib
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from oscserver.corpus import audio, descriptors
from oscserver.server.files import atomic_write

# Bump when descriptors change meaning, so old caches are not mixed with new vectors.
DESCRIPTOR_VERSION = 1
MAX_SLICED_SECONDS = 600.0       # a sliced file is read up to 10 minutes


@dataclass
class Analysis:
    """The sounds of a folder: one row per file, or per segment when long files are sliced."""

    paths: list[str]                 # (N,) absolute file paths
    starts: np.ndarray               # (N,) seconds into the file
    ends: np.ndarray                 # (N,) seconds into the file
    descriptors: np.ndarray          # (N, D)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (path, why) of unreadable files
    hashes: list[str] = field(default_factory=list)                # (N,) content hash of each row's file

    def __len__(self) -> int:
        return len(self.paths)

    @property
    def segmented(self) -> bool:
        """True if any row is a part of its file rather than the whole of it."""
        return len(set(self.paths)) < len(self.paths)


def settings_key(max_seconds, slice_longer_than) -> str:
    text = json.dumps([DESCRIPTOR_VERSION, descriptors.GROUPS, descriptors.WINDOWS,
                       max_seconds, slice_longer_than])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class DescriptorCache:
    """Descriptor rows by file content hash, plus a stat index; saved atomically in `folder`."""

    def __init__(self, folder, key: str):
        self.folder = Path(folder)
        self.rows_path = self.folder / f"descriptors-{key}.npz"
        self.index_path = self.folder / "files.json"
        self.rows: dict[str, list[tuple[float, float, np.ndarray]]] = {}
        self.index: dict[str, list] = {}
        self.changed = False
        self._lock = threading.Lock()
        self._load()

    def _load(self) -> None:
        try:
            with np.load(self.rows_path, allow_pickle=False) as saved:
                hashes, starts, ends, vectors = saved["hashes"], saved["starts"], saved["ends"], saved["vectors"]
            for h, s, e, v in zip(hashes.tolist(), starts, ends, vectors):
                self.rows.setdefault(h, []).append((float(s), float(e), v))
        except (OSError, KeyError, ValueError):
            self.rows = {}                       # no cache yet, or a damaged one: start afresh
        try:
            self.index = json.loads(self.index_path.read_text())
            if not isinstance(self.index, dict):
                self.index = {}
        except (OSError, ValueError):
            self.index = {}

    def known_digest(self, path: Path, stat: os.stat_result) -> str | None:
        entry = self.index.get(str(path))
        if entry and entry[0] == stat.st_size and entry[1] == stat.st_mtime_ns:
            return entry[2]
        return None

    def remember(self, path: Path, stat: os.stat_result, digest: str, rows) -> None:
        with self._lock:
            self.index[str(path)] = [stat.st_size, stat.st_mtime_ns, digest]
            if digest not in self.rows:
                self.rows[digest] = rows
            self.changed = True

    def prune(self) -> None:
        """Forget files that no longer exist, and the rows of contents no remaining file has."""
        with self._lock:
            gone = [path for path in self.index if not os.path.exists(path)]
            for path in gone:
                del self.index[path]
            live = {entry[2] for entry in self.index.values()}
            dead = [digest for digest in self.rows if digest not in live]
            for digest in dead:
                del self.rows[digest]
            self.changed |= bool(gone or dead)

    def save(self) -> None:
        self.prune()
        if not self.changed:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        flat = [(h, s, e, v) for h, rows in self.rows.items() for s, e, v in rows]
        width = descriptors.N_DESCRIPTORS
        with atomic_write(self.rows_path) as tmp, open(tmp, "wb") as f:
            np.savez(f, hashes=np.array([r[0] for r in flat], dtype=str),
                     starts=np.array([r[1] for r in flat], dtype=np.float64),
                     ends=np.array([r[2] for r in flat], dtype=np.float64),
                     vectors=np.array([r[3] for r in flat], dtype=np.float64).reshape(len(flat), width))
        with atomic_write(self.index_path) as tmp:
            tmp.write_text(json.dumps(self.index))
        self.changed = False


def describe_file(path, *, max_seconds: float | None = 3.0, slice_longer_than: float | None = None):
    """Descriptor rows [(start_s, end_s, vector)] of one file: one row, or one per onset segment."""
    duration = audio.sound_duration(path)
    if slice_longer_than is not None and duration > slice_longer_than:
        signal, rate = audio.read_mono(path, MAX_SLICED_SECONDS)
        rows = []
        for a, b in audio.onset_segments(signal, rate):
            stop = b if max_seconds is None else min(b, a + int(max_seconds * rate))
            rows.append((a / rate, b / rate, descriptors.describe(signal[a:stop], rate)))
        return rows
    signal, rate = audio.read_mono(path, max_seconds)
    return [(0.0, float(duration), descriptors.describe(signal, rate))]


def analyze_folder(folder, *, max_seconds: float | None = 3.0, slice_longer_than: float | None = None,
                   cache_dir=None, n_jobs: int = 2, progress=None, may_read=None) -> Analysis:
    """Describe every sound under `folder`. Unreadable files are skipped and listed, never fatal.

    progress(fraction, text) is called from this thread as files finish; it may raise to cancel.
    may_read(path) -> bool, when given, vets each file (a symlink may lead out of the folder).
    """
    from threadpoolctl import threadpool_limits

    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"folder {str(folder)!r} is not a folder")
    paths = audio.find_sounds(folder)
    cache = DescriptorCache(cache_dir, settings_key(max_seconds, slice_longer_than)) if cache_dir else None

    def work(path: Path):
        if may_read is not None and not may_read(path):
            return None, [], "outside the folders the server may read"
        try:
            stat = path.stat()
            digest = cache.known_digest(path, stat) if cache else None
            digest = digest or audio.file_digest(path)
            if cache and digest in cache.rows:
                rows = cache.rows[digest]
            else:
                rows = describe_file(path, max_seconds=max_seconds, slice_longer_than=slice_longer_than)
            if cache:
                cache.remember(path, stat, digest, rows)
            return digest, rows, None
        except (OSError, ValueError) as error:
            return None, [], str(error)

    results = [None] * len(paths)
    # BLAS threads fight each other (and the other instruments) on a small machine: one thread
    # each, and one file per core instead.
    with threadpool_limits(1), ThreadPoolExecutor(max(1, n_jobs)) as pool:
        futures = [pool.submit(work, p) for p in paths]
        try:
            for i, future in enumerate(futures):
                results[i] = future.result()
                if progress is not None:
                    progress((i + 1) / max(1, len(paths)), f"described {i + 1} of {len(paths)} sounds")
        except BaseException:
            for f in futures:
                f.cancel()
            raise
    if cache:
        cache.save()

    names, starts, ends, rows_out, hashes, skipped = [], [], [], [], [], []
    for path, (digest, rows, error) in zip(paths, results):
        if error is not None:
            skipped.append((str(path), error))
            continue
        for start, end, vector in rows:
            names.append(str(path))
            starts.append(start)
            ends.append(end)
            rows_out.append(vector)
            hashes.append(digest)
    matrix = np.array(rows_out, dtype=np.float64).reshape(len(rows_out), descriptors.N_DESCRIPTORS)
    return Analysis(names, np.array(starts), np.array(ends), matrix, skipped, hashes)
