"""httpx transports that hand requests to the sandbox in the same process, without a socket.

For tests that need no S3 upload (the panorama flow's objects go to the moto server over HTTP),
pass them to a facade: ``Realsee(..., transport=SandboxTransport(sandbox),
async_transport=AsyncSandboxTransport(sandbox))``. Every behaviour of the sandbox holds (its
log, faults, clock); a dropped connection is an ``httpx.RemoteProtocolError``, as over a socket.
"""

from __future__ import annotations

import anyio.to_thread
import httpx

from vrlive_sandbox.errors import Drop
from vrlive_sandbox.http import Reply, Request
from vrlive_sandbox.server import Sandbox


def _request(request: httpx.Request, body: bytes) -> Request:
    return Request(
        method=request.method,
        path=request.url.path,
        raw_query=request.url.query.decode("ascii"),
        headers={
            name.decode("latin-1").lower(): value.decode("latin-1") for name, value in request.headers.raw
        },
        body=body,
    )


def _response(reply: Reply) -> httpx.Response:
    headers = [(name, value) for name, value in reply.headers]
    if reply.content_type:
        headers.append(("Content-Type", reply.content_type))
    headers.append(("Content-Length", str(len(reply.body))))
    return httpx.Response(reply.status, headers=headers, content=reply.body)


def _dropped(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)


class SandboxTransport(httpx.BaseTransport):
    """Serves requests from ``sandbox``'s application, synchronously, in the calling thread."""

    def __init__(self, sandbox: Sandbox) -> None:
        self._app = sandbox.app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return _response(self._app.handle(_request(request, request.read())))
        except Drop:
            raise _dropped(request) from None


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """The async twin: the application runs in a worker thread, as a server's handler would, so
    an injected latency does not block the event loop."""

    def __init__(self, sandbox: Sandbox) -> None:
        self._app = sandbox.app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        try:
            reply = await anyio.to_thread.run_sync(self._app.handle, _request(request, body))
        except Drop:
            raise _dropped(request) from None
        return _response(reply)


__all__ = ["AsyncSandboxTransport", "SandboxTransport"]
