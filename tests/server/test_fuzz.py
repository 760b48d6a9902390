"""Fuzzing the running server (all four instruments): it stays up, keeps answering /ping, and answers
every well-formed bad request with /error naming its address. bench/fuzz.py is the 10^6 version."""

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzzing import bad_request, junk


@pytest.fixture(scope="module")
def table(server):
    with server.client() as c:
        c.send("/help")
        entries = [c.expect("/help")] + [a for addr, a in c.drain(0.5) if addr == "/help"]
    return {path: signature for path, signature, _ in entries}


def test_every_address_refuses_well_formed_bad_requests(client, table):
    rng = random.Random(1)
    checked = 0
    for address, signature in table.items():
        for _ in range(4):
            datagram = bad_request(rng, address, signature)
            if not datagram:
                continue
            client.send_raw(datagram)
            got = client.expect("/error", timeout=10)
            assert got[0] == address, (address, signature, got)
            checked += 1
    assert checked > 4 * 10
    client.send("/cancel")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_stop_the_server(server, data):
    with server.client() as c:
        c.send_raw(data)
        assert c.request("/ping", "up", reply="/pong", timeout=10) == ["up"]


def test_twenty_thousand_junk_datagrams(server, table):
    rng = random.Random(7)
    addresses = list(table)
    with server.client() as c:
        start = time.monotonic()
        for batch in range(20):
            for _ in range(1000):
                c.send_raw(junk(rng, addresses))
            c.send("/connect", 0)  # the junk may have sent /connect <some port> for this socket
            c.send("/cancel")
            c.drain(0.05)
            c.send("/ping", batch)
            deadline = time.monotonic() + 15
            while True:  # the /pong may sit behind many replies to junk
                got = c.receive(max(0.01, deadline - time.monotonic()))
                assert got is not None, f"no /pong after batch {batch}"
                if got == ("/pong", [batch]):
                    break
        assert server.alive()
        assert time.monotonic() - start < 240
        c.send("/connect", 0)
        c.send("/cancel")
        c.drain(0.5)
    assert "malformed datagram" in server.log_text()
