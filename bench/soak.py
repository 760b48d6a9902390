"""Soak: several clients use every instrument at once while junk arrives; memory and /ping latency
are recorded over time. Memory must stay flat after warm-up (growth under 5%) and /ping p99 under
5 ms throughout. A bare python-osc echo server is pinged side by side as the baseline for latency
on the same loaded machine.

Run: .venv/bin/python bench/soak.py [--minutes 5]     (hours work too: --minutes 600)
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import REPO, echo_server_code, rss_mb, wait_until_answering
from fuzzing import junk  # noqa: E402
from oscclient import OscClient, free_udp_port  # noqa: E402
from oscserver.server.priority import realtime_priority  # noqa: E402

DRUMS = Path("/usr/share/hydrogen/data/drumkits")


def job_processes_rss_mb(pid: int) -> float:
    """RSS of the job processes the server started (training a request asked for, not a leak)."""
    total = 0.0
    for child in Path("/proc").glob("[0-9]*"):
        try:
            if int((child / "stat").read_text().split(")")[1].split()[1]) == pid:
                total += rss_mb(int(child.name))
        except (OSError, ValueError, IndexError):
            continue
    return total


class Worker(threading.Thread):
    def __init__(self, name, address, stop):
        super().__init__(name=name, daemon=True)
        self.address, self.stop, self.count, self.errors = address, stop, 0, 0

    def client(self):
        return OscClient(self.address)

    def listen(self, c, counted: str, end: str, seconds: float) -> None:
        """Count replies at `counted` until `end` arrives, or an /error (then back off: another
        client, e.g. the junk, may hold the instrument), or `seconds` pass."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self.stop.is_set():
            got = c.receive(1.0)
            if got and got[0] == counted:
                self.count += 1
            elif got and got[0] == "/error":
                self.errors += 1
                time.sleep(0.5)
                return
            elif got and got[0] == end:
                return


class SampleRNNStreamer(Worker):
    def run(self):
        with self.client() as c:
            while not self.stop.is_set():
                c.send("/connect", 0)
                c.send("/samplernn/start", 20.0, 1.0)
                self.listen(c, "/samplernn/block", "/samplernn/done", 25)
            c.send("/samplernn/stop")


class NMFPlayer(Worker):
    def run(self):
        with self.client() as c:
            c.send("/nmf/decompose", str(REPO / "examples" / "nmf" / "drumloop.wav"), 3, 50)
            try:
                c.expect("/nmf/done", timeout=120)
            except TimeoutError:
                self.errors += 1
            while not self.stop.is_set():
                c.send("/connect", 0)
                c.send("/nmf/play")
                self.listen(c, "/nmf/env", "/nmf/played", 60)
            c.send("/nmf/stop")


class CorpusQuerier(Worker):
    def run(self):
        rng = random.Random(3)
        folder = next(p for p in sorted(DRUMS.iterdir()) if p.is_dir())
        with self.client() as c:
            c.send("/corpus/analyze", str(folder), 4)
            try:
                c.expect("/corpus/done", timeout=300)
            except (TimeoutError, AssertionError):
                self.errors += 1
            while not self.stop.is_set():
                c.send("/connect", 0)
                c.send("/corpus/nearest", rng.random(), rng.random(), 3)
                try:
                    c.expect("/corpus/nearest", timeout=2)
                    self.count += 1
                except TimeoutError:
                    self.errors += 1
                c.drain(0.0)
                time.sleep(0.02)


class Trainer(Worker):
    """Trains SampleRNN over OSC (a torch process job) from `after` seconds on, as a performer
    letting the audience hear a model learn: the heaviest job the server runs beside a set."""

    def __init__(self, *a, after: float, jobs: int = 1):
        super().__init__(*a)
        self.after, self.jobs = after, jobs

    def run(self):
        if self.stop.wait(self.after):
            return
        with self.client() as c:
            while not self.stop.is_set():
                c.send("/connect", 0)
                for _ in range(self.jobs):
                    c.send("/samplernn/train", str(REPO / "examples" / "samplernn"), 1_000_000, 50, "small")
                self.listen(c, "/samplernn/progress", "/samplernn/trained", 3600)
            c.send("/cancel", "samplernn")


class JunkSender(Worker):
    def __init__(self, *a, addresses):
        super().__init__(*a)
        self.addresses = [x for x in addresses if x not in ("/cancel",)]

    def run(self):
        rng = random.Random(9)
        with self.client() as c:
            while not self.stop.is_set():
                for _ in range(20):
                    c.send_raw(junk(rng, self.addresses))
                    self.count += 1
                c.drain(0.0)
                time.sleep(0.1)


NAMES = ("samplernn", "nmf", "corpus", "junk", "train")


def run_clients(address, addresses, stop, counts, errors, train_after, trainings) -> None:
    """The busy clients, in their own process so their threads do not hold up the pinger's
    GIL (which would inflate the latency we measure for both servers)."""
    workers = [SampleRNNStreamer("samplernn", address, stop), NMFPlayer("nmf", address, stop),
               CorpusQuerier("corpus", address, stop), JunkSender("junk", address, stop, addresses=addresses)]
    if train_after >= 0:
        workers.append(Trainer("train", address, stop, after=train_after, jobs=trainings))
    for w in workers:
        w.start()
    while not stop.is_set():
        for i, w in enumerate(workers):
            counts[i], errors[i] = w.count, w.errors
        time.sleep(0.5)
    for w in workers:
        w.join(timeout=5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--interval", type=float, default=10.0, help="seconds per report line")
    parser.add_argument("--trainings", type=int, default=1, help="training jobs the training client runs at once")
    parser.add_argument("--no-realtime-probe", dest="realtime_probe", action="store_false",
                        help="ping from an ordinary-priority thread")
    parser.add_argument("--train-after", type=float, default=60.0,
                        help="seconds before a client starts SampleRNN training over OSC (-1 = never)")
    args = parser.parse_args()
    out = tempfile.mkdtemp()
    port, echo_port = free_udp_port(), free_udp_port()
    server = subprocess.Popen([sys.executable, "-m", "oscserver", "serve", "--port", str(port), "--output", out,
                               "--allow-read", str(REPO), str(DRUMS), "--log-level", "warning"],
                              cwd=out, stdout=subprocess.DEVNULL, stderr=open(Path(out) / "server.log", "w"))
    echo = subprocess.Popen([sys.executable, "-c", echo_server_code(echo_port)], stderr=subprocess.DEVNULL)
    import multiprocessing

    mp = multiprocessing.get_context("spawn")
    stop = mp.Event()
    counts, errors = mp.Array("l", len(NAMES)), mp.Array("l", len(NAMES))
    address = ("127.0.0.1", port)
    try:
        wait_until_answering(address, server)
        with OscClient(address) as probe:
            probe.send("/help")
            help_lines = [probe.expect("/help")] + [a for x, a in probe.drain(0.5) if x == "/help"]
        clients = mp.Process(target=run_clients, args=(address, [h[0] for h in help_lines], stop, counts, errors,
                                                         args.train_after, args.trainings),
                             daemon=True)
        clients.start()
        pinger, echo_pinger = OscClient(address), OscClient(("127.0.0.1", echo_port), connect=False)
        # The prober at real-time priority (where allowed) measures the servers, not its own wait for a
        # core among the busy clients; --no-realtime-probe shows what a busy patch would see.
        probe_realtime = args.realtime_probe and realtime_priority()
        print(f"soak for {args.minutes:g} min; load {os.getloadavg()[0]:.2f}; {len(NAMES) - (args.train_after < 0)} clients "
              f"(another process; {args.trainings} training job(s) from t={args.train_after:g} s) + pings every 20 ms "
              f"({'real-time' if probe_realtime else 'ordinary'} priority)")
        print(f"{'t (s)':>6} {'RSS MB':>8} {'jobs MB':>8} {'ping p50':>9} {'p99':>7} {'max':>7} {'echo p99':>9}  "
              f"{'blocks':>7} {'envs':>6} {'nearest':>8} {'junk':>7} {'train':>6}")
        start, window, echo_window, rows, i = time.monotonic(), [], [], [], 0
        next_report = start + args.interval
        while (now := time.monotonic()) - start < args.minutes * 60:
            for client, times in ((pinger, window), (echo_pinger, echo_window)):
                t0 = time.perf_counter()
                client.send("/ping", "soak", i)
                while True:
                    try:
                        got = client.expect("/pong", timeout=2.0)
                    except TimeoutError:
                        got = None
                        times.append(2.0)
                        break
                    if got == ["soak", i]:
                        times.append(time.perf_counter() - t0)
                        break
            i += 1
            time.sleep(0.02)
            if now >= next_report:
                next_report += args.interval
                if server.poll() is not None:
                    raise SystemExit(f"server died with exit code {server.returncode}")
                ordered, echo_ordered = sorted(window), sorted(echo_window)
                row = (now - start, rss_mb(server.pid), ordered[len(ordered) // 2] * 1e3,
                       ordered[int(0.99 * (len(ordered) - 1))] * 1e3, ordered[-1] * 1e3,
                       echo_ordered[int(0.99 * (len(echo_ordered) - 1))] * 1e3)
                rows.append(row)
                print(f"{row[0]:6.0f} {row[1]:8.1f} {job_processes_rss_mb(server.pid):8.1f} {row[2]:8.3f} {row[3]:7.3f} {row[4]:7.1f} {row[5]:9.3f}  "
                      f"{counts[0]:7d} {counts[1]:6d} {counts[2]:8d} {counts[3]:7d} {counts[4]:6d}",
                      flush=True)
                window, echo_window = [], []
        stop.set()
        warm = rows[max(1, len(rows) // 5)] if len(rows) > 2 else rows[0]
        growth = (rows[-1][1] - warm[1]) / warm[1] * 100
        worst_p99 = max(r[3] for r in rows)
        print(f"\nserver memory after warm-up {warm[1]:.1f} MB -> end {rows[-1][1]:.1f} MB: growth {growth:+.1f}% "
              f"(max {max(r[1] for r in rows[len(rows) // 5:]):.1f} MB)")
        print(f"/ping p99 worst window {worst_p99:.3f} ms (python-osc echo, same machine: "
              f"{max(r[5] for r in rows):.3f} ms); errors seen by clients: "
              f"{', '.join(f'{name} {errors[i]}' for i, name in enumerate(NAMES))}")
        print(f"server still running: {server.poll() is None}; its log: {Path(out) / 'server.log'}")
    finally:
        stop.set()
        server.terminate()
        echo.terminate()
        server.wait()
        echo.wait()


if __name__ == "__main__":
    main()
