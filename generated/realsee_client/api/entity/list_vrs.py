from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.vr_page import VrPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    envelope=ENVELOPE,
    id="list_vrs",
    inputs={
        "page": {"in": "query", "required": True, "schema": {"type": "integer", "minimum": 1}},
        "page_size": {"in": "query", "required": False, "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
    },
)


def _get_kwargs(
    *,
    page: int = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "page": page,
            "page_size": page_size,
        }
    )

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/entity/vr/list",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[VrPage]:
    return OPERATION.build_response(response, VrPage.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int = 1,
    page_size: int | Unset = 10,
) -> Response[VrPage]:
    """List the application's VR works

     One page of the VR works the application owns. Only published works are listed: projects
    still being shot or edited are not. `page` is required by the vendor (pages count from 1);
    `page_size` defaults to 10 and is at most 1000.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/vr/list`); seed 000's navigation lists the newer pages of this
    family under "Basic Data".

    Args:
        page (int): The page to return, from 1. Default: 1.
        page_size (int | Unset): How many works a page holds (10 when not given, at most 1000).
            Default: 10.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[VrPage]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int = 1,
    page_size: int | Unset = 10,
) -> VrPage:
    """List the application's VR works

     One page of the VR works the application owns. Only published works are listed: projects
    still being shot or edited are not. `page` is required by the vendor (pages count from 1);
    `page_size` defaults to 10 and is at most 1000.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/vr/list`); seed 000's navigation lists the newer pages of this
    family under "Basic Data".

    Args:
        page (int): The page to return, from 1. Default: 1.
        page_size (int | Unset): How many works a page holds (10 when not given, at most 1000).
            Default: 10.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        VrPage
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int = 1,
    page_size: int | Unset = 10,
) -> Response[VrPage]:
    """List the application's VR works

     One page of the VR works the application owns. Only published works are listed: projects
    still being shot or edited are not. `page` is required by the vendor (pages count from 1);
    `page_size` defaults to 10 and is at most 1000.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/vr/list`); seed 000's navigation lists the newer pages of this
    family under "Basic Data".

    Args:
        page (int): The page to return, from 1. Default: 1.
        page_size (int | Unset): How many works a page holds (10 when not given, at most 1000).
            Default: 10.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[VrPage]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int = 1,
    page_size: int | Unset = 10,
) -> VrPage:
    """List the application's VR works

     One page of the VR works the application owns. Only published works are listed: projects
    still being shot or edited are not. `page` is required by the vendor (pages count from 1);
    `page_size` defaults to 10 and is at most 1000.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/vr/list`); seed 000's navigation lists the newer pages of this
    family under "Basic Data".

    Args:
        page (int): The page to return, from 1. Default: 1.
        page_size (int | Unset): How many works a page holds (10 when not given, at most 1000).
            Default: 10.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        VrPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
        )
    ).unwrap()
