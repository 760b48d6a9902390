"""The NMF instrument over OSC: validate, call the core, format replies (no DSP here).

    /nmf/decompose <path> <components> [iterations] [bases free|seed|fixed]
        (bases: free = learned from an NNDSVD start; seed = learning starts from the last decomposed
         or loaded bases; fixed = those bases are kept and only the activations are learned)
        -> /nmf/progress <fraction> <what>, then per component k (from 0):
           /nmf/activation <k> <start_frame> <value>...   (0..1 envelope, in chunks of <= 8192 bytes)
           /nmf/component <k> <wav_path>
           then /nmf/done <components> <frames> <frame_rate_hz>
        (the output folder also gets bases/activations as WAV and .npy, nmf.json and nmf.png)
    /nmf/play           -> /nmf/env <a_0> ... <a_k-1> once per analysis frame, in time with the sound
                           (on the sound card when there is one; the same timing in silence otherwise),
                           then /nmf/played <frames>
    /nmf/match/start [path|input] -> /nmf/match <a_0> ... <a_k-1> per frame: the live input (sound card) or a
                           file played as if live, against the last decomposed or loaded bases (else the
                           shipped drum bases); ends with /nmf/match/done <frames>
    /nmf/match/stop     -> /nmf/match/done <frames>
    /nmf/load <path>    -> /nmf/loaded <components> <path>: saved bases (nmf.json) for live matching
    /nmf/filter/start [path|input] [play] [stream]
                        -> /nmf/filter/started <components> <block_samples> <sample_rate>, then per block
                           and component /nmf/filter/block <k> <index> <samples...> (block i holds samples
                           i*block_samples...; the components sum to the input), and/or component `play`
                           on the sound card; ends with /nmf/filter/done <blocks> <samples>
    /nmf/filter/stop    -> /nmf/filter/done <blocks> <samples>
    /nmf/stop           stops /nmf/play, live matching and live separation
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from pathlib import Path

import numpy as np

from oscserver.errors import RequestError
from oscserver.nmf.decompose import check_audio, decompose, load_audio
from oscserver.nmf.filter import Separator
from oscserver.nmf.match import Matcher, blocks_of
from oscserver.nmf.save import load_model, save
from oscserver.nmf.stft import STFTConfig
from oscserver.paths import MODELS_DIR
from oscserver.server.oscmsg import max_numbers
from oscserver.server.params import Int, Str
from oscserver.server.table import Address

log = logging.getLogger("oscserver.nmf")

MAX_COMPONENTS = 16
MAX_ITERATIONS = 1000
MAX_SECONDS = 300.0          # longer files need too much memory for the complex STFT and masks
SHIPPED_MODEL = MODELS_DIR / "nmf" / "drums.json"
CARD_INPUT = "input"         # /nmf/match/start's path for the sound card input
BURST = 16                   # datagrams sent back to back before a short pause, so Pd's buffer keeps up
BURST_PAUSE_S = 0.002
BASES_MODES = {"free": "random", "seed": "seed", "fixed": "fixed"}   # /nmf/decompose's word -> NMF's mode
FILTER_BLOCK = max_numbers("/nmf/filter/block", (MAX_COMPONENTS, 2**31 - 1))   # samples per datagram, at most


def _decompose_job(ctx, path: str, components: int, iterations: int, out_dir: str, mode: str = "free",
                   given=None):
    """Runs in the job runner: load, decompose, write files, send envelopes and component paths.

    given: for mode seed/fixed, (bases, STFTConfig, sample rate, name) to start from or keep."""
    ctx.progress(0.0, f"reading {Path(path).name}")
    y, sr = load_audio(path)
    if len(y) > MAX_SECONDS * sr:
        raise RequestError(f"path {Path(path).name!r} is {len(y) / sr:.1f} s long; at most {MAX_SECONDS:g} s "
                           "can be decomposed (cut it shorter)")
    bases, cfg = None, STFTConfig()
    if given is not None:
        bases, cfg, bases_sr, name = given
        if sr != bases_sr:
            raise RequestError(f"path {Path(path).name!r} is at {sr} Hz but the bases ({name}) were learned at "
                               f"{bases_sr} Hz; give a file at {bases_sr} Hz for bases {mode}, or use bases free")
    check_audio(y, sr, cfg, name=repr(Path(path).name))
    d = decompose(y, sr, components, iterations=iterations, seed=0, stft_config=cfg,
                  bases_mode=BASES_MODES[mode], bases=bases,
                  progress=lambda f: ctx.progress(0.9 * f, "decomposing"))   # 0.9 to 1: the files
    d.source = path
    ctx.progress(0.95, "writing files")
    out = save(d, out_dir)
    env = d.envelopes                                           # (T, K) 0..1
    per_datagram = max_numbers("/nmf/activation", (MAX_COMPONENTS, 2**31 - 1))
    sent = 0
    for k in range(components):
        for start in range(0, env.shape[0], per_datagram):
            ctx.send("/nmf/activation", k, start, *env[start:start + per_datagram, k].tolist())
            sent += 1
            if sent % BURST == 0:
                ctx.sleep(BURST_PAUSE_S)
        ctx.send("/nmf/component", k, str(out["components"][k]))
    return d, out


class _Stream:
    """A play or match stream: its job, and how many frames it has sent (for the end message)."""

    def __init__(self):
        self.job = None
        self.frames = 0                 # frames sent (play, match) or blocks sent (filter)
        self.samples = 0                # samples per component sent (filter)
        self.finished = threading.Event()


class NMFInstrument:
    name = "nmf"

    def __init__(self, server):
        self.server = server
        self._lock = threading.Lock()
        self.last = None                # (Decomposition, output files) of the last /nmf/decompose
        self.bases = None               # (bases, STFTConfig, peaks, sample rate, name): what matching uses
        self.play_stream = None
        self.match_stream = None
        self.filter_stream = None

    def warm_up(self) -> None:
        """Compile the NMF and matching loops (numba: seconds on a fresh install, cached after) before
        the first /nmf/decompose or /nmf/match/start, so a live match is paced from its first frame."""
        from oscserver.nmf.nmf import NMF

        rng = np.random.default_rng(0)
        cfg = STFTConfig()
        NMF(2, iterations=2, seed=0).fit(rng.random((8, 6), dtype=np.float32) + 0.1)
        Matcher(rng.random((2, cfg.bins), dtype=np.float32) + 0.1, cfg).warm_up()

    def addresses(self) -> list[Address]:
        return [
            Address("/nmf/decompose", self.decompose,
                    args=[Str("path", "a sound file (wav, aiff, flac, ogg, mp3...) inside the allowed folders, "
                                      "e.g. nmf/drumloop.wav"),
                          Int("components", "how many parts (3 for kick, snare, hat)", min=1, max=MAX_COMPONENTS),
                          Int("iterations", "more = closer fit, slower", default=100, min=1, max=MAX_ITERATIONS),
                          Str("bases", "free = learn them; seed = start from the last decomposed or loaded "
                                       "bases; fixed = keep those, learn only the activations (same component "
                                       "count)", default="free", choices=tuple(BASES_MODES))],
                    reply="/nmf/progress <fraction:f> <what:s>, /nmf/activation <k:i> <start_frame:i> <value:f>... "
                          "(0..1), /nmf/component <k:i> <wav_path:s>, /nmf/done <components:i> <frames:i> "
                          "<frame_rate_hz:f>",
                    help="split a sound into components (NMF): each one's envelope, spectrum and sound"),
            Address("/nmf/play", self.play,
                    reply="/nmf/env <a_0:f> ... per frame, then /nmf/played <frames:i>",
                    help="play the last decomposed sound and stream its envelopes in time with it "
                         "(silent, same timing, without a sound card)", run="thread"),
            Address("/nmf/match/start", self.match_start,
                    args=[Str("path", "a sound file played as if live; 'input' (or absent) = the sound "
                                      "card input", default=CARD_INPUT)],
                    reply="/nmf/match <a_0:f> ... per frame (0..1), then /nmf/match/done <frames:i>",
                    help="live activations against the last decomposed or loaded bases (else the shipped "
                         "drum bases), frame by frame", run="thread"),
            Address("/nmf/load", self.load,
                    args=[Str("path", "an nmf.json written by /nmf/decompose (in its output folder) or "
                                      "`oscserver nmf-decompose`")],
                    reply="/nmf/loaded <components:i> <path:s>",
                    help="use saved bases for live matching (until the next /nmf/decompose or /nmf/load)",
                    run="thread"),
            Address("/nmf/match/stop", self.match_stop, reply="/nmf/match/done <frames:i>",
                    help="stop live matching", run="thread"),
            Address("/nmf/filter/start", self.filter_start,
                    args=[Str("path", "a sound file played as if live; 'input' (or absent) = the sound "
                                      "card input", default=CARD_INPUT),
                          Int("play", "the component to play on the sound card, -1 = none", default=-1,
                              min=-1, max=MAX_COMPONENTS - 1),
                          Int("stream", "1 = send the components as /nmf/filter/block, 0 = only play",
                              default=1, min=0, max=1)],
                    reply="/nmf/filter/started <components:i> <block_samples:i> <sample_rate:i>, then "
                          "/nmf/filter/block <k:i> <index:i> <samples:f>... per component and block, "
                          "then /nmf/filter/done <blocks:i> <samples:i>",
                    help="split live input into one sound per component (soft masks from the last "
                         "decomposed or loaded bases, else the shipped drum bases; they sum to the input, "
                         "one window late)", run="thread"),
            Address("/nmf/filter/stop", self.filter_stop, reply="/nmf/filter/done <blocks:i> <samples:i>",
                    help="stop live separation", run="thread"),
            Address("/nmf/stop", self.stop, reply="/nmf/played <frames:i>, /nmf/match/done <frames:i> and/or "
                                                  "/nmf/filter/done <blocks:i> <samples:i>",
                    help="stop playing, live matching and live separation", run="thread"),
        ]

    def status(self) -> str:
        with self._lock:
            last, play, match, split = self.last, self.play_stream, self.match_stream, self.filter_stream
        if last is None:
            text = "nothing decomposed: send /nmf/decompose <path> <components>"
        else:
            d = last[0]
            text = (f"{Path(d.source).name}: {d.bases.shape[0]} components, {d.activations.shape[0]} frames "
                    f"at {d.frame_rate:.2f} Hz")
        if play is not None and not play.finished.is_set():
            text += ", playing"
        if match is not None and not match.finished.is_set():
            text += ", matching"
        if split is not None and not split.finished.is_set():
            text += ", separating"
        return text

    def close(self) -> None:
        self._stop_stream("play_stream")
        self._stop_stream("match_stream")
        self._stop_stream("filter_stream")

    # ------------------------------------------------------------------------------------ handlers

    def decompose(self, req) -> None:
        path = req.server.files.read_path(req.args["path"])
        if not path.is_file():
            raise RequestError(f"path must be a sound file, got the folder {req.args['path']!r}")
        components, iterations, mode = req.args["components"], req.args["iterations"], req.args["bases"]
        given = None
        if mode != "free":
            with self._lock:
                bases = self.bases
            if bases is None:
                raise RequestError(f"bases {mode} needs bases to start from and there are none yet: send "
                                   "/nmf/decompose <path> <components> (bases free) or /nmf/load <nmf.json> first")
            if bases[0].shape[0] != components:
                raise RequestError(f"components must be {bases[0].shape[0]} for bases {mode} (the bases from "
                                   f"{bases[4]} have {bases[0].shape[0]}), got {components}; use bases free "
                                   "for another count")
            given = (bases[0], bases[1], bases[3], bases[4])
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", path.stem)[:80] or "sound"
        out_dir = req.server.files.write_path(f"nmf/{stem}-{components}", param="path")

        def done(result):
            d, out = result
            with self._lock:
                self.last = (d, out)
                self.bases = (d.bases, d.stft, d.activation_peaks, d.sample_rate, Path(d.source).name)
            req.reply("/nmf/done", components, int(d.activations.shape[0]), float(d.frame_rate))

        req.server.jobs.start(req, what=f"decompose {path.name} into {components}", target=_decompose_job,
                              args=(str(path), components, iterations, str(out_dir), mode, given), kind="thread",
                              on_done=done)

    def play(self, req) -> None:
        with self._lock:
            last = self.last
        if last is None:
            raise RequestError("nothing to play: send /nmf/decompose <path> <components> first")
        d = last[0]
        self._stop_stream("play_stream")
        audio = d.components.sum(axis=0)                  # the input, as the components rebuild it
        stream = _Stream()
        with self._lock:
            self.play_stream = stream
        stream.job = req.server.jobs.start(
            req, what=f"play {Path(d.source).name}", target=self._play_job,
            args=(stream, audio, d.sample_rate, d.stft.hop, d.envelopes), kind="thread",
            on_done=lambda frames: req.reply("/nmf/played", frames))
        self._reply_when_stopped(req, stream, "/nmf/played")

    def match_start(self, req) -> None:
        bases, cfg, peaks, sr = self._match_bases()
        y = self._live_file(req, sr, cfg)
        matcher = Matcher(bases, cfg, peaks=peaks)
        stream = self._start_live(req, "match_stream", "match", y, cfg.hop, sr, self._match_job, matcher, (),
                                  done=lambda s: req.reply("/nmf/match/done", s.frames))
        self._reply_when_stopped(req, stream, "/nmf/match/done")

    def _start_live(self, req, attr, verb, y, hop, sr, job, core, extra, done, **job_options) -> "_Stream":
        """Stop the running stream kept in `attr` (one of each kind at a time), open the card input
        when the request names it, and run job(stream, core, source, sr, *extra) on a new stream;
        done(stream) replies when it ends. y: the file's samples (None for the card)."""
        path = req.args["path"]
        self._stop_stream(attr)
        if path == CARD_INPUT:
            y = self._card_input(req, sr, hop, verb)
        stream = _Stream()
        try:
            stream.job = req.server.jobs.start(
                req, what=f"{verb} {Path(path).name if path != CARD_INPUT else 'sound card input'}",
                target=job, args=(stream, core, y, sr, *extra), kind="thread",
                on_done=lambda _: done(stream), **job_options)
        except RequestError:                                # busy: do not leave the card open
            if path == CARD_INPUT:
                y.close()
            raise
        with self._lock:
            setattr(self, attr, stream)
        return stream

    @staticmethod
    def _live_file(req, sr, cfg):
        """The file a live request names, read and checked against the bases' rate (None: the card
        input). Read before the running stream stops, so a bad file leaves it playing."""
        if req.args["path"] == CARD_INPUT:
            return None
        file = req.server.files.read_path(req.args["path"])
        y, file_sr = load_audio(file)
        if file_sr != sr:
            raise RequestError(f"path {file.name!r} is at {file_sr} Hz but the bases were learned at "
                               f"{sr} Hz; give a file at {sr} Hz")
        check_audio(y, sr, cfg, name=repr(file.name))
        return y

    @staticmethod
    def _card_input(req, sr, hop, verb):
        try:
            return req.server.soundcard.input(sr, hop)
        except RequestError as error:
            raise RequestError(f"{error.message}; give a file path to {req.address} to {verb} it as if "
                               "live") from None

    def load(self, req) -> None:
        path = req.server.files.read_path(req.args["path"])
        if not path.is_file():
            raise RequestError(f"path must be an nmf.json file, got the folder {req.args['path']!r}")
        model = load_model(path)
        with self._lock:
            self.bases = (model["bases"], model["stft"], model["activation_peaks"], int(model["sample_rate"]),
                          path.name)
        req.reply("/nmf/loaded", int(model["bases"].shape[0]), str(path))

    def match_stop(self, req) -> None:
        if not self._stop_stream("match_stream"):
            req.reply("/nmf/match/done", 0)

    def stop(self, req) -> None:
        self._stop_stream("play_stream")
        self._stop_stream("match_stream")
        self._stop_stream("filter_stream")

    def filter_start(self, req) -> None:
        bases, cfg, _, sr = self._match_bases()
        play, send = req.args["play"], bool(req.args["stream"])
        if play >= bases.shape[0]:
            raise RequestError(f"play must be a component from 0 to {bases.shape[0] - 1} (the bases have "
                               f"{bases.shape[0]}), or -1 for none, got {play}")
        if play < 0 and not send:
            raise RequestError("stream 0 with play -1 leaves nothing to hear: stream the components (stream 1) "
                               "or play one on the sound card (play 0 or more)")
        separator = Separator(bases, cfg)
        y = self._live_file(req, sr, cfg)
        block = min(separator.hop, FILTER_BLOCK)
        stream = self._start_live(req, "filter_stream", "separate", y, separator.hop, sr, self._filter_job,
                                  separator, (play, send, block), nice=0,
                                  done=lambda s: req.reply("/nmf/filter/done", s.frames, s.samples))
        req.reply("/nmf/filter/started", separator.n_components, block, sr)
        self._reply_when_stopped(req, stream, "/nmf/filter/done", lambda: (stream.frames, stream.samples))

    def filter_stop(self, req) -> None:
        if not self._stop_stream("filter_stream"):
            req.reply("/nmf/filter/done", 0, 0)

    # ------------------------------------------------------------------------------------ streams

    def _play_job(self, ctx, stream: _Stream, audio: np.ndarray, sr: int, hop: int, env: np.ndarray) -> int:
        card = None
        if self.server.soundcard.has("output"):           # else silent, same timing
            try:
                card = self.server.soundcard.output(sr)
            except RequestError as error:                  # e.g. a rate the card refuses
                ctx.send("/error", "/nmf/play", f"{error.message}; the envelopes go on without sound")
        start = time.monotonic()
        try:
            for j in range(env.shape[0]):
                block = audio[j * hop:(j + 1) * hop]
                if card is not None and len(block):
                    ctx.check()                                                          # /nmf/stop
                    try:
                        card.write(block)                                                # paces itself
                    except RequestError as error:                                        # unplugged
                        ctx.send("/error", "/nmf/play", f"{error.message}; the envelopes go on without sound")
                        card.close()
                        card = None
                else:
                    ctx.sleep(start + j * hop / sr - time.monotonic())                   # same timing, silent
                ctx.send("/nmf/env", *env[j].tolist())
                stream.frames = j + 1
        finally:
            if card is not None:
                card.close()
            stream.finished.set()
        return stream.frames

    def _match_job(self, ctx, stream: _Stream, matcher: Matcher, source, sr: int) -> int:
        hop = matcher.cfg.hop
        matcher.warm_up()                                 # a cold compile must not fall behind the pace
        try:
            for block in _live_blocks(ctx, source, hop, sr):
                for row in matcher.push(block):
                    ctx.send("/nmf/match", *row.tolist())
                    stream.frames += 1
        finally:
            if not isinstance(source, np.ndarray):
                source.close()
            stream.finished.set()
        return stream.frames

    def _filter_job(self, ctx, stream: _Stream, separator: Separator, source, sr: int, play: int, send: bool,
                    block: int) -> int:
        """Separate the file (as if live) or the card input; stream fixed-size blocks and/or play one."""
        hop = separator.hop
        K = separator.n_components
        pending = np.zeros((K, 0), np.float32)        # separated samples not yet sent as a whole block
        card = None
        if play >= 0:
            try:
                card = self.server.soundcard.output(sr)
            except RequestError as error:              # the OSC stream goes on without the card
                ctx.send("/error", "/nmf/filter/start", f"{error.message}; the separation goes on over OSC")

        def out(parts, last=False):
            nonlocal pending, card
            if card is not None and parts.shape[1]:
                try:
                    card.write(parts[play])             # blocks while the card's buffer is full: paces
                except RequestError as error:           # unplugged or failing: OSC goes on alone
                    ctx.send("/error", "/nmf/filter/start", f"{error.message}; the separation goes on over OSC")
                    card.close()
                    card = None
            pending = np.concatenate([pending, parts], axis=1)
            while pending.shape[1] >= block or (last and pending.shape[1]):
                n = min(block, pending.shape[1])
                if send:
                    for k in range(K):
                        ctx.send("/nmf/filter/block", k, stream.frames, *pending[k, :n].tolist())
                stream.frames += 1
                stream.samples += n
                pending = pending[:, n:]

        separator.warm_up()                           # a cold compile must not fall behind the pace
        try:
            for chunk in _live_blocks(ctx, source, hop, sr):
                out(separator.push(chunk))
            out(separator.flush(), last=True)          # a file ended (the card runs until cancelled)
        finally:
            if not isinstance(source, np.ndarray):
                source.close()
            if card is not None:
                card.close()
            stream.finished.set()
        return stream.frames

    def _stop_stream(self, attr: str) -> bool:
        """Cancel a running play or match stream; True if one was running."""
        with self._lock:
            stream = getattr(self, attr)
        if stream is None or stream.finished.is_set() or stream.job is None:
            return False
        stream.job.cancel_event.set()
        stream.finished.wait(2.0)
        return True

    def _reply_when_stopped(self, req, stream: _Stream, address: str, values=None) -> None:
        """A cancelled stream gets no on_done: still tell the patch it ended, and how many frames."""
        def watch():
            stream.job.wait()
            if stream.job.cancel_event.is_set():
                req.reply(address, *(values() if values else (stream.frames,)))
        threading.Thread(target=watch, name=f"nmf-{address}", daemon=True).start()

    def _match_bases(self):
        """(bases, STFTConfig, peaks, sample rate): the last decomposed or loaded, else the shipped ones."""
        with self._lock:
            bases = self.bases
        if bases is not None:
            return bases[:4]
        if not SHIPPED_MODEL.is_file():
            raise RequestError("no bases to match against: send /nmf/decompose <path> <components> first")
        model = load_model(SHIPPED_MODEL)
        return model["bases"], model["stft"], model["activation_peaks"], int(model["sample_rate"])


def _live_blocks(ctx, source, hop: int, sr: int):
    """Blocks of `hop` samples as they arrive: a file (an array) paced at real time, or the sound
    card's input until the job is cancelled."""
    if isinstance(source, np.ndarray):
        start = time.monotonic()
        for i, block in enumerate(blocks_of(source, hop)):
            ctx.sleep(start + (i + 1) * hop / sr - time.monotonic())   # the block has "arrived"
            yield block
        return
    while True:
        ctx.check()
        try:
            block = source.read(timeout=0.25)
        except queue.Empty:                           # no audio yet: check for cancel again
            continue
        yield block
