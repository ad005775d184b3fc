from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.custom_detail import CustomDetail
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_custom_detail",
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
        "url": "/realsee-data/custom/detail.json",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[CustomDetail]:
    return OPERATION.build_response(response, CustomDetail.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source: str,
    resource_code: str,
) -> Response[CustomDetail]:
    """Get a work copy's basic information

     What the editor keeps about a copy of a work: its name, introduction, location, filter
    and background music.

    **Host and auth.** The vendor's document lists the three `/realsee-data/custom/*.json`
    paths in the same document as every other call, under its one server (the gateway) with
    the same required `Authorization` access token and the same envelope, and gives them no
    server of their own: the spec serves them from the gateway with the access token, like
    the rest. It declares their answers as `*/*`; the answer is the JSON envelope, so the spec
    says `application/json`.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/detail.yaml
    (`GET /realsee-data/custom/detail.json`). Seed 000's navigation lists newer pages of
    edited data under "Edit Data" ("VR introduction data", "Route guidance", "Personal business
    card information"...); they are not captured here.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CustomDetail]: The raw response, with ``parsed`` set on
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
) -> CustomDetail:
    """Get a work copy's basic information

     What the editor keeps about a copy of a work: its name, introduction, location, filter
    and background music.

    **Host and auth.** The vendor's document lists the three `/realsee-data/custom/*.json`
    paths in the same document as every other call, under its one server (the gateway) with
    the same required `Authorization` access token and the same envelope, and gives them no
    server of their own: the spec serves them from the gateway with the access token, like
    the rest. It declares their answers as `*/*`; the answer is the JSON envelope, so the spec
    says `application/json`.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/detail.yaml
    (`GET /realsee-data/custom/detail.json`). Seed 000's navigation lists newer pages of
    edited data under "Edit Data" ("VR introduction data", "Route guidance", "Personal business
    card information"...); they are not captured here.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CustomDetail
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
) -> Response[CustomDetail]:
    """Get a work copy's basic information

     What the editor keeps about a copy of a work: its name, introduction, location, filter
    and background music.

    **Host and auth.** The vendor's document lists the three `/realsee-data/custom/*.json`
    paths in the same document as every other call, under its one server (the gateway) with
    the same required `Authorization` access token and the same envelope, and gives them no
    server of their own: the spec serves them from the gateway with the access token, like
    the rest. It declares their answers as `*/*`; the answer is the JSON envelope, so the spec
    says `application/json`.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/detail.yaml
    (`GET /realsee-data/custom/detail.json`). Seed 000's navigation lists newer pages of
    edited data under "Edit Data" ("VR introduction data", "Route guidance", "Personal business
    card information"...); they are not captured here.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CustomDetail]: The raw response, with ``parsed`` set on
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
) -> CustomDetail:
    """Get a work copy's basic information

     What the editor keeps about a copy of a work: its name, introduction, location, filter
    and background music.

    **Host and auth.** The vendor's document lists the three `/realsee-data/custom/*.json`
    paths in the same document as every other call, under its one server (the gateway) with
    the same required `Authorization` access token and the same envelope, and gives them no
    server of their own: the spec serves them from the gateway with the access token, like
    the rest. It declares their answers as `*/*`; the answer is the JSON envelope, so the spec
    says `application/json`.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/editor/custom/detail.yaml
    (`GET /realsee-data/custom/detail.json`). Seed 000's navigation lists newer pages of
    edited data under "Edit Data" ("VR introduction data", "Route guidance", "Personal business
    card information"...); they are not captured here.

    Args:
        source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
        resource_code (str): The code of the copy of the work.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CustomDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            resource_code=resource_code,
        )
    ).unwrap()
