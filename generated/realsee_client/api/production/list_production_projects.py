from typing import Any, Literal

import httpx

from vrlive_core.inputs import as_member
from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.list_production_projects_sort import ListProductionProjectsSort
from ...models.production_project_page import ProductionProjectPage
from ...models.production_project_status import ProductionProjectStatus
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    envelope=ENVELOPE,
    id="list_production_projects",
    inputs={
        "app_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "page": {"in": "query", "required": False, "schema": {"type": "integer", "minimum": 1}},
        "page_size": {"in": "query", "required": False, "schema": {"type": "integer", "minimum": 1}},
        "start_timestamp": {"in": "query", "required": False, "schema": {"type": "integer"}},
        "end_timestamp": {"in": "query", "required": False, "schema": {"type": "integer"}},
        "status": {
            "in": "query",
            "required": False,
            "schema": {"enum": [0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12], "class": "ProductionProjectStatus"},
        },
        "sort": {
            "in": "query",
            "required": False,
            "schema": {"enum": ["desc", "asc"], "class": "ListProductionProjectsSort"},
        },
        "start_id": {"in": "query", "required": False, "schema": {"type": "integer", "minimum": 0}},
    },
)


def _get_kwargs(
    *,
    app_code: str,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    start_timestamp: int | Unset = UNSET,
    end_timestamp: int | Unset = UNSET,
    status: ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset = UNSET,
    sort: ListProductionProjectsSort | Literal["desc", "asc"] | Unset = ListProductionProjectsSort.DESC,
    start_id: int | Unset = UNSET,
) -> dict[str, Any]:
    status = UNSET if status is None else as_member(ProductionProjectStatus, status)
    sort = UNSET if sort is None else as_member(ListProductionProjectsSort, sort)
    OPERATION.check(
        {
            "app_code": app_code,
            "page": page,
            "page_size": page_size,
            "start_timestamp": start_timestamp,
            "end_timestamp": end_timestamp,
            "status": status,
            "sort": sort,
            "start_id": start_id,
        }
    )

    params: dict[str, Any] = {}

    params["app_code"] = app_code

    params["page"] = page

    params["page_size"] = page_size

    params["start_timestamp"] = start_timestamp

    params["end_timestamp"] = end_timestamp

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["start_id"] = start_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/produce/project/list",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[ProductionProjectPage]:
    return OPERATION.build_response(response, ProductionProjectPage.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
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
        start_timestamp (int | Unset): Only projects created at or after this Unix time, in
            seconds.
        end_timestamp (int | Unset): Only projects created at or before this Unix time, in
            seconds.
        status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset):
            A production project's state as the code `list_production_projects` filters on: 0 nothing
            uploaded, 1 upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed,
            6 in the recycle bin, 8 uploading, 9 exported, 10 exporting, 11 processing cancelled,
            12 export failed (there is no 7). The vendor writes the code as a string (`"0"`); in a
            query it is the same text.
        sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation,
            `desc` (the default) or `asc`. Default: ListProductionProjectsSort.DESC.
        start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for
            the start).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ProductionProjectPage]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        app_code=app_code,
        page=page,
        page_size=page_size,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        status=status,
        sort=sort,
        start_id=start_id,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
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
        start_timestamp (int | Unset): Only projects created at or after this Unix time, in
            seconds.
        end_timestamp (int | Unset): Only projects created at or before this Unix time, in
            seconds.
        status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset):
            A production project's state as the code `list_production_projects` filters on: 0 nothing
            uploaded, 1 upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed,
            6 in the recycle bin, 8 uploading, 9 exported, 10 exporting, 11 processing cancelled,
            12 export failed (there is no 7). The vendor writes the code as a string (`"0"`); in a
            query it is the same text.
        sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation,
            `desc` (the default) or `asc`. Default: ListProductionProjectsSort.DESC.
        start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for
            the start).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ProductionProjectPage
    """

    return sync_detailed(
        client=client,
        app_code=app_code,
        page=page,
        page_size=page_size,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        status=status,
        sort=sort,
        start_id=start_id,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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
        start_timestamp (int | Unset): Only projects created at or after this Unix time, in
            seconds.
        end_timestamp (int | Unset): Only projects created at or before this Unix time, in
            seconds.
        status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset):
            A production project's state as the code `list_production_projects` filters on: 0 nothing
            uploaded, 1 upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed,
            6 in the recycle bin, 8 uploading, 9 exported, 10 exporting, 11 processing cancelled,
            12 export failed (there is no 7). The vendor writes the code as a string (`"0"`); in a
            query it is the same text.
        sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation,
            `desc` (the default) or `asc`. Default: ListProductionProjectsSort.DESC.
        start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for
            the start).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ProductionProjectPage]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        app_code=app_code,
        page=page,
        page_size=page_size,
        start_timestamp=start_timestamp,
        end_timestamp=end_timestamp,
        status=status,
        sort=sort,
        start_id=start_id,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
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
        start_timestamp (int | Unset): Only projects created at or after this Unix time, in
            seconds.
        end_timestamp (int | Unset): Only projects created at or before this Unix time, in
            seconds.
        status (ProductionProjectStatus | Literal[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] | Unset):
            A production project's state as the code `list_production_projects` filters on: 0 nothing
            uploaded, 1 upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed,
            6 in the recycle bin, 8 uploading, 9 exported, 10 exporting, 11 processing cancelled,
            12 export failed (there is no 7). The vendor writes the code as a string (`"0"`); in a
            query it is the same text.
        sort (ListProductionProjectsSort | Literal["desc", "asc"] | Unset): Order of creation,
            `desc` (the default) or `asc`. Default: ListProductionProjectsSort.DESC.
        start_id (int | Unset): The id to start after; a previous page's `next_start_id` (0 for
            the start).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ProductionProjectPage
    """

    return (
        await asyncio_detailed(
            client=client,
            app_code=app_code,
            page=page,
            page_size=page_size,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            status=status,
            sort=sort,
            start_id=start_id,
        )
    ).unwrap()
