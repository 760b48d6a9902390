"""Argument declarations: one declaration serves validation, coercion, /help and the README.

Pd sends every number as a float and Max sends ints where a patch has ints, so numbers are coerced:
an Int accepts 3 or 3.0 (not 3.5), a Float accepts 3. Anything that does not fit raises a
RequestError whose message names the argument, the value given and what is allowed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from oscserver.errors import RequestError


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED = _Required()


def _describe(value) -> str:
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:57] + "...")
    if isinstance(value, bytes):
        return f"a blob of {len(value)} bytes"
    return repr(value)


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


@dataclass(frozen=True)
class Param:
    name: str
    help: str
    default: object = REQUIRED
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] | None = None

    type_tag = "?"
    type_name = "value"

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def range_text(self) -> str:
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if self.min is not None and self.max is not None:
            return f"from {_number(self.min)} to {_number(self.max)}"
        if self.min is not None:
            return f"at least {_number(self.min)}"
        if self.max is not None:
            return f"at most {_number(self.max)}"
        return ""

    def signature(self) -> str:
        """`<n:i 1..512>` or `[temperature:f 0..5 =1]` for /help and the README."""
        text = f"{self.name}:{self.type_tag}"
        if self.choices:
            text += " " + "|".join(self.choices)
        elif self.min is not None or self.max is not None:
            lo = "" if self.min is None else _number(self.min)
            hi = "" if self.max is None else _number(self.max)
            text += f" {lo}..{hi}"
        if self.required:
            return f"<{text}>"
        if self.default is None:             # filled in by the handler (e.g. the model's own value)
            return f"[{text} =auto]"
        return f"[{text} ={self.default}]"

    def _refuse(self, value) -> RequestError:
        allowed = self.range_text() if self.choices else f"{self.type_name} {self.range_text()}".strip()
        return RequestError(f"{self.name} must be {allowed}, got {_describe(value)}")

    def _check_range(self, value, number: float):
        if (self.min is not None and number < self.min) or (self.max is not None and number > self.max):
            raise self._refuse(value)

    def coerce(self, value):
        raise NotImplementedError


class Int(Param):
    type_tag = "i"
    type_name = "a whole number"

    def coerce(self, value) -> int:
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, float):
            if not math.isfinite(value) or not value.is_integer():
                raise self._refuse(value)
            value = int(value)
        if not isinstance(value, int):
            raise self._refuse(value)
        self._check_range(value, value)
        return value


class Float(Param):
    type_tag = "f"
    type_name = "a number"

    def coerce(self, value) -> float:
        if isinstance(value, bool):
            value = int(value)
        if not isinstance(value, (int, float)):
            raise self._refuse(value)
        value = float(value)
        if not math.isfinite(value):
            raise self._refuse(value)
        self._check_range(value, value)
        return value


class Str(Param):
    type_tag = "s"
    type_name = "a symbol"
    max_length = 4096

    def coerce(self, value) -> str:
        # A Pd symbol box turns "120" into a float: take numbers as their text.
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, (int, float)):
            value = str(value)
        if not isinstance(value, str) or not value or len(value) > self.max_length or "\x00" in value:
            raise self._refuse(value)
        if self.choices and value not in self.choices:
            raise self._refuse(value)
        return value

    def range_text(self) -> str:
        if self.choices:
            return "one of " + ", ".join(self.choices)
        return f"(1 to {self.max_length} characters)"


class Any(Param):
    """Passed through untouched (e.g. the arguments of /ping)."""

    type_tag = "any"

    def coerce(self, value):
        return value
