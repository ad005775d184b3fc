from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.trtc_sign import TrtcSign
from ...models.trtc_sign_request import TrtcSignRequest
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_trtc_sign",
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "TrtcSignRequest",
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
                        "model": "TrtcSignPayload",
                        "properties": {
                            "req_id": {"type": "string", "minLength": 32, "maxLength": 32},
                            "session_id": {"type": "string", "minLength": 1},
                            "room_id": {"type": "string", "minLength": 1},
                            "user_id": {"type": "string", "minLength": 1},
                            "str_room_id": {"type": "string"},
                        },
                        "required": ["req_id", "session_id", "room_id", "user_id"],
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
    body: TrtcSignRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json;charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[TrtcSign]:
    return OPERATION.build_response(response, TrtcSign.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TrtcSignRequest,
) -> Response[TrtcSign]:
    """Get the key to a session's TRTC room

     For sessions created with the TRTC protocol on the digital human's own TRTC account: returns
    the UserSig and PrivateMapKey another user needs to enter the room. `RoomId` is parsed from
    the session's playback address; the newer Chinese page adds an optional string `StrRoomId`.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100405 (English: seed 003)

    Args:
        body (TrtcSignRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[TrtcSign]: The raw response, with ``parsed`` set on
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
    body: TrtcSignRequest,
) -> TrtcSign:
    """Get the key to a session's TRTC room

     For sessions created with the TRTC protocol on the digital human's own TRTC account: returns
    the UserSig and PrivateMapKey another user needs to enter the room. `RoomId` is parsed from
    the session's playback address; the newer Chinese page adds an optional string `StrRoomId`.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100405 (English: seed 003)

    Args:
        body (TrtcSignRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        TrtcSign
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TrtcSignRequest,
) -> Response[TrtcSign]:
    """Get the key to a session's TRTC room

     For sessions created with the TRTC protocol on the digital human's own TRTC account: returns
    the UserSig and PrivateMapKey another user needs to enter the room. `RoomId` is parsed from
    the session's playback address; the newer Chinese page adds an optional string `StrRoomId`.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100405 (English: seed 003)

    Args:
        body (TrtcSignRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[TrtcSign]: The raw response, with ``parsed`` set on
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
    body: TrtcSignRequest,
) -> TrtcSign:
    """Get the key to a session's TRTC room

     For sessions created with the TRTC protocol on the digital human's own TRTC account: returns
    the UserSig and PrivateMapKey another user needs to enter the room. `RoomId` is parsed from
    the session's playback address; the newer Chinese page adds an optional string `StrRoomId`.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100405 (English: seed 003)

    Args:
        body (TrtcSignRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        TrtcSign
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
