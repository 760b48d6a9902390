"""The SuperCollider client (clients/supercollider/): its example, run headless by sclang against the server."""

import os
import re
import shutil
import subprocess

import pytest

from harness import REPO

EXAMPLE = REPO / "clients" / "supercollider" / "example.scd"


def test_the_example_gets_a_reply_from_every_instrument(server):
    if shutil.which("sclang") is None:
        pytest.fail("sclang is missing: `make test` installs Debian's supercollider-language")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"}  # headless, as root
    done = subprocess.run(["sclang", EXAMPLE.name, str(server.port), str(REPO / "examples/nmf/drumloop.wav")],
                          cwd=EXAMPLE.parent, capture_output=True, text=True, timeout=180, env=env)
    out = done.stdout + done.stderr
    assert done.returncode == 0 and "done: 0 failed" in out, out[-3000:]
    notes = re.search(r"rnn/notes: \[ (.*) \]", out).group(1)
    assert len(re.findall(r"\[ -?\d+, [\d.]+ \]", notes)) == 8
    assert re.search(r"samplernn: 8000 samples, peak 0\.\d+", out)
    assert "nmf/done: [ 3, " in out and "component-2.wav" in out
    assert re.search(r"corpus: \d{3} points", out)
    nearest = re.search(r"corpus/nearest: (.*)", out).group(1)
    assert len(re.findall(r"drumkits/\S+\.(?:flac|wav|aiff) \]", nearest)) == 3
