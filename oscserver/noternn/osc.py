"""The note-RNN over OSC: validate, call the core, format replies (no model code here).

    /rnn/continue <n> <temperature> [pitch beats]...  ->  /rnn/notes [pitch beats]...
    /rnn/note <pitch> <beats>     the live history (/rnn/continue with no primer continues it)
    /rnn/clear                    empties the history
    /rnn/seed <seed>              the next generations repeat for the same seed
    /rnn/load <model>             -> /rnn/loaded <name>
    /rnn/save [path.mid]          -> /rnn/saved <path>...   (the last continuation, or one file per variation)
    /rnn/variations <count> <n> <temperature> [pitch beats]...  -> /rnn/variation <k> [pitch beats]... for
                                  k = 0..count-1 (one batch), then /rnn/variations <count>
    /rnn/bars <bars> <beats_per_bar> <temperature> [pitch beats]...  -> /rnn/notes (exactly that long)
    /rnn/continue/file <path.mid> <n> <temperature>  -> /rnn/notes ..., /rnn/saved <name-continued.mid>
    /rnn/range, /rnn/scale, /rnn/density, /rnn/temperature   steering that holds until changed (steer.py)
    /rnn/respond <on> [pause_ms] [n]   call and response: after the notes sent with /rnn/note pause,
                                  the server answers by itself with /rnn/notes
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
from oscserver.noternn.model import DURATION_TICKS, load
from oscserver.noternn.steer import SCALE_CHOICES, Steering, fill_bars
from oscserver.server.files import atomic_write
from oscserver.server.oscmsg import MAX_DATAGRAM, max_numbers, message_size
from oscserver.server.params import Float, Int, Str
from oscserver.server.table import Address

log = logging.getLogger("oscserver.rnn")

DEFAULT_MODEL = "folk"
MAX_NOTES = 512        # per /rnn/continue; 512 (pitch, beats) pairs are 5136 bytes: one datagram
MAX_PRIMER = 1024      # pairs in one /rnn/continue
MAX_HISTORY = 256      # live notes kept (the model was trained on melodies of up to 256 notes)
MIN_LEARN_NOTES = 16  # /rnn/learn needs a phrase or two to learn from
MAX_VARIATIONS = 16    # rows in one /rnn/variations batch
MAX_BAR_BEATS = MAX_NOTES / 8  # 64: even all eighth notes fit one /rnn/notes reply
RESPOND_TEMPERATURE = 1.0  # /rnn/respond answers at this temperature (times the /rnn/temperature factors)
WEIGHTS = "int8"       # recurrent weights of the generator: +0.0001 bits/note, 2-4x faster (model card)
NOTES_PER_DATAGRAM = max_numbers("/rnn/notes") // 2  # 817: more than MAX_NOTES, so one reply
assert NOTES_PER_DATAGRAM >= MAX_NOTES, "raising MAX_NOTES needs chunked /rnn/notes replies"

PITCH = Int("pitch", "MIDI pitch, -1 = rest", min=-1, max=127)
BEATS = Float("beats", "duration in beats, quarter note = 1 (snapped to the nearest of 21 values)",
              min=1 / 64, max=16)
TEMPERATURE = Float("temperature", "0 = the most likely notes, 1 = as trained, more = wilder; it multiplies "
                                   "the pitch and rhythm factors of /rnn/temperature", min=0, max=5)


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
        self._last: list[list[tuple[int, float]]] = []   # the last continuation, or the variations
        self.steering = Steering()              # replaced whole by the steering handlers
        # call and response: settings (client, pause s, n) or None; the time of the last unanswered
        # /rnn/note (None: nothing to answer); the timer thread and its stop event
        self._respond_cond = threading.Condition()
        self._respond = None
        self._respond_pending = None
        self._respond_thread, self._respond_stop = None, threading.Event()
        self.model = self.stepper = None
        self.model_name, self.model_info = "", ""
        self._as_loaded = None                  # (model, stepper) before /rnn/learn, for /rnn/forget
        self._forgets = 0                       # /rnn/forget count: a learn started before one is dropped
        self._learned_notes = 0                 # live notes the model has adapted to (0 = as loaded)
        try:
            self._load(self.models_dir / f"{DEFAULT_MODEL}.pt", DEFAULT_MODEL)
        except (OSError, ValueError, RequestError) as exc:
            log.warning("note-RNN: no default model (%s); send /rnn/load", exc)

    def addresses(self) -> list[Address]:
        return [
            Address("/rnn/continue", self.continue_,
                    args=[Int("n", "how many notes to generate", min=1, max=MAX_NOTES), TEMPERATURE],
                    repeat=[PITCH, BEATS], repeat_max=MAX_PRIMER,
                    reply="/rnn/notes [<pitch:i> <beats:f>]...",
                    help="continue a melody by n notes; with no (pitch beats) pairs it continues the "
                         "notes sent with /rnn/note. The steering (/rnn/range, /rnn/scale, /rnn/density, "
                         "/rnn/temperature) applies: pitch temperature = temperature x the pitch factor, "
                         "rhythm temperature = temperature x the rhythm factor",
                    run="thread"),
            Address("/rnn/variations", self.variations,
                    args=[Int("count", "how many variations", min=1, max=MAX_VARIATIONS),
                          Int("n", "notes in each", min=1, max=MAX_NOTES), TEMPERATURE],
                    repeat=[PITCH, BEATS], repeat_max=MAX_PRIMER,
                    reply="/rnn/variation <k:i> [<pitch:i> <beats:f>]... for k = 0..count-1, then "
                          "/rnn/variations <count:i>",
                    help="count different continuations of the same melody, generated together in one "
                         "batch (eight cost little more than one); with no pairs they continue the notes "
                         "sent with /rnn/note; /rnn/save writes one MIDI file per variation",
                    run="thread"),
            Address("/rnn/bars", self.bars,
                    args=[Int("bars", "how many bars", min=1, max=64),
                          Float("beats_per_bar", "beats in a bar, quarter note = 1 (3 = 3/4, 3.0 for 6/8 "
                                                 "counted in quarters)", min=0.5, max=16), TEMPERATURE],
                    repeat=[PITCH, BEATS], repeat_max=MAX_PRIMER,
                    reply="/rnn/notes [<pitch:i> <beats:f>]...",
                    help=f"continue a melody until bars x beats_per_bar beats are filled exactly (at most "
                         f"{MAX_BAR_BEATS:g} beats): only durations that fit are chosen while one does, the "
                         f"last note is shortened if needed; with no pairs it continues /rnn/note's notes",
                    run="thread"),
            Address("/rnn/continue/file", self.continue_file,
                    args=[Str("path", "a .mid file in the folders the server may read"),
                          Int("n", "how many notes to add", min=1, max=MAX_NOTES), TEMPERATURE],
                    reply="/rnn/notes [<pitch:i> <beats:f>]..., then /rnn/saved <path:s>",
                    help="continue the melody of a MIDI file (its fullest track, top note at each onset) and "
                         "write <name>-continued.mid (the melody, then the continuation, at the file's "
                         "tempo) in the output folder",
                    run="thread"),
            Address("/rnn/range", self.range_,
                    args=[Int("low", "lowest MIDI pitch allowed", min=0, max=127),
                          Int("high", "highest MIDI pitch allowed (0 127 = no limit)", min=0, max=127)],
                    help="from now on, generate only pitches low..high (rests stay allowed)"),
            Address("/rnn/scale", self.scale,
                    args=[Int("root", "the scale's root: a pitch class 0..11 (0 = C) or any MIDI note "
                                      "(60 = C)", min=0, max=127),
                          Str("mode", "the scale; off = every pitch", choices=SCALE_CHOICES)],
                    help="from now on, generate only the notes of this scale (rests stay allowed); "
                         "/rnn/scale 0 off lifts it"),
            Address("/rnn/density", self.density,
                    args=[Float("density", "0 = as trained; 1 = shorter notes (each duration's chance "
                                           "times beats^-3: an eighth 8x likelier against a quarter); "
                                           "-1 = longer notes (the reverse)", min=-1, max=1)],
                    help="from now on, shift the rhythm towards shorter (density > 0) or longer (< 0) notes"),
            Address("/rnn/temperature", self.temperature,
                    args=[Float("pitch", "factor on the request's temperature for choosing pitches "
                                         "(1 = as given, 0 = always the most likely)", min=0, max=5),
                          Float("rhythm", "factor on the request's temperature for choosing durations",
                                min=0, max=5)],
                    help="from now on, pitch temperature = request temperature x pitch and rhythm "
                         "temperature = request temperature x rhythm (1 1 = as given)"),
            Address("/rnn/respond", self.respond,
                    args=[Int("on", "1 = answer my phrases, 0 = stop", min=0, max=1),
                          Int("pause_ms", "how long after the last /rnn/note to answer", default=800,
                              min=50, max=10000),
                          Int("n", "notes in each answer", default=8, min=1, max=MAX_NOTES)],
                    reply="/rnn/notes [<pitch:i> <beats:f>]... after each phrase",
                    help=f"call and response: when notes sent with /rnn/note stop for pause_ms, the server "
                         f"answers the client that turned this on with a continuation of n notes (at "
                         f"temperature {RESPOND_TEMPERATURE:g}, steered)"),
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
                    args=[Str("path", "a .mid file name, written in the output folder (variations: "
                                      "NAME-0.mid, NAME-1.mid...)", default="rnn.mid")],
                    reply="/rnn/saved <path:s>...",
                    help="write the last continuation as a MIDI file, or the last variations as one file "
                         "each; replies with the paths",
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
        respond = self._respond
        answering = (f", responding after {respond[1] * 1000:.0f} ms with {respond[2]} notes"
                     if respond else "")
        return (f"{model}{learned}, history {n} note{'s' if n != 1 else ''}, "
                f"{self.steering.describe()}{answering}")

    def close(self) -> None:
        thread = self._stop_responding()
        if thread is not None:
            thread.join(timeout=5)

    # ------------------------------------------------------------------------------------ handlers

    def continue_(self, req) -> None:
        primer = data.encode(req.repeat) if req.repeat else None
        tokens = self._generate(primer, req.args["n"], req.args["temperature"])
        notes = data.decode(tokens)
        self._last = [notes]
        req.reply("/rnn/notes", *_flat(notes))

    def variations(self, req) -> None:
        count = req.args["count"]
        primer = data.encode(req.repeat) if req.repeat else None
        rows = self._generate(primer, req.args["n"], req.args["temperature"], rows=count)
        melodies = [data.decode(tokens) for tokens in rows]
        self._last = melodies
        for k, notes in enumerate(melodies):
            req.reply("/rnn/variation", k, *_flat(notes))
        req.reply("/rnn/variations", count)

    def bars(self, req) -> None:
        bars, per_bar = req.args["bars"], req.args["beats_per_bar"]
        total = bars * per_bar
        if total > MAX_BAR_BEATS:
            raise RequestError(f"bars x beats_per_bar must be at most {MAX_BAR_BEATS:g} beats, got "
                               f"{bars} x {per_bar:g} = {total:g}")
        primer = data.encode(req.repeat) if req.repeat else None
        tokens = self._generate(primer, MAX_NOTES, req.args["temperature"], beats=total)
        notes = fill_bars(data.decode(tokens), total)
        self._last = [notes]
        req.reply("/rnn/notes", *_flat(notes))

    def continue_file(self, req) -> None:
        text = req.args["path"]
        if Path(text).suffix.lower() not in data.MIDI_SUFFIXES:
            raise RequestError(f"path must end in .mid or .midi, got {text!r}")
        path = req.server.files.read_path(text, param="path")
        try:
            melody = data.read_midi(path)
            bpm = data.read_midi_bpm(path)
        except ValueError as error:
            raise RequestError(f"path {text!r}: {error}") from None
        out = req.server.files.write_path(f"{path.stem}-continued.mid", param="path")
        tokens = data.encode(melody)
        # only the last MAX_PRIMER notes are read; the onset phase still counts from the first one
        skipped = tokens[:-MAX_PRIMER] if len(tokens) > MAX_PRIMER else tokens[:0]
        onset = sum(DURATION_TICKS[d] for d in skipped[:, 1])
        notes = data.decode(self._generate(tokens[len(skipped):], req.args["n"], req.args["temperature"],
                                           onset=onset))
        with atomic_write(out) as tmp:
            data.write_midi(melody + notes, tmp, bpm=bpm)
        self._last = [notes]
        req.reply("/rnn/notes", *_flat(notes))
        req.reply("/rnn/saved", str(out))

    def range_(self, req) -> None:
        low, high = req.args["low"], req.args["high"]
        if high < low:
            raise RequestError(f"high must be at least low ({low}), got {high}")
        self.steering = self.steering.with_(low=low, high=high)

    def scale(self, req) -> None:
        self.steering = self.steering.with_(root=req.args["root"] % 12, scale=req.args["mode"])

    def density(self, req) -> None:
        self.steering = self.steering.with_(density=req.args["density"])

    def temperature(self, req) -> None:
        self.steering = self.steering.with_(pitch_temperature=req.args["pitch"],
                                            rhythm_temperature=req.args["rhythm"])

    def respond(self, req) -> None:
        if not req.args["on"]:
            self._stop_responding()
            return
        with self._respond_cond:
            self._respond = (req.client, req.args["pause_ms"] / 1000, req.args["n"])
            self._respond_pending = None        # answer the phrases that start from now
            if self._respond_thread is None or self._respond_stop.is_set():
                self._respond_stop = threading.Event()
                self._respond_thread = threading.Thread(target=self._respond_loop, args=(self._respond_stop,),
                                                        name="rnn-respond", daemon=True)
                self._respond_thread.start()
            self._respond_cond.notify_all()

    def note(self, req) -> None:
        token = (req.args["pitch"] + 1, data.duration_index(req.args["beats"]))
        with self._history_lock:
            self._history.append(token)
            if len(self._history) > MAX_HISTORY:
                del self._history[: len(self._history) - MAX_HISTORY]
                self._history_version += 1
        if self._respond is not None:
            with self._respond_cond:
                self._respond_pending = time.monotonic()
                self._respond_cond.notify_all()

    def clear(self, req) -> None:
        with self._history_lock:
            self._history.clear()
            self._history_version += 1
        with self._respond_cond:
            self._respond_pending = None

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
        if Path(text).suffix.lower() not in data.MIDI_SUFFIXES:
            raise RequestError(f"path must end in .mid, got {text!r}")
        path = req.server.files.write_path(text, param="path")
        melodies = list(self._last)
        if not melodies:
            raise RequestError("nothing to save yet: ask for a continuation with /rnn/continue first")
        if all(p == data.REST for notes in melodies for p, _ in notes):
            raise RequestError("the last continuation is only rests: a MIDI file would be empty")
        paths = ([path] if len(melodies) == 1 else
                 [req.server.files.write_path(f"{Path(text).stem}-{k}{path.suffix}", param="path")
                  for k in range(len(melodies))])
        for target, notes in zip(paths, melodies):
            with atomic_write(target) as tmp:
                data.write_midi(notes, tmp)
        batch: list[str] = []                   # as many paths per reply as fit one datagram
        for text in map(str, paths):
            if batch and message_size("/rnn/saved", [*batch, text]) > MAX_DATAGRAM:
                req.reply("/rnn/saved", *batch)
                batch = []
            batch.append(text)
        req.reply("/rnn/saved", *batch)

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
            model, forgets = self.model, self._forgets
        steps = req.args["steps"]
        tokens = np.array(history, dtype=np.int64)                      # (T, 2)

        def run(ctx):
            from oscserver.noternn.train import adapt, evaluate

            before = evaluate(model, [tokens])
            adapted = adapt(model, tokens, steps=steps, lr=LEARN_RATE, should_stop=lambda: ctx.cancelled)
            ctx.check()
            return adapted, adapted.stepper(WEIGHTS), before, evaluate(adapted, [tokens])

        def done(result):
            adapted, stepper, before, after = result
            with self._lock:
                if self.model is not model:          # another model was loaded meanwhile
                    raise RequestError("the model changed while learning; send /rnn/learn again")
                if self._forgets != forgets:         # the performer asked for the model as loaded
                    raise RequestError("/rnn/forget came while learning, so what was learned is dropped; "
                                       "send /rnn/learn again")
                if self._as_loaded is None:
                    self._as_loaded = (self.model, self.stepper)
                self.model, self.stepper, self._cache = adapted, stepper, None
                self._learned_notes += len(history)
            req.reply("/rnn/learned", len(history), float(before), float(after))

        req.server.jobs.start(req, what=f"rnn learn {len(history)} notes", target=run, on_done=done)

    def forget(self, req) -> None:
        with self._lock:
            self._forgets += 1
            if self._as_loaded is not None:
                (self.model, self.stepper), self._as_loaded = self._as_loaded, None
                self._cache, self._learned_notes = None, 0
            name = self.model_name
        req.reply("/rnn/forgot", name)

    # ------------------------------------------------------------------------------------- helpers

    def _generate(self, primer, n, temperature, *, rows=None, beats=None, onset=0):
        """Tokens continuing primer ((T, 2) tokens; None = the live history), steered; see
        Stepper.generate for rows= and beats=."""
        steering = self.steering
        why = steering.why_nothing_allowed()
        if why:
            raise RequestError(why)
        t_pitch, t_rhythm = steering.temperatures(temperature)
        with self._lock:
            if self.stepper is None:
                raise RequestError("no note-RNN model is loaded: send /rnn/load folk")
            with self._seed_lock:
                seed = None if self._seeds is None else int(self._seeds.integers(2**63))
            start = self._after_history() if primer is None else self.stepper.read(primer, onset=onset)
            return self.stepper.generate(None, n, temperature=t_pitch, rhythm_temperature=t_rhythm,
                                         seed=seed, start=start, rows=rows, beats=beats,
                                         pitch_allowed=steering.pitch_allowed(),
                                         dur_bias=steering.duration_bias())

    def _after_history(self):
        """The LSTM state after the live history, reusing the state kept from the last request."""
        with self._history_lock:
            history, version = list(self._history), self._history_version
        if not history:
            raise RequestError("nothing to continue: send notes with /rnn/note first, or put "
                               "(pitch beats) pairs after the other arguments")
        if self._cache and self._cache[0] == version and self._cache[1] <= len(history):
            read, state = self._cache[1], self._cache[2]
        else:
            read, state = 0, self.stepper.read(None)
        if read < len(history):
            state = self.stepper.advance(state, history[read:])
        self._cache = (version, len(history), state)
        return state

    def _stop_responding(self):
        """Turn call and response off; returns the timer thread (ending) or None."""
        with self._respond_cond:
            self._respond, self._respond_pending = None, None
            self._respond_stop.set()
            thread, self._respond_thread = self._respond_thread, None
            self._respond_cond.notify_all()
        return thread

    def _respond_loop(self, stop: threading.Event) -> None:
        """The timer thread: waits (never on the receiving thread) until the performer's notes have
        paused for the chosen time, then answers with a continuation of the live history."""
        while True:
            with self._respond_cond:
                while True:
                    if stop.is_set():
                        return
                    settings, pending = self._respond, self._respond_pending
                    if settings is None or pending is None:
                        self._respond_cond.wait()
                        continue
                    wait = pending + settings[1] - time.monotonic()
                    if wait <= 0:
                        self._respond_pending = None
                        break
                    self._respond_cond.wait(wait)
            client, _, n = settings
            try:
                notes = data.decode(self._generate(None, n, RESPOND_TEMPERATURE))
                self._last = [notes]
                self.server.send(client, "/rnn/notes", _flat(notes))
            except RequestError as error:
                self.server.send(client, "/error", ("/rnn/respond", error.message))
            except Exception as error:  # noqa: BLE001 - the timer must outlive one bad answer
                log.exception("note-RNN: answering a phrase failed")
                self.server.send(client, "/error", ("/rnn/respond", f"internal error: {error}"))

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
            stepper = model.stepper(WEIGHTS)
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


def _flat(notes) -> list:
    """[(pitch, beats), ...] -> [pitch, beats, pitch, beats, ...] for a reply."""
    return [v for note in notes for v in note]


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
