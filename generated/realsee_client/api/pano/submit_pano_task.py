from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.pano_task_submission import PanoTaskSubmission
from ...models.submit_pano_task_request import SubmitPanoTaskRequest
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="submit_pano_task",
    idempotent=False,
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "SubmitPanoTaskRequest",
                "properties": {
                    "project_name": {"type": "string", "minLength": 1},
                    "zip_cos_url": {"type": "string"},
                    "private_cos_key": {"type": "string"},
                },
                "required": ["project_name"],
                "minProperties": 2,
            },
        }
    },
)

PACKAGE_MANIFEST = {
    "type": "object",
    "properties": {
        "version": {"const": "1.0"},
        "floor_map": {
            "type": "object",
            "properties": {},
            "required": [],
            "additional": {"type": "integer"},
            "minProperties": 1,
        },
        "project_name": {"type": "string", "minLength": 1},
        "scan_list": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"id": {"type": "string", "minLength": 1}, "floor": {"type": "integer"}},
                "required": ["id", "floor"],
            },
            "minItems": 1,
        },
    },
    "required": ["version", "floor_map", "project_name", "scan_list"],
}
"""The shape of the file the request refers to (the spec's ``x-package-manifest``), as
``vrlive_core.inputs.check_document`` reads it."""


def _get_kwargs(
    *,
    body: SubmitPanoTaskRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/pano/task/submit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[PanoTaskSubmission]:
    return OPERATION.build_response(response, PanoTaskSubmission.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitPanoTaskRequest,
) -> Response[PanoTaskSubmission]:
    """Submit a panorama-to-VR task

     Starts processing an uploaded ZIP. Give exactly one of `private_cos_key` (the full object
    key, when the upload credentials' `download_host` is empty) or `zip_cos_url` (a download URL
    of the object, otherwise). The ZIP holds `manifest.json` (see `x-package-manifest`) and
    `images/<id>.jpg`.

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (steps 3
    and 4)

    Args:
        body (SubmitPanoTaskRequest): Give exactly one of `private_cos_key` and `zip_cos_url`. (In
            JSON Schema terms: no other keys,
            at least two keys, and not both package keys; `x-exactly-one-of` states it for the
            generator,
            which checks it before anything is sent.)

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[PanoTaskSubmission]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SubmitPanoTaskRequest,
) -> PanoTaskSubmission:
    """Submit a panorama-to-VR task

     Starts processing an uploaded ZIP. Give exactly one of `private_cos_key` (the full object
    key, when the upload credentials' `download_host` is empty) or `zip_cos_url` (a download URL
    of the object, otherwise). The ZIP holds `manifest.json` (see `x-package-manifest`) and
    `images/<id>.jpg`.

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (steps 3
    and 4)

    Args:
        body (SubmitPanoTaskRequest): Give exactly one of `private_cos_key` and `zip_cos_url`. (In
            JSON Schema terms: no other keys,
            at least two keys, and not both package keys; `x-exactly-one-of` states it for the
            generator,
            which checks it before anything is sent.)

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        PanoTaskSubmission
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitPanoTaskRequest,
) -> Response[PanoTaskSubmission]:
    """Submit a panorama-to-VR task

     Starts processing an uploaded ZIP. Give exactly one of `private_cos_key` (the full object
    key, when the upload credentials' `download_host` is empty) or `zip_cos_url` (a download URL
    of the object, otherwise). The ZIP holds `manifest.json` (see `x-package-manifest`) and
    `images/<id>.jpg`.

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (steps 3
    and 4)

    Args:
        body (SubmitPanoTaskRequest): Give exactly one of `private_cos_key` and `zip_cos_url`. (In
            JSON Schema terms: no other keys,
            at least two keys, and not both package keys; `x-exactly-one-of` states it for the
            generator,
            which checks it before anything is sent.)

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[PanoTaskSubmission]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitPanoTaskRequest,
) -> PanoTaskSubmission:
    """Submit a panorama-to-VR task

     Starts processing an uploaded ZIP. Give exactly one of `private_cos_key` (the full object
    key, when the upload credentials' `download_host` is empty) or `zip_cos_url` (a download URL
    of the object, otherwise). The ZIP holds `manifest.json` (see `x-package-manifest`) and
    `images/<id>.jpg`.

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (steps 3
    and 4)

    Args:
        body (SubmitPanoTaskRequest): Give exactly one of `private_cos_key` and `zip_cos_url`. (In
            JSON Schema terms: no other keys,
            at least two keys, and not both package keys; `x-exactly-one-of` states it for the
            generator,
            which checks it before anything is sent.)

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        PanoTaskSubmission
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
