"""Describing a corpus on a Dask cluster: `tcp://host:8786` (a running scheduler) or `local:N`
(a LocalCluster of N worker processes on this machine).

Only the descriptors leave this process: each file (or run of slices of a long file) is one Dask
task running the same function as in-process analysis, so the rows are the same numbers. The cache,
the map and the layout stay here. Workers of a remote cluster must have oscserver installed and see
the sound files at the same paths (a shared or mirrored folder).

dask[distributed] is an optional extra: `pip install 'oscserver[dask]'`.
"""
from __future__ import annotations

import logging
import re
import threading

CONNECT_TIMEOUT_S = 3.0        # an unreachable scheduler is reported after this long
INSTALL_HINT = "pip install 'oscserver[dask]' (or: pip install 'dask[distributed]')"


def check_spec(spec: str) -> str:
    """`spec` if it names a scheduler the way --dask takes one; ValueError saying what is allowed."""
    spec = spec.strip()
    if re.fullmatch(r"local:[1-9]\d{0,2}", spec) or re.fullmatch(r"(tcp|tls)://[^\s/:]+:\d{1,5}", spec):
        return spec
    raise ValueError(f"dask scheduler must be tcp://host:port (a running Dask scheduler) or local:N "
                     f"(N worker processes on this machine), got {spec!r}")


def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise ValueError(f"--dask needs dask[distributed], which is not installed: {INSTALL_HINT}") from None
    return distributed


class DaskCluster:
    """A connected Dask client (and the LocalCluster it owns, for local:N). Use as a context manager
    or close() it. ValueError when dask is missing or the scheduler cannot be reached in time."""

    def __init__(self, spec: str, *, timeout: float = CONNECT_TIMEOUT_S):
        self.spec = check_spec(spec)
        distributed = _import_distributed()
        self._local = None
        try:
            if self.spec.startswith("local:"):
                n = int(self.spec.split(":", 1)[1])
                # one thread per worker process: the descriptors are numpy on one core each. Everything
                # on loopback (the scheduler's status page on a free port): nothing reachable from outside.
                self._local = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                                       host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                                       silence_logs=logging.ERROR)
                self.client = distributed.Client(self._local, timeout=f"{max(timeout, 30.0)}s")
            else:
                self.client = distributed.Client(self.spec, timeout=f"{timeout}s")
        except (OSError, TimeoutError) as error:
            self.close()
            raise ValueError(f"cannot reach the Dask scheduler at {self.spec} within {timeout:g} s "
                             f"({error}); is it running?") from None

    def workers(self) -> int:
        return len(self.client.scheduler_info().get("workers", {}))

    def close(self) -> None:
        for thing in (getattr(self, "client", None), self._local):
            if thing is not None:
                try:
                    thing.close()
                except Exception:  # noqa: BLE001 - closing a broken connection must not hide the real error
                    pass
        self.client = None
        self._local = None

    def __enter__(self) -> "DaskCluster":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SharedCluster:
    """The server's one connection, made at the first analysis that needs it and kept (a LocalCluster
    takes seconds to start), closed with the server. Thread-safe."""

    def __init__(self, spec: str):
        self.spec = spec
        self._lock = threading.Lock()
        self._cluster: DaskCluster | None = None

    def get(self) -> DaskCluster:
        with self._lock:
            if self._cluster is not None and self._cluster.client is not None \
                    and self._cluster.client.status == "running":
                return self._cluster
            if self._cluster is not None:
                self._cluster.close()
                self._cluster = None
            self._cluster = DaskCluster(self.spec)
            return self._cluster

    def close(self) -> None:
        with self._lock:
            if self._cluster is not None:
                self._cluster.close()
                self._cluster = None
