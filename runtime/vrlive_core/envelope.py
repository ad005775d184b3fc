"""Vendor envelopes: where a response's result code, message, ids and data sit, and what codes mean.

A spec declares its envelope once (``x-envelope``); the generator renders it as an `Envelope`
in each client's ``envelope.py``. Responses are read envelope-first: the result code decides
success, and on failure ``data`` is never parsed (vendors send ``null`` or ``{}`` there).
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Iterable, Mapping
from typing import Any, Final

import httpx
from attrs import field, frozen

from vrlive_core.bodies import PROBLEM_EXTENSION, depth_problem, json_depth_exceeds, limits_of
from vrlive_core.errors import (
    APIError,
    AuthenticationError,
    CallContext,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnexpectedStatus,
)
from vrlive_core.openapi import parse_pointer

_ABSENT: Final = object()

_ERRORS_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: InvalidRequestError,
    429: RateLimitError,
}


def _pointer(text: str) -> tuple[str, ...]:
    """Split a JSON pointer (RFC 6901) such as ``/Header/Code`` into its keys."""
    if not text.startswith("/"):
        raise ValueError(f"not a JSON pointer: {text!r}")
    return parse_pointer(text)


def _codes(codes: Iterable[int]) -> frozenset[int]:
    return frozenset(codes)


def _optional_pointer(text: str | None) -> tuple[str, ...] | None:
    return None if text is None else _pointer(text)


def _resolve(document: object, keys: tuple[str, ...]) -> object:
    for key in keys:
        if not isinstance(document, Mapping) or key not in document:
            return _ABSENT
        document = document[key]
    return document


_DECODED: Final = "vrlive_core.decoded"
NOTE_EXTENSION: Final = "vrlive_core.note"
"""Response extension: what the client did about the response (such as not retrying it), added
to the message of the error it raises."""


def decoded(response: httpx.Response) -> object:
    """The response's body decoded from JSON (None when it is not JSON), decoded once per response:
    an auth flow that looks for a refused token and the envelope that reads the answer share it.

    Raises:
        ResponseValidationError: The body could not be read whole (larger than the limit,
            undecodable; see `vrlive_core.bodies`) or its JSON nests deeper than the limit. The
            error names the limit; the caller adds the call's context.
    """
    kept = extensions_of(response)
    found = kept.get(_DECODED, _ABSENT)
    if found is _ABSENT:
        try:
            found = _decode(response)
        except ResponseValidationError as error:
            found = error
        kept[_DECODED] = found
    if isinstance(found, ResponseValidationError):
        raise found
    return found


def extensions_of(response: httpx.Response) -> dict[str, Any]:
    """``response.extensions``; a dict of its own for a stand-in without them (a test's mock of
    httpx.Response), so that reading it works the same."""
    found = getattr(response, "extensions", None)
    return found if isinstance(found, dict) else {}


def _decode(response: httpx.Response) -> object:
    problem = extensions_of(response).get(PROBLEM_EXTENSION)
    if problem is not None:
        raise ResponseValidationError("response body", "", str(problem))
    content = response.content
    max_depth = limits_of(response).max_depth
    if json_depth_exceeds(content, max_depth):
        raise ResponseValidationError("response body", "", depth_problem(max_depth))
    try:
        return json.loads(content)
    except RecursionError:  # a limit set above what Python's decoder can recurse
        raise ResponseValidationError("response body", "", depth_problem(max_depth)) from None
    except ValueError:
        return None


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header (delta seconds or an HTTP date)."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


@frozen
class ErrorRule:
    """Maps vendor result codes to an error class.

    A rule names one ``code`` or the range ``min``..``max``, and may also (or instead) name a
    ``business_code``, the finer code some vendors send beside the result code (Realsee's
    ``"10001"``, an authorisation failure, and ``"50"``, a bad request, both come with code -1).
    Every condition given must hold.
    """

    error: type[APIError]
    code: int | None = None
    min: int | None = None
    max: int | None = None
    business_code: str | None = None

    def matches(self, code: int, business_code: str | None = None) -> bool:
        if self.business_code is not None and business_code != self.business_code:
            return False
        if self.code is not None:
            return code == self.code
        return (self.min is None or code >= self.min) and (self.max is None or code <= self.max)


@frozen
class Envelope:
    """Where one vendor's envelope keeps its fields (JSON pointers) and what its codes mean."""

    vendor: str
    code: tuple[str, ...] = field(converter=_pointer)
    success: frozenset[int] = field(converter=_codes)
    message: tuple[str, ...] = field(converter=_pointer)
    data: tuple[str, ...] = field(converter=_pointer)
    request_id: tuple[str, ...] | None = field(default=None, converter=_optional_pointer)
    trace_id: tuple[str, ...] | None = field(default=None, converter=_optional_pointer)
    business_code: tuple[str, ...] | None = field(default=None, converter=_optional_pointer)
    errors: tuple[ErrorRule, ...] = ()

    def result_code(self, body: object) -> int | None:
        """The result code of a decoded body, or ``None`` when the body is not this envelope."""
        code = _resolve(body, self.code)
        return code if isinstance(code, int) and not isinstance(code, bool) else None

    def unwrap(
        self, response: httpx.Response, operation: str, rules: tuple[ErrorRule, ...] = ()
    ) -> tuple[object, CallContext]:
        """The response's data and call context; raise its typed error when it reports a failure.

        ``rules`` are the operation's own code mappings, tried before the envelope's.
        Data is ``None`` when a successful envelope has no data field.
        """
        status = response.status_code
        context = CallContext(vendor=self.vendor, operation=operation, status_code=status)
        try:
            body = decoded(response)
        except ResponseValidationError as unreadable:
            raise unreadable.in_context(**context) from None
        code = self.result_code(body)
        if code is None:
            if 200 <= status < 300:
                where = "/" + "/".join(self.code)
                problem = "not a JSON envelope" if body is None else f"no integer result code at {where}"
                raise ResponseValidationError(f"{self.vendor} envelope", "", problem, **context)
            raise status_error(response, body, context)
        context["code"] = code
        context["request_id"] = self._text(body, self.request_id)
        context["trace_id"] = self._text(body, self.trace_id)
        context["business_code"] = self._text(body, self.business_code) or None
        if code in self.success and 200 <= status < 300:
            data = _resolve(body, self.data)
            return (None if data is _ABSENT else data), context
        message = _noted(response, self._text(body, self.message) or f"failed with code {code}")
        error = self.error_class(code, status, rules, context["business_code"])
        if error is RateLimitError:
            raise RateLimitError(message, retry_after=retry_after_seconds(response.headers), **context)
        raise error(message, **context)

    def error_class(
        self, code: int, status: int, rules: tuple[ErrorRule, ...] = (), business_code: str | None = None
    ) -> type[APIError]:
        """The error a failure ``code`` (answered with HTTP ``status``) raises: the rules, else the status."""
        error = next(
            (rule.error for rule in (*rules, *self.errors) if rule.matches(code, business_code)), None
        )
        if error is None:
            error = _ERRORS_BY_STATUS.get(status) or (ServerError if status >= 500 else APIError)
        return error

    def failure(self, response: httpx.Response) -> type[APIError] | None:
        """The error class of an envelope that reports a failure; None for successes, non-envelopes
        and bodies that cannot be read (`unwrap()` says why)."""
        try:
            body = decoded(response)
        except ResponseValidationError:
            return None
        code = self.result_code(body)
        if code is None or (code in self.success and 200 <= response.status_code < 300):
            return None
        return self.error_class(code, response.status_code, (), self._text(body, self.business_code) or None)

    @staticmethod
    def _text(body: object, pointer: tuple[str, ...] | None) -> str | None:
        value = None if pointer is None else _resolve(body, pointer)
        return value if isinstance(value, str) else None


def status_error(response: httpx.Response, body: object, context: CallContext) -> APIError:
    """The error for a failed response that carries no envelope (a gateway, proxy or mock answered).

    The message comes from an RFC 7807 problem body when there is one (``title``, ``detail`` and
    Prism's ``validation`` list), else from the violations a validating proxy lists in the
    ``sl-violations`` header (Prism, when the spec documents the status without a body); other
    bodies are left out of the message. The error's ``body`` is the decoded JSON ``body``, else the
    response's text (None when it has none).
    """
    status = response.status_code
    message = _problem_message(body) or f"HTTP {status} {response.reason_phrase}".rstrip()
    violations = _violations(response.headers.get("sl-violations"))
    if violations and "[" not in message:
        message += f" [{violations}]"
    message = _noted(response, message)
    error = _status_error(response, message, context)
    error.body = body if body is not None or not response.content else response.text
    return error


def _status_error(response: httpx.Response, message: str, context: CallContext) -> APIError:
    status = response.status_code
    if status == 429:
        return RateLimitError(message, retry_after=retry_after_seconds(response.headers), **context)
    error = _ERRORS_BY_STATUS.get(status)
    if error is None and 400 <= status < 500:
        error = InvalidRequestError
    if error is None and status >= 500:
        error = ServerError
    if error is None:
        return UnexpectedStatus(
            status, response.content, vendor=context.get("vendor", ""), operation=context.get("operation", "")
        )
    return error(message, **context)


def _noted(response: httpx.Response, message: str) -> str:
    note = extensions_of(response).get(NOTE_EXTENSION)
    return f"{message}; {note}" if note else message


def _violations(header: str | None) -> str:
    """``location: message`` of each violation a validating proxy listed, joined by ``; ``."""
    try:
        items = json.loads(header) if header else []
    except ValueError:
        return ""
    if not isinstance(items, list):
        return ""
    return "; ".join(_violation(item) for item in items if isinstance(item, Mapping))


def _violation(item: Mapping[str, object]) -> str:
    location = item.get("location", [])
    where = ".".join(str(part) for part in location) if isinstance(location, list) else ""
    return f"{where}: {item.get('message', '')}" if where else str(item.get("message", ""))


def _problem_message(body: object) -> str | None:
    if not isinstance(body, Mapping) or not isinstance(body.get("title"), str):
        return None
    parts = [body["title"]]
    if isinstance(body.get("detail"), str):
        parts.append(body["detail"])
    message = ": ".join(parts)
    validation = body.get("validation")
    if isinstance(validation, list):
        problems = [_violation(item) for item in validation if isinstance(item, Mapping)]
        if problems:
            message += " [" + "; ".join(problems) + "]"
    return message


__all__ = ["NOTE_EXTENSION", "Envelope", "ErrorRule", "decoded", "retry_after_seconds", "status_error"]
