"""Fuzz the running server (all instruments) with N datagrams (default 10^6) and report.

Junk of every kind (tests/fuzzing.py): random bytes, truncated and corrupted OSC, wrong type tags,
huge strings and blobs, nested bundles, real addresses with random arguments. Every 100th datagram
is a well-formed bad request that must be answered with /error naming its address; every 10,000th
a /ping that must be answered. Baseline, side by side: python-osc's own BlockingOSCUDPServer with an
echo /ping, fed the same datagrams, to show how each copes (it drops malformed packets silently).

Run: .venv/bin/python bench/fuzz.py [N]      (10^6 takes a few minutes)
"""

from __future__ import annotations

import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import REPO, echo_server_code, rss_mb, wait_until_answering
from fuzzing import bad_request, junk  # noqa: E402
from oscclient import OscClient, encode, free_udp_port  # noqa: E402
from pythonosc.osc_packet import OscPacket  # noqa: E402

class Listener:
    """Counts replies: /pong by payload, /error by the address it names."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 * 1024 * 1024)
        self.sock.bind(("127.0.0.1", 0))
        self.pongs: dict[object, float] = {}
        self.errors: list[str] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        self.sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                data, _ = self.sock.recvfrom(65536)
            except socket.timeout:
                continue
            except OSError:
                break
            try:
                message = next(iter(OscPacket(data).messages)).message
            except Exception:  # noqa: BLE001
                continue
            if message.address == "/pong" and len(message.params) == 2 and message.params[0] == "fuzz-probe":
                self.pongs[message.params[1]] = time.monotonic()
            elif message.address == "/error" and message.params:
                self.errors.append(message.params[0])

    def close(self):
        self._stop.set()
        self.thread.join()
        self.sock.close()


def fuzz(name: str, port: int, pid: int, n: int, table: dict[str, str]) -> dict:
    rng = random.Random(2024)
    addresses = list(table)
    listener = Listener()
    target = ("127.0.0.1", port)
    send = listener.sock.sendto  # probes and well-formed bad requests: a well-behaved client
    # Junk comes from another socket, as from another patch: its random /connect messages must not
    # re-route the well-behaved client's replies (they would, by design, re-route its own).
    junk_sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    junk_sock.bind(("127.0.0.1", 0))
    send_junk = junk_sock.sendto
    send(encode("/connect", 0), target)
    pings_asked, ping_waits, bad_sent, first_try = 0, [], {}, 0
    memory_start = rss_mb(pid)
    start = time.monotonic()
    for i in range(1, n + 1):
        if i % 100 == 0:
            address = rng.choice(addresses)
            datagram = bad_request(rng, address, table[address]) if address != "/ping" else b""
            if datagram:
                bad_sent[address] = bad_sent.get(address, 0) + 1
                send(datagram, target)
        else:
            send_junk(junk(rng, addresses), target)
        if i % 10_000 == 0:
            send(encode("/connect", 0), target)  # junk may have re-routed this socket
            send(encode("/cancel"), target)
            # UDP may drop a datagram under a flood: a probe that gets no answer in 2 s is sent
            # again (3 tries); "first try" and "answered at all" are reported separately.
            asked = time.monotonic()
            for attempt in range(3):
                probe = pings_asked * 10 + attempt
                send(encode("/ping", "fuzz-probe", probe), target)
                sent_at = time.monotonic()
                while probe not in listener.pongs and time.monotonic() - sent_at < 2.0:
                    time.sleep(0.001)
                if probe in listener.pongs:
                    first_try += attempt == 0
                    ping_waits.append((listener.pongs[probe] - asked) * 1e3)
                    break
            else:
                ping_waits.append(float("inf"))
            pings_asked += 1
            if i % 100_000 == 0:
                print(f"  {name}: {i} sent, {time.monotonic() - start:.0f} s, RSS {rss_mb(pid):.0f} MB", flush=True)
        if i % 200 == 0:
            time.sleep(0.002)  # ~50k/s at most: the flood test is osc_latency.py; this one is about content
    time.sleep(2.0)
    listener.close()
    junk_sock.close()
    answered = sum(1 for w in ping_waits if w != float("inf"))
    errors_named = sum(min(listener.errors.count(a), c) for a, c in bad_sent.items())
    return {"sent": n, "seconds": time.monotonic() - start, "pings": f"{answered}/{pings_asked}",
            "first_try": f"{first_try}/{pings_asked}",
            "ping_max_ms": max(ping_waits) if ping_waits else float("nan"),
            "bad_requests": sum(bad_sent.values()), "bad_answered": errors_named,
            "rss_start": memory_start, "rss_end": rss_mb(pid)}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    out = os.environ.get("FUZZ_OUT") or tempfile.mkdtemp()
    port = free_udp_port()
    log_path = Path(out) / "server.log"
    ours = subprocess.Popen([sys.executable, "-m", "oscserver", "serve", "--port", str(port), "--output", out,
                             "--allow-read", str(REPO), "--log-level", os.environ.get("FUZZ_LOG", "info")], cwd=out,
                            stdout=open(log_path, "w"), stderr=subprocess.STDOUT)
    base_port = free_udp_port()
    base = subprocess.Popen([sys.executable, "-c", echo_server_code(base_port)], stderr=subprocess.DEVNULL)
    try:
        wait_until_answering(("127.0.0.1", port), ours)
        with OscClient(("127.0.0.1", port)) as c:
            c.send("/help")
            entries = [c.expect("/help")] + [a for addr, a in c.drain(0.5) if addr == "/help"]
        table = {path: signature for path, signature, _ in entries}
        print(f"fuzzing with {n} datagrams; {len(table)} addresses; load {os.getloadavg()[0]:.2f}")
        result_ours = fuzz("oscserver", port, ours.pid, n, table)
        result_base = fuzz("python-osc", base_port, base.pid, n, table)
        log = log_path.read_text()
        for name, result, process in (("oscserver", result_ours, ours), ("python-osc blocking", result_base, base)):
            alive = process.poll() is None
            print(f"\n{name}: {result['sent']} datagrams in {result['seconds']:.0f} s; "
                  f"{'still running' if alive else 'CRASHED, exit ' + str(process.returncode)}")
            print(f"  /ping probes answered {result['pings']} ({result['first_try']} at the first try), "
                  f"slowest {result['ping_max_ms']:.1f} ms")
            print(f"  well-formed bad requests answered with /error naming the address: "
                  f"{result['bad_answered']}/{result['bad_requests']}")
            print(f"  memory {result['rss_start']:.0f} -> {result['rss_end']:.0f} MB")
        print(f"\noscserver log: {log.count('malformed datagram')} malformed-datagram lines (rate-limited), "
              f"{log.count('were not logged')} summaries of suppressed ones, "
              f"{log.count('Traceback')} internal errors (tracebacks)")
        failures = sorted({line.split("ERROR", 1)[1].strip() for line in log.splitlines() if " ERROR " in line})
        for line in failures[:20]:
            print(f"  ERROR {line}")
    finally:
        for p in (ours, base):
            p.terminate()
            p.wait()
    print(f"(bench process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
