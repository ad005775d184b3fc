from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.relay_token import RelayToken
from ...models.start_relay_request import StartRelayRequest
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="start_relay",
    idempotent=False,
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "StartRelayRequest",
                "properties": {
                    "init_room_id": {"type": "string", "minLength": 1},
                    "recv_room_id": {"type": "string", "minLength": 1},
                    "recv_user_id": {"type": "string", "minLength": 1},
                    "extends": {
                        "type": "object",
                        "model": "RelayExtends",
                        "properties": {},
                        "required": [],
                        "additional": {"type": "string"},
                    },
                },
                "required": ["init_room_id", "recv_room_id", "recv_user_id"],
                "additional": {},
            },
        }
    },
)


def _get_kwargs(
    *,
    body: StartRelayRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/client/relay/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[RelayToken]:
    return OPERATION.build_response(response, RelayToken.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartRelayRequest,
) -> Response[RelayToken]:
    """Start a cross-room relay

     Starts relaying between the caller's room and another host's room. Only the host of a live
    room may start one. Returns the relay session id, its status and a token for pushing to the
    receiving room.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        body (StartRelayRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[RelayToken]: The raw response, with ``parsed`` set on
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
    body: StartRelayRequest,
) -> RelayToken:
    """Start a cross-room relay

     Starts relaying between the caller's room and another host's room. Only the host of a live
    room may start one. Returns the relay session id, its status and a token for pushing to the
    receiving room.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        body (StartRelayRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        RelayToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartRelayRequest,
) -> Response[RelayToken]:
    """Start a cross-room relay

     Starts relaying between the caller's room and another host's room. Only the host of a live
    room may start one. Returns the relay session id, its status and a token for pushing to the
    receiving room.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        body (StartRelayRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[RelayToken]: The raw response, with ``parsed`` set on
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
    body: StartRelayRequest,
) -> RelayToken:
    """Start a cross-room relay

     Starts relaying between the caller's room and another host's room. Only the host of a live
    room may start one. Returns the relay session id, its status and a token for pushing to the
    receiving room.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        body (StartRelayRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        RelayToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
