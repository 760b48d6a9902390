"""The tests' OSC client: oscserver.client.Client, checking that every reply fits the size limit."""

from __future__ import annotations

import socket

from oscserver.client import Client, ServerError, TypedArg, encode  # noqa: F401 - used by the tests


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OscClient(Client):
    """Sends to the server and receives its replies on its own socket.

    With `connect=True` (the default) it sends `/connect 0` first, so replies come back to the port
    it sends from, the way Pd's [netsend -u -b] works; otherwise it listens on `listen_port`.
    """

    def __init__(self, server: tuple[str, int], *, connect: bool = True, listen_port: int = 0):
        super().__init__(*server, timeout=5.0, connect=connect, listen_port=listen_port)

    def received(self, datagram: bytes) -> None:
        assert len(datagram) <= 8192, f"reply of {len(datagram)} bytes is over the 8192-byte limit"

    def expect_error(self, address: str, *args, timeout: float = 5.0) -> str:
        """Send a request that must fail; returns the /error message (checking it names the address)."""
        self.send(address, *args)
        got = self.expect("/error", timeout)
        assert got[0] == address, f"/error names {got[0]!r}, not {address!r}: {got}"
        return got[1]
