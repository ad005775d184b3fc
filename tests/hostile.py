"""A fake vendor on 127.0.0.1 that misbehaves on purpose: it drips, resets, cuts bodies short, lies
about the time, echoes secrets.

The server reads each request (line, headers, body) and hands it to a script, which writes what it
likes on the socket: a proper answer, half of one, one byte every 0.2 s... Every answer closes its
connection, so each request is seen on its own. Scripts stop dripping when the server stops.

The Realsee facades on such a server, in each FLAVOURS of transport, are here too.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from typing import Any

from attrs import frozen

from vrlive import AsyncRealsee, Realsee
from vrlive.transports import DEFAULT_LIMITS, async_http_transport


@frozen
class Seen:
    """A request as the server read it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Script = Callable[[Seen, socket.socket, threading.Event], None]
"""What to answer: given the request, the client's socket and the server's stop event."""


class HostileServer:
    """A loopback HTTP/1.1 server whose answers are scripts; every request it read is in ``seen``."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.seen: list[Seen] = []
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._threads: list[threading.Thread] = []
        host, port = self._listener.getsockname()[:2]
        self.url = f"http://{host}:{port}"

    def paths(self, path: str) -> int:
        """How many requests for ``path`` arrived."""
        return sum(1 for seen in self.seen if seen.path.split("?")[0] == path)

    def __enter__(self) -> HostileServer:
        accepting = threading.Thread(target=self._accept, name="hostile-accept", daemon=True)
        accepting.start()
        self._threads.append(accepting)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self._listener.close()
        for thread in self._threads:
            thread.join(5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            serving = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            serving.start()
            self._threads.append(serving)

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            seen = _read_request(connection)
            if seen is None:
                return
            self.seen.append(seen)
            with contextlib.suppress(OSError):
                self.script(seen, connection, self._stop)


def _read_request(connection: socket.socket) -> Seen | None:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = connection.recv(65536)
        if not piece:
            return None
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    line, *fields = head.decode("latin-1").split("\r\n")
    method, target, _ = line.split(" ", 2)
    headers = {name.strip().lower(): value.strip() for name, value in (f.split(":", 1) for f in fields)}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        piece = connection.recv(65536)
        if not piece:
            break
        body += piece
    return Seen(method, target, headers, body)


# Building answers.


def envelope(data: object, *, code: int = 0, status: str = "success") -> bytes:
    """A Realsee envelope around ``data``."""
    document = {"request_id": "r-1", "trace_id": "t-1", "code": code, "status": status, "data": data}
    return json.dumps(document).encode()


def head(
    status: int = 200,
    *,
    length: int | None = None,
    headers: dict[str, str] | None = None,
    date: float | None = None,
) -> bytes:
    """A status line and headers (``Content-Length: length`` unless None, ``Date`` from ``date``)."""
    lines = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}", "Connection: close"]
    lines.append("Content-Type: application/json")
    if date is not None:
        lines.append(f"Date: {email.utils.formatdate(date, usegmt=True)}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(
    connection: socket.socket,
    body: bytes,
    status: int = 200,
    headers: dict[str, str] | None = None,
    date: float | None = None,
) -> None:
    """A whole, proper answer."""
    connection.sendall(head(status, length=len(body), headers=headers, date=date) + body)


def drip(connection: socket.socket, data: bytes, stop: threading.Event, every: float = 0.2) -> None:
    """``data`` one byte at a time, ``every`` seconds apart, until done or the server stops."""
    for index in range(len(data)):
        if stop.wait(every):
            return
        connection.sendall(data[index : index + 1])


def reset(connection: socket.socket) -> None:
    """Close with a TCP reset (RST) instead of an orderly end (FIN)."""
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()


TOKEN_PATH = "/auth/access_token"


def with_tokens(script: Script, *, lifetime: float = 300, clock: Callable[[], float] = time.time) -> Script:
    """Answers Realsee's token requests properly (on ``clock``'s time, in ``Date`` too); ``script``
    answers every other request."""

    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        if seen.path == TOKEN_PATH:
            now = clock()
            token = {"access_token": f"token-{now:.6f}", "expire_at": int(now + lifetime)}
            answer(connection, envelope(token), date=now)
        else:
            script(seen, connection, stop)

    return serve


def task_status(status: str = "processing", **extra: Any) -> bytes:
    return envelope({"project_id": "pano-1", "status": status, "vr_url": "", **extra})


FLAVOURS = ["sync", "async", "async-httpcore"]
"""Both facades on their default transports (httpcore; aiohttp, installed here) and the async one
on httpx's own as well (what it falls back to without aiohttp)."""


def realsee(server: HostileServer, flavour: str = "sync", **options: Any) -> Realsee:
    return Realsee(app_key="key", app_secret="hostile-secret-1", base_url=server.url, **options)


def async_realsee(server: HostileServer, flavour: str = "async", **options: Any) -> AsyncRealsee:
    if flavour.endswith("httpcore"):
        options["async_transport"] = async_http_transport(DEFAULT_LIMITS)
    return AsyncRealsee(app_key="key", app_secret="hostile-secret-1", base_url=server.url, **options)
