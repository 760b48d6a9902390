"""CPU priorities: the receiving thread first, then handlers, then jobs, so /ping stays quick on a
busy machine. Linux schedules each thread separately; elsewhere these do nothing."""

from __future__ import annotations

import os
import threading

REALTIME_LEVEL = 10  # low in the real-time range: audio threads (JACK, PipeWire: 70-88) still come first


def lower_priority(nice: int) -> None:
    """Set the calling thread's nice value to `nice` (0 leaves it as it is).

    Positive lowers its priority; negative raises it where allowed (root), else nothing happens."""
    if nice == 0:
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
    except (AttributeError, OSError):
        pass


def realtime_priority(level: int = REALTIME_LEVEL) -> bool:
    """Put the calling thread in the round-robin real-time class, where allowed (root, CAP_SYS_NICE or
    an rtprio limit); returns whether it worked.

    Such a thread runs as soon as it wakes, ahead of every ordinary process. It suits the receiving
    thread, which sleeps in recvfrom and does little per datagram. Threads and processes it starts do
    not inherit the class (SCHED_RESET_ON_FORK), so no job can run at real-time priority by accident."""
    try:
        policy = os.SCHED_RR | getattr(os, "SCHED_RESET_ON_FORK", 0)
        os.sched_setscheduler(threading.get_native_id(), policy, os.sched_param(level))
        return True
    except (AttributeError, OSError):
        return False

