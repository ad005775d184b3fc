from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.production_ticket import ProductionTicket
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="apply_production_ticket",
    inputs={
        "app_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "user_identifier": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "action": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "project_id": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
    },
)


def _get_kwargs(
    *,
    app_code: str,
    user_identifier: str,
    action: str,
    project_id: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "app_code": app_code,
            "user_identifier": user_identifier,
            "action": action,
            "project_id": project_id,
        }
    )

    params: dict[str, Any] = {}

    params["app_code"] = app_code

    params["user_identifier"] = user_identifier

    params["action"] = action

    params["project_id"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/produce/project/apply/ticket",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[ProductionTicket]:
    return OPERATION.build_response(response, ProductionTicket.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ProductionTicket]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        app_code=app_code,
        user_identifier=user_identifier,
        action=action,
        project_id=project_id,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ProductionTicket
    """

    return sync_detailed(
        client=client,
        app_code=app_code,
        user_identifier=user_identifier,
        action=action,
        project_id=project_id,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[ProductionTicket]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        app_code=app_code,
        user_identifier=user_identifier,
        action=action,
        project_id=project_id,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
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

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        ProductionTicket
    """

    return (
        await asyncio_detailed(
            client=client,
            app_code=app_code,
            user_identifier=user_identifier,
            action=action,
            project_id=project_id,
        )
    ).unwrap()
