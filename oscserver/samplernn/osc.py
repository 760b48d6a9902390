"""SampleRNN over OSC: validate, call the core, format replies (no model code here).

    /samplernn/start [seconds] [temperature]   -> /samplernn/block <index> <sample>... at real time,
                                                  then /samplernn/done <samples>
    /samplernn/stop                            -> /samplernn/done <samples>
    /samplernn/temperature <t>                 changes the running stream's temperature
    /samplernn/tempo <bpm>                     -> /samplernn/tempo <bpm>; a clock model keeps time at it
                                                  (streams send /samplernn/beat <beat> on each beat)
    /samplernn/render <path> <seconds> [t]     -> /samplernn/progress ..., /samplernn/rendered <path>
    /samplernn/prime <path> [seconds]          -> /samplernn/primed <path> <seconds>; the next start
                                                  continues the sound of that file
    /samplernn/load <model>                    -> /samplernn/loaded <name> <sample_rate> <tiers>
    /samplernn/train <folder> [steps] [snapshot_every] [size] [init]
                                               -> progress, /samplernn/snapshot <step> <path> (+ its
                                                  audio as /samplernn/block), /samplernn/trained ...
    /samplernn/card <on>                       also play streams on the sound card (if there is one)
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import numpy as np

from oscserver.errors import RequestError
from oscserver.server.files import save_checkpoint, write_wav
from oscserver.server.oscmsg import max_numbers
from oscserver.server.params import Float, Int, Str
from oscserver.server.table import Address

from . import audio, clock

log = logging.getLogger("oscserver.samplernn")

DEFAULT_MODEL = "chorales"
BLOCK = 1024                 # samples per /samplernn/block: 4.1 KB, 64 ms at 16 kHz
LEAD_S = 0.2                 # a stream runs at most this far ahead of real time
MAX_SECONDS = 3600.0
assert BLOCK <= max_numbers("/samplernn/block", (2**31 - 1,))
SIZES = {"small": dict(dim=128, mlp_dim=128, embed_dim=32, upsample_rank=8),   # learns audibly in minutes
         "full": dict()}                                                      # the shipped model's size

TEMPERATURE = Float("temperature", "0 = most likely sample, 1 = as trained, more = noisier; "
                    "auto = the model's own default (its card says which)", default=None, min=0, max=5)


def _load_checked(path):
    """Load a model and check its contract on a dummy run (a broken file fails here, not on stage)."""
    import torch

    from .fast import FastGenerator
    from .model import from_checkpoint

    try:
        ckpt = torch.load(path, map_location="cpu", weights_only=True)
        model = from_checkpoint(ckpt)
    except Exception as error:                     # noqa: BLE001 - any unreadable file is the same to a performer
        raise RequestError(f"model {Path(path).name!r} is not a SampleRNN checkpoint: {error}") from None
    y = FastGenerator(model).generate_audio(2 * model.config.frame_sizes[-1], seed=0)
    if not np.all(np.isfinite(y)) or np.abs(y).max() > 1:
        raise RequestError(f"model {Path(path).name!r} generates invalid audio")
    return model


class SampleRNNInstrument:
    name = "samplernn"

    def __init__(self, server):
        self.server = server
        self.models_dir = Path(getattr(getattr(server, "config", None), "models", "models")) / "samplernn"
        self.model = None
        self.model_name = ""
        self._lock = threading.Lock()
        self._stream = None              # the running stream job
        self._stop = threading.Event()
        self._temperature = 1.0
        self._bpm = None                 # None: the model's own tempo (clock models only)
        self._streamed = 0               # samples of the running stream so far
        self._prime = None               # levels the next stream starts from
        self._card = False
        try:
            self._set_model(_load_checked(self.models_dir / f"{DEFAULT_MODEL}.pt"), DEFAULT_MODEL)
        except (OSError, RequestError) as error:
            log.warning("samplernn: no default model (%s); send /samplernn/load", getattr(error, "message", error))

    def addresses(self) -> list[Address]:
        return [
            Address("/samplernn/start", self.start,
                    args=[Float("seconds", "how long; 0 = until /samplernn/stop", default=0.0, min=0,
                                max=MAX_SECONDS), TEMPERATURE],
                    reply="/samplernn/block <index:i> <sample:f>... (real time), then /samplernn/done <samples:i>",
                    help=f"stream generated audio in blocks of {BLOCK} samples at the model's rate "
                         "(a new start replaces a running stream)"),
            Address("/samplernn/stop", self.stop, reply="/samplernn/done <samples:i>",
                    help="stop the stream"),
            Address("/samplernn/temperature", self.temperature,
                    args=[Float("temperature", "0 = most likely sample, 1 = as trained, more = noisier",
                                min=0, max=5)],
                    help="change the running stream's temperature"),
            Address("/samplernn/tempo", self.tempo,
                    args=[Float("bpm", "beats a minute (a model with a beat clock keeps time at it; "
                                       "the running stream follows at once, keeping the beat's phase)",
                                min=20, max=400)],
                    reply="/samplernn/tempo <bpm:f>; streams then send /samplernn/beat <beat:i> on each "
                          "beat (1 = the downbeat)",
                    help="set the tempo the model plays at"),
            Address("/samplernn/render", self.render,
                    args=[Str("path", "WAV file to write, in the output folder"),
                          Float("seconds", "how much audio", min=0.01, max=600), TEMPERATURE],
                    reply="/samplernn/progress <fraction:f> <what:s>, then /samplernn/rendered <path:s>",
                    help="generate audio into a WAV file (a background job)"),
            Address("/samplernn/prime", self.prime,
                    args=[Str("path", "a sound file the server may read"),
                          Float("seconds", "use the last this-many seconds of it", default=2.0, min=0.01,
                                max=60)],
                    reply="/samplernn/primed <path:s> <seconds:f>",
                    help="the next /samplernn/start continues the sound of this file", run="thread"),
            Address("/samplernn/load", self.load,
                    args=[Str("model", f"a name in models/samplernn (e.g. {DEFAULT_MODEL}) or a .pt file "
                                       "the server may read")],
                    reply="/samplernn/loaded <name:s> <sample_rate:i> <tiers:i>",
                    help="switch model (the next start uses it)", run="thread"),
            Address("/samplernn/train", self.train,
                    args=[Str("folder", "a folder of sound files the server may read"),
                          Int("steps", "training steps", default=1000, min=1, max=1_000_000),
                          Int("snapshot_every", "steps between audible snapshots (0 = none)", default=100,
                              min=0, max=1_000_000),
                          Str("size", "small trains fast; full is the shipped model's size",
                              default="small", choices=tuple(SIZES)),
                          Str("init", f"none: start from nothing; shipped: fine-tune the shipped model "
                                      f"({DEFAULT_MODEL}, full size, so size is ignored)",
                              default="none", choices=("none", "shipped"))],
                    reply="/samplernn/progress, /samplernn/snapshot <step:i> <path:s> followed by its "
                          "/samplernn/block stream, then /samplernn/trained <path:s> <steps:i> <valid_bits:f>",
                    help="train a model on a folder (a background job; hear it learn), then load it; "
                         "training the same folder again continues where it stopped",
                    run="thread"),  # finding the sound files of a big folder takes a while
            Address("/samplernn/card", self.card,
                    args=[Int("on", "1 = also play streams on the sound card, 0 = OSC only", min=0, max=1)],
                    reply="/samplernn/card <on:i>",
                    help="play streams on this computer's sound card too (needs sounddevice/PortAudio)",
                    run="thread"),
        ]

    # -- state --------------------------------------------------------------------------------------

    def _set_model(self, model, name):
        with self._lock:
            self.model, self.model_name = model, name
            self._prime = None
            self._bpm = None

    def _start_from(self, model):
        """What a stream or render continues: the primed file, else the model's seed excerpt."""
        return self._prime if self._prime is not None else getattr(model, "seed_levels", None)

    def _need_model(self):
        if self.model is None:
            raise RequestError(f"no SampleRNN model is loaded; send /samplernn/load {DEFAULT_MODEL}")
        return self.model

    def status(self) -> str:
        if self.model is None:
            return "no model loaded"
        c = self.model.config
        text = (f"model {self.model_name} ({len(c.frame_sizes) + 1} tiers {list(c.frame_sizes)}, "
                f"{c.rnn} {c.dim}, mlp {c.mlp_dim}, {c.sample_rate} Hz)")
        if c.clock:
            text += f", beat clock at {self._clock_for(self.model).bpm:g} bpm"
        if self._stream is not None:
            text += f", streaming {self._streamed / c.sample_rate:.1f} s at temperature {self._temperature:g}"
        return text

    def _clock_for(self, model):
        from .clock import Clock
        from .model import default_clock

        clk = default_clock(model)
        return clk if self._bpm is None else Clock(self._bpm, clk.beats_per_bar)

    def close(self) -> None:
        self._stop.set()

    @staticmethod
    def _temperature_for(model, asked):
        from .model import default_temperature

        return default_temperature(model) if asked is None else asked

    # -- streaming ------------------------------------------------------------------------------------

    def start(self, req):
        model = self._need_model()
        self._stop.set()                             # a running stream ends with its own /done
        stop = self._stop = threading.Event()
        self._temperature = self._temperature_for(model, req.args["temperature"])
        self._streamed = 0
        holder = {}

        def done(samples):
            if self._stream is holder.get("job"):
                self._stream = None
            req.reply("/samplernn/done", int(samples))

        holder["job"] = self._stream = req.server.jobs.start(
            req, what=f"samplernn stream ({self.model_name})", target=self._run_stream,
            args=(model, self._start_from(model), req.args["seconds"], stop, self._card), kind="thread",
            on_done=done, nice=0)

    def _run_stream(self, ctx, model, prime, seconds, stop, use_card):
        from .fast import FastGenerator

        gen = FastGenerator(model, clock=self._clock_for(model))
        rate = model.config.sample_rate
        total = int(round(seconds * rate))
        card = None
        if use_card:
            try:
                card = self.server.soundcard.output(rate)
            except RequestError as error:         # the OSC stream goes on without the card
                ctx.send("/error", "/samplernn/start", f"{error.message}; the stream goes on over OSC")
        if prime is not None:
            gen.prime(prime)
        rng = np.random.default_rng()
        sent, index, t0 = 0, 0, time.monotonic()
        try:
            while not stop.is_set() and (total == 0 or sent < total):
                n = BLOCK if total == 0 else min(BLOCK, total - sent)
                if gen.clocked and self._bpm is not None and self._bpm != gen.clock.bpm:
                    gen.set_tempo(self._bpm)
                beat = gen.beat_position()
                y = gen.generate_audio(n, temperature=self._temperature, rng=rng)
                ctx.send("/samplernn/block", index, *y.tolist())
                if gen.clocked:     # beats that begin in [first, last sample] of this block
                    bar = gen.clock.beats_per_bar
                    last = (gen.beat_position() - gen.clock.bpm / 60 / rate) % bar
                    if int(last) != int(beat) or beat % 1 < 1e-6:
                        ctx.send("/samplernn/beat", int(last) + 1)
                if card is not None:
                    try:
                        card.write(y)                # blocks while the card's buffer is full
                    except RequestError as error:    # unplugged or failing: OSC goes on alone
                        ctx.send("/error", "/samplernn/start", f"{error.message}; the stream goes on over OSC")
                        card.close()
                        card = None
                sent += n
                index += 1
                self._streamed = sent
                ahead = sent / rate - (time.monotonic() - t0)
                if ahead > LEAD_S:
                    ctx.sleep(ahead - LEAD_S)        # wakes at once on /cancel
        finally:
            if card is not None:
                card.close()
        return sent

    def stop(self, req):
        if self._stream is None or self._stream.done.is_set():     # none, or ended by /cancel
            self._stream = None
            req.reply("/samplernn/done", 0)
            return
        self._stop.set()                             # the stream replies /samplernn/done itself

    def temperature(self, req):
        self._temperature = req.args["temperature"]

    def tempo(self, req):
        model = self._need_model()
        if not model.config.clock:
            raise RequestError(f"model {self.model_name!r} has no beat clock, so it has no tempo to set "
                               f"(the shipped {DEFAULT_MODEL!r} has one)")
        self._bpm = req.args["bpm"]
        req.reply("/samplernn/tempo", float(self._bpm))

    def card(self, req):
        on = bool(req.args["on"])
        if on:
            self.server.soundcard.output(self._need_model().config.sample_rate).close()   # fails now if it cannot
        self._card = on
        req.reply("/samplernn/card", int(on))

    # -- files ---------------------------------------------------------------------------------------

    def render(self, req):
        model = self._need_model()
        path = req.server.files.write_path(req.args["path"])
        if path.suffix.lower() != ".wav":
            raise RequestError(f"path must end in .wav, got {req.args['path']!r}")
        req.server.jobs.start(req, what=f"samplernn render {path.name}", target=_render_job,
                              args=(model, self._start_from(model), path, req.args["seconds"],
                                    self._temperature_for(model, req.args["temperature"]),
                                    self._clock_for(model)),
                              kind="thread", on_done=lambda p: req.reply("/samplernn/rendered", str(p)))

    def prime(self, req):
        model = self._need_model()
        path = req.server.files.read_path(req.args["path"])
        if not path.is_file():
            raise RequestError(f"path {req.args['path']!r} is a folder; give a sound file")
        c = model.config
        try:
            x = audio.load(path, c.sample_rate)
        except Exception as error:                  # noqa: BLE001 - soundfile's errors vary by format
            raise RequestError(f"path {req.args['path']!r} is not a sound file soundfile can read ({error})") from None
        keep = int(req.args["seconds"] * c.sample_rate)
        levels = audio.encode(x[-keep:], c.quantization, c.q_levels)
        with self._lock:
            if self.model is model:
                self._prime = levels
        req.reply("/samplernn/primed", str(path), len(levels) / c.sample_rate)

    def load(self, req):
        text = req.args["model"]
        if "/" not in text and not text.endswith(".pt"):
            path = self.models_dir / f"{text}.pt"
            if not path.is_file():
                names = sorted(p.stem for p in self.models_dir.glob("*.pt"))
                raise RequestError(f"model must be one of {', '.join(names) or '(none shipped)'} or a .pt "
                                   f"file, got {text!r}")
        else:
            path = req.server.files.read_path(text, param="model")
        model = _load_checked(path)
        self._set_model(model, path.stem)
        req.reply("/samplernn/loaded", path.stem, model.config.sample_rate, len(model.config.frame_sizes) + 1)

    def train(self, req):
        folder = req.server.files.read_path(req.args["folder"], param="folder")
        if not folder.is_dir():
            raise RequestError(f"folder {req.args['folder']!r} is a file; give a folder of sound files")
        if not audio.audio_files(folder):
            raise RequestError(f"folder {req.args['folder']!r} has no sound files "
                               f"({', '.join(sorted(audio.AUDIO_SUFFIXES))})")
        shipped = None
        if req.args["init"] == "shipped":
            shipped = self.models_dir / f"{DEFAULT_MODEL}.pt"
            if not shipped.is_file():
                raise RequestError(f"init 'shipped' needs {shipped}, which is missing; use init none")
        # a fine-tune continues in its own folder, never in a from-nothing run's (other sizes)
        out = req.server.files.write_path(f"samplernn-{'tune' if shipped else 'train'}-{folder.name}")
        args = (str(folder), str(out), req.args["steps"], req.args["snapshot_every"], SIZES[req.args["size"]],
                None if shipped is None else str(shipped))

        def done(result):
            path, steps, bits = result
            self._set_model(_load_checked(path), Path(path).parent.name)
            req.reply("/samplernn/trained", path, steps, bits)

        req.server.jobs.start(req, what=f"samplernn train {folder.name}", target=_train_job, args=args,
                                    kind="process", on_done=done)


def _render_job(ctx, model, prime, path, seconds, temperature, clock):
    from .fast import FastGenerator

    gen = FastGenerator(model, clock=clock)
    if prime is not None:
        gen.prime(prime)
    rate = model.config.sample_rate
    n = int(round(seconds * rate))
    parts, done = [], 0
    while done < n:
        m = min(rate // 4, n - done)
        parts.append(gen.generate_audio(m, temperature=temperature))
        done += m
        ctx.progress(done / n, f"rendered {done / rate:.2f} of {seconds:g} s")
    write_wav(path, np.concatenate(parts), rate)
    return path


def _train_job(ctx, folder, out, steps, snapshot_every, size, init_path=None):
    """Runs in a worker process: train (from nothing, or from init_path), stream each snapshot to the
    client, return the model."""
    import torch

    from .model import SampleRNNConfig, checkpoint, from_checkpoint
    from .train import TrainConfig, load_pieces, train

    torch.set_num_threads(1)
    init = torch.load(init_path, map_location="cpu", weights_only=True) if init_path else None
    config = from_checkpoint(init).config if init else SampleRNNConfig(**size)
    pieces, clocks = load_pieces(folder, config)
    total = sum(len(x) for x in pieces)
    cut = max(total - max(total // 10, config.sample_rate), total // 2)
    train_pieces, valid_pieces, train_clocks, valid_clocks = split_at(pieces, clocks, cut, config.sample_rate)
    batch = int(max(1, min(16, (cut - 2048) // 4096)))
    seq_len = 1024 if cut > batch * 4096 else 256
    held_out = sum(len(x) for x in valid_pieces)
    tc = TrainConfig(steps=steps, batch=batch, seq_len=seq_len, valid_every=max(1, min(250, steps)),
                     save_every=max(1, min(100, steps)), snapshot_every=snapshot_every,
                     valid_samples=min(held_out - 2048, 160000), snapshot_seconds=1.0,
                     lr=TrainConfig().lr / 3 if init else TrainConfig().lr)   # gentler: keep what it knows
    ctx.progress(0.0, f"{'fine-tuning' if init else 'training'} on {total / config.sample_rate:.0f} s of audio")
    streamer = _SnapshotStreamer(ctx, config.sample_rate)
    ck = train(train_pieces, valid_pieces, out, config, tc, init_from=init, progress=ctx.progress,
               snapshot=streamer.play, log=lambda s: None,
               train_clocks=train_clocks if config.clock else None,
               valid_clocks=valid_clocks if config.clock else None)
    streamer.finish()
    model_path = str(Path(out) / "model.pt")
    save_checkpoint(checkpoint(from_checkpoint(ck), train=ck["train"], step=ck["step"], history=ck["history"]),
                    model_path)
    bits = ck["history"][-1][2] if ck["history"] else float("nan")
    return model_path, int(ck["step"]), float(bits)


def split_at(pieces, clocks, cut, rate):
    """Cut the pieces, laid end to end, at sample `cut`: (train pieces, held-out pieces, their clocks).
    The piece the cut falls in is split in two, its clock shifted so the beats stay where they were."""
    train, valid, train_clocks, valid_clocks = [], [], [], []
    start = 0
    for x, clk in zip(pieces, clocks):
        here = min(max(cut - start, 0), len(x))            # samples of this piece before the cut
        if here:
            train.append(x[:here])
            train_clocks.append(clk)
        if here < len(x):
            valid.append(x[here:])
            valid_clocks.append(None if clk is None else
                                clock.Clock(clk.bpm, clk.beats_per_bar, clk.first_beat_s - here / rate))
        start += len(x)
    return train, valid, train_clocks, valid_clocks


class _SnapshotStreamer:
    """Sends each snapshot as /samplernn/snapshot then its audio as paced /samplernn/block messages,
    from a thread, so training goes on while the performer listens."""

    def __init__(self, ctx, rate):
        self.ctx, self.rate = ctx, rate
        self.thread = None

    def play(self, path, y, rate):
        self.finish()                               # one snapshot at a time
        step = int(Path(path).stem.split("-")[-1])
        self.ctx.send("/samplernn/snapshot", step, str(path))
        self.thread = threading.Thread(target=self._send_blocks, args=(y,), daemon=True)
        self.thread.start()

    def _send_blocks(self, y):
        t0 = time.monotonic()
        for index, start in enumerate(range(0, len(y), BLOCK)):
            self.ctx.send("/samplernn/block", index, *y[start: start + BLOCK].tolist())
            ahead = (start + BLOCK) / self.rate - (time.monotonic() - t0)
            if ahead > LEAD_S:
                time.sleep(ahead - LEAD_S)

    def finish(self):
        if self.thread is not None:
            self.thread.join()
