"""A loopback HTTP server that answers what a test tells it to and remembers what it was sent."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from attrs import define, field, frozen


@frozen
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    """The path as sent, percent-encoding kept."""
    query: dict[str, list[str]]
    headers: dict[str, str]
    """Header names in lower case."""
    body: bytes


@define
class Answer:
    status: int = 200
    content_type: str | None = "application/json"
    body: bytes = b""


@define
class StubServer:
    """Answers every request with the current ``Answer`` (set by :meth:`answer`), on 127.0.0.1."""

    seen: list[Seen] = field(factory=list)
    current: Answer = field(factory=Answer)
    queue: list[Answer] = field(factory=list)
    """Answers given in turn, each once, before ``current`` (see :meth:`answer_in_turn`)."""
    url: str = ""
    _server: ThreadingHTTPServer | None = None

    def answer(
        self,
        status: int = 200,
        *,
        json_body: object = None,
        text: str | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
    ) -> None:
        """What to answer next: a JSON body, a text, raw bytes or (none of them) no body."""
        if content is not None:
            self.current = Answer(status, content_type or "application/octet-stream", content)
        elif text is not None:
            self.current = Answer(status, content_type or "text/plain; charset=utf-8", text.encode())
        elif json_body is not None:
            self.current = Answer(status, content_type or "application/json", json.dumps(json_body).encode())
        else:
            self.current = Answer(status, None, b"")

    def answer_in_turn(self, *bodies: object) -> None:
        """Answer the next requests with these JSON bodies, one each, then ``current`` again."""
        self.queue.extend(Answer(200, "application/json", json.dumps(body).encode()) for body in bodies)

    @property
    def last(self) -> Seen:
        return self.seen[-1]

    def __enter__(self) -> StubServer:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                split = urlsplit(self.path)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {name.lower(): value for name, value in self.headers.items()}
                stub.seen.append(Seen(self.command, split.path, parse_qs(split.query), headers, body))
                answer = stub.queue.pop(0) if stub.queue else stub.current
                self.send_response(answer.status)
                if answer.content_type is not None:
                    self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
