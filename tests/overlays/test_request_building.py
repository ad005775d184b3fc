"""The shortcuts taken for throughput build exactly what httpx builds: URLs parsed once, cookies
looked for only in answers that set some."""

from __future__ import annotations

import asyncio
import http.cookiejar
from typing import Any

import httpx
import pytest

from realsee_client.models import PanoTaskState
from tests.hostile import envelope
from vrlive import AsyncRealsee, Realsee
from vrlive_core.operation import _absolute

BASES = ["http://127.0.0.1:8000", "http://127.0.0.1:8000/", "http://127.0.0.1/prefix", "https://h.test/p/q/"]
REQUESTS: list[dict[str, Any]] = [
    {"method": "get", "url": "/open/v1/pano/task/status", "params": {"task_code": "t 1/2?&", "n": [1, 2]}},
    {"method": "get", "url": "/client/relay/a%2Fb%3F"},  # a path parameter, quoted by the generated code
    {"method": "post", "url": "/auth/access_token", "data": {"app_key": "k"}},
    {"method": "get", "url": "/open/v1/pano/task/status", "params": {}},
    {"method": "get", "url": "/x", "params": {"a": [], "b": "café ✓", "c": 'q"<>#`{}'}},
    {"method": "get", "url": "/x", "params": {"a": []}},  # an empty query: httpx writes "?"
    {"method": "get", "url": "/a/./b/../c"},  # dot segments: httpx removes them
    {"method": "get", "url": "/.well-known/x"},
    {"method": "get", "url": "//twice/x"},
    {"method": "get", "url": "/p{q}`r` s"},  # what the path encoding changes
    {"method": "get", "url": "/open/v1/pano/task/status?x=1", "params": {"y": "2"}},  # a query in the path
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    "request_",
    REQUESTS,
    ids=[
        "query", "quoted path", "form", "empty params", "encoded query", "empty query", "dot segments",
        "dot file", "leading slashes", "encoded path", "query in the path",
    ],
)  # fmt: skip
def test_an_absolute_url_is_the_one_httpx_builds(base: str, request_: dict[str, Any]) -> None:
    with httpx.Client(base_url=base) as client:
        ours, theirs = client.build_request(**_absolute(client, request_)), client.build_request(**request_)
    assert str(ours.url) == str(theirs.url)
    assert ours.headers == theirs.headers
    assert ours.read() == theirs.read()


def test_a_client_with_its_own_params_is_left_to_httpx() -> None:
    with httpx.Client(base_url="http://h.test", params={"lang": "zh"}) as client:
        request = {"method": "get", "url": "/x", "params": {"a": "1"}}
        assert _absolute(client, request) is request
        assert str(client.build_request(**request).url) == "http://h.test/x?lang=zh&a=1"


class CookieServer:
    """Answers a task status; the first answer sets a cookie when ``sets`` says so."""

    def __init__(self, sets: bool) -> None:
        self.sets = sets
        self.cookies_sent: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/access_token":
            return httpx.Response(
                200, content=envelope({"access_token": "tok-123456789", "expire_at": 4102444800})
            )
        self.cookies_sent.append(request.headers.get("cookie"))
        headers = {"Set-Cookie": "route=b2; Path=/"} if self.sets and len(self.cookies_sent) == 1 else {}
        status = {"project_id": "p1", "status": "processing", "vr_url": ""}
        return httpx.Response(200, content=envelope(status), headers=headers)


@pytest.mark.parametrize("sets", [True, False], ids=["a cookie set", "none set"])
def test_cookies_an_answer_sets_are_sent_after_sync_and_async(sets: bool) -> None:
    expected = [None, "route=b2", "route=b2"] if sets else [None, None, None]
    server = CookieServer(sets)
    with Realsee("k", "s", base_url="http://h.test", transport=httpx.MockTransport(server)) as realsee:
        for _ in range(3):
            assert realsee.pano.get_pano_task_status(task_code="t").status is PanoTaskState.PROCESSING
    assert server.cookies_sent == expected

    server = CookieServer(sets)

    async def run() -> None:
        transport = httpx.MockTransport(server)
        async with AsyncRealsee("k", "s", base_url="http://h.test", async_transport=transport) as realsee:
            for _ in range(3):
                await realsee.pano.get_pano_task_status(task_code="t")

    asyncio.run(run())
    assert server.cookies_sent == expected


def test_answers_without_set_cookie_skip_the_cookie_jar(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    monkeypatch.setattr(
        http.cookiejar.CookieJar, "extract_cookies", lambda jar, response, request: seen.append(1)
    )
    server = CookieServer(sets=True)
    with Realsee("k", "s", base_url="http://h.test", transport=httpx.MockTransport(server)) as realsee:
        for _ in range(3):
            realsee.pano.get_pano_task_status(task_code="t")
    assert len(seen) == 1  # the one answer with Set-Cookie (httpx's own client reads all four)
