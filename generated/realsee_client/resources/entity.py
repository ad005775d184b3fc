"""VR works (a `vr_code` each) and what they carry - basic data for the viewer SDK, metadata, floor plans, room pictures, tags and the guided tour.

Resource classes of the ``entity`` operations:
[`Entity`][realsee_client.resources.entity.Entity] and
[`AsyncEntity`][realsee_client.resources.entity.AsyncEntity] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from vrlive_core.pages import walk_pages as _walk_pages
from vrlive_core.pages import walk_pages_async as _walk_pages_async

from ..api.entity import get_floor_plan as _get_floor_plan
from ..api.entity import get_observer_guide as _get_observer_guide
from ..api.entity import get_vr as _get_vr
from ..api.entity import get_vr_meta as _get_vr_meta
from ..api.entity import list_room_pictures as _list_room_pictures
from ..api.entity import list_tags as _list_tags
from ..api.entity import list_vrs as _list_vrs
from ..models.floor_plan import FloorPlan
from ..models.guide_stop import GuideStop
from ..models.realsee_no_data import RealseeNoData
from ..models.room_picture import RoomPicture
from ..models.tag import Tag
from ..models.vr import Vr
from ..models.vr_meta import VrMeta
from ..models.vr_page import VrPage
from ..models.vr_summary import VrSummary
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Entity:
    """VR works (a `vr_code` each) and what they carry - basic data for the viewer SDK, metadata, floor plans, room pictures, tags and the guided tour."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> EntityWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return EntityWithRawResponse(self._source)

    def list_vrs(
        self,
        *,
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
            page_size (int | Unset): How many works a page holds (10 when not given, at most 1000). Default: 10.

        Returns:
            VrPage: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _list_vrs.sync(
            client=self._source.client_for("AccessToken"),
            page=page,
            page_size=page_size,
        )

    def get_vr(
        self,
        *,
        vr_code: str,
    ) -> Vr:
        """Get a VR work's basic data

        The data the viewer SDK renders a work from (panoramas, model, observers, initial view),
        meant to be handed to the SDK unchanged. It is also the format of the `work.json` in a
        work's offline package (see `get_work_download_url` and `sign_work`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/vr`); seed 000's navigation lists it as "VR Basic Data".

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Vr: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_vr.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    def get_floor_plan(
        self,
        *,
        vr_code: str,
    ) -> FloorPlan:
        """Get a VR work's floor plan

        Realsee's structured floor plan of a work: the outline images of each floor (SVG and JPEG)
        and, when computed, the rooms, their outlines and labels, the rulers and where each
        observer stands, in plan coordinates.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/floorplan`).

        Args:
            vr_code (str): The work's VR code.

        Returns:
            FloorPlan: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_floor_plan.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    def list_room_pictures(
        self,
        *,
        vr_code: str,
    ) -> list[RoomPicture] | None | RealseeNoData:
        """List a VR work's room pictures

        One picture per room of the floor plan: a screenshot of the room taken in panorama mode,
        with the view it was taken from (`capture_data`). All rooms at once; the list is not paged.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/roompicture`). Its table calls `height` the image's width; it is the
        height.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            list[RoomPicture] | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _list_room_pictures.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    def list_tags(
        self,
        *,
        vr_code: str,
    ) -> list[Tag] | None | RealseeNoData:
        """List a VR work's tags

        The tags placed in a work's 3D space (several kinds: text, links...), all at once: the
        vendor says this API returns every tag in one answer, and it takes no page parameters, so
        it declares no paging.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/tag/list`). Its table types `target_url` as an integer with the
        example `1080` (the row above it in another table); its schema, and what the field is (a
        hyperlink), say string: the spec says string.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            list[Tag] | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _list_tags.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    def get_vr_meta(
        self,
        *,
        vr_code: str,
        locale: str | Unset = "zh_CN",
    ) -> VrMeta:
        """Get a VR work's metadata

        A work's title and source, how it was shot or rendered (device, engine, layout group,
        design style, cube size), its render state, and the viewer's five central parameters.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/entity/meta.yaml
        (`GET /open/v1/entity/meta`). It types `status` as `enums`, which is no JSON Schema type:
        the spec says a string enum (`RenderStatus`, the states the AI render page lists).

        Args:
            vr_code (str): The work's VR code.
            locale (str | Unset): The language of the texts, as a locale name with an underscore (`zh_CN`, the
                default; `en_US`...). Default: 'zh_CN'.

        Returns:
            VrMeta: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_vr_meta.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            locale=locale,
        )

    def get_observer_guide(
        self,
        *,
        vr_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
    ) -> list[GuideStop] | None | RealseeNoData:
        """Get a VR work's guided tour

        The stops of a work's guided tour (quick moves between observation points), each with its
        panorama, a screenshot and the view to show. Give `vr_code` or `resource_code` (a copy of
        the work), one of them: the vendor marks neither required.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/observer/guide.yaml
        (`GET /open/v1/entity/observer/guide`).

        Args:
            vr_code (str | Unset): The work's VR code (or give `resource_code`).
            resource_code (str | Unset): The code of a copy of the work, such as `8oep3ZPGW8TjRlyT7x` (or give
                `vr_code`).

        Returns:
            list[GuideStop] | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_observer_guide.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            resource_code=resource_code,
        )

    def iter_vrs(
        self,
        *,
        page_size: int | Unset = 10,
    ) -> Iterator[VrSummary]:
        """Every item of every page of ``list_vrs``: List the application's VR works.

        Asks for page 1, then for each next one as the items are consumed, until the
        items seen reach the total the answers give; it also stops on a page without items, after a
        page without a total, and on a page repeating one already read (`vrlive_core.pages`).

        Args:
            page_size (int | Unset): How many works a page holds (10 when not given, at most 1000). Default: 10.

        Yields:
            VrSummary: Each item, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: A page's response reports a failure; the subclass says which.
            errors.ResponseValidationError: A page's response does not match its schema.
        """
        return _walk_pages(
            lambda page: self.list_vrs(
                page=page,
                page_size=page_size,
            ),
            "list_vrs",
            first=1,
            items=("list_",),
            total=("total",),
        )


class EntityWithRawResponse:
    """The ``entity`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def list_vrs(
        self,
        *,
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
            page_size (int | Unset): How many works a page holds (10 when not given, at most 1000). Default: 10.

        Returns:
            Response[VrPage]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _list_vrs.sync_detailed(
            client=self._source.client_for("AccessToken"),
            page=page,
            page_size=page_size,
        )

    def get_vr(
        self,
        *,
        vr_code: str,
    ) -> Response[Vr]:
        """Get a VR work's basic data

        The data the viewer SDK renders a work from (panoramas, model, observers, initial view),
        meant to be handed to the SDK unchanged. It is also the format of the `work.json` in a
        work's offline package (see `get_work_download_url` and `sign_work`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/vr`); seed 000's navigation lists it as "VR Basic Data".

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[Vr]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_vr.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    def get_floor_plan(
        self,
        *,
        vr_code: str,
    ) -> Response[FloorPlan]:
        """Get a VR work's floor plan

        Realsee's structured floor plan of a work: the outline images of each floor (SVG and JPEG)
        and, when computed, the rooms, their outlines and labels, the rulers and where each
        observer stands, in plan coordinates.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/floorplan`).

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[FloorPlan]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_floor_plan.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    def list_room_pictures(
        self,
        *,
        vr_code: str,
    ) -> Response[list[RoomPicture] | None | RealseeNoData]:
        """List a VR work's room pictures

        One picture per room of the floor plan: a screenshot of the room taken in panorama mode,
        with the view it was taken from (`capture_data`). All rooms at once; the list is not paged.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/roompicture`). Its table calls `height` the image's width; it is the
        height.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[list[RoomPicture] | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _list_room_pictures.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    def list_tags(
        self,
        *,
        vr_code: str,
    ) -> Response[list[Tag] | None | RealseeNoData]:
        """List a VR work's tags

        The tags placed in a work's 3D space (several kinds: text, links...), all at once: the
        vendor says this API returns every tag in one answer, and it takes no page parameters, so
        it declares no paging.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/tag/list`). Its table types `target_url` as an integer with the
        example `1080` (the row above it in another table); its schema, and what the field is (a
        hyperlink), say string: the spec says string.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[list[Tag] | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _list_tags.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    def get_vr_meta(
        self,
        *,
        vr_code: str,
        locale: str | Unset = "zh_CN",
    ) -> Response[VrMeta]:
        """Get a VR work's metadata

        A work's title and source, how it was shot or rendered (device, engine, layout group,
        design style, cube size), its render state, and the viewer's five central parameters.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/entity/meta.yaml
        (`GET /open/v1/entity/meta`). It types `status` as `enums`, which is no JSON Schema type:
        the spec says a string enum (`RenderStatus`, the states the AI render page lists).

        Args:
            vr_code (str): The work's VR code.
            locale (str | Unset): The language of the texts, as a locale name with an underscore (`zh_CN`, the
                default; `en_US`...). Default: 'zh_CN'.

        Returns:
            Response[VrMeta]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_vr_meta.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            locale=locale,
        )

    def get_observer_guide(
        self,
        *,
        vr_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
    ) -> Response[list[GuideStop] | None | RealseeNoData]:
        """Get a VR work's guided tour

        The stops of a work's guided tour (quick moves between observation points), each with its
        panorama, a screenshot and the view to show. Give `vr_code` or `resource_code` (a copy of
        the work), one of them: the vendor marks neither required.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/observer/guide.yaml
        (`GET /open/v1/entity/observer/guide`).

        Args:
            vr_code (str | Unset): The work's VR code (or give `resource_code`).
            resource_code (str | Unset): The code of a copy of the work, such as `8oep3ZPGW8TjRlyT7x` (or give
                `vr_code`).

        Returns:
            Response[list[GuideStop] | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_observer_guide.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            resource_code=resource_code,
        )


class AsyncEntity:
    """VR works (a `vr_code` each) and what they carry - basic data for the viewer SDK, metadata, floor plans, room pictures, tags and the guided tour. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncEntityWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncEntityWithRawResponse(self._source)

    async def list_vrs(
        self,
        *,
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
            page_size (int | Unset): How many works a page holds (10 when not given, at most 1000). Default: 10.

        Returns:
            VrPage: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _list_vrs.asyncio(
            client=self._source.client_for("AccessToken"),
            page=page,
            page_size=page_size,
        )

    async def get_vr(
        self,
        *,
        vr_code: str,
    ) -> Vr:
        """Get a VR work's basic data

        The data the viewer SDK renders a work from (panoramas, model, observers, initial view),
        meant to be handed to the SDK unchanged. It is also the format of the `work.json` in a
        work's offline package (see `get_work_download_url` and `sign_work`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/vr`); seed 000's navigation lists it as "VR Basic Data".

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Vr: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_vr.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    async def get_floor_plan(
        self,
        *,
        vr_code: str,
    ) -> FloorPlan:
        """Get a VR work's floor plan

        Realsee's structured floor plan of a work: the outline images of each floor (SVG and JPEG)
        and, when computed, the rooms, their outlines and labels, the rulers and where each
        observer stands, in plan coordinates.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/floorplan`).

        Args:
            vr_code (str): The work's VR code.

        Returns:
            FloorPlan: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_floor_plan.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    async def list_room_pictures(
        self,
        *,
        vr_code: str,
    ) -> list[RoomPicture] | None | RealseeNoData:
        """List a VR work's room pictures

        One picture per room of the floor plan: a screenshot of the room taken in panorama mode,
        with the view it was taken from (`capture_data`). All rooms at once; the list is not paged.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/roompicture`). Its table calls `height` the image's width; it is the
        height.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            list[RoomPicture] | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _list_room_pictures.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    async def list_tags(
        self,
        *,
        vr_code: str,
    ) -> list[Tag] | None | RealseeNoData:
        """List a VR work's tags

        The tags placed in a work's 3D space (several kinds: text, links...), all at once: the
        vendor says this API returns every tag in one answer, and it takes no page parameters, so
        it declares no paging.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/tag/list`). Its table types `target_url` as an integer with the
        example `1080` (the row above it in another table); its schema, and what the field is (a
        hyperlink), say string: the spec says string.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            list[Tag] | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _list_tags.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    async def get_vr_meta(
        self,
        *,
        vr_code: str,
        locale: str | Unset = "zh_CN",
    ) -> VrMeta:
        """Get a VR work's metadata

        A work's title and source, how it was shot or rendered (device, engine, layout group,
        design style, cube size), its render state, and the viewer's five central parameters.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/entity/meta.yaml
        (`GET /open/v1/entity/meta`). It types `status` as `enums`, which is no JSON Schema type:
        the spec says a string enum (`RenderStatus`, the states the AI render page lists).

        Args:
            vr_code (str): The work's VR code.
            locale (str | Unset): The language of the texts, as a locale name with an underscore (`zh_CN`, the
                default; `en_US`...). Default: 'zh_CN'.

        Returns:
            VrMeta: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_vr_meta.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            locale=locale,
        )

    async def get_observer_guide(
        self,
        *,
        vr_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
    ) -> list[GuideStop] | None | RealseeNoData:
        """Get a VR work's guided tour

        The stops of a work's guided tour (quick moves between observation points), each with its
        panorama, a screenshot and the view to show. Give `vr_code` or `resource_code` (a copy of
        the work), one of them: the vendor marks neither required.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/observer/guide.yaml
        (`GET /open/v1/entity/observer/guide`).

        Args:
            vr_code (str | Unset): The work's VR code (or give `resource_code`).
            resource_code (str | Unset): The code of a copy of the work, such as `8oep3ZPGW8TjRlyT7x` (or give
                `vr_code`).

        Returns:
            list[GuideStop] | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_observer_guide.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            resource_code=resource_code,
        )

    def iter_vrs(
        self,
        *,
        page_size: int | Unset = 10,
    ) -> AsyncIterator[VrSummary]:
        """Every item of every page of ``list_vrs``: List the application's VR works.

        Asks for page 1, then for each next one as the items are consumed, until the
        items seen reach the total the answers give; it also stops on a page without items, after a
        page without a total, and on a page repeating one already read (`vrlive_core.pages`). Use it with ``async for``.

        Args:
            page_size (int | Unset): How many works a page holds (10 when not given, at most 1000). Default: 10.

        Yields:
            VrSummary: Each item, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: A page's response reports a failure; the subclass says which.
            errors.ResponseValidationError: A page's response does not match its schema.
        """
        return _walk_pages_async(
            lambda page: self.list_vrs(
                page=page,
                page_size=page_size,
            ),
            "list_vrs",
            first=1,
            items=("list_",),
            total=("total",),
        )


class AsyncEntityWithRawResponse:
    """The ``entity`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def list_vrs(
        self,
        *,
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
            page_size (int | Unset): How many works a page holds (10 when not given, at most 1000). Default: 10.

        Returns:
            Response[VrPage]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _list_vrs.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            page=page,
            page_size=page_size,
        )

    async def get_vr(
        self,
        *,
        vr_code: str,
    ) -> Response[Vr]:
        """Get a VR work's basic data

        The data the viewer SDK renders a work from (panoramas, model, observers, initial view),
        meant to be handed to the SDK unchanged. It is also the format of the `work.json` in a
        work's offline package (see `get_work_download_url` and `sign_work`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/vr`); seed 000's navigation lists it as "VR Basic Data".

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[Vr]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_vr.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    async def get_floor_plan(
        self,
        *,
        vr_code: str,
    ) -> Response[FloorPlan]:
        """Get a VR work's floor plan

        Realsee's structured floor plan of a work: the outline images of each floor (SVG and JPEG)
        and, when computed, the rooms, their outlines and labels, the rulers and where each
        observer stands, in plan coordinates.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/floorplan`).

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[FloorPlan]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_floor_plan.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    async def list_room_pictures(
        self,
        *,
        vr_code: str,
    ) -> Response[list[RoomPicture] | None | RealseeNoData]:
        """List a VR work's room pictures

        One picture per room of the floor plan: a screenshot of the room taken in panorama mode,
        with the view it was taken from (`capture_data`). All rooms at once; the list is not paged.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/roompicture`). Its table calls `height` the image's width; it is the
        height.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[list[RoomPicture] | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _list_room_pictures.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    async def list_tags(
        self,
        *,
        vr_code: str,
    ) -> Response[list[Tag] | None | RealseeNoData]:
        """List a VR work's tags

        The tags placed in a work's 3D space (several kinds: text, links...), all at once: the
        vendor says this API returns every tag in one answer, and it takes no page parameters, so
        it declares no paging.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml
        (`GET /open/v1/entity/tag/list`). Its table types `target_url` as an integer with the
        example `1080` (the row above it in another table); its schema, and what the field is (a
        hyperlink), say string: the spec says string.

        Args:
            vr_code (str): The work's VR code.

        Returns:
            Response[list[Tag] | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _list_tags.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )

    async def get_vr_meta(
        self,
        *,
        vr_code: str,
        locale: str | Unset = "zh_CN",
    ) -> Response[VrMeta]:
        """Get a VR work's metadata

        A work's title and source, how it was shot or rendered (device, engine, layout group,
        design style, cube size), its render state, and the viewer's five central parameters.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/entity/meta.yaml
        (`GET /open/v1/entity/meta`). It types `status` as `enums`, which is no JSON Schema type:
        the spec says a string enum (`RenderStatus`, the states the AI render page lists).

        Args:
            vr_code (str): The work's VR code.
            locale (str | Unset): The language of the texts, as a locale name with an underscore (`zh_CN`, the
                default; `en_US`...). Default: 'zh_CN'.

        Returns:
            Response[VrMeta]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_vr_meta.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            locale=locale,
        )

    async def get_observer_guide(
        self,
        *,
        vr_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
    ) -> Response[list[GuideStop] | None | RealseeNoData]:
        """Get a VR work's guided tour

        The stops of a work's guided tour (quick moves between observation points), each with its
        panorama, a screenshot and the view to show. Give `vr_code` or `resource_code` (a copy of
        the work), one of them: the vendor marks neither required.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/observer/guide.yaml
        (`GET /open/v1/entity/observer/guide`).

        Args:
            vr_code (str | Unset): The work's VR code (or give `resource_code`).
            resource_code (str | Unset): The code of a copy of the work, such as `8oep3ZPGW8TjRlyT7x` (or give
                `vr_code`).

        Returns:
            Response[list[GuideStop] | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_observer_guide.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            resource_code=resource_code,
        )


__all__ = [
    "AsyncEntity",
    "AsyncEntityWithRawResponse",
    "Entity",
    "EntityWithRawResponse",
]
