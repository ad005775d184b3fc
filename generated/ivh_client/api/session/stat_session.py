from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.session_request import SessionRequest
from ...models.session_stat import SessionStat
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="stat_session",
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "SessionRequest",
                "properties": {
                    "header": {
                        "type": "object",
                        "model": "IvhRequestHeader",
                        "properties": {},
                        "required": [],
                        "additional": {},
                        "maxProperties": 0,
                    },
                    "payload": {
                        "type": "object",
                        "model": "SessionRef",
                        "properties": {
                            "req_id": {"type": "string", "minLength": 32, "maxLength": 32},
                            "session_id": {"type": "string", "minLength": 1},
                        },
                        "required": ["req_id", "session_id"],
                        "additional": {},
                    },
                },
                "required": ["header", "payload"],
                "additional": {},
            },
        }
    },
)


def _get_kwargs(
    *,
    body: SessionRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/ivh/sessionmanager/sessionmanagerservice/statsession",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json;charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[SessionStat]:
    return OPERATION.build_response(response, SessionStat.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionRequest,
) -> Response[SessionStat]:
    """Get a session's status

     Returns a session's status (1 ready, 2 closed, 3 preparing, 4 failed), its playback address,
    whether it has been started, and the error behind a failure. Poll about every five seconds,
    up to about two minutes, until the session is ready.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100389

    Args:
        body (SessionRequest): Request of stat_session, start_session and close_session.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[SessionStat]: The raw response, with ``parsed`` set on
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
    body: SessionRequest,
) -> SessionStat:
    """Get a session's status

     Returns a session's status (1 ready, 2 closed, 3 preparing, 4 failed), its playback address,
    whether it has been started, and the error behind a failure. Poll about every five seconds,
    up to about two minutes, until the session is ready.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100389

    Args:
        body (SessionRequest): Request of stat_session, start_session and close_session.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        SessionStat
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SessionRequest,
) -> Response[SessionStat]:
    """Get a session's status

     Returns a session's status (1 ready, 2 closed, 3 preparing, 4 failed), its playback address,
    whether it has been started, and the error behind a failure. Poll about every five seconds,
    up to about two minutes, until the session is ready.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100389

    Args:
        body (SessionRequest): Request of stat_session, start_session and close_session.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[SessionStat]: The raw response, with ``parsed`` set on
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
    body: SessionRequest,
) -> SessionStat:
    """Get a session's status

     Returns a session's status (1 ready, 2 closed, 3 preparing, 4 failed), its playback address,
    whether it has been started, and the error behind a failure. Poll about every five seconds,
    up to about two minutes, until the session is ready.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100389

    Args:
        body (SessionRequest): Request of stat_session, start_session and close_session.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        SessionStat
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
