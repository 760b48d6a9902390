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
from typing import NamedTuple

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from oscserver.int8 import quantize_rows
from oscserver.noternn import fast
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

    def stepper(self, weights: str = "float32") -> "Stepper":
        return Stepper(self, weights=weights)


class LSTMState(NamedTuple):
    """Where a melody has got to, for B rows: h, c (layers, B, H) float32; onset (B,) int64 ticks
    (24 per beat) of the next note since the melody's first note."""

    h: np.ndarray
    c: np.ndarray
    onset: np.ndarray

    def copy(self) -> "LSTMState":
        return LSTMState(self.h.copy(), self.c.copy(), self.onset.copy())

    def rows(self, count: int) -> "LSTMState":
        """`count` copies of row 0: variations that all start where one melody got to."""
        return LSTMState(np.repeat(self.h[:, :1], count, axis=1), np.repeat(self.c[:, :1], count, axis=1),
                         np.repeat(self.onset[:1], count))


class Stepper:
    """Fast one-note-at-a-time inference (compiled loops in fast.py), carrying the LSTM state.

    The first layer's input projections (+ both biases) are tabulated per token, the duration
    head's pitch input per pitch. weights="int8" stores the recurrent matrices as int8 with a scale
    per output row (4x fewer bytes read per note; what it costs in bits/note is in the model card
    and bench/RESULTS.md); "float32" is exact (matches the torch forward pass to ~1e-6).
    """

    def __init__(self, model: NoteRNN, weights: str = "float32"):
        if weights not in ("float32", "int8"):
            raise ValueError(f"weights must be 'float32' or 'int8', got {weights!r}")
        c = model.config
        g = lambda t: np.ascontiguousarray(t.detach().to(torch.float32).cpu().numpy())  # noqa: E731
        self.config, self.weights = c, weights
        E, H = c.n_embd, c.n_hidden
        w_ih0 = g(model.lstm.weight_ih_l0)                                          # (4H, 2E or 3E)
        b0 = g(model.lstm.bias_ih_l0) + g(model.lstm.bias_hh_l0)
        self.pitch_gates = np.ascontiguousarray(g(model.pitch_in.weight) @ w_ih0[:, :E].T + b0)  # (P + 1, 4H)
        self.dur_gates = np.ascontiguousarray(g(model.dur_in.weight) @ w_ih0[:, E:2 * E].T)      # (D + 1, 4H)
        self.phase_gates = (np.ascontiguousarray(g(model.phase_in.weight) @ w_ih0[:, 2 * E:].T)  # (bins, 4H)
                            if c.phase_bins else np.zeros((1, 4 * H), np.float32))
        self.W0, self.S0 = quantize_rows(g(model.lstm.weight_hh_l0), weights)                # (4H, H)
        upper = [quantize_rows(np.concatenate([g(getattr(model.lstm, f"weight_ih_l{k}")),
                                               g(getattr(model.lstm, f"weight_hh_l{k}"))], axis=1), weights)
                 for k in range(1, c.n_layers)]                                              # (4H, 2H) each
        dtype = np.int8 if weights == "int8" else np.float32
        self.Wk = np.ascontiguousarray(np.stack([w for w, _ in upper]) if upper else np.zeros((0, 4 * H, 2 * H), dtype))
        self.Sk = np.stack([s for _, s in upper]) if upper else np.zeros((0, 4 * H), np.float32)
        self.bk = (np.stack([g(getattr(model.lstm, f"bias_ih_l{k}")) + g(getattr(model.lstm, f"bias_hh_l{k}"))
                             for k in range(1, c.n_layers)]) if upper else np.zeros((0, 4 * H), np.float32))
        self.pitch_w, self.pitch_b = g(model.pitch_head.weight), g(model.pitch_head.bias)     # (P, H), (P,)
        dur_w = g(model.dur_head.weight)                                                     # (D, H + E)
        self.durh_w = np.ascontiguousarray(dur_w[:, :H])                                    # (D, H)
        self.dur_table = np.ascontiguousarray(g(model.pitch_for_dur.weight) @ dur_w[:, H:].T
                                              + g(model.dur_head.bias))                     # (P, D)
        self.ticks = np.array(DURATION_TICKS, np.int64)
        self.beats = np.array([*DURATIONS, 0.0], np.float64)
        self.start_token = model.start_token

    def _weights(self):
        return (self.ticks, self.pitch_gates, self.dur_gates, self.phase_gates, self.config.phase_bins,
                self.W0, self.S0, self.Wk, self.Sk, self.bk)

    def initial_state(self, onset: int = 0) -> LSTMState:
        """One row before anything was read; onset: ticks already played before the first token."""
        L, H = self.config.n_layers, self.config.n_hidden
        return LSTMState(np.zeros((L, 1, H), np.float32), np.zeros((L, 1, H), np.float32),
                         np.array([onset], np.int64))

    def advance(self, state: LSTMState, tokens) -> LSTMState:
        """A new one-row state after reading tokens ((T, 2)); `state` is left as it was."""
        state = state.copy()
        tokens = np.ascontiguousarray(np.asarray(tokens, dtype=np.int64).reshape(-1, 2))
        fast._advance(tokens, state.h, state.c, state.onset, *self._weights())
        return state

    def read(self, primer, onset: int = 0) -> LSTMState:
        """The state after the start token and the primer ((T, 2) tokens, may be None or empty)."""
        tokens = np.asarray(primer if primer is not None else [], dtype=np.int64).reshape(-1, 2)
        return self.advance(self.initial_state(onset), np.concatenate([[self.start_token], tokens]))

    def step(self, token, state: LSTMState):
        """Feed one (pitch, duration) token to a one-row state -> (top hidden (H,), new state)."""
        state = self.advance(state, [token])
        return state.h[-1, 0].copy(), state

    def pitch_logits(self, h):
        return self.pitch_w @ h + self.pitch_b  # (P,)

    def dur_logits(self, h, pitch_token):
        return self.durh_w @ h + self.dur_table[pitch_token]  # (D,)

    def generate(self, primer, n, *, temperature=1.0, top_k=None, seed=None, start=None, rows=None,
                 pitch_allowed=None, dur_bias=None, rhythm_temperature=None, beats=None):
        """n notes after primer ((T, 2) tokens) -> (n, 2) tokens, or (rows, n, 2) with rows=.

        start: an LSTMState already past the primer (then primer is ignored). rows: that many
        continuations at once (one batch: each row its own random draws). temperature scales the
        pitch choice, rhythm_temperature (default: the same) the duration choice; 0 = argmax.
        pitch_allowed (P,) bool: pitch tokens that may be chosen; dur_bias (D,): added to the
        duration logits. beats > 0 (one row): stop once the notes fill exactly that many beats,
        choosing only durations that still fit while one does (returns fewer than n notes; the
        caller shortens the last one if it overshoots). The same seed gives the same notes.
        """
        state = (start if start is not None else self.read(primer)).rows(rows or 1)
        B = rows or 1
        if beats and B != 1:
            raise ValueError("beats= generates one row")
        c = self.config
        rng = np.random.default_rng(seed)
        out = np.zeros((B, n, 2), np.int64)
        uniforms = rng.random((n, B, 2))
        allowed = np.ones(c.n_pitches, np.bool_) if pitch_allowed is None else np.asarray(pitch_allowed, np.bool_)
        bias = np.zeros(c.n_durations, np.float32) if dur_bias is None else np.asarray(dur_bias, np.float32)
        t_dur = temperature if rhythm_temperature is None else rhythm_temperature
        count = fast._generate(out, uniforms, state.h, state.c, state.onset, *self._weights(),
                               self.pitch_w, self.pitch_b, self.durh_w, self.dur_table, allowed, bias,
                               float(temperature), float(t_dur), int(top_k or 0), self.beats, float(beats or 0.0))
        out = out[:, :count]
        return out if rows is not None else out[0]


def quantized_copy(model: NoteRNN) -> NoteRNN:
    """A torch copy of the model with the recurrent weights the int8 stepper really uses (rounded
    and scaled back): its bits/note under `train.evaluate` is what int8 generation costs."""
    import copy

    twin = copy.deepcopy(model)
    with torch.no_grad():
        for k in range(model.config.n_layers):
            names = [f"weight_hh_l{k}"] if k == 0 else [f"weight_ih_l{k}", f"weight_hh_l{k}"]
            W = torch.cat([getattr(twin.lstm, n) for n in names], dim=1)
            Wq, scale = quantize_rows(W.numpy(), "int8")
            back = torch.from_numpy(Wq.astype(np.float32) * scale[:, None])
            for n, part in zip(names, back.split([getattr(twin.lstm, n).shape[1] for n in names], dim=1)):
                getattr(twin.lstm, n).copy_(part)
    return twin


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
