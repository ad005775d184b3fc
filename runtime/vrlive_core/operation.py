"""One API operation as generated code sends it and reads its response.

Each generated endpoint module declares ``OPERATION = Operation(...)`` and leaves to it what is the
same for every operation: sending (transport failures become
[`TransportError`][vrlive_core.errors.TransportError]), reading the envelope, parsing the data with the
endpoint's parser, and building the raw [`Response`][vrlive_core.types.Response].

Without an envelope (a document that declares no ``x-envelope``, or an operation whose success is
not JSON: a file, text, no content) the endpoint's parser reads the whole answer: the body of a
2xx response as the spec declares it, and any other status raises the error
[`failure`][vrlive_core.operation.Operation.failure] makes of it (by HTTP status, with the body).

Requests carry their operation in ``request.extensions[OPERATION_EXTENSION]`` so transports and
auth flows (retries, token refresh) can tell which operation they carry and whether replaying it
is safe.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import httpx
from attrs import field, frozen

from vrlive_core.envelope import Envelope, ErrorRule, decoded, status_error
from vrlive_core.errors import (
    APIError,
    CallContext,
    RequestTimeoutError,
    ResponseValidationError,
    TransportError,
)
from vrlive_core.inputs import Inputs
from vrlive_core.types import Response

T = TypeVar("T")

OPERATION_EXTENSION: Final = "vrlive_core.operation"


def no_data(data: object) -> None:
    """The parser of operations whose successful responses carry no data: ignores it."""


@frozen
class Operation:
    """An operation of a spec: its id, its vendor's envelope and how failures and replays behave.

    Attributes:
        id: The operationId (or the name openapi-python-client gives an operation without one).
        envelope: The vendor's envelope, when the spec declares one (``x-envelope``).
        idempotent: ``False`` for operations that create something (``x-idempotent: false``):
            replaying one after it may have reached the server could create a second one.
        errors: The operation's own code-to-error rules (``x-envelope-errors``), tried first.
        unwrap: Whether a successful answer is an envelope whose data the parser reads (with an
            envelope). False for an operation whose success is not JSON (a file, text, no
            content): its parser reads the answer itself, and only an answer that is an envelope
            reporting a failure is read envelope-first.
        inputs: What its arguments must be, by their Python names (`vrlive_core.inputs`).
    """

    id: str
    envelope: Envelope | None = None
    idempotent: bool = True
    errors: tuple[ErrorRule, ...] = ()
    unwrap: bool = True
    inputs: Mapping[str, Mapping[str, Any]] = field(factory=dict, eq=False, repr=False)
    _checks: Inputs = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_checks", Inputs(self.id, self.inputs))

    def check(self, arguments: Mapping[str, object]) -> None:
        """Raise RequestValidationError, naming every argument that cannot be sent, before sending."""
        self._checks.check(arguments)

    def send(self, client: httpx.Client, request: dict[str, Any]) -> httpx.Response:
        """Send ``request`` (the ``_get_kwargs`` of an endpoint) through ``client``."""
        try:
            arguments = {**_absolute(client, request), "extensions": {OPERATION_EXTENSION: self}}
            if "cookies" in arguments:  # httpx deprecates them in request(); a built request takes them
                return client.send(client.build_request(**arguments))
            return client.request(**arguments)
        except httpx.TimeoutException as error:
            raise RequestTimeoutError.from_httpx(error) from error
        except httpx.TransportError as error:
            raise TransportError.from_httpx(error) from error

    async def send_async(self, client: httpx.AsyncClient, request: dict[str, Any]) -> httpx.Response:
        """Send ``request`` through an async ``client``."""
        try:
            arguments = {**_absolute(client, request), "extensions": {OPERATION_EXTENSION: self}}
            if "cookies" in arguments:
                return await client.send(client.build_request(**arguments))
            return await client.request(**arguments)
        except httpx.TimeoutException as error:
            raise RequestTimeoutError.from_httpx(error) from error
        except httpx.TransportError as error:
            raise TransportError.from_httpx(error) from error

    def parse(self, response: httpx.Response, parse_data: Callable[[Any], T]) -> T:
        """The response's typed data; raise the typed error when it reports a failure or is malformed.

        ``parse_data`` gets the envelope's data when the operation reads an envelope (``unwrap``),
        else the whole ``httpx.Response``.
        """
        envelope = self.envelope
        data: Any = response
        if envelope is not None and (self.unwrap or envelope.failure(response) is not None):
            data, context = envelope.unwrap(response, self.id, self.errors)  # raises for a failure
        else:
            context = self._context(response)
        try:
            return parse_data(data)
        except ResponseValidationError as error:
            raise error.in_context(**context) from None

    def json(self, response: httpx.Response) -> Any:
        """The body of a successful answer decoded from JSON; ResponseValidationError when it is not JSON."""
        body = decoded(response)
        if body is None and response.content.strip() != b"null":
            raise ResponseValidationError(f"{self.id} response", "", "the body is not JSON")
        return body

    def failure(
        self, response: httpx.Response, parse_body: Callable[[Any], object] | None = None
    ) -> APIError:
        """The error an answer the operation does not succeed with raises (a status other than its
        2xx ones): the error of its HTTP status (404: NotFoundError...; a 2xx or 3xx the spec does
        not declare: UnexpectedStatus), carrying the body, parsed by ``parse_body`` (the schema the
        spec declares for that status) when it fits."""
        body = decoded(response)
        error = status_error(response, body, self._context(response))
        if body is not None and parse_body is not None:
            # A body that does not fit stays as it came: the status, not the body's shape, is the failure.
            with contextlib.suppress(ResponseValidationError):
                error.body = parse_body(body)
        return error

    def data(self, response: httpx.Response) -> Any:
        """The data of a successful envelope (for an operation that reads its 2xx answers one by
        one); the typed error when the envelope reports a failure."""
        if self.envelope is None:
            raise TypeError(f"{self.id} declares no envelope")
        return self.envelope.unwrap(response, self.id, self.errors)[0]

    def _context(self, response: httpx.Response) -> CallContext:
        vendor = self.envelope.vendor if self.envelope is not None else ""
        return CallContext(vendor=vendor, operation=self.id, status_code=response.status_code)

    def build_response(self, response: httpx.Response, parse_data: Callable[[Any], T]) -> Response[T]:
        """The raw [`Response`][vrlive_core.types.Response], with the typed data or the typed error it
        carries."""
        parsed: T | None = None
        error: APIError | None = None
        try:
            parsed = self.parse(response, parse_data)
        except APIError as failure:
            error = failure
        return Response(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            parsed=parsed,
            error=error,
        )


# The characters httpx's URL parser keeps as they are in a path and in a query (printable ASCII but
# for the WHATWG percent-encode sets; '%' included, as httpx keeps existing escapes).
_PATH_KEPT: Final = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"#<>?`{}')
_QUERY_KEPT: Final = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"#<>')


def _absolute(client: httpx.Client | httpx.AsyncClient, request: dict[str, Any]) -> dict[str, Any]:
    """``request`` with its URL made absolute, query included, without parsing it again.

    Given a path and parameters, httpx parses the URL three times (the path, the path joined to
    the base URL, then again with the query): a fifth of a call's own time with 100 concurrent
    tasks, a tenth in sync calls. The base URL is parsed already, and the generated paths start
    with a slash and have their parameters quoted; when the joined path and the encoded query hold
    only what httpx's parser would keep unchanged (and no dot segment it would remove), the parsed
    URL is the base's with that path and query: the URL httpx would build. Anything else is left
    to httpx.

    httpx has no public way to make a URL from parts it has parsed already (each of them parses
    again, at a twentieth of a call's own time): this builds httpx 0.28's parsed form, so httpx is
    pinned to 0.28 and tests/overlays/test_pinned_internals.py fails when it moves.
    """
    path = request["url"]
    base = client.base_url
    # ("//host/path" would be a URL of another host to httpx.)
    if not isinstance(path, str) or path[:1] != "/" or path[:2] == "//" or client.params or base.query:
        return request
    joined = base.raw_path.decode("ascii") + path[1:]  # the base's path ends in "/", as httpx keeps it
    params = request.get("params")
    query = str(httpx.QueryParams(params)) if params else None
    if joined.rstrip(_PATH_KEPT) or "/." in joined or (query and query.rstrip(_QUERY_KEPT)):
        return request
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = base._uri_reference._replace(path=joined, query=query)  # httpx's parsed form
    return {**request, "url": url, "params": None}


def operation_of(request: httpx.Request) -> Operation | None:
    """The operation a request was sent for, when generated code sent it."""
    operation = request.extensions.get(OPERATION_EXTENSION)
    return operation if isinstance(operation, Operation) else None


__all__ = ["OPERATION_EXTENSION", "Operation", "no_data", "operation_of"]
