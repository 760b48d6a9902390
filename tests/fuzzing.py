"""Datagram generators for fuzzing the running server (used by tests/server/test_fuzz.py and
bench/fuzz.py): random bytes, truncated and corrupted OSC, wrong type tags, huge strings and blobs,
nested bundles, and every address with wrong counts, types and extreme values."""

from __future__ import annotations

import random
import re
import struct

from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message_builder import OscMessageBuilder

EXTREME_NUMBERS = [float("nan"), float("inf"), float("-inf"), -1.0, 0.0, 1e38, -1e38, 2.0**31, -(2.0**31),
                   0.5, 1e-45, 2**31 - 1, -(2**31), 0, -1, 7]
NASTY_STRINGS = ["", "x", "../../etc/passwd", "/etc/passwd", "~/.ssh/id_rsa", "a" * 5000, "nope.wav",
                 "\u00e9\u00e8\u4e2d", "%s%n", "/", "..", "C:\\Windows", "-1", "nan"]
SIGNATURE_PART = re.compile(r"[<\[](\w+):(\w+)([^\]>]*)[>\]]")


def parse_signature(signature: str) -> list[tuple[str, str, str]]:
    """[(name, type, range text)] of the fixed arguments in a /help signature like `<n:i 1..512>`."""
    fixed = signature.split("[<")[0] if "]..." in signature else signature
    return SIGNATURE_PART.findall(fixed)


def message(address: str, args: list) -> bytes:
    builder = OscMessageBuilder(address=address)
    for value in args:
        if isinstance(value, tuple):  # (value, tag) to force a type
            builder.add_arg(*value)
        else:
            builder.add_arg(value)
    return builder.build().dgram


def random_arg(rng: random.Random):
    kind = rng.randrange(6)
    if kind == 0:
        return (rng.choice(EXTREME_NUMBERS[:10]), "f")
    if kind == 1:
        return (rng.choice([2**31 - 1, -(2**31), 0, -1, rng.randrange(-1000, 1000)]), "i")
    if kind == 2:
        return (rng.choice([2**40, -(2**63), 2**63 - 1]), "h")  # 64-bit ints Pd cannot read
    if kind == 3:
        return (rng.choice(NASTY_STRINGS), "s")
    if kind == 4:
        return (bytes(rng.randrange(256) for _ in range(rng.choice([1, 7, 300]))), "b")
    return (rng.random() * 10, "d")


def bad_request(rng: random.Random, address: str, signature: str) -> bytes:
    """A well-formed request to `address` that must be refused: wrong count, type or range."""
    params = parse_signature(signature)
    if not params or rng.random() < 0.2:
        # one argument too many for an address without a repeating group, else a blob first
        extra = [(0, "i")] * (len(params) + 1) if "]..." not in signature else [(b"\x00", "b")]
        if "[args...]" in signature:
            return b""
        return message(address, extra)
    args = []
    broken = rng.randrange(len(params))
    for i, (_name, tag, rng_text) in enumerate(params):
        if i != broken:
            args.append(valid_value(tag, rng_text))
        else:
            args.append(invalid_value(rng, tag, rng_text))
    return message(address, args)


def _range(rng_text: str) -> tuple[float | None, float | None, list[str]]:
    text = rng_text.strip().split(" =")[0].strip()
    if ".." in text:
        lo, hi = text.split("..")
        return (float(lo) if lo else None, float(hi) if hi else None, [])
    if "|" in text or text.isalpha():
        return None, None, text.split("|")
    return None, None, []


def valid_value(tag: str, rng_text: str):
    lo, hi, choices = _range(rng_text)
    if tag == "s":
        return (choices[0] if choices and choices[0] else "x", "s")
    value = lo if lo is not None else (hi if hi is not None else 1)
    return (int(value), "i") if tag == "i" else (float(value), "f")


def invalid_value(rng: random.Random, tag: str, rng_text: str):
    lo, hi, choices = _range(rng_text)
    if tag == "s":
        return (b"\x01\x02", "b") if not choices or rng.random() < 0.5 else ("not-" + choices[0], "s")
    options = [(float("nan"), "f"), (float("inf"), "f"), (b"\x00\x01", "b"), ("seven", "s")]
    if lo is not None:
        below = lo - 1
        options.append((below, "f") if tag == "f" else (int(below), "i" if below >= -(2**31) else "h"))
    if hi is not None:
        above = int(hi) + 1
        options.append((hi + 1, "f") if tag == "f" else (above, "i" if above < 2**31 else "h"))
    if tag == "i":
        options.append((0.5 + (lo or 0), "f"))
    return rng.choice(options)


def junk(rng: random.Random, addresses: list[str]) -> bytes:
    """One datagram of any kind, mostly malformed or odd."""
    kind = rng.randrange(8)
    address = rng.choice(addresses)
    if kind == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 200)))
    if kind == 1:  # truncated
        data = message(address, [random_arg(rng) for _ in range(rng.randrange(1, 5))])
        return data[: rng.randrange(0, len(data))]
    if kind == 2:  # corrupted bytes
        data = bytearray(message(address, [random_arg(rng) for _ in range(rng.randrange(1, 5))]))
        for _ in range(rng.randrange(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind == 3:  # wrong type tags over arbitrary payload
        tags = "".join(rng.choice("ifsbhdtTFNIcrm[]") for _ in range(rng.randrange(0, 6)))
        head = message(address, [])
        head = head[: head.index(b",")] if b"," in head else head
        tag_bytes = ("," + tags).encode()
        tag_bytes += b"\x00" * (4 - len(tag_bytes) % 4)
        return head + tag_bytes + bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40)))
    if kind == 4:  # huge string or blob
        if rng.random() < 0.5:
            return message(address, [("s" * rng.randrange(1000, 60000), "s")])
        return message(address, [(bytes(rng.randrange(1000, 60000)), "b")])
    if kind == 5:  # nested bundles
        return nested_bundle(rng, addresses, depth=rng.randrange(1, 6))
    if kind == 6:  # a real address with random arguments
        return message(address, [random_arg(rng) for _ in range(rng.randrange(0, 6))])
    return struct.pack(">i", rng.randrange(-(2**31), 2**31)) + b"#bundle\x00"


def nested_bundle(rng: random.Random, addresses: list[str], depth: int) -> bytes:
    bundle = OscBundleBuilder(IMMEDIATELY)
    for _ in range(rng.randrange(1, 3)):
        if depth > 1 and rng.random() < 0.6:
            from pythonosc.osc_bundle import OscBundle
            bundle.add_content(OscBundle(nested_bundle(rng, addresses, depth - 1)))
        else:
            builder = OscMessageBuilder(address="/ping")
            builder.add_arg(rng.randrange(1000))
            bundle.add_content(builder.build())
    return bundle.build().dgram
