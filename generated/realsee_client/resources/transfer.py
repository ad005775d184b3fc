"""Taking a work offline - its package's download address and the signing of its `work.json`.

Resource classes of the ``transfer`` operations:
[`Transfer`][realsee_client.resources.transfer.Transfer] and
[`AsyncTransfer`][realsee_client.resources.transfer.AsyncTransfer] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from vrlive_core.resource import build as _build

from ..api.transfer import get_work_download_url as _get_work_download_url
from ..api.transfer import sign_work as _sign_work
from ..models.vr import Vr
from ..models.work_download import WorkDownload
from ..models.work_json import WorkJson
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Transfer:
    """Taking a work offline - its package's download address and the signing of its `work.json`."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> TransferWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return TransferWithRawResponse(self._source)

    def get_work_download_url(
        self,
        *,
        vr_code: str,
    ) -> WorkDownload:
        """Get the download address of a work's offline package

        Presigned addresses (Tencent COS, public) of the tar package a `work-compress` task made:
        `images/` (the panoramas), `materials/` (model textures), `model/`, `screenshot/` (cover
        and title pictures) and `work.json` (the basic data of `get_vr`, without Realsee's CDN).
        The first address is enough. Upload the folders recursively to your own storage, then
        sign the edited `work.json` with `sign_work`. Not open to every application.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/transfer/fetch_download_url.yaml
        (`GET /open/v1/work/download`). Its table types `expired_timestamp` as an integer, its
        schema as a string (default `"0"`, beside `"[]"` as the default of an array): the spec
        follows the table, as a Unix time like the document's other expiries.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            WorkDownload: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_work_download_url.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    @overload
    def sign_work(
        self,
        *,
        vr_code: str,
    ) -> Vr: ...

    @overload
    def sign_work(
        self,
        *,
        vr_code: str,
        body: WorkJson,
    ) -> Vr: ...

    def sign_work(
        self,
        *,
        vr_code: str,
        body: WorkJson | Unset = UNSET,
    ) -> Vr:
        """Sign a work's edited basic data

        Signs the `work.json` of an offline package after its `base_url` has been replaced by
        where you host the package's files (check that `base_url` + each picture's path loads
        first), sent whole as the body. The answer is the same data with `certificate` and
        `_signature` added: store it and hand it to the viewer unchanged - any later change stops
        the VR from loading. To serve smaller pictures (1024 or 512), sign one copy per size.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/transfer/work_sign.yaml
        (`POST /open/v1/work/sign`). Its text calls the added field `signature`; the basic data's
        schema calls it `_signature`, which the spec follows.

        Args:
            vr_code (str): The work's VR code.
            body (WorkJson): The request prebuilt, instead of its fields.

        Returns:
            Vr: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        if isinstance(body, Unset):
            body = _build(WorkJson, {})
        return _sign_work.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            body=body,
        )


class TransferWithRawResponse:
    """The ``transfer`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def get_work_download_url(
        self,
        *,
        vr_code: str,
    ) -> Response[WorkDownload]:
        """Get the download address of a work's offline package

        Presigned addresses (Tencent COS, public) of the tar package a `work-compress` task made:
        `images/` (the panoramas), `materials/` (model textures), `model/`, `screenshot/` (cover
        and title pictures) and `work.json` (the basic data of `get_vr`, without Realsee's CDN).
        The first address is enough. Upload the folders recursively to your own storage, then
        sign the edited `work.json` with `sign_work`. Not open to every application.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/transfer/fetch_download_url.yaml
        (`GET /open/v1/work/download`). Its table types `expired_timestamp` as an integer, its
        schema as a string (default `"0"`, beside `"[]"` as the default of an array): the spec
        follows the table, as a Unix time like the document's other expiries.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[WorkDownload]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_work_download_url.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    @overload
    def sign_work(
        self,
        *,
        vr_code: str,
    ) -> Response[Vr]: ...

    @overload
    def sign_work(
        self,
        *,
        vr_code: str,
        body: WorkJson,
    ) -> Response[Vr]: ...

    def sign_work(
        self,
        *,
        vr_code: str,
        body: WorkJson | Unset = UNSET,
    ) -> Response[Vr]:
        """Sign a work's edited basic data

        Signs the `work.json` of an offline package after its `base_url` has been replaced by
        where you host the package's files (check that `base_url` + each picture's path loads
        first), sent whole as the body. The answer is the same data with `certificate` and
        `_signature` added: store it and hand it to the viewer unchanged - any later change stops
        the VR from loading. To serve smaller pictures (1024 or 512), sign one copy per size.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/transfer/work_sign.yaml
        (`POST /open/v1/work/sign`). Its text calls the added field `signature`; the basic data's
        schema calls it `_signature`, which the spec follows.

        Args:
            vr_code (str): The work's VR code.
            body (WorkJson): The request prebuilt, instead of its fields.

        Returns:
            Response[Vr]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        if isinstance(body, Unset):
            body = _build(WorkJson, {})
        return _sign_work.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            body=body,
        )


class AsyncTransfer:
    """Taking a work offline - its package's download address and the signing of its `work.json`. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncTransferWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncTransferWithRawResponse(self._source)

    async def get_work_download_url(
        self,
        *,
        vr_code: str,
    ) -> WorkDownload:
        """Get the download address of a work's offline package

        Presigned addresses (Tencent COS, public) of the tar package a `work-compress` task made:
        `images/` (the panoramas), `materials/` (model textures), `model/`, `screenshot/` (cover
        and title pictures) and `work.json` (the basic data of `get_vr`, without Realsee's CDN).
        The first address is enough. Upload the folders recursively to your own storage, then
        sign the edited `work.json` with `sign_work`. Not open to every application.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/transfer/fetch_download_url.yaml
        (`GET /open/v1/work/download`). Its table types `expired_timestamp` as an integer, its
        schema as a string (default `"0"`, beside `"[]"` as the default of an array): the spec
        follows the table, as a Unix time like the document's other expiries.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            WorkDownload: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_work_download_url.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    @overload
    async def sign_work(
        self,
        *,
        vr_code: str,
    ) -> Vr: ...

    @overload
    async def sign_work(
        self,
        *,
        vr_code: str,
        body: WorkJson,
    ) -> Vr: ...

    async def sign_work(
        self,
        *,
        vr_code: str,
        body: WorkJson | Unset = UNSET,
    ) -> Vr:
        """Sign a work's edited basic data

        Signs the `work.json` of an offline package after its `base_url` has been replaced by
        where you host the package's files (check that `base_url` + each picture's path loads
        first), sent whole as the body. The answer is the same data with `certificate` and
        `_signature` added: store it and hand it to the viewer unchanged - any later change stops
        the VR from loading. To serve smaller pictures (1024 or 512), sign one copy per size.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/transfer/work_sign.yaml
        (`POST /open/v1/work/sign`). Its text calls the added field `signature`; the basic data's
        schema calls it `_signature`, which the spec follows.

        Args:
            vr_code (str): The work's VR code.
            body (WorkJson): The request prebuilt, instead of its fields.

        Returns:
            Vr: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        if isinstance(body, Unset):
            body = _build(WorkJson, {})
        return await _sign_work.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            body=body,
        )


class AsyncTransferWithRawResponse:
    """The ``transfer`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def get_work_download_url(
        self,
        *,
        vr_code: str,
    ) -> Response[WorkDownload]:
        """Get the download address of a work's offline package

        Presigned addresses (Tencent COS, public) of the tar package a `work-compress` task made:
        `images/` (the panoramas), `materials/` (model textures), `model/`, `screenshot/` (cover
        and title pictures) and `work.json` (the basic data of `get_vr`, without Realsee's CDN).
        The first address is enough. Upload the folders recursively to your own storage, then
        sign the edited `work.json` with `sign_work`. Not open to every application.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/transfer/fetch_download_url.yaml
        (`GET /open/v1/work/download`). Its table types `expired_timestamp` as an integer, its
        schema as a string (default `"0"`, beside `"[]"` as the default of an array): the spec
        follows the table, as a Unix time like the document's other expiries.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[WorkDownload]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_work_download_url.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    @overload
    async def sign_work(
        self,
        *,
        vr_code: str,
    ) -> Response[Vr]: ...

    @overload
    async def sign_work(
        self,
        *,
        vr_code: str,
        body: WorkJson,
    ) -> Response[Vr]: ...

    async def sign_work(
        self,
        *,
        vr_code: str,
        body: WorkJson | Unset = UNSET,
    ) -> Response[Vr]:
        """Sign a work's edited basic data

        Signs the `work.json` of an offline package after its `base_url` has been replaced by
        where you host the package's files (check that `base_url` + each picture's path loads
        first), sent whole as the body. The answer is the same data with `certificate` and
        `_signature` added: store it and hand it to the viewer unchanged - any later change stops
        the VR from loading. To serve smaller pictures (1024 or 512), sign one copy per size.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/transfer/work_sign.yaml
        (`POST /open/v1/work/sign`). Its text calls the added field `signature`; the basic data's
        schema calls it `_signature`, which the spec follows.

        Args:
            vr_code (str): The work's VR code.
            body (WorkJson): The request prebuilt, instead of its fields.

        Returns:
            Response[Vr]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        if isinstance(body, Unset):
            body = _build(WorkJson, {})
        return await _sign_work.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            body=body,
        )


__all__ = [
    "AsyncTransfer",
    "AsyncTransferWithRawResponse",
    "Transfer",
    "TransferWithRawResponse",
]
