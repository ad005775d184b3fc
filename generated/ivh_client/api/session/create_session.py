from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.create_session_request import CreateSessionRequest
from ...models.created_session import CreatedSession
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="create_session",
    idempotent=False,
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "CreateSessionRequest",
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
                        "model": "CreateSessionPayload",
                        "properties": {
                            "req_id": {"type": "string", "minLength": 32, "maxLength": 32},
                            "virtualman_project_id": {"type": "string", "minLength": 1},
                            "user_id": {"type": "string", "minLength": 1},
                            "protocol": {"enum": ["rtmp", "trtc", "webrtc"], "class": "IvhProtocol"},
                            "driver_type": {"enum": [1, 3], "class": "IvhDriverType"},
                            "session_id": {"type": "string"},
                            "stream_max_interval": {"type": "integer"},
                            "extra_info": {
                                "type": "object",
                                "model": "CreateSessionPayloadExtraInfo",
                                "properties": {},
                                "required": [],
                                "additional": {},
                            },
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
                        },
                        "required": ["req_id", "virtualman_project_id", "user_id", "protocol", "driver_type"],
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
    body: CreateSessionRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/ivh/sessionmanager/sessionmanagerservice/createsession",
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
    body: CreateSessionRequest,
) -> Response[CreatedSession]:
    """Create a stream session

     Creates a digital-human video stream and returns its session id and playback address. The
    session starts in status 3 (preparing) and becomes 1 (ready) after a while: poll
    stat_session, then start_session. Creating a session with a UserId that already has one
    closes the older session.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100388

    Args:
        body (CreateSessionRequest):

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
    body: CreateSessionRequest,
) -> CreatedSession:
    """Create a stream session

     Creates a digital-human video stream and returns its session id and playback address. The
    session starts in status 3 (preparing) and becomes 1 (ready) after a while: poll
    stat_session, then start_session. Creating a session with a UserId that already has one
    closes the older session.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100388

    Args:
        body (CreateSessionRequest):

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
    body: CreateSessionRequest,
) -> Response[CreatedSession]:
    """Create a stream session

     Creates a digital-human video stream and returns its session id and playback address. The
    session starts in status 3 (preparing) and becomes 1 (ready) after a while: poll
    stat_session, then start_session. Creating a session with a UserId that already has one
    closes the older session.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100388

    Args:
        body (CreateSessionRequest):

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
    body: CreateSessionRequest,
) -> CreatedSession:
    """Create a stream session

     Creates a digital-human video stream and returns its session id and playback address. The
    session starts in status 3 (preparing) and becomes 1 (ready) after a while: poll
    stat_session, then start_session. Creating a session with a UserId that already has one
    closes the older session.

    Vendor docs: https://cloud.tencent.com/document/product/1240/100388

    Args:
        body (CreateSessionRequest):

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
