"""The note-RNN over OSC: validate, call the core, format replies (no model code here).

    /rnn/continue <n> <temperature> [pitch beats]...  ->  /rnn/notes [pitch beats]...
    /rnn/note <pitch> <beats>     the live history (/rnn/continue with no primer continues it)
    /rnn/clear                    empties the history
    /rnn/seed <seed>              the next generations repeat for the same seed
    /rnn/load <model>             -> /rnn/loaded <name>
    /rnn/save <path.mid>          -> /rnn/saved <path>   (the last continuation, as a MIDI file)
    /rnn/train <folder> [minutes] [init]  -> /rnn/progress ..., /rnn/trained <path> <valid_bits>
    /rnn/learn [steps]            -> /rnn/learned <notes> <bits_before> <bits_after>  (tonight's playing)
    /rnn/forget                   -> /rnn/forgot <model>  (back to the model as loaded)

The LSTM state after the live history is kept between requests, so a continuation of a long
history costs only the notes that arrived since the last one.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from pathlib import Path

import numpy as np

from oscserver.errors import RequestError
from oscserver.noternn import data
from oscserver.noternn.model import load
from oscserver.server.files import atomic_write
from oscserver.server.oscmsg import max_numbers
from oscserver.server.params import Float, Int, Str
from oscserver.server.table import Address

log = logging.getLogger("oscserver.rnn")

DEFAULT_MODEL = "folk"
MAX_NOTES = 512        # per /rnn/continue; 512 (pitch, beats) pairs are 5136 bytes: one datagram
MAX_PRIMER = 1024      # pairs in one /rnn/continue
MAX_HISTORY = 256      # live notes kept (the model was trained on melodies of up to 256 notes)
MIN_LEARN_NOTES = 16  # /rnn/learn needs a phrase or two to learn from
NOTES_PER_DATAGRAM = max_numbers("/rnn/notes") // 2  # 817: more than MAX_NOTES, so one reply
assert NOTES_PER_DATAGRAM >= MAX_NOTES, "raising MAX_NOTES needs chunked /rnn/notes replies"

PITCH = Int("pitch", "MIDI pitch, -1 = rest", min=-1, max=127)
BEATS = Float("beats", "duration in beats, quarter note = 1 (snapped to the nearest of 21 values)",
              min=1 / 64, max=16)


class NoteRNNInstrument:
    name = "rnn"

    def __init__(self, server):
        self.server = server
        self.models_dir = Path(getattr(getattr(server, "config", None), "models", "models")) / "noternn"
        self._lock = threading.Lock()           # the model, its stepper, the history state cache
        # inline handlers (/rnn/note, /rnn/clear, /rnn/seed) take only these, held for microseconds,
        # so the receiving thread never waits for a generation
        self._history_lock = threading.Lock()
        self._seed_lock = threading.Lock()
        self._history: list[tuple[int, int]] = []
        self._history_version = 0               # bumped when notes are dropped (cache invalid)
        self._cache = None                      # (version, notes read, (hidden, state))
        self._seeds = None                      # np.random.Generator after /rnn/seed, else None
        self._last: list[tuple[int, float]] = []
        self.model = self.stepper = None
        self.model_name, self.model_info = "", ""
        self._as_loaded = None                  # (model, stepper) before /rnn/learn, for /rnn/forget
        self._learned_notes = 0                 # live notes the model has adapted to (0 = as loaded)
        try:
            self._load(self.models_dir / f"{DEFAULT_MODEL}.pt", DEFAULT_MODEL)
        except (OSError, ValueError, RequestError) as exc:
            log.warning("note-RNN: no default model (%s); send /rnn/load", exc)

    def addresses(self) -> list[Address]:
        return [
            Address("/rnn/continue", self.continue_,
                    args=[Int("n", "how many notes to generate", min=1, max=MAX_NOTES),
                          Float("temperature", "0 = the most likely notes, 1 = as trained, more = wilder",
                                min=0, max=5)],
                    repeat=[PITCH, BEATS], repeat_max=MAX_PRIMER,
                    reply="/rnn/notes [<pitch:i> <beats:f>]...",
                    help="continue a melody by n notes; with no (pitch beats) pairs it continues the "
                         "notes sent with /rnn/note",
                    run="thread"),
            Address("/rnn/note", self.note, args=[PITCH, BEATS],
                    help=f"add a note to the live history (the last {MAX_HISTORY} are kept)"),
            Address("/rnn/clear", self.clear, help="empty the live history"),
            Address("/rnn/seed", self.seed, args=[Int("seed", "any whole number", min=0, max=2**31 - 1)],
                    help="make the next generations repeatable: the same seed gives the same notes"),
            Address("/rnn/load", self.load_model,
                    args=[Str("model", "a name in models/noternn (e.g. folk) or a .pt file in the "
                                       "allowed folders")],
                    reply="/rnn/loaded <name:s>", help="load another note-RNN checkpoint", run="thread"),
            Address("/rnn/save", self.save,
                    args=[Str("path", "a .mid file name, written in the output folder")],
                    reply="/rnn/saved <path:s>", help="write the last continuation as a MIDI file",
                    run="thread"),
            Address("/rnn/train", self.train,
                    args=[Str("folder", "a folder of MIDI files the server may read (20-200 tunes train "
                                        "in a few minutes)"),
                          Float("minutes", "training time at most; it stops sooner when the held-out "
                                           "tunes stop improving", default=3.0, min=0.1, max=24 * 60),
                          Str("init", "shipped: fine-tune the shipped folk model (keeps what it knows); "
                                      "none: start from nothing", default="shipped", choices=("shipped", "none"))],
                    reply="/rnn/progress <fraction:f> <text:s>..., then /rnn/trained <path:s> <valid_bits:f>",
                    help="train a note-RNN on your tunes (a background job), then load it; /cancel stops "
                         "it and loads the best model so far",
                    run="thread"),  # listing a big folder takes a while
            Address("/rnn/learn", self.learn,
                    args=[Int("steps", "gradient steps on the live history", default=30, min=1, max=500)],
                    reply="/rnn/learned <notes:i> <bits_before:f> <bits_after:f>",
                    help="adapt the model to the notes sent with /rnn/note tonight (in the background; "
                         "continuations go on meanwhile); bits/note on those notes before and after"),
            Address("/rnn/forget", self.forget, reply="/rnn/forgot <model:s>",
                    help="undo /rnn/learn: back to the model as it was loaded"),
        ]

    def status(self) -> str:
        with self._history_lock:
            n = len(self._history)
        model = f"model {self.model_name} ({self.model_info})" if self.model else "no model loaded"
        learned = f", adapted to {self._learned_notes} live notes (/rnn/forget undoes it)" if self._learned_notes else ""
        return f"{model}{learned}, history {n} note{'s' if n != 1 else ''}"

    def close(self) -> None:
        pass

    # ------------------------------------------------------------------------------------ handlers

    def continue_(self, req) -> None:
        n, temperature = req.args["n"], req.args["temperature"]
        primer = data.encode(req.repeat) if req.repeat else None
        with self._lock:
            if self.stepper is None:
                raise RequestError("no note-RNN model is loaded: send /rnn/load folk")
            with self._seed_lock:
                seed = None if self._seeds is None else int(self._seeds.integers(2**63))
            if primer is None:
                start = self._after_history()
                tokens = self.stepper.generate(None, n, temperature=temperature, seed=seed, start=start)
            else:
                tokens = self.stepper.generate(primer, n, temperature=temperature, seed=seed)
            notes = data.decode(tokens)
            self._last = notes
        req.reply("/rnn/notes", *[v for note in notes for v in note])

    def note(self, req) -> None:
        token = (req.args["pitch"] + 1, data.duration_index(req.args["beats"]))
        with self._history_lock:
            self._history.append(token)
            if len(self._history) > MAX_HISTORY:
                del self._history[: len(self._history) - MAX_HISTORY]
                self._history_version += 1

    def clear(self, req) -> None:
        with self._history_lock:
            self._history.clear()
            self._history_version += 1

    def seed(self, req) -> None:
        with self._seed_lock:
            self._seeds = np.random.default_rng(req.args["seed"])

    def load_model(self, req) -> None:
        text = req.args["model"]
        path = self._model_path(text, req.server)
        with self._lock:
            self._load(path, path.stem if path.parent == self.models_dir else str(path))
        req.reply("/rnn/loaded", self.model_name)

    def save(self, req) -> None:
        text = req.args["path"]
        if Path(text).suffix.lower() not in (".mid", ".midi"):
            raise RequestError(f"path must end in .mid, got {text!r}")
        path = req.server.files.write_path(text, param="path")
        with self._lock:
            notes = list(self._last)
        if not notes:
            raise RequestError("nothing to save yet: ask for a continuation with /rnn/continue first")
        if all(p == data.REST for p, _ in notes):
            raise RequestError("the last continuation is only rests: a MIDI file would be empty")
        with atomic_write(path) as tmp:
            data.write_midi(notes, tmp)
        req.reply("/rnn/saved", str(path))

    def train(self, req) -> None:
        folder = req.server.files.read_path(req.args["folder"], param="folder")
        if not folder.is_dir():
            raise RequestError(f"folder {req.args['folder']!r} is a file; give a folder of MIDI files")
        if not any(p.suffix.lower() in data.MIDI_SUFFIXES for p in folder.rglob("*")):
            raise RequestError(f"folder {req.args['folder']!r} has no MIDI files (.mid, .midi)")
        init = str(self.models_dir / f"{DEFAULT_MODEL}.pt") if req.args["init"] == "shipped" else None
        if init and not Path(init).is_file():
            raise RequestError(f"init shipped: the shipped model {init} is missing; send init none")
        out = next(path for k in itertools.count(1)
                   if not (path := req.server.files.write_path(f"rnn-train-{folder.name}-{k}")).exists())
        model_path = out / "model.pt"

        def load_trained(path: Path) -> float:
            with self._lock:
                self._load(path, str(path))
            return load_bits(path)

        def done(result):
            load_trained(Path(result[0]))
            req.reply("/rnn/trained", result[0], result[1])

        def cancelled():
            if model_path.is_file():                 # the best epoch so far
                bits = load_trained(model_path)
                req.reply("/rnn/trained", str(model_path), bits)

        req.server.jobs.start(req, what=f"rnn train {folder.name}", target=_train_job,
                              args=(str(folder), str(model_path), init, req.args["minutes"]),
                              kind="process", on_done=done, on_cancel=cancelled)

    def learn(self, req) -> None:
        with self._history_lock:
            history = list(self._history)
        if len(history) < MIN_LEARN_NOTES:
            raise RequestError(f"the live history holds {len(history)} notes; /rnn/learn needs at least "
                               f"{MIN_LEARN_NOTES}: send them with /rnn/note")
        with self._lock:
            if self.model is None:
                raise RequestError("no note-RNN model is loaded: send /rnn/load folk")
            model = self.model
        steps = req.args["steps"]
        tokens = np.array(history, dtype=np.int64)                      # (T, 2)

        def run(ctx):
            from oscserver.noternn.train import adapt, evaluate

            before = evaluate(model, [tokens])
            adapted = adapt(model, tokens, steps=steps, lr=LEARN_RATE, should_stop=lambda: ctx.cancelled)
            ctx.check()
            return adapted, adapted.stepper(), before, evaluate(adapted, [tokens])

        def done(result):
            adapted, stepper, before, after = result
            with self._lock:
                if self.model is not model:          # another model was loaded meanwhile
                    raise RequestError("the model changed while learning; send /rnn/learn again")
                if self._as_loaded is None:
                    self._as_loaded = (self.model, self.stepper)
                self.model, self.stepper, self._cache = adapted, stepper, None
                self._learned_notes += len(history)
            req.reply("/rnn/learned", len(history), float(before), float(after))

        req.server.jobs.start(req, what=f"rnn learn {len(history)} notes", target=run, on_done=done)

    def forget(self, req) -> None:
        with self._lock:
            if self._as_loaded is not None:
                (self.model, self.stepper), self._as_loaded = self._as_loaded, None
                self._cache, self._learned_notes = None, 0
            name = self.model_name
        req.reply("/rnn/forgot", name)

    # ------------------------------------------------------------------------------------- helpers

    def _after_history(self):
        """(hidden, state) after the live history, reusing the state kept from the last request."""
        with self._history_lock:
            history, version = list(self._history), self._history_version
        if not history:
            raise RequestError("nothing to continue: send notes with /rnn/note first, or put "
                               "(pitch beats) pairs after n and temperature")
        if self._cache and self._cache[0] == version and self._cache[1] <= len(history):
            read, (h, state) = self._cache[1], self._cache[2]
        else:
            read, (h, state) = 0, self.stepper.step(self.stepper.start_token, self.stepper.initial_state())
        for token in history[read:]:
            h, state = self.stepper.step(token, state)
        self._cache = (version, len(history), (h, state))
        return h, state

    def _model_path(self, text: str, server) -> Path:
        named = [self.models_dir / text, self.models_dir / f"{text}.pt"]
        if "/" not in text and "\\" not in text:
            for path in named:
                if path.is_file():
                    return path
        known = sorted(p.stem for p in self.models_dir.glob("*.pt")) if self.models_dir.is_dir() else []
        if text.endswith(".pt"):
            return server.files.read_path(text, param="model")
        raise RequestError(f"model must be one of {', '.join(known) or '(none shipped)'} or a .pt file "
                           f"in the allowed folders, got {text!r}")

    def _load(self, path: Path, name: str) -> None:
        """Load and try a checkpoint before it replaces the current one (a broken file fails here)."""
        try:
            model, ckpt = load(path)
            stepper = model.stepper()
            trial = stepper.generate(data.encode([(60, 1.0), (62, 1.0)]), 4, temperature=1.0, seed=0)
        except Exception as exc:  # torch raises many kinds for a file that is not a checkpoint
            raise RequestError(f"model {name!r} could not be loaded: {exc}") from None
        if trial.shape != (4, 2):
            raise RequestError(f"model {name!r} does not generate notes")
        params = sum(v.numel() for v in ckpt["state_dict"].values())
        bits = ckpt.get("valid_bits")
        self.model, self.stepper, self.model_name = model, stepper, name
        self._as_loaded, self._learned_notes = None, 0
        self.model_info = f"{params / 1e6:.2f}M parameters" + (f", {bits:.2f} bits/note on validation"
                                                              if bits is not None else "")
        self._cache = None
        log.info("note-RNN: loaded %s (%s)", name, self.model_info)


LEARN_RATE = 1e-3  # /rnn/learn follows tonight's tune closely (see the model card); /rnn/forget undoes it


def load_bits(path) -> float:
    import torch

    return float(torch.load(path, map_location="cpu", weights_only=True).get("valid_bits", float("nan")))


def _train_job(ctx, folder, model_path, init_path, minutes):
    """Runs in a worker process: train on a folder of MIDI files, report each epoch, return the model."""
    import torch

    from oscserver.noternn.train import train_on_folder

    torch.set_num_threads(1)
    t0 = time.monotonic()

    def fraction() -> float:
        return min(0.99, (time.monotonic() - t0) / (60 * minutes))

    ctx.progress(0.0, f"reading {Path(folder).name}")
    try:
        ckpt = train_on_folder(folder, Path(model_path), init=init_path, minutes=minutes,
                               progress=lambda f, text: ctx.progress(fraction(), text),
                               log=lambda line: ctx.send("/rnn/progress", fraction(), line),
                               should_stop=lambda: ctx.cancelled)
    except ValueError as error:
        raise RequestError(str(error)) from None
    except KeyboardInterrupt:                        # /cancel: the best epoch so far stays on disk
        ctx.check()
        raise
    ctx.progress(1.0, f"done: {ckpt['valid_bits']:.3f} bits/note on held-out tunes")
    return model_path, float(ckpt["valid_bits"])
