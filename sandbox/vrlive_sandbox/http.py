"""The sandbox's HTTP plumbing: requests, replies, routes, and a threaded loopback server.

Built on the standard library's server so a reply can be delayed or the connection dropped
without an answer, exactly as fault injection needs.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from attrs import field, frozen

from vrlive_sandbox.errors import BadRequestBody, BodyTooLarge, Drop

_CHUNK = 1024 * 1024
_LONGER = "the request body is longer than {} bytes, the most the sandbox takes"


_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(rb"[\[\]{}]")


def json_depth(text: bytes) -> int:
    """How deep JSON ``text`` nests arrays and objects (brackets inside strings do not count),
    read without parsing it: the parser itself would recurse that deep."""
    depth = deepest = 0
    for found in _BRACKET.finditer(_STRING.sub(b"", text)):
        depth += 1 if found.group() in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


def request_body(handler: BaseHTTPRequestHandler, most: int | None = None) -> Iterator[bytes]:
    """The request body in pieces, from Content-Length or chunked transfer encoding; past
    ``most`` bytes (None: no bound), BodyTooLarge, before reading more than that."""
    received = 0
    for piece in _body_pieces(handler, most):
        received += len(piece)
        if most is not None and received > most:
            raise BodyTooLarge(_LONGER.format(most))
        yield piece


def _body_pieces(handler: BaseHTTPRequestHandler, most: int | None) -> Iterator[bytes]:
    if handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
        while True:
            size = int(handler.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                handler.rfile.readline()
                return
            if most is not None and size > most:
                raise BodyTooLarge(_LONGER.format(most))
            yield handler.rfile.read(size)
            handler.rfile.readline()
    remaining = int(handler.headers.get("Content-Length") or 0)
    if most is not None and remaining > most:
        raise BodyTooLarge(f"the request body is {remaining} bytes; the sandbox takes at most {most}")
    while remaining > 0:
        piece = handler.rfile.read(min(_CHUNK, remaining))
        if not piece:
            return
        remaining -= len(piece)
        yield piece


@frozen
class Request:
    """One request as the sandbox sees it."""

    method: str
    path: str
    raw_query: str
    headers: Mapping[str, str] = field(repr=False)
    body: bytes = field(repr=False)
    path_params: Mapping[str, str] = field(factory=dict)
    operation: str | None = None
    """The operationId it was routed to (set by the application)."""

    @property
    def query(self) -> dict[str, str]:
        """Query parameters (the last value of a repeated one wins)."""
        return dict(parse_qsl(self.raw_query, keep_blank_values=True))

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def media_type(self) -> str:
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError as error:
            raise BadRequestBody(f"the body is not JSON: {error}") from None
        except RecursionError:  # the application refuses deep bodies first; this is the backstop
            raise BadRequestBody("the body is JSON nested too deep to read") from None

    def form(self) -> dict[str, str]:
        try:
            return dict(
                parse_qsl(self.body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(self.body))
            )
        except (UnicodeDecodeError, ValueError) as error:
            raise BadRequestBody(f"the body is not form data: {error}") from None


@frozen
class Reply:
    """What the sandbox answers."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def json(cls, status: int, document: object, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
        body = json.dumps(document, ensure_ascii=False).encode("utf-8")
        return cls(status, body, "application/json", headers)

    @classmethod
    def problem(cls, status: int, title: str, detail: str = "") -> Reply:
        """An RFC 7807 problem, for answers that are not the vendor's (unknown paths, faults)."""
        document = {"title": title, "status": status, **({"detail": detail} if detail else {})}
        body = json.dumps(document).encode("utf-8")
        return cls(status, body, "application/problem+json")


Handler = Callable[[Request], Reply]


@frozen
class Route:
    """A path pattern such as ``/client/relay/{relay_id}/token``, bound to a handler."""

    method: str
    pattern: str
    vendor: str
    operation: str
    handler: Handler = field(repr=False)
    regex: re.Pattern[str] = field(init=False, repr=False)

    @regex.default
    def _compile(self) -> re.Pattern[str]:
        parts = re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\})", self.pattern)
        source = "".join(
            f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
        )
        return re.compile(f"^{source}$")

    def match(self, method: str, path: str) -> dict[str, str] | None:
        if method != self.method:
            return None
        found = self.regex.match(path)
        return found.groupdict() if found else None


class App(Protocol):
    def handle(self, request: Request) -> Reply: ...


class KeepAliveHandler(BaseHTTPRequestHandler):
    """The sandbox's request handlers (its API and its S3 front): HTTP/1.1 keep-alive, no Nagle."""

    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm the body waits for the
    # client's delayed ACK of the headers: 40 ms a request on loopback.
    disable_nagle_algorithm = True


class _Handler(KeepAliveHandler):
    server: LoopbackServer

    def _serve(self) -> None:
        try:
            body = b"".join(request_body(self, self.server.max_body_bytes))
        except BodyTooLarge as error:
            self._refuse_body(Reply.problem(413, "Content Too Large", f"{error} (max_body_bytes)"))
            return
        except ValueError as error:  # a length or a chunk size that is not a number
            self._refuse_body(Reply.problem(400, "Bad Request", f"unreadable request body: {error}"))
            return
        target = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=target.path,
            raw_query=target.query,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        try:
            reply = self.server.app.handle(request)
        except Drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(reply)

    def _refuse_body(self, reply: Reply) -> None:
        """Answer without reading the rest of the body, which leaves the connection unusable."""
        self.close_connection = True
        self._send(reply, (("Connection", "close"),))

    def _send(self, reply: Reply, extra: tuple[tuple[str, str], ...] = ()) -> None:
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        for name, value in (*reply.headers, *extra):
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def __getattr__(self, name: str) -> Callable[[], None]:
        """Every method (TRACE, PURGE...) reaches the app, which answers 405 where it serves none."""
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the sandbox keeps its own request log (without secrets)."""

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The ``Date`` header on the server's clock (the sandbox's, advanced by its controls)."""
        return super().date_time_string(self.server.clock() if timestamp is None else timestamp)


class LoopbackServer(ThreadingHTTPServer):
    """A threaded HTTP/1.1 server on 127.0.0.1 (port 0: any free port).

    ``clock`` is the time its ``Date`` headers tell, as a vendor's own clock would. A request body
    longer than ``max_body_bytes`` is answered 413 without being read.
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        app: App,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
        max_body_bytes: int = 1024 * 1024,
    ) -> None:
        self.app = app
        self.clock = clock
        self.max_body_bytes = max_body_bytes
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up (a timeout, a dropped retry) is not an error of the sandbox's."""
        error = sys.exc_info()[1]
        if not isinstance(error, (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]
