"""The address table: every address the server answers, its arguments and its help text.

Each instrument declares its own addresses next to its handlers (like a FluCoMa client declares its
parameters); `build_table` collects them in one place. Validation, /help and the README's address
table are all generated from these declarations.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from oscserver.errors import RequestError
from oscserver.server.params import Any, Param


@dataclass(frozen=True)
class Address:
    path: str
    handler: Callable[["Request"], None]
    args: Sequence[Param] = ()
    help: str = ""
    reply: str = ""  # what comes back, for /help and the README
    repeat: Sequence[Param] = ()  # a trailing group of arguments that may repeat
    repeat_max: int | None = None  # at most this many groups
    run: str = "inline"  # "inline": on the receiving thread (must be quick); "thread": worker pool

    def __post_init__(self):
        if not self.path.startswith("/"):
            raise ValueError(f"address {self.path!r} must start with /")
        if self.run not in ("inline", "thread"):
            raise ValueError(f"{self.path}: run must be 'inline' or 'thread'")
        seen_optional = False
        for param in self.args:
            if param.required and seen_optional:
                raise ValueError(f"{self.path}: required {param.name} follows an optional argument")
            seen_optional |= not param.required

    def signature(self) -> str:
        parts = [p.signature() for p in self.args]
        if self.repeat:
            if len(self.repeat) == 1 and isinstance(self.repeat[0], Any):
                parts.append("[args...]")
            else:
                parts.append("[" + " ".join(p.signature() for p in self.repeat) + "]...")
        return " ".join(parts)

    def parse(self, values: Sequence) -> tuple[dict, list[tuple]]:
        """Validate and coerce raw OSC values into (named args, repeated groups)."""
        n_fixed = len(self.args)
        n_required = sum(p.required for p in self.args)
        fixed, rest = list(values[:n_fixed]), list(values[n_fixed:])
        if len(values) < n_required or (rest and not self.repeat):
            expected = f"{n_required}" if n_required == n_fixed else f"{n_required} to {n_fixed}"
            if self.repeat:
                expected = f"at least {n_required}"
            raise RequestError(f"{self.path} takes {expected} argument{'s' if n_fixed != 1 else ''} "
                               f"({self.signature() or 'none'}), got {len(values)}")
        args = {p.name: p.coerce(v) for p, v in zip(self.args, fixed)}
        for param in self.args[len(fixed):]:
            args[param.name] = param.default
        groups: list[tuple] = []
        if rest:
            width = len(self.repeat)
            if len(rest) % width:
                names = " ".join(p.name for p in self.repeat)
                raise RequestError(f"{self.path}: after the first {n_fixed} arguments come groups of {width} "
                                   f"({names}), got {len(rest)} values, which is not a whole number of groups")
            groups = [tuple(p.coerce(v) for p, v in zip(self.repeat, rest[i : i + width]))
                      for i in range(0, len(rest), width)]
            if self.repeat_max is not None and len(groups) > self.repeat_max:
                raise RequestError(f"{self.path} takes at most {self.repeat_max} groups of "
                                   f"({' '.join(p.name for p in self.repeat)}), got {len(groups)}")
        return args, groups


@dataclass
class Request:
    """One validated request, as a handler sees it."""

    address: str
    args: dict
    repeat: list[tuple]
    client: tuple  # (host, port) where replies go
    server: object = field(repr=False)
    source: tuple = ()  # (host, port) the request came from

    def reply(self, address: str, *values) -> None:
        self.server.send(self.client, address, values)


def build_table(groups: Sequence[Sequence[Address]]) -> dict[str, Address]:
    """One dict from address to declaration; a duplicate address is a programming error."""
    table: dict[str, Address] = {}
    for addresses in groups:
        for address in addresses:
            if address.path in table:
                raise ValueError(f"address {address.path} is declared twice")
            table[address.path] = address
    return table
