"""SampleRNN (Mehri et al., ICLR 2017) in one file.

Frame-level RNN tiers run at coarser clock rates (one step per frame of `frame_size` samples); each
tier's output is upsampled to the clock of the tier below and conditions it. The lowest level is an
MLP that predicts the next quantised sample from the last `context` samples and its conditioning.

    model = SampleRNN(SampleRNNConfig(frame_sizes=(16,)))
    logits, state = model(x)                       # teacher forcing, x (B, lookback + T) levels
    logits, state = model(x, clock=features)       # a clock model: (B, T // top frame, 6) beat clock
    audio = model.generate(16000, temperature=1.0)  # reference generator: slow, one sample at a time

Checkpoints are plain dicts (see save/load) that `torch.load(path, weights_only=True)` reads.
"""
import math
from dataclasses import asdict, dataclass, fields

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from . import audio, clock


@dataclass
class SampleRNNConfig:
    sample_rate: int = 16000            # Hz the model hears and generates at
    q_levels: int = 256                 # quantisation levels (8 bit)
    quantization: str = "mu-law"        # "mu-law" (fine steps near silence) or "linear"
    frame_sizes: tuple = (16,)          # samples per step of each frame tier, lowest tier first;
                                        # each a multiple of the one before. (16,) = 2 tiers, (16, 64) = 3
    rnn: str = "gru"                    # frame-tier cell: "gru" or "lstm"
    dim: int = 512                      # units of every frame-tier RNN
    rnn_layers: int = 1                 # stacked RNN layers per frame tier
    mlp_dim: int = 256                  # units of the sample-level MLP
    embed_dim: int = 64                 # size of the learned embedding of each quantised sample
    context: int = 16                   # past samples the MLP sees directly (<= top frame size)
    upsample_rank: int = 32             # lowest tier -> samples: shared projection + a per-position
                                        # projection of this rank (0 = shared only); keeps it cheap
    clock: int = 0                      # 1: the top tier hears a beat clock (clock.py), so free
                                        # generation keeps time at the tempo a performer sets

    def __post_init__(self):
        self.frame_sizes = tuple(int(f) for f in self.frame_sizes)
        fs = self.frame_sizes
        if not fs or any(f < 1 for f in fs):
            raise ValueError(f"frame_sizes must be positive, got {fs}")
        if any(b % a for a, b in zip(fs, fs[1:])):
            raise ValueError(f"each frame size must be a multiple of the one before, got {fs}")
        if self.quantization not in ("mu-law", "linear"):
            raise ValueError(f"quantization must be 'mu-law' or 'linear', got {self.quantization!r}")
        if self.rnn not in ("gru", "lstm"):
            raise ValueError(f"rnn must be 'gru' or 'lstm', got {self.rnn!r}")
        if not 1 <= self.context <= fs[-1]:
            raise ValueError(f"context must be 1..{fs[-1]} (the top frame size), got {self.context}")
        if self.clock not in (0, 1):
            raise ValueError(f"clock must be 0 (none) or 1 (beat clock), got {self.clock}")

    @classmethod
    def from_dict(cls, d: dict) -> "SampleRNNConfig":
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"unknown SampleRNN config keys {sorted(unknown)}; known: {sorted(known)}")
        return cls(**d)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["frame_sizes"] = list(self.frame_sizes)
        return d


class Upsample(nn.Module):
    """One frame vector -> `ratio` vectors, one per position inside the frame.

    rank=None: the paper's `ratio` independent linear maps (one big Linear). rank=r: a shared map plus
    per-position maps of rank r and per-position biases, which costs ~1/ratio as much."""

    def __init__(self, in_dim, out_dim, ratio, rank=None):
        super().__init__()
        self.ratio, self.out_dim, self.rank = ratio, out_dim, rank
        if rank is None:
            self.full = nn.Linear(in_dim, ratio * out_dim)
        else:
            self.shared = nn.Linear(in_dim, out_dim)
            self.position_bias = nn.Parameter(torch.zeros(ratio, out_dim))
            if rank > 0:
                self.down = nn.Linear(in_dim, rank, bias=False)
                self.up = nn.Parameter(torch.randn(ratio, rank, out_dim) / math.sqrt(rank) * 0.1)

    def forward(self, h):                                            # h (B, F, in_dim)
        B, nf, _ = h.shape
        if self.rank is None:
            out = self.full(h).view(B, nf, self.ratio, self.out_dim)   # (B, F, R, out)
        else:
            out = self.shared(h)[:, :, None] + self.position_bias      # (B, F, R, out)
            if self.rank > 0:
                out = out + torch.einsum("bfr,jro->bfjo", self.down(h), self.up)
        return out.reshape(B, nf * self.ratio, self.out_dim)           # (B, F*R, out)


class FrameTier(nn.Module):
    """An RNN stepping once per frame: input = the previous frame of samples (+ conditioning from
    the tier above), output upsampled to the clock of the tier below."""

    def __init__(self, frame_size, ratio, out_dim, rank, c: SampleRNNConfig):
        super().__init__()
        self.frame_size = frame_size
        self.input = nn.Linear(frame_size, c.dim)
        cell = nn.GRU if c.rnn == "gru" else nn.LSTM
        self.rnn = cell(c.dim, c.dim, c.rnn_layers, batch_first=True)
        self.h0 = nn.Parameter(torch.zeros(c.rnn_layers, 1, c.dim))   # learned initial state
        if c.rnn == "lstm":
            self.c0 = nn.Parameter(torch.zeros(c.rnn_layers, 1, c.dim))
        self.upsample = Upsample(c.dim, out_dim, ratio, rank)

    def initial_state(self, batch):
        h = self.h0.expand(-1, batch, -1).contiguous()
        return (h, self.c0.expand(-1, batch, -1).contiguous()) if hasattr(self, "c0") else h

    def forward(self, frames, cond, state):        # frames (B, F, frame_size), cond (B, F, dim) or None
        x = self.input(frames)                      # (B, F, dim)
        if cond is not None:
            x = x + cond
        out, state = self.rnn(x, state)             # (B, F, dim)
        return self.upsample(out), state            # (B, F*ratio, out_dim)


class SampleMLP(nn.Module):
    """p(x_t | x_{t-context..t-1}, conditioning): embedding + value of each past sample -> MLP.

    The first layer is linear in a one-hot code of each (position, level), so it is computed as a
    lookup table (position, level) -> mlp_dim: the same fold the fast generator uses."""

    def __init__(self, c: SampleRNNConfig):
        super().__init__()
        self.context, self.q_levels = c.context, c.q_levels
        self.embed = nn.Embedding(c.q_levels, c.embed_dim)
        self.fc1 = nn.Linear(c.context * (c.embed_dim + 1), c.mlp_dim)   # oldest sample first
        self.fc2 = nn.Linear(c.mlp_dim, c.mlp_dim)
        self.out = nn.Linear(c.mlp_dim, c.q_levels)
        self.register_buffer("values", torch.from_numpy(audio.level_values(c.q_levels)), persistent=False)
        self.fixed_table = None     # a (C*Q, M) table used instead of embed/fc1 (the int8 twin's rounded one)

    def table(self):
        """(context * q_levels, mlp_dim): fc1's contribution of level q at position p (0 = oldest)."""
        if self.fixed_table is not None:
            return self.fixed_table
        feats = torch.cat([self.embed.weight, self.values[:, None]], 1)           # (Q, E+1)
        w = self.fc1.weight.view(-1, self.context, feats.shape[1])                # (M, C, E+1)
        return torch.einsum("qe,mce->cqm", feats, w).reshape(-1, w.shape[0])      # (C*Q, M)

    def hidden(self, x, cond):                      # x (B, T+C-1) levels, cond (B, T, M)
        B, T = cond.shape[:2]
        windows = x.unfold(1, self.context, 1)      # (B, T, C)
        if B * T < self.context * self.q_levels and self.fixed_table is None:   # few samples: fc1 is cheaper
            feats = torch.cat([self.embed(windows), self.values[windows][..., None]], -1)  # (B, T, C, E+1)
            h = F.linear(feats.reshape(B, T, -1), self.fc1.weight)                         # (B, T, M)
        else:
            index = windows + torch.arange(self.context, device=x.device) * self.q_levels
            h = F.embedding_bag(index.reshape(-1, self.context), self.table(), mode="sum")  # (B*T, M)
        h = F.relu(h.view(B, T, -1) + self.fc1.bias + cond)                     # (B, T, M)
        return F.relu(self.fc2(h))                  # (B, T, M)

    def forward(self, x, cond):
        return self.out(self.hidden(x, cond))       # (B, T, Q) logits


class SampleRNN(nn.Module):
    def __init__(self, config: SampleRNNConfig):
        super().__init__()
        self.config = c = config
        fs = c.frame_sizes
        tiers = []
        for k, size in enumerate(fs):
            if k == 0:      # lowest frame tier conditions the MLP, one vector per sample
                tiers.append(FrameTier(size, size, c.mlp_dim, c.upsample_rank, c))
            else:           # higher tiers condition the tier below, one vector per lower frame
                tiers.append(FrameTier(size, size // fs[k - 1], c.dim, None, c))
        self.tiers = nn.ModuleList(tiers)           # lowest first
        self.mlp = SampleMLP(c)
        if c.clock:     # beat clock -> the top tier's input; zero at first, so a model trained
            self.clock_in = nn.Linear(clock.FEATURES, c.dim, bias=False)   # without one starts as it was
            nn.init.zeros_(self.clock_in.weight)
        self.register_buffer("values", torch.from_numpy(audio.level_values(c.q_levels)), persistent=False)

    @property
    def lookback(self) -> int:
        """Samples of history a training sequence needs before its first target."""
        return self.config.frame_sizes[-1]

    def initial_state(self, batch=1):
        return [t.initial_state(batch) for t in self.tiers]

    def clock_features(self, clk: "clock.Clock", start, frames, batch=1) -> torch.Tensor:
        """(batch, frames, FEATURES): the clock at the first target sample of each top frame, the
        first frame's target being sample `start` (counted from the clock's origin)."""
        top = self.config.frame_sizes[-1]
        pos = clk.positions(start + top * np.arange(frames), self.config.sample_rate)
        f = torch.from_numpy(clock.features(pos, clk.beats_per_bar))
        return f[None].expand(batch, -1, -1).to(self.values.device)

    def forward(self, x, state=None, clock_features=None):
        """x (B, lookback + T) long levels, T a multiple of the top frame size; clock_features
        (B, T // top frame, FEATURES) for a clock model (None: a 100 bpm clock from x's first target).
        Returns logits (B, T, Q) for x[:, lookback:] and the frame tiers' final state."""
        B, T = x.shape[0], x.shape[1] - self.lookback
        L = self.lookback
        if T <= 0 or T % L:
            raise ValueError(f"sequence must be lookback {L} + a multiple of {L} samples, got {x.shape[1]}")
        state = self.initial_state(B) if state is None else state
        new_state = [None] * len(self.tiers)
        cond = None
        if self.config.clock:
            if clock_features is None:
                clock_features = self.clock_features(clock.Clock(), 0, T // L, B)
            cond = self.clock_in(clock_features.to(self.clock_in.weight.dtype))    # (B, F_top, dim)
        for k in reversed(range(len(self.tiers))):
            size = self.tiers[k].frame_size
            frames = self.values[x[:, L - size: L + T - size]].view(B, T // size, size)   # (B, F, size)
            cond, new_state[k] = self.tiers[k](frames, cond, state[k])
        C = self.config.context
        return self.mlp(x[:, L - C: L + T - 1], cond), new_state

    @torch.no_grad()
    def generate(self, n, temperature=1.0, prime=None, uniforms=None, seed=None, clock=None):
        """Reference generator: one sample at a time, straight from the modules (slow).

        prime: levels to start from (teacher-forced). uniforms: n numbers in [0, 1) that pick each
        sample by inverse CDF (the fast generator takes the same, so both can be compared).
        clock: a Clock for a clock model (default: the model's own), its time 0 at the first
        generated sample (a prime runs before it, on the beats that lead up to it).
        Returns n levels (np.int64)."""
        c = self.config
        clk = clock or default_clock(self)
        if uniforms is None:
            uniforms = np.random.default_rng(seed).random(n)
        prime = np.asarray([] if prime is None else prime, dtype=np.int64)
        hist = [int(audio.encode(np.zeros(1), c.quantization, c.q_levels)[0])] * self.lookback
        state = self.initial_state(1)
        conds = [None] * len(self.tiers)            # current frame's upsampled output of each tier
        out = []
        for t in range(len(prime) + n):
            for k in reversed(range(len(self.tiers))):
                size = self.tiers[k].frame_size
                if t % size == 0:
                    frame = self.values[torch.tensor(hist[-size:])].view(1, 1, size)
                    above = None
                    if k + 1 < len(self.tiers):
                        j = (t % self.tiers[k + 1].frame_size) // size
                        above = conds[k + 1][:, j: j + 1]
                    elif c.clock:       # the clock's origin is the first generated sample
                        above = self.clock_in(self.clock_features(clk, t - len(prime), 1))
                    conds[k], state[k] = self.tiers[k](frame, above, state[k])
            if t < len(prime):
                hist.append(int(prime[t]))
                continue
            window = torch.tensor(hist[-c.context:])[None]                     # (1, C)
            j = t % self.tiers[0].frame_size
            logits = self.mlp(window, conds[0][:, j: j + 1])[0, 0]            # (Q,)
            q = sample_level(logits.numpy(), temperature, uniforms[t - len(prime)])
            hist.append(q)
            out.append(q)
        return np.asarray(out, dtype=np.int64)

    def next_distribution(self, history, temperature=1.0):
        """p(next level | history) as float64 (Q,), from teacher forcing (for tests; a clock model
        hears the default clock from the first sample of history)."""
        c, L, top = self.config, self.lookback, self.config.frame_sizes[-1]
        zero = int(audio.encode(np.zeros(1), c.quantization, c.q_levels)[0])
        h = np.asarray(history, dtype=np.int64)
        pad = (-(len(h) + 1)) % top                 # targets must fill whole top frames
        seq = np.concatenate([np.full(L, zero), h, np.full(pad + 1, zero)])
        with torch.no_grad():
            logits = self(torch.from_numpy(seq)[None])[0][0, len(h)].double()  # (Q,)
        return _softmax(logits.numpy(), temperature)


def _softmax(logits, temperature):
    if temperature <= 0:
        p = np.zeros_like(logits, dtype=np.float64)
        p[int(np.argmax(logits))] = 1.0
        return p
    z = logits.astype(np.float64) / temperature
    z = np.exp(z - z.max())
    return z / z.sum()


def sample_level(logits, temperature, u) -> int:
    """Inverse-CDF sampling of softmax(logits / temperature) with a uniform u; argmax when T = 0."""
    if temperature <= 0:
        return int(np.argmax(logits))
    cdf = np.cumsum(_softmax(logits, temperature))
    return int(min(np.searchsorted(cdf, u * cdf[-1], side="right"), len(cdf) - 1))


def checkpoint(model: SampleRNN, **extra) -> dict:
    """A plain dict: tensors, numbers, strings, lists. No pickled code.
    `seed_levels` (a short excerpt of the training audio) is what generation starts from by default:
    a model that learned that silence follows silence would otherwise never make a sound."""
    ckpt = {"config": model.config.to_dict(), "model": model.state_dict(),
            "default_temperature": default_temperature(model), **extra}
    if model.config.clock:
        ckpt["default_clock"] = default_clock(model).to_dict()
    seed = getattr(model, "seed_levels", None)
    if seed is not None:
        ckpt["seed_levels"] = torch.as_tensor(np.asarray(seed, dtype=np.int16))
    return ckpt


def from_checkpoint(ckpt: dict) -> SampleRNN:
    model = SampleRNN(SampleRNNConfig.from_dict(ckpt["config"]))
    model.load_state_dict({k: v.float() for k, v in ckpt["model"].items()})
    seed = ckpt.get("seed_levels")
    model.seed_levels = None if seed is None else seed.numpy().astype(np.int64)
    model.default_temperature = float(ckpt.get("default_temperature", 1.0))
    if "default_clock" in ckpt:
        model.default_clock = clock.Clock(**ckpt["default_clock"])
    return model.eval()


def default_clock(model: SampleRNN) -> "clock.Clock":
    """The tempo a clock model plays at unless a performer sets one (the training audio's median)."""
    return getattr(model, "default_clock", None) or clock.Clock()


def default_temperature(model: SampleRNN) -> float:
    """The temperature a checkpoint plays at unless asked otherwise (chosen by samplernn-judge)."""
    return float(getattr(model, "default_temperature", 1.0))


def load(path) -> SampleRNN:
    return from_checkpoint(torch.load(path, map_location="cpu", weights_only=True))
