from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.voice_room_signature import VoiceRoomSignature
from ...models.voice_room_signature_request import VoiceRoomSignatureRequest
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_voice_room_signature",
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "VoiceRoomSignatureRequest",
                "properties": {
                    "app_id": {"type": "string"},
                    "user_identifier": {"type": "string"},
                    "user_role": {"type": "string"},
                    "room_code": {"type": "string"},
                    "voice_id": {"type": "string"},
                },
                "required": ["app_id", "user_identifier", "user_role", "room_code"],
                "additional": {},
            },
        }
    },
)


def _get_kwargs(
    *,
    body: VoiceRoomSignatureRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/live/voice/sign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[VoiceRoomSignature]:
    return OPERATION.build_response(response, VoiceRoomSignature.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VoiceRoomSignatureRequest,
) -> Response[VoiceRoomSignature]:
    """Get a voice room signature

     Signs a user into the voice channel of a viewing room (the voice-side "join room").

    Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Get Voice Room Signature
    Interface);
    fields from https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml

    Args:
        body (VoiceRoomSignatureRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[VoiceRoomSignature]: The raw response, with ``parsed`` set on
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
    body: VoiceRoomSignatureRequest,
) -> VoiceRoomSignature:
    """Get a voice room signature

     Signs a user into the voice channel of a viewing room (the voice-side "join room").

    Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Get Voice Room Signature
    Interface);
    fields from https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml

    Args:
        body (VoiceRoomSignatureRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        VoiceRoomSignature
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VoiceRoomSignatureRequest,
) -> Response[VoiceRoomSignature]:
    """Get a voice room signature

     Signs a user into the voice channel of a viewing room (the voice-side "join room").

    Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Get Voice Room Signature
    Interface);
    fields from https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml

    Args:
        body (VoiceRoomSignatureRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[VoiceRoomSignature]: The raw response, with ``parsed`` set on
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
    body: VoiceRoomSignatureRequest,
) -> VoiceRoomSignature:
    """Get a voice room signature

     Signs a user into the voice channel of a viewing room (the voice-side "join room").

    Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Get Voice Room Signature
    Interface);
    fields from https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml

    Args:
        body (VoiceRoomSignatureRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        VoiceRoomSignature
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
