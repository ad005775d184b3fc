from typing import Any

import httpx

from vrlive_core.inputs import path_segment
from vrlive_core.operation import Operation, no_data

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.relay_extends_request import RelayExtendsRequest
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="update_relay_extends",
    inputs={
        "relay_id": {"in": "path", "required": True, "schema": {"type": "string", "minLength": 1}},
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "RelayExtendsRequest",
                "properties": {
                    "extends": {
                        "type": "object",
                        "model": "RelayExtends",
                        "properties": {},
                        "required": [],
                        "additional": {"type": "string"},
                    }
                },
                "required": ["extends"],
                "additional": {},
            },
        },
    },
)


def _get_kwargs(
    relay_id: str,
    *,
    body: RelayExtendsRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "relay_id": relay_id,
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/client/relay/{path_segment(relay_id)}/extends",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[None]:
    return OPERATION.build_response(response, no_data)


def sync_detailed(
    relay_id: str,
    *,
    client: AuthenticatedClient,
    body: RelayExtendsRequest,
) -> Response[None]:
    """Update a relay session's extension fields

     Replaces the relay session's extension fields (string keys and values).

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.
        body (RelayExtendsRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[None]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        relay_id=relay_id,
        body=body,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    relay_id: str,
    *,
    client: AuthenticatedClient,
    body: RelayExtendsRequest,
) -> None:
    """Update a relay session's extension fields

     Replaces the relay session's extension fields (string keys and values).

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.
        body (RelayExtendsRequest):

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
        body=body,
    ).unwrap()


async def asyncio_detailed(
    relay_id: str,
    *,
    client: AuthenticatedClient,
    body: RelayExtendsRequest,
) -> Response[None]:
    """Update a relay session's extension fields

     Replaces the relay session's extension fields (string keys and values).

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.
        body (RelayExtendsRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[None]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        relay_id=relay_id,
        body=body,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    relay_id: str,
    *,
    client: AuthenticatedClient,
    body: RelayExtendsRequest,
) -> None:
    """Update a relay session's extension fields

     Replaces the relay session's extension fields (string keys and values).

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.
        body (RelayExtendsRequest):

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
            body=body,
        )
    ).unwrap()
