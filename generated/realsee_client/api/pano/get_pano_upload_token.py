from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.pano_upload_token import PanoUploadToken
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_pano_upload_token",
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/pano/file/token",
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[PanoUploadToken]:
    return OPERATION.build_response(response, PanoUploadToken.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[PanoUploadToken]:
    """Get temporary upload credentials

     Returns temporary S3-protocol credentials for uploading the panorama ZIP. The object key is
    `prefix` + file name. `ttl` and `expire` are seconds until the credentials expire, not
    timestamps. The upload endpoint comes from `custom_scheme`://`custom_domain` (or `host`):
    AWS S3 for the global region, Tencent COS for China. An empty `download_host` means a
    private bucket (submit with `private_cos_key`).

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 2)

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[PanoUploadToken]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs()
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
) -> PanoUploadToken:
    """Get temporary upload credentials

     Returns temporary S3-protocol credentials for uploading the panorama ZIP. The object key is
    `prefix` + file name. `ttl` and `expire` are seconds until the credentials expire, not
    timestamps. The upload endpoint comes from `custom_scheme`://`custom_domain` (or `host`):
    AWS S3 for the global region, Tencent COS for China. An empty `download_host` means a
    private bucket (submit with `private_cos_key`).

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 2)

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        PanoUploadToken
    """

    return sync_detailed(
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[PanoUploadToken]:
    """Get temporary upload credentials

     Returns temporary S3-protocol credentials for uploading the panorama ZIP. The object key is
    `prefix` + file name. `ttl` and `expire` are seconds until the credentials expire, not
    timestamps. The upload endpoint comes from `custom_scheme`://`custom_domain` (or `host`):
    AWS S3 for the global region, Tencent COS for China. An empty `download_host` means a
    private bucket (submit with `private_cos_key`).

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 2)

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[PanoUploadToken]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs()
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> PanoUploadToken:
    """Get temporary upload credentials

     Returns temporary S3-protocol credentials for uploading the panorama ZIP. The object key is
    `prefix` + file name. `ttl` and `expire` are seconds until the credentials expire, not
    timestamps. The upload endpoint comes from `custom_scheme`://`custom_domain` (or `host`):
    AWS S3 for the global region, Tencent COS for China. An empty `download_host` means a
    private bucket (submit with `private_cos_key`).

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 2)

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        PanoUploadToken
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).unwrap()
