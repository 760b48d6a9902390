"""A Python client for live coding and scripts: typed calls that send a request and wait for its reply.

    from oscserver.client import Client

    with Client() as osc:                                   # the server on 127.0.0.1:9000
        notes = osc.continue_melody([(60, 1), (62, 1), (64, 2)], 16, temperature=0.9)
        near = osc.nearest(0.5, 0.5, k=4)                   # after osc.analyze(folder)
        audio = osc.stream(2.0)                             # 2 s of SampleRNN audio, float32

Replies come back to this client's own port (it sends `/connect 0` first, as Pd's [netsend -b]
does). An `/error` reply to the request being waited on raises ServerError with the server's
message; a reply that does not come in time raises TimeoutError. Replies at other addresses that
arrive while waiting are kept for a later call (see `expect`).
"""

from __future__ import annotations

import socket
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

import numpy as np
from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.osc_packet import OscPacket

Reply = tuple[str, list]


class ServerError(Exception):
    """The server answered a request with /error <address> <message>."""

    def __init__(self, address: str, message: str):
        super().__init__(f"{address}: {message}")
        self.address, self.message = address, message


class TypedArg:
    """Force an OSC type tag for one argument (e.g. TypedArg(3, 'f') sends 3 as a float, as Pd does)."""

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


@dataclass(frozen=True)
class Point:
    """One sound of the corpus map."""
    id: int
    x: float
    y: float
    cluster: int
    path: str


@dataclass(frozen=True)
class Decomposition:
    """What /nmf/decompose sends: each component's 0..1 envelope and the WAV of its sound."""
    envelopes: np.ndarray            # (components, frames)
    frame_rate: float                # envelope frames per second
    component_wavs: list[str]        # one path per component, in the server's output folder


class Client:
    """One UDP socket to an oscserver; every call waits for its reply (see the module docstring)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 9000, *, timeout: float = 10.0,
                 connect: bool = True, listen_port: int = 0):
        self.server = (host, port)
        self.timeout = timeout
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        # SampleRNN blocks and corpus maps arrive in bursts: a large buffer keeps them all
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
        self.sock.bind(("0.0.0.0" if host not in ("127.0.0.1", "localhost") else "127.0.0.1", listen_port))
        self.port = self.sock.getsockname()[1]
        self.pending: deque[Reply] = deque()
        if connect:
            self.request("/connect", 0, reply="/connected")

    def close(self) -> None:
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ------------------------------------------------------------------------------ transport

    def send(self, address: str, *args) -> None:
        self.sock.sendto(encode(address, *args), self.server)

    def send_raw(self, datagram: bytes) -> None:
        self.sock.sendto(datagram, self.server)

    def _receive(self, timeout: float) -> Optional[Reply]:
        self.sock.settimeout(max(timeout, 1e-4))
        try:
            data, _ = self.sock.recvfrom(65536)
        except (socket.timeout, BlockingIOError):
            return None
        self.received(data)
        message = next(iter(OscPacket(data).messages)).message
        return message.address, list(message.params)

    def received(self, datagram: bytes) -> None:
        """Called with each raw datagram before it is parsed (a hook for tests and logging)."""

    def receive(self, timeout: Optional[float] = None) -> Optional[Reply]:
        """The next reply (kept ones first), or None after `timeout` seconds."""
        if self.pending:
            return self.pending.popleft()
        return self._receive(self.timeout if timeout is None else timeout)

    def _raise_if_error(self, reply: Reply, request: Optional[str]) -> None:
        if reply[0] == "/error" and (request is None or (reply[1] and reply[1][0] == request)):
            raise ServerError(str(reply[1][0]) if reply[1] else "?", " ".join(map(str, reply[1][1:])))

    def expect(self, address: str, timeout: Optional[float] = None, *, request: Optional[str] = None) -> list:
        """Args of the next reply at `address`; others are kept for later. With `request`, an /error
        naming that request raises ServerError."""
        for i, reply in enumerate(self.pending):
            if request is not None:
                self._raise_if_error(reply, request)
            if reply[0] == address:
                del self.pending[i]
                return reply[1]
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while (left := deadline - time.monotonic()) > 0:
            got = self._receive(left)
            if got is None:
                break
            if request is not None:
                self._raise_if_error(got, request)
            if got[0] == address:
                return got[1]
            self.pending.append(got)
        seen = ", ".join(f"{a} {p}"[:120] for a, p in list(self.pending)[-5:])
        raise TimeoutError(f"no {address} within {self.timeout if timeout is None else timeout} s; last other replies: {seen or 'none'}")

    def request(self, address: str, *args, reply: str, timeout: Optional[float] = None) -> list:
        """Send, then wait for the reply at `reply` (an /error to this request raises ServerError)."""
        self.send(address, *args)
        return self.expect(reply, timeout, request=address)

    def collect(self, address: str, until: str, timeout: float = 30.0, *,
                on: Optional[Callable[[list], None]] = None) -> tuple[list[list], list]:
        """All replies at `address` until one at `until` arrives: (collected, until's args).
        `on` is called with each one as it arrives (for streams). Any /error raises ServerError."""
        collected: list[list] = []
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            got = self.receive(left)
            if got is None:
                break
            addr, args = got
            if addr == address:
                collected.append(args)
                if on is not None:
                    on(args)
            elif addr == until:
                return collected, args
            else:
                self._raise_if_error(got, None)
        raise TimeoutError(f"no {until} within {timeout} s ({len(collected)} {address} received)")

    def drain(self, quiet: float = 0.2) -> list[Reply]:
        """Everything that arrives until the line is quiet for `quiet` seconds."""
        got = list(self.pending)
        self.pending.clear()
        while (item := self._receive(quiet)) is not None:
            got.append(item)
        return got

    # ------------------------------------------------------------------------------ the server

    def ping(self) -> float:
        """Round trip in seconds."""
        t0 = time.perf_counter()
        self.request("/ping", "client", reply="/pong")
        return time.perf_counter() - t0

    def status(self) -> dict[str, str]:
        """{what: text} for the server and each instrument."""
        self.send("/status")
        lines = [self.expect("/status")] + [args for addr, args in self.drain(0.3) if addr == "/status"]
        return {str(what): str(text) for what, text in lines}

    def cancel(self, instrument: str = "all") -> list[str]:
        self.send("/cancel", instrument)
        first = self.expect("/cancelled", request="/cancel")
        return [str(first[0])] + [str(a[0]) for addr, a in self.drain(0.3) if addr == "/cancelled"]

    # ------------------------------------------------------------------------------ note-RNN

    def continue_melody(self, notes: Iterable[tuple[int, float]], n: int,
                        temperature: float = 1.0) -> list[tuple[int, float]]:
        """n more notes after `notes` [(MIDI pitch or -1 for a rest, beats)...]; no notes = the live
        history sent with note()."""
        flat = [v for pitch, beats in notes for v in (int(pitch), float(beats))]
        got = self.request("/rnn/continue", int(n), float(temperature), *flat, reply="/rnn/notes")
        return [(int(p), float(b)) for p, b in zip(got[0::2], got[1::2])]

    def note(self, pitch: int, beats: float) -> None:
        """Add a played note to the live history (no reply)."""
        self.send("/rnn/note", int(pitch), float(beats))

    def seed(self, seed: int) -> None:
        self.send("/rnn/seed", int(seed))

    # ------------------------------------------------------------------------------ SampleRNN

    def stream(self, seconds: float, temperature: Optional[float] = None,
               on_block: Optional[Callable[[int, np.ndarray], None]] = None) -> np.ndarray:
        """Stream `seconds` of generated audio (it arrives in real time); returns float32 samples.
        `on_block(index, samples)` sees each block as it comes (to play it or draw it)."""
        args = [float(seconds)] + ([] if temperature is None else [float(temperature)])
        blocks: dict[int, np.ndarray] = {}

        def keep(block: list) -> None:
            samples = np.asarray(block[1:], np.float32)
            blocks[int(block[0])] = samples
            if on_block is not None:
                on_block(int(block[0]), samples)

        self.send("/samplernn/start", *args)
        self.collect("/samplernn/block", until="/samplernn/done", timeout=seconds + self.timeout, on=keep)
        return np.concatenate([blocks[i] for i in sorted(blocks)]) if blocks else np.zeros(0, np.float32)

    def render(self, path: str, seconds: float, temperature: Optional[float] = None,
               timeout: Optional[float] = None) -> str:
        """Generate `seconds` into a WAV in the server's output folder; returns its path."""
        args = [path, float(seconds)] + ([] if temperature is None else [float(temperature)])
        return str(self.request("/samplernn/render", *args, reply="/samplernn/rendered",
                                timeout=timeout or 60 + 10 * seconds)[0])

    def tempo(self, bpm: float) -> float:
        return float(self.request("/samplernn/tempo", float(bpm), reply="/samplernn/tempo")[0])

    # ------------------------------------------------------------------------------ NMF

    def decompose(self, path: str, components: int, iterations: int = 100,
                  timeout: Optional[float] = None) -> Decomposition:
        self.send("/nmf/decompose", path, int(components), int(iterations))
        replies: list[Reply] = []
        deadline = time.monotonic() + (timeout or 120.0)
        while True:
            got = self.receive(deadline - time.monotonic())
            if got is None:
                raise TimeoutError(f"no /nmf/done within {timeout or 120.0} s")
            self._raise_if_error(got, "/nmf/decompose")
            if got[0] == "/nmf/done":
                k, frames, rate = int(got[1][0]), int(got[1][1]), float(got[1][2])
                break
            replies.append(got)
        envelopes = np.zeros((k, frames), np.float32)
        wavs = [""] * k
        for addr, args in replies:
            if addr == "/nmf/activation":            # <k> <start_frame> <value>... (chunked)
                start, values = int(args[1]), args[2:]
                envelopes[int(args[0]), start:start + len(values)] = values
            elif addr == "/nmf/component":
                wavs[int(args[0])] = str(args[1])
            elif addr != "/nmf/progress":
                self.pending.append((addr, args))
        return Decomposition(envelopes, rate, wavs)

    def match(self, path: str = "input", timeout: Optional[float] = None) -> np.ndarray:
        """Live activations (frames, components) of a file played as if live (or the sound card input
        until stop is sent from elsewhere), against the last decomposed or loaded bases."""
        self.send("/nmf/match/start", path)
        rows, _ = self.collect("/nmf/match", until="/nmf/match/done", timeout=timeout or 600.0)
        return np.asarray(rows, np.float32)

    # ------------------------------------------------------------------------------ corpus map

    def analyze(self, folder: str, clusters: int = 8, timeout: float = 600.0) -> list[Point]:
        """Map every sound under `folder` (in the allowed folders); returns the points."""
        self.send("/corpus/analyze", folder, int(clusters))
        rows, _ = self.collect("/corpus/point", until="/corpus/done", timeout=timeout)
        return [Point(int(i), float(x), float(y), int(c), str(p)) for i, x, y, c, p in rows]

    def nearest(self, x: float, y: float, k: int = 1) -> list[Point]:
        """The k sounds of the current map nearest to (x, y), nearest first."""
        self.send("/corpus/nearest", float(x), float(y), int(k))
        first = self.expect("/corpus/nearest", request="/corpus/nearest")
        rows = [first]
        while len(rows) < k:                      # a map smaller than k sends fewer
            try:
                rows.append(self.expect("/corpus/nearest", timeout=0.5))
            except TimeoutError:
                break
        return [Point(int(i), float(px), float(py), int(c), str(p)) for i, px, py, c, p in rows]
