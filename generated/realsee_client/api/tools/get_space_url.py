from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.space_url import SpaceUrl
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_space_url",
    inputs={
        "vr_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "expire": {"in": "query", "required": False, "schema": {"type": "integer"}},
    },
)


def _get_kwargs(
    *,
    vr_code: str,
    expire: int | Unset = 300,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "vr_code": vr_code,
            "expire": expire,
        }
    )

    params: dict[str, Any] = {}

    params["vr_code"] = vr_code

    params["expire"] = expire

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/url/space",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[SpaceUrl]:
    return OPERATION.build_response(response, SpaceUrl.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    expire: int | Unset = 300,
) -> Response[SpaceUrl]:
    """Get a VR work's viewing link

     A link that opens the work in Realsee's viewer, and when it stops working.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/tool/url_toolbox.yaml
    (`GET /open/v1/url/space`). It describes the `expire` parameter as the link's expiry as a
    Unix time but gives it the default `300`, which reads as a lifetime in seconds; whether it
    is honoured depends on the application's permissions. The spec passes it on as given.

    Args:
        vr_code (str): The work's VR code.
        expire (int | Unset): When the link should stop working (the vendor's default is 300);
            honoured only with the application's permission. Default: 300.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[SpaceUrl]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
        expire=expire,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    expire: int | Unset = 300,
) -> SpaceUrl:
    """Get a VR work's viewing link

     A link that opens the work in Realsee's viewer, and when it stops working.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/tool/url_toolbox.yaml
    (`GET /open/v1/url/space`). It describes the `expire` parameter as the link's expiry as a
    Unix time but gives it the default `300`, which reads as a lifetime in seconds; whether it
    is honoured depends on the application's permissions. The spec passes it on as given.

    Args:
        vr_code (str): The work's VR code.
        expire (int | Unset): When the link should stop working (the vendor's default is 300);
            honoured only with the application's permission. Default: 300.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        SpaceUrl
    """

    return sync_detailed(
        client=client,
        vr_code=vr_code,
        expire=expire,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    expire: int | Unset = 300,
) -> Response[SpaceUrl]:
    """Get a VR work's viewing link

     A link that opens the work in Realsee's viewer, and when it stops working.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/tool/url_toolbox.yaml
    (`GET /open/v1/url/space`). It describes the `expire` parameter as the link's expiry as a
    Unix time but gives it the default `300`, which reads as a lifetime in seconds; whether it
    is honoured depends on the application's permissions. The spec passes it on as given.

    Args:
        vr_code (str): The work's VR code.
        expire (int | Unset): When the link should stop working (the vendor's default is 300);
            honoured only with the application's permission. Default: 300.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[SpaceUrl]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
        expire=expire,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    expire: int | Unset = 300,
) -> SpaceUrl:
    """Get a VR work's viewing link

     A link that opens the work in Realsee's viewer, and when it stops working.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/tool/url_toolbox.yaml
    (`GET /open/v1/url/space`). It describes the `expire` parameter as the link's expiry as a
    Unix time but gives it the default `300`, which reads as a lifetime in seconds; whether it
    is honoured depends on the application's permissions. The spec passes it on as given.

    Args:
        vr_code (str): The work's VR code.
        expire (int | Unset): When the link should stop working (the vendor's default is 300);
            honoured only with the application's permission. Default: 300.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        SpaceUrl
    """

    return (
        await asyncio_detailed(
            client=client,
            vr_code=vr_code,
            expire=expire,
        )
    ).unwrap()
