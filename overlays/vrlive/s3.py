"""The boto3 side of an upload: the S3 client of an upload token, a package as s3transfer's files,
and what a transfer is watched with.

boto3, botocore and s3transfer take about 175 ms and 15 MB to import, so only `vrlive.upload`
imports this module, when an upload (or a presigned URL) is made: ``import vrlive`` and the
facades load none of them.
"""

from __future__ import annotations

import functools
import threading
from typing import IO, TYPE_CHECKING, Any, Final, cast

import boto3
from boto3.s3.transfer import ProgressCallbackInvoker, TransferConfig, create_transfer_manager
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from s3transfer.subscribers import BaseSubscriber
from s3transfer.utils import OSUtils

from realsee_client.models import PanoUploadToken
from vrlive.logs import register_secret
from vrlive.pano import PanoPackage
from vrlive.upload import EXPIRED_CODES, s3_endpoint
from vrlive.zipstream import ReadLog

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

STORE_ERRORS: Final = (ClientError, BotoCoreError)
"""What a call to the store raises when the store refused it or could not be reached."""


class PackageFiles(OSUtils):
    """s3transfer's file access, answering for one package as if it were a file.

    s3transfer asks for a file's size and opens it once per part, seeking to the part; each
    part thus reads its own `ZipStream` while it is being sent, logging
    what it reads in ``log``.
    """

    def __init__(self, package: PanoPackage, log: ReadLog | None = None) -> None:
        self._package = package
        self._log = log

    def get_file_size(self, filename: str) -> int:
        return self._package.size

    def open(self, filename: str, mode: str) -> IO[Any]:
        if "r" not in mode or "+" in mode or "w" in mode or "a" in mode:
            raise ValueError(f"a package is read-only, not opened with {mode!r}")
        return cast(IO[Any], self._package.open(self._log))

    @classmethod
    def is_special_file(cls, filename: str) -> bool:
        return False


class TransferDone(BaseSubscriber):
    """Sets an event once a transfer is done, however it ended."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def on_done(self, future: Any, **_: Any) -> None:
        self.event.set()


_session_lock = threading.Lock()


@functools.cache
def _shared_session() -> boto3.session.Session:
    """One boto3 session for every client this process makes: a new session loads and parses the
    S3 service model again (0.14 s of CPU, against 0.02 s for a client of a session that has it),
    which a batch paid for every folder. Called under ``_session_lock``."""
    return boto3.session.Session()


def s3_client(
    token: PanoUploadToken, *, max_pool_connections: int = 10, proxy: str | None = None
) -> S3Client:
    """A boto3 S3 client with the token's temporary credentials, endpoint and addressing; through
    ``proxy`` when one is given (else the environment's, as boto3 reads it)."""
    register_secret(token.tmp_secret_id, token.tmp_secret_key, token.session_token)
    endpoint = s3_endpoint(token)
    config = Config(
        region_name=endpoint.region,
        signature_version="s3v4",  # presigned URLs too (boto3 presigns with SigV2 unless told)
        s3={"addressing_style": endpoint.addressing_style, "use_accelerate_endpoint": endpoint.accelerate},
        retries={"mode": "standard", "max_attempts": 5},
        max_pool_connections=max_pool_connections,
        proxies={"http": proxy, "https": proxy} if proxy else None,
    )
    with _session_lock:  # a session is not thread-safe; the clients it makes are
        client: S3Client = _shared_session().client(
            "s3",
            endpoint_url=endpoint.endpoint_url,
            aws_access_key_id=token.tmp_secret_id,
            aws_secret_access_key=token.tmp_secret_key,
            aws_session_token=token.session_token,
            config=config,
        )
    return client


def expired(error: BaseException) -> bool:
    """Whether the store refused a call because the token's credentials ran out."""
    return isinstance(error, ClientError) and error.response.get("Error", {}).get("Code") in EXPIRED_CODES


__all__ = [
    "STORE_ERRORS",
    "BotoCoreError",
    "ClientError",
    "PackageFiles",
    "ProgressCallbackInvoker",
    "TransferConfig",
    "TransferDone",
    "create_transfer_manager",
    "expired",
    "s3_client",
]
