"""Shared fixtures: the real server as a subprocess, an OSC client, and Pd running bundled patches.

- `server`: one `oscserver serve` for the whole session, on free ports, writing to a temp folder;
  it may read the repository, the Debian drum kits and `server.input_dir` (put test files there).
- `client`: an OscClient that asked for replies on its own port (/connect 0).
- `run_pd`: opens a bundled patch headless in Pd with a driver patch that "clicks" its named
  receivers, and returns everything Pd printed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import PD_PATCHES, start_server, stop_server, write_driver  # noqa: E402


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
