"""Production projects - a shoot before its VR work is built - and the tickets their capture apps need.

Resource classes of the ``production`` operations:
[`Production`][realsee_client.resources.production.Production] and
[`AsyncProduction`][realsee_client.resources.production.AsyncProduction] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Literal, overload

from vrlive_core.pages import walk_pages as _walk_pages
from vrlive_core.pages import walk_pages_async as _walk_pages_async
from vrlive_core.resource import body_or_fields as _body_or_fields
from vrlive_core.resource import build as _build

from ..api.production import apply_production_ticket as _apply_production_ticket
from ..api.production import create_production_project as _create_production_project
from ..api.production import get_production_project as _get_production_project
from ..api.production import list_production_projects as _list_production_projects
from ..models.create_production_project_request import CreateProductionProjectRequest
from ..models.device_type import DeviceType
from ..models.list_production_projects_sort import ListProductionProjectsSort
from ..models.production_project import ProductionProject
from ..models.production_project_page import ProductionProjectPage
from ..models.production_project_status import ProductionProjectStatus
from ..models.production_ticket import ProductionTicket
from ..models.shoot_type import ShootType
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Production:
    """Production projects - a shoot before its VR work is built - and the tickets their capture apps need."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> ProductionWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return ProductionWithRawResponse(self._source)

    @overload
    def create_production_project(
        self,
        *,
        name: str,
        user_identifier: str,
        app_code: str,
        device_type: DeviceType | Literal[1, 2, 3, 4],
        remark: str | Unset = UNSET,
        shoot_type: ShootType | Literal[0, 1, 2] | Unset = UNSET,
        extension: str | Unset = UNSET,
    ) -> ProductionProject: ...

    @overload
    def create_production_project(
        self,
        *,
        body: CreateProductionProjectRequest,
    ) -> ProductionProject: ...

    def create_production_project(
        self,
        *,
        name: str | Unset = UNSET,
        user_identifier: str | Unset = UNSET,
        app_code: str | Unset = UNSET,
        device_type: DeviceType | Literal[1, 2, 3, 4] | Unset = UNSET,
        remark: str | Unset = UNSET,
        shoot_type: ShootType | Literal[0, 1, 2] | Unset = UNSET,
        extension: str | Unset = UNSET,
        body: CreateProductionProjectRequest | Unset = UNSET,
    ) -> ProductionProject:
        """Create a production project

        Creates the project a new shoot is uploaded into, for one of your users
        (`user_identifier`), and returns its `project_id`. The capture app then asks for tickets
        (`apply_production_ticket`); once processed, the project gets its `vr_code`.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/create.yaml
        (`POST /open/v1/produce/project/create`). It types `device_type` and `shoot_type` as
        `number` here and as `integer` in the project's detail; they are codes, so the spec says
        integer enums. The project pages list no `Authorization` header while the document's
        introduction requires the access token on every call: the spec asks for it here too.

        Args:
            name (str): The project's name.
            user_identifier (str): Your system's id of the user the project is for.
            app_code (str): The application id from the console.
            device_type (DeviceType | Literal[1, 2, 3, 4]): The capture device: 1 a phone, 2 a panoramic camera
                (the default), 3 a gimbal, 4 a professional camera (Galois).
            remark (str | Unset): A remark, at most 100 characters.
            shoot_type (ShootType | Literal[0, 1, 2] | Unset): How the shoot is positioned: 0 unknown, 1 AR, 2
                stitching (the default).
            extension (str | Unset): Extra information as a JSON-encoded string (`"{}"`).
            body (CreateProductionProjectRequest): The request prebuilt, instead of its fields.

        Returns:
            ProductionProject: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateProductionProjectRequest,
            body,
            {
                "name": name,
                "user_identifier": user_identifier,
                "app_code": app_code,
                "device_type": device_type,
                "remark": remark,
                "shoot_type": shoot_type,
                "extension": extension,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateProductionProjectRequest,
                {
                    "name": name,
                    "user_identifier": user_identifier,
                    "app_code": app_code,
                    "device_type": device_type,
                    "remark": remark,
                    "shoot_type": shoot_type,
                    "extension": extension,
                },
            )
        return _create_production_project.sync(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    def list_production_projects(
        self,
        *,
        app_code: str,
        page: int | Unset = 1,
        page_size: int | Unset = 20,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        status: ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset = UNSET,
        sort: ListProductionProjectsSort | Literal["desc", "asc"] | Unset = ListProductionProjectsSort.DESC,
        start_id: int | Unset = UNSET,
    ) -> ProductionProjectPage:
        """List production projects

        One page of the application's production projects, newest first unless `sort` says
        otherwise, optionally only those created in a time window or in one state.

        The vendor documents `page`, `page_size`, `start_timestamp`, `end_timestamp`, `status`
        and `start_id` as strings holding numbers (`"1"`, `"20"`, `"1652154268"`, `"0"`). A query
        carries text either way (`page=1`), so the spec types them as the integers they hold: the
        caller passes numbers and the request is the same.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/list.yaml
        (`GET /open/v1/produce/project/list`).

        Args:
            app_code (str): The application id from the console.
            page (int | Unset): The page to return, from 1. Default: 1.
            page_size (int | Unset): How many projects a page holds (20 when not given). Default: 20.
            start_timestamp (int | Unset): Only projects created at or after this Unix time, in seconds.
            end_timestamp (int | Unset): Only projects created at or before this Unix time, in seconds.
            status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset): A
                production project's state as the code `list_production_projects` filters on: 0 nothing uploaded, 1
                upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed, 6 in the recycle bin, 8
                uploading, 9 exported, 10 exporting, 11 processing cancelled, 12 export failed (there is no 7). The
                vendor writes the code as a string (`"0"`); in a query it is the same text.
            sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation, `desc` (the
                default) or `asc`. Default: ListProductionProjectsSort.DESC.
            start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for the start).

        Returns:
            ProductionProjectPage: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _list_production_projects.sync(
            client=self._source.client_for("AccessToken"),
            app_code=app_code,
            page=page,
            page_size=page_size,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            status=status,
            sort=sort,
            start_id=start_id,
        )

    def get_production_project(
        self,
        *,
        project_id: str,
        app_code: str,
    ) -> ProductionProject:
        """Get a production project

        A production project: who it is for, how it is shot, its state and, once processed, its
        `vr_code`.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/detail.yaml
        (`GET /open/v1/produce/project/detail`).

        Args:
            project_id (str): The project's id, from `create_production_project`.
            app_code (str): The application id from the console.

        Returns:
            ProductionProject: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_production_project.sync(
            client=self._source.client_for("AccessToken"),
            project_id=project_id,
            app_code=app_code,
        )

    def apply_production_ticket(
        self,
        *,
        app_code: str,
        user_identifier: str,
        action: str,
        project_id: str,
    ) -> ProductionTicket:
        """Get a ticket for a production project

        Issues a one-time ticket (valid five minutes) for an action of Realsee's capture SDK on a
        project, such as uploading (`apply_cos_token`). The SDK names the `action`; pass it on.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/apply_ticket.yaml
        (`GET /open/v1/produce/project/apply/ticket`).

        Args:
            app_code (str): The application id from the console.
            user_identifier (str): Your system's id of the user.
            action (str): The action the ticket is for, as Realsee's client SDK gives it.
            project_id (str): The project, from `create_production_project`.

        Returns:
            ProductionTicket: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _apply_production_ticket.sync(
            client=self._source.client_for("AccessToken"),
            app_code=app_code,
            user_identifier=user_identifier,
            action=action,
            project_id=project_id,
        )

    def iter_production_projects(
        self,
        *,
        app_code: str,
        page_size: int | Unset = 20,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        status: ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset = UNSET,
        sort: ListProductionProjectsSort | Literal["desc", "asc"] | Unset = ListProductionProjectsSort.DESC,
        start_id: int | Unset = UNSET,
    ) -> Iterator[ProductionProject]:
        """Every item of every page of ``list_production_projects``: List production projects.

        Asks for page 1, then for each next one as the items are consumed, until the
        items seen reach the total the answers give; it also stops on a page without items, after a
        page without a total, and on a page repeating one already read (`vrlive_core.pages`).

        Args:
            app_code (str): The application id from the console.
            page_size (int | Unset): How many projects a page holds (20 when not given). Default: 20.
            start_timestamp (int | Unset): Only projects created at or after this Unix time, in seconds.
            end_timestamp (int | Unset): Only projects created at or before this Unix time, in seconds.
            status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset): A
                production project's state as the code `list_production_projects` filters on: 0 nothing uploaded, 1
                upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed, 6 in the recycle bin, 8
                uploading, 9 exported, 10 exporting, 11 processing cancelled, 12 export failed (there is no 7). The
                vendor writes the code as a string (`"0"`); in a query it is the same text.
            sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation, `desc` (the
                default) or `asc`. Default: ListProductionProjectsSort.DESC.
            start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for the start).

        Yields:
            ProductionProject: Each item, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: A page's response reports a failure; the subclass says which.
            errors.ResponseValidationError: A page's response does not match its schema.
        """
        return _walk_pages(
            lambda page: self.list_production_projects(
                page=page,
                app_code=app_code,
                page_size=page_size,
                start_timestamp=start_timestamp,
                end_timestamp=end_timestamp,
                status=status,
                sort=sort,
                start_id=start_id,
            ),
            "list_production_projects",
            first=1,
            items=("project_list",),
            total=("total",),
        )


class ProductionWithRawResponse:
    """The ``production`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    def create_production_project(
        self,
        *,
        name: str,
        user_identifier: str,
        app_code: str,
        device_type: DeviceType | Literal[1, 2, 3, 4],
        remark: str | Unset = UNSET,
        shoot_type: ShootType | Literal[0, 1, 2] | Unset = UNSET,
        extension: str | Unset = UNSET,
    ) -> Response[ProductionProject]: ...

    @overload
    def create_production_project(
        self,
        *,
        body: CreateProductionProjectRequest,
    ) -> Response[ProductionProject]: ...

    def create_production_project(
        self,
        *,
        name: str | Unset = UNSET,
        user_identifier: str | Unset = UNSET,
        app_code: str | Unset = UNSET,
        device_type: DeviceType | Literal[1, 2, 3, 4] | Unset = UNSET,
        remark: str | Unset = UNSET,
        shoot_type: ShootType | Literal[0, 1, 2] | Unset = UNSET,
        extension: str | Unset = UNSET,
        body: CreateProductionProjectRequest | Unset = UNSET,
    ) -> Response[ProductionProject]:
        """Create a production project

        Creates the project a new shoot is uploaded into, for one of your users
        (`user_identifier`), and returns its `project_id`. The capture app then asks for tickets
        (`apply_production_ticket`); once processed, the project gets its `vr_code`.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/create.yaml
        (`POST /open/v1/produce/project/create`). It types `device_type` and `shoot_type` as
        `number` here and as `integer` in the project's detail; they are codes, so the spec says
        integer enums. The project pages list no `Authorization` header while the document's
        introduction requires the access token on every call: the spec asks for it here too.

        Args:
            name (str): The project's name.
            user_identifier (str): Your system's id of the user the project is for.
            app_code (str): The application id from the console.
            device_type (DeviceType | Literal[1, 2, 3, 4]): The capture device: 1 a phone, 2 a panoramic camera
                (the default), 3 a gimbal, 4 a professional camera (Galois).
            remark (str | Unset): A remark, at most 100 characters.
            shoot_type (ShootType | Literal[0, 1, 2] | Unset): How the shoot is positioned: 0 unknown, 1 AR, 2
                stitching (the default).
            extension (str | Unset): Extra information as a JSON-encoded string (`"{}"`).
            body (CreateProductionProjectRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[ProductionProject]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateProductionProjectRequest,
            body,
            {
                "name": name,
                "user_identifier": user_identifier,
                "app_code": app_code,
                "device_type": device_type,
                "remark": remark,
                "shoot_type": shoot_type,
                "extension": extension,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateProductionProjectRequest,
                {
                    "name": name,
                    "user_identifier": user_identifier,
                    "app_code": app_code,
                    "device_type": device_type,
                    "remark": remark,
                    "shoot_type": shoot_type,
                    "extension": extension,
                },
            )
        return _create_production_project.sync_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    def list_production_projects(
        self,
        *,
        app_code: str,
        page: int | Unset = 1,
        page_size: int | Unset = 20,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        status: ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset = UNSET,
        sort: ListProductionProjectsSort | Literal["desc", "asc"] | Unset = ListProductionProjectsSort.DESC,
        start_id: int | Unset = UNSET,
    ) -> Response[ProductionProjectPage]:
        """List production projects

        One page of the application's production projects, newest first unless `sort` says
        otherwise, optionally only those created in a time window or in one state.

        The vendor documents `page`, `page_size`, `start_timestamp`, `end_timestamp`, `status`
        and `start_id` as strings holding numbers (`"1"`, `"20"`, `"1652154268"`, `"0"`). A query
        carries text either way (`page=1`), so the spec types them as the integers they hold: the
        caller passes numbers and the request is the same.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/list.yaml
        (`GET /open/v1/produce/project/list`).

        Args:
            app_code (str): The application id from the console.
            page (int | Unset): The page to return, from 1. Default: 1.
            page_size (int | Unset): How many projects a page holds (20 when not given). Default: 20.
            start_timestamp (int | Unset): Only projects created at or after this Unix time, in seconds.
            end_timestamp (int | Unset): Only projects created at or before this Unix time, in seconds.
            status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset): A
                production project's state as the code `list_production_projects` filters on: 0 nothing uploaded, 1
                upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed, 6 in the recycle bin, 8
                uploading, 9 exported, 10 exporting, 11 processing cancelled, 12 export failed (there is no 7). The
                vendor writes the code as a string (`"0"`); in a query it is the same text.
            sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation, `desc` (the
                default) or `asc`. Default: ListProductionProjectsSort.DESC.
            start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for the start).

        Returns:
            Response[ProductionProjectPage]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _list_production_projects.sync_detailed(
            client=self._source.client_for("AccessToken"),
            app_code=app_code,
            page=page,
            page_size=page_size,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            status=status,
            sort=sort,
            start_id=start_id,
        )

    def get_production_project(
        self,
        *,
        project_id: str,
        app_code: str,
    ) -> Response[ProductionProject]:
        """Get a production project

        A production project: who it is for, how it is shot, its state and, once processed, its
        `vr_code`.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/detail.yaml
        (`GET /open/v1/produce/project/detail`).

        Args:
            project_id (str): The project's id, from `create_production_project`.
            app_code (str): The application id from the console.

        Returns:
            Response[ProductionProject]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_production_project.sync_detailed(
            client=self._source.client_for("AccessToken"),
            project_id=project_id,
            app_code=app_code,
        )

    def apply_production_ticket(
        self,
        *,
        app_code: str,
        user_identifier: str,
        action: str,
        project_id: str,
    ) -> Response[ProductionTicket]:
        """Get a ticket for a production project

        Issues a one-time ticket (valid five minutes) for an action of Realsee's capture SDK on a
        project, such as uploading (`apply_cos_token`). The SDK names the `action`; pass it on.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/apply_ticket.yaml
        (`GET /open/v1/produce/project/apply/ticket`).

        Args:
            app_code (str): The application id from the console.
            user_identifier (str): Your system's id of the user.
            action (str): The action the ticket is for, as Realsee's client SDK gives it.
            project_id (str): The project, from `create_production_project`.

        Returns:
            Response[ProductionTicket]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _apply_production_ticket.sync_detailed(
            client=self._source.client_for("AccessToken"),
            app_code=app_code,
            user_identifier=user_identifier,
            action=action,
            project_id=project_id,
        )


class AsyncProduction:
    """Production projects - a shoot before its VR work is built - and the tickets their capture apps need. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncProductionWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncProductionWithRawResponse(self._source)

    @overload
    async def create_production_project(
        self,
        *,
        name: str,
        user_identifier: str,
        app_code: str,
        device_type: DeviceType | Literal[1, 2, 3, 4],
        remark: str | Unset = UNSET,
        shoot_type: ShootType | Literal[0, 1, 2] | Unset = UNSET,
        extension: str | Unset = UNSET,
    ) -> ProductionProject: ...

    @overload
    async def create_production_project(
        self,
        *,
        body: CreateProductionProjectRequest,
    ) -> ProductionProject: ...

    async def create_production_project(
        self,
        *,
        name: str | Unset = UNSET,
        user_identifier: str | Unset = UNSET,
        app_code: str | Unset = UNSET,
        device_type: DeviceType | Literal[1, 2, 3, 4] | Unset = UNSET,
        remark: str | Unset = UNSET,
        shoot_type: ShootType | Literal[0, 1, 2] | Unset = UNSET,
        extension: str | Unset = UNSET,
        body: CreateProductionProjectRequest | Unset = UNSET,
    ) -> ProductionProject:
        """Create a production project

        Creates the project a new shoot is uploaded into, for one of your users
        (`user_identifier`), and returns its `project_id`. The capture app then asks for tickets
        (`apply_production_ticket`); once processed, the project gets its `vr_code`.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/create.yaml
        (`POST /open/v1/produce/project/create`). It types `device_type` and `shoot_type` as
        `number` here and as `integer` in the project's detail; they are codes, so the spec says
        integer enums. The project pages list no `Authorization` header while the document's
        introduction requires the access token on every call: the spec asks for it here too.

        Args:
            name (str): The project's name.
            user_identifier (str): Your system's id of the user the project is for.
            app_code (str): The application id from the console.
            device_type (DeviceType | Literal[1, 2, 3, 4]): The capture device: 1 a phone, 2 a panoramic camera
                (the default), 3 a gimbal, 4 a professional camera (Galois).
            remark (str | Unset): A remark, at most 100 characters.
            shoot_type (ShootType | Literal[0, 1, 2] | Unset): How the shoot is positioned: 0 unknown, 1 AR, 2
                stitching (the default).
            extension (str | Unset): Extra information as a JSON-encoded string (`"{}"`).
            body (CreateProductionProjectRequest): The request prebuilt, instead of its fields.

        Returns:
            ProductionProject: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateProductionProjectRequest,
            body,
            {
                "name": name,
                "user_identifier": user_identifier,
                "app_code": app_code,
                "device_type": device_type,
                "remark": remark,
                "shoot_type": shoot_type,
                "extension": extension,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateProductionProjectRequest,
                {
                    "name": name,
                    "user_identifier": user_identifier,
                    "app_code": app_code,
                    "device_type": device_type,
                    "remark": remark,
                    "shoot_type": shoot_type,
                    "extension": extension,
                },
            )
        return await _create_production_project.asyncio(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    async def list_production_projects(
        self,
        *,
        app_code: str,
        page: int | Unset = 1,
        page_size: int | Unset = 20,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        status: ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset = UNSET,
        sort: ListProductionProjectsSort | Literal["desc", "asc"] | Unset = ListProductionProjectsSort.DESC,
        start_id: int | Unset = UNSET,
    ) -> ProductionProjectPage:
        """List production projects

        One page of the application's production projects, newest first unless `sort` says
        otherwise, optionally only those created in a time window or in one state.

        The vendor documents `page`, `page_size`, `start_timestamp`, `end_timestamp`, `status`
        and `start_id` as strings holding numbers (`"1"`, `"20"`, `"1652154268"`, `"0"`). A query
        carries text either way (`page=1`), so the spec types them as the integers they hold: the
        caller passes numbers and the request is the same.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/list.yaml
        (`GET /open/v1/produce/project/list`).

        Args:
            app_code (str): The application id from the console.
            page (int | Unset): The page to return, from 1. Default: 1.
            page_size (int | Unset): How many projects a page holds (20 when not given). Default: 20.
            start_timestamp (int | Unset): Only projects created at or after this Unix time, in seconds.
            end_timestamp (int | Unset): Only projects created at or before this Unix time, in seconds.
            status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset): A
                production project's state as the code `list_production_projects` filters on: 0 nothing uploaded, 1
                upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed, 6 in the recycle bin, 8
                uploading, 9 exported, 10 exporting, 11 processing cancelled, 12 export failed (there is no 7). The
                vendor writes the code as a string (`"0"`); in a query it is the same text.
            sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation, `desc` (the
                default) or `asc`. Default: ListProductionProjectsSort.DESC.
            start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for the start).

        Returns:
            ProductionProjectPage: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _list_production_projects.asyncio(
            client=self._source.client_for("AccessToken"),
            app_code=app_code,
            page=page,
            page_size=page_size,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            status=status,
            sort=sort,
            start_id=start_id,
        )

    async def get_production_project(
        self,
        *,
        project_id: str,
        app_code: str,
    ) -> ProductionProject:
        """Get a production project

        A production project: who it is for, how it is shot, its state and, once processed, its
        `vr_code`.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/detail.yaml
        (`GET /open/v1/produce/project/detail`).

        Args:
            project_id (str): The project's id, from `create_production_project`.
            app_code (str): The application id from the console.

        Returns:
            ProductionProject: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_production_project.asyncio(
            client=self._source.client_for("AccessToken"),
            project_id=project_id,
            app_code=app_code,
        )

    async def apply_production_ticket(
        self,
        *,
        app_code: str,
        user_identifier: str,
        action: str,
        project_id: str,
    ) -> ProductionTicket:
        """Get a ticket for a production project

        Issues a one-time ticket (valid five minutes) for an action of Realsee's capture SDK on a
        project, such as uploading (`apply_cos_token`). The SDK names the `action`; pass it on.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/apply_ticket.yaml
        (`GET /open/v1/produce/project/apply/ticket`).

        Args:
            app_code (str): The application id from the console.
            user_identifier (str): Your system's id of the user.
            action (str): The action the ticket is for, as Realsee's client SDK gives it.
            project_id (str): The project, from `create_production_project`.

        Returns:
            ProductionTicket: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _apply_production_ticket.asyncio(
            client=self._source.client_for("AccessToken"),
            app_code=app_code,
            user_identifier=user_identifier,
            action=action,
            project_id=project_id,
        )

    def iter_production_projects(
        self,
        *,
        app_code: str,
        page_size: int | Unset = 20,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        status: ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset = UNSET,
        sort: ListProductionProjectsSort | Literal["desc", "asc"] | Unset = ListProductionProjectsSort.DESC,
        start_id: int | Unset = UNSET,
    ) -> AsyncIterator[ProductionProject]:
        """Every item of every page of ``list_production_projects``: List production projects.

        Asks for page 1, then for each next one as the items are consumed, until the
        items seen reach the total the answers give; it also stops on a page without items, after a
        page without a total, and on a page repeating one already read (`vrlive_core.pages`). Use it with ``async for``.

        Args:
            app_code (str): The application id from the console.
            page_size (int | Unset): How many projects a page holds (20 when not given). Default: 20.
            start_timestamp (int | Unset): Only projects created at or after this Unix time, in seconds.
            end_timestamp (int | Unset): Only projects created at or before this Unix time, in seconds.
            status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset): A
                production project's state as the code `list_production_projects` filters on: 0 nothing uploaded, 1
                upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed, 6 in the recycle bin, 8
                uploading, 9 exported, 10 exporting, 11 processing cancelled, 12 export failed (there is no 7). The
                vendor writes the code as a string (`"0"`); in a query it is the same text.
            sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation, `desc` (the
                default) or `asc`. Default: ListProductionProjectsSort.DESC.
            start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for the start).

        Yields:
            ProductionProject: Each item, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: A page's response reports a failure; the subclass says which.
            errors.ResponseValidationError: A page's response does not match its schema.
        """
        return _walk_pages_async(
            lambda page: self.list_production_projects(
                page=page,
                app_code=app_code,
                page_size=page_size,
                start_timestamp=start_timestamp,
                end_timestamp=end_timestamp,
                status=status,
                sort=sort,
                start_id=start_id,
            ),
            "list_production_projects",
            first=1,
            items=("project_list",),
            total=("total",),
        )


class AsyncProductionWithRawResponse:
    """The ``production`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    async def create_production_project(
        self,
        *,
        name: str,
        user_identifier: str,
        app_code: str,
        device_type: DeviceType | Literal[1, 2, 3, 4],
        remark: str | Unset = UNSET,
        shoot_type: ShootType | Literal[0, 1, 2] | Unset = UNSET,
        extension: str | Unset = UNSET,
    ) -> Response[ProductionProject]: ...

    @overload
    async def create_production_project(
        self,
        *,
        body: CreateProductionProjectRequest,
    ) -> Response[ProductionProject]: ...

    async def create_production_project(
        self,
        *,
        name: str | Unset = UNSET,
        user_identifier: str | Unset = UNSET,
        app_code: str | Unset = UNSET,
        device_type: DeviceType | Literal[1, 2, 3, 4] | Unset = UNSET,
        remark: str | Unset = UNSET,
        shoot_type: ShootType | Literal[0, 1, 2] | Unset = UNSET,
        extension: str | Unset = UNSET,
        body: CreateProductionProjectRequest | Unset = UNSET,
    ) -> Response[ProductionProject]:
        """Create a production project

        Creates the project a new shoot is uploaded into, for one of your users
        (`user_identifier`), and returns its `project_id`. The capture app then asks for tickets
        (`apply_production_ticket`); once processed, the project gets its `vr_code`.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/create.yaml
        (`POST /open/v1/produce/project/create`). It types `device_type` and `shoot_type` as
        `number` here and as `integer` in the project's detail; they are codes, so the spec says
        integer enums. The project pages list no `Authorization` header while the document's
        introduction requires the access token on every call: the spec asks for it here too.

        Args:
            name (str): The project's name.
            user_identifier (str): Your system's id of the user the project is for.
            app_code (str): The application id from the console.
            device_type (DeviceType | Literal[1, 2, 3, 4]): The capture device: 1 a phone, 2 a panoramic camera
                (the default), 3 a gimbal, 4 a professional camera (Galois).
            remark (str | Unset): A remark, at most 100 characters.
            shoot_type (ShootType | Literal[0, 1, 2] | Unset): How the shoot is positioned: 0 unknown, 1 AR, 2
                stitching (the default).
            extension (str | Unset): Extra information as a JSON-encoded string (`"{}"`).
            body (CreateProductionProjectRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[ProductionProject]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateProductionProjectRequest,
            body,
            {
                "name": name,
                "user_identifier": user_identifier,
                "app_code": app_code,
                "device_type": device_type,
                "remark": remark,
                "shoot_type": shoot_type,
                "extension": extension,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateProductionProjectRequest,
                {
                    "name": name,
                    "user_identifier": user_identifier,
                    "app_code": app_code,
                    "device_type": device_type,
                    "remark": remark,
                    "shoot_type": shoot_type,
                    "extension": extension,
                },
            )
        return await _create_production_project.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    async def list_production_projects(
        self,
        *,
        app_code: str,
        page: int | Unset = 1,
        page_size: int | Unset = 20,
        start_timestamp: int | Unset = UNSET,
        end_timestamp: int | Unset = UNSET,
        status: ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset = UNSET,
        sort: ListProductionProjectsSort | Literal["desc", "asc"] | Unset = ListProductionProjectsSort.DESC,
        start_id: int | Unset = UNSET,
    ) -> Response[ProductionProjectPage]:
        """List production projects

        One page of the application's production projects, newest first unless `sort` says
        otherwise, optionally only those created in a time window or in one state.

        The vendor documents `page`, `page_size`, `start_timestamp`, `end_timestamp`, `status`
        and `start_id` as strings holding numbers (`"1"`, `"20"`, `"1652154268"`, `"0"`). A query
        carries text either way (`page=1`), so the spec types them as the integers they hold: the
        caller passes numbers and the request is the same.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/list.yaml
        (`GET /open/v1/produce/project/list`).

        Args:
            app_code (str): The application id from the console.
            page (int | Unset): The page to return, from 1. Default: 1.
            page_size (int | Unset): How many projects a page holds (20 when not given). Default: 20.
            start_timestamp (int | Unset): Only projects created at or after this Unix time, in seconds.
            end_timestamp (int | Unset): Only projects created at or before this Unix time, in seconds.
            status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset): A
                production project's state as the code `list_production_projects` filters on: 0 nothing uploaded, 1
                upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed, 6 in the recycle bin, 8
                uploading, 9 exported, 10 exporting, 11 processing cancelled, 12 export failed (there is no 7). The
                vendor writes the code as a string (`"0"`); in a query it is the same text.
            sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation, `desc` (the
                default) or `asc`. Default: ListProductionProjectsSort.DESC.
            start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for the start).

        Returns:
            Response[ProductionProjectPage]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _list_production_projects.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            app_code=app_code,
            page=page,
            page_size=page_size,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            status=status,
            sort=sort,
            start_id=start_id,
        )

    async def get_production_project(
        self,
        *,
        project_id: str,
        app_code: str,
    ) -> Response[ProductionProject]:
        """Get a production project

        A production project: who it is for, how it is shot, its state and, once processed, its
        `vr_code`.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/detail.yaml
        (`GET /open/v1/produce/project/detail`).

        Args:
            project_id (str): The project's id, from `create_production_project`.
            app_code (str): The application id from the console.

        Returns:
            Response[ProductionProject]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_production_project.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            project_id=project_id,
            app_code=app_code,
        )

    async def apply_production_ticket(
        self,
        *,
        app_code: str,
        user_identifier: str,
        action: str,
        project_id: str,
    ) -> Response[ProductionTicket]:
        """Get a ticket for a production project

        Issues a one-time ticket (valid five minutes) for an action of Realsee's capture SDK on a
        project, such as uploading (`apply_cos_token`). The SDK names the `action`; pass it on.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/produce/apply_ticket.yaml
        (`GET /open/v1/produce/project/apply/ticket`).

        Args:
            app_code (str): The application id from the console.
            user_identifier (str): Your system's id of the user.
            action (str): The action the ticket is for, as Realsee's client SDK gives it.
            project_id (str): The project, from `create_production_project`.

        Returns:
            Response[ProductionTicket]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _apply_production_ticket.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            app_code=app_code,
            user_identifier=user_identifier,
            action=action,
            project_id=project_id,
        )


__all__ = [
    "AsyncProduction",
    "AsyncProductionWithRawResponse",
    "Production",
    "ProductionWithRawResponse",
]
