"""CPU priorities: the receiving thread real-time where allowed; nothing it starts inherits that."""

import os
import threading
import time

import pytest

from oscserver.server.priority import realtime_priority

ALLOWED = os.geteuid() == 0  # CI runs as root; elsewhere real-time needs CAP_SYS_NICE or an rtprio limit


def policy(tid: int, pid: int | None = None) -> int:
    """The scheduling policy of a thread, from /proc (field 41 of stat): 0 ordinary, 2 round-robin."""
    stat = open(f"/proc/{pid or os.getpid()}/task/{tid}/stat").read()
    return int(stat.rsplit(")", 1)[1].split()[38])


def test_threads_started_by_a_realtime_thread_are_ordinary():
    seen = {}

    def child():
        seen["child"] = policy(threading.get_native_id())

    def parent():
        seen["granted"] = realtime_priority()
        seen["parent"] = policy(threading.get_native_id())
        t = threading.Thread(target=child)
        t.start()
        t.join()

    t = threading.Thread(target=parent)
    t.start()
    t.join()
    assert seen["granted"] == ALLOWED
    assert seen["parent"] == (os.SCHED_RR if ALLOWED else os.SCHED_OTHER)
    assert seen["child"] == os.SCHED_OTHER


@pytest.mark.skipif(not ALLOWED, reason="real-time priority needs root or CAP_SYS_NICE")
def test_the_receiving_thread_is_realtime_and_its_jobs_are_not(slow_server, slow_client):
    receiver = next(t for t in threading.enumerate() if t.name == "osc-receive")
    assert policy(receiver.native_id) == os.SCHED_RR
    slow_client.send("/slow/spin", 5.0, "thread")
    slow_client.send("/slow/spin", 5.0, "process")
    deadline = time.monotonic() + 30
    while len(slow_server.jobs.running()) < 2 or not all(
            (j.thread or j.process) and (j.thread or j.process).ident for j in slow_server.jobs.running()):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    for job in slow_server.jobs.running():
        if job.kind == "thread":
            assert policy(job.thread.native_id) == os.SCHED_OTHER
        else:
            assert policy(job.process.pid, job.process.pid) == os.SCHED_OTHER
    for t in threading.enumerate():  # the worker pool and job watchers too
        if t.name != "osc-receive" and t.native_id is not None and t.is_alive():
            assert policy(t.native_id) == os.SCHED_OTHER, t.name
    slow_client.send("/cancel")

