"""What the generated resource classes share: building a request body from keyword arguments.

A resource method (``realsee.viewing.create_viewing_room(app_id=..., ...)``) takes the body's
fields as keyword arguments, or the body prebuilt (``body=``), never both. Giving both raises
[`RequestValidationError`][vrlive_core.errors.RequestValidationError] at once; what the fields
themselves hold is checked by the operation before anything is sent (`vrlive_core.inputs`).
"""

from __future__ import annotations

import typing
import uuid
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

import attrs

from vrlive_core.errors import RequestValidationError
from vrlive_core.inputs import as_member
from vrlive_core.types import UNSET, Unset

M = TypeVar("M")


def fresh_id(kind: str) -> str:
    """A new id of the spec's ``x-fresh-id`` kind: ``hex32`` is a UUID4 without dashes (IVH's ReqId)."""
    if kind == "hex32":
        return uuid.uuid4().hex
    raise ValueError(f"unknown x-fresh-id kind {kind!r}")


def given(fields: Mapping[str, object]) -> list[str]:
    """The names of the fields that were passed (not UNSET)."""
    return [name for name, value in fields.items() if not isinstance(value, Unset)]


def body_or_fields(model: type[Any], body: object, fields: Mapping[str, object]) -> None:
    """Refuse a call that gives both a prebuilt ``body`` and some of its fields."""
    passed = given(fields)
    if not isinstance(body, Unset) and passed:
        raise RequestValidationError(
            model.__name__, passed, "give either body= (a prebuilt request) or its fields, not both"
        )


_ENUM_FIELDS: dict[type[Any], dict[str, type[Enum]]] = {}


def _enums(model: type[Any]) -> dict[str, type[Enum]]:
    """The fields of ``model`` that hold an enum, with the enum (its annotations name them)."""
    found = _ENUM_FIELDS.get(model)
    if found is None:
        found = {}
        for name, annotation in typing.get_type_hints(model).items():
            for option in typing.get_args(annotation) or (annotation,):
                if isinstance(option, type) and issubclass(option, Enum):
                    found[name] = option
        _ENUM_FIELDS[model] = found
    return found


def build(model: type[M], fields: Mapping[str, object]) -> M:
    """``model`` (an attrs class) from the fields passed, to be checked before it is sent.

    An enum field also takes its value (``"trtc"`` for ``IvhProtocol.TRTC``). What cannot be
    sent is left as it is, a missing required field as ``UNSET``: the operation's check
    (`vrlive_core.inputs`) then names every problem of the call in one RequestValidationError.
    """
    values = {name: value for name, value in fields.items() if not isinstance(value, Unset)}
    cls: type[Any] = model
    for field in attrs.fields(cls):
        name = field.alias or field.name
        if field.init and field.default is attrs.NOTHING and name not in values:
            values[name] = UNSET
    for name, enum in _enums(cls).items():
        if name in values:
            values[name] = as_member(enum, values[name])
    return model(**values)


__all__ = ["body_or_fields", "build", "fresh_id", "given"]
