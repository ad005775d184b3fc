"""Where production can happen - cities, residential communities and the floor plans (layouts) of both.

Resource classes of the ``lookup`` operations:
[`Lookup`][realsee_client.resources.lookup.Lookup] and
[`AsyncLookup`][realsee_client.resources.lookup.AsyncLookup] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..api.lookup import list_cities as _list_cities
from ..api.lookup import search_floor_plans as _search_floor_plans
from ..api.lookup import suggest_resblocks as _suggest_resblocks
from ..models.city import City
from ..models.floor_plan_search_result import FloorPlanSearchResult
from ..models.realsee_no_data import RealseeNoData
from ..models.resblock_suggestions import ResblockSuggestions
from ..models.search_floor_plans_area_sort import SearchFloorPlansAreaSort
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Lookup:
    """Where production can happen - cities, residential communities and the floor plans (layouts) of both."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> LookupWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return LookupWithRawResponse(self._source)

    def list_cities(
        self,
    ) -> list[City] | None | RealseeNoData:
        """List the cities where production is possible

        Every city where Realsee can produce works (real shoots or virtual design), with its
        national standard code (GB code), which is the `city_id` of the other lookups.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/city/list.yaml
        (`GET /open/v1/city/list`). It types `city_id` as `number` here and in the floor plan
        search, and as a string holding digits (`"110000"`) in the community search; a GB code is
        a whole number, so the spec says integer in all three.

        Returns:
            list[City] | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _list_cities.sync(
            client=self._source.client_for("AccessToken"),
        )

    def suggest_resblocks(
        self,
        *,
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
            city_id (int): The city's GB code, from `list_cities` (the vendor documents it as a string of
                digits).

        Returns:
            ResblockSuggestions: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _suggest_resblocks.sync(
            client=self._source.client_for("AccessToken"),
            keyword=keyword,
            city_id=city_id,
        )

    def search_floor_plans(
        self,
        *,
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
            area_sort (SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset): Order by area, `ASC` (the
                default) or `DESC`. Default: SearchFloorPlansAreaSort.ASC.

        Returns:
            FloorPlanSearchResult: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _search_floor_plans.sync(
            client=self._source.client_for("AccessToken"),
            city_id=city_id,
            resblock_id=resblock_id,
            room_count=room_count,
            parlor_count=parlor_count,
            area_min=area_min,
            area_max=area_max,
            area_sort=area_sort,
        )


class LookupWithRawResponse:
    """The ``lookup`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def list_cities(
        self,
    ) -> Response[list[City] | None | RealseeNoData]:
        """List the cities where production is possible

        Every city where Realsee can produce works (real shoots or virtual design), with its
        national standard code (GB code), which is the `city_id` of the other lookups.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/city/list.yaml
        (`GET /open/v1/city/list`). It types `city_id` as `number` here and in the floor plan
        search, and as a string holding digits (`"110000"`) in the community search; a GB code is
        a whole number, so the spec says integer in all three.

        Returns:
            Response[list[City] | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _list_cities.sync_detailed(
            client=self._source.client_for("AccessToken"),
        )

    def suggest_resblocks(
        self,
        *,
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
            city_id (int): The city's GB code, from `list_cities` (the vendor documents it as a string of
                digits).

        Returns:
            Response[ResblockSuggestions]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _suggest_resblocks.sync_detailed(
            client=self._source.client_for("AccessToken"),
            keyword=keyword,
            city_id=city_id,
        )

    def search_floor_plans(
        self,
        *,
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
            area_sort (SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset): Order by area, `ASC` (the
                default) or `DESC`. Default: SearchFloorPlansAreaSort.ASC.

        Returns:
            Response[FloorPlanSearchResult]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _search_floor_plans.sync_detailed(
            client=self._source.client_for("AccessToken"),
            city_id=city_id,
            resblock_id=resblock_id,
            room_count=room_count,
            parlor_count=parlor_count,
            area_min=area_min,
            area_max=area_max,
            area_sort=area_sort,
        )


class AsyncLookup:
    """Where production can happen - cities, residential communities and the floor plans (layouts) of both. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncLookupWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncLookupWithRawResponse(self._source)

    async def list_cities(
        self,
    ) -> list[City] | None | RealseeNoData:
        """List the cities where production is possible

        Every city where Realsee can produce works (real shoots or virtual design), with its
        national standard code (GB code), which is the `city_id` of the other lookups.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/city/list.yaml
        (`GET /open/v1/city/list`). It types `city_id` as `number` here and in the floor plan
        search, and as a string holding digits (`"110000"`) in the community search; a GB code is
        a whole number, so the spec says integer in all three.

        Returns:
            list[City] | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _list_cities.asyncio(
            client=self._source.client_for("AccessToken"),
        )

    async def suggest_resblocks(
        self,
        *,
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
            city_id (int): The city's GB code, from `list_cities` (the vendor documents it as a string of
                digits).

        Returns:
            ResblockSuggestions: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _suggest_resblocks.asyncio(
            client=self._source.client_for("AccessToken"),
            keyword=keyword,
            city_id=city_id,
        )

    async def search_floor_plans(
        self,
        *,
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
            area_sort (SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset): Order by area, `ASC` (the
                default) or `DESC`. Default: SearchFloorPlansAreaSort.ASC.

        Returns:
            FloorPlanSearchResult: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _search_floor_plans.asyncio(
            client=self._source.client_for("AccessToken"),
            city_id=city_id,
            resblock_id=resblock_id,
            room_count=room_count,
            parlor_count=parlor_count,
            area_min=area_min,
            area_max=area_max,
            area_sort=area_sort,
        )


class AsyncLookupWithRawResponse:
    """The ``lookup`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def list_cities(
        self,
    ) -> Response[list[City] | None | RealseeNoData]:
        """List the cities where production is possible

        Every city where Realsee can produce works (real shoots or virtual design), with its
        national standard code (GB code), which is the `city_id` of the other lookups.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/city/list.yaml
        (`GET /open/v1/city/list`). It types `city_id` as `number` here and in the floor plan
        search, and as a string holding digits (`"110000"`) in the community search; a GB code is
        a whole number, so the spec says integer in all three.

        Returns:
            Response[list[City] | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _list_cities.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
        )

    async def suggest_resblocks(
        self,
        *,
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
            city_id (int): The city's GB code, from `list_cities` (the vendor documents it as a string of
                digits).

        Returns:
            Response[ResblockSuggestions]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _suggest_resblocks.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            keyword=keyword,
            city_id=city_id,
        )

    async def search_floor_plans(
        self,
        *,
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
            area_sort (SearchFloorPlansAreaSort | Literal["ASC", "DESC"] | Unset): Order by area, `ASC` (the
                default) or `DESC`. Default: SearchFloorPlansAreaSort.ASC.

        Returns:
            Response[FloorPlanSearchResult]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _search_floor_plans.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            city_id=city_id,
            resblock_id=resblock_id,
            room_count=room_count,
            parlor_count=parlor_count,
            area_min=area_min,
            area_max=area_max,
            area_sort=area_sort,
        )


__all__ = [
    "AsyncLookup",
    "AsyncLookupWithRawResponse",
    "Lookup",
    "LookupWithRawResponse",
]
