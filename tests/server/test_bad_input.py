"""Every kind of bad request gets /error <address> <message> and changes nothing else."""

import pytest

from oscclient import TypedArg


def test_unknown_address(client):
    assert client.expect_error("/no/such/thing", 1) == "unknown address /no/such/thing; send /help to list them"


@pytest.mark.parametrize("args, expected", [
    ((), "/connect takes 1 to 2 arguments (<port:i 0..65535> [text:s strings|words =strings]), got 0"),
    ((1, "words", 3), "/connect takes 1 to 2 arguments (<port:i 0..65535> [text:s strings|words =strings]), got 3"),
    ((0, "prose"), "text must be one of strings, words, got 'prose'"),
    (("abc",), "port must be a whole number from 0 to 65535, got 'abc'"),
    ((3.5,), "port must be a whole number from 0 to 65535, got 3.5"),
    ((70000,), "port must be a whole number from 0 to 65535, got 70000"),
    ((-1,), "port must be a whole number from 0 to 65535, got -1"),
    ((TypedArg(float("nan"), "f"),), "port must be a whole number from 0 to 65535, got nan"),
    ((TypedArg(b"\x01\x02", "b"),), "port must be a whole number from 0 to 65535, got a blob of 2 bytes"),
])
def test_connect_with_bad_arguments(client, args, expected):
    assert client.expect_error("/connect", *args) == expected
    assert client.request("/ping", "routing unchanged", reply="/pong") == ["routing unchanged"]


def test_help_and_cancel_refuse_unknown_names(client):
    assert "address must be one of the addresses /help lists" in client.expect_error("/help", "/nope")
    assert "instrument must be all or one of" in client.expect_error("/cancel", "piano")
    assert "takes 0 arguments" in client.expect_error("/status", 1)


@pytest.mark.parametrize("garbage", [b"", b"hello", b"/ping\x00\x00\x00,i\x00\x00", b"#bundle\x00" + b"\xff" * 12,
                                     b"/ping\x00\x00\x00,s\x00\x00abc", b"\x00" * 64])
def test_malformed_datagrams_are_answered_and_logged(client, server, garbage):
    client.send_raw(garbage)
    address, message = client.expect("/error")
    assert address == "(malformed)" and message.startswith("could not read that OSC message")
    assert client.request("/ping", reply="/pong") == []
    assert "malformed datagram" in server.log_text()


def test_every_declared_address_refuses_wrong_types(client):
    """Generic probe of the whole address table: a blob where the first argument goes, or one value
    too many, must be refused with /error naming the address (never crash, never silence)."""
    client.send("/help")
    entries = [client.expect("/help")] + [a for addr, a in client.drain(0.5) if addr == "/help"]
    probed = 0
    for path, signature, _ in entries:
        if path == "/ping":
            continue
        if signature:
            message = client.expect_error(path, TypedArg(b"\x00\x01", "b"))
            assert "got a blob of 2 bytes" in message or "takes" in message, (path, message)
        else:
            message = client.expect_error(path, 1)
            assert "takes 0 arguments" in message, (path, message)
        probed += 1
    assert probed >= 4
    assert client.request("/ping", "alive", reply="/pong") == ["alive"]


def test_oversized_datagrams_are_refused_unread(client):
    from oscclient import encode

    client.send_raw(encode("/ping", "x" * 20000))
    address, message = client.expect("/error")
    assert address == "(too large)" and "at most 16384 bytes" in message
    assert client.request("/ping", reply="/pong") == []
