from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.ai_render_styles import AiRenderStyles
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="list_ai_render_styles",
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/shepherd/virtual/render/ai/style",
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[AiRenderStyles]:
    return OPERATION.build_response(response, AiRenderStyles.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AiRenderStyles]:
    """List the design styles of AI renders

     The design styles `submit_ai_render` can use.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_style.yaml
    (`GET /open/v1/shepherd/virtual/render/ai/style`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[AiRenderStyles]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs()
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AiRenderStyles:
    """List the design styles of AI renders

     The design styles `submit_ai_render` can use.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_style.yaml
    (`GET /open/v1/shepherd/virtual/render/ai/style`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        AiRenderStyles
    """

    return sync_detailed(
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AiRenderStyles]:
    """List the design styles of AI renders

     The design styles `submit_ai_render` can use.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_style.yaml
    (`GET /open/v1/shepherd/virtual/render/ai/style`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[AiRenderStyles]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs()
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AiRenderStyles:
    """List the design styles of AI renders

     The design styles `submit_ai_render` can use.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_style.yaml
    (`GET /open/v1/shepherd/virtual/render/ai/style`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        AiRenderStyles
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).unwrap()
