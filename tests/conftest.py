"""Shared fixtures: the real server as a subprocess, an OSC client, and Pd running bundled patches.

- `server`: one `oscserver serve` for the whole session, on free ports, writing to a temp folder;
  it may read the repository, the Debian drum kits and `server.input_dir` (put test files there).
- `client`: an OscClient that asked for replies on its own port (/connect 0).
- `run_pd`: opens a bundled patch headless in Pd with a driver patch that "clicks" its named
  receivers, and returns everything Pd printed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

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


def start_server(tmp: Path, *extra: str, wait: float = 120.0) -> ServerProcess:
    port, reply_port = free_udp_port(), free_udp_port()
    output_dir, input_dir = tmp / "output", tmp / "input"
    output_dir.mkdir(parents=True, exist_ok=True)
    input_dir.mkdir(parents=True, exist_ok=True)
    log_path = tmp / "server.log"
    allow = [str(REPO), str(input_dir)] + ([str(DRUMKITS)] if DRUMKITS.is_dir() else [])
    command = [sys.executable, "-m", "oscserver", "serve", "--port", str(port), "--reply-port", str(reply_port),
               "--output", str(output_dir), "--allow-read", *allow, "--log-level", "debug", *extra]
    log_file = open(log_path, "w")
    process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, cwd=tmp,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
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


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("server"))
    yield srv
    stop_server(srv)
    assert srv.process.returncode in (0, -15), f"server exited with {srv.process.returncode}:\n{srv.log_text()}"


@pytest.fixture
def client(server):
    assert server.alive(), "the server died during an earlier test:\n" + server.log_text()[-3000:]
    with server.client() as c:
        yield c
    assert server.alive(), "the server died:\n" + server.log_text()[-3000:]


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


@pytest.fixture
def run_pd(server, tmp_path):
    """run_pd("oscserver.pd", [(500, "hub-ping bang")], seconds=3) -> what Pd printed."""
    if shutil.which("pd") is None:
        pytest.fail("Pure Data (pd) is not installed: `make test` installs puredata-core")

    def run(patch: str, actions: list[tuple[float, str]], seconds: float = 3.0) -> str:
        driver = tmp_path / "driver.pd"
        write_driver(driver, server.port, actions, seconds * 1000)
        command = ["pd", "-nogui", "-nosound", "-nomidi", "-noprefs", "-path", str(PD_PATCHES),
                   "-open", str(PD_PATCHES / patch), "-open", str(driver)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30, cwd=tmp_path)
        return done.stdout + done.stderr

    return run
