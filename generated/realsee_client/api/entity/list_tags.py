from typing import Any

import httpx

from vrlive_core.errors import ResponseValidationError
from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.realsee_no_data import RealseeNoData
from ...models.tag import Tag
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="list_tags",
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
        "url": "/open/v1/entity/tag/list",
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[Tag] | None | RealseeNoData:
    def _parse_parsed(data: object) -> list[Tag] | None | RealseeNoData:
        if isinstance(data, list):
            if not isinstance(data, list):
                raise ResponseValidationError.unexpected("list_tags()", "data", "a list", data)
            _parsed_1_items: list[Tag] = []
            for _parsed_1_index, _parsed_1_item in enumerate(data):
                if not isinstance(_parsed_1_item, dict):
                    raise ResponseValidationError.unexpected(
                        "list_tags()", "data" + f"[{_parsed_1_index}]", "an object", _parsed_1_item
                    )
                try:
                    _parsed_1_parsed = Tag.from_dict(_parsed_1_item)
                except ResponseValidationError as error:
                    raise error.inside("list_tags()", "data" + f"[{_parsed_1_index}]") from None

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
        raise ResponseValidationError.unexpected("list_tags()", "data", "a list or an object or null", data)

    parsed = _parse_parsed(data)

    return parsed


def _build_response(response: httpx.Response) -> Response[list[Tag] | None | RealseeNoData]:
    return OPERATION.build_response(response, _parse_data)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[list[Tag] | None | RealseeNoData]:
    """List a VR work's tags

     The tags placed in a work's 3D space (several kinds: text, links...), all at once: the
    vendor says this API returns every tag in one answer, and it takes no page parameters, so
    it declares no paging.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/tag/list`). Its table types `target_url` as an integer with the
    example `1080` (the row above it in another table); its schema, and what the field is (a
    hyperlink), say string: the spec says string.

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[list[Tag] | None | RealseeNoData]: The raw response, with ``parsed`` set on
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
) -> list[Tag] | None | RealseeNoData:
    """List a VR work's tags

     The tags placed in a work's 3D space (several kinds: text, links...), all at once: the
    vendor says this API returns every tag in one answer, and it takes no page parameters, so
    it declares no paging.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/tag/list`). Its table types `target_url` as an integer with the
    example `1080` (the row above it in another table); its schema, and what the field is (a
    hyperlink), say string: the spec says string.

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        list[Tag] | None | RealseeNoData
    """

    return sync_detailed(
        client=client,
        vr_code=vr_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[list[Tag] | None | RealseeNoData]:
    """List a VR work's tags

     The tags placed in a work's 3D space (several kinds: text, links...), all at once: the
    vendor says this API returns every tag in one answer, and it takes no page parameters, so
    it declares no paging.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/tag/list`). Its table types `target_url` as an integer with the
    example `1080` (the row above it in another table); its schema, and what the field is (a
    hyperlink), say string: the spec says string.

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[list[Tag] | None | RealseeNoData]: The raw response, with ``parsed`` set on
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
) -> list[Tag] | None | RealseeNoData:
    """List a VR work's tags

     The tags placed in a work's 3D space (several kinds: text, links...), all at once: the
    vendor says this API returns every tag in one answer, and it takes no page parameters, so
    it declares no paging.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/tag/list`). Its table types `target_url` as an integer with the
    example `1080` (the row above it in another table); its schema, and what the field is (a
    hyperlink), say string: the spec says string.

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        list[Tag] | None | RealseeNoData
    """

    return (
        await asyncio_detailed(
            client=client,
            vr_code=vr_code,
        )
    ).unwrap()
