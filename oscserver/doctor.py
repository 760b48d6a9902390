"""`oscserver doctor`: checks an installation and says what works and what to install.

Each check is one line: ok, or what is missing and the command that fixes it. Some are needed for
the server to run at all (the Python packages, the port, the output folder, the shipped models); the
rest serve one path only (Pd for the patches, PortAudio for the sound card, the drum kits for the
shipped corpus map, sclang for the SuperCollider client). The exit status is 1 when a needed check
failed, so scripts and installers can rely on it.
"""

from __future__ import annotations

import errno
import importlib
import os
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from oscserver.server.config import DRUMKITS_DIR, ServerConfig

APT = "apt-get install"  # the fixes name Debian/Ubuntu packages, as the README does
PACKAGES = ("torch", "numpy", "scipy", "soundfile", "pythonosc", "mido", "music21", "sklearn", "librosa")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    needed: bool = True  # False: only one path (patches, card, kits, SuperCollider) needs it
    fix: str = ""

    def line(self) -> str:
        mark = "ok  " if self.ok else ("FAIL" if self.needed else "--  ")
        text = f"{mark} {self.name:14s} {self.detail}"
        return text + (f"\n     {'':14s} fix: {self.fix}" if not self.ok and self.fix else "")


def check_packages() -> list[Check]:
    found, missing = [], []
    for name in PACKAGES:
        try:
            module = importlib.import_module(name)
            found.append(f"{name} {getattr(module, '__version__', '')}".strip())
        except Exception as error:  # noqa: BLE001 - an import can fail in many ways (missing .so, ABI)
            missing.append(f"{name} ({type(error).__name__}: {error})")
    checks = [Check("python", not missing, f"Python {sys.version.split()[0]}; " +
                    ("; ".join(missing) if missing else ", ".join(found)),
                    fix="pip install -e . (or make install) in the oscserver folder")]
    if not missing:
        import torch

        gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "none (training runs on the CPU)"
        checks.append(Check("gpu", True, f"CUDA GPU: {gpu}", needed=False))
        import soundfile

        formats = soundfile.available_formats()
        checks.append(Check("audio files", "WAV" in formats, f"libsndfile {soundfile.__libsndfile_version__}: " +
                            ", ".join(f for f in ("WAV", "FLAC", "OGG", "MP3") if f in formats),
                            fix=f"{APT} libsndfile1"))
    return checks


def check_port(config: ServerConfig) -> Check:
    where = f"udp {config.host}:{config.port}"
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.bind((config.host, config.port))
        return Check("port", True, f"{where} is free to listen on")
    except OSError as error:
        if error.errno != errno.EADDRINUSE:
            return Check("port", False, f"cannot listen on {where}: {error.strerror}",
                         fix="choose --host and --port (or host/port in the settings file)")
        who = "an oscserver answers /ping there" if _answers_ping(config) else "another program holds it"
        return Check("port", False, f"{where} is in use: {who}", fix="stop it, or serve on another --port")
    finally:
        sock.close()


def _answers_ping(config: ServerConfig) -> bool:
    from pythonosc.osc_message import OscMessage
    from pythonosc.osc_message_builder import OscMessageBuilder

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(1.0)
        host = "127.0.0.1" if config.host in ("0.0.0.0", "") else config.host
        builder = OscMessageBuilder("/connect")
        builder.add_arg(sock.getsockname()[1])
        sock.sendto(builder.build().dgram, (host, config.port))
        try:
            return OscMessage(sock.recv(65536)).address == "/connected"
        except (OSError, ValueError):
            return False


def check_output(config: ServerConfig) -> Check:
    folder = Path(config.output).resolve()
    existing = next(p for p in (folder, *folder.parents) if p.exists())
    ok = existing.is_dir() and os.access(existing, os.W_OK | os.X_OK)
    what = "exists" if existing == folder else f"will be made in {existing}"
    return Check("output", ok, f"{folder} {what}" + ("" if ok else ": not writable"),
                 fix="serve --output DIR with a folder you may write")


def check_models(config: ServerConfig) -> list[Check]:
    """Load each shipped model the way the server does; a missing or damaged file fails."""
    from oscserver.corpus.flucoma import load_map
    from oscserver.errors import RequestError
    from oscserver.nmf.save import load_model
    from oscserver.noternn.model import load as load_noternn
    from oscserver.samplernn.model import load as load_samplernn

    models = Path(config.models)
    checks = []

    def describe_noternn(path):
        model, _ = load_noternn(path)
        return f"{sum(p.numel() for p in model.parameters()) / 1e6:.2f}M parameters"

    def describe_samplernn(path):
        model = load_samplernn(path)
        return f"{len(model.config.frame_sizes) + 1} tiers, {model.config.sample_rate} Hz"

    def describe_nmf(path):
        return f"{load_model(path)['bases'].shape[0]} components"

    def describe_corpus(path):
        analysis, corpus_map = load_map(path)
        absent = sum(not Path(p).is_file() for p in set(analysis.paths))
        return f"{len(analysis)} sounds, {corpus_map.n_clusters_} clusters" + \
            (f" ({absent} of its sound files are missing: it shows, but cannot play them)" if absent else "")

    for name, relative, describe in (("note-RNN", "noternn/folk.pt", describe_noternn),
                                     ("SampleRNN", "samplernn/chorales.pt", describe_samplernn),
                                     ("NMF", "nmf/drums.json", describe_nmf),
                                     ("corpus map", "corpus/hydrogen-drums", describe_corpus)):
        path = models / relative
        try:
            checks.append(Check(name, True, f"{path}: {describe(path)}"))
        except (OSError, ValueError, RequestError, RuntimeError, KeyError) as error:
            message = getattr(error, "message", None) or str(error)
            checks.append(Check(name, False, f"{path} cannot be loaded: {message}",
                                fix="serve --models DIR with the shipped models/ folder (git checkout models/)"))
    return checks


def check_soundcard(config: ServerConfig) -> Check:
    from oscserver.errors import RequestError
    from oscserver.soundcard import SoundCard

    card = SoundCard(config.audio_device or None)
    try:
        devices = card.devices()
    except RequestError as error:
        return Check("sound card", False, f"{error.message}; OSC streaming and files still work", needed=False,
                     fix=f"{APT} libportaudio2")
    try:
        out = card.find("output")
        return Check("sound card", True, f"PortAudio sees {len(devices)} device(s); output: {out.name}", needed=False)
    except RequestError as error:
        return Check("sound card", False, f"PortAudio sees {len(devices)} device(s): {error.message}; OSC "
                     f"streaming and files still work", needed=False,
                     fix="serve --list-audio-devices, then --audio-device INDEX|NAME (or connect a card)")


def check_program(name: str, program: str, version_args: list[str], use: str, package: str) -> Check:
    path = shutil.which(program)
    if not path:
        return Check(name, False, f"{program} not found: {use} need it", needed=False, fix=f"{APT} {package}")
    try:
        done = subprocess.run([path, *version_args], capture_output=True, text=True, timeout=20,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        words = (done.stdout + done.stderr).split()
        version = next((w for w in words if any(c.isdigit() for c in w) and "." in w), "")
    except (OSError, subprocess.TimeoutExpired):
        version = "(version unknown)"
    return Check(name, True, f"{path} {version}".strip(), needed=False)


def check_drumkits() -> Check:
    from oscserver.audio import find_sounds

    sounds = find_sounds(DRUMKITS_DIR) if DRUMKITS_DIR.is_dir() else []
    return Check("drum kits", bool(sounds), f"{DRUMKITS_DIR}: {len(sounds)} sounds" if sounds else
                 f"{DRUMKITS_DIR} is missing: the shipped corpus map cannot play its sounds", needed=False,
                 fix=f"{APT} hydrogen-drumkits")


def run_checks(config: ServerConfig) -> list[Check]:
    checks = check_packages()
    checks += [check_port(config), check_output(config)]
    if checks[0].ok:
        checks += check_models(config)
        checks.append(check_soundcard(config))
    checks += [check_program("Pure Data", "pd", ["-version"], "the Pd patches and the Pd tests", "puredata"),
               check_program("SuperCollider", "sclang", ["-v"], "the SuperCollider client",
                             "supercollider-language"),
               check_drumkits()]
    return checks


def doctor_command(args) -> int:
    from oscserver.cli import config_from_args

    try:
        config = config_from_args(args)
    except (OSError, ValueError) as error:
        print(f"oscserver: {error}", file=sys.stderr)
        return 2
    checks = run_checks(config)
    for check in checks:
        print(check.line(), flush=True)
    failed = [c.name for c in checks if c.needed and not c.ok]
    print(f"\nthe server cannot run: fix {', '.join(failed)}" if failed else
          "\nthe server can run: oscserver serve (lines marked -- only limit the path they name)")
    return 1 if failed else 0
