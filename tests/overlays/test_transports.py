"""What the facades keep on every transport they may send through: proxies, token refresh and
replay, redaction. Async: aiohttp (the default when installed) and httpx's own (httpcore) side by
side; retries and deadlines on each are in test_hostile_servers.py."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ivh_client.models import IvhDriverType, IvhProtocol
from tests.facades import IVH, REALSEE
from tests.servers import ForwardProxy
from vrlive import AsyncIvh, AsyncRealsee, Ivh, Realsee
from vrlive.aiohttp_transport import AiohttpTransport
from vrlive.transports import (
    DEFAULT_LIMITS,
    async_http_transport,
    default_async_transport,
    environment_proxy,
    http_transport,
)
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls

SYNC: dict[str, Callable[[str | None], httpx.BaseTransport]] = {
    "httpcore": lambda proxy: http_transport(DEFAULT_LIMITS, proxy),
}
ASYNC: dict[str, Callable[[str | None], httpx.AsyncBaseTransport]] = {
    "aiohttp": lambda proxy: AiohttpTransport(DEFAULT_LIMITS, proxy),
    "httpcore": lambda proxy: async_http_transport(DEFAULT_LIMITS, proxy),
}


def test_the_async_default_is_aiohttp_when_it_is_installed() -> None:
    assert isinstance(default_async_transport(DEFAULT_LIMITS, None), AiohttpTransport)


@pytest.mark.parametrize("name", SYNC)
def test_a_proxy_carries_sync_calls(name: str, sandbox: Sandbox, controls: SandboxControls) -> None:
    with ForwardProxy() as proxy:
        transport = SYNC[name](proxy.url)
        with Realsee(**REALSEE, base_url=sandbox.api_url, transport=transport) as realsee:
            assert realsee.pano.get_pano_upload_token().bucket
    assert proxy.seen == [
        f"POST {sandbox.api_url}/auth/access_token",
        f"GET {sandbox.api_url}/open/v1/pano/file/token",
    ]


@pytest.mark.parametrize("name", ASYNC)
def test_a_proxy_carries_async_calls(name: str, sandbox: Sandbox, controls: SandboxControls) -> None:
    async def run() -> str:
        async with AsyncRealsee(
            **REALSEE, base_url=sandbox.api_url, async_transport=ASYNC[name](proxy.url)
        ) as realsee:
            return (await realsee.pano.get_pano_upload_token()).bucket

    with ForwardProxy() as proxy:
        assert asyncio.run(run())
    assert proxy.seen == [
        f"POST {sandbox.api_url}/auth/access_token",
        f"GET {sandbox.api_url}/open/v1/pano/file/token",
    ]


def test_the_environments_proxy_is_used_unless_no_proxy_says_otherwise(
    sandbox: Sandbox, controls: SandboxControls, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ForwardProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        assert environment_proxy(sandbox.api_url) == proxy.url
        with Realsee(**REALSEE, base_url=sandbox.api_url) as realsee:
            realsee.pano.get_pano_upload_token()

        async def run() -> None:
            async with AsyncRealsee(**REALSEE, base_url=sandbox.api_url) as asynchronous:
                await asynchronous.pano.get_pano_upload_token()

        asyncio.run(run())
        to_the_api = [line for line in proxy.seen if line.split()[1].startswith(sandbox.api_url)]
        assert len(to_the_api) == 4  # a token and a call, from each facade
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert environment_proxy(sandbox.api_url) is None


@pytest.mark.vrlive_sandbox(virtual_time=False)  # only the sandbox's clock jumps: the token is refused
@pytest.mark.parametrize("name", [*(f"sync-{name}" for name in SYNC), *(f"async-{name}" for name in ASYNC)])
def test_a_refused_token_is_renewed_and_the_call_replayed(
    name: str, sandbox: Sandbox, controls: SandboxControls
) -> None:
    mode, transport = name.split("-", 1)

    def poll_twice(call: Callable[[], Any]) -> None:
        call()
        controls.advance(301)  # the token expires while the client still holds it
        call()

    if mode == "sync":
        with Realsee(**REALSEE, base_url=sandbox.api_url, transport=SYNC[transport](None)) as realsee:
            poll_twice(realsee.pano.get_pano_upload_token)
    else:

        async def run() -> None:
            options: dict[str, Any] = {"async_transport": ASYNC[transport](None)}
            async with AsyncRealsee(**REALSEE, base_url=sandbox.api_url, **options) as realsee:
                await realsee.pano.get_pano_upload_token()
                controls.advance(301)
                await realsee.pano.get_pano_upload_token()

        asyncio.run(run())
    operations = [record.operation for record in controls.requests()]
    # The second call is refused (-3), a token fetched, and the call sent again.
    assert operations == [
        "get_access_token",
        "get_pano_upload_token",
        "get_pano_upload_token",
        "get_access_token",
        "get_pano_upload_token",
    ]


@pytest.mark.parametrize("name", [*(f"sync-{name}" for name in SYNC), *(f"async-{name}" for name in ASYNC)])
def test_debug_logs_of_signed_calls_hold_no_secret(
    name: str, sandbox: Sandbox, controls: SandboxControls, caplog: pytest.LogCaptureFixture
) -> None:
    """urllib3 logs every URL, query and all: an IVH signature travels there."""
    mode, transport = name.split("-", 1)
    fields: dict[str, Any] = {
        "virtualman_project_id": "p1",
        "user_id": "viewer",
        "protocol": IvhProtocol.TRTC,
        "driver_type": IvhDriverType.TEXT,
    }
    with caplog.at_level(logging.DEBUG):
        if mode == "sync":
            with Ivh(**IVH, base_url=sandbox.api_url, transport=SYNC[transport](None)) as ivh:
                ivh.session.create_session(**fields)
        else:

            async def run() -> None:
                async with AsyncIvh(
                    **IVH, base_url=sandbox.api_url, async_transport=ASYNC[transport](None)
                ) as ivh:
                    await ivh.session.create_session(**fields)

            asyncio.run(run())
    text = "\n".join(record.getMessage() for record in caplog.records)
    signatures = re.findall(r"signature=([^&\s\"']+)", text)
    assert signatures, text  # httpx (and urllib3) log the URL they send, query and all
    assert set(signatures) == {"[redacted]"}, text
    assert IVH["accesstoken"] not in text
