"""Row 7: what one status call costs against a hostile answer, in peak memory.

One ``get_pano_task_status`` (default settings: ``max_response_bytes`` 8 MiB, ``max_json_depth``
128, timeout and deadline) against a loopback server that answers it with a 500 MB body, an
endless chunked body, a 2 MB gzip or deflate bomb (2 GB inflated), or JSON nested 100,000 deep;
sync, and async on its default transport (aiohttp) and on httpx's. Each call runs in its own
process (``python -m bench.hostile_answers CASE FLAVOUR``), under a 4 GB address-space limit so
that a client without limits fails there instead of exhausting the machine; its peak RSS is
compared with the same process answered with a proper 1 KB status.
"""

from __future__ import annotations

import asyncio
import json
import resource
import socket
import sys
import threading
import zlib
from pathlib import Path
from typing import Any

from bench.common import CACHE, measured, table

CASES = {
    "proper": "a proper status answer (about 100 bytes)",
    "large": "500 MB body (Content-Length)",
    "endless": "endless chunked body",
    "gzip": "gzip bomb: 2 MB, 2 GB inflated",
    "deflate": "deflate bomb: 2 MB, 2 GB inflated",
    "deep": "JSON nested 100,000 deep",
}
FLAVOURS = {"sync": "Realsee", "async": "AsyncRealsee (aiohttp)", "async-httpcore": "AsyncRealsee (httpx)"}
ADDRESS_SPACE = 4 * 1024**3
STATUS = (
    b'{"code": 0, "status": "success", "data": {"project_id": "p", "status": "processing", "vr_url": ""}}'
)
TOKEN = b'{"code": 0, "status": "success", "data": {"access_token": "token-1", "expire_at": 4102444800}}'


def bomb(kind: str) -> Path:
    """2 GB of zeros compressed (made once, in the cache)."""
    path = CACHE / f"bomb-2g.{kind}"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        squeeze = zlib.compressobj(9, zlib.DEFLATED, 31 if kind == "gzip" else 15)
        zeros = b"\0" * (16 * 1024 * 1024)
        path.write_bytes(b"".join(squeeze.compress(zeros) for _ in range(128)) + squeeze.flush())
    return path


def _head(extra: str) -> bytes:
    return f"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n{extra}\r\n".encode()


def _answer(case: str, connection: socket.socket, sent: list[int], stop: threading.Event) -> None:
    piece = b"a" * 65536
    if case == "large":
        connection.sendall(_head(f"Content-Length: {500 * 1024 * 1024}\r\n"))
        while sent[0] < 500 * 1024 * 1024 and not stop.is_set():
            connection.sendall(piece)
            sent[0] += len(piece)
    elif case == "endless":
        connection.sendall(_head("Transfer-Encoding: chunked\r\n"))
        framed = b"%x\r\n%s\r\n" % (len(piece), piece)
        while not stop.is_set():
            connection.sendall(framed)
            sent[0] += len(piece)
    elif case in ("gzip", "deflate"):
        body = bomb(case).read_bytes()
        connection.sendall(_head(f"Content-Length: {len(body)}\r\nContent-Encoding: {case}\r\n") + body)
        sent[0] += len(body)
    else:
        deep = b'"", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
        body = STATUS if case == "proper" else STATUS.replace(b'""}', deep)
        connection.sendall(_head(f"Content-Length: {len(body)}\r\n") + body)
        sent[0] += len(body)


def serve(case: str, listener: socket.socket, sent: list[int], stop: threading.Event) -> None:
    """Answers the token request properly and every other request with ``case``."""
    while not stop.is_set():
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        with connection:
            request = connection.recv(65536)
            try:
                if request.startswith(b"POST"):
                    connection.sendall(_head(f"Content-Length: {len(TOKEN)}\r\n") + TOKEN)
                else:
                    _answer(case, connection, sent, stop)
            except OSError:  # the client closed: it read what it wanted
                pass


def one_call(case: str, flavour: str) -> dict[str, object]:
    """One status call against ``case`` (in this process): what it raised and what was sent."""
    from vrlive import AsyncRealsee, Realsee  # noqa: PLC0415 - after the address-space limit
    from vrlive.transports import DEFAULT_LIMITS, async_http_transport  # noqa: PLC0415

    if case in ("gzip", "deflate"):
        bomb(case)
    listener = socket.create_server(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    sent, stop = [0], threading.Event()
    server = threading.Thread(target=serve, args=(case, listener, sent, stop), daemon=True)
    server.start()
    credentials: dict[str, Any] = {"app_key": "key", "app_secret": "secret-1234", "base_url": url}

    def sync() -> object:
        with Realsee(**credentials, max_retries=0) as realsee:
            return realsee.pano.get_pano_task_status(task_code="t1")

    async def asynchronous() -> object:
        if flavour.endswith("httpcore"):
            credentials["async_transport"] = async_http_transport(DEFAULT_LIMITS)
        async with AsyncRealsee(**credentials, max_retries=0) as realsee:
            return await realsee.pano.get_pano_task_status(task_code="t1")

    try:
        if flavour == "sync":
            sync()
        else:
            asyncio.run(asynchronous())
        outcome = "answered"
    except BaseException as error:
        outcome = f"{type(error).__name__}: {error}"
    stop.set()
    listener.close()
    return {"outcome": outcome, "sent": sent[0]}


def run() -> str:
    rows = []
    for flavour, facade in FLAVOURS.items():
        baseline = 0
        for case, described in CASES.items():
            command = [sys.executable, "-m", "bench.hostile_answers", case, flavour]
            _, peak, output = measured(command)
            result = json.loads(output)
            baseline = baseline or peak
            growth = f"{(peak - baseline) / 1e6:+.0f} MB" if case != "proper" else "-"
            outcome = str(result["outcome"]).replace("realsee get_pano_task_status: malformed response: ", "")
            rows.append(
                [facade, described, f"{peak / 1e6:.0f} MB", growth, f"{result['sent'] / 1e6:.1f} MB",
                 f"`{outcome}`"]
            )  # fmt: skip
    note = (
        "Peak RSS of the whole process (interpreter, vrlive, the server thread); growth over the same "
        "process answered properly. Sent: what the server wrote before the client stopped reading "
        "(the kernel's socket buffers hold a few MB of it).\n\n"
        "Reading it. Every hostile answer ends the call with the limit named, at a cost bounded by "
        "the limit (the body read, and one copy of it). Before the limits (the code of 709e304, the "
        "same sync cases): the 500 MB body +1,008 MB; the endless body MemoryError at +3.7 GB; either "
        "bomb MemoryError at +2.05 GB; the deep JSON a RecursionError.\n\n"
        "Reproduce: `python -m bench hostile`."
    )
    headers = ["facade", "answer", "peak RSS", "growth", "sent", "outcome"]
    return table(headers, rows) + "\n\n" + note


def main(argv: list[str]) -> int:
    case, flavour = argv
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    print(json.dumps(one_call(case, flavour)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
