"""A small real instrument for testing the foundation: jobs that spin, sleep, fail and crash."""

import os
import time

from oscserver.errors import RequestError
from oscserver.server.params import Float, Str
from oscserver.server.table import Address


def spin(ctx, seconds: float) -> int:
    """Burn CPU in pure Python (holds the GIL in a thread job), reporting progress."""
    start, n = time.monotonic(), 0
    while (elapsed := time.monotonic() - start) < seconds:
        for _ in range(20000):
            n += 1
        ctx.progress(elapsed / seconds, "spinning")
    return n


def fail(ctx, how: str):
    if how == "refuse":
        raise RequestError("that sound has no notes")
    if how == "crash":
        os._exit(3)  # a worker process dying mid-job
    raise ZeroDivisionError("division by zero")


class SlowInstrument:
    name = "slow"

    def __init__(self, server):
        self.server = server
        self.finished = 0

    def addresses(self):
        return [
            Address("/slow/spin", self.start_spin,
                    args=[Float("seconds", "how long", min=0, max=60), Str("kind", "thread or process",
                                                                           default="process", choices=("thread", "process"))],
                    help="burn CPU for a while"),
            Address("/slow/fail", self.start_fail,
                    args=[Str("how", "refuse, crash or raise", choices=("refuse", "crash", "raise")),
                          Str("kind", "thread or process", default="process", choices=("thread", "process"))],
                    help="a job that fails"),
        ]

    def start_spin(self, req):
        req.server.jobs.start(req, f"spin {req.args['seconds']:g} s", spin, (req.args["seconds"],),
                              kind=req.args["kind"], on_done=lambda n, job=None: self._done(req, n))

    def _done(self, req, n):
        self.finished += 1
        req.reply("/slow/done", int(n > 0))

    def start_fail(self, req):
        req.server.jobs.start(req, f"fail by {req.args['how']}", fail, (req.args["how"],), kind=req.args["kind"])

    def status(self):
        return f"{self.finished} spins finished"

    def close(self):
        pass
