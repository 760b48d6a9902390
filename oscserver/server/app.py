"""The server: one receiving thread that only parses and dispatches, replies routed per the spec,
the built-in addresses, and the instruments plugged in.

Why one thread and a big socket buffer: python-osc's threading server starts a thread per datagram
and loses most of a burst; here a burst waits in the kernel's buffer while the loop drains it.
Anything slower than a millisecond runs in the worker pool or the job runner.
"""

from __future__ import annotations

import collections
import gc
import importlib
import logging
import os
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from pythonosc.osc_packet import OscPacket

from oscserver import __version__
from oscserver.errors import RequestError
from oscserver.server import oscmsg
from oscserver.server.config import ServerConfig
from oscserver.server.files import Sandbox
from oscserver.server.guard import ClientGuard, is_loopback
from oscserver.server.jobs import JobRunner
from oscserver.server.priority import lower_priority, realtime_priority
from oscserver.server.params import Any, Int, Str
from oscserver.server.table import Address, Request, build_table
from oscserver.soundcard import SoundCard

log = logging.getLogger("oscserver")

# The four instruments, as "module:Class"; each class takes the server and declares addresses().
INSTRUMENTS = (
    "oscserver.noternn.osc:NoteRNNInstrument",
    "oscserver.samplernn.osc:SampleRNNInstrument",
    "oscserver.nmf.osc:NMFInstrument",
    "oscserver.corpus.osc:CorpusInstrument",
)
MAX_REQUEST_BYTES = 16384  # no address takes more; replies are at most 8192 bytes
SLOW_INLINE_S = 0.02  # an inline handler slower than this is logged: it delays every client
MAX_ROUTES = 4096  # /connect entries remembered; the oldest are forgotten first


class RateLimitedWarnings:
    """Log warnings, but at most `per_second` a second; the rest are counted and summarised."""

    def __init__(self, what: str, per_second: int = 10):
        self.what = what
        self.per_second = per_second
        self.window = 0
        self.sent = 0
        self.suppressed = 0

    def warn(self, message: str, *args) -> None:
        now = int(time.monotonic())
        if now != self.window:
            if self.suppressed:
                log.warning("... %d more %s in the last second were not logged", self.suppressed, self.what)
            self.window, self.sent, self.suppressed = now, 0, 0
        if self.sent < self.per_second:
            self.sent += 1
            log.warning(message, *args)
        else:
            self.suppressed += 1


class Server:
    def __init__(self, config: ServerConfig | None = None, instruments: tuple[str, ...] = INSTRUMENTS):
        self.config = config or ServerConfig()
        if not is_loopback(self.config.host) and not self.config.allow_clients:
            raise OSError(f"listening on {self.config.host} reaches other computers: name the ones allowed "
                          "to send with --allow-clients (e.g. 192.168.1.0/24); everything else is dropped")
        self.guard = ClientGuard(self.config.allow_clients, self.config.rate_limit)
        self._busy_told: dict[str, float] = {}
        self.files = Sandbox(self.config.read_dirs(), self.config.output)
        self.files.ensure_output_dir()
        for stale in self.files.remove_stale_temporaries():
            log.warning("removed %s, a half-written file from a run that was stopped mid-write", stale)
        self.soundcard = SoundCard(self.config.audio_device)   # opened only when a request asks for it
        self.jobs = JobRunner(self.send, max_jobs=self.config.max_jobs, per_client=self.config.jobs_per_client)
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker",
                                       initializer=lower_priority, initargs=(2,))
        self.routes: collections.OrderedDict[tuple, int] = collections.OrderedDict()
        self.word_clients: collections.OrderedDict[tuple, None] = collections.OrderedDict()  # /connect .. words
        self.bad_input = RateLimitedWarnings("bad requests")
        self.malformed = RateLimitedWarnings("malformed datagrams")
        self.counts = collections.Counter()  # received, replied, errors, malformed
        self.started = time.monotonic()
        self._stop = threading.Event()
        self.warm = threading.Event()  # set once the instruments' warm-up imports are done
        self.sock = self._open_socket()
        self.instruments = [i for i in map(self._load_instrument, instruments) if i is not None]
        self.table = build_table([self._builtin_addresses(), *(i.addresses() for i in self.instruments)])

    # -- set-up -----------------------------------------------------------------------------------

    def _open_socket(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_DGRAM)
        self.receive_buffer = set_receive_buffer(sock, self.config.receive_buffer)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1024 * 1024)
        try:
            sock.bind((self.config.host, self.config.port))
        except OSError as error:
            sock.close()
            raise OSError(f"cannot listen on udp {self.config.host}:{self.config.port}: {error.strerror}. "
                          "Is another oscserver running? Choose another with --port.") from error
        sock.settimeout(0.25)
        return sock

    def _load_instrument(self, spec: str):
        module_name, class_name = spec.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            log.warning("instrument %s is not installed; its addresses are off", module_name)
            return None
        return getattr(module, class_name)(self)

    @property
    def address(self) -> tuple[str, int]:
        return self.sock.getsockname()[:2]

    # -- running ----------------------------------------------------------------------------------

    def serve_forever(self) -> None:
        host, port = self.address
        log.info("oscserver %s listening on udp %s:%d; replies go to port %d unless a client sends /connect",
                 __version__, host, port, self.config.reply_port)
        log.info("receive buffer %d kB", self.receive_buffer // 1024)
        log.info("reads from %s; writes to %s", ", ".join(map(str, self.files.read_dirs)), self.files.output_dir)
        log.info("instruments: %s. Send /help for every address.", ", ".join(i.name for i in self.instruments))
        # The receiving thread before anything else on the machine, where allowed; else a nicer one.
        # Not on one core: a flood would keep a real-time thread busy and starve everything else.
        if self.config.realtime and (os.cpu_count() or 1) >= 2 and realtime_priority():
            log.info("the receiving thread runs at real-time priority")
        else:
            lower_priority(-5)  # only root may raise it; otherwise this does nothing
            if self.config.realtime:
                log.info("the receiving thread runs at ordinary priority: real-time needs two cores and root, "
                         "CAP_SYS_NICE or an rtprio limit (/etc/security/limits.d); /ping may wait for a busy CPU")
        while not self._stop.is_set():
            try:
                data, source = self.sock.recvfrom(65536)
            except socket.timeout:
                continue
            except OSError as error:
                if self._stop.is_set():
                    break
                log.warning("receive failed: %s", error)
                continue
            self.handle_datagram(data, source[:2])

    def warm_up(self, then_freeze: bool = False) -> threading.Thread:
        """Run each instrument's warm_up() (imports it will need) on a background thread, so the
        server answers at once. With then_freeze (a long-running server), everything alive afterwards
        goes into the garbage collector's permanent generation: its full passes, which pause every
        thread, then walk only what requests create later (libraries imported after the start made
        them take 10-30 ms)."""
        def run() -> None:
            log.info("sound card: %s", self.soundcard.describe())   # imports PortAudio once, here
            for instrument in self.instruments:
                warm = getattr(instrument, "warm_up", None)
                try:
                    if warm is not None:
                        warm()
                except Exception:  # noqa: BLE001 - a failed warm-up only costs the first request time
                    log.exception("warming up %s failed", instrument.name)
            if then_freeze:
                gc.collect()
                gc.freeze()
            self.warm.set()

        thread = threading.Thread(target=run, name="warm-up", daemon=True)
        thread.start()
        self._warm_up_thread = thread
        return thread

    def start(self) -> threading.Thread:
        """Serve on a background thread (for tests and embedding)."""
        thread = threading.Thread(target=self.serve_forever, name="osc-receive", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        self._stop.set()
        # A warm-up still importing native libraries (PortAudio, torch ops) when the interpreter
        # exits crashes it (SIGSEGV on a SIGTERM soon after the start): let it finish first.
        warm_up = getattr(self, "_warm_up_thread", None)
        if warm_up is not None:
            warm_up.join(timeout=60)
        self.jobs.shutdown()
        for instrument in self.instruments:
            try:
                instrument.close()
            except Exception:  # noqa: BLE001 - shutting down anyway
                log.exception("closing %s failed", instrument.name)
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.sock.close()

    # -- receiving --------------------------------------------------------------------------------

    def handle_datagram(self, data: bytes, source: tuple) -> None:
        self.counts["received"] += 1
        if not self.guard.allowed(source[0]):
            # No reply: answering strangers would make the server a reflector.
            self.bad_input.warn("dropped a datagram from %s, which is not in allow_clients (%d dropped so far)",
                                source[0], self.guard.dropped_not_allowed)
            return
        if not self.guard.within_rate(source[0]):
            self._tell_busy(source)
            return
        if len(data) > MAX_REQUEST_BYTES:  # refused unread: parsing 60 kB of junk would let a flood win
            self.counts["malformed"] += 1
            self.malformed.warn("refused a datagram of %d bytes from %s:%d (at most %d); %d malformed so far",
                                len(data), source[0], source[1], MAX_REQUEST_BYTES, self.counts["malformed"])
            self.send(self.reply_to(source), "/error",
                      ("(too large)", f"a request may be at most {MAX_REQUEST_BYTES} bytes, got {len(data)}"))
            return
        try:
            messages = OscPacket(data).messages
        except Exception as error:  # noqa: BLE001 - python-osc raises ParseError and several others
            self.counts["malformed"] += 1
            self.malformed.warn("malformed datagram of %d bytes from %s:%d (%s); %d so far",
                                len(data), source[0], source[1], error, self.counts["malformed"])
            self.send(self.reply_to(source), "/error", ("(malformed)", f"could not read that OSC message: {error}"))
            return
        for timed in messages:
            message = timed.message
            self.dispatch(message.address, list(message.params), source)

    def _tell_busy(self, source: tuple) -> None:
        """Over the rate limit: one /error busy a second per host, the rest only counted."""
        now = time.monotonic()
        if now - self._busy_told.get(source[0], 0.0) >= 1.0:
            if len(self._busy_told) > 4096:
                self._busy_told.clear()
            self._busy_told[source[0]] = now
            self.bad_input.warn("%s is over the rate limit of %g requests a second (%d dropped so far)",
                                source[0], self.config.rate_limit, self.guard.dropped_rate)
            self.send(self.reply_to(source), "/error",
                      ("busy", f"busy: more than {self.config.rate_limit:g} requests a second from {source[0]}; "
                               "requests are being dropped, slow down"))

    def dispatch(self, address: str, values: list, source: tuple) -> None:
        client = self.reply_to(source)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s:%d %s %s", source[0], source[1], address, " ".join(map(str, values))[:200])
        try:
            entry = self.table.get(address)
            if entry is None:
                raise RequestError(f"unknown address {address[:100]}; send /help to list them")
            args, groups = entry.parse(values)
            request = Request(address, args, groups, client, self, source)
            if entry.run == "inline":
                started = time.perf_counter()
                entry.handler(request)
                took = time.perf_counter() - started
                if took > SLOW_INLINE_S:  # a bug: it holds up every other request; use run="thread"
                    log.warning("%s took %.0f ms on the receiving thread", address, took * 1e3)
            else:
                self.pool.submit(self._run_handler, entry, request)
        except RequestError as error:
            self._refuse(client, address, error.message, source)
        except OSError as error:  # a file the request named: not found, name too long, no permission
            self._refuse(client, address, _os_error_text(error), source)
        except Exception as error:  # noqa: BLE001 - no request may stop the server
            log.exception("handling %s failed", address)
            self.send(client, "/error", (address[:200], f"internal error: {error}"))

    def _run_handler(self, entry: Address, request: Request) -> None:
        try:
            entry.handler(request)
        except RequestError as error:
            self._refuse(request.client, request.address, error.message, request.source)
        except OSError as error:
            self._refuse(request.client, request.address, _os_error_text(error), request.source)
        except Exception as error:  # noqa: BLE001
            log.exception("handling %s failed", request.address)
            self.send(request.client, "/error", (request.address, f"internal error: {error}"))

    def _refuse(self, client, address: str, message: str, source) -> None:
        self.counts["errors"] += 1
        self.bad_input.warn("%s:%d %s: %s", source[0], source[1], address[:100], message)
        self.send(client, "/error", (address[:200], message))

    # -- replying ---------------------------------------------------------------------------------

    def reply_to(self, source: tuple) -> tuple:
        """Where replies to `source` go: its /connect port, its own port for /connect 0, else the default."""
        port = self.routes.get(source)
        if port is None:
            port = self.config.reply_port
        elif port == 0:
            port = source[1]
        return (source[0], port)

    def send(self, client: tuple, address: str, values) -> None:
        if address in oscmsg.TEXT_REPLIES and client in self.word_clients:
            values = oscmsg.as_words(values)
        try:
            datagram = oscmsg.build(address, values)
        except ValueError:
            log.exception("reply %s not sent", address)
            return
        try:
            self.sock.sendto(datagram, client)
            self.counts["replied"] += 1
        except OSError as error:  # a vanished client must not stop anything
            self.counts["send_failed"] += 1
            if self.counts["send_failed"] <= 3 or self.counts["send_failed"] % 1000 == 0:
                log.warning("reply to %s:%d failed: %s", client[0], client[1], error)

    # -- built-in addresses -----------------------------------------------------------------------

    def _builtin_addresses(self) -> list[Address]:
        return [
            Address("/ping", self._ping, repeat=[Any("args", "anything; it comes back unchanged")],
                    reply="/pong [same args]", help="is the server there? answers at once, even during long jobs"),
            Address("/connect", self._connect,
                    args=[Int("port", "the port you listen on; 0 = reply to the port you send from",
                              min=0, max=65535),
                          Str("text", "how sentences (/status, /help, /error, progress) reach you: one string "
                              "each, or words (numbers as numbers, no commas) for Pd to print",
                              default="strings", choices=("strings", "words"))],
                    reply="/connected <port:i>",
                    help="choose where replies to you go, and how their sentences come (remembered per "
                         "sender host and port)"),
            Address("/status", self._status, reply="/status <what:s> <text:s> (several)",
                    help="what is loaded and what is running"),
            Address("/help", self._help,
                    args=[Str("address", "one address, or all when absent", default="all")],
                    reply="/help <address:s> <arguments:s> <description:s> (one per address)",
                    help="list every address with its arguments"),
            Address("/audio/devices", self._audio_devices,
                    reply="/audio/device <index:i> <name:s> <inputs:i> <outputs:i> <default_rate:f> (one per "
                          "device), then /audio/devices <count:i> <in_use:i> (-1: none)",
                    help="list the sound devices this computer has (choose one with serve --audio-device)",
                    run="thread"),
            Address("/cancel", self._cancel,
                    args=[Str("instrument", "only this instrument's jobs (rnn, samplernn, nmf, corpus)",
                              default="all")],
                    reply="/cancelled <what:s> (one per job stopped, or 'nothing')",
                    help="stop the jobs your computer started: training, analysis, rendering, streams"),
        ]

    def _ping(self, req: Request) -> None:
        values = [v for (v,) in req.repeat]
        size = oscmsg.message_size("/pong", values)
        if size > oscmsg.MAX_DATAGRAM:
            raise RequestError(f"the /pong echo would be {size} bytes, over the {oscmsg.MAX_DATAGRAM}-byte limit; "
                               "send shorter arguments")
        req.reply("/pong", *values)

    def _connect(self, req: Request) -> None:
        self.routes[req.source] = req.args["port"]
        self.routes.move_to_end(req.source)
        while len(self.routes) > MAX_ROUTES:
            self.routes.popitem(last=False)
        req.client = self.reply_to(req.source)
        self.word_clients.pop(req.client, None)
        if req.args["text"] == "words":
            self.word_clients[req.client] = None
            while len(self.word_clients) > MAX_ROUTES:
                self.word_clients.popitem(last=False)
        log.info("%s:%d: replies now go to port %d", req.source[0], req.source[1], req.client[1])
        req.reply("/connected", req.args["port"])

    def _status(self, req: Request) -> None:
        host, port = self.address
        jobs = self.jobs.running()
        req.reply("/status", "server", f"oscserver {__version__} on {host}:{port}, up {time.monotonic() - self.started:.0f} s, "
                  f"{len(jobs)} job{'s' if len(jobs) != 1 else ''} running")
        for instrument in self.instruments:
            req.reply("/status", instrument.name, instrument.status())
        for job in jobs:
            req.reply("/status", "job", job.describe())

    def _help(self, req: Request) -> None:
        wanted = req.args["address"]
        if wanted != "all" and wanted not in self.table:
            raise RequestError(f"address must be one of the addresses /help lists, got {wanted!r}")
        for path, entry in self.table.items():
            if wanted in ("all", path):
                description = entry.help + (f" -> {entry.reply}" if entry.reply else "")
                req.reply("/help", path, entry.signature(), description)

    def _audio_devices(self, req: Request) -> None:
        devices = self.soundcard.devices()
        for d in devices:
            req.reply("/audio/device", d.index, d.name, d.inputs, d.outputs, d.default_rate)
        in_use = self.soundcard.find("output").index if self.soundcard.has("output") else -1
        req.reply("/audio/devices", len(devices), in_use)

    def _cancel(self, req: Request) -> None:
        which = req.args["instrument"]
        names = {i.name for i in self.instruments}
        if which != "all" and which not in names:
            raise RequestError(f"instrument must be all or one of {', '.join(sorted(names))}, got {which!r}")
        # Only the jobs this computer started: on a shared network one client cannot stop another's.
        stopped = self.jobs.cancel(None if which == "all" else which, host=req.source[0])
        for job in stopped:
            req.reply("/cancelled", job.what)
        if not stopped:
            req.reply("/cancelled", "nothing")


# Python's socket module lacks SO_RCVBUFFORCE; on Linux it is 33. It passes the system cap
# (net.core.rmem_max) for a process with CAP_NET_ADMIN, such as root.
SO_RCVBUFFORCE = getattr(socket, "SO_RCVBUFFORCE", 33 if sys.platform.startswith("linux") else None)


def set_receive_buffer(sock: socket.socket, wanted: int) -> int:
    """Ask for `wanted` bytes of receive buffer, past the system cap where allowed; returns what the
    kernel granted (Linux reports double what was asked, as it counts its own bookkeeping)."""
    for option in (SO_RCVBUFFORCE, socket.SO_RCVBUF):
        if option is None:
            continue
        try:
            sock.setsockopt(socket.SOL_SOCKET, option, wanted)
            break
        except OSError:
            continue
    granted = sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
    if granted < wanted:
        log.warning("the receive buffer is %d kB, not the %d kB asked for: a burst may be dropped. Raise the "
                    "system cap (sysctl -w net.core.rmem_max=%d) or run with CAP_NET_ADMIN",
                    granted // 1024, wanted // 1024, wanted)
    return granted


def _os_error_text(error: OSError) -> str:
    name = str(error.filename or "")
    name = name if len(name) <= 80 else name[:77] + "..."
    return f"{error.strerror or error}: {name}" if name else str(error.strerror or error)


class _QuietPythonOsc(logging.Filter):
    """python-osc logs every unknown type tag on the root logger, one line each, unthrottled: a
    stream of junk would flood the log. Those datagrams are still parsed (the tag is skipped)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name == "root" and record.getMessage().startswith("Unhandled parameter type"))


def configure_logging(level: str) -> None:
    logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO), stream=sys.stderr,
                        format="%(asctime)s %(levelname)-7s %(message)s", datefmt="%H:%M:%S")
    for handler in logging.getLogger().handlers:
        handler.addFilter(_QuietPythonOsc())
