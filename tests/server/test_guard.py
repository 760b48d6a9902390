"""Network exposure: allow-lists, per-client rate limit, per-client job limit."""

import socket
import time

import pytest

from oscclient import OscClient, encode
from oscserver.server.guard import ClientGuard, parse_networks


def test_only_loopback_and_listed_networks_are_allowed():
    guard = ClientGuard(["192.168.1.0/24", "10.0.0.7"], rate_limit=0)
    assert guard.allowed("127.0.0.1") and guard.allowed("127.9.9.9") and guard.allowed("::1")
    assert guard.allowed("192.168.1.40") and guard.allowed("10.0.0.7") and guard.allowed("::ffff:192.168.1.3")
    assert not guard.allowed("192.168.2.1") and not guard.allowed("10.0.0.8") and not guard.allowed("junk")
    assert guard.dropped_not_allowed == 3


def test_rate_limit_is_a_token_bucket_per_host():
    guard = ClientGuard([], rate_limit=100)
    passed = sum(guard.within_rate("127.0.0.2") for _ in range(300))
    assert 100 <= passed <= 105  # one second's burst, then refused
    assert guard.within_rate("127.0.0.3")  # another host has its own bucket
    time.sleep(0.1)
    assert sum(guard.within_rate("127.0.0.2") for _ in range(50)) in range(9, 13)  # refills at 100/s


def test_listening_beyond_localhost_needs_an_allow_list(tmp_path):
    from oscserver.server.app import Server
    from oscserver.server.config import ServerConfig

    with pytest.raises(OSError, match="--allow-clients"):
        Server(ServerConfig(host="0.0.0.0", port=0, output=str(tmp_path)), instruments=())


def test_clients_outside_the_allow_list_are_dropped_and_counted(slow_server):
    # Only 127.0.0.1 may send; 127.0.0.2 is a stranger on the same machine.
    slow_server.guard.networks = parse_networks(["127.0.0.1/32"])
    slow_server.guard._allowed_cache.clear()
    stranger = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    stranger.bind(("127.0.0.2", 0))
    stranger.settimeout(0.5)
    stranger.sendto(encode("/connect", 0), slow_server.address)
    stranger.sendto(encode("/ping", 1), slow_server.address)
    with pytest.raises(socket.timeout):
        stranger.recvfrom(9000)
    stranger.close()
    assert slow_server.guard.dropped_not_allowed == 2
    with OscClient(slow_server.address) as friend:
        assert friend.request("/ping", 2, reply="/pong") == [2]


def test_a_flooding_client_gets_busy_and_others_are_still_served(slow_server):
    slow_server.config.rate_limit = 200
    slow_server.guard.rate_limit, slow_server.guard.burst = 200, 200
    with OscClient(slow_server.address) as flooder:
        for i in range(1000):
            flooder.send("/ping", i)
        address, message = flooder.expect("/error", timeout=5)
        assert address == "busy" and message.startswith("busy: more than 200 requests a second")
        answered = 1 + sum(1 for a, _ in flooder.drain(0.5) if a == "/pong") + sum(
            1 for a, _ in list(flooder.pending) if a == "/pong")
        assert answered < 500
    assert slow_server.guard.dropped_rate > 400


def test_jobs_per_client_are_limited(slow_client, slow_server):
    slow_server.jobs.per_client = 1
    slow_client.send("/slow/spin", 20.0, "thread")
    message = slow_client.expect_error("/slow/spin", 20.0, "thread")
    assert message.startswith("busy: 127.0.0.1 already runs 1 jobs (at most 1 per client)")
    slow_client.send("/cancel")
    slow_client.expect("/cancelled")


def test_cancel_stops_only_the_jobs_of_the_senders_host(slow_server):
    import socket as _socket

    from oscclient import encode as _encode

    with OscClient(slow_server.address) as local:
        local.send("/slow/spin", 20.0, "thread")
        local.expect("/slow/progress", timeout=10)
        other = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
        other.bind(("127.0.0.2", 0))
        other.settimeout(2)
        other.sendto(_encode("/connect", 0), slow_server.address)
        other.recvfrom(9000)
        other.sendto(_encode("/cancel"), slow_server.address)
        data, _ = other.recvfrom(9000)
        assert b"nothing" in data  # 127.0.0.2 started no job, so it stops none
        other.close()
        assert len(slow_server.jobs.running()) == 1
        local.send("/cancel")
        assert local.expect("/cancelled") == ["spin 20 s"]
