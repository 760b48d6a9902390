"""The built-in addresses and the reply routing of the spec, against the real server process."""

from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message_builder import OscMessageBuilder

from oscclient import OscClient, TypedArg


def test_ping_echoes_its_arguments(client):
    assert client.request("/ping", reply="/pong") == []
    assert client.request("/ping", 1, 2.5, "three", reply="/pong") == [1, 2.5, "three"]


def test_reply_goes_to_default_reply_port_without_connect(server):
    with OscClient(server.address, connect=False, listen_port=server.reply_port) as listener:
        listener.send("/ping", "default")
        assert listener.expect("/pong") == ["default"]


def test_connect_port_sends_replies_to_that_port_per_sender(server):
    with OscClient(server.address, connect=False) as sender, \
            OscClient(server.address, connect=False) as receiver, \
            OscClient(server.address, connect=False, listen_port=server.reply_port) as default:
        sender.send("/connect", receiver.port)
        assert receiver.expect("/connected") == [receiver.port]
        sender.send("/ping", "routed")
        assert receiver.expect("/pong") == ["routed"]
        # another sender on the same host still gets the default port: routes are per host and port
        default.send("/ping", "other")
        assert default.expect("/pong") == ["other"]
        assert receiver.drain(0.2) == []


def test_connect_zero_replies_to_the_source_port_and_accepts_pd_floats(server):
    with OscClient(server.address, connect=False) as c:
        c.send("/connect", TypedArg(0.0, "f"))  # Pd sends every number as a float
        assert c.expect("/connected") == [0]
        assert c.request("/ping", 7, reply="/pong") == [7]


def test_connect_words_sends_sentences_as_words_and_numbers(server):
    with OscClient(server.address, connect=False) as c:
        c.send("/connect", 0, "words")
        assert c.expect("/connected") == [0]
        c.send("/status")
        status = c.expect("/status")
        assert status[:2] == ["server", "oscserver"] and all(type(a) in (str, int, float) for a in status)
        assert not any(isinstance(a, str) and (" " in a or "," in a) for a in status), status
        c.send("/rnn/continue", 0, 1.0)
        assert c.expect("/error") == ["/rnn/continue", "n", "must", "be", "a", "whole", "number", "from", 1, "to",
                                      512, "got", 0]
        assert c.request("/ping", "a b, c", reply="/pong") == ["a b, c"]   # data is never split
        c.send("/connect", 0)                                             # back to one string each
        assert c.expect("/connected") == [0]
        assert c.expect_error("/rnn/continue", 0, 1.0) == "n must be a whole number from 1 to 512, got 0"


def test_status_names_the_server_and_every_instrument(client):
    client.send("/status")
    lines = [client.expect("/status")]
    lines += [args for address, args in client.drain(0.3) if address == "/status"]
    assert lines[0][0] == "server" and "oscserver" in lines[0][1]
    assert all(isinstance(text, str) for _, text in lines)


def test_help_lists_every_address_once_and_one_on_request(client):
    client.send("/help")
    first = client.expect("/help")
    rest = [args for address, args in client.drain(0.3) if address == "/help"]
    listed = [first[0]] + [args[0] for args in rest]
    assert len(listed) == len(set(listed))
    assert {"/ping", "/connect", "/status", "/help", "/cancel"} <= set(listed)
    assert all(len(args) == 3 and all(isinstance(a, str) for a in args) for args in [first, *rest])
    assert client.request("/help", "/connect", reply="/help")[:2] == [
        "/connect", "<port:i 0..65535> [text:s strings|words =strings]"]


def test_cancel_with_nothing_running(client):
    assert client.request("/cancel", reply="/cancelled") == ["nothing"]


def test_bundles_are_unpacked(client):
    bundle = OscBundleBuilder(IMMEDIATELY)
    for i in range(3):
        msg = OscMessageBuilder("/ping")
        msg.add_arg(i)
        bundle.add_content(msg.build())
    client.send_raw(bundle.build().dgram)
    assert [client.expect("/pong") for _ in range(3)] == [[0], [1], [2]]


def test_a_burst_is_answered_in_full(client):
    for i in range(2000):
        client.send("/ping", i)
    got = sorted(client.expect("/pong", timeout=10)[0] for _ in range(2000))
    assert got == list(range(2000))


def test_server_logs_where_it_listens(server):
    assert f"listening on udp 127.0.0.1:{server.port}" in server.log_text()


def test_receive_buffer_passes_the_system_cap_when_allowed():
    import os
    import socket

    from oscserver.server.app import set_receive_buffer

    cap = int(open("/proc/sys/net/core/rmem_max").read())
    wanted = 4 * cap  # beyond what SO_RCVBUF alone may give
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        granted = set_receive_buffer(sock, wanted)
    if os.geteuid() == 0:  # CAP_NET_ADMIN: SO_RCVBUFFORCE works (Linux reports double)
        assert granted >= wanted
    else:
        assert granted >= cap


def test_server_logs_its_receive_buffer(server):
    assert "receive buffer " in server.log_text()


def test_warm_up_imports_ahead_and_freezes_what_it_loaded(tmp_path):
    """A long-running server freezes the libraries its instruments import at start, so the
    garbage collector's full passes (which pause every thread) do not walk them again and again."""
    import subprocess
    import sys

    code = f"""
import gc, sys
from oscserver.server.app import Server
from oscserver.server.config import ServerConfig
server = Server(ServerConfig(port=0, output={str(tmp_path)!r}), instruments=("oscserver.corpus.osc:CorpusInstrument",))
assert "sklearn.manifold" not in sys.modules
gc.freeze()
frozen = gc.get_freeze_count()
server.warm_up(then_freeze=True).join(120)
assert server.warm.is_set() and "sklearn.manifold" in sys.modules
assert gc.get_freeze_count() > frozen + 10000, (frozen, gc.get_freeze_count())
assert len(gc.get_objects(2)) < 1000, len(gc.get_objects(2))
server.close()
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=180)
