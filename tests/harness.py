"""The test harness, importable by any test file: paths, the real server as a subprocess, and
the driver patch that "clicks" a bundled Pd patch. Fixtures built on it live in conftest.py."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from oscclient import OscClient, free_udp_port  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PD_PATCHES = REPO / "patches" / "pd"
MAX_PATCHES = REPO / "patches" / "max"
DRUMKITS = Path("/usr/share/hydrogen/data/drumkits")


@dataclass
class ServerProcess:
    process: subprocess.Popen
    port: int
    reply_port: int
    output_dir: Path
    input_dir: Path
    log_path: Path

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    def client(self, **kwargs) -> OscClient:
        return OscClient(self.address, **kwargs)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def alive(self) -> bool:
        return self.process.poll() is None


def start_server(tmp: Path, *extra: str, wait: float = 120.0, env: dict | None = None) -> ServerProcess:
    port, reply_port = free_udp_port(), free_udp_port()
    output_dir, input_dir = tmp / "output", tmp / "input"
    output_dir.mkdir(parents=True, exist_ok=True)
    input_dir.mkdir(parents=True, exist_ok=True)
    log_path = tmp / "server.log"
    # like a default server (which reads examples/), so patches find "nmf/drumloop.wav" and the like
    allow = [str(REPO), str(REPO / "examples"), str(input_dir)] + ([str(DRUMKITS)] if DRUMKITS.is_dir() else [])
    command = [sys.executable, "-m", "oscserver", "serve", "--port", str(port), "--reply-port", str(reply_port),
               "--output", str(output_dir), "--allow-read", *allow, "--log-level", "debug", *extra]
    log_file = open(log_path, "w")
    process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, cwd=tmp,
                               env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
    server = ServerProcess(process, port, reply_port, output_dir, input_dir, log_path)
    deadline = time.monotonic() + wait
    while True:
        if not server.alive():
            raise RuntimeError(f"server exited at start:\n{server.log_text()}")
        if time.monotonic() > deadline:
            stop_server(server)
            raise RuntimeError(f"server did not answer within {wait} s:\n{server.log_text()}")
        try:
            with OscClient(server.address, connect=False) as probe:
                probe.send("/connect", 0)
                probe.expect("/connected", timeout=0.5)
            break
        except TimeoutError:
            continue
    return server


def stop_server(server: ServerProcess) -> None:
    if server.alive():
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


# -- Pure Data ----------------------------------------------------------------------------------

def pd_escape(message: str) -> str:
    return message.replace(";", r"\;").replace(",", r"\,").replace("$", r"\$")


def write_driver(path: Path, port: int, actions: list[tuple[float, str]], quit_after_ms: float) -> None:
    """A patch that points every oscserver-link at `port`, then sends each `receiver message` at its time."""
    lines = ["#N canvas 0 0 400 300 12;", "#X obj 10 10 loadbang;"]
    connects = []
    timed = [(50.0, f"oscserver-port {port}"), *actions, (quit_after_ms, "pd quit")]
    for i, (when_ms, message) in enumerate(timed):
        delay_index, msg_index = 1 + 2 * i, 2 + 2 * i
        lines.append(f"#X obj 10 {40 + 60 * i} delay {when_ms:g};")
        lines.append(f"#X msg 10 {70 + 60 * i} \\; {pd_escape(message)};")
        connects += [f"#X connect 0 0 {delay_index} 0;", f"#X connect {delay_index} 0 {msg_index} 0;"]
    path.write_text("\n".join(lines + connects) + "\n")
