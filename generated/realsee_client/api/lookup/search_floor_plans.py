from typing import Any, Literal

import httpx

from vrlive_core.inputs import as_member
from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.floor_plan_search_result import FloorPlanSearchResult
from ...models.search_floor_plans_area_sort import SearchFloorPlansAreaSort
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    envelope=ENVELOPE,
    id="search_floor_plans",
    inputs={
        "city_id": {"in": "query", "required": False, "schema": {"type": "integer"}},
        "resblock_id": {"in": "query", "required": False, "schema": {"type": "string"}},
        "room_count": {"in": "query", "required": False, "schema": {"type": "integer", "minimum": 0}},
        "parlor_count": {"in": "query", "required": False, "schema": {"type": "integer", "minimum": 0}},
        "area_min": {"in": "query", "required": False, "schema": {"type": "number", "minimum": 0}},
        "area_max": {"in": "query", "required": False, "schema": {"type": "number", "minimum": 0}},
        "area_sort": {
            "in": "query",
            "required": False,
            "schema": {"enum": ["ASC", "DESC"], "class": "SearchFloorPlansAreaSort"},
        },
    },
)


def _get_kwargs(
    *,
    city_id: int | Unset = UNSET,
    resblock_id: str | Unset = UNSET,
    room_count: int | Unset = UNSET,
    parlor_count: int | Unset = UNSET,
    area_min: float | Unset = UNSET,
    area_max: float | Unset = UNSET,
    area_sort: SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset = SearchFloorPlansAreaSort.ASC,
) -> dict[str, Any]:
    area_sort = UNSET if area_sort is None else as_member(SearchFloorPlansAreaSort, area_sort)
    OPERATION.check(
        {
            "city_id": city_id,
            "resblock_id": resblock_id,
            "room_count": room_count,
            "parlor_count": parlor_count,
            "area_min": area_min,
            "area_max": area_max,
            "area_sort": area_sort,
        }
    )

    params: dict[str, Any] = {}

    params["city_id"] = city_id

    params["resblock_id"] = resblock_id

    params["room_count"] = room_count

    params["parlor_count"] = parlor_count

    params["area_min"] = area_min

    params["area_max"] = area_max

    json_area_sort: str | Unset = UNSET
    if not isinstance(area_sort, Unset):
        json_area_sort = area_sort.value

    params["area_sort"] = json_area_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/floorplan/search",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[FloorPlanSearchResult]:
    return OPERATION.build_response(response, FloorPlanSearchResult.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    city_id: int | Unset = UNSET,
    resblock_id: str | Unset = UNSET,
    room_count: int | Unset = UNSET,
    parlor_count: int | Unset = UNSET,
    area_min: float | Unset = UNSET,
    area_max: float | Unset = UNSET,
    area_sort: SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset = SearchFloorPlansAreaSort.ASC,
) -> Response[FloorPlanSearchResult]:
    """Search floor plans (layouts) to produce

     Floor plans (layout groups) available for production, filtered by city, community, number
    of bedrooms and living rooms, and area, ordered by area. Each result's
    `outer_edge_group_id` is what `submit_ai_render` renders.

    The vendor documents `area_min` and `area_max` as strings holding numbers (`"50"`,
    `"180"`): a query carries text either way, so the spec types them as numbers.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/floorplan/search.yaml
    (`GET /open/v1/floorplan/search`).

    Args:
        city_id (int | Unset): The city's GB code, from `list_cities`.
        resblock_id (str | Unset): The community's id, from `suggest_resblocks`.
        room_count (int | Unset): Number of bedrooms.
        parlor_count (int | Unset): Number of living rooms.
        area_min (float | Unset): Smallest floor area, in square metres.
        area_max (float | Unset): Largest floor area, in square metres.
        area_sort (SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset): Order by area,
            `ASC` (the default) or `DESC`. Default: SearchFloorPlansAreaSort.ASC.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[FloorPlanSearchResult]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        city_id=city_id,
        resblock_id=resblock_id,
        room_count=room_count,
        parlor_count=parlor_count,
        area_min=area_min,
        area_max=area_max,
        area_sort=area_sort,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    city_id: int | Unset = UNSET,
    resblock_id: str | Unset = UNSET,
    room_count: int | Unset = UNSET,
    parlor_count: int | Unset = UNSET,
    area_min: float | Unset = UNSET,
    area_max: float | Unset = UNSET,
    area_sort: SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset = SearchFloorPlansAreaSort.ASC,
) -> FloorPlanSearchResult:
    """Search floor plans (layouts) to produce

     Floor plans (layout groups) available for production, filtered by city, community, number
    of bedrooms and living rooms, and area, ordered by area. Each result's
    `outer_edge_group_id` is what `submit_ai_render` renders.

    The vendor documents `area_min` and `area_max` as strings holding numbers (`"50"`,
    `"180"`): a query carries text either way, so the spec types them as numbers.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/floorplan/search.yaml
    (`GET /open/v1/floorplan/search`).

    Args:
        city_id (int | Unset): The city's GB code, from `list_cities`.
        resblock_id (str | Unset): The community's id, from `suggest_resblocks`.
        room_count (int | Unset): Number of bedrooms.
        parlor_count (int | Unset): Number of living rooms.
        area_min (float | Unset): Smallest floor area, in square metres.
        area_max (float | Unset): Largest floor area, in square metres.
        area_sort (SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset): Order by area,
            `ASC` (the default) or `DESC`. Default: SearchFloorPlansAreaSort.ASC.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        FloorPlanSearchResult
    """

    return sync_detailed(
        client=client,
        city_id=city_id,
        resblock_id=resblock_id,
        room_count=room_count,
        parlor_count=parlor_count,
        area_min=area_min,
        area_max=area_max,
        area_sort=area_sort,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    city_id: int | Unset = UNSET,
    resblock_id: str | Unset = UNSET,
    room_count: int | Unset = UNSET,
    parlor_count: int | Unset = UNSET,
    area_min: float | Unset = UNSET,
    area_max: float | Unset = UNSET,
    area_sort: SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset = SearchFloorPlansAreaSort.ASC,
) -> Response[FloorPlanSearchResult]:
    """Search floor plans (layouts) to produce

     Floor plans (layout groups) available for production, filtered by city, community, number
    of bedrooms and living rooms, and area, ordered by area. Each result's
    `outer_edge_group_id` is what `submit_ai_render` renders.

    The vendor documents `area_min` and `area_max` as strings holding numbers (`"50"`,
    `"180"`): a query carries text either way, so the spec types them as numbers.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/floorplan/search.yaml
    (`GET /open/v1/floorplan/search`).

    Args:
        city_id (int | Unset): The city's GB code, from `list_cities`.
        resblock_id (str | Unset): The community's id, from `suggest_resblocks`.
        room_count (int | Unset): Number of bedrooms.
        parlor_count (int | Unset): Number of living rooms.
        area_min (float | Unset): Smallest floor area, in square metres.
        area_max (float | Unset): Largest floor area, in square metres.
        area_sort (SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset): Order by area,
            `ASC` (the default) or `DESC`. Default: SearchFloorPlansAreaSort.ASC.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[FloorPlanSearchResult]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        city_id=city_id,
        resblock_id=resblock_id,
        room_count=room_count,
        parlor_count=parlor_count,
        area_min=area_min,
        area_max=area_max,
        area_sort=area_sort,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    city_id: int | Unset = UNSET,
    resblock_id: str | Unset = UNSET,
    room_count: int | Unset = UNSET,
    parlor_count: int | Unset = UNSET,
    area_min: float | Unset = UNSET,
    area_max: float | Unset = UNSET,
    area_sort: SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset = SearchFloorPlansAreaSort.ASC,
) -> FloorPlanSearchResult:
    """Search floor plans (layouts) to produce

     Floor plans (layout groups) available for production, filtered by city, community, number
    of bedrooms and living rooms, and area, ordered by area. Each result's
    `outer_edge_group_id` is what `submit_ai_render` renders.

    The vendor documents `area_min` and `area_max` as strings holding numbers (`"50"`,
    `"180"`): a query carries text either way, so the spec types them as numbers.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/floorplan/search.yaml
    (`GET /open/v1/floorplan/search`).

    Args:
        city_id (int | Unset): The city's GB code, from `list_cities`.
        resblock_id (str | Unset): The community's id, from `suggest_resblocks`.
        room_count (int | Unset): Number of bedrooms.
        parlor_count (int | Unset): Number of living rooms.
        area_min (float | Unset): Smallest floor area, in square metres.
        area_max (float | Unset): Largest floor area, in square metres.
        area_sort (SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset): Order by area,
            `ASC` (the default) or `DESC`. Default: SearchFloorPlansAreaSort.ASC.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        FloorPlanSearchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            city_id=city_id,
            resblock_id=resblock_id,
            room_count=room_count,
            parlor_count=parlor_count,
            area_min=area_min,
            area_max=area_max,
            area_sort=area_sort,
        )
    ).unwrap()
