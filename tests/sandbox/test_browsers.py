"""Web pages cannot drive the sandbox: requests shaped as a browser sends them from another site
(a form post, a no-cors fetch, a page on a rebound domain) are refused by the controls, moto and
the S3 fronts, while programs (httpx, boto3, the vrlive clients) go on as before."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import httpx
import pytest

from tests.sandbox.packages import upload
from tests.sandbox.realsee_api import call, token
from vrlive_sandbox import Sandbox

EVIL = "https://evil.example"
FROM_A_PAGE = {"Origin": EVIL, "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"}
STATUS = "/open/v1/pano/task/status"


def test_a_form_post_from_another_site_queues_no_fault(api: httpx.Client) -> None:
    """<form method=post enctype=text/plain> can send a JSON-looking body; x-www-form-urlencoded
    is a form's default."""
    posts = [
        ("text/plain", b'{"faults": [{"status": 503}, {"status": 503}], "x": "="}'),
        ("application/x-www-form-urlencoded", b"faults=503"),
        ("multipart/form-data; boundary=x", b"--x--"),
    ]
    for content_type, body in posts:
        refused = api.post(
            "/_sandbox/faults", content=body, headers={**FROM_A_PAGE, "Content-Type": content_type}
        )
        assert refused.status_code == 403, content_type
        assert "programs only" in refused.json()["detail"]
    assert api.get(STATUS, params={"task_code": "x"}).status_code == 200  # no 503 was queued


def test_a_page_cannot_move_the_clock_even_without_saying_where_it_comes_from(
    api: httpx.Client, sandbox: Sandbox
) -> None:
    """Without Origin (as an older browser's form post), the content type still gives it away."""
    before = sandbox.clock.now()
    refused = api.post(
        "/_sandbox/clock", content=b'{"advance": 86400}', headers={"Content-Type": "text/plain"}
    )
    assert refused.status_code == 403
    assert refused.json()["detail"].startswith(
        "a control request with a body or a method other than GET must be JSON (Content-Type: "
        "application/json) or carry an X-Vrlive-Sandbox header, not text/plain"
    )
    bare = api.post("/_sandbox/reset", headers=FROM_A_PAGE)  # fetch(url, {method: "POST", mode: "no-cors"})
    assert bare.status_code == 403
    assert bare.json()["detail"].startswith("Origin https://evil.example is another site")
    assert sandbox.clock.now() - before < 60


def test_a_rebound_domain_cannot_read_or_change_anything(api: httpx.Client, sandbox: Sandbox) -> None:
    """DNS rebinding: the page's own domain now resolves to 127.0.0.1, so its requests are
    same-origin for the browser, and carry that domain in Host."""
    port = urlsplit(sandbox.api_url).port
    rebound = {"Host": f"evil.example:{port}"}
    for method, path in (("GET", "/_sandbox/requests"), ("GET", "/_sandbox"), ("POST", "/_sandbox/reset")):
        refused = api.request(method, path, headers=rebound, json={} if method == "POST" else None)
        assert refused.status_code == 403, path
        assert refused.json()["detail"].startswith(f"Host evil.example:{port} is not the sandbox's address")


def test_programs_still_use_the_controls(api: httpx.Client, sandbox: Sandbox) -> None:
    port = urlsplit(sandbox.api_url).port
    assert api.post("/_sandbox/clock", json={"advance": 1}).status_code == 200
    assert api.post("/_sandbox/reset").status_code == 200  # no body, no Origin: not a browser
    marked = api.post(
        "/_sandbox/faults",
        content=json.dumps({"faults": [{"status": 503}]}),
        headers={"X-Vrlive-Sandbox": "1", "Content-Type": "text/plain"},
    )
    assert marked.status_code == 200
    assert api.get(STATUS, params={"task_code": "x"}).status_code == 503
    with httpx.Client(base_url=f"http://localhost:{port}") as by_name:
        assert by_name.get("/_sandbox").status_code == 200


def test_moto_sends_no_cors_headers_and_keeps_the_issued_keys_to_itself(
    api: httpx.Client, sandbox: Sandbox
) -> None:
    credentials = call(api, "GET", "/open/v1/pano/file/token", token(api))["data"]
    moto = sandbox.storage.moto_url
    for url in (f"{moto}/moto-api/data.json", f"{sandbox.s3_url}/moto-api/data.json"):
        answer = httpx.get(url)
        assert answer.status_code == 403, url
        assert credentials["tmpSecretKey"] not in answer.text
    preflight = httpx.options(
        f"{moto}/{credentials['bucket']}/x",
        headers={"Origin": EVIL, "Access-Control-Request-Method": "PUT"},
    )
    assert preflight.status_code == 403
    assert not any(name.lower().startswith("access-control-") for name in preflight.headers)
    listing = httpx.get(f"{moto}/", headers={"Origin": EVIL})
    assert listing.status_code == 403
    assert "access-control-allow-origin" not in listing.headers


@pytest.mark.parametrize("front", ["host", "custom_domain"])
def test_the_s3_fronts_refuse_pages_of_other_sites(api: httpx.Client, front: str) -> None:
    credentials = call(api, "GET", "/open/v1/pano/file/token", token(api))["data"]
    key = upload(credentials, b"package")  # boto3 sends no Origin: it works as before
    base = credentials["host"] if front == "host" else f"http://{credentials['custom_domain']}"
    path = f"/{credentials['bucket']}/{key}" if front == "host" else f"/{key}"
    answer = httpx.get(f"{base}{path}", headers=FROM_A_PAGE)
    assert answer.status_code == 403
    assert "Origin https://evil.example is another site" in answer.text
    rebound = httpx.get(f"{base}{path}", headers={"Host": "evil.example"})
    assert rebound.status_code == 403
