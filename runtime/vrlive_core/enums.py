"""Enum values in responses, read tolerantly: a value the spec does not list is kept, not rejected.

Vendors add states before their docs list them (a task ``queued``, a relay status 9). Rejecting
such a value would fail every call that returns it, and a waiter would stop at once. Instead the
value becomes an *unknown member*: an instance of the enum class, named ``UNKNOWN``, whose
``value`` is what the server sent. It is therefore still of the declared type (mypy --strict
code keeps working, ``to_dict()`` sends the raw value back), compares unequal to every known
member, and says so through the enum's ``is_known`` property. Each new value is logged once as a
WARNING on the ``vrlive`` logger. In strict mode ([`vrlive_core.strict`][vrlive_core.strict]) it is a
[`ResponseValidationError`][vrlive_core.errors.ResponseValidationError] instead, as values of the wrong
type always are.

Only parsing is tolerant: ``RelayStatus(9)`` in your own code still raises ``ValueError``, so a
request cannot carry a value the spec does not know by mistake.
"""

from __future__ import annotations

import logging
import threading
import typing
from enum import Enum
from functools import partial
from typing import Any, Final, TypeVar, cast

from vrlive_core.errors import ResponseValidationError
from vrlive_core.strict import is_strict

E = TypeVar("E", bound=Enum)

UNKNOWN: Final = "UNKNOWN"
"""The name of every unknown member."""

_logger = logging.getLogger("vrlive")
_unknown: dict[tuple[type[Enum], object], Enum] = {}
_warned: set[tuple[str, object]] = set()
_lock = threading.Lock()


def is_known(member: Enum) -> bool:
    """Whether ``member`` is one of the values its spec lists (False for an unknown member)."""
    return type(member)._value2member_map_.get(member._value_) is member


def parse_enum(enum: type[E], value: object, schema: str, field: str) -> E:
    """The member of ``enum`` a response's ``value`` stands for.

    ``schema`` and ``field`` say where the value was found, for the warning and for errors.

    Raises:
        ResponseValidationError: ``value`` is of the wrong type for ``enum``, or it is not one of
            the listed values and strict mode is on.
    """
    base: type = int if issubclass(enum, int) else str
    if not isinstance(value, bool):  # True == 1: an int enum would take a boolean for its member 1
        try:
            return enum(value)
        except (ValueError, TypeError):
            pass
    if is_strict() or not isinstance(value, base) or isinstance(value, bool):
        allowed = [member.value for member in enum]
        raise ResponseValidationError.not_one_of(schema, field, allowed, value) from None
    return _unknown_member(enum, value, base, f"{schema}.{field}" if field else schema)


_LITERALS: dict[object, tuple[object, ...]] = {}


def parse_literal(literal: Any, value: object, schema: str, field: str) -> Any:
    """A response's ``value`` for a ``Literal[...]`` enum (openapi-python-client's ``literal_enums``).

    A value the literal does not list cannot be a member of it: it is kept as it came (a string or
    an integer, as the listed ones are) and logged once per place, like an unknown member of an
    enum class; strict mode makes it an error.

    Raises:
        ResponseValidationError: ``value`` is of another type than the listed values, or not one of
            them in strict mode.
    """
    values = _LITERALS.get(literal)
    if values is None:
        values = _LITERALS.setdefault(literal, typing.get_args(literal))
    if value in values and not isinstance(value, bool):
        return value
    base: type = int if all(isinstance(known, int) for known in values) else str
    if is_strict() or not isinstance(value, base) or isinstance(value, bool):
        raise ResponseValidationError.not_one_of(schema, field, list(values), value)
    where = f"{schema}.{field}" if field else schema
    with _lock:
        first_here = (where, value) not in _warned
        _warned.add((where, value))
    if first_here:
        listed = ", ".join(repr(known) for known in values)
        _logger.warning(
            "%s: %r is not a value the spec lists (%s); kept as it came. The vendor may have added it: "
            "update the spec. Set VRLIVE_STRICT=1 to make this an error.",
            where, value, listed,
        )  # fmt: skip
    return value


def _unknown_member(enum: type[E], value: object, base: type, where: str | None) -> E:
    """The one unknown member of ``enum`` for ``value``; warned about once per place ``where``
    (None: not at all, for a member coming back from a pickle)."""
    key = (enum, value)
    with _lock:
        member = cast("E | None", _unknown.get(key))
        if member is None:
            # How the standard library makes Flag's pseudo-members: an instance of the class that
            # is not registered among its members, so lookups by value still refuse it.
            member = cast(E, cast(Any, base).__new__(enum, value))
            member._name_ = UNKNOWN
            member._value_ = value
            # Enum pickles a member as a lookup by value, which refuses this one: restore it here.
            member.__reduce_ex__ = partial(_reduced, enum, value)  # type: ignore[method-assign]
            _unknown[key] = member
        first_here = where is not None and (where, value) not in _warned
        if where is not None:
            _warned.add((where, value))
    if first_here:  # once per place and value: each place the value turns up is named
        listed = ", ".join(repr(known.value) for known in enum)
        _logger.warning(
            "%s: %r is not a value the spec lists for %s (%s); kept as an unknown %s (its name is %s, "
            "is_known is False). The vendor may have added it: update the spec. Set VRLIVE_STRICT=1 to "
            "make this an error.",
            where, value, enum.__name__, listed, enum.__name__, UNKNOWN,
        )  # fmt: skip
    return member


def _reduced(enum: type[Enum], value: object, _protocol: object) -> tuple[object, tuple[object, ...]]:
    return _restore, (enum, value)


def _restore(enum: type[E], value: object) -> E:
    """An unpickled unknown member: the process's own one for that value (no second warning)."""
    base: type = int if issubclass(enum, int) else str
    return _unknown_member(enum, value, base, None)


__all__ = ["UNKNOWN", "is_known", "parse_enum", "parse_literal"]
