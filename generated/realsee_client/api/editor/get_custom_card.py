from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.custom_card import CustomCard
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_custom_card",
    inputs={
        "source": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "resource_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
    },
)


def _get_kwargs(
    *,
    source: str,
    resource_code: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "source": source,
            "resource_code": resource_code,
        }
    )

    params: dict[str, Any] = {}

    params["source"] = source

    params["resource_code"] = resource_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/realsee-data/custom/card/info.json",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[CustomCard]:
    return OPERATION.build_response(response, CustomCard.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source: str,
    resource_code: str,
) -> Response[CustomCard]:
    """Get a work copy's contact card

     The card shown with a copy of a work: the contact (name, title, phone, avatar) and
    information items. Same host, auth and envelope as the gateway's other calls (see
    `get_custom_detail`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/card/info.yaml
    (`GET /realsee-data/custom/card/info.json`). The document types `is_block` as `bool`, which is no
    JSON
    Schema type, and writes the item's fields straight under `items`: the spec says boolean,
    and reads the fields as the item's properties.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CustomCard]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        source=source,
        resource_code=resource_code,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    source: str,
    resource_code: str,
) -> CustomCard:
    """Get a work copy's contact card

     The card shown with a copy of a work: the contact (name, title, phone, avatar) and
    information items. Same host, auth and envelope as the gateway's other calls (see
    `get_custom_detail`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/card/info.yaml
    (`GET /realsee-data/custom/card/info.json`). The document types `is_block` as `bool`, which is no
    JSON
    Schema type, and writes the item's fields straight under `items`: the spec says boolean,
    and reads the fields as the item's properties.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CustomCard
    """

    return sync_detailed(
        client=client,
        source=source,
        resource_code=resource_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source: str,
    resource_code: str,
) -> Response[CustomCard]:
    """Get a work copy's contact card

     The card shown with a copy of a work: the contact (name, title, phone, avatar) and
    information items. Same host, auth and envelope as the gateway's other calls (see
    `get_custom_detail`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/card/info.yaml
    (`GET /realsee-data/custom/card/info.json`). The document types `is_block` as `bool`, which is no
    JSON
    Schema type, and writes the item's fields straight under `items`: the spec says boolean,
    and reads the fields as the item's properties.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CustomCard]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        source=source,
        resource_code=resource_code,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source: str,
    resource_code: str,
) -> CustomCard:
    """Get a work copy's contact card

     The card shown with a copy of a work: the contact (name, title, phone, avatar) and
    information items. Same host, auth and envelope as the gateway's other calls (see
    `get_custom_detail`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/card/info.yaml
    (`GET /realsee-data/custom/card/info.json`). The document types `is_block` as `bool`, which is no
    JSON
    Schema type, and writes the item's fields straight under `items`: the spec says boolean,
    and reads the fields as the item's properties.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CustomCard
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            resource_code=resource_code,
        )
    ).unwrap()
