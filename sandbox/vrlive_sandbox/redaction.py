"""What the request log must not show: secrets, known by the field they are sent in and by their value.

A field's name is not enough: a secret sent under a misspelt name (``app_sekret``) or in a field no
spec marks would be logged in clear. The sandbox knows every secret it could be sent, those it was
configured with (the app secret, the secret key...) and those it issued (tokens, tickets, upload
keys), so it also redacts any value that is or contains one of them.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "[redacted]"
EMBEDDED_MINIMUM = 8
"""Secrets at least this long are also found inside longer values ("Bearer <token>"); a shorter
one only as a whole value, so that it does not redact every value that happens to contain it."""


class Secrets:
    """The secret values the sandbox knows, and the redaction of logged data with them."""

    def __init__(self, configured: Iterable[str] = ()) -> None:
        self._configured = frozenset(value for value in configured if value)
        self._lock = threading.Lock()
        # Replaced, never changed in place, so that readers need no lock.
        self._values = self._configured
        self._embeddable = _embeddable(self._values)

    def reset(self) -> None:
        """Forget the issued secrets (their tokens are gone too); keep the configured ones."""
        with self._lock:
            self._values = self._configured
            self._embeddable = _embeddable(self._values)

    def learn(self, reply: bytes, fields: IssuedFields) -> None:
        """Remember the values of ``fields`` in a JSON ``reply``: the secrets it issued."""
        found = {_string(value) for value in fields.pattern.findall(reply)} - {""} - self._values
        if found:
            with self._lock:
                self._values = self._values | found
                self._embeddable = _embeddable(self._values)

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and (
            value in self._values or any(secret in value for secret in self._embeddable)
        )

    def redact(self, data: Any, fields: frozenset[str]) -> Any:
        """``data`` (a decoded body, a query) with the values of ``fields`` and every value that is
        or holds a known secret replaced by ``[redacted]``."""
        if isinstance(data, Mapping):
            return {
                key: REDACTED if key in fields or value in self else self.redact(value, fields)
                for key, value in data.items()
            }
        if isinstance(data, list):
            return [REDACTED if item in self else self.redact(item, fields) for item in data]
        return REDACTED if data in self else data

    def __repr__(self) -> str:
        return f"Secrets({len(self._values)} known)"


def _embeddable(values: frozenset[str]) -> tuple[str, ...]:
    return tuple(value for value in values if len(value) >= EMBEDDED_MINIMUM)


class IssuedFields:
    """The fields of an operation's replies that hold secrets it issues, found in the reply's text.

    A reply's JSON is not decoded for them (a room's detail is 3 kB, and most of its replies issue
    nothing): a field's name in quotes followed by a colon is a key, since a quote inside a string
    is escaped.
    """

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        keys = b"|".join(re.escape(json.dumps(name).encode()) for name in sorted(names))
        self.pattern = re.compile(rb"(?:" + keys + rb')\s*:\s*("(?:[^"\\]|\\.)*")')

    def __bool__(self) -> bool:
        return bool(self.names)


def _string(literal: bytes) -> str:
    """A JSON string literal's text."""
    text = literal[1:-1].decode("utf-8")
    return text if "\\" not in text else str(json.loads(literal))


__all__ = ["REDACTED", "IssuedFields", "Secrets"]
