from typing import Any

import httpx

from vrlive_core.errors import ResponseValidationError
from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.city import City
from ...models.realsee_no_data import RealseeNoData
from ...types import Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="list_cities",
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/city/list",
    }

    return _kwargs


def _parse_data(data: Any) -> list[City] | None | RealseeNoData:
    def _parse_parsed(data: object) -> list[City] | None | RealseeNoData:
        if isinstance(data, list):
            if not isinstance(data, list):
                raise ResponseValidationError.unexpected("list_cities()", "data", "a list", data)
            _parsed_1_items: list[City] = []
            for _parsed_1_index, _parsed_1_item in enumerate(data):
                if not isinstance(_parsed_1_item, dict):
                    raise ResponseValidationError.unexpected(
                        "list_cities()", "data" + f"[{_parsed_1_index}]", "an object", _parsed_1_item
                    )
                try:
                    _parsed_1_parsed = City.from_dict(_parsed_1_item)
                except ResponseValidationError as error:
                    raise error.inside("list_cities()", "data" + f"[{_parsed_1_index}]") from None

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
        raise ResponseValidationError.unexpected("list_cities()", "data", "a list or an object or null", data)

    parsed = _parse_parsed(data)

    return parsed


def _build_response(response: httpx.Response) -> Response[list[City] | None | RealseeNoData]:
    return OPERATION.build_response(response, _parse_data)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[City] | None | RealseeNoData]:
    """List the cities where production is possible

     Every city where Realsee can produce works (real shoots or virtual design), with its
    national standard code (GB code), which is the `city_id` of the other lookups.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/city/list.yaml
    (`GET /open/v1/city/list`). It types `city_id` as `number` here and in the floor plan
    search, and as a string holding digits (`"110000"`) in the community search; a GB code is
    a whole number, so the spec says integer in all three.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[list[City] | None | RealseeNoData]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs()
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[City] | None | RealseeNoData:
    """List the cities where production is possible

     Every city where Realsee can produce works (real shoots or virtual design), with its
    national standard code (GB code), which is the `city_id` of the other lookups.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/city/list.yaml
    (`GET /open/v1/city/list`). It types `city_id` as `number` here and in the floor plan
    search, and as a string holding digits (`"110000"`) in the community search; a GB code is
    a whole number, so the spec says integer in all three.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        list[City] | None | RealseeNoData
    """

    return sync_detailed(
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[City] | None | RealseeNoData]:
    """List the cities where production is possible

     Every city where Realsee can produce works (real shoots or virtual design), with its
    national standard code (GB code), which is the `city_id` of the other lookups.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/city/list.yaml
    (`GET /open/v1/city/list`). It types `city_id` as `number` here and in the floor plan
    search, and as a string holding digits (`"110000"`) in the community search; a GB code is
    a whole number, so the spec says integer in all three.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[list[City] | None | RealseeNoData]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs()
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[City] | None | RealseeNoData:
    """List the cities where production is possible

     Every city where Realsee can produce works (real shoots or virtual design), with its
    national standard code (GB code), which is the `city_id` of the other lookups.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/city/list.yaml
    (`GET /open/v1/city/list`). It types `city_id` as `number` here and in the floor plan
    search, and as a string holding digits (`"110000"`) in the community search; a GB code is
    a whole number, so the spec says integer in all three.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        list[City] | None | RealseeNoData
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).unwrap()
