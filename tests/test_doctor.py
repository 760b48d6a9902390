"""`oscserver doctor` names what works and what is missing, and fails when the server could not run."""

import os
import subprocess
import sys

from test_soundcard import alsa_env


def doctor(*args, env=None, cwd=None):
    done = subprocess.run([sys.executable, "-m", "oscserver", "doctor", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd, env={**os.environ, **(env or {})})
    lines = {line[5:20].strip(): line for line in done.stdout.splitlines() if line[:4] in ("ok  ", "FAIL", "--  ")}
    return done, lines


def test_a_complete_installation_passes_every_check(tmp_path):
    done, lines = doctor("--port", "0", "--output", str(tmp_path / "out"), env=alsa_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("python", "port", "output", "note-RNN", "SampleRNN", "NMF", "corpus map", "sound card",
                 "Pure Data", "SuperCollider", "drum kits"):
        assert lines[name].startswith("ok"), done.stdout
    assert "754 sounds" in lines["corpus map"] and "1.06M parameters" in lines["note-RNN"]
    assert "the server can run" in done.stdout
    assert not (tmp_path / "out").exists()               # it checks the folder, it does not make it


def test_a_taken_port_and_missing_models_fail_by_name(server, tmp_path):
    (tmp_path / "models").mkdir()
    done, lines = doctor("--port", str(server.port), "--models", str(tmp_path / "models"), cwd=tmp_path)
    assert done.returncode == 1
    assert lines["port"].startswith("FAIL") and "an oscserver answers /ping there" in lines["port"]
    for name in ("note-RNN", "SampleRNN", "NMF", "corpus map"):
        assert lines[name].startswith("FAIL") and "cannot be loaded" in lines[name], done.stdout
    assert "the server cannot run: fix port, note-RNN, SampleRNN, NMF, corpus map" in done.stdout


def test_an_output_that_is_a_file_fails(tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder")
    done, lines = doctor("--port", "0", "--output", str(tmp_path / "taken" / "out"), cwd=tmp_path)
    assert done.returncode == 1 and lines["output"].startswith("FAIL") and "not writable" in lines["output"]


def test_missing_optional_programs_say_what_to_install_and_still_pass(tmp_path):
    """Pd and sclang serve one path each: missing, they are named with the package, and the server runs."""
    done, lines = doctor("--port", "0", env={"PATH": str(tmp_path)}, cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert lines["Pure Data"].startswith("--") and "pd not found" in lines["Pure Data"]
    assert "fix: apt-get install puredata" in done.stdout
    assert "fix: apt-get install supercollider-language" in done.stdout


def test_a_bad_settings_file_is_refused(tmp_path):
    (tmp_path / "bad.toml").write_text("prot = 1\n")
    done, _ = doctor("--config", str(tmp_path / "bad.toml"), cwd=tmp_path)
    assert done.returncode == 2 and "unknown setting(s) prot" in done.stderr
