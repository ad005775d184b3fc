from typing import Any

import httpx

from vrlive_core.envelope import ErrorRule
from vrlive_core.errors import AuthenticationError
from vrlive_core.operation import Operation

from ...client import AuthenticatedClient, Client
from ...envelope import ENVELOPE
from ...models.access_token import AccessToken
from ...models.access_token_request import AccessTokenRequest
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_access_token",
    errors=(ErrorRule(AuthenticationError, code=-1),),
    inputs={
        "body": {
            "in": "body",
            "required": True,
            "schema": {
                "type": "object",
                "model": "AccessTokenRequest",
                "properties": {
                    "app_key": {"type": "string", "minLength": 1},
                    "app_secret": {"type": "string", "minLength": 1},
                },
                "required": ["app_key", "app_secret"],
                "additional": {},
            },
        }
    },
)


def _get_kwargs(
    *,
    body: AccessTokenRequest,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/access_token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[AccessToken]:
    return OPERATION.build_response(response, AccessToken.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessToken]:
    """Get an access_token

     Trades the application's `app_key`/`app_secret` for an `access_token` (about five minutes;
    `expire_at` is a Unix time in seconds). Wrong credentials give `code -1, status "illegal app"`,
    which this operation maps to an authentication error.

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 1)

    Args:
        body (AccessTokenRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[AccessToken]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessToken:
    """Get an access_token

     Trades the application's `app_key`/`app_secret` for an `access_token` (about five minutes;
    `expire_at` is a Unix time in seconds). Wrong credentials give `code -1, status "illegal app"`,
    which this operation maps to an authentication error.

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 1)

    Args:
        body (AccessTokenRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        AccessToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessToken]:
    """Get an access_token

     Trades the application's `app_key`/`app_secret` for an `access_token` (about five minutes;
    `expire_at` is a Unix time in seconds). Wrong credentials give `code -1, status "illegal app"`,
    which this operation maps to an authentication error.

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 1)

    Args:
        body (AccessTokenRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[AccessToken]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessToken:
    """Get an access_token

     Trades the application's `app_key`/`app_secret` for an `access_token` (about five minutes;
    `expire_at` is a Unix time in seconds). Wrong credentials give `code -1, status "illegal app"`,
    which this operation maps to an authentication error.

    Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 1)

    Args:
        body (AccessTokenRequest):

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        AccessToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).unwrap()
