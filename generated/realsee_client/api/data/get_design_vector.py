from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.design_vector import DesignVector
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_design_vector",
    inputs={"vr_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}}},
)


def _get_kwargs(
    *,
    vr_code: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "vr_code": vr_code,
        }
    )

    params: dict[str, Any] = {}

    params["vr_code"] = vr_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/data/vector",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[DesignVector]:
    return OPERATION.build_response(response, DesignVector.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[DesignVector]:
    """Get the vector data of an AI design scheme

     The vector data of a virtual work's design: its floor plans (points, lines, door and
    window items, room areas) and the models placed in it. Only virtual works have it; for a
    render, the `vr_code` is `81` + its `basic_render_code`.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/data/vector.yaml
    (`GET /open/v1/data/vector`). It declares the answer's media type as `*/*`; the answer is
    the JSON envelope, so the spec says `application/json`. It makes a floor plan's `points`
    a single point while lines and areas name several points by id: the spec says a list of
    points. The English document lists `true` instead of `y` among the points' required fields
    (the Chinese one says `y`): the spec requires `x` and `y`.

    Args:
        vr_code (str): The virtual work's VR code (`81` + a render's `basic_render_code`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[DesignVector]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> DesignVector:
    """Get the vector data of an AI design scheme

     The vector data of a virtual work's design: its floor plans (points, lines, door and
    window items, room areas) and the models placed in it. Only virtual works have it; for a
    render, the `vr_code` is `81` + its `basic_render_code`.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/data/vector.yaml
    (`GET /open/v1/data/vector`). It declares the answer's media type as `*/*`; the answer is
    the JSON envelope, so the spec says `application/json`. It makes a floor plan's `points`
    a single point while lines and areas name several points by id: the spec says a list of
    points. The English document lists `true` instead of `y` among the points' required fields
    (the Chinese one says `y`): the spec requires `x` and `y`.

    Args:
        vr_code (str): The virtual work's VR code (`81` + a render's `basic_render_code`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        DesignVector
    """

    return sync_detailed(
        client=client,
        vr_code=vr_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[DesignVector]:
    """Get the vector data of an AI design scheme

     The vector data of a virtual work's design: its floor plans (points, lines, door and
    window items, room areas) and the models placed in it. Only virtual works have it; for a
    render, the `vr_code` is `81` + its `basic_render_code`.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/data/vector.yaml
    (`GET /open/v1/data/vector`). It declares the answer's media type as `*/*`; the answer is
    the JSON envelope, so the spec says `application/json`. It makes a floor plan's `points`
    a single point while lines and areas name several points by id: the spec says a list of
    points. The English document lists `true` instead of `y` among the points' required fields
    (the Chinese one says `y`): the spec requires `x` and `y`.

    Args:
        vr_code (str): The virtual work's VR code (`81` + a render's `basic_render_code`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[DesignVector]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> DesignVector:
    """Get the vector data of an AI design scheme

     The vector data of a virtual work's design: its floor plans (points, lines, door and
    window items, room areas) and the models placed in it. Only virtual works have it; for a
    render, the `vr_code` is `81` + its `basic_render_code`.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/data/vector.yaml
    (`GET /open/v1/data/vector`). It declares the answer's media type as `*/*`; the answer is
    the JSON envelope, so the spec says `application/json`. It makes a floor plan's `points`
    a single point while lines and areas name several points by id: the spec says a list of
    points. The English document lists `true` instead of `y` among the points' required fields
    (the Chinese one says `y`): the spec requires `x` and `y`.

    Args:
        vr_code (str): The virtual work's VR code (`81` + a render's `basic_render_code`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        DesignVector
    """

    return (
        await asyncio_detailed(
            client=client,
            vr_code=vr_code,
        )
    ).unwrap()
