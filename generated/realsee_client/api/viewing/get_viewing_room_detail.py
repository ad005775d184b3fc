from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.viewing_room_detail import ViewingRoomDetail
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_viewing_room_detail",
    inputs={
        "app_id": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "room_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
    },
)


def _get_kwargs(
    *,
    app_id: str,
    room_code: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "app_id": app_id,
            "room_code": room_code,
        }
    )

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    params["room_code"] = room_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/live/room/detail",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[ViewingRoomDetail]:
    return OPERATION.build_response(response, ViewingRoomDetail.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    app_id: str,
    room_code: str,
) -> Response[ViewingRoomDetail]:
    """Get viewing room details

     Returns a room's state, its application's configuration (per-role settings keyed by role
    id, `"1"` and `"2"` in the example) and the users in it.

    Vendor docs: https://developer.realsee.ai/api-reference/api-309898714

    Args:
        app_id (str): The application id from the console.
        room_code (str): The room to describe.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ViewingRoomDetail]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        room_code=room_code,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    app_id: str,
    room_code: str,
) -> ViewingRoomDetail:
    """Get viewing room details

     Returns a room's state, its application's configuration (per-role settings keyed by role
    id, `"1"` and `"2"` in the example) and the users in it.

    Vendor docs: https://developer.realsee.ai/api-reference/api-309898714

    Args:
        app_id (str): The application id from the console.
        room_code (str): The room to describe.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ViewingRoomDetail
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        room_code=room_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_id: str,
    room_code: str,
) -> Response[ViewingRoomDetail]:
    """Get viewing room details

     Returns a room's state, its application's configuration (per-role settings keyed by role
    id, `"1"` and `"2"` in the example) and the users in it.

    Vendor docs: https://developer.realsee.ai/api-reference/api-309898714

    Args:
        app_id (str): The application id from the console.
        room_code (str): The room to describe.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ViewingRoomDetail]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        room_code=room_code,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_id: str,
    room_code: str,
) -> ViewingRoomDetail:
    """Get viewing room details

     Returns a room's state, its application's configuration (per-role settings keyed by role
    id, `"1"` and `"2"` in the example) and the users in it.

    Vendor docs: https://developer.realsee.ai/api-reference/api-309898714

    Args:
        app_id (str): The application id from the console.
        room_code (str): The room to describe.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ViewingRoomDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            room_code=room_code,
        )
    ).unwrap()
