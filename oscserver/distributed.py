"""Training on several processes at once: what both trainers need to run under torchrun.

    torchrun --standalone --nproc_per_node 8 -m oscserver samplernn-train DATA RUN

torchrun starts one process per GPU (or per CPU slot) and tells each its place through the
environment (WORLD_SIZE, RANK, LOCAL_RANK, MASTER_ADDR/PORT). Every process reads the same data,
trains on its own share of it, and DistributedDataParallel averages the gradients, so all hold the
same weights after each step. Only the main process (rank 0) writes checkpoints, snapshots and the
log, and runs validation. Started any other way, a trainer sees a world of one and nothing here
does anything.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import timedelta

import torch
import torch.distributed as dist

# Validation and snapshots run on rank 0 while the others wait in their next collective: give
# them longer than torch's default before a wait counts as a hang.
TIMEOUT = timedelta(minutes=int(os.environ.get("OSCSERVER_DIST_TIMEOUT_MINUTES", "60")))


@dataclass(frozen=True)
class World:
    """This process's place among the training processes."""

    rank: int = 0           # 0 = the main process: it writes and logs
    size: int = 1           # processes in all (1 = training alone)
    local_rank: int = 0     # place on this machine: the GPU it uses
    backend: str = ""       # "nccl" (CUDA) or "gloo" (CPU); "" alone

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def describe(self) -> str:
        return "1 process" if self.size == 1 else f"{self.size} processes ({self.backend})"


def launched() -> bool:
    """True when torchrun (or anything that sets WORLD_SIZE > 1) started this process."""
    return int(os.environ.get("WORLD_SIZE", "1")) > 1


def from_env() -> World:
    """The place torchrun gave this process, before init() joins the others (to know who speaks
    when joining fails)."""
    env = os.environ.get
    return World(int(env("RANK", "0")), int(env("WORLD_SIZE", "1")), int(env("LOCAL_RANK", "0")))


def init(device_type: str = "cpu") -> World:
    """Join the other processes when torchrun started several (NCCL for CUDA, gloo for CPU);
    a world of one otherwise. Safe to call twice."""
    if dist.is_available() and dist.is_initialized():
        return current()
    if not launched():
        return World()
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    backend = "nccl" if device_type == "cuda" else "gloo"
    if backend == "nccl":
        if local_rank >= torch.cuda.device_count():
            raise ValueError(f"process {os.environ.get('RANK')} on {socket.gethostname()} wants GPU {local_rank}, "
                             f"but this machine has {torch.cuda.device_count()}: --nproc_per_node must be at "
                             f"most its number of GPUs")
        torch.cuda.set_device(local_rank)
    dist.init_process_group(backend, timeout=TIMEOUT)
    return current()


def run(command: str, device_type: str, body) -> int:
    """A training command's exit code: body(world) run as one process of a torchrun group (alone, a
    world of one). A ValueError (bad data or settings) reaches every process: rank 0 says it once,
    as `command: message`, and every process exits 2. Nobody leaves the group while rank 0 writes."""
    import sys

    world = from_env()
    try:
        world = init(device_type)
        code = body(world)
        barrier(world)
        return code
    except ValueError as error:
        if world.is_main or current().size == 1:    # (or it failed before joining the others)
            print(f"{command}: {error}", file=sys.stderr)
        return 2
    finally:
        cleanup()


def current() -> World:
    """The world this process is in now (a world of one unless init() joined others)."""
    if not (dist.is_available() and dist.is_initialized()):
        return World()
    return World(dist.get_rank(), dist.get_world_size(), int(os.environ.get("LOCAL_RANK", "0")),
                 dist.get_backend())


def is_main() -> bool:
    return current().is_main


def device(world: World, device: torch.device) -> torch.device:
    """The device this process trains on: its own GPU (LOCAL_RANK) when training on CUDA."""
    if device.type == "cuda" and world.size > 1:
        return torch.device("cuda", world.local_rank)
    return device


def wrap(model: torch.nn.Module, world: World, *, some_unused: bool = False) -> torch.nn.Module:
    """The model to call in training: DistributedDataParallel around it when there are several
    processes (it averages the gradients in backward), the model itself otherwise. Save and
    validate the unwrapped model, so checkpoints stay the same with no "module." prefixes.
    some_unused: some parameters get no gradient in some steps (SampleRNN's learned initial state
    is used only where a stream starts), so DDP must look for them after each forward."""
    if world.size == 1:
        return model
    from torch.nn.parallel import DistributedDataParallel

    on_gpu = next(model.parameters()).device.type == "cuda"
    # no buffer is learnt (the models' buffers are constant tables): nothing to send each step
    return DistributedDataParallel(model, device_ids=[world.local_rank] if on_gpu else None,
                                   find_unused_parameters=some_unused, forward_sync_buffers=False)


def shard(items, world: World):
    """This process's share of `items` (a list or array): every size-th one from its rank, as
    DistributedSampler deals them. The shares are disjoint and together hold every item; with fewer
    items than processes some are empty (check_enough first where that cannot be)."""
    return items[world.rank::world.size]


def check_enough(count: int, world: World, what: str) -> None:
    """ValueError, naming the numbers, when `count` items cannot give every process one."""
    if count < world.size:
        raise ValueError(f"{count} {what} cannot be shared among {world.size} processes: each needs at "
                         f"least one (use fewer processes, or more data)")


def check(problem: str | None, world: World) -> None:
    """Every process says what is wrong with its own input (None: nothing). When any process has a
    problem, every process raises the same ValueError naming each one, so they all stop together
    and rank 0 can print it (a process that stopped alone would leave the others waiting)."""
    if world.size == 1:
        if problem:
            raise ValueError(problem)
        return
    problems = [None] * world.size
    dist.all_gather_object(problems, None if not problem else f"{problem} (on {socket.gethostname()})")
    bad = [f"process {rank}: {p}" for rank, p in enumerate(problems) if p]
    if bad:
        raise ValueError("; ".join(bad))


def agree(value, world: World, what: str) -> None:
    """ValueError on every process unless all hold the same `value` (e.g. what data each one read):
    the shards are only disjoint and complete when every process cut up the same data."""
    if world.size == 1:
        return
    values = [None] * world.size
    dist.all_gather_object(values, (socket.gethostname(), value))
    if any(v != values[0][1] for _, v in values):
        seen = "; ".join(f"process {rank} on {host}: {v}" for rank, (host, v) in enumerate(values))
        raise ValueError(f"the processes do not see the same {what} ({seen}): give every machine the same files")


def from_main(make, world: World):
    """make() run on rank 0 and its result sent to every process (e.g. the checkpoint to resume
    from, which only rank 0's machine need hold)."""
    if world.size == 1:
        return make()
    box = [make() if world.is_main else None]
    dist.broadcast_object_list(box, src=0)
    return box[0]


def any_rank(flag: bool, world: World) -> bool:
    """True on every process when `flag` is true on any (e.g. a time budget spent on one clock):
    the processes must stop at the same step or the others wait for ever."""
    if world.size == 1:
        return bool(flag)
    t = torch.tensor([1.0 if flag else 0.0], device=_collective_device(world))
    dist.all_reduce(t, op=dist.ReduceOp.MAX)
    return bool(t.item())


def mean(value: float, world: World) -> float:
    """The mean of a number over the processes (e.g. each one's training loss)."""
    if world.size == 1:
        return float(value)
    t = torch.tensor([float(value)], dtype=torch.float64, device=_collective_device(world))
    dist.all_reduce(t)
    return float(t.item()) / world.size


def barrier(world: World) -> None:
    if world.size > 1:
        dist.barrier()


def cleanup() -> None:
    """Leave the process group (at the end, and on errors, so torchrun sees a clean exit).

    DDP's reducer sits in reference cycles; left to the interpreter's teardown, its gloo work is
    destroyed after the interpreter is half gone and the process aborts ("terminate called without
    an active exception", exit -6: seen once in a CI-like run). Collect it while all is alive."""
    import gc

    gc.collect()
    if dist.is_available() and dist.is_initialized():
        dist.destroy_process_group()


def _collective_device(world: World) -> torch.device:
    return torch.device("cuda", world.local_rank) if world.backend == "nccl" else torch.device("cpu")
