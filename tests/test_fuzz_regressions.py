"""Crashes the fuzzer found, each kept as a test so they stay fixed."""

from oscclient import TypedArg


def test_samplernn_with_a_denormal_temperature_streams_instead_of_crashing(client, server):
    # 1/5e-315 overflows float32: the sampler once read outside a table and the server segfaulted
    client.send("/samplernn/start", 0.3, TypedArg(5.31517008e-315, "d"))
    blocks, done = client.collect("/samplernn/block", until="/samplernn/done", timeout=60)
    assert blocks and done[0] > 0
    client.send("/samplernn/start", 0.0, 1.0)
    client.expect("/samplernn/block", timeout=30)
    client.send("/samplernn/temperature", TypedArg(1e-300, "d"))
    client.expect("/samplernn/block", timeout=30)
    client.send("/samplernn/stop")
    client.expect("/samplernn/done", timeout=30)
    assert server.alive()
    assert client.request("/ping", "alive", reply="/pong") == ["alive"]
