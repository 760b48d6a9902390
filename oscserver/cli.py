"""The `oscserver` command: `serve`, plus each instrument's training, evaluation and analysis commands."""

from __future__ import annotations

import argparse
import importlib
import logging
import signal
import sys
from dataclasses import fields

from oscserver import __version__

# Each instrument adds its own subcommands (training, evaluation...) from its cli module.
INSTRUMENT_CLIS = ("oscserver.noternn.cli", "oscserver.samplernn.cli", "oscserver.nmf.cli", "oscserver.corpus.cli")

DESCRIPTION = """\
oscserver: four machine-learning instruments for Max and Pure Data, over OSC (UDP).

  oscserver serve                 start on the shipped models (listens on 127.0.0.1:9000,
                                  replies to port 9001; open patches/pd/oscserver.pd)
  oscserver doctor                check this installation: what works, what to install
  oscserver <command> --help      help for one command
"""


def add_serve(subparsers) -> None:
    from oscserver.server.config import ServerConfig

    defaults = ServerConfig()
    p = subparsers.add_parser(
        "serve", help="start the OSC server on the shipped models",
        description="Start the OSC server. Patches send to --port and hear back on --reply-port "
                    "(or wherever they asked with /connect). Ctrl-C stops it.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--config", metavar="FILE.toml", help="read settings from a TOML file (flags win)")
    p.add_argument("--host", help=f"interface to listen on (default {defaults.host}: this computer only)")
    p.add_argument("--port", type=int, help=f"UDP port to listen on (default {defaults.port})")
    p.add_argument("--reply-port", type=int, help=f"port replies go to unless a client sends /connect "
                                                  f"(default {defaults.reply_port})")
    p.add_argument("--allow-read", nargs="+", action="extend", metavar="DIR",
                   help="folders requests may read sound and MIDI files from; repeat or list several "
                        "(default: the current folder, the shipped examples and, when installed, Debian's drum kits)")
    p.add_argument("--output", metavar="DIR", help=f"the one folder the server writes to (default {defaults.output})")
    p.add_argument("--models", metavar="DIR", help="folder of trained models (default: the shipped models/)")
    p.add_argument("--max-jobs", type=int, help=f"slow jobs at once (default {defaults.max_jobs})")
    p.add_argument("--allow-clients", nargs="+", action="extend", metavar="NET",
                   help="addresses or networks besides this computer that may send (e.g. 192.168.1.0/24); "
                        "required when --host is not localhost; everything else is dropped")
    p.add_argument("--rate-limit", type=float, help=f"requests a second one client host may send "
                                                    f"(default {defaults.rate_limit:g}; 0 = no limit)")
    p.add_argument("--jobs-per-client", type=int, help=f"slow jobs one client host may run at once "
                                                        f"(default {defaults.jobs_per_client})")
    p.add_argument("--no-realtime", dest="realtime", action="store_false", default=None,
                   help="do not run the receiving thread at real-time priority (by default it does where "
                        "allowed: root or CAP_SYS_NICE)")
    p.add_argument("--audio-device", metavar="DEVICE",
                   help="the sound card to use: an index or part of a name, as --list-audio-devices shows "
                        "(default: the system's default device)")
    p.add_argument("--list-audio-devices", action="store_true",
                   help="print the sound devices PortAudio sees and exit")
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"],
                   help="debug logs one line per request (default info)")
    p.add_argument("--dask", metavar="SCHEDULER", type=_dask_spec,
                   help="describe /corpus/analyze's sounds on a Dask cluster: tcp://host:8786 or local:N "
                        "(N worker processes here); needs pip install 'oscserver[dask]' (default: in process)")
    p.set_defaults(func=serve)


def _dask_spec(text: str) -> str:
    from oscserver.corpus.cluster import check_spec

    try:
        return check_spec(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def config_from_args(args):
    from oscserver.server.config import ServerConfig, load_config_file

    values = load_config_file(args.config) if args.config else {}
    for f in fields(ServerConfig):
        flag = getattr(args, f.name, None)
        if flag is not None:
            values[f.name] = flag
    return ServerConfig(**values)


def _limit_malloc_arenas(arenas: int = 2) -> None:
    """glibc gives each thread that allocates its own memory arena; a server that starts a thread
    per job for days grows by fragmentation. Two arenas keep memory flat (best effort, Linux only)."""
    try:
        import ctypes

        M_ARENA_MAX = -8
        ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, arenas)
    except (OSError, AttributeError):
        pass


def list_audio_devices() -> int:
    from oscserver.errors import RequestError
    from oscserver.soundcard import SoundCard

    try:
        devices = SoundCard().devices()
    except RequestError as error:
        print(f"oscserver: {error.message}", file=sys.stderr)
        return 1
    for d in devices:
        print(f"{d.index:3d}  {d.name:40s}  {d.inputs:3d} in  {d.outputs:3d} out  {d.default_rate:g} Hz")
    if not devices:
        print("no sound devices")
    return 0


def serve(args) -> int:
    from oscserver.server.app import Server, configure_logging

    if args.list_audio_devices:
        return list_audio_devices()

    try:
        config = config_from_args(args)
    except (OSError, ValueError) as error:
        print(f"oscserver: {error}", file=sys.stderr)
        return 2
    configure_logging(config.log_level)
    import faulthandler

    faulthandler.enable()  # if native code ever crashes, the log shows where, in every thread
    _limit_malloc_arenas()
    # A short GIL switch interval keeps /ping quick while a Python-heavy thread job runs.
    sys.setswitchinterval(0.001)

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)   # from here on, a SIGTERM (systemd, a test) stops cleanly
    log = logging.getLogger("oscserver")
    try:
        server = Server(config)
    except OSError as error:
        log.error("%s", error)
        return 1
    except KeyboardInterrupt:
        log.info("stopping")
        return 0
    try:
        # The loaded models and libraries are millions of objects that live as long as the server:
        # freezing them keeps the garbage collector's full passes (pauses of /ping) short. What the
        # instruments import in their warm-up is frozen when that is done.
        import gc

        gc.collect()
        gc.freeze()
        server.warm_up(then_freeze=True)
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopping")
    finally:
        server.close()
    return 0


def add_addresses(subparsers) -> None:
    p = subparsers.add_parser("addresses", help="print every OSC address as a Markdown table",
                              description="Print the address table (the README's is generated by this). "
                                          "--write-readme FILE replaces the table inside FILE.")
    p.add_argument("--write-readme", metavar="README.md", help="update the table in this file in place")
    p.set_defaults(func=addresses)


def addresses(args) -> int:
    from pathlib import Path

    from oscserver.server import docs
    from oscserver.server.app import Server
    from oscserver.server.config import ServerConfig
    import tempfile

    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(ServerConfig(port=0, output=tmp))
        try:
            table = server.table
        finally:
            server.close()
    if args.write_readme:
        path = Path(args.write_readme)
        path.write_text(docs.replace_block(path.read_text(), table))
    else:
        print(docs.address_table_markdown(table))
    return 0


def add_doctor(subparsers) -> None:
    p = subparsers.add_parser("doctor", help="check this installation: what works, what to install",
                              description="Check the Python packages, the port, the output folder, the "
                                          "shipped models, the sound card, Pd, sclang and the drum kits, "
                                          "with the settings serve would use. Exits 1 when the server "
                                          "could not run.")
    p.add_argument("--config", metavar="FILE.toml", help="the settings file serve would read")
    p.add_argument("--host", help="interface serve would listen on")
    p.add_argument("--port", type=int, help="UDP port serve would listen on")
    p.add_argument("--output", metavar="DIR", help="the folder serve would write to")
    p.add_argument("--models", metavar="DIR", help="folder of trained models")
    p.add_argument("--audio-device", metavar="DEVICE", help="the sound card serve would use")
    p.set_defaults(func=lambda args: importlib.import_module("oscserver.doctor").doctor_command(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oscserver", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"oscserver {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="<command>")
    add_serve(subparsers)
    add_addresses(subparsers)
    add_doctor(subparsers)
    for module_name in INSTRUMENT_CLIS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        module.add_subcommands(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
