from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.resblock_suggestions import ResblockSuggestions
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="suggest_resblocks",
    inputs={
        "keyword": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "city_id": {"in": "query", "required": True, "schema": {"type": "integer"}},
    },
)


def _get_kwargs(
    *,
    keyword: str,
    city_id: int,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "keyword": keyword,
            "city_id": city_id,
        }
    )

    params: dict[str, Any] = {}

    params["keyword"] = keyword

    params["city_id"] = city_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/resblock/suggest",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[ResblockSuggestions]:
    return OPERATION.build_response(response, ResblockSuggestions.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    keyword: str,
    city_id: int,
) -> Response[ResblockSuggestions]:
    """Suggest residential communities by keyword

     Residential communities (resblocks) of a city whose names match a keyword, for choosing
    where to produce.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/resblock/suggest.yaml
    (`GET /open/v1/resblock/suggest`). The Chinese document names the keyword parameter
    `keyword`, the English one `keywords`; the English documents are translations of the
    Chinese ones, so the spec follows `keyword`. Both type `resblock_name` as `number` with a
    community's name as its default: the spec says string.

    Args:
        keyword (str): Part of the community's name.
        city_id (int): The city's GB code, from `list_cities` (the vendor documents it as a string
            of digits).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ResblockSuggestions]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        keyword=keyword,
        city_id=city_id,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    keyword: str,
    city_id: int,
) -> ResblockSuggestions:
    """Suggest residential communities by keyword

     Residential communities (resblocks) of a city whose names match a keyword, for choosing
    where to produce.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/resblock/suggest.yaml
    (`GET /open/v1/resblock/suggest`). The Chinese document names the keyword parameter
    `keyword`, the English one `keywords`; the English documents are translations of the
    Chinese ones, so the spec follows `keyword`. Both type `resblock_name` as `number` with a
    community's name as its default: the spec says string.

    Args:
        keyword (str): Part of the community's name.
        city_id (int): The city's GB code, from `list_cities` (the vendor documents it as a string
            of digits).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ResblockSuggestions
    """

    return sync_detailed(
        client=client,
        keyword=keyword,
        city_id=city_id,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    keyword: str,
    city_id: int,
) -> Response[ResblockSuggestions]:
    """Suggest residential communities by keyword

     Residential communities (resblocks) of a city whose names match a keyword, for choosing
    where to produce.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/resblock/suggest.yaml
    (`GET /open/v1/resblock/suggest`). The Chinese document names the keyword parameter
    `keyword`, the English one `keywords`; the English documents are translations of the
    Chinese ones, so the spec follows `keyword`. Both type `resblock_name` as `number` with a
    community's name as its default: the spec says string.

    Args:
        keyword (str): Part of the community's name.
        city_id (int): The city's GB code, from `list_cities` (the vendor documents it as a string
            of digits).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ResblockSuggestions]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        keyword=keyword,
        city_id=city_id,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    keyword: str,
    city_id: int,
) -> ResblockSuggestions:
    """Suggest residential communities by keyword

     Residential communities (resblocks) of a city whose names match a keyword, for choosing
    where to produce.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/resblock/suggest.yaml
    (`GET /open/v1/resblock/suggest`). The Chinese document names the keyword parameter
    `keyword`, the English one `keywords`; the English documents are translations of the
    Chinese ones, so the spec follows `keyword`. Both type `resblock_name` as `number` with a
    community's name as its default: the spec says string.

    Args:
        keyword (str): Part of the community's name.
        city_id (int): The city's GB code, from `list_cities` (the vendor documents it as a string
            of digits).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ResblockSuggestions
    """

    return (
        await asyncio_detailed(
            client=client,
            keyword=keyword,
            city_id=city_id,
        )
    ).unwrap()
