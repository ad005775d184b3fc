from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.list_sessions_request import ListSessionsRequest
from ...models.session_list import SessionList
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="list_sessions_of_account",
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "ListSessionsRequest",
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
                        "model": "ListSessionsPayload",
                        "properties": {"req_id": {"type": "string", "minLength": 32, "maxLength": 32}},
                        "required": ["req_id"],
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
    body: ListSessionsRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/ivh/sessionmanager/sessionmanagerservice/listsessionofuin",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json;charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[SessionList]:
    return OPERATION.build_response(response, SessionList.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListSessionsRequest,
) -> Response[SessionList]:
    """List the account's ongoing sessions

     Every ongoing session of the account the call is signed for.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

    Args:
        body (ListSessionsRequest): Request of list_sessions_of_account.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[SessionList]: The raw response, with ``parsed`` set on
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
    body: ListSessionsRequest,
) -> SessionList:
    """List the account's ongoing sessions

     Every ongoing session of the account the call is signed for.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

    Args:
        body (ListSessionsRequest): Request of list_sessions_of_account.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        SessionList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListSessionsRequest,
) -> Response[SessionList]:
    """List the account's ongoing sessions

     Every ongoing session of the account the call is signed for.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

    Args:
        body (ListSessionsRequest): Request of list_sessions_of_account.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[SessionList]: The raw response, with ``parsed`` set on
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
    body: ListSessionsRequest,
) -> SessionList:
    """List the account's ongoing sessions

     Every ongoing session of the account the call is signed for.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

    Args:
        body (ListSessionsRequest): Request of list_sessions_of_account.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        SessionList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
