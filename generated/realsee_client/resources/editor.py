"""What Realsee's editor keeps for a copy of a work (`resource_code`) - its basic information, guided routes and contact card.

Resource classes of the ``editor`` operations:
[`Editor`][realsee_client.resources.editor.Editor] and
[`AsyncEditor`][realsee_client.resources.editor.AsyncEditor] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..api.editor import get_custom_card as _get_custom_card
from ..api.editor import get_custom_detail as _get_custom_detail
from ..api.editor import list_custom_routes as _list_custom_routes
from ..models.custom_card import CustomCard
from ..models.custom_detail import CustomDetail
from ..models.custom_routes import CustomRoutes
from ..types import Response

if TYPE_CHECKING:
    from .base import ClientSource


class Editor:
    """What Realsee's editor keeps for a copy of a work (`resource_code`) - its basic information, guided routes and contact card."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> EditorWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return EditorWithRawResponse(self._source)

    def get_custom_detail(
        self,
        *,
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

        Returns:
            CustomDetail: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_custom_detail.sync(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )

    def list_custom_routes(
        self,
        *,
        source: str,
        resource_code: str,
    ) -> CustomRoutes:
        """List a work copy's guided routes

        The guided routes set in the editor for a copy of a work, each a named sequence of
        observation points, in display order. Same host, auth and envelope as the gateway's other
        calls (see `get_custom_detail`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/editor/custom/route/list.yaml
        (`GET /realsee-data/custom/route/list.json`). The document writes the route's fields straight under
        `items`, without
        `properties`, and does not type the points of `pano_group`: the spec reads them as the
        route's properties and leaves the points untyped.

        Args:
            source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
            resource_code (str): The code of the copy of the work.

        Returns:
            CustomRoutes: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _list_custom_routes.sync(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )

    def get_custom_card(
        self,
        *,
        source: str,
        resource_code: str,
    ) -> CustomCard:
        """Get a work copy's contact card

        The card shown with a copy of a work: the contact (name, title, phone, avatar) and
        information items. Same host, auth and envelope as the gateway's other calls (see
        `get_custom_detail`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/editor/custom/card/info.yaml
        (`GET /realsee-data/custom/card/info.json`). The document types `is_block` as `bool`, which is no JSON
        Schema type, and writes the item's fields straight under `items`: the spec says boolean,
        and reads the fields as the item's properties.

        Args:
            source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
            resource_code (str): The code of the copy of the work.

        Returns:
            CustomCard: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_custom_card.sync(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )


class EditorWithRawResponse:
    """The ``editor`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def get_custom_detail(
        self,
        *,
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

        Returns:
            Response[CustomDetail]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_custom_detail.sync_detailed(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )

    def list_custom_routes(
        self,
        *,
        source: str,
        resource_code: str,
    ) -> Response[CustomRoutes]:
        """List a work copy's guided routes

        The guided routes set in the editor for a copy of a work, each a named sequence of
        observation points, in display order. Same host, auth and envelope as the gateway's other
        calls (see `get_custom_detail`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/editor/custom/route/list.yaml
        (`GET /realsee-data/custom/route/list.json`). The document writes the route's fields straight under
        `items`, without
        `properties`, and does not type the points of `pano_group`: the spec reads them as the
        route's properties and leaves the points untyped.

        Args:
            source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
            resource_code (str): The code of the copy of the work.

        Returns:
            Response[CustomRoutes]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _list_custom_routes.sync_detailed(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )

    def get_custom_card(
        self,
        *,
        source: str,
        resource_code: str,
    ) -> Response[CustomCard]:
        """Get a work copy's contact card

        The card shown with a copy of a work: the contact (name, title, phone, avatar) and
        information items. Same host, auth and envelope as the gateway's other calls (see
        `get_custom_detail`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/editor/custom/card/info.yaml
        (`GET /realsee-data/custom/card/info.json`). The document types `is_block` as `bool`, which is no JSON
        Schema type, and writes the item's fields straight under `items`: the spec says boolean,
        and reads the fields as the item's properties.

        Args:
            source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
            resource_code (str): The code of the copy of the work.

        Returns:
            Response[CustomCard]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_custom_card.sync_detailed(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )


class AsyncEditor:
    """What Realsee's editor keeps for a copy of a work (`resource_code`) - its basic information, guided routes and contact card. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncEditorWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncEditorWithRawResponse(self._source)

    async def get_custom_detail(
        self,
        *,
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

        Returns:
            CustomDetail: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_custom_detail.asyncio(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )

    async def list_custom_routes(
        self,
        *,
        source: str,
        resource_code: str,
    ) -> CustomRoutes:
        """List a work copy's guided routes

        The guided routes set in the editor for a copy of a work, each a named sequence of
        observation points, in display order. Same host, auth and envelope as the gateway's other
        calls (see `get_custom_detail`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/editor/custom/route/list.yaml
        (`GET /realsee-data/custom/route/list.json`). The document writes the route's fields straight under
        `items`, without
        `properties`, and does not type the points of `pano_group`: the spec reads them as the
        route's properties and leaves the points untyped.

        Args:
            source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
            resource_code (str): The code of the copy of the work.

        Returns:
            CustomRoutes: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _list_custom_routes.asyncio(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )

    async def get_custom_card(
        self,
        *,
        source: str,
        resource_code: str,
    ) -> CustomCard:
        """Get a work copy's contact card

        The card shown with a copy of a work: the contact (name, title, phone, avatar) and
        information items. Same host, auth and envelope as the gateway's other calls (see
        `get_custom_detail`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/editor/custom/card/info.yaml
        (`GET /realsee-data/custom/card/info.json`). The document types `is_block` as `bool`, which is no JSON
        Schema type, and writes the item's fields straight under `items`: the spec says boolean,
        and reads the fields as the item's properties.

        Args:
            source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
            resource_code (str): The code of the copy of the work.

        Returns:
            CustomCard: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_custom_card.asyncio(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )


class AsyncEditorWithRawResponse:
    """The ``editor`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def get_custom_detail(
        self,
        *,
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

        Returns:
            Response[CustomDetail]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_custom_detail.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )

    async def list_custom_routes(
        self,
        *,
        source: str,
        resource_code: str,
    ) -> Response[CustomRoutes]:
        """List a work copy's guided routes

        The guided routes set in the editor for a copy of a work, each a named sequence of
        observation points, in display order. Same host, auth and envelope as the gateway's other
        calls (see `get_custom_detail`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/editor/custom/route/list.yaml
        (`GET /realsee-data/custom/route/list.json`). The document writes the route's fields straight under
        `items`, without
        `properties`, and does not type the points of `pano_group`: the spec reads them as the
        route's properties and leaves the points untyped.

        Args:
            source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
            resource_code (str): The code of the copy of the work.

        Returns:
            Response[CustomRoutes]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _list_custom_routes.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )

    async def get_custom_card(
        self,
        *,
        source: str,
        resource_code: str,
    ) -> Response[CustomCard]:
        """Get a work copy's contact card

        The card shown with a copy of a work: the contact (name, title, phone, avatar) and
        information items. Same host, auth and envelope as the gateway's other calls (see
        `get_custom_detail`).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/editor/custom/card/info.yaml
        (`GET /realsee-data/custom/card/info.json`). The document types `is_block` as `bool`, which is no JSON
        Schema type, and writes the item's fields straight under `items`: the spec says boolean,
        and reads the fields as the item's properties.

        Args:
            source (str): Your business's identifier at Realsee, such as `T-RZ4L2XQD`.
            resource_code (str): The code of the copy of the work.

        Returns:
            Response[CustomCard]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_custom_card.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            source=source,
            resource_code=resource_code,
        )


__all__ = [
    "AsyncEditor",
    "AsyncEditorWithRawResponse",
    "Editor",
    "EditorWithRawResponse",
]
