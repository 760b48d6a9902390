"""OSC core benchmark: oscserver against a bare python-osc echo server, side by side.

Measures, for both:
  1. /ping round trip p50/p99, idle (interleaved, so both see the same machine noise);
  2. the same while a CPU-heavy job runs (oscserver: a pure-Python job that holds the GIL in a worker
     thread, its worst case; python-osc: the same loop in a thread of the echo server);
  3. how many of 20,000 /ping sent at 10,000 per second are answered;
  4. an unpaced burst of 20,000: how many answered, and whether /ping still answers afterwards.

Run: .venv/bin/python bench/osc_latency.py   (about a minute)
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import threading
import time

from common import REPO, echo_server_code
from oscclient import OscClient, encode, free_udp_port  # noqa: E402

OSCSERVER = """
import sys, tempfile
sys.path.insert(0, {tests!r})
from oscserver.server.app import INSTRUMENTS, Server, configure_logging
from oscserver.server.config import ServerConfig
configure_logging("warning")
sys.setswitchinterval(0.001)  # as `oscserver serve` does
server = Server(ServerConfig(port={port}, output=tempfile.mkdtemp()),
                instruments=INSTRUMENTS + ("slow_instrument:SlowInstrument",))
server.serve_forever()
"""

class Target:
    def __init__(self, name: str, make_code):
        self.name = name
        self.port = free_udp_port()
        self.process = subprocess.Popen([sys.executable, "-c", make_code(self.port)],
                                        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.client = OscClient(("127.0.0.1", self.port), connect=False)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # wait until it answers
            self.client.send("/connect", 0)
            self.client.send("/ping", -1)
            try:
                self.client.expect("/pong", timeout=0.3)
                break
            except TimeoutError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"{name} died: {self.process.stderr.read().decode()}")
        self.client.drain(0.3)

    def ping(self, i: int) -> float:
        start = time.perf_counter()
        self.client.send("/ping", i)
        while True:
            got = self.client.expect("/pong", timeout=2.0)
            if got == [i]:
                return time.perf_counter() - start

    def close(self):
        self.client.close()
        self.process.terminate()
        self.process.wait()


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered) * 1e3, ordered[int(0.99 * (len(ordered) - 1))] * 1e3


def interleaved_pings(targets: list[Target], n: int) -> dict[str, list[float]]:
    times = {t.name: [] for t in targets}
    for i in range(n):
        for t in targets:
            times[t.name].append(t.ping(i))
        time.sleep(0.001)
    return times


def flood(target: Target, count: int, rate: float | None) -> int:
    """Send `count` /ping at `rate` per second (None = as fast as possible); count the /pong."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 * 1024 * 1024)
    sock.bind(("127.0.0.1", 0))
    sock.sendto(encode("/connect", 0), ("127.0.0.1", target.port))
    time.sleep(0.2)
    received = [0]
    stop = threading.Event()

    def receive():
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                data, _ = sock.recvfrom(65536)
            except socket.timeout:
                continue
            if data.startswith(b"/pong"):
                received[0] += 1

    thread = threading.Thread(target=receive, daemon=True)
    thread.start()
    datagrams = [encode("/ping", i) for i in range(count)]
    start = time.perf_counter()
    for i, datagram in enumerate(datagrams):
        if rate:
            while time.perf_counter() - start < i / rate:
                pass
        sock.sendto(datagram, ("127.0.0.1", target.port))
    time.sleep(3.0)  # let the tail arrive
    stop.set()
    thread.join()
    sock.close()
    return received[0]


def still_answers(target: Target) -> bool:
    target.client.drain(0.5)
    try:
        target.ping(123456)
        return True
    except TimeoutError:
        return False


def main() -> None:
    load = os.getloadavg()[0]
    ours = Target("oscserver", lambda port: OSCSERVER.format(port=port, tests=str(REPO / "tests" / "server")))
    base_t = Target("python-osc threading", lambda port: echo_server_code(port, "Threading"))
    base_b = Target("python-osc blocking", lambda port: echo_server_code(port, "Blocking"))
    targets = [ours, base_t, base_b]
    print(f"load average at start: {load:.2f} (2-core machine)")
    try:
        interleaved_pings(targets, 200)  # warm-up
        idle = interleaved_pings(targets, 2000)
        print("\n/ping round trip, idle (2000 each, interleaved)")
        for name, times in idle.items():
            p50, p99 = percentiles(times)
            print(f"  {name:22s} p50 {p50:6.3f} ms   p99 {p99:6.3f} ms")
        for kind in ("process", "thread"):
            print(f"\n/ping round trip while a CPU-heavy pure-Python job runs (oscserver: a {kind} job; "
                  "python-osc: a thread)")
            for t in targets:
                t.client.send("/slow/spin", 60.0, kind)
            time.sleep(3.0)
            busy = interleaved_pings(targets, 1000)
            for t in targets:
                t.client.send("/cancel")
            for name, times in busy.items():
                p50, p99 = percentiles(times)
                print(f"  {name:22s} p50 {p50:6.3f} ms   p99 {p99:6.3f} ms")
        time.sleep(1.0)
        print("\n20,000 /ping sent at 10,000 per second: answered")
        for t in targets:
            got = flood(t, 20000, 10000)
            print(f"  {t.name:22s} {got:6d} / 20000 ({got / 200:.1f}%)")
        print("\n20,000 /ping sent unpaced (a burst): answered, and /ping afterwards")
        for t in targets:
            got = flood(t, 20000, None)
            print(f"  {t.name:22s} {got:6d} / 20000 ({got / 200:.1f}%)   still answers: {still_answers(t)}")
        p99_ours, p99_base = percentiles(idle["oscserver"])[1], percentiles(idle["python-osc blocking"])[1]
        print(f"\nratio idle p99 oscserver / python-osc blocking: {p99_ours / p99_base:.2f}")
    finally:
        for t in targets:
            t.close()


if __name__ == "__main__":
    main()
