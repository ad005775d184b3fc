"""Facades wired to the sandbox (reset before each test), and a transport that records requests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from vrlive.ivh import Ivh
from vrlive.qnlive import QnLive
from vrlive.realsee import Realsee
from vrlive_sandbox import Sandbox

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


@pytest.fixture
def controls(api: httpx.Client) -> Controls:
    return Controls(api)


@pytest.fixture
def realsee(sandbox: Sandbox, controls: Controls) -> Iterator[Realsee]:
    with Realsee(**REALSEE, base_url=sandbox.api_url) as client:
        yield client


@pytest.fixture
def qnlive(sandbox: Sandbox, controls: Controls) -> Iterator[QnLive]:
    with QnLive(sandbox.api_url, app_id="live_app_1", user_id="user_1", **QINIU) as client:
        yield client


@pytest.fixture
def ivh(sandbox: Sandbox, controls: Controls) -> Iterator[Ivh]:
    with Ivh(**IVH, base_url=sandbox.api_url) as client:
        yield client
