from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.create_production_project_request import CreateProductionProjectRequest
from ...models.production_project import ProductionProject
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="create_production_project",
    idempotent=False,
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "CreateProductionProjectRequest",
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "user_identifier": {"type": "string", "minLength": 1},
                    "app_code": {"type": "string", "minLength": 1},
                    "device_type": {"enum": [1, 2, 3, 4], "class": "DeviceType"},
                    "remark": {"type": "string", "maxLength": 100},
                    "shoot_type": {"enum": [0, 1, 2], "class": "ShootType"},
                    "extension": {"type": "string"},
                },
                "required": ["name", "user_identifier", "app_code", "device_type"],
                "additional": {},
            },
        }
    },
)


def _get_kwargs(
    *,
    body: CreateProductionProjectRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/produce/project/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[ProductionProject]:
    return OPERATION.build_response(response, ProductionProject.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateProductionProjectRequest,
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
        body (CreateProductionProjectRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ProductionProject]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateProductionProjectRequest,
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
        body (CreateProductionProjectRequest):

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
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateProductionProjectRequest,
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
        body (CreateProductionProjectRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ProductionProject]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateProductionProjectRequest,
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
        body (CreateProductionProjectRequest):

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
            body=body,
        )
    ).unwrap()
