"""Object storage for the panorama flow: a moto S3 server, and fronts that expire credentials.

moto's server mode is a real S3-protocol endpoint. Clients never talk to it directly: their
upload credentials name two fronts, which forward every request to moto, streaming bodies both
ways, after one check moto does not make: temporary credentials the sandbox issued expire on the
sandbox clock, and an expired key gets S3's own ``ExpiredToken``.

- The service endpoint (the token's ``host``) takes path-style requests, ``/BUCKET/KEY``.
- The bucket's own host (the token's ``custom_domain``, as Realsee's
  ``vrlab-private.s3-accelerate.amazonaws.com`` is) serves the bucket at its root, ``/KEY``.
  Realsee's real bucket hosts have the bucket in their name, which needs a name that resolves
  to 127.0.0.1 (``vrlab-private.localhost`` does not everywhere); the sandbox's is its own port
  instead. A client that takes it for a service endpoint and sends ``/BUCKET/KEY`` reaches the
  same object (a key under an upload prefix never starts with the bucket's name).

Neither moto nor the fronts answer web pages of other sites (`vrlive_sandbox.browsers`), and
moto sends no CORS headers and does not serve its own API (``/moto-api``, which lists the
issued temporary keys).
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import re
import socket
import threading
from collections.abc import Callable, Mapping
from http.server import ThreadingHTTPServer
from typing import IO, TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urlsplit
from xml.sax.saxutils import escape

import boto3
from attrs import field, frozen
from botocore.config import Config as BotoConfig
from botocore.exceptions import ClientError
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import BaseWSGIServer, make_server

from vrlive_sandbox.browsers import cross_site, own_hosts, own_names
from vrlive_sandbox.clock import Clock
from vrlive_sandbox.http import KeepAliveHandler, request_body

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_s3.literals import BucketLocationConstraintType
    from mypy_boto3_sts import STSClient

_CREDENTIAL = re.compile(r"Credential=([A-Z0-9]+)/")
_QUERY_CREDENTIAL = re.compile(r"(?:^|&)X-Amz-Credential=([A-Z0-9]+)(?:%2F|/)")
_CHUNK = 1024 * 1024
_ADMIN_KEY = "sandbox-admin"  # moto accepts any key; the sandbox's own calls use this one


@frozen
class UploadCredentials:
    """Temporary credentials, as moto's STS minted them."""

    access_key_id: str = field(repr=False)
    secret_access_key: str = field(repr=False)
    session_token: str = field(repr=False)
    expires_at: float


class Storage:
    """moto (S3 and STS) plus the expiring front; the bucket exists from the start."""

    def __init__(
        self,
        clock: Clock,
        bucket: str,
        region: str,
        host: str = "127.0.0.1",
        public_reads: Callable[[], bool] = lambda: False,
    ) -> None:
        self.clock = clock
        self.public_reads = public_reads
        """Whether anonymous GETs may read objects (the download-host mode of a public bucket)."""
        self.bucket = bucket
        self.region = region
        self._host = host
        self._moto: BaseWSGIServer | None = None
        self._front: _Front | None = None
        self._bucket_front: _Front | None = None
        self._issued: dict[str, tuple[float, str]] = {}  # access key id: (expiry, session token)
        self._lock = threading.Lock()

    def start(self) -> None:
        # moto's server logs every request through werkzeug; the sandbox keeps its own log.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        moto = _ClosedToBrowsers(DomainDispatcherApplication(create_backend_app), self._host)
        self._moto = make_server(self._host, 0, moto, threaded=True, request_handler=MotoRequestHandler)
        self._front = _Front(self, self._host, bucket_root=None)
        self._bucket_front = _Front(self, self._host, bucket_root=self.bucket)
        for name, server in (
            ("sandbox-moto", self._moto),
            ("sandbox-s3-front", self._front),
            ("sandbox-bucket-host", self._bucket_front),
        ):
            threading.Thread(target=server.serve_forever, name=name, daemon=True).start()
        location = cast("BucketLocationConstraintType", self.region)
        self._s3().create_bucket(
            Bucket=self.bucket, CreateBucketConfiguration={"LocationConstraint": location}
        )

    def stop(self) -> None:
        for server in (self._front, self._bucket_front, self._moto):
            if server is not None:
                server.shutdown()
                server.server_close()

    @property
    def moto_url(self) -> str:
        """moto's own address, for the sandbox's calls (clients get the fronts')."""
        assert self._moto is not None, "start() the storage first"
        host, port = self._moto.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def url(self) -> str:
        """The S3 service endpoint clients use (path style: ``/BUCKET/KEY``)."""
        assert self._front is not None, "start() the storage first"
        return self._front.url

    @property
    def bucket_url(self) -> str:
        """The bucket's own host: it serves the bucket's objects at ``/KEY``."""
        assert self._bucket_front is not None, "start() the storage first"
        return self._bucket_front.url

    def key_of(self, url: str) -> str | None:
        """The key of the object a front's ``url`` addresses (None when it is not a front's)."""
        parts = urlsplit(url)
        path = unquote(parts.path)
        if self._bucket_front is not None and parts.netloc == urlsplit(self.bucket_url).netloc:
            return self._bucket_front.moto_path(path).removeprefix(f"/{self.bucket}/")
        if parts.netloc == urlsplit(self.url).netloc:
            return path.lstrip("/").partition("/")[2]
        return None

    def _s3(self) -> S3Client:
        return boto3.client(
            "s3",
            endpoint_url=self.moto_url,
            region_name=self.region,
            aws_access_key_id=_ADMIN_KEY,
            aws_secret_access_key=_ADMIN_KEY,
            config=BotoConfig(s3={"addressing_style": "path"}),
        )

    def issue(self, ttl: float) -> UploadCredentials:
        """Fresh temporary credentials (moto STS ``AssumeRole``) that expire after ``ttl`` sandbox seconds."""
        sts: STSClient = boto3.client(
            "sts",
            endpoint_url=self.moto_url,
            region_name=self.region,
            aws_access_key_id=_ADMIN_KEY,
            aws_secret_access_key=_ADMIN_KEY,
        )
        issued = sts.assume_role(
            RoleArn="arn:aws:iam::123456789012:role/vrlive-sandbox-upload",
            RoleSessionName="vrlive-sandbox",
            DurationSeconds=max(900, int(ttl)),
        )["Credentials"]
        credentials = UploadCredentials(
            access_key_id=issued["AccessKeyId"],
            secret_access_key=issued["SecretAccessKey"],
            session_token=issued["SessionToken"],
            expires_at=self.clock.now() + ttl,
        )
        with self._lock:
            self._issued[credentials.access_key_id] = (credentials.expires_at, credentials.session_token)
        return credentials

    def access_problem(self, access_key_id: str | None, writes: bool) -> tuple[int, str, str] | None:
        """Why the front refuses a request, as (status, S3 error code, message); None to let it through."""
        if access_key_id is None:
            if writes or not self.public_reads():
                return 403, "AccessDenied", "Access Denied"
            return None
        with self._lock:
            expires_at = self._issued.get(access_key_id, (None, ""))[0]
        if expires_at is None:
            return (
                403,
                "InvalidAccessKeyId",
                "The AWS Access Key Id you provided does not exist in our records.",
            )
        if self.clock.now() >= expires_at:
            return 400, "ExpiredToken", "The provided token has expired."
        return None

    def presign_problem(self, query: Mapping[str, str]) -> str | None:
        """Why a URL's query is not a presigned GET (SigV4) made with credentials issued here; None
        when it is. Expiry is the front's to judge, when the URL is fetched."""
        for name in ("X-Amz-Signature", "X-Amz-Credential", "X-Amz-Algorithm", "X-Amz-Expires"):
            if not query.get(name):
                return f"{name} is missing"
        if query["X-Amz-Algorithm"] != "AWS4-HMAC-SHA256":
            return f"X-Amz-Algorithm is {query['X-Amz-Algorithm']!r}, not AWS4-HMAC-SHA256"
        if not re.fullmatch(r"[0-9a-f]{64}", query["X-Amz-Signature"]):
            return "X-Amz-Signature is not a SigV4 signature"
        access_key_id = query["X-Amz-Credential"].split("/")[0]
        with self._lock:
            issued = self._issued.get(access_key_id)
        if issued is None:
            return f"X-Amz-Credential names {access_key_id}, which was never issued"
        if query.get("X-Amz-Security-Token") != issued[1]:
            return f"X-Amz-Security-Token is not the session token issued with {access_key_id}"
        return None

    def exists(self, key: str) -> bool:
        try:
            self._s3().head_object(Bucket=self.bucket, Key=key)
        except ClientError:
            return False
        return True

    def keys(self) -> list[str]:
        """Every object's key in the bucket, in order."""
        s3 = self._s3()
        pages = s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def uploads_in_progress(self) -> list[str]:
        """The keys of multipart uploads begun and neither completed nor aborted."""
        uploads = self._s3().list_multipart_uploads(Bucket=self.bucket).get("Uploads", [])
        return sorted(upload["Key"] for upload in uploads)

    def download(self, key: str, into: IO[bytes]) -> None:
        """Stream an object into a file."""
        self._s3().download_fileobj(self.bucket, key, into)

    def presigned_path(self, path: str) -> str:
        """A path-and-query on moto that reads the object at ``path`` (``/bucket/key``) as the admin."""
        bucket, _, key = path.lstrip("/").partition("/")
        url = self._s3().generate_presigned_url(
            "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=300
        )
        parts = urlsplit(url)
        return f"{parts.path}?{parts.query}"

    def reset(self) -> None:
        """Empty the bucket and forget issued credentials."""
        s3 = self._s3()
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket):
            for item in page.get("Contents", []):
                s3.delete_object(Bucket=self.bucket, Key=item["Key"])
        for upload in s3.list_multipart_uploads(Bucket=self.bucket).get("Uploads", []):
            s3.abort_multipart_upload(Bucket=self.bucket, Key=upload["Key"], UploadId=upload["UploadId"])
        with self._lock:
            self._issued.clear()


class _ClosedToBrowsers:
    """moto's WSGI application, closed to web pages: no request from another site or through a
    name that is not the sandbox's, no ``/moto-api``, no CORS headers in its answers."""

    def __init__(self, app: Any, host: str) -> None:
        self._app = app
        self._names = own_names(host)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        headers = {
            key[5:].replace("_", "-").lower(): str(value)
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        host = headers.get("host", "")
        # moto sees the Host the client sent a front (whose port is not moto's): the name must be ours.
        name = host.rsplit(":", 1)[0] if host.rsplit(":", 1)[-1].isdigit() else host
        problem = cross_site({**headers, "host": name}, self._names)
        if problem is None and str(environ.get("PATH_INFO", "")).startswith("/moto-api"):
            problem = "moto's own API is not served by the sandbox"
        if problem is not None:
            body = _s3_error("AccessDenied", problem)
            start_response(
                "403 Forbidden", [("Content-Type", "application/xml"), ("Content-Length", str(len(body)))]
            )
            return [body]

        def start(status: str, response_headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            kept = [
                (name, value)
                for name, value in response_headers
                if not name.lower().startswith("access-control-")
            ]
            return start_response(status, kept, exc_info)

        return self._app(environ, start)


def _s3_error(code: str, message: str) -> bytes:
    document = f"<Error><Code>{code}</Code><Message>{escape(message)}</Message></Error>"
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{document}'.encode()


class _Front(ThreadingHTTPServer):
    """An S3 address clients use: the service endpoint, or (``bucket_root``) the bucket's host."""

    daemon_threads = True

    def __init__(self, storage: Storage, host: str, bucket_root: str | None) -> None:
        self.storage = storage
        self.bucket_root = bucket_root
        super().__init__((host, 0), _FrontHandler)
        self.hosts = own_hosts(host, self.server_address[1])

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def moto_path(self, target: str) -> str:
        """Where moto finds what a request target (path and query) of this front addresses."""
        if self.bucket_root is None:
            return target
        path, mark, query = target.partition("?")
        bucket = f"/{self.bucket_root}"
        if path == bucket or path.startswith(bucket + "/"):  # a client that addresses it path style
            return target
        return f"{bucket}{path if path != '/' else ''}{mark}{query}"


class _FrontHandler(KeepAliveHandler):
    server: _Front

    def _forward(self) -> None:
        storage = self.server.storage
        foreign = cross_site({name.lower(): value for name, value in self.headers.items()}, self.server.hosts)
        if foreign is not None:
            self._refuse(403, "AccessDenied", foreign)
            return
        target = self.server.moto_path(self.path)
        authorization = self.headers.get("Authorization", "")
        found = _CREDENTIAL.search(authorization) or _QUERY_CREDENTIAL.search(self.path.partition("?")[2])
        problem = storage.access_problem(
            found.group(1) if found else None, self.command not in ("GET", "HEAD")
        )
        if problem is not None:
            self._refuse(*problem)
            return
        # An anonymous read reaching here is a public download: moto serves it to the bucket's owner.
        path = target if found else storage.presigned_path(urlsplit(target).path)
        host, port = storage.moto_url.removeprefix("http://").split(":")
        upstream = http.client.HTTPConnection(host, int(port), timeout=300)
        try:
            self._send_upstream(upstream, path)
            self._relay(upstream.getresponse())
        except (OSError, http.client.HTTPException):
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
        finally:
            upstream.close()

    def _refuse(self, status: int, code: str, message: str) -> None:
        """Answer with an S3 error document (after reading the body the client sent)."""
        for _ in request_body(self):
            pass
        body = _s3_error(code, message)
        self.send_response(status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_upstream(self, upstream: http.client.HTTPConnection, path: str) -> None:
        """The client's request, headers and streamed body, to moto."""
        upstream.putrequest(self.command, path, skip_host=True, skip_accept_encoding=True)
        chunked = self.headers.get("Transfer-Encoding", "").lower() == "chunked"
        for name, value in self.headers.items():
            if name.lower() not in ("connection", "keep-alive", "proxy-connection"):
                upstream.putheader(name, value)
        upstream.endheaders()
        for piece in request_body(self):
            upstream.send(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece)
        if chunked:
            upstream.send(b"0\r\n\r\n")

    def _relay(self, answer: http.client.HTTPResponse) -> None:
        """moto's answer, streamed back to the client."""
        self.send_response(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() not in ("connection", "keep-alive", "transfer-encoding", "server", "date"):
                self.send_header(name, value)
        if answer.getheader("Content-Length") is None and self.command != "HEAD":
            data = answer.read()
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        self.end_headers()
        while piece := answer.read(_CHUNK):
            self.wfile.write(piece)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _forward

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""
