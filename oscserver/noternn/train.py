"""Training and evaluation of the note-RNN (pure: data in, checkpoint file out, no OSC).

Each melody is one sequence (start token + notes), padded per batch; the loss is nats per note
(pitch + duration). Melodies are transposed at random each epoch so that the model learns
intervals rather than one key. A checkpoint is written atomically after every epoch, so a
killed run resumes where it stopped.
"""

from __future__ import annotations

import math
import sys
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import numpy as np
import torch

from oscserver import distributed
from oscserver.noternn.data import encode, transpose
from oscserver.noternn.model import NoteRNN, NoteRNNConfig, checkpoint
from oscserver.server.files import save_checkpoint


@dataclass
class TrainSettings:
    epochs: int = 12            # passes over the training melodies
    batch_size: int = 32        # melodies per step
    lr: float = 3e-3            # AdamW peak learning rate (cosine decay to lr/20)
    weight_decay: float = 0.01
    max_len: int = 256          # notes per melody seen in training (longer ones are cut)
    transpose: int = 6          # random shift in -transpose..transpose-1 semitones per melody, per epoch
    grad_clip: float = 1.0
    patience: int = 0           # stop after this many epochs without a better validation score (0 = never)
    minutes: float = 0.0        # wall-clock budget: the epoch under way ends early and is scored (0 = none)
    seed: int = 0
    threads: int = 1            # torch threads (the machine is shared)

    @classmethod
    def for_fine_tuning(cls, **overrides) -> "TrainSettings":
        """Defaults for a small collection (20-200 tunes) starting from a trained model: a gentle
        learning rate so it keeps what it knew, small batches so an epoch is several steps, and early
        stopping, since a few hundred notes are soon learnt by heart. A few minutes on 2 cores."""
        return cls(**{"epochs": 20, "batch_size": 8, "lr": 5e-4, "patience": 3, **overrides})

    @classmethod
    def from_dict(cls, d: dict) -> "TrainSettings":
        unknown = set(d) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown TrainSettings keys: {sorted(unknown)}")
        return cls(**d)


def encode_all(melodies) -> list[np.ndarray]:
    return [encode(m) for m in melodies if len(m) > 0]


def _pad(seqs, start_token) -> tuple[torch.Tensor, torch.Tensor]:
    """Sequences of (T, 2) tokens -> inputs (B, T, 2) with the start token first, targets (B, T, 2)."""
    T = max(len(s) for s in seqs)
    inputs = np.zeros((len(seqs), T, 2), dtype=np.int64)
    targets = np.full((len(seqs), T, 2), -100, dtype=np.int64)
    for b, s in enumerate(seqs):
        inputs[b, 0] = start_token
        inputs[b, 1:len(s)] = s[:-1]
        targets[b, :len(s)] = s
    return torch.from_numpy(inputs), torch.from_numpy(targets)


def batches(seqs, batch_size, rng, *, max_len, shift=0, start_token):
    """Shuffled batches of similar length (less padding), each melody transposed at random."""
    for group in batch_groups(seqs, batch_size, rng, max_len=max_len, shift=shift):
        yield _pad(group, start_token)


def batch_groups(seqs, batch_size, rng, *, max_len, shift=0) -> list[list[np.ndarray]]:
    """The melodies of each batch (cut to max_len, transposed), in the order `batches` pads them.
    Under torchrun every process draws the same groups of batch_size x processes melodies and
    pads its own share of each (`share`)."""
    order = rng.permutation(len(seqs))
    pool = batch_size * 50
    out = []
    for i in range(0, len(order), pool):
        chunk = sorted(order[i:i + pool], key=lambda j: len(seqs[j]))
        for k in range(0, len(chunk), batch_size):
            group = []
            for j in chunk[k:k + batch_size]:
                s = seqs[j][:max_len]
                if shift:  # a shift that would leave 0..127 keeps the melody as it is
                    shifted = transpose(s, int(rng.integers(-shift, shift)))
                    s = s if shifted is None else shifted
                group.append(s)
            out.append(group)
    return [out[b] for b in rng.permutation(len(out))]


def share(group, world) -> tuple[list[np.ndarray], float]:
    """This process's melodies of a global batch (every size-th one: the group is sorted by length,
    so each gets long and short ones) and the factor that turns its mean loss per note into its
    part of the global batch's mean, once DDP has averaged over the processes. A process left
    without a melody (a last, small batch) trains on one with weight 0: every process must take
    part in every step."""
    if world.size == 1:
        return group, 1.0
    mine = distributed.shard(group, world)
    weight = world.size * sum(map(len, mine)) / sum(map(len, group))
    return (mine or group[:1]), weight


@torch.no_grad()
def evaluate(model: NoteRNN, seqs, batch_size: int = 64) -> float:
    """Bits per note (pitch and duration together) over every note of every melody."""
    if not any(len(s) for s in seqs):
        raise ValueError("no melodies to evaluate on")
    model.eval()
    total_nats, total_notes = 0.0, 0
    seqs = sorted(seqs, key=len)
    for i in range(0, len(seqs), batch_size):
        inputs, targets = _pad(seqs[i:i + batch_size], model.start_token)
        notes = int((targets[..., 0] != -100).sum())
        _, _, loss, _ = model(inputs, targets)
        total_nats += float(loss) * notes
        total_notes += notes
    return total_nats / total_notes / math.log(2)


def progress_bar(fraction: float, text: str, stream=sys.stderr) -> None:
    width = 30
    filled = int(round(width * fraction))
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {100 * fraction:5.1f}% {text}   ")
    stream.flush()


def _out_of_patience(history: list[dict], patience: int) -> bool:
    """True when the last `patience` epochs all scored worse than the best before them."""
    if patience <= 0 or len(history) <= patience:
        return False
    best_before = min(h["valid_bits"] for h in history[:-patience])
    return all(h["valid_bits"] >= best_before for h in history[-patience:])


def train(train_seqs, valid_seqs, out: Path, *, config: NoteRNNConfig | None = None,
          settings: TrainSettings | None = None, data_info: dict | None = None,
          init: dict | None = None, progress=progress_bar, log=print, should_stop=lambda: False) -> dict:
    """Train, writing `out` (best model by validation bits/note) and `out`.state.pt (to resume).

    `init` (a checkpoint dict) fine-tunes: its config and weights are the start, scored on the
    validation melodies as epoch 0, so `out` is never worse than the model it started from.
    If the resume file exists, training continues from it (its config and settings win).
    Under torchrun (oscserver.distributed.init() called first) each process trains on its own share
    of every batch of batch_size x processes melodies, and only rank 0 validates, writes and logs.
    Returns the final checkpoint dict of the best model (on the other processes: the last model).
    """
    world = distributed.current()
    if not world.is_main:           # one voice in the log, one writer of each file
        log, progress = (lambda *a, **k: None), None
    # before anything is written, so that the last checkpoint stays as it was
    distributed.check_enough(len(train_seqs), world, "training melodies")
    out = Path(out)
    state_path = out.with_name(out.stem + ".state.pt")
    resume = distributed.from_main(lambda: torch.load(state_path, map_location="cpu", weights_only=True)
                                   if state_path.exists() else None, world)
    if resume:
        config = NoteRNNConfig.from_dict(resume["model_args"])
        settings = TrainSettings.from_dict(resume["settings"])
    elif init:
        config = NoteRNNConfig.from_dict(init["model_args"])
    config = config or NoteRNNConfig()
    settings = settings or TrainSettings()
    torch.set_num_threads(settings.threads)
    torch.manual_seed(settings.seed)
    model = NoteRNN(config)
    opt = torch.optim.AdamW(model.parameters(), lr=settings.lr, weight_decay=settings.weight_decay)
    steps_per_epoch = math.ceil(len(train_seqs) / (settings.batch_size * world.size))
    total_steps = steps_per_epoch * settings.epochs
    epoch, step, best, history, cpu_seconds = 0, 0, float("inf"), [], 0.0
    if resume:
        model.load_state_dict(resume["state_dict"])
        opt.load_state_dict(resume["optimizer"])
        epoch, step, best = resume["epoch"], resume["step"], resume["best_valid_bits"]
        history, cpu_seconds = list(resume["history"]), resume["cpu_seconds"]
        log(f"resuming after epoch {epoch} (best valid {best:.3f} bits/note)")
    elif init:
        model.load_state_dict(init["state_dict"])
        best = distributed.from_main(lambda: evaluate(model, valid_seqs), world)
        history.append({"epoch": 0, "train_bits": None, "valid_bits": best, "seconds": 0.0})
        log(f"starting from {init.get('data', {}).get('source', 'a trained model')}: "
            f"valid {best:.3f} bits/note before training")
        if world.is_main:
            save_checkpoint(checkpoint(model, valid_bits=best, settings=asdict(settings), history=history,
                                       epoch=0, cpu_seconds=0.0, data=data_info or {}), out)
    n_params = sum(p.numel() for p in model.parameters())
    log(f"{n_params / 1e6:.2f}M parameters, {len(train_seqs)} training melodies, "
        f"{sum(map(len, train_seqs))} notes, {steps_per_epoch} steps/epoch"
        + (f" on {world.describe()}: global batch {settings.batch_size * world.size} = "
           f"{settings.batch_size} melodies per process x {world.size}" if world.size > 1 else ""))
    net = distributed.wrap(model, world)            # what trains; `model` is what is saved

    deadline = time.monotonic() + 60 * settings.minutes if settings.minutes > 0 else math.inf
    out_of_time = False
    while epoch < settings.epochs and not out_of_time and not _out_of_patience(history, settings.patience):
        rng = np.random.default_rng(settings.seed * 1000 + epoch)  # the same batches after a resume
        model.train()
        t0, cpu0, run_loss = time.time(), time.process_time(), None
        for i, melodies in enumerate(batch_groups(train_seqs, settings.batch_size * world.size, rng,
                                                  max_len=settings.max_len, shift=settings.transpose)):
            mine, weight = share(melodies, world)
            inputs, targets = _pad(mine, model.start_token)
            lr = settings.lr * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * min(step / total_steps, 1.0))))
            for group in opt.param_groups:
                group["lr"] = lr
            _, _, loss, _ = net(inputs, targets)
            loss = loss * weight if world.size > 1 else loss    # mean per note over the global batch
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), settings.grad_clip)
            opt.step()
            step += 1
            value = distributed.mean(loss.item(), world)
            run_loss = value if run_loss is None else 0.98 * run_loss + 0.02 * value
            if progress and (i % 10 == 0 or i + 1 == steps_per_epoch):
                progress((i + 1) / steps_per_epoch, f"epoch {epoch + 1}/{settings.epochs} "
                         f"loss {run_loss / math.log(2):.3f} bits/note, {time.time() - t0:.0f}s")
            if should_stop():
                raise KeyboardInterrupt("stopped")
            if distributed.any_rank(time.monotonic() > deadline, world):  # every process stops at the same step
                out_of_time = True
                break
        valid_bits = distributed.from_main(lambda: evaluate(model, valid_seqs), world)
        epoch += 1
        cpu_seconds += time.process_time() - cpu0
        history.append({"epoch": epoch, "train_bits": run_loss / math.log(2), "valid_bits": valid_bits,
                        "seconds": time.time() - t0})
        if progress:
            sys.stderr.write("\n")
        log(f"epoch {epoch}: train {run_loss / math.log(2):.3f}  valid {valid_bits:.3f} bits/note "
            f"({time.time() - t0:.0f}s)")
        info = {"settings": asdict(settings), "history": history, "epoch": epoch,
                "cpu_seconds": cpu_seconds, "data": data_info or {}}
        if valid_bits < best:
            best = valid_bits
            if world.is_main:
                save_checkpoint(checkpoint(model, valid_bits=valid_bits, **info), out)
        if world.is_main:
            save_checkpoint({**checkpoint(model, **info), "optimizer": opt.state_dict(), "step": step,
                          "best_valid_bits": best}, state_path)
    if out_of_time:
        log(f"stopping: the {settings.minutes:g} minutes are up (best {best:.3f})")
    elif epoch < settings.epochs:
        log(f"stopping early: no better validation score in {settings.patience} epochs (best {best:.3f})")
    if not world.is_main:           # `out` may be on another machine's disk
        return checkpoint(model, valid_bits=best, settings=asdict(settings), history=history, epoch=epoch)
    return torch.load(out, map_location="cpu", weights_only=True)


def train_on_folder(folder, out: Path, *, init: Path | str | None = None, minutes: float = 3.0,
                    progress=None, log=print, should_stop=lambda: False) -> dict:
    """A folder of MIDI files -> a trained model at `out` (what /rnn/train runs): fine-tuned from
    the checkpoint `init` with the fine-tuning defaults, or from nothing; stops after `minutes` at the latest.
    Unreadable files are logged by name; ValueError when fewer than two tunes hold notes."""
    from oscserver.noternn.data import read_midi_tunes, split, split_shares
    from oscserver.noternn.model import load

    tunes, skipped = read_midi_tunes(folder)
    for name, reason in skipped:
        log(f"skipping {name}: {reason}")
    if len(tunes) < 2:
        why = "".join(f"; {name}: {reason}" for name, reason in skipped[:3])
        raise ValueError(f"{Path(folder).name} holds {len(tunes)} MIDI file(s) with notes; training needs "
                         f"at least 2 (one is held out to stop at the best epoch){why}")
    parts = split(tunes, **split_shares(len(tunes)))
    train_seqs = encode_all([m for _, m in parts["train"] + parts["test"]])   # no test set here
    valid_seqs = encode_all([m for _, m in parts["valid"]])
    settings = (TrainSettings.for_fine_tuning(minutes=minutes, epochs=100) if init else
                TrainSettings(minutes=minutes, epochs=200, batch_size=16, patience=5))
    info = {"source": {"midi": str(Path(folder).resolve())}, "train_melodies": len(train_seqs),
            "split": "sha1(noternn:id), shares by size (data.split_shares); test tunes trained on"}
    if init:
        info["init"] = str(Path(init).resolve())
    return train(train_seqs, valid_seqs, out, settings=settings, init=load(init)[1] if init else None, data_info=info,
                 progress=progress, log=log, should_stop=should_stop)


def adapt(model: NoteRNN, tokens: np.ndarray, *, steps: int = 30, lr: float = 3e-4, transpose_range: int = 3,
          seed: int = 0, should_stop=lambda: False) -> NoteRNN:
    """A copy of `model` after `steps` gradient steps on one melody (tokens (T, 2), e.g. tonight's
    live history), each step on a random transposition of it; `model` itself is untouched."""
    import copy

    adapted = copy.deepcopy(model)
    adapted.train()
    rng = np.random.default_rng(seed)
    opt = torch.optim.AdamW(adapted.parameters(), lr=lr, weight_decay=0.0)
    for _ in range(steps):
        shifted = transpose(tokens, int(rng.integers(-transpose_range, transpose_range + 1)))
        inputs, targets = _pad([tokens if shifted is None else shifted], adapted.start_token)  # (1, T, 2)
        _, _, loss, _ = adapted(inputs, targets)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(adapted.parameters(), 1.0)
        opt.step()
        if should_stop():
            break
    return adapted.eval()
