"""Building replies: only the OSC types Pd's [oscparse] and Max read (i, f, s, and b), and never a
datagram over 8192 bytes (python-osc's own receive limit), so long data goes out in chunks."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from numbers import Integral, Real

from pythonosc.osc_message_builder import OscMessageBuilder

MAX_DATAGRAM = 8192
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
FLOAT32_MAX = 3.4028234663852886e38


def _padded(n: int) -> int:
    """Bytes an OSC string of n characters takes (terminating NUL, padded to 4)."""
    return (n // 4 + 1) * 4


def osc_value(value) -> tuple[object, str]:
    """(value, type tag) for one reply argument: i, f, s or b, never h or d."""
    if isinstance(value, bool):
        return int(value), "i"
    if isinstance(value, Integral):
        value = int(value)
        if INT32_MIN <= value <= INT32_MAX:
            return value, "i"
        return float(value), "f"
    if isinstance(value, Real):
        value = float(value)
        if not math.isfinite(value):
            return 0.0, "f"  # Pd and Max cannot show NaN or infinity
        return min(max(value, -FLOAT32_MAX), FLOAT32_MAX), "f"
    if isinstance(value, (bytes, bytearray, memoryview)):
        # python-osc cannot build an empty blob; an empty string is the nearest thing
        return (bytes(value), "b") if len(value) else ("", "s")
    return str(value), "s"


def value_size(value, tag: str) -> int:
    if tag in "if":
        return 4
    if tag == "s":
        return _padded(len(value.encode("utf-8")))
    return 4 + math.ceil(len(value) / 4) * 4


def message_size(address: str, values: Sequence) -> int:
    typed = [osc_value(v) for v in values]
    return _padded(len(address)) + _padded(1 + len(typed)) + sum(value_size(v, t) for v, t in typed)


def build(address: str, values: Sequence) -> bytes:
    """The datagram for one reply. Raises ValueError past MAX_DATAGRAM (a bug: use chunked())."""
    builder = OscMessageBuilder(address=address)
    for value in values:
        value, tag = osc_value(value)
        builder.add_arg(value, tag)
    datagram = builder.build().dgram
    if len(datagram) > MAX_DATAGRAM:
        raise ValueError(f"reply {address} is {len(datagram)} bytes, over {MAX_DATAGRAM}: send it in chunks")
    return datagram


def max_numbers(address: str, head: Sequence = ()) -> int:
    """How many i/f values fit after `head` in one datagram (4 data bytes + 1 type-tag byte each)."""
    typed = [osc_value(v) for v in head]
    fixed = _padded(len(address)) + sum(value_size(v, t) for v, t in typed)

    def size(n: int) -> int:
        return fixed + _padded(1 + len(typed) + n) + 4 * n

    n = max(0, (MAX_DATAGRAM - fixed) // 5)
    while n > 0 and size(n) > MAX_DATAGRAM:
        n -= 1
    while size(n + 1) <= MAX_DATAGRAM:
        n += 1
    return n


def chunked(address: str, head: Sequence, values: Sequence) -> Iterator[tuple]:
    """Argument tuples `(*head, *part)` that each fit one datagram; at least one, even if empty."""
    size = max_numbers(address, head)
    if size == 0:
        raise ValueError(f"the head of {address} leaves no room for values")
    if len(values) == 0:
        yield tuple(head)
        return
    for start in range(0, len(values), size):
        yield (*head, *values[start : start + size])


# Replies whose strings are sentences for a person to read, not names or paths.
TEXT_REPLIES = frozenset({"/status", "/help", "/error", "/cancelled", "/rnn/progress", "/samplernn/progress",
                          "/nmf/progress", "/corpus/progress", "/corpus/skipped"})
_PD_ESCAPED = str.maketrans("", "", ",;\\${}")  # characters Pd prints with a backslash


def as_words(values: Sequence) -> list:
    """Each string split into words, numbers as numbers, without the characters Pd escapes: what a
    client that asked for words (/connect <port> words) gets in a text reply, so Pd prints
    "model folk 1.06M parameters" rather than "model\\ folk\\ (1.06M\\ parameters\\,"."""
    out: list = []
    for value in values:
        if not isinstance(value, str):
            out.append(value)
            continue
        for word in value.translate(_PD_ESCAPED).split():
            try:
                number = float(word)
            except ValueError:
                out.append(word)
                continue
            if math.isfinite(number):
                out.append(int(number) if number.is_integer() and "." not in word and "e" not in word.lower()
                           else number)
            else:
                out.append(word)  # "nan", "inf": words here, not numbers
    return out
