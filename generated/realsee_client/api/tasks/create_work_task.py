from typing import Any

import httpx

from vrlive_core.errors import ResponseValidationError
from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.create_work_task_request import CreateWorkTaskRequest
from ...models.realsee_no_data import RealseeNoData
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="create_work_task",
    idempotent=False,
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "CreateWorkTaskRequest",
                "properties": {
                    "vr_code": {"type": "string", "minLength": 1},
                    "task_type": {"enum": ["work-compress", "work-cleanup", "work-archive"], "class": "WorkTaskType"},
                },
                "required": ["vr_code", "task_type"],
                "additional": {},
            },
        }
    },
)


def _get_kwargs(
    *,
    body: CreateWorkTaskRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/shepherd/task/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> int | None | RealseeNoData:
    def _parse_parsed(data: object) -> int | None | RealseeNoData:
        if isinstance(data, dict):
            try:
                return RealseeNoData.from_dict(data)
            except ResponseValidationError:
                pass
        if isinstance(data, int) and not isinstance(data, bool):
            return data
        if data is None:
            return None
        raise ResponseValidationError.unexpected("create_work_task()", "data", "an integer or an object or null", data)

    parsed = _parse_parsed(data)

    return parsed


def _build_response(response: httpx.Response) -> Response[int | None | RealseeNoData]:
    return OPERATION.build_response(response, _parse_data)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWorkTaskRequest,
) -> Response[int | None | RealseeNoData]:
    """Start an asynchronous task on a VR work

     Starts a task on a work and returns its id: `work-compress` packs the work for offline use
    (see `get_work_download_url`), `work-cleanup` cleans it up (otherwise done some time after
    packaging), `work-archive` archives its raw data (not open to the public yet). Which types
    an application may start is decided per application.

    When a task ends, Realsee POSTs a JSON `WorkTaskCallback` to the endpoint (host and path)
    configured for the application.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_task.yaml
    (`POST /open/v1/shepherd/task/create`).

    Args:
        body (CreateWorkTaskRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[int | None | RealseeNoData]: The raw response, with ``parsed`` set on
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
    body: CreateWorkTaskRequest,
) -> int | None | RealseeNoData:
    """Start an asynchronous task on a VR work

     Starts a task on a work and returns its id: `work-compress` packs the work for offline use
    (see `get_work_download_url`), `work-cleanup` cleans it up (otherwise done some time after
    packaging), `work-archive` archives its raw data (not open to the public yet). Which types
    an application may start is decided per application.

    When a task ends, Realsee POSTs a JSON `WorkTaskCallback` to the endpoint (host and path)
    configured for the application.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_task.yaml
    (`POST /open/v1/shepherd/task/create`).

    Args:
        body (CreateWorkTaskRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        int | None | RealseeNoData
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWorkTaskRequest,
) -> Response[int | None | RealseeNoData]:
    """Start an asynchronous task on a VR work

     Starts a task on a work and returns its id: `work-compress` packs the work for offline use
    (see `get_work_download_url`), `work-cleanup` cleans it up (otherwise done some time after
    packaging), `work-archive` archives its raw data (not open to the public yet). Which types
    an application may start is decided per application.

    When a task ends, Realsee POSTs a JSON `WorkTaskCallback` to the endpoint (host and path)
    configured for the application.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_task.yaml
    (`POST /open/v1/shepherd/task/create`).

    Args:
        body (CreateWorkTaskRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[int | None | RealseeNoData]: The raw response, with ``parsed`` set on
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
    body: CreateWorkTaskRequest,
) -> int | None | RealseeNoData:
    """Start an asynchronous task on a VR work

     Starts a task on a work and returns its id: `work-compress` packs the work for offline use
    (see `get_work_download_url`), `work-cleanup` cleans it up (otherwise done some time after
    packaging), `work-archive` archives its raw data (not open to the public yet). Which types
    an application may start is decided per application.

    When a task ends, Realsee POSTs a JSON `WorkTaskCallback` to the endpoint (host and path)
    configured for the application.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_task.yaml
    (`POST /open/v1/shepherd/task/create`).

    Args:
        body (CreateWorkTaskRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        int | None | RealseeNoData
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
