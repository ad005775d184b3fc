"""Keeping secrets out of every log record, whichever library writes it.

Libraries log what they send: httpx every URL (IVH signatures travel in the query), botocore
request headers (temporary keys, session tokens). So every secret the clients hold or receive is
registered here: the generated models register the fields their spec marks ``format: password``
as they parse them, and the vrlive overlay registers the credentials it is given. A log-record
factory installed on first use replaces those values, and their URL encodings, with
``[redacted]`` in every record's message, traceback (``exc_info``: formatted then, and kept as
``exc_text``, when it holds a secret) and stack (``stack_info``). It wraps the factory in place,
so other customisations keep working. Errors of the hierarchy redact themselves too
([`vrlive_core.errors.VrliveError`][vrlive_core.errors.VrliveError]).
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
from collections import OrderedDict
from typing import Any, Final
from urllib.parse import quote, quote_plus

REDACTED: Final = "[redacted]"
_MOST_REMEMBERED = 4096  # per-request signatures would otherwise pile up
# Shorter values are too likely to occur by chance in ordinary text: documentation examples fill
# password fields with words such as "string", and messages say "expected a string".
_SHORTEST = 8
# AWS Signature V4 signatures, made per request from the temporary keys (botocore logs them in
# Authorization headers, presigned URLs and, at DEBUG, as "Signature:\n<hex>"); no one registers
# them, so they are found by shape.
_SIGV4 = re.compile(r"((?:X-Amz-)?Signature(?:=|:\s*))[0-9a-f]{64}")


class _Secrets:
    """The registered values, indexed by their first ``_SHORTEST`` characters.

    Redacting scans the text once, looking each position's next characters up in the index, so
    its cost does not grow with the number of secrets. (One regular expression of every value,
    recompiled on each new one, made a long-running process slower with every upload token or
    request signature it registered, and ``re``'s cache kept hundreds of those patterns alive.)
    """

    def __init__(self) -> None:
        self._values: OrderedDict[str, None] = OrderedDict()
        # Replaced whole on each change (copy on write), so that redact() reads it without a lock.
        self._index: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()
        self._installed = False

    def add(self, *values: str | None) -> None:
        fresh = [value for value in values if value and len(value) >= _SHORTEST and value not in self._values]
        if not fresh:
            return  # the common case, kept cheap: a model re-parsing a known token
        # A secret can travel URL-encoded (an IVH signature in a query), so its encodings count too.
        forms = {form for value in fresh for form in (value, quote(value, safe=""), quote_plus(value))}
        with self._lock:
            index = dict(self._index)
            for value in forms - self._values.keys():
                self._values[value] = None
                _index_add(index, value)
            while len(self._values) > _MOST_REMEMBERED:
                _index_remove(index, self._values.popitem(last=False)[0])
            self._index = index
            if not self._installed:
                self._install()

    @property
    def active(self) -> bool:
        return bool(self._index)

    def redact(self, text: str) -> str:
        text = _SIGV4.sub(rf"\g<1>{REDACTED}", text)
        index = self._index
        if not index:
            return text
        pieces: list[str] = []
        kept = position = 0
        last = len(text) - _SHORTEST
        while position <= last:
            candidates = index.get(text[position : position + _SHORTEST])
            found = next((value for value in candidates or () if text.startswith(value, position)), None)
            if found is None:
                position += 1
                continue
            pieces += (text[kept:position], REDACTED)
            position = kept = position + len(found)
        return text if not pieces else "".join(pieces) + text[kept:]

    def _install(self) -> None:
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if self.active:
                self._redact_record(record)
            return record

        logging.setLogRecordFactory(factory)
        self._installed = True

    def _redact_record(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed record: let logging report it as usual
            return
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and record.exc_info[1] is not None:
            # Formatted now, as a formatter would: exception messages and source lines can hold
            # secrets (botocore's, s3transfer's tracebacks). Only then is the live exception dropped.
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            redacted = self.redact(text)
            if redacted != text:
                record.exc_info, record.exc_text = None, redacted
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)


def _index_add(index: dict[str, tuple[str, ...]], value: str) -> None:
    # Longest first, so that a secret containing another is redacted whole.
    bucket = (*index.get(value[:_SHORTEST], ()), value)
    index[value[:_SHORTEST]] = tuple(sorted(bucket, key=len, reverse=True))


def _index_remove(index: dict[str, tuple[str, ...]], value: str) -> None:
    bucket = tuple(kept for kept in index.get(value[:_SHORTEST], ()) if kept != value)
    if bucket:
        index[value[:_SHORTEST]] = bucket
    else:
        index.pop(value[:_SHORTEST], None)


_secrets = _Secrets()


def register_secret(*values: str | None) -> None:
    """Keep these values out of every log record from now on (empty or very short ones are ignored)."""
    _secrets.add(*values)


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``[redacted]``."""
    return _secrets.redact(text)


def redact_value(value: object) -> object:
    """``value`` redacted when it is text or bytes (a body), else as it is."""
    if isinstance(value, str):
        return _secrets.redact(value)
    if isinstance(value, bytes):
        text = value.decode("utf-8", "surrogateescape")
        redacted = _secrets.redact(text)
        return value if redacted == text else redacted.encode("utf-8", "surrogateescape")
    return value


__all__ = ["REDACTED", "redact", "redact_value", "register_secret"]
