"""A minimal HTTP/1.1 keep-alive server answering fixed Realsee envelopes, for the request row.

It runs in its own process (``python -m bench.fixed_server``, printing its port) so that the
clients measured do not share a GIL with it. It parses no more than it must: the request line,
the headers' end and Content-Length.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

TOKEN = {"code": 0, "status": "success", "data": {"access_token": "bench-token", "expire_at": 0}}
STATUS = {
    "code": 0,
    "status": "success",
    "request_id": "r-1",
    "data": {"project_id": "pano-1", "status": "processing", "vr_url": ""},
}


def _reply(document: dict[str, object]) -> bytes:
    body = json.dumps(document).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    token = dict(TOKEN, data={"access_token": "bench-token", "expire_at": int(time.time()) + 86_400})
    replies = {b"/auth/access_token": _reply(token)}
    status = _reply(STATUS)
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            path = head.split(b" ", 2)[1].split(b"?", 1)[0]
            writer.write(replies.get(path, status))
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main() -> None:
    server = await asyncio.start_server(_serve, "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
