"""Panorama to VR - upload credentials, task submission and status.

Resource classes of the ``pano`` operations:
[`Pano`][realsee_client.resources.pano.Pano] and
[`AsyncPano`][realsee_client.resources.pano.AsyncPano] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from vrlive_core.resource import body_or_fields as _body_or_fields
from vrlive_core.resource import build as _build

from ..api.pano import get_pano_task_status as _get_pano_task_status
from ..api.pano import get_pano_upload_token as _get_pano_upload_token
from ..api.pano import submit_pano_task as _submit_pano_task
from ..models.pano_task_status import PanoTaskStatus
from ..models.pano_task_submission import PanoTaskSubmission
from ..models.pano_upload_token import PanoUploadToken
from ..models.submit_pano_task_request import SubmitPanoTaskRequest
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Pano:
    """Panorama to VR - upload credentials, task submission and status."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> PanoWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return PanoWithRawResponse(self._source)

    def get_pano_upload_token(
        self,
    ) -> PanoUploadToken:
        """Get temporary upload credentials

        Returns temporary S3-protocol credentials for uploading the panorama ZIP. The object key is
        `prefix` + file name. `ttl` and `expire` are seconds until the credentials expire, not
        timestamps. The upload endpoint comes from `custom_scheme`://`custom_domain` (or `host`):
        AWS S3 for the global region, Tencent COS for China. An empty `download_host` means a
        private bucket (submit with `private_cos_key`).

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 2)

        Returns:
            PanoUploadToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_pano_upload_token.sync(
            client=self._source.client_for("AccessToken"),
        )

    @overload
    def submit_pano_task(
        self,
        *,
        project_name: str,
        zip_cos_url: str | Unset = UNSET,
        private_cos_key: str | Unset = UNSET,
    ) -> PanoTaskSubmission: ...

    @overload
    def submit_pano_task(
        self,
        *,
        body: SubmitPanoTaskRequest,
    ) -> PanoTaskSubmission: ...

    def submit_pano_task(
        self,
        *,
        project_name: str | Unset = UNSET,
        zip_cos_url: str | Unset = UNSET,
        private_cos_key: str | Unset = UNSET,
        body: SubmitPanoTaskRequest | Unset = UNSET,
    ) -> PanoTaskSubmission:
        """Submit a panorama-to-VR task

        Starts processing an uploaded ZIP. Give exactly one of `private_cos_key` (the full object
        key, when the upload credentials' `download_host` is empty) or `zip_cos_url` (a download URL
        of the object, otherwise). The ZIP holds `manifest.json` (see `x-package-manifest`) and
        `images/<id>.jpg`.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (steps 3 and 4)

        Args:
            project_name (str): Name of the project to create.
            zip_cos_url (str | Unset): HTTP download URL of the ZIP (presigned URLs work); when `download_host`
                is set.
            private_cos_key (str | Unset): Object key of the ZIP in the private bucket (= `prefix` + file name);
                when `download_host` is empty.
            body (SubmitPanoTaskRequest): The request prebuilt, instead of its fields.

        Returns:
            PanoTaskSubmission: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SubmitPanoTaskRequest,
            body,
            {
                "project_name": project_name,
                "zip_cos_url": zip_cos_url,
                "private_cos_key": private_cos_key,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                SubmitPanoTaskRequest,
                {
                    "project_name": project_name,
                    "zip_cos_url": zip_cos_url,
                    "private_cos_key": private_cos_key,
                },
            )
        return _submit_pano_task.sync(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    def get_pano_task_status(
        self,
        *,
        task_code: str,
    ) -> PanoTaskStatus:
        """Get a panorama-to-VR task's status

        Status moves `pending` -> `processing` -> `success` (with `vr_url`) or `failed`; `vr_url` is
        `""` until `success`. Realsee's own tool polls every 30 seconds for up to 30 minutes: poll
        every 5 to 30 seconds, backing off, and after about 30 minutes stop and resume later with
        the same `task_code`.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 5)

        Args:
            task_code (str): The `task_code` returned by submit_pano_task.

        Returns:
            PanoTaskStatus: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_pano_task_status.sync(
            client=self._source.client_for("AccessToken"),
            task_code=task_code,
        )


class PanoWithRawResponse:
    """The ``pano`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def get_pano_upload_token(
        self,
    ) -> Response[PanoUploadToken]:
        """Get temporary upload credentials

        Returns temporary S3-protocol credentials for uploading the panorama ZIP. The object key is
        `prefix` + file name. `ttl` and `expire` are seconds until the credentials expire, not
        timestamps. The upload endpoint comes from `custom_scheme`://`custom_domain` (or `host`):
        AWS S3 for the global region, Tencent COS for China. An empty `download_host` means a
        private bucket (submit with `private_cos_key`).

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 2)

        Returns:
            Response[PanoUploadToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_pano_upload_token.sync_detailed(
            client=self._source.client_for("AccessToken"),
        )

    @overload
    def submit_pano_task(
        self,
        *,
        project_name: str,
        zip_cos_url: str | Unset = UNSET,
        private_cos_key: str | Unset = UNSET,
    ) -> Response[PanoTaskSubmission]: ...

    @overload
    def submit_pano_task(
        self,
        *,
        body: SubmitPanoTaskRequest,
    ) -> Response[PanoTaskSubmission]: ...

    def submit_pano_task(
        self,
        *,
        project_name: str | Unset = UNSET,
        zip_cos_url: str | Unset = UNSET,
        private_cos_key: str | Unset = UNSET,
        body: SubmitPanoTaskRequest | Unset = UNSET,
    ) -> Response[PanoTaskSubmission]:
        """Submit a panorama-to-VR task

        Starts processing an uploaded ZIP. Give exactly one of `private_cos_key` (the full object
        key, when the upload credentials' `download_host` is empty) or `zip_cos_url` (a download URL
        of the object, otherwise). The ZIP holds `manifest.json` (see `x-package-manifest`) and
        `images/<id>.jpg`.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (steps 3 and 4)

        Args:
            project_name (str): Name of the project to create.
            zip_cos_url (str | Unset): HTTP download URL of the ZIP (presigned URLs work); when `download_host`
                is set.
            private_cos_key (str | Unset): Object key of the ZIP in the private bucket (= `prefix` + file name);
                when `download_host` is empty.
            body (SubmitPanoTaskRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[PanoTaskSubmission]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SubmitPanoTaskRequest,
            body,
            {
                "project_name": project_name,
                "zip_cos_url": zip_cos_url,
                "private_cos_key": private_cos_key,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                SubmitPanoTaskRequest,
                {
                    "project_name": project_name,
                    "zip_cos_url": zip_cos_url,
                    "private_cos_key": private_cos_key,
                },
            )
        return _submit_pano_task.sync_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    def get_pano_task_status(
        self,
        *,
        task_code: str,
    ) -> Response[PanoTaskStatus]:
        """Get a panorama-to-VR task's status

        Status moves `pending` -> `processing` -> `success` (with `vr_url`) or `failed`; `vr_url` is
        `""` until `success`. Realsee's own tool polls every 30 seconds for up to 30 minutes: poll
        every 5 to 30 seconds, backing off, and after about 30 minutes stop and resume later with
        the same `task_code`.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 5)

        Args:
            task_code (str): The `task_code` returned by submit_pano_task.

        Returns:
            Response[PanoTaskStatus]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_pano_task_status.sync_detailed(
            client=self._source.client_for("AccessToken"),
            task_code=task_code,
        )


class AsyncPano:
    """Panorama to VR - upload credentials, task submission and status. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncPanoWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncPanoWithRawResponse(self._source)

    async def get_pano_upload_token(
        self,
    ) -> PanoUploadToken:
        """Get temporary upload credentials

        Returns temporary S3-protocol credentials for uploading the panorama ZIP. The object key is
        `prefix` + file name. `ttl` and `expire` are seconds until the credentials expire, not
        timestamps. The upload endpoint comes from `custom_scheme`://`custom_domain` (or `host`):
        AWS S3 for the global region, Tencent COS for China. An empty `download_host` means a
        private bucket (submit with `private_cos_key`).

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 2)

        Returns:
            PanoUploadToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_pano_upload_token.asyncio(
            client=self._source.client_for("AccessToken"),
        )

    @overload
    async def submit_pano_task(
        self,
        *,
        project_name: str,
        zip_cos_url: str | Unset = UNSET,
        private_cos_key: str | Unset = UNSET,
    ) -> PanoTaskSubmission: ...

    @overload
    async def submit_pano_task(
        self,
        *,
        body: SubmitPanoTaskRequest,
    ) -> PanoTaskSubmission: ...

    async def submit_pano_task(
        self,
        *,
        project_name: str | Unset = UNSET,
        zip_cos_url: str | Unset = UNSET,
        private_cos_key: str | Unset = UNSET,
        body: SubmitPanoTaskRequest | Unset = UNSET,
    ) -> PanoTaskSubmission:
        """Submit a panorama-to-VR task

        Starts processing an uploaded ZIP. Give exactly one of `private_cos_key` (the full object
        key, when the upload credentials' `download_host` is empty) or `zip_cos_url` (a download URL
        of the object, otherwise). The ZIP holds `manifest.json` (see `x-package-manifest`) and
        `images/<id>.jpg`.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (steps 3 and 4)

        Args:
            project_name (str): Name of the project to create.
            zip_cos_url (str | Unset): HTTP download URL of the ZIP (presigned URLs work); when `download_host`
                is set.
            private_cos_key (str | Unset): Object key of the ZIP in the private bucket (= `prefix` + file name);
                when `download_host` is empty.
            body (SubmitPanoTaskRequest): The request prebuilt, instead of its fields.

        Returns:
            PanoTaskSubmission: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SubmitPanoTaskRequest,
            body,
            {
                "project_name": project_name,
                "zip_cos_url": zip_cos_url,
                "private_cos_key": private_cos_key,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                SubmitPanoTaskRequest,
                {
                    "project_name": project_name,
                    "zip_cos_url": zip_cos_url,
                    "private_cos_key": private_cos_key,
                },
            )
        return await _submit_pano_task.asyncio(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    async def get_pano_task_status(
        self,
        *,
        task_code: str,
    ) -> PanoTaskStatus:
        """Get a panorama-to-VR task's status

        Status moves `pending` -> `processing` -> `success` (with `vr_url`) or `failed`; `vr_url` is
        `""` until `success`. Realsee's own tool polls every 30 seconds for up to 30 minutes: poll
        every 5 to 30 seconds, backing off, and after about 30 minutes stop and resume later with
        the same `task_code`.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 5)

        Args:
            task_code (str): The `task_code` returned by submit_pano_task.

        Returns:
            PanoTaskStatus: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_pano_task_status.asyncio(
            client=self._source.client_for("AccessToken"),
            task_code=task_code,
        )


class AsyncPanoWithRawResponse:
    """The ``pano`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def get_pano_upload_token(
        self,
    ) -> Response[PanoUploadToken]:
        """Get temporary upload credentials

        Returns temporary S3-protocol credentials for uploading the panorama ZIP. The object key is
        `prefix` + file name. `ttl` and `expire` are seconds until the credentials expire, not
        timestamps. The upload endpoint comes from `custom_scheme`://`custom_domain` (or `host`):
        AWS S3 for the global region, Tencent COS for China. An empty `download_host` means a
        private bucket (submit with `private_cos_key`).

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 2)

        Returns:
            Response[PanoUploadToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_pano_upload_token.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
        )

    @overload
    async def submit_pano_task(
        self,
        *,
        project_name: str,
        zip_cos_url: str | Unset = UNSET,
        private_cos_key: str | Unset = UNSET,
    ) -> Response[PanoTaskSubmission]: ...

    @overload
    async def submit_pano_task(
        self,
        *,
        body: SubmitPanoTaskRequest,
    ) -> Response[PanoTaskSubmission]: ...

    async def submit_pano_task(
        self,
        *,
        project_name: str | Unset = UNSET,
        zip_cos_url: str | Unset = UNSET,
        private_cos_key: str | Unset = UNSET,
        body: SubmitPanoTaskRequest | Unset = UNSET,
    ) -> Response[PanoTaskSubmission]:
        """Submit a panorama-to-VR task

        Starts processing an uploaded ZIP. Give exactly one of `private_cos_key` (the full object
        key, when the upload credentials' `download_host` is empty) or `zip_cos_url` (a download URL
        of the object, otherwise). The ZIP holds `manifest.json` (see `x-package-manifest`) and
        `images/<id>.jpg`.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (steps 3 and 4)

        Args:
            project_name (str): Name of the project to create.
            zip_cos_url (str | Unset): HTTP download URL of the ZIP (presigned URLs work); when `download_host`
                is set.
            private_cos_key (str | Unset): Object key of the ZIP in the private bucket (= `prefix` + file name);
                when `download_host` is empty.
            body (SubmitPanoTaskRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[PanoTaskSubmission]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SubmitPanoTaskRequest,
            body,
            {
                "project_name": project_name,
                "zip_cos_url": zip_cos_url,
                "private_cos_key": private_cos_key,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                SubmitPanoTaskRequest,
                {
                    "project_name": project_name,
                    "zip_cos_url": zip_cos_url,
                    "private_cos_key": private_cos_key,
                },
            )
        return await _submit_pano_task.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    async def get_pano_task_status(
        self,
        *,
        task_code: str,
    ) -> Response[PanoTaskStatus]:
        """Get a panorama-to-VR task's status

        Status moves `pending` -> `processing` -> `success` (with `vr_url`) or `failed`; `vr_url` is
        `""` until `success`. Realsee's own tool polls every 30 seconds for up to 30 minutes: poll
        every 5 to 30 seconds, backing off, and after about 30 minutes stop and resume later with
        the same `task_code`.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 5)

        Args:
            task_code (str): The `task_code` returned by submit_pano_task.

        Returns:
            Response[PanoTaskStatus]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_pano_task_status.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            task_code=task_code,
        )


__all__ = [
    "AsyncPano",
    "AsyncPanoWithRawResponse",
    "Pano",
    "PanoWithRawResponse",
]
