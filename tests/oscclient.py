"""A small OSC client for tests and benchmarks: send, then wait for replies by address."""

from __future__ import annotations

import socket
import time
from collections import deque

from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.osc_packet import OscPacket


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TypedArg:
    """Force an OSC type tag for one argument (e.g. TypedArg(3, 'f') to send 3 as Pd would)."""

    def __init__(self, value, tag: str):
        self.value, self.tag = value, tag


def encode(address: str, *args) -> bytes:
    builder = OscMessageBuilder(address=address)
    for arg in args:
        if isinstance(arg, TypedArg):
            builder.add_arg(arg.value, arg.tag)
        else:
            builder.add_arg(arg)
    return builder.build().dgram


class OscClient:
    """Sends to the server and receives its replies on its own socket.

    With `connect=True` (the default) it sends `/connect 0` first, so replies come back to the port
    it sends from, the way Pd's [netsend -u -b] works; otherwise it listens on `listen_port`.
    """

    def __init__(self, server: tuple[str, int], *, connect: bool = True, listen_port: int = 0):
        self.server = server
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
        self.sock.bind(("127.0.0.1", listen_port))
        self.port = self.sock.getsockname()[1]
        self.pending: deque[tuple[str, list]] = deque()
        if connect:
            self.send("/connect", 0)
            self.expect("/connected")

    def close(self) -> None:
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def send(self, address: str, *args) -> None:
        self.sock.sendto(encode(address, *args), self.server)

    def send_raw(self, datagram: bytes) -> None:
        self.sock.sendto(datagram, self.server)

    def _receive(self, timeout: float) -> tuple[str, list] | None:
        self.sock.settimeout(max(timeout, 1e-4))
        try:
            data, _ = self.sock.recvfrom(65536)
        except (socket.timeout, BlockingIOError):
            return None
        assert len(data) <= 8192, f"reply of {len(data)} bytes is over the 8192-byte limit"
        message = next(iter(OscPacket(data).messages)).message
        return message.address, list(message.params)

    def receive(self, timeout: float = 5.0) -> tuple[str, list] | None:
        if self.pending:
            return self.pending.popleft()
        return self._receive(timeout)

    def expect(self, address: str, timeout: float = 5.0) -> list:
        """Args of the next reply at `address`; other replies are kept for later. Fails on timeout."""
        for i, (addr, args) in enumerate(self.pending):
            if addr == address:
                del self.pending[i]
                return args
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            got = self._receive(left)
            if got is None:
                break
            if got[0] == address:
                return got[1]
            self.pending.append(got)
        seen = ", ".join(f"{a} {p}"[:120] for a, p in list(self.pending)[-5:])
        raise TimeoutError(f"no {address} within {timeout} s; last other replies: {seen or 'none'}")

    def request(self, address: str, *args, reply: str, timeout: float = 5.0) -> list:
        self.send(address, *args)
        return self.expect(reply, timeout)

    def expect_error(self, address: str, *args, timeout: float = 5.0) -> str:
        """Send a request that must fail; returns the /error message (checking it names the address)."""
        self.send(address, *args)
        got = self.expect("/error", timeout)
        assert got[0] == address, f"/error names {got[0]!r}, not {address!r}: {got}"
        return got[1]

    def collect(self, address: str, until: str, timeout: float = 30.0) -> tuple[list[list], list]:
        """All replies at `address` until one at `until` arrives: (collected, until's args).

        An /error on the way raises AssertionError with its message."""
        collected: list[list] = []
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            got = self.receive(left)
            if got is None:
                break
            addr, args = got
            if addr == address:
                collected.append(args)
            elif addr == until:
                return collected, args
            elif addr == "/error":
                raise AssertionError(f"/error while waiting for {until}: {args}")
        raise TimeoutError(f"no {until} within {timeout} s ({len(collected)} {address} received)")

    def drain(self, quiet: float = 0.2) -> list[tuple[str, list]]:
        """Everything that arrives until the line is quiet for `quiet` seconds."""
        got = list(self.pending)
        self.pending.clear()
        while (item := self._receive(quiet)) is not None:
            got.append(item)
        return got
