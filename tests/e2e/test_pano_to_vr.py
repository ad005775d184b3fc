"""Panorama to VR end to end, over loopback against the sandbox and its moto S3."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from boto3.s3.transfer import TransferConfig

from realsee_client.models import PanoIsAccelerate, PanoTaskStatus, PanoUploadToken
from tests.e2e.panoramas import folder
from tests.facades import REALSEE, Recorder
from tests.servers import ForwardProxy, HttpControls
from vrlive import RetryPolicy, ServerError, TaskFailedError
from vrlive.pano import PanoPackage, Progress, build_package
from vrlive.realsee import AsyncRealsee, Realsee
from vrlive.upload import S3Endpoint, s3_endpoint
from vrlive_sandbox import Fault, Sandbox
from vrlive_sandbox.controls import SandboxControls

MB = 1024 * 1024
SMALL_PARTS = TransferConfig(multipart_threshold=5 * MB, multipart_chunksize=5 * MB, max_concurrency=2)


@pytest.fixture(scope="module")
def large_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three panoramas of random pixels (they hardly compress): ~20 MB, four 5 MB parts."""
    options = {"width": 2048, "height": 1024, "quality": 98, "subsampling": 0}
    return folder(tmp_path_factory.mktemp("large"), noise=True, **options)


@pytest.fixture
def small_folder(tmp_path: Path) -> Path:
    return folder(tmp_path / "church")


@pytest.fixture
def recorded(sandbox: Sandbox, controls: SandboxControls) -> Iterator[tuple[Realsee, Recorder]]:
    """A Realsee facade whose requests are kept, retrying without sleeping."""
    recorder = Recorder()
    policy = RetryPolicy(sleep=lambda seconds: None)
    with Realsee(**REALSEE, base_url=sandbox.api_url, transport=recorder, retry_policy=policy) as realsee:
        yield realsee, recorder


def finish_quickly(controls: SandboxControls) -> Callable[[PanoTaskStatus], None]:
    """An on_poll that moves the sandbox clock past the task's schedule (2 s pending, 6 s processing)."""
    return lambda status: controls.advance(5)


def expiring_credentials(controls: SandboxControls | HttpControls) -> Callable[[Progress], None]:
    """An on_progress that moves the sandbox clock past the upload credentials' 60 s once the
    first bytes are sent (configure ``upload_ttl=60``): the next parts meet ``ExpiredToken``."""
    expired = False

    def expire_the_credentials(step: Progress) -> None:
        nonlocal expired
        if step.stage == "uploading" and step.done > 0 and not expired:
            expired = True
            controls.advance(120)

    return expire_the_credentials


def stored(sandbox: Sandbox, key: str) -> bytes:
    buffer = io.BytesIO()
    sandbox.storage.download(key, buffer)
    return buffer.getvalue()


def submitted_bodies(recorder: Recorder) -> list[dict[str, Any]]:
    return [json.loads(r.content) for r in recorder.requests if r.url.path == "/open/v1/pano/task/submit"]


def streamed(package: PanoPackage) -> bytes:
    return b"".join(package.iter_bytes())


def test_the_stored_object_is_the_streamed_package_submitted_by_key(
    large_folder: Path, sandbox: Sandbox, controls: SandboxControls, recorded: tuple[Realsee, Recorder]
) -> None:
    realsee, recorder = recorded
    progress: list[Progress] = []
    package = build_package(large_folder, on_progress=progress.append)
    assert package.size > 2 * 5 * MB  # a multipart upload
    uploaded = realsee.upload_pano(package, transfer_config=SMALL_PARTS, on_progress=progress.append)
    assert stored(sandbox, uploaded.key) == streamed(package)
    opened = zipfile.ZipFile(io.BytesIO(stored(sandbox, uploaded.key)))
    assert json.loads(opened.read("manifest.json"))["scan_list"] == [
        {"id": "altar", "floor": 0},
        {"id": "entrance", "floor": 0},
        {"id": "nave", "floor": 0},
    ]
    stages = {step.stage: step for step in progress}
    assert stages["packaging"].done == stages["packaging"].total == sum(p.size for p in package.panoramas)
    assert stages["uploading"].done == stages["uploading"].total == package.size

    task = realsee.submit_pano(uploaded, package.project_name)
    assert submitted_bodies(recorder) == [{"project_name": "large0", "private_cos_key": uploaded.key}]
    vr_url = realsee.wait_for_task(task.task_code, interval=0.01, on_poll=finish_quickly(controls))
    assert vr_url.endswith(task.task_code)


def test_a_public_bucket_is_submitted_by_download_url(
    small_folder: Path, controls: SandboxControls, recorded: tuple[Realsee, Recorder]
) -> None:
    realsee, recorder = recorded
    controls.configure(download_host=True)
    result = realsee.pano_to_vr(small_folder, interval=0.01, on_poll=finish_quickly(controls))
    (body,) = submitted_bodies(recorder)
    assert set(body) == {"project_name", "zip_cos_url"}
    assert body["zip_cos_url"].endswith("/" + result.key)
    assert httpx.get(body["zip_cos_url"]).content[:2] == b"PK"  # the URL really serves the package
    assert result.vr_url is not None


def test_a_private_bucket_with_a_download_host_is_submitted_by_presigned_url(
    small_folder: Path, controls: SandboxControls, recorded: tuple[Realsee, Recorder]
) -> None:
    """download_type presign: the zip_cos_url is the object presigned with the token's credentials."""
    realsee, recorder = recorded
    controls.configure(download_host=True, download_type="presign")
    result = realsee.pano_to_vr(small_folder, interval=0.01, on_poll=finish_quickly(controls))
    (body,) = submitted_bodies(recorder)
    url = urlsplit(body["zip_cos_url"])
    query = dict(parse_qsl(url.query))
    assert url.path.endswith("/" + result.key)
    assert query["X-Amz-Algorithm"] == "AWS4-HMAC-SHA256"
    assert re.fullmatch(r"[0-9a-f]{64}", query["X-Amz-Signature"])
    assert int(query["X-Amz-Expires"]) == 3600  # the credentials' ttl
    assert httpx.get(body["zip_cos_url"]).content[:2] == b"PK"  # the sandbox fetched it this way too
    assert result.vr_url is not None


def test_a_failed_task_raises_with_its_code(
    small_folder: Path, controls: SandboxControls, realsee: Realsee
) -> None:
    controls.configure(task_outcome="failed")
    with pytest.raises(TaskFailedError) as caught:
        realsee.pano_to_vr(small_folder, interval=0.01, on_poll=finish_quickly(controls))
    assert caught.value.task_code
    assert caught.value.task_code in str(caught.value)


def test_no_wait_returns_the_task_to_resume(
    small_folder: Path, controls: SandboxControls, realsee: Realsee
) -> None:
    result = realsee.pano_to_vr(small_folder, wait=False)
    assert result.vr_url is None
    assert controls.requests(operation="get_pano_task_status") == []
    controls.advance(10)
    assert realsee.wait_for_task(result.task_code, interval=0.01).endswith(result.task_code)


def test_the_access_token_expires_while_waiting(
    small_folder: Path, controls: SandboxControls, realsee: Realsee
) -> None:
    def expire_the_token(status: PanoTaskStatus) -> None:
        controls.advance(400)  # the token lives 300 s; this client's own clock does not know

    result = realsee.pano_to_vr(small_folder, interval=0.01, on_poll=expire_the_token)
    assert result.vr_url is not None
    # This client's clock says the token is fresh: only the -3 replies made it fetch a new one.
    assert len(controls.requests(operation="get_access_token")) == 2


def test_upload_credentials_that_expire_mid_upload_are_renewed_and_the_first_upload_aborted(
    large_folder: Path, sandbox: Sandbox, controls: SandboxControls, realsee: Realsee
) -> None:
    controls.configure(upload_ttl=60)
    package = build_package(large_folder)
    uploaded = realsee.upload_pano(
        package, transfer_config=SMALL_PARTS, on_progress=expiring_credentials(controls)
    )
    tokens = controls.requests(operation="get_pano_upload_token")
    assert len(tokens) == 2
    assert "/pano/" in uploaded.key
    assert stored(sandbox, uploaded.key) == streamed(package)
    packages = [key for key in sandbox.storage.keys() if key.endswith(".zip")]  # noqa: SIM118
    assert packages == [uploaded.key]
    # Its own credentials expired, so s3transfer could not abort the first one: the next token's did.
    assert sandbox.storage.uploads_in_progress() == []


def test_injected_503s_on_reads_are_retried(
    small_folder: Path, controls: SandboxControls, recorded: tuple[Realsee, Recorder]
) -> None:
    realsee, _ = recorded
    controls.fail_next(Fault(status=503), Fault(status=503), path="/open/v1/pano/file/token")
    controls.fail_next(Fault(status=503), path="/open/v1/pano/task/status")
    result = realsee.pano_to_vr(small_folder, interval=0.01, on_poll=finish_quickly(controls))
    assert result.vr_url is not None
    assert [entry.status for entry in controls.requests(operation="get_pano_upload_token")] == [503, 503, 200]


def test_a_503_on_submit_is_not_sent_again(
    small_folder: Path, controls: SandboxControls, recorded: tuple[Realsee, Recorder]
) -> None:
    realsee, _ = recorded
    controls.fail_next(Fault(status=503), path="/open/v1/pano/task/submit")
    with pytest.raises(ServerError):
        realsee.pano_to_vr(small_folder)
    assert (
        len(controls.requests(operation="submit_pano_task")) == 1
    )  # it may have created a task: never twice


def test_the_async_facade(small_folder: Path, sandbox: Sandbox, controls: SandboxControls) -> None:
    async def run() -> str | None:
        async with AsyncRealsee(**REALSEE, base_url=sandbox.api_url) as realsee:
            result = await realsee.pano_to_vr(small_folder, interval=0.01, on_poll=finish_quickly(controls))
            return result.vr_url

    vr_url = asyncio.run(run())
    assert vr_url is not None
    assert vr_url.startswith("https://realsee.cn/sandbox/")


# Where uploads go: the endpoint comes from the token.


def token(**fields: Any) -> PanoUploadToken:
    seed = {  # seed 004's example
        "tmpSecretId": "ASIASS...",
        "tmpSecretKey": "...",
        "sessionToken": "IQoJb3...",
        "ttl": 3600,
        "expire": 3600,
        "prefix": "vrfile/release/open_task_original/T-XXXXXXXXXX/pano/1700000000/",
        "app_id": "xxxxxxxxxxxx",
        "bucket": "vrlab-private",
        "region": "ap-northeast-1",
        "host": "https://s3-accelerate.amazonaws.com",
        "is_accelerate": "1",
        "custom_domain": "vrlab-private.s3-accelerate.amazonaws.com",
        "custom_scheme": "https",
        "download_type": "presign",
        "download_host": "",
        "backup": None,
    }
    return PanoUploadToken.from_dict({**seed, **fields})


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, S3Endpoint(None, "virtual", True, "ap-northeast-1")),
        ({"is_accelerate": "0"}, S3Endpoint(None, "virtual", False, "ap-northeast-1")),
        (
            {
                "bucket": "vrlab-1250000000",
                "region": "ap-beijing",
                "is_accelerate": "0",
                "host": "https://vrlab-1250000000.cos.ap-beijing.myqcloud.com",
                "custom_domain": "vrlab-1250000000.cos.ap-beijing.myqcloud.com",
            },
            S3Endpoint("https://cos.ap-beijing.myqcloud.com", "virtual", False, "ap-beijing"),
        ),
        (
            {"custom_domain": "", "custom_scheme": "", "host": "http://127.0.0.1:9000", "is_accelerate": "0"},
            S3Endpoint("http://127.0.0.1:9000", "path", False, "ap-northeast-1"),
        ),
        (
            {"custom_domain": "127.0.0.1:9000", "custom_scheme": "http", "is_accelerate": "1"},
            S3Endpoint("http://127.0.0.1:9000", "path", False, "ap-northeast-1"),
        ),
        (
            {"custom_domain": "storage.example.com", "force_path_style": True},
            S3Endpoint("https://storage.example.com", "path", False, "ap-northeast-1"),
        ),
    ],
    ids=[
        "seed-aws-accelerated",
        "aws",
        "cos-virtual-host",
        "local-host",
        "local-no-acceleration",
        "forced-path",
    ],
)
def test_the_endpoint_comes_from_the_token(fields: dict[str, Any], expected: S3Endpoint) -> None:
    assert s3_endpoint(token(**fields)) == expected
    assert token(**fields).is_accelerate in (PanoIsAccelerate.ENABLED, PanoIsAccelerate.DISABLED)


# Secrets.


class ResponseRecorder(httpx.BaseTransport):
    """Keeps every response body, to know the secrets the API handed out."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self._transport = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._transport.handle_request(request)
        response.read()
        self.bodies.append(response.content)
        return response


def test_debug_logs_of_a_whole_flow_hold_no_secret(
    caplog: pytest.LogCaptureFixture, sandbox_process: dict[str, Any], tmp_path: Path
) -> None:
    """pano_to_vr from check to VR URL, the upload credentials expiring mid-upload (s3transfer logs
    the failed parts' tracebacks), every record formatted whole: message, traceback, stack."""
    api = sandbox_process["api"]
    controls = HttpControls(api)
    controls.reset()
    controls.configure(upload_ttl=60)
    responses = ResponseRecorder()
    caplog.set_level(logging.DEBUG)  # every logger: vrlive, httpx, httpcore, botocore, s3transfer
    with Realsee(**REALSEE, base_url=api, transport=responses) as realsee:
        result = realsee.pano_to_vr(
            folder(tmp_path / "church", noise=True, width=2048, height=1024),
            transfer_config=SMALL_PARTS,
            on_progress=expiring_credentials(controls),
            interval=0.01,
            on_poll=lambda status: controls.advance(5),
        )
    assert result.vr_url is not None
    handed_out: list[str] = [REALSEE["app_secret"]]
    for body in responses.bodies:
        data = json.loads(body).get("data") or {}
        handed_out += [
            data[k] for k in ("access_token", "tmpSecretId", "tmpSecretKey", "sessionToken") if k in data
        ]
    assert len(handed_out) >= 8  # the secret, a token, and two sets of upload credentials
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    captured = "\n".join(formatter.format(record) for record in caplog.records)
    names = {record.name for record in caplog.records}
    assert {"botocore.auth", "botocore.endpoint", "httpx", "vrlive"} <= names
    assert any(name.startswith("s3transfer") for name in names)
    assert "Traceback (most recent call last)" in captured  # s3transfer's, for the expired parts
    for secret in handed_out:
        assert secret not in captured
    assert "Signature=[redacted]" in captured  # botocore logged the S3 requests' signatures...
    assert "Signature:\n[redacted]" in captured  # ...in its headers and on their own
    assert not re.search(r"Signature[=:]\s*[0-9a-f]{64}", captured)  # ...and none got through


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_proxy_given_to_the_facade_carries_the_upload_too(
    small_folder: Path, sandbox: Sandbox, controls: SandboxControls, flavour: str
) -> None:
    with ForwardProxy() as proxy:
        if flavour == "sync":
            with Realsee(proxy=proxy.url) as realsee:
                realsee.pano_to_vr(small_folder, wait=False)
        else:

            async def run() -> None:
                async with AsyncRealsee(proxy=proxy.url) as realsee:
                    await realsee.pano_to_vr(small_folder, wait=False)

            asyncio.run(run())
    store = urlsplit(sandbox.s3_url).netloc
    to_the_store = [seen for seen in proxy.seen if urlsplit(seen.split(" ", 1)[1]).netloc == store]
    methods = sorted({seen.split(" ")[0] for seen in to_the_store})
    assert methods == ["POST", "PUT"]  # the multipart upload begun, a part sent, completed
    assert len(to_the_store) == 3
    api = [seen for seen in proxy.seen if seen not in to_the_store]
    assert [urlsplit(seen.split(" ", 1)[1]).path for seen in api] == [
        "/auth/access_token",
        "/open/v1/pano/file/token",
        "/open/v1/pano/task/submit",
    ]
