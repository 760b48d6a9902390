"""The job runner: slow work (training, analysis, decomposition, rendering, streaming) off the
receiving thread, with progress, cancel and a clear /error when it fails.

A job's target is `target(ctx, *args)`. It runs in a thread (shares memory; for streams and torch
work that releases the GIL) or in a process (for pure-Python CPU work that would otherwise hold the
GIL and slow /ping, and so that a crash in native code cannot take the server down).
"""

from __future__ import annotations

import itertools
import logging
import os
import multiprocessing
import queue
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from oscserver.errors import RequestError
from oscserver.server.priority import lower_priority

log = logging.getLogger("oscserver.jobs")

PROGRESS_INTERVAL_S = 0.1  # at most ten progress messages a second per job
CANCEL_GRACE_S = 3.0  # a process that ignores cancel this long is terminated
BACKGROUND_NICE = 5  # jobs run at a lower CPU priority than the receiving thread, so /ping stays quick
# Process jobs (training) lower still: the server's own threads must win over them, or one of them
# holding the GIL while preempted by training keeps the receiving thread waiting.
PROCESS_NICE = 10


class JobCancelled(Exception):
    """Raised inside a job by ctx.progress()/ctx.check()/ctx.sleep() once /cancel was received."""


class JobContext:
    """What a job's target sees: progress, cancel, and a way to send to the requesting client."""

    def __init__(self, instrument: str, send: Callable[[str, tuple], None], cancel_event):
        self.instrument = instrument
        self._send = send
        self._cancel = cancel_event
        self._last_progress = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled()

    def progress(self, fraction: float, text: str = "") -> None:
        """Send /<instrument>/progress <fraction> <text> (rate-limited); raise JobCancelled on cancel."""
        self.check()
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self._send(f"/{self.instrument}/progress", (float(min(max(fraction, 0.0), 1.0)), str(text)))

    def send(self, address: str, *values) -> None:
        self._send(address, values)

    def sleep(self, seconds: float) -> None:
        """Sleep, waking at once (with JobCancelled) if the job is cancelled."""
        if seconds > 0 and self._cancel.wait(seconds):
            raise JobCancelled()
        self.check()


@dataclass
class Job:
    id: int
    instrument: str
    what: str
    address: str  # the request that started it, for /error
    client: tuple
    kind: str
    started: float = field(default_factory=time.monotonic)
    cancel_event: object = None
    cancelled_at: float | None = None  # when /cancel reached it (a process gets a grace period)
    process: multiprocessing.Process | None = None
    thread: threading.Thread | None = None
    done: threading.Event = field(default_factory=threading.Event)
    on_cancel: Callable | None = None  # runs after a cancelled job stopped (e.g. load what it kept)
    _send: Callable | None = None

    def reply(self, address: str, *values) -> None:
        """Send to the client that started the job."""
        self._send(self.client, address, values)

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    def describe(self) -> str:
        return f"{self.what} ({time.monotonic() - self.started:.0f} s)"


def _die_with_parent() -> None:
    """Ask Linux to kill this process if the server dies (even by kill -9), so an orphaned job
    never finishes writing into the output folder behind a restarted server's back."""
    try:
        import ctypes
        import signal

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the job's own cancel checks are all there is


def _process_main(target, args, events, cancel_event, instrument, nice):
    """Entry point of a job process: runs the target and reports back through `events`."""
    import signal

    _die_with_parent()
    lower_priority(nice)
    # The server handles Ctrl-C; a job process must not die of the same signal mid-write.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    ctx = JobContext(instrument, lambda address, values: events.put(("send", address, values)), cancel_event)
    try:
        events.put(("result", target(ctx, *args)))
    except JobCancelled:
        events.put(("cancelled", None))
    except RequestError as error:
        events.put(("error", error.message))
    except BaseException as error:  # noqa: BLE001 - everything must reach the client as /error
        events.put(("crash", f"{type(error).__name__}: {error}\n{traceback.format_exc()}"))


class JobRunner:
    def __init__(self, send: Callable[[tuple, str, tuple], None], max_jobs: int = 8, per_client: int = 6):
        self._send = send
        self.max_jobs = max_jobs
        self.per_client = per_client
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._mp = multiprocessing.get_context("spawn")

    def running(self) -> list[Job]:
        with self._lock:
            return list(self._jobs.values())

    def start(self, req, what: str, target: Callable, args: tuple = (), *, kind: str = "thread",
              on_done: Callable | None = None, instrument: str | None = None,
              nice: int | None = None, on_cancel: Callable | None = None) -> Job:
        """Start `target(ctx, *args)` for request `req`; on_done(result) runs here after success,
        on_cancel() after the job stopped for /cancel (a training job keeps its best model so far).

        `nice` lowers the job's CPU priority below the receiving thread's: by default
        BACKGROUND_NICE for a thread, PROCESS_NICE for a process; a real-time stream that must keep
        pace may pass 0."""
        if kind not in ("thread", "process"):
            raise ValueError(f"kind must be 'thread' or 'process', got {kind!r}")
        if nice is None:
            nice = PROCESS_NICE if kind == "process" else BACKGROUND_NICE
        instrument = instrument or req.address.strip("/").split("/")[0]
        with self._lock:
            if len(self._jobs) >= self.max_jobs:
                raise RequestError(
                    f"busy: {len(self._jobs)} jobs are running (at most {self.max_jobs}); send /cancel or wait")
            mine = sum(j.client[0] == req.client[0] for j in self._jobs.values())
            if mine >= self.per_client:
                raise RequestError(f"busy: {req.client[0]} already runs {mine} jobs (at most {self.per_client} "
                                   "per client); send /cancel or wait")
            job = Job(next(self._ids), instrument, what, req.address, req.client, kind, on_cancel=on_cancel,
                      _send=self._send)
            # The cancel event exists before the job is visible: /cancel may look at it at once.
            job.cancel_event = threading.Event() if kind == "thread" else self._mp.Event()
            self._jobs[job.id] = job
        log.info("job %d started: %s", job.id, what)
        if kind == "thread":
            job.thread = threading.Thread(target=self._run_thread, args=(job, target, args, on_done, nice),
                                          name=f"job-{job.id}", daemon=True)
            job.thread.start()
        else:
            events = self._mp.Queue()
            job.process = self._mp.Process(target=_process_main, name=f"oscserver-job-{job.id}",
                                           args=(target, args, events, job.cancel_event, instrument, nice),
                                           daemon=True)
            job.process.start()
            threading.Thread(target=self._watch_process, args=(job, events, on_done),
                             name=f"job-{job.id}-watch", daemon=True).start()
        return job

    def cancel(self, instrument: str | None = None, host: str | None = None) -> list[Job]:
        """Signal running jobs to stop (of one instrument, of one client host, if given); returns them."""
        jobs = [j for j in self.running() if instrument in (None, j.instrument) and host in (None, j.client[0])
                and not j.cancel_event.is_set()]
        for job in jobs:
            job.cancelled_at = time.monotonic()
            job.cancel_event.set()
            log.info("job %d cancelled: %s", job.id, job.what)
        return jobs

    def shutdown(self, timeout: float = 5.0) -> None:
        jobs = self.cancel()
        deadline = time.monotonic() + timeout
        for job in jobs:
            job.wait(max(0.0, deadline - time.monotonic()))
            if job.process is not None and job.process.is_alive():
                job.process.terminate()

    # -- internals ------------------------------------------------------------------------------

    def _finish(self, job: Job, outcome: str, payload, on_done) -> None:
        try:
            if outcome == "result":
                if on_done is not None and not job.cancel_event.is_set():
                    on_done(payload)
                elif job.cancel_event.is_set() and job.on_cancel is not None:
                    job.on_cancel()
            elif outcome == "cancelled" and job.on_cancel is not None:
                job.on_cancel()
            elif outcome == "error":
                self._send(job.client, "/error", (job.address, payload))
            elif outcome == "crash":
                log.error("job %d (%s) failed: %s", job.id, job.what, payload)
                first_line = str(payload).splitlines()[0] if payload else "unknown"
                self._send(job.client, "/error", (job.address, f"{job.what} failed: {first_line}"))
        except RequestError as error:
            self._send(job.client, "/error", (job.address, error.message))
        except Exception as error:  # noqa: BLE001 - on_done must never kill the runner
            log.exception("job %d: finishing failed", job.id)
            self._send(job.client, "/error", (job.address, f"{job.what} failed: {error}"))
        finally:
            with self._lock:
                self._jobs.pop(job.id, None)
            log.info("job %d %s after %.1f s: %s", job.id,
                     "cancelled" if job.cancel_event.is_set() else outcome,
                     time.monotonic() - job.started, job.what)
            job.done.set()

    def _run_thread(self, job: Job, target, args, on_done, nice) -> None:
        lower_priority(nice)
        ctx = JobContext(job.instrument, lambda address, values: self._send(job.client, address, values),
                         job.cancel_event)
        try:
            outcome, payload = "result", target(ctx, *args)
        except JobCancelled:
            outcome, payload = "cancelled", None
        except RequestError as error:
            outcome, payload = "error", error.message
        except Exception as error:  # noqa: BLE001
            outcome, payload = "crash", f"{type(error).__name__}: {error}\n{traceback.format_exc()}"
        self._finish(job, outcome, payload, on_done)

    def _watch_process(self, job: Job, events, on_done) -> None:
        outcome = payload = None
        while outcome is None:
            event = self._next_process_event(job, events)
            if event[0] == "send":
                self._send(job.client, event[1], tuple(event[2]))
            else:
                outcome, payload = event
        job.process.join(timeout=1.0)
        self._finish(job, outcome, payload, on_done)

    @staticmethod
    def _next_process_event(job: Job, events) -> tuple:
        """The job process's next event, or the outcome when it ignores cancel or has died."""
        while True:
            try:
                return events.get(timeout=0.1)
            except queue.Empty:
                pass
            if job.cancelled_at is not None and time.monotonic() - job.cancelled_at > CANCEL_GRACE_S:
                job.process.terminate()
                return ("cancelled", None)
            if not job.process.is_alive():
                try:  # the last events may still be in the pipe
                    return events.get(timeout=0.5)
                except queue.Empty:
                    if job.cancel_event.is_set():
                        return ("cancelled", None)
                    return ("crash", f"the worker process stopped unexpectedly (exit code {job.process.exitcode})")
