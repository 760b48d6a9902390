"""Server settings: defaults, an optional TOML file, then command-line flags (last wins)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from oscserver.paths import EXAMPLES_DIR, MODELS_DIR

# Debian's hydrogen-drumkits, which the shipped corpus map was made from (readable when installed).
DRUMKITS_DIR = Path("/usr/share/hydrogen/data/drumkits")


def _default_read_dirs() -> list[str]:
    return [".", str(EXAMPLES_DIR)] + ([str(DRUMKITS_DIR)] if DRUMKITS_DIR.is_dir() else [])


@dataclass
class ServerConfig:
    host: str = "127.0.0.1"  # the interface to listen on; localhost keeps the server private
    port: int = 9000  # UDP port the server listens on
    reply_port: int = 9001  # where replies go unless a client sent /connect
    allow_read: list[str] = field(default_factory=_default_read_dirs)  # readable folders
    output: str = "oscserver-output"  # the only folder the server writes to (also readable)
    models: str = str(MODELS_DIR)  # where shipped models are found (readable)
    log_level: str = "info"  # debug shows one line per request
    max_jobs: int = 8  # slow jobs running at once; more get /error busy
    receive_buffer: int = 16 * 1024 * 1024  # bytes of socket buffer, so bursts are not dropped
    allow_clients: list[str] = field(default_factory=list)  # networks besides loopback that may send
    rate_limit: float = 20000.0  # requests a second per client host (0 = no limit); more get /error busy
    jobs_per_client: int = 6  # slow jobs one client host may run at once
    realtime: bool = True  # the receiving thread at real-time priority where allowed (root, CAP_SYS_NICE)
    audio_device: str = ""  # the sound card: a PortAudio index or part of a name ("" = the default)
    dask: str = ""  # /corpus/analyze describes files on Dask: tcp://host:8786 or local:N ("" = in process)

    def read_dirs(self) -> list[str]:
        return [*self.allow_read, self.models]


def load_config_file(path: str | Path) -> dict:
    """Settings from a TOML file; an unknown key is an error, not a silent default."""
    with open(path, "rb") as f:
        data = tomllib.load(f)
    known = {f.name for f in fields(ServerConfig)}
    data = {key.replace("-", "_"): value for key, value in data.items()}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    for key in ("allow_read", "allow_clients"):
        if isinstance(data.get(key), str):
            data[key] = [data[key]]
    return data
