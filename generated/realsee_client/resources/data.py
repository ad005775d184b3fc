"""The data mart - vector data of AI design schemes.

Resource classes of the ``data`` operations:
[`Data`][realsee_client.resources.data.Data] and
[`AsyncData`][realsee_client.resources.data.AsyncData] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..api.data import get_design_vector as _get_design_vector
from ..models.design_vector import DesignVector
from ..types import Response

if TYPE_CHECKING:
    from .base import ClientSource


class Data:
    """The data mart - vector data of AI design schemes."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> DataWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return DataWithRawResponse(self._source)

    def get_design_vector(
        self,
        *,
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

        Returns:
            DesignVector: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_design_vector.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )


class DataWithRawResponse:
    """The ``data`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def get_design_vector(
        self,
        *,
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

        Returns:
            Response[DesignVector]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_design_vector.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )


class AsyncData:
    """The data mart - vector data of AI design schemes. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncDataWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncDataWithRawResponse(self._source)

    async def get_design_vector(
        self,
        *,
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

        Returns:
            DesignVector: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_design_vector.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )


class AsyncDataWithRawResponse:
    """The ``data`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def get_design_vector(
        self,
        *,
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

        Returns:
            Response[DesignVector]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_design_vector.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )


__all__ = [
    "AsyncData",
    "AsyncDataWithRawResponse",
    "Data",
    "DataWithRawResponse",
]
