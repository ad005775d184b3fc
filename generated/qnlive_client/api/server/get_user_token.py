from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.user_token import UserToken
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_user_token",
    inputs={
        "app_id": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "user_id": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "device_id": {"in": "query", "required": False, "schema": {"type": "string"}},
        "expires_at": {"in": "query", "required": False, "schema": {"type": "integer"}},
    },
)


def _get_kwargs(
    *,
    app_id: str,
    user_id: str,
    device_id: str | Unset = UNSET,
    expires_at: int | Unset = UNSET,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "app_id": app_id,
            "user_id": user_id,
            "device_id": device_id,
            "expires_at": expires_at,
        }
    )

    params: dict[str, Any] = {}

    params["app_id"] = app_id

    params["user_id"] = user_id

    params["device_id"] = device_id

    params["expires_at"] = expires_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/server/auth/token",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[UserToken]:
    return OPERATION.build_response(response, UserToken.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    app_id: str,
    user_id: str,
    device_id: str | Unset = UNSET,
    expires_at: int | Unset = UNSET,
) -> Response[UserToken]:
    """Mint a user's access token

     Issues the token a client sends on every relay call (default lifetime seven days). Called by
    your backend and signed with the Qiniu AK/SK:
    `Authorization: Qiniu <AK>:<urlsafe_base64(hmac_sha1(SK, S))>` where
    `S = "<METHOD> <path>[?<query>]\\nHost: <host>[\\nContent-Type: <type>]\\n\\n[<body>]"`, the body
    included only when a content type is set and it is not `application/octet-stream`.

    Vendor docs: https://developer.qiniu.com/lowcode/12010

    Args:
        app_id (str): The live application's id.
        user_id (str): Your system's id of the user; one token per user.
        device_id (str | Unset): The client's device id.
        expires_at (int | Unset): When the token expires, as a Unix time in seconds; default seven
            days from now.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[UserToken]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        user_id=user_id,
        device_id=device_id,
        expires_at=expires_at,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    app_id: str,
    user_id: str,
    device_id: str | Unset = UNSET,
    expires_at: int | Unset = UNSET,
) -> UserToken:
    """Mint a user's access token

     Issues the token a client sends on every relay call (default lifetime seven days). Called by
    your backend and signed with the Qiniu AK/SK:
    `Authorization: Qiniu <AK>:<urlsafe_base64(hmac_sha1(SK, S))>` where
    `S = "<METHOD> <path>[?<query>]\\nHost: <host>[\\nContent-Type: <type>]\\n\\n[<body>]"`, the body
    included only when a content type is set and it is not `application/octet-stream`.

    Vendor docs: https://developer.qiniu.com/lowcode/12010

    Args:
        app_id (str): The live application's id.
        user_id (str): Your system's id of the user; one token per user.
        device_id (str | Unset): The client's device id.
        expires_at (int | Unset): When the token expires, as a Unix time in seconds; default seven
            days from now.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        UserToken
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        user_id=user_id,
        device_id=device_id,
        expires_at=expires_at,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app_id: str,
    user_id: str,
    device_id: str | Unset = UNSET,
    expires_at: int | Unset = UNSET,
) -> Response[UserToken]:
    """Mint a user's access token

     Issues the token a client sends on every relay call (default lifetime seven days). Called by
    your backend and signed with the Qiniu AK/SK:
    `Authorization: Qiniu <AK>:<urlsafe_base64(hmac_sha1(SK, S))>` where
    `S = "<METHOD> <path>[?<query>]\\nHost: <host>[\\nContent-Type: <type>]\\n\\n[<body>]"`, the body
    included only when a content type is set and it is not `application/octet-stream`.

    Vendor docs: https://developer.qiniu.com/lowcode/12010

    Args:
        app_id (str): The live application's id.
        user_id (str): Your system's id of the user; one token per user.
        device_id (str | Unset): The client's device id.
        expires_at (int | Unset): When the token expires, as a Unix time in seconds; default seven
            days from now.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[UserToken]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        user_id=user_id,
        device_id=device_id,
        expires_at=expires_at,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app_id: str,
    user_id: str,
    device_id: str | Unset = UNSET,
    expires_at: int | Unset = UNSET,
) -> UserToken:
    """Mint a user's access token

     Issues the token a client sends on every relay call (default lifetime seven days). Called by
    your backend and signed with the Qiniu AK/SK:
    `Authorization: Qiniu <AK>:<urlsafe_base64(hmac_sha1(SK, S))>` where
    `S = "<METHOD> <path>[?<query>]\\nHost: <host>[\\nContent-Type: <type>]\\n\\n[<body>]"`, the body
    included only when a content type is set and it is not `application/octet-stream`.

    Vendor docs: https://developer.qiniu.com/lowcode/12010

    Args:
        app_id (str): The live application's id.
        user_id (str): Your system's id of the user; one token per user.
        device_id (str | Unset): The client's device id.
        expires_at (int | Unset): When the token expires, as a Unix time in seconds; default seven
            days from now.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        UserToken
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            user_id=user_id,
            device_id=device_id,
            expires_at=expires_at,
        )
    ).unwrap()
