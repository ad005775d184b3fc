"""The facades' sandbox credentials, the sandbox's controls, and a transport that records requests."""

from __future__ import annotations

from typing import Any

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


class Controls:
    """The sandbox's control endpoints."""

    def __init__(self, api: httpx.Client) -> None:
        self.api = api

    def advance(self, seconds: float) -> None:
        self.api.post("/_sandbox/clock", json={"advance": seconds}).raise_for_status()

    def requests(self, operation: str | None = None) -> list[dict[str, Any]]:
        query = {"operation": operation} if operation else {}
        return self.api.get("/_sandbox/requests", params=query).json()["requests"]  # type: ignore[no-any-return]

    def fault(self, *faults: dict[str, Any], path: str | None = None, method: str | None = None) -> None:
        body = {"faults": list(faults), "path": path, "method": method}
        self.api.post("/_sandbox/faults", json=body).raise_for_status()

    def configure(self, **settings: Any) -> None:
        self.api.patch("/_sandbox/config", json=settings).raise_for_status()
