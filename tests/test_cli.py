"""The console command: help, settings file, clear failures at start."""

import subprocess
import sys
import time

from oscclient import OscClient, free_udp_port

from harness import REPO


def oscserver(*args, timeout=60, cwd=None):
    return subprocess.run([sys.executable, "-m", "oscserver", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd)


def test_help_names_the_commands_a_newcomer_needs():
    done = oscserver("--help")
    assert done.returncode == 0
    assert "serve" in done.stdout and "open patches/pd/oscserver.pd" in done.stdout
    serve_help = oscserver("serve", "--help").stdout
    for flag in ("--host", "--port", "--reply-port", "--allow-read", "--output", "--config"):
        assert flag in serve_help


def test_settings_file_is_read_and_unknown_keys_refused(tmp_path):
    port = free_udp_port()
    (tmp_path / "bad.toml").write_text('port = 9100\nprot = 1\n')
    done = oscserver("serve", "--config", str(tmp_path / "bad.toml"), cwd=tmp_path)
    assert done.returncode == 2 and "unknown setting(s) prot" in done.stderr
    (tmp_path / "good.toml").write_text(f'port = {port}\noutput = "out"\nlog_level = "debug"\n')
    process = subprocess.Popen([sys.executable, "-m", "oscserver", "serve", "--config", str(tmp_path / "good.toml")],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        with OscClient(("127.0.0.1", port), connect=False) as c:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                c.send("/connect", 0)
                try:
                    c.expect("/connected", timeout=0.5)
                    break
                except TimeoutError:
                    assert process.poll() is None, process.stdout.read()
            assert c.request("/ping", "toml", reply="/pong") == ["toml"]
        assert (tmp_path / "out").is_dir()
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0]
    assert process.returncode == 0, output
    assert f"listening on udp 127.0.0.1:{port}" in output and "stopping" in output


def test_a_port_in_use_is_a_clear_error(server, tmp_path):
    done = oscserver("serve", "--port", str(server.port), "--output", str(tmp_path / "o"), cwd=tmp_path)
    assert done.returncode == 1
    assert f"cannot listen on udp 127.0.0.1:{server.port}" in done.stderr
    assert "Choose another with --port" in done.stderr


def test_shipped_server_loads_all_four_instruments(client):
    client.send("/status")
    lines = [client.expect("/status")] + [a for addr, a in client.drain(0.5) if addr == "/status"]
    names = {name for name, _ in lines}
    assert {"server", "rnn", "samplernn", "nmf", "corpus"} <= names, lines


def test_readme_address_table_is_current():
    from oscserver.server import docs

    done = oscserver("addresses", timeout=120)
    assert done.returncode == 0, done.stderr
    readme = (REPO / "README.md").read_text()
    block = readme[readme.index(docs.BEGIN) + len(docs.BEGIN):readme.index(docs.END)].strip()
    assert block == done.stdout.strip(), "README's address table is stale: run `oscserver addresses --write-readme README.md`"


def test_repeated_flags_accumulate(tmp_path):
    from oscserver.cli import build_parser, config_from_args

    a, b, c = (tmp_path / name for name in "abc")
    args = build_parser().parse_args(["serve", "--allow-read", str(a), "--allow-read", str(b), str(c),
                                      "--allow-clients", "10.0.0.0/8", "--allow-clients", "192.168.1.7"])
    config = config_from_args(args)
    assert config.allow_read == [str(a), str(b), str(c)]
    assert config.allow_clients == ["10.0.0.0/8", "192.168.1.7"]
    # Without the flag the defaults stand (extend must not append to them).
    from oscserver.server.config import ServerConfig

    assert config_from_args(build_parser().parse_args(["serve"])).allow_read == ServerConfig().allow_read
