"""Training SampleRNN on a folder of audio: truncated BPTT over parallel streams, gradient clipping,
validation NLL in bits/sample, atomic resumable checkpoints and audible snapshots.
Pure compute: progress and snapshots go to callbacks (the CLI prints, the OSC layer streams)."""
import math
import sys
import time
from contextlib import nullcontext
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from oscserver import distributed
from oscserver.server.files import save_checkpoint, write_wav

from . import audio, clock
from .model import SampleRNN, SampleRNNConfig, checkpoint, from_checkpoint

LN2 = math.log(2.0)


@dataclass
class TrainConfig:
    steps: int = 20000              # optimiser steps in all (a resumed run stops here too)
    batch: int = 32                 # parallel streams through the corpus
    seq_len: int = 512              # samples per truncated-BPTT chunk (state carries across chunks)
    lr: float = 1e-3                # Adam; cosine decay to lr/10 after a short warm-up
    clip: float = 1.0               # gradient-norm clipping
    valid_every: int = 500          # steps between validation passes
    valid_samples: int = 320000     # held-out samples scored in a validation pass (20 s at 16 kHz)
    save_every: int = 200           # steps between checkpoints
    snapshot_every: int = 1000      # steps between audible snapshots (0 = never)
    snapshot_seconds: float = 2.0
    input_noise: float = 0.0        # max std (in levels) of noise added to the inputs, never the
                                    # targets: each stream draws its own std in [0, this] per chunk, so
                                    # the model learns to recover from its own sampling errors
    minutes: float = 0.0            # wall-clock budget of this run (0 = none): save and stop when spent
    device: str = "cpu"             # "cpu", "cuda" or "auto" (CUDA when present); bf16 autocast on GPU
    seed: int = 0

    @classmethod
    def from_dict(cls, d):
        known = {f.name for f in fields(cls)}
        if set(d) - known:
            raise ValueError(f"unknown training keys {sorted(set(d) - known)}; known: {sorted(known)}")
        return cls(**d)


def load_levels(folder_or_files, config: SampleRNNConfig) -> list[np.ndarray]:
    """Every audio file -> quantised levels (uint8/int16) at the model's rate."""
    return load_pieces(folder_or_files, config)[0]


def load_pieces(folder_or_files, config: SampleRNNConfig) -> tuple[list[np.ndarray], list]:
    """Every audio file -> (quantised levels (uint8/int16) at the model's rate, its Clock or None).
    A clock model reads each file's beat sidecar, or tracks the beats of files without one."""
    files = folder_or_files if isinstance(folder_or_files, list) else audio.audio_files(folder_or_files)
    dtype = np.uint8 if config.q_levels <= 256 else np.int16
    levels, clocks = [], []
    for f in files:
        try:
            x = audio.load(f, config.sample_rate)
            clk = (clock.read(f) or clock.estimate(x, config.sample_rate)) if config.clock else None
        except (RuntimeError, ValueError, OSError) as error:  # a damaged file is skipped, not fatal
            print(f"skipped {f}: {error}", file=sys.stderr)
            continue
        levels.append(audio.encode(x, config.quantization, config.q_levels).astype(dtype))
        clocks.append(clk)
    if files and not levels:
        raise ValueError(f"none of the {len(files)} sound files could be read")
    return levels, clocks


class ClockTrack:
    """The beat position of every sample of concatenated pieces, for clock features per frame."""

    def __init__(self, pieces, clocks, rate):
        clocks = [c or clock.Clock() for c in clocks]
        self.position = np.concatenate([c.positions(np.arange(len(p)), rate) for p, c in zip(pieces, clocks)])
        self.meter = np.concatenate([np.full(len(p), c.beats_per_bar, np.uint8) for p, c in zip(pieces, clocks)])

    def features(self, index) -> torch.Tensor:
        """index (B, F) sample indices -> (B, F, FEATURES) clock features."""
        return torch.from_numpy(clock.features(self.position[index], self.meter[index]))


def median_clock(clocks) -> "clock.Clock":
    """The tempo a clock model plays at by default: the median of its training audio's."""
    known = [c for c in clocks if c is not None]
    if not known:
        return clock.Clock()
    meters = [c.beats_per_bar for c in known]
    return clock.Clock(float(np.median([c.bpm for c in known])), max(set(meters), key=meters.count))


class Streams:
    """The corpus cut into `batch` x `world` contiguous streams read chunk by chunk, so the RNN state
    of one chunk is the right start for the next (truncated BPTT). Each epoch starts at a new offset.
    Process `rank` of `world` reads every world-th stream from its rank: its own parts of the
    corpus, and all of them together read what one process with batch x world would."""

    def __init__(self, pieces, batch, seq_len, lookback, seed=0, clocks=None, rate=16000, rank=0, world=1):
        self.data = np.concatenate(pieces).astype(np.int64)
        self.clock = ClockTrack(pieces, clocks, rate) if clocks is not None else None
        self.batch, self.seq_len, self.lookback, self.seed = batch, seq_len, lookback, seed
        self.streams = distributed.shard(np.arange(batch * world), distributed.World(rank, world))
        self.stream_len = (len(self.data) - lookback) // (batch * world)
        self.chunks = (self.stream_len - lookback) // seq_len   # chunks per epoch
        if self.chunks < 1:
            need = batch * world * (seq_len + 2 * lookback) + lookback
            streams = f"{world} processes x batch {batch}" if world > 1 else f"batch {batch}"
            raise ValueError(f"training audio too short: {len(self.data)} samples, need >= {need} "
                             f"for {streams} x seq_len {seq_len}")

    def _starts(self, step):
        epoch, i = divmod(step, self.chunks)
        rng = np.random.default_rng([self.seed, epoch])
        offset = int(rng.integers(0, max(1, self.stream_len - self.lookback - self.chunks * self.seq_len)))
        return self.streams * self.stream_len + offset + i * self.seq_len, i == 0

    def chunk(self, step):
        """(batch, lookback + seq_len) levels for a global step, and whether it starts an epoch."""
        starts, new_epoch = self._starts(step)
        idx = starts[:, None] + np.arange(self.lookback + self.seq_len)
        return torch.from_numpy(self.data[idx]), new_epoch

    def chunk_clock(self, step):
        """(batch, seq_len // lookback, FEATURES): the clock at each top frame's first target."""
        starts = self._starts(step)[0] + self.lookback
        return self.clock.features(starts[:, None] + np.arange(0, self.seq_len, self.lookback))


def corrupt(x, max_std, q_levels, generator=None):
    """x (B, T) levels + rounded Gaussian noise of a per-stream std drawn in [0, max_std], clipped."""
    std = torch.rand(x.shape[0], 1, generator=generator, device=x.device) * max_std          # (B, 1)
    noise = torch.randn(x.shape, generator=generator, device=x.device) * std                  # (B, T)
    return (x + noise.round().long()).clamp_(0, q_levels - 1)


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise ValueError("device 'cuda' asked for, but torch sees no CUDA GPU (use 'auto' or 'cpu')")
    if name not in ("cpu", "cuda"):
        raise ValueError(f"device must be 'auto', 'cpu' or 'cuda', got {name!r}")
    return torch.device(name)


def detach(state):
    return [tuple(s.detach() for s in st) if isinstance(st, tuple) else st.detach() for st in state]


@torch.no_grad()
def bits_per_sample(model: SampleRNN, pieces, max_samples=None, batch=8, seq_len=1024, clocks=None) -> float:
    """Mean NLL of held-out audio in bits/sample (streams with carried state, as in training).
    clocks: each piece's Clock for a clock model (None: the default clock from each piece's start)."""
    model.eval()
    device = next(model.parameters()).device
    data = np.concatenate(pieces).astype(np.int64)
    track = None
    if model.config.clock:
        track = ClockTrack(pieces, clocks or [None] * len(pieces), model.config.sample_rate)
    if max_samples:
        data = data[: max_samples + model.lookback]
    batch = max(1, min(batch, (len(data) - model.lookback) // (seq_len + model.lookback)))
    L = model.lookback
    stream_len = (len(data) - L) // batch
    chunks = stream_len // seq_len
    if chunks < 1:
        raise ValueError(f"audio too short to score: {len(data)} samples")
    state, total, count = None, 0.0, 0
    for i in range(chunks):
        starts = np.arange(batch) * stream_len + i * seq_len
        x = torch.from_numpy(data[starts[:, None] + np.arange(L + seq_len)]).to(device)
        feats = None if track is None else track.features(starts[:, None] + L + np.arange(0, seq_len, L)).to(device)
        logits, state = model(x, state, feats)
        total += F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), x[:, L:].reshape(-1),
                                 reduction="sum").item()
        count += x[:, L:].numel()
    return total / count / LN2


def _lr(cfg: TrainConfig, step):
    warm = min(200, cfg.steps // 10 + 1)
    if step < warm:
        return cfg.lr * (step + 1) / warm
    frac = min(1.0, (step - warm) / max(1, cfg.steps - warm))
    return cfg.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * frac)))


def train(train_pieces, valid_pieces, out_dir, model_config: SampleRNNConfig = None,
          train_config: TrainConfig = None, resume=True, init_from=None, progress=None, snapshot=None,
          log=print, train_clocks=None, valid_clocks=None):
    """Train, writing out_dir/checkpoint.pt (resumable), out_dir/snapshot-<step>.wav.

    progress(fraction, text) may raise to cancel; snapshot(path, audio_float32, rate) is called after
    each snapshot WAV is written. init_from: a checkpoint dict to start from (fine-tuning; with
    model_config.clock set, a model without a clock gains one, its weights starting at zero).
    train_clocks/valid_clocks: each piece's Clock (load_pieces) for a clock model.

    Under torchrun (oscserver.distributed.init() called first) each process trains on its own
    cfg.batch streams, the gradients are averaged over all, and only rank 0 writes, validates and
    logs; every process resumes from rank 0's checkpoint.
    Returns the final checkpoint dict."""
    cfg = train_config or TrainConfig()
    world = distributed.current()
    if not world.is_main:           # one voice in the log, one writer of each file
        log, progress, snapshot = (lambda *a: None), None, None
    out = Path(out_dir)
    ckpt_path = out / "checkpoint.pt"
    if world.is_main:
        out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(cfg.seed)
    step, history, spent = 0, [], [0.0, 0.0]      # spent: wall, CPU seconds over all runs
    ck = distributed.from_main(lambda: torch.load(ckpt_path, map_location="cpu", weights_only=True)
                               if resume and ckpt_path.exists() else None, world)
    if ck is not None:
        model = from_checkpoint(ck)
        # what the new command says about this run's length and place wins over the saved config
        cfg = TrainConfig.from_dict({**ck["train"], "steps": cfg.steps, "minutes": cfg.minutes,
                                     "device": cfg.device})
        step, history = ck["step"], list(ck.get("history", []))
        spent = list(ck.get("spent_seconds", spent))
    else:
        model = from_checkpoint(init_from) if init_from else SampleRNN(model_config or SampleRNNConfig())
        if init_from and model_config is not None and model_config.clock and not model.config.clock:
            model = with_clock(model)
    device = distributed.device(world, resolve_device(cfg.device))
    model.to(device)                                # before the optimiser, so its moments follow
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    if ck is not None:
        if "optimizer" in ck:
            opt.load_state_dict(ck["optimizer"])
        log(f"resumed from {ckpt_path} at step {step}")
    mc = model.config
    autocast = torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else nullcontext()
    # each process its own noise; alone, the same seed as ever
    noise_gen = torch.Generator(device=device).manual_seed((cfg.seed + step) * world.size + world.rank)
    if getattr(model, "seed_levels", None) is None:
        model.seed_levels = seed_excerpt(train_pieces, mc.sample_rate // 2)
    if mc.clock:
        train_clocks = train_clocks or [None] * len(train_pieces)
        if getattr(model, "default_clock", None) is None:
            model.default_clock = median_clock(train_clocks)
    streams = Streams(train_pieces, cfg.batch, cfg.seq_len, model.lookback, cfg.seed,
                      train_clocks if mc.clock else None, mc.sample_rate, world.rank, world.size)
    if world.size > 1:
        log(f"training on {world.describe()}: global batch {cfg.batch * world.size} = "
            f"{cfg.batch} streams per process x {world.size}")
    net = distributed.wrap(model, world, some_unused=True)   # what trains; `model` is what is saved

    wall0, cpu0 = time.time(), time.process_time()

    def save():
        total = [spent[0] + time.time() - wall0, spent[1] + time.process_time() - cpu0]
        ck = checkpoint(model, train=asdict(cfg), step=step, history=history,
                        optimizer=opt.state_dict(), spent_seconds=total)
        if world.is_main:
            save_checkpoint(ck, ckpt_path)
        return ck

    state, t0, done_at_start, seen, loss_avg = None, time.time(), step, 0, None
    model.train()
    while step < cfg.steps:
        x, new_epoch = streams.chunk(step)
        x = x.to(device, non_blocking=True)                                 # (B, lookback + T)
        feats = streams.chunk_clock(step).to(device) if mc.clock else None  # (B, T // top, FEATURES)
        if new_epoch or state is None:
            state = model.initial_state(cfg.batch)
        for g in opt.param_groups:
            g["lr"] = _lr(cfg, step)
        inputs = corrupt(x, cfg.input_noise, mc.q_levels, noise_gen) if cfg.input_noise > 0 else x
        with autocast:
            logits, state = net(inputs, state, feats)                       # (B, T, Q)
        state = detach(state)
        loss = F.cross_entropy(logits.float().reshape(-1, mc.q_levels), x[:, model.lookback:].reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.clip)
        opt.step()
        step += 1
        seen += x[:, model.lookback:].numel() * world.size         # every process's samples
        bits = distributed.mean(loss.item(), world) / LN2           # the global batch's loss
        loss_avg = bits if loss_avg is None else 0.98 * loss_avg + 0.02 * bits
        rate = seen / max(1e-9, time.time() - t0)
        text = f"step {step}/{cfg.steps} train {loss_avg:.3f} bits/sample, {rate:.0f} samples/s"
        if progress:
            progress(step / cfg.steps, text)
        if step % cfg.save_every == 0 or step == cfg.steps:
            ck = save()
        if step % cfg.valid_every == 0 or step == cfg.steps:
            vb = (bits_per_sample(model, valid_pieces, cfg.valid_samples, clocks=valid_clocks)
                  if valid_pieces and world.is_main else float("nan"))
            model.train()
            history.append([step, round(loss_avg, 4), round(vb, 4), round(time.time() - t0, 1)])
            log(f"{text}; valid {vb:.3f} bits/sample")
            ck = save()
        if cfg.snapshot_every and step % cfg.snapshot_every == 0 and world.is_main:
            path = out / f"snapshot-{step:07d}.wav"
            y = render_snapshot(model, cfg.snapshot_seconds, seed=step)
            model.train()
            write_wav(path, y, mc.sample_rate, subtype="PCM_16")
            log(f"snapshot {path}")
            if snapshot:
                snapshot(path, y, mc.sample_rate)
        # every process stops at the same step, as soon as any one's clock says the time is up
        if cfg.minutes and distributed.any_rank(time.time() - wall0 > 60 * cfg.minutes, world) and step < cfg.steps:
            ck = save()
            log(f"{text}; the {cfg.minutes:g}-minute budget is spent: saved step {step}")
            break
        if sys.stderr.isatty() and not progress and world.is_main:
            bar = "#" * int(30 * step / cfg.steps)
            print(f"\r[{bar:<30}] {text}", end="", file=sys.stderr, flush=True)
    if step == done_at_start or not world.is_main:
        return save()
    return torch.load(ckpt_path, weights_only=True)


def with_clock(model: SampleRNN) -> SampleRNN:
    """The same model with a beat-clock input added (its weights zero: it plays as before)."""
    grown = SampleRNN(SampleRNNConfig.from_dict({**model.config.to_dict(), "clock": 1}))
    missing, unexpected = grown.load_state_dict(model.state_dict(), strict=False)
    assert missing == ["clock_in.weight"] and not unexpected, (missing, unexpected)
    for name in ("seed_levels", "default_temperature"):
        if hasattr(model, name):
            setattr(grown, name, getattr(model, name))
    return grown.to(next(model.parameters()).device)


def seed_excerpt(pieces, n) -> np.ndarray:
    """A typical stretch of the training audio (RMS at the 75th percentile of n-sample windows)."""
    data = np.concatenate(pieces)
    if len(data) <= n:
        return data.astype(np.int64)
    values = audio.level_values(256 if data.max() < 256 else int(data.max()) + 1)
    starts = np.linspace(0, len(data) - n, min(200, len(data) // n + 1)).astype(int)
    rms = np.array([np.sqrt(np.mean(values[data[s: s + n]] ** 2)) for s in starts])
    best = starts[np.argsort(rms)[int(0.75 * (len(rms) - 1))]]
    return data[best: best + n].astype(np.int64)


def render_snapshot(model: SampleRNN, seconds, temperature=1.0, seed=0) -> np.ndarray:
    """A short generation to hear the model learn, continuing its seed excerpt (float32 audio)."""
    model.eval()
    n = int(seconds * model.config.sample_rate)
    c = model.config
    prime = getattr(model, "seed_levels", None)
    try:
        from .fast import FastGenerator
    except ImportError:         # no compiled generator: the reference one is slow but right
        return audio.decode(model.generate(n, temperature, prime=prime, seed=seed), c.quantization, c.q_levels)
    gen = FastGenerator(model)
    if prime is not None:
        gen.prime(prime)
    return gen.generate_audio(n, temperature=temperature, seed=seed)
