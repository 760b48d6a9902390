"""kill -9 in the middle of work: nothing finished is lost or corrupted, no orphaned job keeps
writing, half-written files are cleaned up at restart, and the server works again."""

import os
import signal
import time
from pathlib import Path

import pytest

from harness import DRUMKITS, REPO, start_server, stop_server


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if int((entry / "stat").read_text().split(")")[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "zombie" not in status.read_text()


def kill_9(server) -> list[int]:
    children = children_of(server.process.pid)
    server.process.send_signal(signal.SIGKILL)
    server.process.wait(timeout=10)
    return children


@pytest.fixture
def crash_dir(tmp_path):
    return tmp_path


def test_render_killed_mid_write_leaves_the_finished_take_intact(crash_dir):
    server = start_server(crash_dir)
    try:
        with server.client() as c:
            c.send("/samplernn/render", "take.wav", 0.25)
            assert c.expect("/samplernn/rendered", timeout=120)[0].endswith("take.wav")
            finished = (server.output_dir / "take.wav").read_bytes()
            c.send("/samplernn/render", "take.wav", 300.0)
            c.expect("/samplernn/progress", timeout=60)
            time.sleep(0.5)
        kill_9(server)
        assert (server.output_dir / "take.wav").read_bytes() == finished
    finally:
        stop_server(server)
    server = start_server(crash_dir)  # same output folder
    try:
        leftovers = [p for p in server.output_dir.rglob("*") if ".oscserver-partial" in p.name]
        assert leftovers == []
        with server.client() as c:
            assert c.request("/ping", "back", reply="/pong") == ["back"]
    finally:
        stop_server(server)


def test_jobs_killed_mid_way_leave_no_orphan_and_restart_clean(crash_dir):
    """Training runs in a worker process: it must die with the server (decomposition runs in a thread)."""
    server = start_server(crash_dir)
    try:
        with server.client() as c:
            c.send("/nmf/decompose", str(REPO / "examples" / "nmf" / "drumloop.wav"), 3, 1000)
            c.expect("/nmf/progress", timeout=60)
            c.send("/samplernn/train", str(REPO / "examples" / "samplernn"), 100000, 0, "small")
            c.expect("/samplernn/progress", timeout=120)
        children = kill_9(server)
        assert children, "expected the training job's worker process"
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(pid) for pid in children), "a job process outlived the killed server"
    finally:
        stop_server(server)
    server = start_server(crash_dir)
    try:
        with server.client() as c:
            c.send("/nmf/decompose", str(REPO / "examples" / "nmf" / "drumloop.wav"), 2, 20)
            done = c.expect("/nmf/done", timeout=120)
            assert done[0] == 2
    finally:
        stop_server(server)


@pytest.mark.skipif(not DRUMKITS.is_dir(), reason="hydrogen-drumkits not installed")
def test_corpus_analysis_killed_mid_job_then_analysed_again(crash_dir):
    folder = str(DRUMKITS / "circAfrique v4")
    server = start_server(crash_dir)
    try:
        with server.client() as c:
            c.send("/corpus/analyze", folder, 4)
            c.expect("/corpus/progress", timeout=60)
        kill_9(server)
    finally:
        stop_server(server)
    server = start_server(crash_dir)
    try:
        with server.client() as c:
            c.send("/corpus/analyze", folder, 4)
            points, done = c.collect("/corpus/point", until="/corpus/done", timeout=300)
            assert done[0] == len(points) > 10
    finally:
        stop_server(server)


def test_training_killed_with_kill_9_resumes_from_its_last_checkpoint(tmp_path):
    import subprocess
    import sys

    import torch

    out = tmp_path / "run"
    command = [sys.executable, "-m", "oscserver", "samplernn-train", str(REPO / "examples" / "samplernn"), str(out),
               "--save-every", "5", "--dim", "32", "--mlp-dim", "32", "--embed-dim", "16", "--batch", "4",
               "--seq-len", "128", "--snapshot-every", "0", "--valid-every", "1000", "--threads", "1"]
    training = subprocess.Popen(command + ["--steps", "100000"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not (out / "checkpoint.pt").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.5)  # let it write a few more checkpoints, maybe mid-write when killed
    finally:
        training.send_signal(signal.SIGKILL)
        training.wait()
    saved = torch.load(out / "checkpoint.pt", map_location="cpu", weights_only=True)  # intact, not half-written
    step = int(saved["step"])
    assert step >= 5
    done = subprocess.run(command + ["--steps", str(step + 5)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"resumed from {out / 'checkpoint.pt'} at step {step}" in done.stdout + done.stderr
    assert int(torch.load(out / "checkpoint.pt", weights_only=True)["step"]) == step + 5
