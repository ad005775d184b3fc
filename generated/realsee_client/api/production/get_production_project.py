from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.production_project import ProductionProject
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_production_project",
    inputs={
        "project_id": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "app_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
    },
)


def _get_kwargs(
    *,
    project_id: str,
    app_code: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "project_id": project_id,
            "app_code": app_code,
        }
    )

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["app_code"] = app_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/produce/project/detail",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[ProductionProject]:
    return OPERATION.build_response(response, ProductionProject.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ProductionProject]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_code=app_code,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ProductionProject
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        app_code=app_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ProductionProject]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        app_code=app_code,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ProductionProject
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            app_code=app_code,
        )
    ).unwrap()
