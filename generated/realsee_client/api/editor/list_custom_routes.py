from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.custom_routes import CustomRoutes
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="list_custom_routes",
    inputs={
        "source": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "resource_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
    },
)


def _get_kwargs(
    *,
    source: str,
    resource_code: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "source": source,
            "resource_code": resource_code,
        }
    )

    params: dict[str, Any] = {}

    params["source"] = source

    params["resource_code"] = resource_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/realsee-data/custom/route/list.json",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[CustomRoutes]:
    return OPERATION.build_response(response, CustomRoutes.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source: str,
    resource_code: str,
) -> Response[CustomRoutes]:
    """List a work copy's guided routes

     The guided routes set in the editor for a copy of a work, each a named sequence of
    observation points, in display order. Same host, auth and envelope as the gateway's other
    calls (see `get_custom_detail`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/route/list.yaml
    (`GET /realsee-data/custom/route/list.json`). The document writes the route's fields straight under
    `items`, without
    `properties`, and does not type the points of `pano_group`: the spec reads them as the
    route's properties and leaves the points untyped.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CustomRoutes]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        source=source,
        resource_code=resource_code,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    source: str,
    resource_code: str,
) -> CustomRoutes:
    """List a work copy's guided routes

     The guided routes set in the editor for a copy of a work, each a named sequence of
    observation points, in display order. Same host, auth and envelope as the gateway's other
    calls (see `get_custom_detail`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/route/list.yaml
    (`GET /realsee-data/custom/route/list.json`). The document writes the route's fields straight under
    `items`, without
    `properties`, and does not type the points of `pano_group`: the spec reads them as the
    route's properties and leaves the points untyped.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CustomRoutes
    """

    return sync_detailed(
        client=client,
        source=source,
        resource_code=resource_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source: str,
    resource_code: str,
) -> Response[CustomRoutes]:
    """List a work copy's guided routes

     The guided routes set in the editor for a copy of a work, each a named sequence of
    observation points, in display order. Same host, auth and envelope as the gateway's other
    calls (see `get_custom_detail`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/route/list.yaml
    (`GET /realsee-data/custom/route/list.json`). The document writes the route's fields straight under
    `items`, without
    `properties`, and does not type the points of `pano_group`: the spec reads them as the
    route's properties and leaves the points untyped.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CustomRoutes]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        source=source,
        resource_code=resource_code,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source: str,
    resource_code: str,
) -> CustomRoutes:
    """List a work copy's guided routes

     The guided routes set in the editor for a copy of a work, each a named sequence of
    observation points, in display order. Same host, auth and envelope as the gateway's other
    calls (see `get_custom_detail`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/route/list.yaml
    (`GET /realsee-data/custom/route/list.json`). The document writes the route's fields straight under
    `items`, without
    `properties`, and does not type the points of `pano_group`: the spec reads them as the
    route's properties and leaves the points untyped.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CustomRoutes
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            resource_code=resource_code,
        )
    ).unwrap()
