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

from oscserver.server.files import save_checkpoint, write_wav

from . import audio
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
    files = folder_or_files if isinstance(folder_or_files, list) else audio.audio_files(folder_or_files)
    dtype = np.uint8 if config.q_levels <= 256 else np.int16
    levels = []
    for f in files:
        try:
            x = audio.load(f, config.sample_rate)
        except (RuntimeError, ValueError, OSError) as error:  # a damaged file is skipped, not fatal
            print(f"skipped {f}: {error}", file=sys.stderr)
            continue
        levels.append(audio.encode(x, config.quantization, config.q_levels).astype(dtype))
    if files and not levels:
        raise ValueError(f"none of the {len(files)} sound files could be read")
    return levels


class Streams:
    """The corpus cut into `batch` contiguous streams read chunk by chunk, so the RNN state of one
    chunk is the right start for the next (truncated BPTT). Each epoch starts at a new offset."""

    def __init__(self, pieces, batch, seq_len, lookback, seed=0):
        self.data = np.concatenate(pieces).astype(np.int64)
        self.batch, self.seq_len, self.lookback, self.seed = batch, seq_len, lookback, seed
        self.stream_len = (len(self.data) - lookback) // batch
        self.chunks = (self.stream_len - lookback) // seq_len   # chunks per epoch
        if self.chunks < 1:
            need = batch * (seq_len + 2 * lookback) + lookback
            raise ValueError(f"training audio too short: {len(self.data)} samples, need >= {need} "
                             f"for batch {batch} x seq_len {seq_len}")

    def chunk(self, step):
        """(batch, lookback + seq_len) levels for a global step, and whether it starts an epoch."""
        epoch, i = divmod(step, self.chunks)
        rng = np.random.default_rng([self.seed, epoch])
        offset = int(rng.integers(0, max(1, self.stream_len - self.lookback - self.chunks * self.seq_len)))
        starts = np.arange(self.batch) * self.stream_len + offset + i * self.seq_len
        idx = starts[:, None] + np.arange(self.lookback + self.seq_len)
        return torch.from_numpy(self.data[idx]), i == 0


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
def bits_per_sample(model: SampleRNN, pieces, max_samples=None, batch=8, seq_len=1024) -> float:
    """Mean NLL of held-out audio in bits/sample (streams with carried state, as in training)."""
    model.eval()
    device = next(model.parameters()).device
    data = np.concatenate(pieces).astype(np.int64)
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
        logits, state = model(x, state)
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
          log=print):
    """Train, writing out_dir/checkpoint.pt (resumable), out_dir/snapshot-<step>.wav.

    progress(fraction, text) may raise to cancel; snapshot(path, audio_float32, rate) is called after
    each snapshot WAV is written. init_from: a checkpoint dict to start from (fine-tuning).
    Returns the final checkpoint dict."""
    cfg = train_config or TrainConfig()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ckpt_path = out / "checkpoint.pt"
    torch.manual_seed(cfg.seed)
    step, history, spent = 0, [], [0.0, 0.0]      # spent: wall, CPU seconds over all runs
    if resume and ckpt_path.exists():
        ck = torch.load(ckpt_path, map_location="cpu", weights_only=True)
        model = from_checkpoint(ck)
        # what the new command says about this run's length and place wins over the saved config
        cfg = TrainConfig.from_dict({**ck["train"], "steps": cfg.steps, "minutes": cfg.minutes,
                                     "device": cfg.device})
        step, history = ck["step"], list(ck.get("history", []))
        spent = list(ck.get("spent_seconds", spent))
        model.to(resolve_device(cfg.device))        # before the optimiser, so its moments follow
        opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
        if "optimizer" in ck:
            opt.load_state_dict(ck["optimizer"])
        log(f"resumed from {ckpt_path} at step {step}")
    else:
        model = from_checkpoint(init_from) if init_from else SampleRNN(model_config or SampleRNNConfig())
        model.to(resolve_device(cfg.device))
        opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    mc = model.config
    device = resolve_device(cfg.device)
    autocast = torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else nullcontext()
    noise_gen = torch.Generator(device=device).manual_seed(cfg.seed + step)
    if getattr(model, "seed_levels", None) is None:
        model.seed_levels = seed_excerpt(train_pieces, mc.sample_rate // 2)
    streams = Streams(train_pieces, cfg.batch, cfg.seq_len, model.lookback, cfg.seed)

    wall0, cpu0 = time.time(), time.process_time()

    def save():
        total = [spent[0] + time.time() - wall0, spent[1] + time.process_time() - cpu0]
        ck = checkpoint(model, train=asdict(cfg), step=step, history=history,
                        optimizer=opt.state_dict(), spent_seconds=total)
        save_checkpoint(ck, ckpt_path)
        return ck

    state, t0, done_at_start, seen, loss_avg = None, time.time(), step, 0, None
    model.train()
    while step < cfg.steps:
        x, new_epoch = streams.chunk(step)
        x = x.to(device, non_blocking=True)                                 # (B, lookback + T)
        if new_epoch or state is None:
            state = model.initial_state(cfg.batch)
        for g in opt.param_groups:
            g["lr"] = _lr(cfg, step)
        inputs = corrupt(x, cfg.input_noise, mc.q_levels, noise_gen) if cfg.input_noise > 0 else x
        with autocast:
            logits, state = model(inputs, state)                            # (B, T, Q)
        state = detach(state)
        loss = F.cross_entropy(logits.float().reshape(-1, mc.q_levels), x[:, model.lookback:].reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.clip)
        opt.step()
        step += 1
        seen += x[:, model.lookback:].numel()
        bits = loss.item() / LN2
        loss_avg = bits if loss_avg is None else 0.98 * loss_avg + 0.02 * bits
        rate = seen / max(1e-9, time.time() - t0)
        text = f"step {step}/{cfg.steps} train {loss_avg:.3f} bits/sample, {rate:.0f} samples/s"
        if progress:
            progress(step / cfg.steps, text)
        if step % cfg.save_every == 0 or step == cfg.steps:
            ck = save()
        if step % cfg.valid_every == 0 or step == cfg.steps:
            vb = bits_per_sample(model, valid_pieces, cfg.valid_samples) if valid_pieces else float("nan")
            model.train()
            history.append([step, round(loss_avg, 4), round(vb, 4), round(time.time() - t0, 1)])
            log(f"{text}; valid {vb:.3f} bits/sample")
            ck = save()
        if cfg.snapshot_every and step % cfg.snapshot_every == 0:
            path = out / f"snapshot-{step:07d}.wav"
            y = render_snapshot(model, cfg.snapshot_seconds, seed=step)
            model.train()
            write_wav(path, y, mc.sample_rate, subtype="PCM_16")
            log(f"snapshot {path}")
            if snapshot:
                snapshot(path, y, mc.sample_rate)
        if cfg.minutes and time.time() - wall0 > 60 * cfg.minutes and step < cfg.steps:
            ck = save()
            log(f"{text}; the {cfg.minutes:g}-minute budget is spent: saved step {step}")
            break
        if sys.stderr.isatty() and not progress:
            bar = "#" * int(30 * step / cfg.steps)
            print(f"\r[{bar:<30}] {text}", end="", file=sys.stderr, flush=True)
    return save() if step == done_at_start else torch.load(ckpt_path, weights_only=True)


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
