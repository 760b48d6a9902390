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
MAX_SLICED_SECONDS = 600.0       # a file cut at its onsets is read up to 10 minutes
MIN_SLICE_SECONDS = 0.05         # fixed slices: shorter ones hold too few analysis frames
PART_SECONDS = 120.0             # fixed slices: one task describes this much of a long file


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


def settings_key(max_seconds, slice_longer_than, slice_seconds=None) -> str:
    settings = [DESCRIPTOR_VERSION, descriptors.GROUPS, descriptors.WINDOWS, max_seconds, slice_longer_than]
    if slice_seconds is not None:            # appended only when set: older caches keep their key
        settings.append(["fixed", slice_seconds])
    return hashlib.sha256(json.dumps(settings).encode()).hexdigest()[:16]


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


def describe_file(path, *, max_seconds: float | None = 3.0, slice_longer_than: float | None = None,
                  slice_seconds: float | None = None, part: tuple[int, int] | None = None):
    """Descriptor rows [(start_s, end_s, vector)] of one file: one row, one per onset segment
    (slice_longer_than), or one per fixed slice (slice_seconds; `part` = (first, stop) slice
    indices describes only those, so a long file can be shared among workers)."""
    if slice_seconds is not None:
        return _describe_slices(path, slice_seconds, part)
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


def _file_slices(path, slice_seconds: float) -> tuple[list[tuple[int, int]], int]:
    import soundfile

    try:
        info = soundfile.info(str(path))
    except (soundfile.LibsndfileError, RuntimeError, TypeError, ValueError) as error:
        raise ValueError(f"not a readable sound file ({error})") from None
    slices = audio.fixed_slices(info.frames, info.samplerate, slice_seconds)
    if not slices:
        raise ValueError("the file holds no audio frames")
    return slices, info.samplerate


def _describe_slices(path, slice_seconds: float, part: tuple[int, int] | None):
    slices, rate = _file_slices(path, slice_seconds)
    first, stop = part if part is not None else (0, len(slices))
    chosen = slices[first:stop]
    signal, rate = audio.read_frames(path, chosen[0][0], chosen[-1][1] - chosen[0][0])
    origin = chosen[0][0]
    return [(a / rate, b / rate, descriptors.describe(signal[a - origin:b - origin], rate)) for a, b in chosen]


def plan_parts(path, slice_seconds: float | None) -> list[tuple[int, int] | None]:
    """How a file is shared out: [None] (one task for the whole file), or runs of PART_SLICES fixed
    slices, so a ten-hour recording keeps every worker busy. The same plan in and out of Dask, so
    each slice is read and described the same way whoever does it."""
    if slice_seconds is None:
        return [None]
    n = len(_file_slices(path, slice_seconds)[0])
    step = max(1, int(PART_SECONDS // slice_seconds))
    return [(a, min(n, a + step)) for a in range(0, n, step)]


def _describe_part(path: str, part, settings: dict):
    """One task (a thread here, or a Dask worker): BLAS on one thread, as in-process."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        return describe_file(Path(path), part=part, **settings)


def analyze_folder(folder, *, max_seconds: float | None = 3.0, slice_longer_than: float | None = None,
                   slice_seconds: float | None = None, cache_dir=None, n_jobs: int = 2, progress=None,
                   may_read=None, dask=None) -> Analysis:
    """Describe every sound under `folder`. Unreadable files are skipped and listed, never fatal.

    slice_seconds cuts every file into fixed slices (one row each) instead of onset segments.
    progress(fraction, text) is called from this thread as files finish; it may raise to cancel.
    may_read(path) -> bool, when given, vets each file (a symlink may lead out of the folder).
    dask: a cluster.DaskCluster: the files still to describe become Dask tasks (the cache stays here).
    """
    from threadpoolctl import threadpool_limits

    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"folder {str(folder)!r} is not a folder")
    if slice_seconds is not None and not slice_seconds >= MIN_SLICE_SECONDS:
        raise ValueError(f"slice must be at least {MIN_SLICE_SECONDS:g} seconds, got {slice_seconds:g}")
    paths = audio.find_sounds(folder)
    cache = DescriptorCache(cache_dir, settings_key(max_seconds, slice_longer_than, slice_seconds)) \
        if cache_dir else None
    settings = dict(max_seconds=max_seconds, slice_longer_than=slice_longer_than, slice_seconds=slice_seconds)

    def look_up(path: Path):
        """(digest, stat, cached rows or None, plan or None, error or None) of one file."""
        if may_read is not None and not may_read(path):
            return None, None, None, None, "outside the folders the server may read"
        try:
            stat = path.stat()
            digest = cache.known_digest(path, stat) if cache else None
            digest = digest or audio.file_digest(path)
            if cache and digest in cache.rows:
                return digest, stat, cache.rows[digest], None, None
            return digest, stat, None, plan_parts(path, slice_seconds), None
        except (OSError, ValueError) as error:
            return None, None, None, None, str(error)

    def report(fraction, text):
        if progress is not None:
            progress(fraction, text)

    # BLAS threads fight each other (and the other instruments) on a small machine: one thread
    # each, and one file per core instead.
    with threadpool_limits(1), ThreadPoolExecutor(max(1, n_jobs)) as pool:
        looked = []
        for i, result in enumerate(pool.map(look_up, paths)):
            looked.append(result)
            if i % 16 == 15:
                report(0.05 * (i + 1) / len(paths), f"checked {i + 1} of {len(paths)} files")
        tasks = [(i, part) for i, (_, _, rows, plan, _) in enumerate(looked) if rows is None and plan
                 for part in plan]
        parts = _describe_all(paths, tasks, settings, pool, dask, report)

    results = []
    for i, (path, (digest, stat, rows, plan, error)) in enumerate(zip(paths, looked)):
        if error is None and rows is None:
            done = [parts[(i, part)] for part in plan]
            error = next((e for e in done if isinstance(e, str)), None)
            rows = None if error else [row for part_rows in done for row in part_rows]
            if rows is not None and cache:
                cache.remember(path, stat, digest, rows)
        elif error is None and cache:
            cache.remember(path, stat, digest, rows)
        results.append((digest, rows or [], error))
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


def _describe_all(paths, tasks, settings, pool, dask, report) -> dict:
    """{(file index, part): rows, or the error text} for every task, in threads or on Dask."""
    import concurrent.futures

    out = {}
    if not tasks:
        report(1.0, "every sound was in the cache")
        return out
    if dask is not None:
        import distributed

        client = dask.client
        futures = {client.submit(_describe_part, str(paths[i]), part, settings, pure=False): (i, part)
                   for i, part in tasks}
        finished = distributed.as_completed(futures, with_results=False)
        cancel = lambda: client.cancel(list(futures))  # noqa: E731
    else:
        futures = {pool.submit(_local_part, describe_file, paths[i], part, settings): (i, part) for i, part in tasks}
        finished = concurrent.futures.as_completed(futures)
        cancel = lambda: [f.cancel() for f in futures]  # noqa: E731
    try:
        for n, future in enumerate(finished):
            key = futures[future]
            try:
                out[key] = future.result()
            except (OSError, ValueError) as error:
                out[key] = str(error) or type(error).__name__
            report(0.05 + 0.95 * (n + 1) / len(tasks), f"described {n + 1} of {len(tasks)} "
                                                         f"{'files' if tasks[0][1] is None else 'parts'}")
    except BaseException:
        cancel()
        raise
    return out


def _local_part(describe, path, part, settings):
    # `describe` is looked up when the task is made, so a test can stand in for describe_file
    return describe(path, **settings) if part is None else describe(path, part=part, **settings)
