"""One API operation as generated code sends it and reads its response.

Each generated endpoint module declares ``OPERATION = Operation(...)`` and leaves to it what is the
same for every operation: sending (transport failures become
[`TransportError`][vrlive_core.errors.TransportError]), reading the envelope, parsing the data with the
endpoint's parser, and building the raw [`Response`][vrlive_core.types.Response].

Requests carry their operation in ``request.extensions[OPERATION_EXTENSION]`` so transports and
auth flows (retries, token refresh) can tell which operation they carry and whether replaying it
is safe.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import httpx
from attrs import field, frozen

from vrlive_core.envelope import Envelope, ErrorRule
from vrlive_core.errors import APIError, RequestTimeoutError, ResponseValidationError, TransportError
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
        envelope: The vendor's envelope.
        id: The operationId.
        idempotent: ``False`` for operations that create something (``x-idempotent: false``):
            replaying one after it may have reached the server could create a second one.
        errors: The operation's own code-to-error rules (``x-envelope-errors``), tried first.
        inputs: What its arguments must be, by their Python names (`vrlive_core.inputs`).
    """

    envelope: Envelope
    id: str
    idempotent: bool = True
    errors: tuple[ErrorRule, ...] = ()
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
            return client.request(**_absolute(client, request), extensions={OPERATION_EXTENSION: self})
        except httpx.TimeoutException as error:
            raise RequestTimeoutError.from_httpx(error) from error
        except httpx.TransportError as error:
            raise TransportError.from_httpx(error) from error

    async def send_async(self, client: httpx.AsyncClient, request: dict[str, Any]) -> httpx.Response:
        """Send ``request`` through an async ``client``."""
        try:
            return await client.request(**_absolute(client, request), extensions={OPERATION_EXTENSION: self})
        except httpx.TimeoutException as error:
            raise RequestTimeoutError.from_httpx(error) from error
        except httpx.TransportError as error:
            raise TransportError.from_httpx(error) from error

    def parse(self, response: httpx.Response, parse_data: Callable[[Any], T]) -> T:
        """The response's typed data; raise the typed error when it reports a failure or is malformed."""
        data, context = self.envelope.unwrap(response, self.id, self.errors)
        try:
            return parse_data(data)
        except ResponseValidationError as error:
            raise error.in_context(**context) from None

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
