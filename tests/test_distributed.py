"""Training under torchrun: two CPU processes (gloo) train one model, the same as one process with
twice the batch; rank 0 alone writes; a resumed run continues at the saved step; data that cannot be
shared among the processes is refused by rank 0 with the checkpoint left as it was.

Each test starts `torchrun --standalone --nproc_per_node 2` as a subprocess (this file is also the
script its processes run: see WORKERS at the end).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

HERE = Path(__file__).resolve()
EXCERPT = HERE.parents[1] / "examples" / "samplernn" / "chorale-excerpt.wav"
SR = 8000


# ---------------------------------------------------------------------------------- tiny data and models

def levels(seconds=1.0):
    """A sine with a little noise, mu-law levels: the same on every process."""
    from oscserver.samplernn import audio

    t = np.arange(int(seconds * SR)) / SR
    x = 0.7 * np.sin(2 * np.pi * 437.7 * t) + 0.05 * np.random.default_rng(0).standard_normal(len(t))
    return audio.mu_law_encode(np.clip(x, -1, 1)).astype(np.uint8)


def samplernn_model():
    from oscserver.samplernn.model import SampleRNNConfig

    return SampleRNNConfig(sample_rate=SR, frame_sizes=(8,), dim=16, mlp_dim=16, embed_dim=4, context=8,
                           upsample_rank=2)


def samplernn_steps(out, batch):
    """Three steps (the learned initial state is used in the first only) -> the saved weights."""
    from oscserver.samplernn.train import TrainConfig, train

    cfg = TrainConfig(steps=3, batch=batch, seq_len=32, valid_every=3, save_every=3, snapshot_every=0)
    return train([levels()], [], out, samplernn_model(), cfg, log=lambda s: None)["model"]


def melodies(n=10):
    """Melodies of different lengths (so that each process's share holds a different number of notes)."""
    from oscserver.noternn.data import encode

    rng = np.random.default_rng(1)
    return [encode([(int(p), 0.5) for p in 60 + rng.integers(-6, 7, 5 + 3 * k)]) for k in range(n)]


def noternn_epoch(out, batch):
    """One epoch over 8 melodies (two global batches of 4) -> the saved weights."""
    from oscserver.noternn.model import NoteRNNConfig
    from oscserver.noternn.train import TrainSettings, train

    seqs = melodies()
    config = NoteRNNConfig(n_embd=8, n_hidden=24, n_layers=1, dropout=0.0, phase_bins=24)
    settings = TrainSettings(epochs=1, batch_size=batch, lr=1e-2, transpose=3)
    return train(seqs[:8], seqs[8:], Path(out) / "m.pt", config=config, settings=settings, progress=None,
                 log=lambda s: None)["state_dict"]


def write_midi_folder(folder, n):
    from oscserver.noternn import data

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(2)
    for k in range(n):
        tune = [(int(p), float(d)) for p, d in zip(60 + rng.integers(-5, 8, 16), rng.choice([0.5, 1.0], 16))]
        data.write_midi(tune, folder / f"tune{k:02d}.mid")
    return folder


def torchrun(*args, cwd, timeout=150):
    """`torchrun --standalone --nproc_per_node 2 ARGS` on CPU -> CompletedProcess (text)."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": ""}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2", *map(str, args)]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def ok(run):
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-5000:]
    return run.stdout


def assert_same(a: dict, b: dict, atol=2e-5):
    assert a.keys() == b.keys()
    worst = max(float((a[k].float() - b[k].float()).abs().max()) for k in a)
    assert worst < atol, f"largest difference {worst:g}"


# ------------------------------------------------------------------------------------------------- tests

def test_two_processes_take_the_same_samplernn_steps_as_one_with_twice_the_batch(tmp_path):
    torch.set_num_threads(1)
    ok(torchrun(HERE, "samplernn-steps", tmp_path / "two", 2, cwd=tmp_path))
    two = torch.load(tmp_path / "two" / "checkpoint.pt", weights_only=True)
    assert two["step"] == 3 and not any(k.startswith("module.") for k in two["model"])
    assert_same(two["model"], samplernn_steps(tmp_path / "one", batch=4))
    half = samplernn_steps(tmp_path / "half", batch=2)              # the test can tell a difference
    assert max(float((two["model"][k] - half[k]).abs().max()) for k in half) > 1e-4


def test_two_processes_take_the_same_note_rnn_steps_as_one_with_twice_the_batch(tmp_path):
    torch.set_num_threads(1)
    ok(torchrun(HERE, "noternn-epoch", tmp_path / "two", 2, cwd=tmp_path))
    two = torch.load(tmp_path / "two" / "m.pt", weights_only=True)
    state = torch.load(tmp_path / "two" / "m.state.pt", weights_only=True)
    assert state["step"] == 2 and not any(k.startswith("module.") for k in two["state_dict"])
    assert_same(two["state_dict"], noternn_epoch(tmp_path / "one", batch=4))


TINY = ["--dim", "16", "--mlp-dim", "16", "--embed-dim", "4", "--frame-sizes", "8", "--context", "8",
        "--batch", "4", "--seq-len", "256", "--save-every", "2", "--valid-every", "2", "--snapshot-every", "0"]


def test_samplernn_train_under_torchrun_writes_one_model_and_resumes(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(EXCERPT, data / "a.wav")
    first = ok(torchrun("-m", "oscserver", "samplernn-train", data, "run", "--steps", 2, *TINY, cwd=tmp_path))
    assert "training on 2 processes (gloo): global batch 8 = 4 streams per process x 2" in first
    assert first.count("wrote run/model.pt (step 2)") == 1                   # rank 0 alone speaks
    second = ok(torchrun("-m", "oscserver", "samplernn-train", data, "run", "--steps", 4, *TINY, cwd=tmp_path))
    assert "resumed from run/checkpoint.pt at step 2" in second and second.count("resumed") == 1
    ck = torch.load(tmp_path / "run" / "checkpoint.pt", weights_only=True)
    assert ck["step"] == 4 and [h[0] for h in ck["history"]] == [2, 4]
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == ["checkpoint.pt", "model.pt"]


def test_rnn_train_under_torchrun_writes_one_model_and_resumes(tmp_path):
    tunes = write_midi_folder(tmp_path / "tunes", 10)
    args = ["-m", "oscserver", "rnn-train", "--midi", tunes, "--out", "m.pt", "--epochs", 2, "--hidden", 16,
            "--layers", 1, "--embd", 8, "--batch-size", 2]
    first = ok(torchrun(*args, cwd=tmp_path))
    assert "on 2 processes (gloo): global batch 4 = 2 melodies per process x 2" in first
    assert first.count("best validation") == 1
    state = torch.load(tmp_path / "m.state.pt", weights_only=True)
    assert state["epoch"] == 2 and state["step"] == 4            # 8 training tunes / 4 a step, 2 epochs
    # as if that run had been asked for 3 epochs and killed after 2: the next one picks up there
    torch.save({**state, "settings": {**state["settings"], "epochs": 3}}, tmp_path / "m.state.pt")
    second = ok(torchrun(*args, cwd=tmp_path))
    assert "resuming after epoch 2" in second and second.count("resuming") == 1
    state = torch.load(tmp_path / "m.state.pt", weights_only=True)
    assert state["epoch"] == 3 and state["step"] == 6 and [h["epoch"] for h in state["history"]] == [1, 2, 3]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.pt", "m.state.pt", "tunes"]


def test_audio_too_short_for_every_process_is_refused_and_the_checkpoint_kept(tmp_path):
    import soundfile as sf

    from oscserver.cli import main

    data, short = tmp_path / "data", tmp_path / "short"
    data.mkdir()
    short.mkdir()
    shutil.copy(EXCERPT, data / "a.wav")
    assert main(["samplernn-train", str(data), str(tmp_path / "run"), "--steps", "2", *TINY]) == 0
    before = (tmp_path / "run" / "checkpoint.pt").read_bytes()
    sf.write(short / "a.wav", np.sin(np.arange(1500) / 5.0) * 0.5, 16000)  # enough for 4 streams, not 8
    run = torchrun("-m", "oscserver", "samplernn-train", short, "run", "--steps", 4, *TINY, cwd=tmp_path)
    assert run.returncode != 0
    assert run.stderr.count("samplernn-train: training audio too short: 1500 samples, need >= 2184 for "
                            "2 processes x batch 4 x seq_len 256") == 1, run.stderr[-3000:]
    assert (tmp_path / "run" / "checkpoint.pt").read_bytes() == before


def test_too_few_tunes_for_every_process_is_refused(tmp_path):
    tunes = write_midi_folder(tmp_path / "tunes", 3)                # 1 to train on, 1 valid, 1 test
    run = torchrun("-m", "oscserver", "rnn-train", "--midi", tunes, "--out", "m.pt", "--hidden", 16,
                   cwd=tmp_path)
    assert run.returncode != 0
    assert run.stderr.count("rnn-train: 1 training melodies cannot be shared among 2 processes") == 1, \
        run.stderr[-3000:]
    assert not (tmp_path / "m.pt").exists()


@pytest.mark.parametrize("command", ["samplernn-train", "rnn-train"])
def test_a_process_without_the_data_stops_every_process_and_rank_0_says_which(tmp_path, command):
    if command == "samplernn-train":
        data = tmp_path / "data"
        data.mkdir()
        shutil.copy(EXCERPT, data / "a.wav")
        args, missing = [data, "run", "--steps", 2, *TINY], "no audio files in"
    else:
        data = write_midi_folder(tmp_path / "data", 10)
        args, missing = ["--midi", data, "--out", "run/m.pt", "--hidden", 16], "no MIDI files with notes in"
    run = torchrun(HERE, "rank-1-without-data", command, *args, cwd=tmp_path)
    assert run.returncode != 0
    assert run.stderr.count(f"{command}: process 1: {missing} {tmp_path / 'nowhere'} (on ") == 1, \
        run.stderr[-3000:]
    assert not (tmp_path / "run").exists()


# ------------------------------------------------------------------- what the processes torchrun starts run

def _worker_samplernn_steps(out, batch):
    from oscserver import distributed

    world = distributed.init("cpu")
    samplernn_steps(out, int(batch))
    distributed.barrier(world)          # nobody leaves the group while rank 0 still writes
    distributed.cleanup()


def _worker_noternn_epoch(out, batch):
    from oscserver import distributed

    world = distributed.init("cpu")
    noternn_epoch(out, int(batch))
    distributed.barrier(world)          # nobody leaves the group while rank 0 still writes
    distributed.cleanup()


def _worker_rank_1_without_data(*argv):
    """The oscserver command, but on rank 1 the data folder is missing (a machine without the files)."""
    from oscserver.cli import main

    if os.environ["RANK"] == "1":
        argv = [str(Path(a).parent / "nowhere") if Path(a).is_dir() else a for a in argv]
    return main(list(argv))


WORKERS = {"samplernn-steps": _worker_samplernn_steps, "noternn-epoch": _worker_noternn_epoch,
           "rank-1-without-data": _worker_rank_1_without_data}

if __name__ == "__main__":
    torch.set_num_threads(1)
    sys.exit(WORKERS[sys.argv[1]](*sys.argv[2:]))
