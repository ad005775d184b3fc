"""Strict mode: values the spec does not list become errors again, for contract tests.

By default the generated clients read responses tolerantly: a value an enum of the spec does not
list (a task state, a relay status the vendor added before its docs did) is kept and logged, so
code in production keeps working the day a vendor ships one. Contract tests want the opposite:
drift between the vendor (or a mock) and the spec must fail. Strict mode is on when
``VRLIVE_STRICT`` is set to anything but ``""``, ``0``, ``false`` or ``no``, or when
[`set_strict()`][vrlive_core.strict.set_strict] (or the [`strict()`][vrlive_core.strict.strict] context
manager) says so, which wins over the variable.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

VARIABLE: Final = "VRLIVE_STRICT"
_OFF: Final = frozenset({"", "0", "false", "no", "off"})
_override: bool | None = None


def is_strict() -> bool:
    """Whether values outside the spec are errors now."""
    if _override is not None:
        return _override
    return os.environ.get(VARIABLE, "").strip().lower() not in _OFF


def set_strict(on: bool | None) -> None:
    """Turn strict mode on or off for the whole process; None follows ``VRLIVE_STRICT`` again."""
    global _override  # noqa: PLW0603 - one process-wide switch, like logging's level
    _override = on


@contextmanager
def strict(on: bool = True) -> Iterator[None]:
    """Strict mode on (or off) inside a ``with`` block, restored afterwards."""
    previous = _override
    set_strict(on)
    try:
        yield
    finally:
        set_strict(previous)


__all__ = ["VARIABLE", "is_strict", "set_strict", "strict"]
