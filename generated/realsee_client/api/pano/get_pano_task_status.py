from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.pano_task_status import PanoTaskStatus
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_pano_task_status",
    inputs={"task_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}}},
)


def _get_kwargs(
    *,
    task_code: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "task_code": task_code,
        }
    )

    params: dict[str, Any] = {}

    params["task_code"] = task_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/pano/task/status",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[PanoTaskStatus]:
    return OPERATION.build_response(response, PanoTaskStatus.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[PanoTaskStatus]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        task_code=task_code,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        PanoTaskStatus
    """

    return sync_detailed(
        client=client,
        task_code=task_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[PanoTaskStatus]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        task_code=task_code,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        PanoTaskStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            task_code=task_code,
        )
    ).unwrap()
