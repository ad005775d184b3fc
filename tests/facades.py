"""The facades' sandbox credentials, and a transport that records requests."""

from __future__ import annotations

import httpx

REALSEE = {"app_key": "sandbox-app-key", "app_secret": "sandbox-app-secret"}
QINIU = {"access_key": "sandbox-qiniu-ak", "secret_key": "sandbox-qiniu-sk"}
IVH = {"appkey": "sandbox-ivh-appkey", "accesstoken": "sandbox-ivh-accesstoken"}


class Recorder(httpx.BaseTransport):
    """Sends through a real HTTP transport and keeps every request it sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._transport = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._transport.handle_request(request)

    def close(self) -> None:
        self._transport.close()
