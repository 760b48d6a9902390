"""The job runner inside a real (in-process) server, with the slow test instrument."""

import statistics
import time

import pytest


def ping_times(client, n=50):
    times = []
    for i in range(n):
        start = time.perf_counter()
        client.send("/ping", i)
        assert client.expect("/pong", timeout=2) == [i]
        times.append(time.perf_counter() - start)
        time.sleep(0.005)
    return times


@pytest.mark.parametrize("kind", ["process", "thread"])
def test_slow_job_reports_progress_and_ping_is_answered_meanwhile(slow_client, kind):
    slow_client.send("/slow/spin", 2.0, kind)
    progress = slow_client.expect("/slow/progress", timeout=15)  # a spawn process takes a moment
    assert 0 <= progress[0] <= 1 and progress[1] == "spinning"
    times = ping_times(slow_client)
    if kind == "process":  # the kind heavy work must use: the receiving thread keeps its GIL
        assert statistics.median(times) < 0.005, f"/ping median {statistics.median(times) * 1e3:.2f} ms"
    else:  # a GIL-holding thread slows /ping by milliseconds (bench/osc_latency.py), never stops it
        assert max(times) < 1.0
    assert slow_client.expect("/slow/done", timeout=15) == [1]


def test_cancel_stops_a_job_and_names_it(slow_client, slow_server):
    slow_client.send("/slow/spin", 30.0, "process")
    slow_client.expect("/slow/progress", timeout=15)
    slow_client.send("/cancel")
    assert slow_client.expect("/cancelled") == ["spin 30 s"]
    deadline = time.monotonic() + 5
    while slow_server.jobs.running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert slow_server.jobs.running() == []
    slow_client.send("/cancel")
    assert slow_client.expect("/cancelled") == ["nothing"]
    assert not any(a == "/slow/done" for a, _ in slow_client.drain())


@pytest.mark.parametrize("kind", ["process", "thread"])
def test_failing_jobs_become_errors(slow_client, kind):
    slow_client.send("/slow/fail", "refuse", kind)
    assert slow_client.expect("/error", timeout=15) == ["/slow/fail", "that sound has no notes"]
    slow_client.send("/slow/fail", "raise", kind)
    address, message = slow_client.expect("/error", timeout=15)
    assert address == "/slow/fail" and "ZeroDivisionError" in message


def test_a_worker_process_that_dies_becomes_an_error(slow_client, slow_server):
    slow_client.send("/slow/fail", "crash", "process")
    address, message = slow_client.expect("/error", timeout=15)
    assert address == "/slow/fail" and "stopped unexpectedly (exit code 3)" in message
    assert slow_client.request("/ping", "still here", reply="/pong") == ["still here"]


def test_too_many_jobs_is_busy(slow_client, slow_server):
    slow_server.jobs.max_jobs = 2
    for _ in range(2):
        slow_client.send("/slow/spin", 20.0, "thread")
    slow_client.send("/slow/spin", 20.0, "thread")
    address, message = slow_client.expect("/error")
    assert address == "/slow/spin" and message.startswith("busy: 2 jobs are running")
    slow_client.send("/cancel", "slow")
    assert len([slow_client.expect("/cancelled"), slow_client.expect("/cancelled")]) == 2
