"""What the benchmarks share: the python-osc baseline server, memory readings, waiting for a server."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from oscclient import OscClient  # noqa: E402

# A bare python-osc server that echoes /ping as /pong to the sender: the baseline. `/slow/spin <s>`
# starts a pure-Python CPU burner thread (stopped by /cancel), standing in for a heavy job.
PYTHON_OSC_ECHO = """
import threading, time
from pythonosc import dispatcher, osc_server
from pythonosc.osc_message_builder import OscMessageBuilder
stop = threading.Event()
def pong(client_address, address, *args):
    b = OscMessageBuilder("/pong")
    for a in args: b.add_arg(a)
    server.socket.sendto(b.build().dgram, client_address)
def spin(client_address, address, *args):
    seconds = float(args[0])
    stop.clear()
    def burn():
        end, n = time.monotonic() + seconds, 0
        while time.monotonic() < end and not stop.is_set():
            for _ in range(20000): n += 1
    threading.Thread(target=burn, daemon=True).start()
d = dispatcher.Dispatcher()
d.map("/ping", pong, needs_reply_address=True)
d.map("/slow/spin", spin, needs_reply_address=True)
d.map("/cancel", lambda *a: stop.set())
server = osc_server.{kind}OSCUDPServer(("127.0.0.1", {port}), d)
server.serve_forever()
"""


def echo_server_code(port: int, kind: str = "Blocking") -> str:
    """Python source for the baseline; kind is python-osc's Blocking or Threading server."""
    return PYTHON_OSC_ECHO.replace("{kind}", kind).replace("{port}", str(port))


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def wait_until_answering(address: tuple[str, int], process, timeout: float = 120.0) -> None:
    """Block until /connect 0 is answered; SystemExit if the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    with OscClient(address, connect=False) as probe:
        while True:
            probe.send("/connect", 0)
            try:
                probe.expect("/connected", timeout=0.5)
                return
            except TimeoutError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise SystemExit(f"server on port {address[1]} did not start")


def cpu_name() -> str:
    """The CPU this figure was measured on (machines differ up to 4x on the same code)."""
    import platform

    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{line.split(':', 1)[1].strip()}, {os.cpu_count()} cores"
    except OSError:
        pass
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores"
