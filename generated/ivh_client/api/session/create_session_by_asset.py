from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.create_session_by_asset_request import CreateSessionByAssetRequest
from ...models.created_session import CreatedSession
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="create_session_by_asset",
    idempotent=False,
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "CreateSessionByAssetRequest",
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
                        "model": "CreateSessionByAssetPayload",
                        "properties": {
                            "req_id": {"type": "string", "minLength": 32, "maxLength": 32},
                            "asset_virtualman_key": {"type": "string", "minLength": 1},
                            "user_id": {"type": "string", "minLength": 1},
                            "protocol": {"enum": ["rtmp", "trtc", "webrtc"], "class": "IvhProtocol"},
                            "driver_type": {"enum": [1, 3], "class": "IvhDriverType"},
                            "session_id": {"type": "string"},
                            "protocol_option": {
                                "type": "object",
                                "model": "IvhProtocolOption",
                                "properties": {
                                    "trtc_use_external_app": {"type": "boolean"},
                                    "trtc_app_id": {"type": "string"},
                                    "trtc_room_id": {"type": "integer"},
                                    "trtc_user_sig": {"type": "string"},
                                    "trtc_private_map_key": {"type": "string"},
                                    "css_custom_push_url": {"type": "string"},
                                },
                                "required": [],
                                "additional": {},
                            },
                            "speech_param": {
                                "type": "object",
                                "model": "IvhSpeechParam",
                                "properties": {
                                    "timbre_key": {"type": "string"},
                                    "speed": {"type": "number"},
                                    "volume": {"type": "integer"},
                                    "emotion_category": {"type": "string"},
                                    "emotion_intensity": {"type": "integer"},
                                },
                                "required": [],
                                "additional": {},
                            },
                            "extra_info": {
                                "type": "object",
                                "model": "CreateSessionByAssetPayloadExtraInfo",
                                "properties": {},
                                "required": [],
                                "additional": {},
                            },
                            "backgrounds": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "model": "IvhVideoLayer",
                                    "properties": {},
                                    "required": [],
                                    "additional": {},
                                },
                                "maxItems": 5,
                            },
                            "foregrounds": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "model": "IvhVideoLayer",
                                    "properties": {},
                                    "required": [],
                                    "additional": {},
                                },
                                "maxItems": 5,
                            },
                            "anchor_param": {
                                "type": "object",
                                "model": "IvhAnchorParam",
                                "properties": {},
                                "required": [],
                                "additional": {},
                            },
                        },
                        "required": ["req_id", "asset_virtualman_key", "user_id", "protocol", "driver_type"],
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
    body: CreateSessionByAssetRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/ivh/sessionmanager/sessionmanagerservice/createsessionbyasset",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json;charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[CreatedSession]:
    return OPERATION.build_response(response, CreatedSession.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSessionByAssetRequest,
) -> Response[CreatedSession]:
    """Create a stream session of a personal asset image

     As create_session, for a personal asset image (`AssetVirtualmanKey`, from the digital human
    platform's asset management) instead of a digital human project, with the timbre, video
    layers (backgrounds and foregrounds, at most 5 together) and anchor placement of this stream.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62103

    Args:
        body (CreateSessionByAssetRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CreatedSession]: The raw response, with ``parsed`` set on
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
    body: CreateSessionByAssetRequest,
) -> CreatedSession:
    """Create a stream session of a personal asset image

     As create_session, for a personal asset image (`AssetVirtualmanKey`, from the digital human
    platform's asset management) instead of a digital human project, with the timbre, video
    layers (backgrounds and foregrounds, at most 5 together) and anchor placement of this stream.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62103

    Args:
        body (CreateSessionByAssetRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CreatedSession
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSessionByAssetRequest,
) -> Response[CreatedSession]:
    """Create a stream session of a personal asset image

     As create_session, for a personal asset image (`AssetVirtualmanKey`, from the digital human
    platform's asset management) instead of a digital human project, with the timbre, video
    layers (backgrounds and foregrounds, at most 5 together) and anchor placement of this stream.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62103

    Args:
        body (CreateSessionByAssetRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CreatedSession]: The raw response, with ``parsed`` set on
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
    body: CreateSessionByAssetRequest,
) -> CreatedSession:
    """Create a stream session of a personal asset image

     As create_session, for a personal asset image (`AssetVirtualmanKey`, from the digital human
    platform's asset management) instead of a digital human project, with the timbre, video
    layers (backgrounds and foregrounds, at most 5 together) and anchor placement of this stream.

    Vendor docs: https://www.tencentcloud.com/document/product/1211/62103

    Args:
        body (CreateSessionByAssetRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CreatedSession
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
