"""The one error hierarchy of the generated clients and the vrlive overlay.

Every error raised by ``realsee_client``, ``qnlive_client``, ``ivh_client`` or ``vrlive`` derives from
[`VrliveError`][vrlive_core.errors.VrliveError], so one ``except`` catches any of them:

    VrliveError
    ├── APIError                    the API answered, and the answer is a failure
    │   ├── InvalidRequestError     the request was rejected as malformed (400, 422, vendor codes)
    │   ├── AuthenticationError     credentials or signature refused
    │   │   └── TokenExpiredError   the access token expired; fetch a new one
    │   ├── PermissionDeniedError   authenticated, but not allowed
    │   ├── NotFoundError           no such resource (room, relay, session...)
    │   ├── ConflictError           the resource's state does not allow this now
    │   ├── RateLimitError          too many requests or sessions; see ``retry_after``
    │   ├── ServerError             the vendor failed (5xx, internal codes)
    │   ├── UnexpectedStatus        an HTTP status with no envelope and no known meaning
    │   └── ResponseValidationError the response does not match its schema (also a ValueError)
    ├── TransportError              no answer: connection failed or dropped
    │   └── RequestTimeoutError     no answer in time
    ├── RequestValidationError      bad input, found before anything was sent (also a ValueError)
    ├── WaitTimeoutError            a wait gave up: its state did not come in time
    ├── WaitCancelledError          a wait was cancelled
    └── StateUnreachableError       what a wait waits for can no longer happen (a failure state)

Messages never include request bodies, query strings or header values: they can hold secrets.
And a vendor's own message can quote one back: every registered secret (`vrlive_core.secrets`)
is replaced by ``[redacted]`` in every error's arguments, attributes, ``str`` and ``repr``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypedDict, TypeVar, Unpack

import httpx

from vrlive_core.secrets import redact, redact_value
from vrlive_core.types import Unset


class CallContext(TypedDict, total=False):
    """Which call an API error came from; every key is optional."""

    vendor: str
    operation: str
    code: int | None
    status_code: int | None
    request_id: str | None
    trace_id: str | None
    business_code: str | None


class VrliveError(Exception):
    """Base of every error raised by the generated clients and the vrlive overlay.

    Registered secrets never show: its arguments and attributes are redacted as they are set, and
    its ``str`` and ``repr`` (a subclass's own too) as they are made, for secrets registered since.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact_value(arg) for arg in args))

    def __setattr__(self, name: str, value: object) -> None:
        super().__setattr__(name, redact_value(value))

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in ("__str__", "__repr__"):
            if name in cls.__dict__:
                setattr(cls, name, _redacting(cls.__dict__[name]))

    def __str__(self) -> str:
        return redact(super().__str__())

    def __repr__(self) -> str:
        return redact(super().__repr__())


def _redacting(method: Callable[[Any], str]) -> Callable[[Any], str]:
    @functools.wraps(method)
    def redacted(self: Any) -> str:
        return redact(method(self))

    return redacted


class APIError(VrliveError):
    """The API answered, and the answer reports a failure.

    Attributes:
        message: The vendor's explanation (or a description of the HTTP failure).
        vendor: ``"realsee"``, ``"qnlive"`` or ``"ivh"``.
        operation: The operationId of the call, such as ``"get_pano_task_status"``.
        code: The vendor's result code from the envelope, when there was one.
        status_code: The HTTP status of the response.
        request_id: The vendor's request id, to quote when asking the vendor for help.
        trace_id: The vendor's trace id, when it sends one.
        business_code: The vendor's finer code beside ``code``, when it sends one (Realsee's
            ``business_code``: ``"10001"`` an authorisation failure, ``"50"`` a bad request).
        body: The body of a failed answer that carries no envelope: parsed into the spec's schema
            for its status when the spec declares one (and it fits), else the decoded JSON, else
            the text; None when there was none. Left out of the message.
    """

    body: object = None

    def __init__(self, message: str, **context: Unpack[CallContext]) -> None:
        super().__init__(message)
        self.message = message
        self.vendor = context.get("vendor", "")
        self.operation = context.get("operation", "")
        self.code = context.get("code")
        self.status_code = context.get("status_code")
        self.request_id = context.get("request_id")
        self.trace_id = context.get("trace_id")
        self.business_code = context.get("business_code")

    @property
    def context(self) -> CallContext:
        """The call this error came from, to pass on to an error that replaces it."""
        return CallContext(
            vendor=self.vendor,
            operation=self.operation,
            code=self.code,
            status_code=self.status_code,
            request_id=self.request_id,
            trace_id=self.trace_id,
            business_code=self.business_code,
        )

    def __str__(self) -> str:
        where = " ".join(part for part in (self.vendor, self.operation) if part)
        text = f"{where}: {self.message}" if where else self.message
        details = self._details()
        return f"{text} ({', '.join(details)})" if details else text

    def _details(self) -> list[str]:
        """What the message adds in parentheses: codes, status, ids."""
        details = []
        if self.code is not None:
            details.append(f"code {self.code}")
        if self.business_code:
            details.append(f"business_code {self.business_code}")
        if self.status_code is not None:
            details.append(f"HTTP {self.status_code}")
        if self.request_id:
            details.append(f"request_id {self.request_id}")
        if self.trace_id:
            details.append(f"trace_id {self.trace_id}")
        return details

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class InvalidRequestError(APIError):
    """The API rejected the request's content or parameters."""


class AuthenticationError(APIError):
    """The API refused the credentials, token or signature."""


class TokenExpiredError(AuthenticationError):
    """The access token expired (Realsee code -3, Qiniu code 499); fetch a new one and retry."""


class PermissionDeniedError(APIError):
    """The caller is authenticated but not allowed to do this."""


class NotFoundError(APIError):
    """The resource (room, relay session, digital-human session...) does not exist."""


class ConflictError(APIError):
    """The resource exists but its state does not allow this now (already exists, not ready...)."""


class RateLimitError(APIError):
    """Too many requests, or a concurrency quota is used up.

    Attributes:
        retry_after: Seconds the server asked to wait (from ``Retry-After``), when it said.
    """

    def __init__(
        self, message: str, *, retry_after: float | None = None, **context: Unpack[CallContext]
    ) -> None:
        super().__init__(message, **context)
        self.retry_after = retry_after

    def _details(self) -> list[str]:
        details = super()._details()
        if self.retry_after is not None:  # what the caller must know to try again
            details.append(f"retry after {self.retry_after:g}s")
        return details


class ServerError(APIError):
    """The vendor's service failed (HTTP 5xx, or an internal error code)."""


class UnexpectedStatus(APIError):
    """An HTTP status that carries no envelope and has no known meaning.

    The body is kept in ``content`` for debugging; it is left out of the message.
    """

    def __init__(self, status_code: int, content: bytes, *, vendor: str = "", operation: str = "") -> None:
        super().__init__(
            f"unexpected HTTP status {status_code}",
            vendor=vendor,
            operation=operation,
            status_code=status_code,
        )
        self.content = content


class ResponseValidationError(APIError, ValueError):
    """A response does not match its schema: a field is missing or has the wrong type.

    Also a ``ValueError``, which is what openapi-python-client's stock models raise for most values
    that do not fit: code written against them keeps catching it.

    Attributes:
        schema: The schema (generated class) that failed to parse, such as ``"PanoTaskStatus"``.
        field: The path of the offending field inside ``schema``, such as ``"app.extension.voice"``;
            empty when the value as a whole is wrong.
        problem: What is wrong, such as ``"expected a string, got int"``.
    """

    def __init__(self, schema: str, field: str, problem: str, **context: Unpack[CallContext]) -> None:
        location = _joined(schema, field)
        super().__init__(f"malformed response: {location}: {problem}", **context)
        self.schema = schema
        self.field = field
        self.problem = problem

    @classmethod
    def unexpected(cls, schema: str, field: str, expected: str, value: object) -> ResponseValidationError:
        """The error for ``value`` found where ``expected`` was due. Names types, never values."""
        if isinstance(value, Unset):
            return cls(schema, field, f"required field is missing (expected {expected})")
        found = "null" if value is None else type(value).__name__
        return cls(schema, field, f"expected {expected}, got {found}")

    @classmethod
    def not_one_of(
        cls, schema: str, field: str, allowed: Sequence[object], value: object
    ) -> ResponseValidationError:
        """The error for an enum value outside ``allowed`` (enum values are not secrets: shown)."""
        if isinstance(value, Unset):
            return cls(schema, field, "required field is missing")
        choices = ", ".join(repr(choice) for choice in allowed)
        return cls(schema, field, f"expected one of {choices}, got {value!r}")

    def inside(self, schema: str, field: str) -> ResponseValidationError:
        """The same error seen from the enclosing ``schema``, whose ``field`` held the failing value."""
        return ResponseValidationError(schema, _joined(field, self.field), self.problem)

    def in_context(self, **context: Unpack[CallContext]) -> ResponseValidationError:
        """The same error, telling which call (vendor, operation, request ids) returned it."""
        return ResponseValidationError(self.schema, self.field, self.problem, **context)


def _joined(outer: str, inner: str) -> str:
    """A field path inside another: ``items`` and ``[3].name`` make ``items[3].name``."""
    if not inner:
        return outer
    if not outer:
        return inner.removeprefix(".")
    return f"{outer}{inner}" if inner.startswith("[") else f"{outer}.{inner}"


class TransportError(VrliveError):
    """No usable answer: the connection failed, was refused or dropped.

    Attributes:
        method: The request's method.
        url: The request's URL without its query (queries can carry signatures).
    """

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.url = url

    @classmethod
    def from_httpx(cls, error: httpx.TransportError) -> TransportError:
        """Describe an httpx transport failure without the request's query string."""
        try:
            request = error.request
        except RuntimeError:  # an error raised outside a request has none
            return cls(f"{type(error).__name__}: {error}")
        url = str(request.url.copy_with(query=None, fragment=None))
        reason = describe_transport_error(error)
        return cls(f"{request.method} {url}: {reason}", method=request.method, url=url)


def describe_transport_error(error: BaseException) -> str:
    """What went wrong, in words: the error's message, else the first message among its causes.

    httpx's async errors often carry none (anyio raises ``BrokenResourceError()`` for a reset
    connection); the operating system's reason is further down the chain.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if str(current):
            return str(current)
        current = current.__cause__ or current.__context__
    return type(error).__name__


class RequestTimeoutError(TransportError):
    """No answer arrived in time."""


class RequestValidationError(VrliveError, ValueError):
    """Input that cannot be sent, found before any network call.

    Attributes:
        schema: What was being built, such as ``"SubmitPanoTaskRequest"``, or the operation's
            request (``"get_relay_session request"``) when the problems are in its arguments.
        fields: The fields concerned (paths inside ``schema``, such as ``"extends"`` or
            ``"payload.session_id"``).
        problem: What is wrong with them (every problem, when there are several).
        problems: Each field with what is wrong with it, in order.
    """

    def __init__(
        self,
        schema: str,
        fields: Sequence[str],
        problem: str = "",
        *,
        problems: Sequence[tuple[str, str]] = (),
    ) -> None:
        found = tuple(problems) or tuple((field, problem) for field in fields)
        grouped: dict[str, list[str]] = {}
        for field, text in found:
            grouped.setdefault(text, []).append(field)
        described = "; ".join(f"{', '.join(names)}: {text}" for text, names in grouped.items())
        super().__init__(f"invalid {schema}: {described}")
        self.schema = schema
        self.fields = tuple(dict.fromkeys(field for field, _ in found))
        self.problem = problem or "; ".join(text for text in grouped)
        self.problems = tuple((redact(field), redact(text)) for field, text in found)


State = TypeVar("State")
"""What a wait polls: a task's status, a relay's, a session's."""


class WaitTimeoutError(VrliveError, Generic[State]):
    """A wait ended before its condition held.

    Attributes:
        last_state: What the last poll returned (None when no poll succeeded).
        waited: Seconds spent waiting.
    """

    last_state: State | None

    def __init__(self, message: str, *, last_state: State | None, waited: float) -> None:
        super().__init__(message)
        self.last_state = last_state
        self.waited = waited


class WaitCancelledError(VrliveError):
    """A wait was cancelled before its condition held. ``last_state`` is the last poll's result."""

    def __init__(self, message: str, *, last_state: object) -> None:
        super().__init__(message)
        self.last_state = last_state


class StateUnreachableError(VrliveError):
    """What a wait waits for can no longer happen (a relay rejected, a session failed or closed, a
    task failed). ``last_state`` is the state that said so."""

    def __init__(self, message: str, *, last_state: object) -> None:
        super().__init__(message)
        self.last_state = last_state


ERROR_KINDS: dict[str, type[APIError]] = {
    "invalid_request": InvalidRequestError,
    "authentication": AuthenticationError,
    "token_expired": TokenExpiredError,
    "permission_denied": PermissionDeniedError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "rate_limited": RateLimitError,
    "server_error": ServerError,
}
"""The error names a spec's ``x-envelope`` may map vendor codes to."""


# Reading a spec (vrlive_core.openapi).


class UnresolvableReference(LookupError):
    """A ``$ref`` that cannot be followed: not within the document, a loop, or pointing to nothing.

    Attributes:
        ref: The reference as written.
        segments: Its pointer's segments, decoded; None when it is not a reference within the document.
        missing: The index in ``segments`` of the first segment that names nothing, when one does.
        container: The node that lacks that segment.
    """

    def __init__(
        self,
        ref: object,
        segments: tuple[str, ...] | None = None,
        missing: int | None = None,
        container: object = None,
    ) -> None:
        super().__init__(f"$ref {ref!r} points to nothing")
        self.ref = ref
        self.segments = segments
        self.missing = missing
        self.container = container


class DocumentSyntaxError(ValueError):
    """Text that is not YAML (or JSON): ``message`` says why, ``line`` and ``column`` (from 1)
    where it stops being one, when that is known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        where = f" (line {line}, column {column})" if line is not None else ""
        super().__init__(message + where)
        self.message = message
        self.line = line
        self.column = column


__all__ = [
    "ERROR_KINDS",
    "APIError",
    "AuthenticationError",
    "CallContext",
    "ConflictError",
    "DocumentSyntaxError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "StateUnreachableError",
    "TokenExpiredError",
    "TransportError",
    "UnexpectedStatus",
    "UnresolvableReference",
    "VrliveError",
    "WaitCancelledError",
    "WaitTimeoutError",
    "describe_transport_error",
]
