"""Realsee and AsyncRealsee, the facades over ``realsee_client``: the access token, retries,
every operation as a resource method, and the panorama-to-VR flow.

Usage::

    from vrlive import Realsee

    with Realsee() as realsee:  # REALSEE_APP_KEY, REALSEE_APP_SECRET, REALSEE_REGION / REALSEE_BASE_URL
        result = realsee.pano_to_vr("./church/")  # check, stream to S3, submit, wait
        status = realsee.pano.get_pano_task_status(task_code=result.task_code)

[`AsyncRealsee`][vrlive.realsee.AsyncRealsee] has the same resources and methods, awaited. The steps of
``pano_to_vr`` are public too: `build_package()` (from `vrlive.pano`), ``upload_pano``,
``submit_pano`` and ``wait_for_task``.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, Literal, TypedDict, TypeVar, Unpack, overload

from attrs import frozen

from realsee_client import AuthenticatedClient, Client
from realsee_client.api.auth import get_access_token
from realsee_client.envelope import ENVELOPE
from realsee_client.models import (
    AccessTokenRequest,
    PanoTaskStatus,
    PanoTaskSubmission,
    PanoUploadToken,
)
from realsee_client.resources import AsyncResources, Resources
from realsee_client.servers import REGIONS
from realsee_client.waiters import WAIT_FOR_TASK, AsyncWaiters, WaiterHooks, Waiters
from vrlive import clock as timing
from vrlive.auth import RefreshingTokenAuth, Token
from vrlive.config import plain_http_host
from vrlive.errors import (
    PackageError,
    TaskFailedError,
    TaskTimeoutError,
    TokenExpiredError,
    UploadError,
    WaitTimeoutError,
)
from vrlive.facade import ConnectionOptions, Facade, Setting, Vendor
from vrlive.logs import logger, register_secret
from vrlive.pano import PanoPackage, Problem, Progress, ProgressCallback, build_package
from vrlive.upload import UploadedPackage, upload_package
from vrlive_core.waiters import Hooks

if TYPE_CHECKING:
    from boto3.s3.transfer import TransferConfig

_TASK_SCHEDULE = WAIT_FOR_TASK.schedule
POLL_INTERVAL, POLL_BACKOFF = _TASK_SCHEDULE.interval, _TASK_SCHEDULE.backoff
POLL_MAX_INTERVAL, POLL_TIMEOUT = _TASK_SCHEDULE.max_interval, _TASK_SCHEDULE.timeout
"""Polling a task, as the spec's ``wait_for_task`` waiter declares it: from 5 s, x1.5 after each
poll, up to 30 s, for 30 minutes."""
FAILURE_REASON_FIELDS = (
    "reason", "fail_reason", "failed_reason", "failure_reason",
    "error_msg", "err_msg", "error_message", "message", "msg", "error",
)  # fmt: skip
"""Where a failed status may say why. Realsee documents none (its failed example carries only
``project_id``, ``status`` and ``vr_url``; its own tool keeps the whole ``data``), so these
undocumented fields are read, first found first, and the whole status is kept as ``last_state``."""


def failure_reason(status: PanoTaskStatus) -> str | None:
    """Why a task failed, from the first of `FAILURE_REASON_FIELDS` its status carries."""
    for name in FAILURE_REASON_FIELDS:
        value = status.additional_properties.get(name)
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


VrUrl = TypeVar("VrUrl", str, None, str | None)


@frozen
class PanoResult(Generic[VrUrl]):
    """What [`Realsee.pano_to_vr()`][vrlive.realsee.Realsee.pano_to_vr] did: the task, the uploaded object,
    and the VR space's URL.

    ``pano_to_vr(folder)`` waits and returns a ``PanoResult[str]``: ``vr_url`` is the VR space's
    URL. ``pano_to_vr(folder, wait=False)`` returns a ``PanoResult[None]`` once the task is
    submitted: resume with [`Realsee.wait_for_task()`][vrlive.realsee.Realsee.wait_for_task] and the
    ``task_code``.
    """

    task_code: str
    project_id: str
    project_name: str
    bucket: str
    key: str
    vr_url: VrUrl


class PanoToVrOptions(TypedDict, total=False):
    """The keyword arguments of ``pano_to_vr`` other than ``wait`` (see its arguments)."""

    manifest: str | os.PathLike[str] | Mapping[str, Any] | None
    project_name: str | None
    interval: float
    max_interval: float
    timeout: float
    on_progress: ProgressCallback | None
    on_poll: Callable[[PanoTaskStatus], None] | None
    transfer_config: TransferConfig | None
    follow_symlinks: bool


def _log_warnings(package: PanoPackage) -> None:
    for warning in package.warnings:
        logger.warning("%s: %s", package.folder, warning)


class RealseeTokenAuth(RefreshingTokenAuth):
    """Realsee's access_token: fetched with the app key and secret, sent raw in ``Authorization``.

    The token call itself goes through ``token_client``, which carries no credentials. Wrong
    credentials (code -1, "illegal app") raise
    [`AuthenticationError`][vrlive_core.errors.AuthenticationError] at once. ``expire_at`` is judged on
    Realsee's clock, from the token response's ``Date`` header.
    """

    def __init__(
        self, app_key: str, app_secret: str, token_client: Client, *, clock: Callable[[], float] = timing.now
    ) -> None:
        super().__init__(envelope=ENVELOPE, refresh_on=TokenExpiredError, clock=clock)
        self._request = AccessTokenRequest(app_key=app_key, app_secret=app_secret)
        self._token_client = token_client
        register_secret(app_secret)

    def fetch(self) -> Token:
        response = get_access_token.sync_detailed(client=self._token_client, body=self._request)
        token = response.unwrap()
        return Token.received(
            token.access_token, token.expire_at, now=self._clock(), headers=response.headers
        )

    async def fetch_async(self) -> Token:
        response = await get_access_token.asyncio_detailed(client=self._token_client, body=self._request)
        token = response.unwrap()
        return Token.received(
            token.access_token, token.expire_at, now=self._clock(), headers=response.headers
        )


def _package(
    folder: str | os.PathLike[str],
    manifest: str | os.PathLike[str] | Mapping[str, Any] | None,
    project_name: str | None,
    on_progress: ProgressCallback | None,
    follow_symlinks: bool,
) -> PanoPackage:
    package = build_package(
        folder,
        manifest=manifest,
        project_name=project_name,
        on_progress=on_progress,
        follow_symlinks=follow_symlinks,
    )
    _log_warnings(package)
    return package


def _result(
    package: PanoPackage, uploaded: UploadedPackage, task: PanoTaskSubmission, vr_url: VrUrl
) -> PanoResult[VrUrl]:
    return PanoResult(
        task.task_code, task.project_id, package.project_name, uploaded.bucket, uploaded.key, vr_url
    )


def _task_failed(status: PanoTaskStatus, arguments: Mapping[str, object]) -> TaskFailedError:
    return TaskFailedError(
        str(arguments["task_code"]), status.project_id, reason=failure_reason(status), last_state=status
    )


def _task_timed_out(
    error: WaitTimeoutError[PanoTaskStatus], arguments: Mapping[str, object]
) -> TaskTimeoutError:
    return TaskTimeoutError(str(arguments["task_code"]), last_state=error.last_state, waited=error.waited)


REALSEE: Final = Vendor(
    name="Realsee",
    settings=(Setting("app_key", "REALSEE_APP_KEY"), Setting("app_secret", "REALSEE_APP_SECRET")),
    regions=REGIONS,
    base_url_variable="REALSEE_BASE_URL",
    region_variable="REALSEE_REGION",
)
"""Realsee's declaration: the app key and secret, its regions (``cn``, the default, and ``global``:
the spec's servers)."""
SCHEME: Final = "AccessToken"
"""The spec's security scheme: the access token, raw in ``Authorization``."""


class _Realsee(Facade[AuthenticatedClient, Client]):
    """What both facades are: Realsee's declaration, its access token and the generated clients."""

    vendor = REALSEE
    waiter_hooks: ClassVar[WaiterHooks] = {
        "wait_for_task": Hooks(failed=_task_failed, timed_out=_task_timed_out)
    }
    """``wait_for_task`` raises TaskFailedError (with Realsee's reason) and TaskTimeoutError."""

    def __init__(
        self,
        app_key: str | None = None,
        app_secret: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        *,
        clock: Callable[[], float] = timing.now,
        **options: Unpack[ConnectionOptions],
    ) -> None:
        """Settings not given as arguments are read from the environment variables named here.

        Args:
            app_key: Else ``REALSEE_APP_KEY``.
            app_secret: Else ``REALSEE_APP_SECRET``.
            region: ``"cn"`` or ``"global"`` (the spec's servers); else ``REALSEE_REGION``, else ``"cn"``.
            base_url: Overrides the region's host; else ``REALSEE_BASE_URL``.
            clock: Unix time now (tests).
            **options: How calls are made, as for every facade (`vrlive.facade.ConnectionOptions`):
                ``max_retries``, ``timeout``, ``deadline``, ``retry_policy``, ``transport``,
                ``async_transport``, ``proxy``, ``max_response_bytes``, ``max_json_depth``.

        Attributes:
            client (AuthenticatedClient): The generated ``realsee_client.AuthenticatedClient`` the
                resources call through (its token handled), for the functional modules of
                ``realsee_client.api``.
        """
        found = self.vendor.read(app_key=app_key, app_secret=app_secret)
        super().__init__(base_url=base_url, region=region, **options)
        self.app_key = found["app_key"]
        url = self.connection.base_url
        exposed = plain_http_host(url)
        if exposed is not None:
            logger.warning(
                "the app_secret goes to %s over plain http: anyone on the way can read it", exposed
            )
        token_client = self.public(self.made(Client(base_url=url), None))
        self._auth = RealseeTokenAuth(self.app_key, found["app_secret"], token_client, clock=clock)
        self.client = self.scheme(
            SCHEME, self.made(AuthenticatedClient(base_url=url, auth=self._auth), self._auth)
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_key={self.app_key!r}, base_url={self.connection.base_url!r})"


class Realsee(_Realsee, Resources, Waiters):
    """The Realsee Open API with its access token handled: ``realsee.auth``, ``realsee.viewing``
    and ``realsee.pano`` hold every operation of the spec, ``pano_to_vr`` the whole panorama flow."""

    # Panorama to VR: package (vrlive.pano), upload, submit, wait.

    def upload_token(self) -> PanoUploadToken:
        """Temporary credentials and a key prefix for one upload (``GET /open/v1/pano/file/token``)."""
        return self.pano.get_pano_upload_token()

    def upload_pano(
        self,
        package: PanoPackage,
        *,
        name: str | None = None,
        transfer_config: TransferConfig | None = None,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> UploadedPackage:
        """Stream a package to Realsee's store (see `vrlive.upload.upload_package()`), through this
        facade's ``proxy`` when it has one; setting ``cancel`` aborts it (`UploadCancelledError`)."""
        return upload_package(
            package,
            self.upload_token,
            name=name,
            transfer_config=transfer_config,
            on_progress=on_progress,
            cancel=cancel,
            proxy=self.connection.proxy,
        )

    def submit_pano(self, uploaded: UploadedPackage, project_name: str) -> PanoTaskSubmission:
        """Start a panorama-to-VR task on an uploaded package (``private_cos_key`` or ``zip_cos_url``)."""
        submitted = self.pano.submit_pano_task(body=uploaded.submission(project_name))
        logger.info("submitted %s: task %s", uploaded.key, submitted.task_code)
        return submitted

    @overload
    def pano_to_vr(
        self,
        folder: str | os.PathLike[str],
        *,
        wait: Literal[True] = True,
        **options: Unpack[PanoToVrOptions],
    ) -> PanoResult[str]: ...

    @overload
    def pano_to_vr(
        self, folder: str | os.PathLike[str], *, wait: Literal[False], **options: Unpack[PanoToVrOptions]
    ) -> PanoResult[None]: ...

    @overload
    def pano_to_vr(
        self, folder: str | os.PathLike[str], *, wait: bool, **options: Unpack[PanoToVrOptions]
    ) -> PanoResult[str] | PanoResult[None]: ...

    def pano_to_vr(
        self,
        folder: str | os.PathLike[str],
        *,
        manifest: str | os.PathLike[str] | Mapping[str, Any] | None = None,
        project_name: str | None = None,
        wait: bool = True,
        interval: float = POLL_INTERVAL,
        max_interval: float = POLL_MAX_INTERVAL,
        timeout: float = POLL_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        on_poll: Callable[[PanoTaskStatus], None] | None = None,
        transfer_config: TransferConfig | None = None,
        follow_symlinks: bool = False,
    ) -> PanoResult[str] | PanoResult[None]:
        """Turn a folder of panoramas into a VR space: check, stream to S3, submit, wait.

        Args:
            folder: The panoramas (see `vrlive.pano.build_package()`; its warnings are logged).
            manifest: A manifest to use instead of the folder's, as for ``build_package``.
            project_name: Overrides the manifest's, as for ``build_package``.
            follow_symlinks: Package what links out of the folder point to.
            wait: Poll until the task ends (a ``PanoResult[str]``); False returns once it is
                submitted (a ``PanoResult[None]``: ``vr_url`` None).
            interval: First pause between polls, as for ``wait_for_task``.
            max_interval: Longest pause between polls.
            timeout: Seconds to wait for the task.
            on_poll: Called with every status polled.
            on_progress: ``Progress`` of packaging and uploading, in bytes.
            transfer_config: boto3's managed-transfer settings for the upload.

        Raises:
            PackageError: The folder is not a valid package (every problem listed); nothing was sent.
            UploadError, APIError, TransportError: A step failed.
            TaskFailedError, TaskTimeoutError: As [`wait_for_task()`][vrlive.realsee.Realsee.wait_for_task].
        """
        package = _package(folder, manifest, project_name, on_progress, follow_symlinks)
        uploaded = self.upload_pano(package, transfer_config=transfer_config, on_progress=on_progress)
        task = self.submit_pano(uploaded, package.project_name)
        if not wait:
            return _result(package, uploaded, task, None)
        vr_url = self.wait_for_task(
            task.task_code, interval=interval, max_interval=max_interval, timeout=timeout, on_poll=on_poll
        )
        return _result(package, uploaded, task, vr_url)


class AsyncRealsee(_Realsee, AsyncResources, AsyncWaiters):
    """The async [`Realsee`][vrlive.realsee.Realsee]: the same resources and methods, awaited
    (``async with``)."""

    async def upload_token(self) -> PanoUploadToken:
        """Temporary credentials and a key prefix for one upload (``GET /open/v1/pano/file/token``)."""
        return await self.pano.get_pano_upload_token()

    async def upload_pano(
        self,
        package: PanoPackage,
        *,
        name: str | None = None,
        transfer_config: TransferConfig | None = None,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> UploadedPackage:
        """Stream a package to Realsee's store (boto3 in a worker thread; tokens fetched on this loop).

        Setting ``cancel``, or cancelling the awaiting task, aborts the upload; a cancelled task
        returns once the abort is done, so that nothing is left open in the bucket.
        """
        loop = asyncio.get_running_loop()
        stop = cancel if cancel is not None else threading.Event()

        def fetch_token() -> PanoUploadToken:  # called from the worker thread
            return asyncio.run_coroutine_threadsafe(self.upload_token(), loop).result()

        upload = asyncio.ensure_future(
            asyncio.to_thread(
                upload_package,
                package,
                fetch_token,
                name=name,
                transfer_config=transfer_config,
                on_progress=on_progress,
                cancel=stop,
                proxy=self.connection.proxy,
            )
        )
        try:
            return await asyncio.shield(upload)
        except asyncio.CancelledError:
            stop.set()
            await asyncio.wait({upload})  # the thread aborts the multipart upload, then ends
            if not upload.cancelled():
                upload.exception()  # retrieved: the cancellation is what the caller hears of
            raise

    async def submit_pano(self, uploaded: UploadedPackage, project_name: str) -> PanoTaskSubmission:
        """Start a panorama-to-VR task on an uploaded package (``private_cos_key`` or ``zip_cos_url``)."""
        submitted = await self.pano.submit_pano_task(body=uploaded.submission(project_name))
        logger.info("submitted %s: task %s", uploaded.key, submitted.task_code)
        return submitted

    @overload
    async def pano_to_vr(
        self,
        folder: str | os.PathLike[str],
        *,
        wait: Literal[True] = True,
        **options: Unpack[PanoToVrOptions],
    ) -> PanoResult[str]: ...

    @overload
    async def pano_to_vr(
        self, folder: str | os.PathLike[str], *, wait: Literal[False], **options: Unpack[PanoToVrOptions]
    ) -> PanoResult[None]: ...

    @overload
    async def pano_to_vr(
        self, folder: str | os.PathLike[str], *, wait: bool, **options: Unpack[PanoToVrOptions]
    ) -> PanoResult[str] | PanoResult[None]: ...

    async def pano_to_vr(
        self,
        folder: str | os.PathLike[str],
        *,
        manifest: str | os.PathLike[str] | Mapping[str, Any] | None = None,
        project_name: str | None = None,
        wait: bool = True,
        interval: float = POLL_INTERVAL,
        max_interval: float = POLL_MAX_INTERVAL,
        timeout: float = POLL_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        on_poll: Callable[[PanoTaskStatus], None] | None = None,
        transfer_config: TransferConfig | None = None,
        follow_symlinks: bool = False,
    ) -> PanoResult[str] | PanoResult[None]:
        """As [`Realsee.pano_to_vr()`][vrlive.realsee.Realsee.pano_to_vr] (reading files and boto3 in worker
        threads)."""
        package = await asyncio.to_thread(
            _package, folder, manifest, project_name, on_progress, follow_symlinks
        )
        uploaded = await self.upload_pano(package, transfer_config=transfer_config, on_progress=on_progress)
        task = await self.submit_pano(uploaded, package.project_name)
        if not wait:
            return _result(package, uploaded, task, None)
        vr_url = await self.wait_for_task(
            task.task_code, interval=interval, max_interval=max_interval, timeout=timeout, on_poll=on_poll
        )
        return _result(package, uploaded, task, vr_url)


__all__ = [
    "REALSEE",
    "REGIONS",
    "AsyncRealsee",
    "PackageError",
    "PanoPackage",
    "PanoResult",
    "PanoToVrOptions",
    "Problem",
    "Progress",
    "Realsee",
    "RealseeTokenAuth",
    "UploadError",
    "UploadedPackage",
    "build_package",
]
