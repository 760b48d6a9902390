"""The note-RNN: an LSTM that reads (pitch, duration) notes and predicts the next one.

    pitch + duration (+ onset phase) embeddings -> LSTM layers -> pitch logits
                                                            -> duration logits (given the chosen pitch)

The next note's probability is factorised P(pitch | past) * P(duration | past, pitch), so bits per
note counts both. Inputs start with a start-of-melody token (the extra last row of each input
embedding), so the first note of a melody is predicted too. The optional onset phase is where the
next note starts within a 12-beat cycle, counted from the melody's first note: a function of the
durations already read, which tells the model where it is in the bar.

A checkpoint is a plain dict that `torch.load(path, weights_only=True)` reads: the config as a dict,
the state_dict, the duration vocabulary as a list and the training settings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from oscserver.noternn.data import DURATIONS, N_PITCHES

TICKS_PER_BEAT = 24  # every grid duration is a whole number of 24ths of a beat
DURATION_TICKS = [round(d * TICKS_PER_BEAT) for d in DURATIONS] + [0]  # + the start token
assert all(abs(t - d * TICKS_PER_BEAT) < 1e-9 for t, d in zip(DURATION_TICKS, DURATIONS))


@dataclass
class NoteRNNConfig:
    n_pitches: int = N_PITCHES         # rest + MIDI 0..127 (the pitch token is pitch + 1)
    n_durations: int = len(DURATIONS)  # size of the duration grid
    n_embd: int = 64                   # width of each input embedding (pitch and duration, concatenated)
    n_hidden: int = 256                # LSTM width
    n_layers: int = 2                  # stacked LSTM layers
    dropout: float = 0.2               # between LSTM layers and before the heads (training only)
    phase_bins: int = 0                # >0: also input each note's onset time mod phase_bins/24 beats
                                       # (288 = 12 beats in 24ths: the beat and bar position of 2/4,
                                       # 3/4, 4/4 and 6/8 tunes, counted from the melody's first note)

    @classmethod
    def from_dict(cls, d: dict) -> "NoteRNNConfig":
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:  # a typo in a config must not silently become a default
            raise ValueError(f"unknown NoteRNNConfig keys: {sorted(unknown)}; known: {sorted(known)}")
        return cls(**d)


class NoteRNN(nn.Module):
    def __init__(self, config: NoteRNNConfig):
        super().__init__()
        self.config = c = config
        # one extra row in each input table: the start-of-melody token
        self.pitch_in = nn.Embedding(c.n_pitches + 1, c.n_embd)
        self.dur_in = nn.Embedding(c.n_durations + 1, c.n_embd)
        if c.phase_bins:
            self.phase_in = nn.Embedding(c.phase_bins, c.n_embd)
            self.register_buffer("ticks", torch.tensor(DURATION_TICKS), persistent=False)
        self.lstm = nn.LSTM((3 if c.phase_bins else 2) * c.n_embd, c.n_hidden, c.n_layers, batch_first=True,
                            dropout=c.dropout if c.n_layers > 1 else 0.0)
        self.drop = nn.Dropout(c.dropout)
        self.pitch_head = nn.Linear(c.n_hidden, c.n_pitches)
        # the duration head also sees the pitch it is timing (teacher-forced in training)
        self.pitch_for_dur = nn.Embedding(c.n_pitches, c.n_embd)
        self.dur_head = nn.Linear(c.n_hidden + c.n_embd, c.n_durations)

    @property
    def start_token(self) -> tuple[int, int]:
        return self.config.n_pitches, self.config.n_durations

    def hidden(self, inputs, state=None):
        """inputs (B, T, 2) tokens from a melody's start (the onset phase counts from there)
        -> top LSTM outputs (B, T, H) and the LSTM state."""
        parts = [self.pitch_in(inputs[..., 0]), self.dur_in(inputs[..., 1])]
        if self.config.phase_bins:
            # onset of the note being predicted = the durations of every note before it
            onset = torch.cumsum(self.ticks[inputs[..., 1]], dim=1) % self.config.phase_bins  # (B, T)
            parts.append(self.phase_in(onset))
        x = torch.cat(parts, dim=-1)  # (B, T, 2E or 3E)
        return self.lstm(x, state)  # (B, T, H), state

    def forward(self, inputs, targets=None):
        """inputs (B, T, 2) tokens; targets (B, T, 2) next-note tokens, -100 = ignore.

        Returns (pitch_logits, dur_logits, loss, state); loss is the mean nats per note (pitch +
        duration) over non-ignored targets, None without targets.
        """
        h, state = self.hidden(inputs)  # (B, T, H)
        h = self.drop(h)
        pitch_logits = self.pitch_head(h)  # (B, T, P)
        loss = dur_logits = None
        if targets is not None:
            next_pitch = targets[..., 0].clamp(min=0)  # ignored positions: any valid index
            dur_logits = self.dur_head(torch.cat([h, self.pitch_for_dur(next_pitch)], dim=-1))  # (B, T, D)
            loss = (F.cross_entropy(pitch_logits.flatten(0, 1), targets[..., 0].flatten(), ignore_index=-100)
                    + F.cross_entropy(dur_logits.flatten(0, 1), targets[..., 1].flatten(), ignore_index=-100))
        return pitch_logits, dur_logits, loss, state

    # ------------------------------------------------------------------------------------ generation

    @torch.inference_mode()
    def generate(self, primer, n: int, temperature: float = 1.0, top_k: int | None = None,
                 seed: int | None = None) -> np.ndarray:
        """Continue `primer` ((T, 2) tokens, may be empty) by n notes -> (n, 2) int64 tokens.

        temperature 0 takes the most likely pitch, then the most likely duration for it (argmax);
        top_k keeps only the k most likely values at each step. The same seed gives the same notes.
        """
        return self.stepper().generate(primer, n, temperature=temperature, top_k=top_k, seed=seed)

    def stepper(self) -> "Stepper":
        return Stepper(self)


class Stepper:
    """Fast one-note-at-a-time inference in numpy, carrying the LSTM state between notes.

    Generation is sequential (one note feeds the next), so per-step overhead dominates: a torch
    call costs tens of microseconds of dispatch per op, a small numpy matmul a few. The weights are
    copied once in float32; the first layer's input projections are tabulated per token, and the
    input, forget and output gate rows are pre-scaled by 1/2 so one tanh serves all four gates
    (sigmoid(x) = (tanh(x / 2) + 1) / 2).
    """

    def __init__(self, model: NoteRNN):
        c = model.config
        g = lambda t: t.detach().to(torch.float32).cpu().numpy().copy()  # noqa: E731
        self.config = c
        self.layers = []
        for k in range(c.n_layers):
            w_ih, w_hh = g(getattr(model.lstm, f"weight_ih_l{k}")), g(getattr(model.lstm, f"weight_hh_l{k}"))
            b = g(getattr(model.lstm, f"bias_ih_l{k}")) + g(getattr(model.lstm, f"bias_hh_l{k}"))
            if k == 0:
                # the first layer's input is one of a few embeddings: project each once, here
                E = c.n_embd
                self.pitch_gates = g(model.pitch_in.weight) @ w_ih[:, :E].T + b  # (P + 1, 4H)
                self.dur_gates = g(model.dur_in.weight) @ w_ih[:, E:2 * E].T  # (D + 1, 4H)
                if c.phase_bins:
                    self.phase_gates = g(model.phase_in.weight) @ w_ih[:, 2 * E:].T  # (bins, 4H)
                self.layers.append((np.ascontiguousarray(w_hh.T), None))  # (H, 4H)
            else:
                self.layers.append((np.ascontiguousarray(np.concatenate([w_ih, w_hh], axis=1).T), b))
        H = c.n_hidden
        half = np.full(4 * H, 0.5, np.float32)
        half[2 * H:3 * H] = 1.0  # the cell candidate keeps its tanh
        self.layers = [(w * half, None if b is None else b * half) for w, b in self.layers]
        self.pitch_gates = self.pitch_gates * half
        self.dur_gates = self.dur_gates * half
        if c.phase_bins:
            self.phase_gates = self.phase_gates * half
        self.pitch_w, self.pitch_b = g(model.pitch_head.weight).T.copy(), g(model.pitch_head.bias)
        self.dur_w, self.dur_b = g(model.dur_head.weight).T.copy(), g(model.dur_head.bias)
        self.pitch_for_dur = g(model.pitch_for_dur.weight)
        self.start_token = model.start_token

    def initial_state(self):
        """Per-layer (h, c) and the onset time in ticks of the next note."""
        H = self.config.n_hidden
        return [(np.zeros(H, np.float32), np.zeros(H, np.float32)) for _ in self.layers], 0

    def step(self, token, state):
        """Feed one (pitch, duration) token; returns (top hidden (H,), new state)."""
        H = self.config.n_hidden
        layers, onset = state
        onset = onset + DURATION_TICKS[token[1]]
        new_layers, x = [], None
        for (w, b), (h, c) in zip(self.layers, layers):
            if x is None:
                gates = self.pitch_gates[token[0]] + self.dur_gates[token[1]] + h @ w  # (4H,)
                if self.config.phase_bins:
                    gates = gates + self.phase_gates[onset % self.config.phase_bins]
            else:
                gates = np.concatenate([x, h]) @ w + b  # (4H,)
            t = np.tanh(gates)  # torch's gate order: input, forget, cell, output
            s = 0.5 * t + 0.5  # the sigmoid of the (unscaled) input, forget and output gates
            c = s[H:2 * H] * c + s[:H] * t[2 * H:3 * H]
            h = s[3 * H:] * np.tanh(c)
            new_layers.append((h, c))
            x = h
        return x, (new_layers, onset)

    def pitch_logits(self, h):
        return h @ self.pitch_w + self.pitch_b  # (P,)

    def dur_logits(self, h, pitch_token):
        return np.concatenate([h, self.pitch_for_dur[pitch_token]]) @ self.dur_w + self.dur_b  # (D,)

    def read(self, primer):
        """Run the start token and the primer through the LSTM -> (top hidden, state)."""
        state = self.initial_state()
        h, state = self.step(self.start_token, state)
        for token in np.asarray(primer, dtype=np.int64).reshape(-1, 2):
            h, state = self.step(token, state)
        return h, state

    def generate(self, primer, n, *, temperature=1.0, top_k=None, seed=None, start=None):
        """n notes after primer ((T, 2) tokens); `start` = (hidden, state) already past the primer."""
        rng = np.random.default_rng(seed)
        with one_blas_thread():
            h, state = start if start is not None else self.read(primer)
            out = np.empty((n, 2), dtype=np.int64)
            for t in range(n):
                p = _choose(self.pitch_logits(h), temperature, top_k, rng)
                d = _choose(self.dur_logits(h, p), temperature, top_k, rng)
                out[t] = (p, d)
                if t + 1 < n:
                    h, state = self.step(out[t], state)
        return out


_blas = None


def one_blas_thread():
    """A context in which BLAS uses one thread: on a busy machine, a several-thread BLAS makes each
    small matrix-vector product wait for the other threads (4x slower p50 measured on 2 cores)."""
    global _blas
    if _blas is None:
        from threadpoolctl import ThreadpoolController
        _blas = ThreadpoolController()
    return _blas.limit(limits=1, user_api="blas")


def _choose(logits, temperature, top_k, rng) -> int:
    if temperature <= 0:
        return int(np.argmax(logits))
    if top_k is not None and top_k < logits.size:
        cut = np.partition(logits, -top_k)[-top_k]
        logits = np.where(logits < cut, -np.inf, logits)
    # Gumbel-max: argmax(logits / T + Gumbel noise) is a sample of softmax(logits / T), in 3 calls
    return int(np.argmax(logits / temperature + rng.gumbel(size=logits.size)))


# ------------------------------------------------------------------------------------- checkpoints

def checkpoint(model: NoteRNN, **extra) -> dict:
    """A plain dict (tensors, numbers, strings, lists): loadable with weights_only=True."""
    return {"model_args": asdict(model.config),
            "state_dict": {k: v.detach().cpu() for k, v in model.state_dict().items()},
            "durations": [float(d) for d in DURATIONS], **extra}


def load(path) -> tuple[NoteRNN, dict]:
    """Rebuild the model from a checkpoint file; returns (model in eval mode, the checkpoint dict)."""
    ckpt = torch.load(path, map_location="cpu", weights_only=True)
    if not isinstance(ckpt, dict) or "model_args" not in ckpt or "state_dict" not in ckpt:
        raise ValueError(f"{path} is not a note-RNN checkpoint (no model_args/state_dict)")
    if [round(d, 6) for d in ckpt.get("durations", [])] != [round(d, 6) for d in DURATIONS]:
        raise ValueError(f"{path} was trained on another duration grid")
    model = NoteRNN(NoteRNNConfig.from_dict(ckpt["model_args"]))
    model.load_state_dict(ckpt["state_dict"])
    model.eval()
    return model, ckpt
