"""Uploading panorama packages with the temporary S3 credentials Realsee hands out.

Realsee's upload token (``GET /open/v1/pano/file/token``) names an S3-protocol store: AWS S3 for
the global region, Tencent COS for China (api-notes). The endpoint therefore comes from the
token (``custom_scheme``://``custom_domain``, else ``host``), never from assumptions about AWS:

- an AWS domain: boto3 builds the endpoint from the region, with transfer acceleration when the
  token says ``is_accelerate: "1"``;
- a domain that starts with the bucket's name (COS, virtual-hosted S3): the rest of it is the
  service endpoint, addressed virtual-host style;
- anything else (a local emulator, a gateway): the domain itself, path style.

Packages go up through boto3's managed transfer (``create_transfer_manager``: multipart,
concurrent parts, byte progress) the way it uploads a file by name: each part is read lazily by
the thread that sends it, here from its own stream of the package (`PackageFiles`). So
memory stays flat and the images are read in parallel, with no archive on disk; handing boto3
the stream as a file object instead would make it read every part into memory first. When the
credentials expire before the upload is done, a fresh token is fetched, the package is uploaded
again under the new token's prefix, and the first multipart upload is aborted with the new
credentials (its own could no longer abort it). A ``cancel`` event set while the upload runs aborts
it too; a ``proxy`` carries the store's requests as it carries the API's.

The archive is always sent as a multipart upload, even in one part: the object exists only once
CompleteMultipartUpload is sent, and that is sent only after every image's bytes, as the parts
read them, were found to match the CRC-32 written for it (`ReadLog`).
A mismatch aborts the upload and raises `SourceChangedError`.
"""

from __future__ import annotations

import copy
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import quote, urlsplit

from attrs import frozen

from realsee_client.models import PanoDownloadType, PanoIsAccelerate, PanoUploadToken, SubmitPanoTaskRequest
from vrlive.errors import UploadCancelledError, UploadError
from vrlive.logs import logger, redact
from vrlive.pano import PanoPackage, Progress, ProgressCallback
from vrlive.zipstream import ReadLog

if TYPE_CHECKING:
    from boto3.s3.transfer import TransferConfig
    from botocore.exceptions import ClientError
    from mypy_boto3_s3 import S3Client

MB: Final = 1024 * 1024
EXPIRED_CODES: Final = frozenset(
    {"ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired"}
)
"""S3 error codes that mean the temporary credentials ran out (a fresh token fixes them)."""


def default_transfer_config() -> TransferConfig:
    """16 MB parts, 8 at a time, through boto3's classic transfer manager (the one that takes our
    `PackageFiles`; the CRT manager reads files by itself)."""
    from vrlive.s3 import TransferConfig  # noqa: PLC0415 - boto3 loads with the first upload

    return TransferConfig(
        multipart_threshold=16 * MB,
        multipart_chunksize=16 * MB,
        max_concurrency=8,
        use_threads=True,
        preferred_transfer_client="classic",
    )


@frozen
class S3Endpoint:
    """How to reach the bucket of an upload token."""

    endpoint_url: str | None
    """None: boto3's own AWS endpoint for the region."""
    addressing_style: Literal["path", "virtual", "auto"]
    accelerate: bool
    region: str


def s3_endpoint(token: PanoUploadToken) -> S3Endpoint:
    """Where and how to send an upload token's requests (see the module's notes)."""
    scheme = token.custom_scheme or urlsplit(token.host).scheme or "https"
    domain = token.custom_domain or urlsplit(token.host if "://" in token.host else f"//{token.host}").netloc
    host = domain.split(":")[0].lower()
    accelerate = token.is_accelerate == PanoIsAccelerate.ENABLED
    if host == "amazonaws.com" or host.endswith(".amazonaws.com"):
        style: Literal["path", "virtual", "auto"] = "path" if token.force_path_style is True else "virtual"
        return S3Endpoint(None, style, accelerate, token.region)
    if token.force_path_style is True:
        return S3Endpoint(f"{scheme}://{domain}", "path", accelerate=False, region=token.region)
    if host.startswith(f"{token.bucket.lower()}."):
        return S3Endpoint(f"{scheme}://{domain[len(token.bucket) + 1 :]}", "virtual", False, token.region)
    return S3Endpoint(f"{scheme}://{domain}", "path", accelerate=False, region=token.region)


@frozen
class UploadedPackage:
    """Where a package landed, and how a task submission refers to it.

    Attributes:
        bucket, key: The object.
        size: Its size in bytes.
        download_url: When the token named a ``download_host``: the object's URL, submitted as
            ``zip_cos_url`` (with ``download_type: presign``, a URL presigned with the token's
            credentials, which works as long as they do: at most their ``ttl`` from when the
            token was issued); otherwise None and the key is submitted as
            ``private_cos_key``.
    """

    bucket: str
    key: str
    size: int
    download_url: str | None

    def submission(self, project_name: str) -> SubmitPanoTaskRequest:
        """The submit request for this object: ``zip_cos_url`` or ``private_cos_key`` (exactly one)."""
        if self.download_url is not None:
            return SubmitPanoTaskRequest(project_name=project_name, zip_cos_url=self.download_url)
        return SubmitPanoTaskRequest(project_name=project_name, private_cos_key=self.key)


PRESIGNED_MOST_SECONDS: Final = 7 * 24 * 3600
"""The longest a SigV4 presigned URL may be valid."""


def download_url(token: PanoUploadToken, key: str, client: S3Client | None = None) -> str | None:
    """The URL to submit as ``zip_cos_url`` for ``key``; None without a ``download_host`` (then
    the key goes as ``private_cos_key``).

    ``download_type: direct`` (a public bucket): the download host's URL of the key.
    ``download_type: presign`` (a private bucket): the object presigned (SigV4) with the token's
    credentials on the bucket's own endpoint (a bare URL would be refused). It asks for their
    ``ttl``, but works only as long as the credentials do, which started counting when the token
    was issued: Realsee must fetch it before then, so submit right after the upload (as
    ``pano_to_vr`` does).
    """
    if not token.download_host:
        return None
    if token.download_type == PanoDownloadType.PRESIGN:
        from vrlive.s3 import s3_client  # noqa: PLC0415 - boto3 loads with the first upload

        signer = client if client is not None else s3_client(token)
        expires = max(1, min(token.ttl, PRESIGNED_MOST_SECONDS))
        params = {"Bucket": token.bucket, "Key": key}
        return signer.generate_presigned_url("get_object", Params=params, ExpiresIn=expires)
    base = token.download_host if "://" in token.download_host else f"https://{token.download_host}"
    return f"{base.rstrip('/')}/{quote(key, safe='/')}"


def object_name(project_name: str) -> str:
    """A file name for a package, from its project name: ``prefix`` + this is the key."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", project_name).strip("-.")
    return f"{stem or 'panoramas'}.zip"


class _ProgressCounter:
    """s3transfer's byte counts (from worker threads, negative when a part is retried) as totals."""

    def __init__(self, total: int, on_progress: ProgressCallback | None) -> None:
        self.total, self.done = total, 0
        self._on_progress = on_progress
        self._lock = threading.Lock()

    def __call__(self, count: int) -> None:
        with self._lock:
            self.done = max(0, self.done + count)
            if self._on_progress is not None:
                self._on_progress(Progress("uploading", self.done, self.total))


@frozen
class _Multipart:
    """A multipart upload begun: what aborting it takes."""

    bucket: str
    key: str
    upload_id: str


class _Started:
    """The multipart upload a client began (botocore's ``after-call`` event of CreateMultipartUpload)."""

    def __init__(self) -> None:
        self.upload: _Multipart | None = None

    def __call__(self, *, parsed: dict[str, Any], model: Any = None, **_: Any) -> None:
        if parsed.get("UploadId"):
            self.upload = _Multipart(parsed["Bucket"], parsed["Key"], parsed["UploadId"])


def _abort(client: S3Client, upload: _Multipart) -> None:
    """Abort a multipart upload another attempt superseded; a failure is logged, not raised (the
    bucket's lifecycle rules remove what is left)."""
    from vrlive.s3 import STORE_ERRORS  # noqa: PLC0415 - loaded by the upload that calls this

    try:
        client.abort_multipart_upload(Bucket=upload.bucket, Key=upload.key, UploadId=upload.upload_id)
    except STORE_ERRORS as error:
        logger.warning(
            "could not abort the superseded upload s3://%s/%s (%s): %s",
            upload.bucket, upload.key, upload.upload_id, redact(str(error)),
        )  # fmt: skip
    else:
        logger.info("aborted the superseded upload s3://%s/%s", upload.bucket, upload.key)


def upload_package(
    package: PanoPackage,
    fetch_token: Callable[[], PanoUploadToken],
    *,
    name: str | None = None,
    transfer_config: TransferConfig | None = None,
    on_progress: ProgressCallback | None = None,
    max_restarts: int = 2,
    cancel: threading.Event | None = None,
    proxy: str | None = None,
) -> UploadedPackage:
    """Stream ``package`` to the store under a fresh upload token's prefix.

    Args:
        fetch_token: Fetches an upload token (``Realsee.upload_token``); called once, and again
            when the credentials expire before the upload is done (up to ``max_restarts`` times).
        name: The object's file name; the key is the token's ``prefix`` + this. Defaults to
            `object_name()` of the project name.
        transfer_config: boto3's managed-transfer settings; `default_transfer_config()`.
        on_progress: Called with ``Progress("uploading", done, total)`` as bytes go out.
        cancel: Setting this event aborts the upload (the parts in flight end first).
        proxy: A proxy URL for the store's requests (else the environment's).

    Raises:
        UploadError: The store refused it, or could not be reached.
        UploadCancelledError: ``cancel`` was set: the upload was aborted, nothing was stored.
        SourceChangedError: An image changed after it was checked: the upload was aborted before
            it was completed, nothing was stored.
    """
    from vrlive import s3  # noqa: PLC0415 - boto3 loads with the first upload

    # Multipart whatever the size: a PutObject would store the archive before it could be checked.
    config = copy.copy(transfer_config or default_transfer_config())
    config.multipart_threshold = 0
    file_name = name or object_name(package.project_name)
    superseded: _Multipart | None = None
    for attempt in range(max_restarts + 1):
        token = fetch_token()
        key = token.prefix + file_name
        counter = _ProgressCounter(package.size, on_progress)
        counter(0)
        connections = max(10, config.max_request_concurrency)
        client = s3.s3_client(token, max_pool_connections=connections, proxy=proxy)
        if superseded is not None:
            _abort(client, superseded)
            superseded = None
        log, started, done = ReadLog(), _Started(), s3.TransferDone()
        client.meta.events.register(
            "before-call.s3.CompleteMultipartUpload", _verify_before_completing(log, package)
        )
        client.meta.events.register("after-call.s3.CreateMultipartUpload", started)
        logger.info("uploading %s (%d bytes) to s3://%s/%s", package.folder, package.size, token.bucket, key)
        try:
            with s3.create_transfer_manager(client, config, osutil=s3.PackageFiles(package, log)) as manager:
                future = manager.upload(
                    f"{package.folder}.zip",
                    token.bucket,
                    key,
                    subscribers=[s3.ProgressCallbackInvoker(counter), done],
                )
                # Raised inside the manager, the cancellation makes it abort the multipart upload.
                while cancel is not None and not done.event.wait(0.05):
                    if cancel.is_set():
                        raise UploadCancelledError(token.bucket, key)
                future.result()
            url = download_url(token, key, client)  # presigned, when it must be, with these keys
        except s3.ClientError as error:
            if s3.expired(error) and attempt < max_restarts:
                logger.warning("upload credentials expired after %d bytes; starting again", counter.done)
                superseded = started.upload  # its own credentials cannot abort it: the next ones do
                continue
            raise _upload_error(error, token.bucket, key) from None
        except s3.BotoCoreError as error:
            message = redact(f"uploading to s3://{token.bucket}/{key} failed: {error}")
            raise UploadError(message, bucket=token.bucket, key=key) from None
        finally:
            client.close()
        logger.info("uploaded s3://%s/%s", token.bucket, key)
        return UploadedPackage(token.bucket, key, package.size, url)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _verify_before_completing(log: ReadLog, package: PanoPackage) -> Callable[..., None]:
    """A botocore handler: raising it keeps CompleteMultipartUpload from being sent, and s3transfer
    then aborts the upload."""

    def verify(**_: Any) -> None:
        log.verify(package.layout.entries)

    return verify


def _upload_error(error: ClientError, bucket: str, key: str) -> UploadError:
    details = error.response.get("Error", {})
    code = details.get("Code")
    message = details.get("Message") or str(code)
    text = redact(f"the store refused s3://{bucket}/{key}: {code} ({message})")
    return UploadError(text, bucket=bucket, key=key, code=code)
