import numpy as np
import pytest
from pythonosc.osc_message import OscMessage

from oscserver.server import oscmsg


def types_of(datagram: bytes) -> str:
    body = datagram[datagram.index(b",") + 1:]
    return body[: body.index(b"\x00")].decode()


def test_replies_use_only_i_f_s_b():
    values = [1, np.int64(2), 2**40, 1.5, np.float32(2.5), np.float64(1e300), True, "x", b"blob", np.nan]
    datagram = oscmsg.build("/t", values)
    assert types_of(datagram) == "iiffffisbf"  # 2**40 does not fit int32: sent as f, never h
    params = OscMessage(datagram).params
    assert params[0] == 1 and params[2] == float(2**40) and params[8] == b"blob" and params[9] == 0.0


def test_message_size_matches_the_built_datagram():
    for values in ([], [1], ["abc", 2.0, "defgh"], [b"12345"], list(range(100))):
        assert oscmsg.message_size("/some/where", values) == len(oscmsg.build("/some/where", values))


@pytest.mark.parametrize("n", [0, 1, 1000, 1635, 1636, 5000, 20001])
def test_chunks_fit_in_8192_bytes_and_keep_every_value(n):
    values = np.linspace(0, 1, n, dtype=np.float32)
    head = (3, "a head string")
    chunks = list(oscmsg.chunked("/nmf/activation", head, values))
    got = []
    for args in chunks:
        assert tuple(args[:2]) == head
        datagram = oscmsg.build("/nmf/activation", args)
        assert len(datagram) <= oscmsg.MAX_DATAGRAM
        got.extend(args[2:])
    assert np.array_equal(np.asarray(got, dtype=np.float32), values)
    # chunks are as full as allowed: one more value would not fit
    if n > 1:
        first = chunks[0]
        assert oscmsg.message_size("/nmf/activation", (*first, 0.0)) > oscmsg.MAX_DATAGRAM or len(chunks) == 1


def test_too_large_reply_is_refused_not_sent():
    with pytest.raises(ValueError, match="over 8192"):
        oscmsg.build("/big", [0.0] * 3000)


def test_words_split_sentences_keep_numbers_and_drop_what_pd_escapes():
    assert oscmsg.as_words(["model folk (1.06M parameters, 3.29 bits/note; $1 {x}", 7, 0.5]) == \
        ["model", "folk", "(1.06M", "parameters", 3.29, "bits/note", 1, "x", 7, 0.5]
    assert oscmsg.as_words(["1e3 2 2.0 nan inf -4"]) == [1000.0, 2, 2.0, "nan", "inf", -4]
    assert oscmsg.as_words(["", " , ", "ok"]) == ["ok"]
