from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.command_ack import CommandAck
from ...models.send_text_request import SendTextRequest
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="send_command",
    idempotent=False,
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "SendTextRequest",
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
                        "model": "SendTextCommand",
                        "properties": {
                            "session_id": {"type": "string", "minLength": 1},
                            "command": {"enum": ["SEND_TEXT"], "class": "IvhTextCommandName"},
                            "data": {
                                "type": "object",
                                "model": "SendTextData",
                                "properties": {
                                    "text": {"type": "string", "maxLength": 4000},
                                    "interrupt": {"type": "boolean"},
                                    "chat_command": {"type": "string"},
                                    "chat_round_id": {"type": "string"},
                                    "cloud_ai_visitor_biz_id": {"type": "string", "maxLength": 64},
                                },
                                "required": [],
                                "additional": {},
                            },
                            "req_id": {"type": "string", "minLength": 32, "maxLength": 32},
                        },
                        "required": ["session_id", "command", "data"],
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
    body: SendTextRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/ivh/interactdriver/interactdriverservice/command",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json;charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CommandAck | None:
    return None if data is None else CommandAck.from_dict(data)


def _build_response(response: httpx.Response) -> Response[CommandAck | None]:
    return OPERATION.build_response(response, _parse_data)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SendTextRequest,
) -> Response[CommandAck | None]:
    """Make a started session say a text (SEND_TEXT over HTTP)

     Sends a text for the digital human to say, or (`Interrupt` alone) stops what it is saying.
    The interval between two texts to one session must be greater than one second (the vrlive
    facades wait for it, on this call and on the command channel alike). Only the answer's code
    matters. The same message goes over the command channel (`x-channels`) as `SEND_TEXT`.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62120

    Args:
        body (SendTextRequest): SEND_TEXT, as send_command's body and as an upstream message of
            the command channel.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CommandAck | None]: The raw response, with ``parsed`` set on
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
    body: SendTextRequest,
) -> CommandAck | None:
    """Make a started session say a text (SEND_TEXT over HTTP)

     Sends a text for the digital human to say, or (`Interrupt` alone) stops what it is saying.
    The interval between two texts to one session must be greater than one second (the vrlive
    facades wait for it, on this call and on the command channel alike). Only the answer's code
    matters. The same message goes over the command channel (`x-channels`) as `SEND_TEXT`.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62120

    Args:
        body (SendTextRequest): SEND_TEXT, as send_command's body and as an upstream message of
            the command channel.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CommandAck | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendTextRequest,
) -> Response[CommandAck | None]:
    """Make a started session say a text (SEND_TEXT over HTTP)

     Sends a text for the digital human to say, or (`Interrupt` alone) stops what it is saying.
    The interval between two texts to one session must be greater than one second (the vrlive
    facades wait for it, on this call and on the command channel alike). Only the answer's code
    matters. The same message goes over the command channel (`x-channels`) as `SEND_TEXT`.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62120

    Args:
        body (SendTextRequest): SEND_TEXT, as send_command's body and as an upstream message of
            the command channel.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CommandAck | None]: The raw response, with ``parsed`` set on
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
    body: SendTextRequest,
) -> CommandAck | None:
    """Make a started session say a text (SEND_TEXT over HTTP)

     Sends a text for the digital human to say, or (`Interrupt` alone) stops what it is saying.
    The interval between two texts to one session must be greater than one second (the vrlive
    facades wait for it, on this call and on the command channel alike). Only the answer's code
    matters. The same message goes over the command channel (`x-channels`) as `SEND_TEXT`.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62120

    Args:
        body (SendTextRequest): SEND_TEXT, as send_command's body and as an upstream message of
            the command channel.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CommandAck | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
