from typing import Any

import httpx

from vrlive_core.inputs import path_segment
from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.relay_progress import RelayProgress
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="report_relay_started",
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
        "url": f"/client/relay/{path_segment(relay_id)}/started",
    }

    return _kwargs


def _parse_data(data: Any) -> RelayProgress | None:
    return None if data is None else RelayProgress.from_dict(data)


def _build_response(response: httpx.Response) -> Response[RelayProgress | None]:
    return OPERATION.build_response(response, _parse_data)


def sync_detailed(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[RelayProgress | None]:
    """Report that the caller's relay push started

     After pushing the local stream to the other room, report it; the session's status moves on
    (to 2, 3 or 4). The seed page shows no `data`; the open-source server also returns the
    relay's id and new status, kept here as optional `data`.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[RelayProgress | None]: The raw response, with ``parsed`` set on
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
) -> RelayProgress | None:
    """Report that the caller's relay push started

     After pushing the local stream to the other room, report it; the session's status moves on
    (to 2, 3 or 4). The seed page shows no `data`; the open-source server also returns the
    relay's id and new status, kept here as optional `data`.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        RelayProgress | None
    """

    return sync_detailed(
        relay_id=relay_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    relay_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[RelayProgress | None]:
    """Report that the caller's relay push started

     After pushing the local stream to the other room, report it; the session's status moves on
    (to 2, 3 or 4). The seed page shows no `data`; the open-source server also returns the
    relay's id and new status, kept here as optional `data`.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[RelayProgress | None]: The raw response, with ``parsed`` set on
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
) -> RelayProgress | None:
    """Report that the caller's relay push started

     After pushing the local stream to the other room, report it; the session's status moves on
    (to 2, 3 or 4). The seed page shows no `data`; the open-source server also returns the
    relay's id and new status, kept here as optional `data`.

    Vendor docs: https://developer.qiniu.com/lowcode/12196

    Args:
        relay_id (str): The relay session's id.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        RelayProgress | None
    """

    return (
        await asyncio_detailed(
            relay_id=relay_id,
            client=client,
        )
    ).unwrap()
