from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.room_ticket import RoomTicket
from ...models.room_ticket_request import RoomTicketRequest
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="apply_room_ticket",
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "RoomTicketRequest",
                "properties": {
                    "app_id": {"type": "string"},
                    "room_code": {"type": "string"},
                    "user_id": {"type": "string"},
                    "user_role": {"type": "string"},
                    "user_extension": {"type": "string"},
                    "extension": {"type": "string"},
                    "basic_code": {"type": "string"},
                    "params_code": {"type": "string"},
                    "resource_code": {"type": "string"},
                },
                "required": ["app_id", "room_code", "user_id", "user_role"],
                "additional": {},
            },
        }
    },
)


def _get_kwargs(
    *,
    body: RoomTicketRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/live/apply/ticket",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[RoomTicket]:
    return OPERATION.build_response(response, RoomTicket.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RoomTicketRequest,
) -> Response[RoomTicket]:
    """Get a room ticket

     Issues a ticket for a user to enter a viewing room. A ticket is valid for five minutes and
    can be used once. `user_extension` (and the older `extension`) are JSON-encoded strings.

    Vendor docs: https://developer.realsee.ai/api-reference/api-309898712

    Args:
        body (RoomTicketRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[RoomTicket]: The raw response, with ``parsed`` set on
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
    body: RoomTicketRequest,
) -> RoomTicket:
    """Get a room ticket

     Issues a ticket for a user to enter a viewing room. A ticket is valid for five minutes and
    can be used once. `user_extension` (and the older `extension`) are JSON-encoded strings.

    Vendor docs: https://developer.realsee.ai/api-reference/api-309898712

    Args:
        body (RoomTicketRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        RoomTicket
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RoomTicketRequest,
) -> Response[RoomTicket]:
    """Get a room ticket

     Issues a ticket for a user to enter a viewing room. A ticket is valid for five minutes and
    can be used once. `user_extension` (and the older `extension`) are JSON-encoded strings.

    Vendor docs: https://developer.realsee.ai/api-reference/api-309898712

    Args:
        body (RoomTicketRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[RoomTicket]: The raw response, with ``parsed`` set on
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
    body: RoomTicketRequest,
) -> RoomTicket:
    """Get a room ticket

     Issues a ticket for a user to enter a viewing room. A ticket is valid for five minutes and
    can be used once. `user_extension` (and the older `extension`) are JSON-encoded strings.

    Vendor docs: https://developer.realsee.ai/api-reference/api-309898712

    Args:
        body (RoomTicketRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        RoomTicket
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
