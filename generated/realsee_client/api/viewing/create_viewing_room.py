from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.create_viewing_room_request import CreateViewingRoomRequest
from ...models.viewing_room import ViewingRoom
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="create_viewing_room",
    idempotent=False,
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "CreateViewingRoomRequest",
                "properties": {
                    "app_id": {"type": "string"},
                    "create_user_id": {"type": "string"},
                    "create_user_role": {"type": "string"},
                    "members": {"type": "string"},
                    "additive": {"type": "string"},
                },
                "required": ["app_id", "create_user_id", "create_user_role", "members"],
                "additional": {},
            },
        }
    },
)


def _get_kwargs(
    *,
    body: CreateViewingRoomRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/live/entrance",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[ViewingRoom]:
    return OPERATION.build_response(response, ViewingRoom.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateViewingRoomRequest,
) -> Response[ViewingRoom]:
    """Create a viewing room (open platform version)

     Creates a live viewing room and returns its code and WebSocket link. `members` and
    `additive` are JSON-encoded strings, not objects.

    Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Create Viewing Room);
    fields from https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml

    Args:
        body (CreateViewingRoomRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ViewingRoom]: The raw response, with ``parsed`` set on
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
    body: CreateViewingRoomRequest,
) -> ViewingRoom:
    """Create a viewing room (open platform version)

     Creates a live viewing room and returns its code and WebSocket link. `members` and
    `additive` are JSON-encoded strings, not objects.

    Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Create Viewing Room);
    fields from https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml

    Args:
        body (CreateViewingRoomRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ViewingRoom
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateViewingRoomRequest,
) -> Response[ViewingRoom]:
    """Create a viewing room (open platform version)

     Creates a live viewing room and returns its code and WebSocket link. `members` and
    `additive` are JSON-encoded strings, not objects.

    Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Create Viewing Room);
    fields from https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml

    Args:
        body (CreateViewingRoomRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ViewingRoom]: The raw response, with ``parsed`` set on
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
    body: CreateViewingRoomRequest,
) -> ViewingRoom:
    """Create a viewing room (open platform version)

     Creates a live viewing room and returns its code and WebSocket link. `members` and
    `additive` are JSON-encoded strings, not objects.

    Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Create Viewing Room);
    fields from https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml

    Args:
        body (CreateViewingRoomRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ViewingRoom
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
