"""The sandbox's Realsee: tokens, upload credentials on moto, task submission and progress, rooms."""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
from botocore.auth import S3SigV4QueryAuth, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

from realsee_client import AuthenticatedClient
from realsee_client.api.viewing import get_viewing_room_detail
from tests.sandbox.packages import package, s3_client, upload
from tests.sandbox.realsee_api import KEY, SECRET, call, token
from vrlive_sandbox import Sandbox


def test_access_token_is_issued_for_the_configured_app(api: httpx.Client) -> None:
    answer = api.post("/auth/access_token", data={"app_key": KEY, "app_secret": SECRET}).json()
    assert answer["code"] == 0
    assert answer["data"]["expire_at"] - api.get("/_sandbox").json()["now"] == pytest.approx(300, abs=2)


@pytest.mark.parametrize(
    "form", [{"app_key": KEY, "app_secret": "wrong"}, {"app_key": "other", "app_secret": SECRET}]
)
def test_wrong_credentials_are_an_illegal_app(api: httpx.Client, form: dict[str, str]) -> None:
    answer = api.post("/auth/access_token", data=form).json()
    assert (answer["code"], answer["status"], answer["data"]) == (-1, "illegal app", None)


def test_expired_or_unknown_token_gets_code_minus_3(api: httpx.Client) -> None:
    access_token = token(api)
    assert call(api, "GET", "/open/v1/pano/file/token", access_token)["code"] == 0
    api.post("/_sandbox/clock", json={"advance": 301})
    expired = call(api, "GET", "/open/v1/pano/file/token", access_token)
    assert (expired["code"], expired["status"], expired["data"]) == (-3, "access_token expired", {})
    assert call(api, "GET", "/open/v1/pano/file/token", "made-up")["code"] == -3
    assert api.get("/open/v1/pano/file/token").json()["code"] == -3


def test_token_lifetime_is_configurable(api: httpx.Client) -> None:
    api.patch("/_sandbox/config", json={"realsee_token_ttl": 30}).raise_for_status()
    access_token = token(api)
    api.post("/_sandbox/clock", json={"advance": 31})
    assert call(api, "GET", "/open/v1/pano/file/token", access_token)["code"] == -3


def test_upload_credentials_are_temporary_keys_that_work_on_s3(api: httpx.Client, sandbox: Sandbox) -> None:
    access_token = token(api)
    first = call(api, "GET", "/open/v1/pano/file/token", access_token)["data"]
    second = call(api, "GET", "/open/v1/pano/file/token", access_token)["data"]
    assert first["prefix"] != second["prefix"]
    assert first["tmpSecretId"].startswith("ASIA")
    assert first["sessionToken"]
    assert (first["ttl"], first["expire"], first["download_host"], first["download_type"]) == (
        3600,
        3600,
        "",
        "presign",
    )
    assert first["host"] == sandbox.s3_url  # the service endpoint; custom_domain is the bucket's host
    key = upload(first, b"hello")
    assert s3_client(first).get_object(Bucket=first["bucket"], Key=key)["Body"].read() == b"hello"


def test_expired_upload_credentials_are_refused_by_s3(api: httpx.Client) -> None:
    api.patch("/_sandbox/config", json={"upload_ttl": 60}).raise_for_status()
    credentials = call(api, "GET", "/open/v1/pano/file/token", token(api))["data"]
    assert credentials["ttl"] == 60
    upload(credentials, b"in time")
    api.post("/_sandbox/clock", json={"advance": 61})
    with pytest.raises(ClientError) as refused:
        upload(credentials, b"too late", "late.zip")
    assert refused.value.response["Error"]["Code"] == "ExpiredToken"


def test_download_host_mode(api: httpx.Client, sandbox: Sandbox) -> None:
    api.patch("/_sandbox/config", json={"download_host": True}).raise_for_status()
    credentials = call(api, "GET", "/open/v1/pano/file/token", token(api))["data"]
    bucket_host = f"{credentials['custom_scheme']}://{credentials['custom_domain']}"  # objects at /<key>
    assert (credentials["download_host"], credentials["download_type"]) == (bucket_host, "direct")


def submit(api: httpx.Client, access_token: str, **body: str) -> dict[str, Any]:
    return call(
        api, "POST", "/open/v1/pano/task/submit", access_token, json={"project_name": "church", **body}
    )


def test_task_moves_from_pending_to_success_on_the_clock(api: httpx.Client) -> None:
    access_token = token(api)
    credentials = call(api, "GET", "/open/v1/pano/file/token", access_token)["data"]
    key = upload(credentials, package())
    task = submit(api, access_token, private_cos_key=key)["data"]
    seen = []
    for advance in (0, 2.5, 6):
        api.post("/_sandbox/clock", json={"advance": advance})
        state = call(
            api, "GET", "/open/v1/pano/task/status", access_token, params={"task_code": task["task_code"]}
        )
        seen.append((state["data"]["status"], bool(state["data"]["vr_url"])))
        assert state["data"]["project_id"] == task["project_id"]
    assert seen == [("pending", False), ("processing", False), ("success", True)]


def _finished_task(api: httpx.Client, settings: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A task submitted under these settings, and its state once it is over."""
    api.patch("/_sandbox/config", json=settings).raise_for_status()
    access_token = token(api)
    key = upload(call(api, "GET", "/open/v1/pano/file/token", access_token)["data"], package())
    task_code = submit(api, access_token, private_cos_key=key)["data"]["task_code"]
    api.post("/_sandbox/clock", json={"advance": 60})
    status = {"task_code": task_code}
    return task_code, call(api, "GET", "/open/v1/pano/task/status", access_token, params=status)["data"]


def test_configured_failure_mode_ends_in_failed(api: httpx.Client) -> None:
    _, state = _finished_task(api, {"task_outcome": "failed"})
    assert (state["status"], state["vr_url"]) == ("failed", "")


def test_submit_by_download_url(api: httpx.Client, sandbox: Sandbox) -> None:
    api.patch("/_sandbox/config", json={"download_host": True}).raise_for_status()
    access_token = token(api)
    credentials = call(api, "GET", "/open/v1/pano/file/token", access_token)["data"]
    key = upload(credentials, package())
    answer = submit(api, access_token, zip_cos_url=f"{credentials['download_host']}/{key}")
    assert answer["code"] == 0, answer


def test_presigned_download_mode(api: httpx.Client, sandbox: Sandbox) -> None:
    """A download host, but a private bucket (download_type presign): a bare URL is refused, a
    presigned one, made with the token's own credentials, is fetched."""
    api.patch("/_sandbox/config", json={"download_host": True, "download_type": "presign"}).raise_for_status()
    access_token = token(api)
    credentials = call(api, "GET", "/open/v1/pano/file/token", access_token)["data"]
    assert credentials["download_type"] == "presign"
    assert credentials["download_host"]
    key = upload(credentials, package())
    bare = submit(api, access_token, zip_cos_url=f"{credentials['download_host']}/{key}")
    assert (bare["code"], bare["business_code"]) == (-1, "")
    assert bare["status"] == (
        "zip_cos_url must be a presigned URL (download_type presign): X-Amz-Signature is missing"
    )
    assert httpx.get(f"{credentials['download_host']}/{key}").status_code == 403  # the bucket is private
    presigned = s3_client(credentials).generate_presigned_url(
        "get_object", Params={"Bucket": credentials["bucket"], "Key": key}, ExpiresIn=300
    )
    answer = submit(api, access_token, zip_cos_url=presigned)
    assert answer["code"] == 0, answer
    stranger = call(api, "GET", "/open/v1/pano/file/token", access_token)["data"]
    url = urlsplit(presigned)
    query = dict(parse_qsl(url.query)) | {"X-Amz-Security-Token": stranger["sessionToken"]}
    forged = url._replace(query=urlencode(query)).geturl()  # another upload's token, this upload's key
    refused = submit(api, access_token, zip_cos_url=forged)
    assert refused["code"] == -1
    assert "X-Amz-Security-Token is not the session token issued with" in refused["status"]


@pytest.mark.parametrize(
    ("make", "status"),
    [
        (lambda key: {}, "zip_cos_url or private_cos_key is required"),
        (lambda key: {"private_cos_key": key, "zip_cos_url": "http://127.0.0.1/x.zip"}, "give only one of"),
        (lambda key: {"private_cos_key": "elsewhere/package.zip"}, "is not under an issued upload prefix"),
        (lambda key: {"private_cos_key": key + ".missing"}, "no such object"),
        (lambda key: {"zip_cos_url": "https://example.com/p.zip"}, "must be an http(s) URL on 127.0.0.1"),
    ],
)
def test_submit_needs_one_reachable_package(api: httpx.Client, make: Any, status: str) -> None:
    access_token = token(api)
    key = upload(call(api, "GET", "/open/v1/pano/file/token", access_token)["data"], package())
    answer = submit(api, access_token, **make(key))
    assert answer["code"] == -1
    assert status in answer["status"]
    assert answer["data"] is None


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"not a zip", "not a ZIP file"),
        (package(drop=("manifest.json",)), "manifest.json is missing"),
        (package(drop=("images/nave.jpg",)), "images/nave.jpg is missing"),
        (package(extra={"images/stray.jpg": b"x"}), "images/stray.jpg is not in scan_list"),
        (
            package(manifest={"version": "2.0", "floor_map": {"0": 0}, "project_name": "p", "scan_list": []}),
            "manifest.json: scan_list: [] should be non-empty; manifest.json: version: '1.0' was expected",
        ),
        (
            package(manifest={"version": "1.0", "floor_map": {"0": "ground"}, "scan_list": [{"id": "a"}]}),
            "manifest.json: 'project_name' is a required property; "
            "manifest.json: floor_map['0']: 'ground' is not of type 'integer'; "
            "manifest.json: scan_list[0]: 'floor' is a required property",
        ),
        (
            package(
                ("a",),
                manifest={
                    "version": "1.0",
                    "floor_map": {"0": 0},
                    "project_name": "p",
                    "scan_list": [{"id": "a", "floor": 3}],
                },
            ),
            "floor 3 is not a key of floor_map",
        ),
        (
            package(
                ("a",),
                manifest={
                    "version": "1.0",
                    "floor_map": {"0": 0},
                    "project_name": "p",
                    "scan_list": [{"id": "../a", "floor": 0}],
                },
            ),
            "must be a plain file name",
        ),
    ],
)
def test_submit_checks_the_package(api: httpx.Client, data: bytes, problem: str) -> None:
    access_token = token(api)
    key = upload(call(api, "GET", "/open/v1/pano/file/token", access_token)["data"], data)
    answer = submit(api, access_token, private_cos_key=key)
    assert (answer["code"], answer["business_code"]) == (-1, "")
    assert problem in answer["status"]


def test_unknown_task_is_a_business_error(api: httpx.Client) -> None:
    answer = call(api, "GET", "/open/v1/pano/task/status", token(api), params={"task_code": "nope"})
    # No Realsee document gives this failure a business_code: none is made up.
    assert (answer["code"], answer["business_code"], answer["data"]) == (-1, "", None)
    assert answer["status"] == "task nope not found"


def test_invalid_request_gets_an_envelope_error(api: httpx.Client) -> None:
    answer = call(api, "POST", "/open/v1/live/apply/ticket", token(api), json={"app_id": "x"})
    # "50": what Realsee answers a submission missing its package parameter (api-notes).
    assert (answer["code"], answer["business_code"]) == (-1, "50")
    assert "body: 'room_code' is a required property" in answer["status"]


def test_success_answers_carry_the_business_code_realsees_documents_give(api: httpx.Client) -> None:
    """ "" at the auth layer (the access and upload tokens, Realsee's panorama document and our
    spec's examples), "0" for a business result."""
    form = {"app_key": KEY, "app_secret": SECRET}
    issued = api.post("/auth/access_token", data=form).json()
    access_token = issued["data"]["access_token"]
    credentials = call(api, "GET", "/open/v1/pano/file/token", access_token)
    task = submit(api, access_token, private_cos_key=upload(credentials["data"], package()))
    state = call(
        api, "GET", "/open/v1/pano/task/status", access_token, params={"task_code": task["data"]["task_code"]}
    )
    codes = [answer["business_code"] for answer in (issued, credentials, task, state)]
    assert codes == ["", "", "0", "0"]


def test_a_global_sandbox_links_to_realsee_ai(api: httpx.Client) -> None:
    task_code, state = _finished_task(api, {"realsee_region": "global"})
    assert state["vr_url"] == f"https://realsee.ai/sandbox/{task_code}"


def _signed_on_the_bucket_host(credentials: dict[str, Any], method: str, key: str, data: bytes = b"") -> Any:
    """A request to ``custom_domain`` as Realsee's own Node client sends it: the domain is the
    bucket's own host, so the path is the key alone (SigV4, the token's credentials)."""
    url = f"{credentials['custom_scheme']}://{credentials['custom_domain']}/{key}"
    request = AWSRequest(
        method, url, data=data, headers={"x-amz-content-sha256": hashlib.sha256(data).hexdigest()}
    )
    signer = Credentials(credentials["tmpSecretId"], credentials["tmpSecretKey"], credentials["sessionToken"])
    SigV4Auth(signer, "s3", credentials["region"]).add_auth(request)
    return httpx.request(method, url, content=data, headers=dict(request.headers.items()))


def test_custom_domain_is_the_buckets_own_host(api: httpx.Client) -> None:
    credentials = call(api, "GET", "/open/v1/pano/file/token", token(api))["data"]
    key = credentials["prefix"] + "by-domain.zip"
    assert _signed_on_the_bucket_host(credentials, "PUT", key, b"by domain").status_code == 200
    assert (
        s3_client(credentials).get_object(Bucket=credentials["bucket"], Key=key)["Body"].read()
        == b"by domain"
    )
    assert _signed_on_the_bucket_host(credentials, "GET", key).content == b"by domain"


def test_a_url_presigned_on_the_buckets_own_host_is_fetched(api: httpx.Client) -> None:
    api.patch("/_sandbox/config", json={"download_host": True, "download_type": "presign"}).raise_for_status()
    access_token = token(api)
    credentials = call(api, "GET", "/open/v1/pano/file/token", access_token)["data"]
    key = upload(credentials, package())
    url = f"{credentials['custom_scheme']}://{credentials['custom_domain']}/{key}"
    request = AWSRequest("GET", url)
    signer = Credentials(credentials["tmpSecretId"], credentials["tmpSecretKey"], credentials["sessionToken"])
    S3SigV4QueryAuth(signer, "s3", credentials["region"], expires=300).add_auth(request)
    answer = submit(api, access_token, zip_cos_url=request.url)
    assert answer["code"] == 0, answer


def _room(api: httpx.Client, access_token: str) -> str:
    members = '[{"user_id": "guest-1", "user_role": "2", "extension": {"nickname": "Guest"}}]'
    body = {
        "app_id": "vw9deNaEggNpPLkW",
        "create_user_id": "agent-1",
        "create_user_role": "1",
        "members": members,
    }
    answer = call(api, "POST", "/open/v1/live/entrance", access_token, json=body)
    assert answer["code"] == 0, answer
    assert answer["data"]["room_link"].startswith("wss://")
    return str(answer["data"]["room_code"])


def test_room_ticket_is_single_use_and_lives_five_minutes(api: httpx.Client) -> None:
    access_token = token(api)
    room = _room(api, access_token)
    body = {"app_id": "vw9deNaEggNpPLkW", "room_code": room, "user_id": "guest-1", "user_role": "2"}
    first = call(api, "POST", "/open/v1/live/apply/ticket", access_token, json=body)["data"]["ticket"]
    second = call(api, "POST", "/open/v1/live/apply/ticket", access_token, json=body)["data"]["ticket"]
    assert api.post(f"/_sandbox/realsee/tickets/{first}/redeem").status_code == 200
    assert api.post(f"/_sandbox/realsee/tickets/{first}/redeem").status_code == 409
    api.post("/_sandbox/clock", json={"advance": 301})
    assert api.post(f"/_sandbox/realsee/tickets/{second}/redeem").status_code == 410


def test_room_details_have_the_documented_structure(api: httpx.Client, sandbox: Sandbox) -> None:
    access_token = token(api)
    room = _room(api, access_token)
    sign = {"app_id": "vw9deNaEggNpPLkW", "user_identifier": "guest-1", "user_role": "2", "room_code": room}
    signature = call(api, "POST", "/open/v1/live/voice/sign", access_token, json=sign)
    assert signature["code"] == 0
    assert signature["data"]["sign"]
    client = AuthenticatedClient(base_url=sandbox.api_url, token=access_token)
    detail = get_viewing_room_detail.sync(client=client, app_id="vw9deNaEggNpPLkW", room_code=room)
    assert detail.room_code == room
    assert set(detail.app.role.additional_properties) == {"1", "2"}
    assert [user.custom_user_id for user in detail.user_list] == ["agent-1", "guest-1"]
    missing = call(
        api,
        "GET",
        "/open/v1/live/room/detail",
        access_token,
        params={"app_id": "vw9deNaEggNpPLkW", "room_code": "nope"},
    )
    assert missing["code"] == -1
