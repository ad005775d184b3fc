from typing import Any

import httpx

from vrlive_core.inputs import path_segment
from vrlive_core.operation import Operation, no_data

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="stop_relay",
    inputs={"relay_id": {"in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}},
)


def _get_kwargs(
    relay_id: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "relay_id": relay_id,
        }
    )

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/client/relay/{path_segment(relay_id)}/stop",
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[None]:
    return OPERATION.build_response(response, no_data)


def sync_detailed(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Stop a cross-room relay

     Ends the caller's side of the relay.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[None]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        relay_id=relay_id,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Stop a cross-room relay

     Ends the caller's side of the relay.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        None
    """

    return sync_detailed(
        relay_id=relay_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Stop a cross-room relay

     Ends the caller's side of the relay.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[None]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        relay_id=relay_id,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Stop a cross-room relay

     Ends the caller's side of the relay.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            relay_id=relay_id,
            client=client,
        )
    ).unwrap()
