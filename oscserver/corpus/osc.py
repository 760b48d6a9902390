"""The corpus map over OSC: validate, call the core, format replies (no analysis code here).

    /corpus/analyze <folder> [clusters] [slice] [slice_seconds]
                                      -> /corpus/progress ..., /corpus/skipped <path> <why>
                                                    per unreadable file, /corpus/point ... per sound,
                                                    /corpus/done <sounds> <clusters>
    /corpus/nearest <x> <y> [k]       -> k x /corpus/nearest <id> <x> <y> <cluster> <path>, nearest first
    /corpus/within <x> <y> <radius> [max]
                                      -> /corpus/within <id> <x> <y> <cluster> <path> for every sound inside
                                         the radius, nearest first, then /corpus/within/done <count>
                                         (its own address, so a patch routes the end without counting
                                         arguments)
    /corpus/map <pca|tsne|umap|grid>  -> every /corpus/point again, in that layout, then /corpus/done
    /corpus/play <id>                 -> /corpus/play <id> <path> <start> <end> <card>; card 1: the
                                         server plays it; card 0: no sound card here, so <path> is a
                                         WAV copy of the sound (in the output folder) for the patch
    /corpus/save <name>               -> /corpus/saved <folder> (FluCoMa DataSet/LabelSet JSON + PNG)
    /corpus/load <name>               -> /corpus/loaded <folder>, the points, /corpus/done ...

A point is `/corpus/point <id:i> <x:f> <y:f> <cluster:i> <path:s>`; when long files were sliced
(`slice` 1 at onsets, or `slice_seconds` > 0 into fixed slices, DOME-style) it also carries
`<start:f> <end:f>`, the segment's place in the file in seconds, and /corpus/play plays just that.

With `serve --dask tcp://host:8786` (or local:N, or `dask = "..."` in the settings file) the files of
/corpus/analyze are described on that Dask cluster (cluster.py); the cache and the map stay here.
Points go out paced (PACE_EVERY, PACE_SECONDS): a 36,000-slice map reaches a Pd patch whole.
"""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from pathlib import Path

from oscserver.corpus import flucoma
from oscserver.corpus.cluster import SharedCluster
from oscserver.corpus.core import make_map
from oscserver.corpus.mapping import LAYOUTS
from oscserver.errors import RequestError
from oscserver.server.files import write_wav
from oscserver.server.params import Float, Int, Str
from oscserver.server.table import Address

log = logging.getLogger("oscserver.corpus")

MAX_CLUSTERS = 64
MAX_NEIGHBOURS = 64
MAX_RADIUS = 1.5            # more than the map's diagonal (1.414): every sound
SLICE_LONGER_THAN = 2.0     # with slice 1, files longer than this (seconds) are cut at their onsets
PACE_EVERY = 64             # points sent back to back before a short pause, so Pd's buffer keeps up
PACE_SECONDS = 0.002
MAX_SLICE_SECONDS = 60.0    # fixed slices: 0.05 .. 60 s
MAX_PLAY_SECONDS = 30.0
PLAY_FOLDER = "corpus-play"   # in the output folder: WAV copies of played sounds for the patch


def _analyze_job(ctx, folder: str, clusters: int, slice_long: bool, cache_dir: str, files,
                 slice_seconds: float = 0.0, cluster: SharedCluster | None = None):
    """Runs in the job runner: the whole pipeline, reporting progress (cancel raises in it)."""
    def may_read(path) -> bool:
        try:
            files.read_path(str(path))
            return True
        except RequestError:
            return False

    dask = None
    if cluster is not None:
        ctx.progress(0.0, f"connecting to the Dask scheduler {cluster.spec}")
        try:
            dask = cluster.get()
        except ValueError as error:
            raise RequestError(f"{error} (set by serve --dask or the settings file's dask)") from None
    try:
        return make_map(folder, n_clusters=clusters, cache_dir=cache_dir, may_read=may_read,
                        slice_longer_than=SLICE_LONGER_THAN if slice_long else None,
                        slice_seconds=slice_seconds or None, progress=ctx.progress, dask=dask)
    except ValueError as error:
        raise RequestError(str(error)) from None


def _layout_job(ctx, corpus_map, layout: str):
    ctx.progress(0.0, f"computing the {layout} layout")
    try:
        xy = corpus_map.set_layout(layout, ctx.progress)
    except ValueError as error:
        raise RequestError(str(error)) from None
    ctx.progress(1.0, f"{layout} layout ready")
    return xy


def _load_job(ctx, folder: str):
    ctx.progress(0.0, f"loading {Path(folder).name}")
    try:
        return flucoma.load_map(folder)
    except ValueError as error:
        raise RequestError(f"name {Path(folder).name!r} is not a readable corpus map: {error}") from None


class CorpusInstrument:
    name = "corpus"

    def __init__(self, server):
        self.server = server
        self._lock = threading.Lock()     # the current (analysis, map): replaced whole (only /corpus/map
                                          # changes its layout in place)
        self.analysis = None
        self.map = None
        self.source = ""                  # the folder or saved map it came from
        spec = getattr(server.config, "dask", "")
        self.cluster = SharedCluster(spec) if spec else None    # connected at the first /corpus/analyze

    def addresses(self) -> list[Address]:
        return [
            Address("/corpus/analyze", self.analyze,
                    args=[Str("folder", "a folder of sounds (wav, flac, aiff, ogg) inside the allowed folders"),
                          Int("clusters", "how many k-means clusters (colours)", default=8, min=1,
                              max=MAX_CLUSTERS),
                          Int("slice", f"1 = cut files longer than {SLICE_LONGER_THAN:g} s at their onsets, "
                                       "one point per segment", default=0, min=0, max=1),
                          Float("slice_seconds", "cut every file into fixed slices this long, one point per "
                                                 "slice (DOME-style, e.g. 1); 0 = off", default=0, min=0,
                                max=MAX_SLICE_SECONDS)],
                    reply="/corpus/progress ..., /corpus/point <id:i> <x:f> <y:f> <cluster:i> <path:s> "
                          "per sound, /corpus/done <sounds:i> <clusters:i>",
                    help="describe every sound under a folder and map it: similar sounds sit together "
                         "(descriptors cached, so a second analysis is nearly instant)",
                    run="thread"),
            Address("/corpus/nearest", self.nearest,
                    args=[Float("x", "left 0 .. right 1", min=0, max=1),
                          Float("y", "bottom 0 .. top 1", min=0, max=1),
                          Int("k", "how many sounds", default=1, min=1, max=MAX_NEIGHBOURS)],
                    reply="/corpus/nearest <id:i> <x:f> <y:f> <cluster:i> <path:s> (k of them, nearest first)",
                    help="the sounds nearest to a point of the map (for the mouse)"),
            Address("/corpus/within", self.within,
                    args=[Float("x", "left 0 .. right 1", min=0, max=1),
                          Float("y", "bottom 0 .. top 1", min=0, max=1),
                          Float("radius", "distance on the map (1 = its width); 1.5 takes in every sound",
                                min=0, max=MAX_RADIUS),
                          Int("max", "at most this many, nearest first; 0 = all", default=0, min=0,
                              max=2**31 - 1)],
                    reply="/corpus/within <id:i> <x:f> <y:f> <cluster:i> <path:s> per sound inside the radius, "
                          "nearest first, then /corpus/within/done <count:i>",
                    help="every sound within a radius of a point (FluCoMa KDTree radius mode): for a brush "
                         "or an area of the map", run="thread"),
            Address("/corpus/map", self.relayout,
                    args=[Str("layout", "tsne: neighbours in sound; pca: the two main axes; grid: t-SNE on "
                                        "an even grid; umap: needs umap-learn", choices=LAYOUTS)],
                    reply="/corpus/point ... per sound, /corpus/done <sounds:i> <clusters:i>",
                    help="lay the current map out another way and send every point again",
                    run="thread"),
            Address("/corpus/play", self.play,
                    args=[Int("id", "a point's id", min=0, max=2**31 - 1)],
                    reply="/corpus/play <id:i> <path:s> <start:f> <end:f> <card:i>",
                    help="play a sound on the server's sound card (card 1), or hand the patch a WAV "
                         "copy of it to play (card 0: no sound card here)",
                    run="thread"),
            Address("/corpus/save", self.save,
                    args=[Str("name", "a folder name, written in the output folder")],
                    reply="/corpus/saved <folder:s>",
                    help="save the map as FluCoMa DataSet/LabelSet JSON (map, clusters, paths, "
                         "descriptors) and a PNG",
                    run="thread"),
            Address("/corpus/load", self.load,
                    args=[Str("name", "a map saved with /corpus/save, or a shipped one (hydrogen-drums)")],
                    reply="/corpus/loaded <folder:s>, /corpus/point ... per sound, /corpus/done <sounds:i> "
                          "<clusters:i>",
                    help="load a saved map", run="thread"),
        ]

    def status(self) -> str:
        with self._lock:
            if self.map is None:
                return "no map: send /corpus/analyze <folder>"
            return (f"{len(self.analysis)} sounds in {self.map.n_clusters_} clusters, {self.map.layout_} "
                    f"layout, from {self.source}")

    def close(self) -> None:
        if self.cluster is not None:
            self.cluster.close()

    # ------------------------------------------------------------------------------------ handlers

    def analyze(self, req) -> None:
        folder = req.server.files.read_path(req.args["folder"], param="folder")
        if not folder.is_dir():
            raise RequestError(f"folder must be a folder of sounds, got the file {req.args['folder']!r}")
        cache_dir = str(req.server.files.output_dir / "corpus-cache")
        clusters, slice_long = req.args["clusters"], bool(req.args["slice"])
        slice_seconds = req.args["slice_seconds"]
        if slice_seconds and slice_long:
            raise RequestError("slice and slice_seconds exclude each other: 1 cuts at onsets, "
                               "slice_seconds cuts fixed slices; send one of them")
        if 0 < slice_seconds < 0.05:
            raise RequestError(f"slice_seconds must be 0 (off) or from 0.05 to {MAX_SLICE_SECONDS:g}, "
                               f"got {slice_seconds:g}")

        def done(result):
            analysis, corpus_map = result
            with self._lock:
                self.analysis, self.map, self.source = analysis, corpus_map, str(folder)
            for path, why in analysis.skipped:
                req.reply("/corpus/skipped", path, why)
            self._send_points(req.reply, analysis, corpus_map)
            req.reply("/corpus/done", len(analysis), corpus_map.n_clusters_)

        req.server.jobs.start(req, what=f"analyze {folder.name}", target=_analyze_job,
                              args=(str(folder), clusters, slice_long, cache_dir, req.server.files,
                                    slice_seconds, self.cluster),
                              kind="thread", on_done=done)

    def nearest(self, req) -> None:
        analysis, corpus_map = self._current()
        indices, _, xy = corpus_map.query(req.args["x"], req.args["y"], req.args["k"])
        for i, (x, y) in zip(indices, xy):
            req.reply("/corpus/nearest", int(i), float(x), float(y), int(corpus_map.labels_[i]), analysis.paths[i])

    def within(self, req) -> None:
        analysis, corpus_map = self._current()
        limit = req.args["max"] or None
        indices, _, xy = corpus_map.within(req.args["x"], req.args["y"], req.args["radius"], limit)
        for n, (i, (x, y)) in enumerate(zip(indices, xy)):
            req.reply("/corpus/within", int(i), float(x), float(y), int(corpus_map.labels_[i]), analysis.paths[i])
            if n % PACE_EVERY == PACE_EVERY - 1:
                time.sleep(PACE_SECONDS)               # the whole map can be inside: let Pd keep up
        req.reply("/corpus/within/done", len(indices))

    def relayout(self, req) -> None:
        analysis, corpus_map = self._current()
        layout = req.args["layout"]

        def done(xy):
            with self._lock:
                if self.map is not corpus_map:
                    return                       # a newer map arrived meanwhile: it wins
            self._send_points(req.reply, analysis, corpus_map)
            req.reply("/corpus/done", len(analysis), corpus_map.n_clusters_)

        req.server.jobs.start(req, what=f"{layout} layout", target=_layout_job,
                              args=(corpus_map, layout), kind="thread", on_done=done)

    def play(self, req) -> None:
        analysis, _ = self._current()
        i = req.args["id"]
        if i >= len(analysis):
            raise RequestError(f"id must be a point id from 0 to {len(analysis) - 1}, got {i}")
        path, start, end = analysis.paths[i], float(analysis.starts[i]), float(analysis.ends[i])
        readable = self._readable(req, path)
        if req.server.soundcard.has("output"):
            try:
                req.server.soundcard.play(*self._read_segment(readable, start, end))
                req.reply("/corpus/play", i, path, start, end, 1)
                return
            except RequestError as error:       # a rate it refuses, a failing card: hand over the file
                req.reply("/error", "/corpus/play", f"{error.message}; here is a WAV copy to play instead")
        # No sound card here: hand the patch a WAV it can read (Pd's [soundfiler] reads no FLAC or
        # Ogg), cut to the segment, in the output folder; made once per file version and segment.
        stat = readable.stat()
        key = f"{readable}|{stat.st_size}|{stat.st_mtime_ns}|{start}|{end}"
        wav = req.server.files.output_dir / PLAY_FOLDER / f"{hashlib.sha256(key.encode()).hexdigest()[:16]}.wav"
        if not wav.exists():
            write_wav(wav, *self._read_segment(readable, start, end))
        req.reply("/corpus/play", i, str(wav), start, end, 0)

    def save(self, req) -> None:
        analysis, corpus_map = self._current()
        folder = req.server.files.write_path(req.args["name"], param="name")
        if folder.exists() and not folder.is_dir():
            raise RequestError(f"name {req.args['name']!r} is a file in the output folder; choose another name")
        flucoma.save_map(folder, analysis, corpus_map)
        req.reply("/corpus/saved", str(folder))

    def load(self, req) -> None:
        folder = self._saved_map_path(req.args["name"], req.server)

        def done(result):
            analysis, corpus_map = result
            with self._lock:
                self.analysis, self.map, self.source = analysis, corpus_map, str(folder)
            req.reply("/corpus/loaded", str(folder))
            self._send_points(req.reply, analysis, corpus_map)
            req.reply("/corpus/done", len(analysis), corpus_map.n_clusters_)

        req.server.jobs.start(req, what=f"load {folder.name}", target=_load_job, args=(str(folder),),
                              kind="thread", on_done=done)

    def warm_up(self) -> None:
        """Import scikit-learn's k-means and t-SNE ahead of the first /corpus/analyze (1-2 s saved)."""
        import sklearn.cluster  # noqa: F401
        import sklearn.manifold  # noqa: F401

    # ------------------------------------------------------------------------------------- helpers

    def _current(self):
        with self._lock:
            if self.map is None:
                raise RequestError("there is no map yet: send /corpus/analyze <folder> or /corpus/load <name>")
            return self.analysis, self.map

    @staticmethod
    def _send_points(reply, analysis, corpus_map) -> None:
        xy, clusters = corpus_map.embedding_, corpus_map.labels_
        segmented = analysis.segmented
        for i, path in enumerate(analysis.paths):
            extra = (float(analysis.starts[i]), float(analysis.ends[i])) if segmented else ()
            reply("/corpus/point", i, float(xy[i, 0]), float(xy[i, 1]), int(clusters[i]), path, *extra)
            if i % PACE_EVERY == PACE_EVERY - 1:
                time.sleep(PACE_SECONDS)

    def _saved_map_path(self, name: str, server) -> Path:
        try:
            folder = server.files.read_path(name, param="name")
        except RequestError:
            models = Path(getattr(server.config, "models", "models")) / "corpus"
            shipped = sorted(p.name for p in models.iterdir() if (p / "corpus.json").is_file()) \
                if models.is_dir() else []
            if name in shipped:
                return models / name
            raise RequestError(f"name {name!r} is neither a map saved with /corpus/save nor a shipped map "
                               f"({', '.join(shipped) or 'none installed'})") from None
        if not (folder / "corpus.json").is_file():
            raise RequestError(f"name {name!r} is not a map saved with /corpus/save (no corpus.json in it)")
        return folder

    @staticmethod
    def _readable(req, path: str) -> Path:
        try:
            return req.server.files.read_path(path, param="path")
        except RequestError as error:
            # e.g. the shipped drum map on a server that may not read /usr/share/hydrogen
            raise RequestError(f"{error.message}; start the server with --allow-read "
                               f"{Path(path).parent} to play it") from None

    @staticmethod
    def _read_segment(path: Path, start: float, end: float):
        """(mono audio, rate) of a point's sound, at most MAX_PLAY_SECONDS of it."""
        from oscserver.corpus.audio import read_mono

        length = min(MAX_PLAY_SECONDS, max(0.0, end - start)) or MAX_PLAY_SECONDS
        try:
            return read_mono(path, length, start_seconds=start)
        except ValueError as error:
            raise RequestError(f"cannot play {path.name}: {error}") from None
