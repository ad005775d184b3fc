"""The facades from their declaration (`vrlive.facade`): regions from the spec's servers, the same
connection options everywhere, and the public interface the generated resources call."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from ivh_client import AuthenticatedClient as IvhAuthenticatedClient
from ivh_client import Client as IvhClient
from ivh_client.resources import AsyncClientResources, ClientResources
from tests.facades import IVH, QINIU, REALSEE
from tests.specs import PACKAGES, ROOT, load
from vrlive import ConfigurationError
from vrlive.facade import Facade
from vrlive.ivh import AsyncIvh, Ivh
from vrlive.qnlive import SERVER_SCHEME, AsyncQnLive, QnLive
from vrlive.realsee import AsyncRealsee, Realsee
from vrlive_core.errors import APIError

QNLIVE = {**QINIU, "token": "sandbox-user-token"}
FACADES: dict[str, tuple[type[Facade[Any, Any]], type[Facade[Any, Any]], dict[str, str]]] = {
    "realsee": (Realsee, AsyncRealsee, REALSEE),
    "qnlive": (QnLive, AsyncQnLive, QNLIVE),
    "ivh": (Ivh, AsyncIvh, IVH),
}
EVERY_FACADE = [
    pytest.param(facade, credentials, id=facade.__name__)
    for sync, asynchronous, credentials in FACADES.values()
    for facade in (sync, asynchronous)
]


@pytest.fixture(autouse=True)
def _no_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("REALSEE", "QNLIVE", "IVH"):
        monkeypatch.delenv(f"{variable}_BASE_URL", raising=False)
        monkeypatch.delenv(f"{variable}_REGION", raising=False)


def regions_of(spec: str) -> dict[str, str]:
    return {server["x-region"]: server["url"] for server in load(spec)["servers"] if "x-region" in server}


@pytest.mark.parametrize("spec", sorted(FACADES))
def test_a_facades_regions_are_its_specs_servers_the_first_by_default(spec: str) -> None:
    sync, asynchronous, credentials = FACADES[spec]
    regions = regions_of(spec)
    assert regions, f"spec/{spec}.yaml names no server with x-region"
    for facade in (sync, asynchronous):
        assert dict(facade.vendor.regions) == regions
        assert facade(**credentials).connection.base_url == next(iter(regions.values()))
        if facade.vendor.region_variable is not None:
            for region, url in regions.items():
                assert facade(**credentials, region=region).connection.base_url == url


def test_an_unknown_region_names_its_variable_and_the_specs_regions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IVH_REGION", "mars")
    with pytest.raises(ConfigurationError) as raised:
        Ivh(**IVH)
    assert (
        str(raised.value)
        == f"region 'mars' (argument or IVH_REGION) is not one of {sorted(regions_of('ivh'))}"
    )


@pytest.mark.parametrize(("facade", "credentials"), EVERY_FACADE)
def test_every_facade_takes_the_same_connection_options(
    facade: type[Facade[Any, Any]], credentials: dict[str, str]
) -> None:
    made = facade(
        **credentials,
        base_url="https://api.example.com",
        max_retries=5,
        timeout=7.0,
        deadline=9.0,
        proxy="http://proxy.example.com:3128",
        max_response_bytes=1000,
        max_json_depth=5,
    )
    connection = made.connection
    assert connection.base_url == "https://api.example.com"
    assert (connection.policy.max_retries, connection.policy.deadline) == (5, 9.0)
    assert connection.timeout == 7.0
    assert connection.proxy == "http://proxy.example.com:3128"
    assert (connection.response_limits.max_bytes, connection.response_limits.max_depth) == (1000, 5)


def test_a_scheme_a_facade_has_no_client_for_is_named() -> None:
    with pytest.raises(ConfigurationError, match="Realsee has no client for the security scheme 'Nope'"):
        Realsee(**REALSEE).client_for("Nope")


SECURED = re.compile(r"self\._source\.(\w+)\(")


@pytest.mark.parametrize("spec", sorted(FACADES))
def test_generated_resources_call_only_the_public_interface(spec: str) -> None:
    """What the resources call on their source is `client_for(<a scheme of the spec>)` and
    `public_client()`, and every facade answers both with its generated clients."""
    folder = ROOT / "generated" / PACKAGES[spec] / "resources"
    tags = [path for path in folder.glob("*.py") if path.name not in ("__init__.py", "base.py")]
    called = {name for path in tags for name in SECURED.findall(path.read_text(encoding="utf-8"))}
    assert called <= {"client_for", "public_client"}, called
    schemes = set(
        re.findall(r'client_for\("(\w+)"\)', "".join(path.read_text(encoding="utf-8") for path in tags))
    )
    assert schemes <= set(load(spec)["components"]["securitySchemes"]), schemes
    sync, asynchronous, credentials = FACADES[spec]
    package = __import__(PACKAGES[spec])
    for facade in (sync, asynchronous):
        made = facade(**credentials)
        for scheme in schemes:
            assert isinstance(made.client_for(scheme), package.AuthenticatedClient)
        assert isinstance(made.public_client(), package.AuthenticatedClient | package.Client)


def test_closing_a_facade_closes_every_client_it_made_even_one_made_late() -> None:
    live = QnLive(**QNLIVE)
    server = live.client_for(SERVER_SCHEME)  # the signing client: made when first needed
    with live:
        pass
    assert live.client.get_httpx_client().is_closed
    assert server.get_httpx_client().is_closed


def test_an_async_facade_sends_through_async_clients_and_closes_them() -> None:
    seen: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(403, json={"Header": {"Code": 403, "Message": "refused", "RequestID": "r"}})

    async def run() -> AsyncIvh:
        async with AsyncIvh(**IVH, async_transport=httpx.MockTransport(answer), max_retries=0) as ivh:
            with pytest.raises(APIError):
                await ivh.session.close_session(session_id="s1")
        return ivh

    ivh = asyncio.run(run())
    assert seen, "the async facade did not send through its async transport"
    assert ivh.client.get_async_httpx_client().is_closed


def test_one_client_serves_the_resources_through_the_same_interface(tmp_path: Path) -> None:
    public = ClientResources(IvhClient(base_url="https://api.example.com"))
    with pytest.raises(TypeError, match="operations secured by 'AppKey' need an AuthenticatedClient"):
        public.client_for("AppKey")
    client = IvhAuthenticatedClient(base_url="https://api.example.com", token="t")
    with ClientResources(client) as resources:
        assert resources.client_for("AppKey") is client
        assert resources.public_client() is client
        httpx_client = client.get_httpx_client()
    assert httpx_client.is_closed

    async def closing() -> httpx.AsyncClient:
        async with AsyncClientResources(client) as resources:
            return resources.client_for("AppKey").get_async_httpx_client()

    assert asyncio.run(closing()).is_closed
