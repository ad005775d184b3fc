from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.ai_render import AiRender
from ...models.submit_ai_render_request import SubmitAiRenderRequest
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="submit_ai_render",
    idempotent=False,
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "SubmitAiRenderRequest",
                "properties": {
                    "outer_edge_group_id": {"type": "string", "minLength": 1},
                    "style_id": {"type": "string", "minLength": 1},
                    "callback_id": {"type": "string", "maxLength": 128},
                    "callback_context": {"type": "string", "maxLength": 1024},
                },
                "required": ["outer_edge_group_id", "style_id", "callback_id"],
                "additional": {},
            },
        }
    },
)


def _get_kwargs(
    *,
    body: SubmitAiRenderRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/shepherd/virtual/render/ai/submit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[AiRender]:
    return OPERATION.build_response(response, AiRender.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitAiRenderRequest,
) -> Response[AiRender]:
    """Submit an AI virtual render of a floor plan

     Renders a floor plan (`outer_edge_group_id`, from `search_floor_plans`) in a design style
    as a virtual VR work. The render starts in `RENDER_ING`; `81` + `basic_render_code` is the
    work's `vr_code`. When the render is done or has failed, Realsee POSTs an
    `AiRenderCallback` (JSON) to the application's callback endpoint, carrying your
    `callback_id` and `callback_context`, and expects an `AiRenderCallbackReply` (`code` 0;
    anything else is retried up to three times).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_submit.yaml
    (`POST /open/v1/shepherd/virtual/render/ai/submit`). It types the request's `style_id` as
    a string limited to `"3"`, the answer's and the style list's as a number, and shows `1118`
    in the callback: the spec takes any style id the style list gives, as a string in the
    request (as documented) and an integer in answers.

    Args:
        body (SubmitAiRenderRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[AiRender]: The raw response, with ``parsed`` set on
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
    body: SubmitAiRenderRequest,
) -> AiRender:
    """Submit an AI virtual render of a floor plan

     Renders a floor plan (`outer_edge_group_id`, from `search_floor_plans`) in a design style
    as a virtual VR work. The render starts in `RENDER_ING`; `81` + `basic_render_code` is the
    work's `vr_code`. When the render is done or has failed, Realsee POSTs an
    `AiRenderCallback` (JSON) to the application's callback endpoint, carrying your
    `callback_id` and `callback_context`, and expects an `AiRenderCallbackReply` (`code` 0;
    anything else is retried up to three times).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_submit.yaml
    (`POST /open/v1/shepherd/virtual/render/ai/submit`). It types the request's `style_id` as
    a string limited to `"3"`, the answer's and the style list's as a number, and shows `1118`
    in the callback: the spec takes any style id the style list gives, as a string in the
    request (as documented) and an integer in answers.

    Args:
        body (SubmitAiRenderRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        AiRender
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitAiRenderRequest,
) -> Response[AiRender]:
    """Submit an AI virtual render of a floor plan

     Renders a floor plan (`outer_edge_group_id`, from `search_floor_plans`) in a design style
    as a virtual VR work. The render starts in `RENDER_ING`; `81` + `basic_render_code` is the
    work's `vr_code`. When the render is done or has failed, Realsee POSTs an
    `AiRenderCallback` (JSON) to the application's callback endpoint, carrying your
    `callback_id` and `callback_context`, and expects an `AiRenderCallbackReply` (`code` 0;
    anything else is retried up to three times).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_submit.yaml
    (`POST /open/v1/shepherd/virtual/render/ai/submit`). It types the request's `style_id` as
    a string limited to `"3"`, the answer's and the style list's as a number, and shows `1118`
    in the callback: the spec takes any style id the style list gives, as a string in the
    request (as documented) and an integer in answers.

    Args:
        body (SubmitAiRenderRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[AiRender]: The raw response, with ``parsed`` set on
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
    body: SubmitAiRenderRequest,
) -> AiRender:
    """Submit an AI virtual render of a floor plan

     Renders a floor plan (`outer_edge_group_id`, from `search_floor_plans`) in a design style
    as a virtual VR work. The render starts in `RENDER_ING`; `81` + `basic_render_code` is the
    work's `vr_code`. When the render is done or has failed, Realsee POSTs an
    `AiRenderCallback` (JSON) to the application's callback endpoint, carrying your
    `callback_id` and `callback_context`, and expects an `AiRenderCallbackReply` (`code` 0;
    anything else is retried up to three times).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_submit.yaml
    (`POST /open/v1/shepherd/virtual/render/ai/submit`). It types the request's `style_id` as
    a string limited to `"3"`, the answer's and the style list's as a number, and shows `1118`
    in the callback: the spec takes any style id the style list gives, as a string in the
    request (as documented) and an integer in answers.

    Args:
        body (SubmitAiRenderRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        AiRender
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
