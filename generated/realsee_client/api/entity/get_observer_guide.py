from typing import Any

import httpx

from vrlive_core.errors import ResponseValidationError
from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.guide_stop import GuideStop
from ...models.realsee_no_data import RealseeNoData
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_observer_guide",
    inputs={
        "vr_code": {"in": "query", "required": False, "schema": {"type": "string", "minLength": 1}},
        "resource_code": {"in": "query", "required": False, "schema": {"type": "string", "minLength": 1}},
    },
)


def _get_kwargs(
    *,
    vr_code: str | Unset = UNSET,
    resource_code: str | Unset = UNSET,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "vr_code": vr_code,
            "resource_code": resource_code,
        }
    )

    params: dict[str, Any] = {}

    params["vr_code"] = vr_code

    params["resource_code"] = resource_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/entity/observer/guide",
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GuideStop] | None | RealseeNoData:
    def _parse_parsed(data: object) -> list[GuideStop] | None | RealseeNoData:
        if isinstance(data, list):
            if not isinstance(data, list):
                raise ResponseValidationError.unexpected("get_observer_guide()", "data", "a list", data)
            _parsed_1_items: list[GuideStop] = []
            for _parsed_1_index, _parsed_1_item in enumerate(data):
                if not isinstance(_parsed_1_item, dict):
                    raise ResponseValidationError.unexpected(
                        "get_observer_guide()", "data" + f"[{_parsed_1_index}]", "an object", _parsed_1_item
                    )
                try:
                    _parsed_1_parsed = GuideStop.from_dict(_parsed_1_item)
                except ResponseValidationError as error:
                    raise error.inside("get_observer_guide()", "data" + f"[{_parsed_1_index}]") from None

                _parsed_1_items.append(_parsed_1_parsed)
            _parsed_1 = _parsed_1_items

            return _parsed_1
        if isinstance(data, dict):
            try:
                return RealseeNoData.from_dict(data)
            except ResponseValidationError:
                pass
        if data is None:
            return None
        raise ResponseValidationError.unexpected("get_observer_guide()", "data", "a list or an object or null", data)

    parsed = _parse_parsed(data)

    return parsed


def _build_response(response: httpx.Response) -> Response[list[GuideStop] | None | RealseeNoData]:
    return OPERATION.build_response(response, _parse_data)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str | Unset = UNSET,
    resource_code: str | Unset = UNSET,
) -> Response[list[GuideStop] | None | RealseeNoData]:
    """Get a VR work's guided tour

     The stops of a work's guided tour (quick moves between observation points), each with its
    panorama, a screenshot and the view to show. Give `vr_code` or `resource_code` (a copy of
    the work), one of them: the vendor marks neither required.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/observer/guide.yaml
    (`GET /open/v1/entity/observer/guide`).

    Args:
        vr_code (str | Unset): The work's VR code (or give `resource_code`).
        resource_code (str | Unset): The code of a copy of the work, such as `8oep3ZPGW8TjRlyT7x`
            (or give `vr_code`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[list[GuideStop] | None | RealseeNoData]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
        resource_code=resource_code,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    vr_code: str | Unset = UNSET,
    resource_code: str | Unset = UNSET,
) -> list[GuideStop] | None | RealseeNoData:
    """Get a VR work's guided tour

     The stops of a work's guided tour (quick moves between observation points), each with its
    panorama, a screenshot and the view to show. Give `vr_code` or `resource_code` (a copy of
    the work), one of them: the vendor marks neither required.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/observer/guide.yaml
    (`GET /open/v1/entity/observer/guide`).

    Args:
        vr_code (str | Unset): The work's VR code (or give `resource_code`).
        resource_code (str | Unset): The code of a copy of the work, such as `8oep3ZPGW8TjRlyT7x`
            (or give `vr_code`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        list[GuideStop] | None | RealseeNoData
    """

    return sync_detailed(
        client=client,
        vr_code=vr_code,
        resource_code=resource_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str | Unset = UNSET,
    resource_code: str | Unset = UNSET,
) -> Response[list[GuideStop] | None | RealseeNoData]:
    """Get a VR work's guided tour

     The stops of a work's guided tour (quick moves between observation points), each with its
    panorama, a screenshot and the view to show. Give `vr_code` or `resource_code` (a copy of
    the work), one of them: the vendor marks neither required.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/observer/guide.yaml
    (`GET /open/v1/entity/observer/guide`).

    Args:
        vr_code (str | Unset): The work's VR code (or give `resource_code`).
        resource_code (str | Unset): The code of a copy of the work, such as `8oep3ZPGW8TjRlyT7x`
            (or give `vr_code`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[list[GuideStop] | None | RealseeNoData]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
        resource_code=resource_code,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    vr_code: str | Unset = UNSET,
    resource_code: str | Unset = UNSET,
) -> list[GuideStop] | None | RealseeNoData:
    """Get a VR work's guided tour

     The stops of a work's guided tour (quick moves between observation points), each with its
    panorama, a screenshot and the view to show. Give `vr_code` or `resource_code` (a copy of
    the work), one of them: the vendor marks neither required.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/observer/guide.yaml
    (`GET /open/v1/entity/observer/guide`).

    Args:
        vr_code (str | Unset): The work's VR code (or give `resource_code`).
        resource_code (str | Unset): The code of a copy of the work, such as `8oep3ZPGW8TjRlyT7x`
            (or give `vr_code`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        list[GuideStop] | None | RealseeNoData
    """

    return (
        await asyncio_detailed(
            client=client,
            vr_code=vr_code,
            resource_code=resource_code,
        )
    ).unwrap()
