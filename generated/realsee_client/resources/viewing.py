"""Live viewing rooms (Viewing Service).

Resource classes of the ``viewing`` operations:
[`Viewing`][realsee_client.resources.viewing.Viewing] and
[`AsyncViewing`][realsee_client.resources.viewing.AsyncViewing] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from vrlive_core.resource import body_or_fields as _body_or_fields
from vrlive_core.resource import build as _build

from ..api.viewing import apply_room_ticket as _apply_room_ticket
from ..api.viewing import create_viewing_room as _create_viewing_room
from ..api.viewing import get_viewing_room_detail as _get_viewing_room_detail
from ..api.viewing import get_voice_room_signature as _get_voice_room_signature
from ..models.create_viewing_room_request import CreateViewingRoomRequest
from ..models.room_ticket import RoomTicket
from ..models.room_ticket_request import RoomTicketRequest
from ..models.viewing_room import ViewingRoom
from ..models.viewing_room_detail import ViewingRoomDetail
from ..models.voice_room_signature import VoiceRoomSignature
from ..models.voice_room_signature_request import VoiceRoomSignatureRequest
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Viewing:
    """Live viewing rooms (Viewing Service)."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> ViewingWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return ViewingWithRawResponse(self._source)

    @overload
    def create_viewing_room(
        self,
        *,
        app_id: str,
        create_user_id: str,
        create_user_role: str,
        members: str,
        additive: str | Unset = UNSET,
    ) -> ViewingRoom: ...

    @overload
    def create_viewing_room(
        self,
        *,
        body: CreateViewingRoomRequest,
    ) -> ViewingRoom: ...

    def create_viewing_room(
        self,
        *,
        app_id: str | Unset = UNSET,
        create_user_id: str | Unset = UNSET,
        create_user_role: str | Unset = UNSET,
        members: str | Unset = UNSET,
        additive: str | Unset = UNSET,
        body: CreateViewingRoomRequest | Unset = UNSET,
    ) -> ViewingRoom:
        """Create a viewing room (open platform version)

        Creates a live viewing room and returns its code and WebSocket link. `members` and
        `additive` are JSON-encoded strings, not objects.

        Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Create Viewing Room);
        fields from https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml

        Args:
            app_id (str): The application id from the console.
            create_user_id (str): Your system's id of the user creating the room.
            create_user_role (str): The creator's role; must be one of the roles configured in the console.
            members (str): JSON-encoded list of the room's members, each `{"user_id", "user_role", "extension"}`
                (`extension` an object pushed to the room when the user enters). `"[]"` for a room with only its
                creator.
            additive (str | Unset): JSON-encoded object of extra information carried by the room's event
                callbacks.
            body (CreateViewingRoomRequest): The request prebuilt, instead of its fields.

        Returns:
            ViewingRoom: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateViewingRoomRequest,
            body,
            {
                "app_id": app_id,
                "create_user_id": create_user_id,
                "create_user_role": create_user_role,
                "members": members,
                "additive": additive,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateViewingRoomRequest,
                {
                    "app_id": app_id,
                    "create_user_id": create_user_id,
                    "create_user_role": create_user_role,
                    "members": members,
                    "additive": additive,
                },
            )
        return _create_viewing_room.sync(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    def apply_room_ticket(
        self,
        *,
        app_id: str,
        room_code: str,
        user_id: str,
        user_role: str,
        user_extension: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        basic_code: str | Unset = UNSET,
        params_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
    ) -> RoomTicket: ...

    @overload
    def apply_room_ticket(
        self,
        *,
        body: RoomTicketRequest,
    ) -> RoomTicket: ...

    def apply_room_ticket(
        self,
        *,
        app_id: str | Unset = UNSET,
        room_code: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_role: str | Unset = UNSET,
        user_extension: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        basic_code: str | Unset = UNSET,
        params_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
        body: RoomTicketRequest | Unset = UNSET,
    ) -> RoomTicket:
        """Get a room ticket

        Issues a ticket for a user to enter a viewing room. A ticket is valid for five minutes and
        can be used once. `user_extension` (and the older `extension`) are JSON-encoded strings.

        Vendor docs: https://developer.realsee.ai/api-reference/api-309898712

        Args:
            app_id (str): The application id from the console.
            room_code (str): The room to enter.
            user_id (str): Your system's id of the user entering the room.
            user_role (str): The user's role; must be one of the roles configured in the console.
            user_extension (str | Unset): JSON-encoded object of the user's extra information (nickname, avatar,
                source...).
            extension (str | Unset): Older name of `user_extension`; a JSON-encoded object.
            basic_code (str | Unset): Code of the VR space shown in the room.
            params_code (str | Unset): Code of the room's parameter set.
            resource_code (str | Unset): Code of the room's resource set.
            body (RoomTicketRequest): The request prebuilt, instead of its fields.

        Returns:
            RoomTicket: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            RoomTicketRequest,
            body,
            {
                "app_id": app_id,
                "room_code": room_code,
                "user_id": user_id,
                "user_role": user_role,
                "user_extension": user_extension,
                "extension": extension,
                "basic_code": basic_code,
                "params_code": params_code,
                "resource_code": resource_code,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                RoomTicketRequest,
                {
                    "app_id": app_id,
                    "room_code": room_code,
                    "user_id": user_id,
                    "user_role": user_role,
                    "user_extension": user_extension,
                    "extension": extension,
                    "basic_code": basic_code,
                    "params_code": params_code,
                    "resource_code": resource_code,
                },
            )
        return _apply_room_ticket.sync(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    def get_voice_room_signature(
        self,
        *,
        app_id: str,
        user_identifier: str,
        user_role: str,
        room_code: str,
        voice_id: str | Unset = UNSET,
    ) -> VoiceRoomSignature: ...

    @overload
    def get_voice_room_signature(
        self,
        *,
        body: VoiceRoomSignatureRequest,
    ) -> VoiceRoomSignature: ...

    def get_voice_room_signature(
        self,
        *,
        app_id: str | Unset = UNSET,
        user_identifier: str | Unset = UNSET,
        user_role: str | Unset = UNSET,
        room_code: str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        body: VoiceRoomSignatureRequest | Unset = UNSET,
    ) -> VoiceRoomSignature:
        """Get a voice room signature

        Signs a user into the voice channel of a viewing room (the voice-side "join room").

        Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Get Voice Room Signature
        Interface);
        fields from https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml

        Args:
            app_id (str): The application id from the console.
            user_identifier (str): The user's unique id.
            user_role (str): The user's role in the room.
            room_code (str): The room whose voice channel to join.
            voice_id (str | Unset): The voice room number.
            body (VoiceRoomSignatureRequest): The request prebuilt, instead of its fields.

        Returns:
            VoiceRoomSignature: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            VoiceRoomSignatureRequest,
            body,
            {
                "app_id": app_id,
                "user_identifier": user_identifier,
                "user_role": user_role,
                "room_code": room_code,
                "voice_id": voice_id,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                VoiceRoomSignatureRequest,
                {
                    "app_id": app_id,
                    "user_identifier": user_identifier,
                    "user_role": user_role,
                    "room_code": room_code,
                    "voice_id": voice_id,
                },
            )
        return _get_voice_room_signature.sync(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    def get_viewing_room_detail(
        self,
        *,
        app_id: str,
        room_code: str,
    ) -> ViewingRoomDetail:
        """Get viewing room details

        Returns a room's state, its application's configuration (per-role settings keyed by role
        id, `"1"` and `"2"` in the example) and the users in it.

        Vendor docs: https://developer.realsee.ai/api-reference/api-309898714

        Args:
            app_id (str): The application id from the console.
            room_code (str): The room to describe.

        Returns:
            ViewingRoomDetail: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_viewing_room_detail.sync(
            client=self._source.client_for("AccessToken"),
            app_id=app_id,
            room_code=room_code,
        )


class ViewingWithRawResponse:
    """The ``viewing`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    def create_viewing_room(
        self,
        *,
        app_id: str,
        create_user_id: str,
        create_user_role: str,
        members: str,
        additive: str | Unset = UNSET,
    ) -> Response[ViewingRoom]: ...

    @overload
    def create_viewing_room(
        self,
        *,
        body: CreateViewingRoomRequest,
    ) -> Response[ViewingRoom]: ...

    def create_viewing_room(
        self,
        *,
        app_id: str | Unset = UNSET,
        create_user_id: str | Unset = UNSET,
        create_user_role: str | Unset = UNSET,
        members: str | Unset = UNSET,
        additive: str | Unset = UNSET,
        body: CreateViewingRoomRequest | Unset = UNSET,
    ) -> Response[ViewingRoom]:
        """Create a viewing room (open platform version)

        Creates a live viewing room and returns its code and WebSocket link. `members` and
        `additive` are JSON-encoded strings, not objects.

        Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Create Viewing Room);
        fields from https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml

        Args:
            app_id (str): The application id from the console.
            create_user_id (str): Your system's id of the user creating the room.
            create_user_role (str): The creator's role; must be one of the roles configured in the console.
            members (str): JSON-encoded list of the room's members, each `{"user_id", "user_role", "extension"}`
                (`extension` an object pushed to the room when the user enters). `"[]"` for a room with only its
                creator.
            additive (str | Unset): JSON-encoded object of extra information carried by the room's event
                callbacks.
            body (CreateViewingRoomRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[ViewingRoom]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateViewingRoomRequest,
            body,
            {
                "app_id": app_id,
                "create_user_id": create_user_id,
                "create_user_role": create_user_role,
                "members": members,
                "additive": additive,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateViewingRoomRequest,
                {
                    "app_id": app_id,
                    "create_user_id": create_user_id,
                    "create_user_role": create_user_role,
                    "members": members,
                    "additive": additive,
                },
            )
        return _create_viewing_room.sync_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    def apply_room_ticket(
        self,
        *,
        app_id: str,
        room_code: str,
        user_id: str,
        user_role: str,
        user_extension: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        basic_code: str | Unset = UNSET,
        params_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
    ) -> Response[RoomTicket]: ...

    @overload
    def apply_room_ticket(
        self,
        *,
        body: RoomTicketRequest,
    ) -> Response[RoomTicket]: ...

    def apply_room_ticket(
        self,
        *,
        app_id: str | Unset = UNSET,
        room_code: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_role: str | Unset = UNSET,
        user_extension: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        basic_code: str | Unset = UNSET,
        params_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
        body: RoomTicketRequest | Unset = UNSET,
    ) -> Response[RoomTicket]:
        """Get a room ticket

        Issues a ticket for a user to enter a viewing room. A ticket is valid for five minutes and
        can be used once. `user_extension` (and the older `extension`) are JSON-encoded strings.

        Vendor docs: https://developer.realsee.ai/api-reference/api-309898712

        Args:
            app_id (str): The application id from the console.
            room_code (str): The room to enter.
            user_id (str): Your system's id of the user entering the room.
            user_role (str): The user's role; must be one of the roles configured in the console.
            user_extension (str | Unset): JSON-encoded object of the user's extra information (nickname, avatar,
                source...).
            extension (str | Unset): Older name of `user_extension`; a JSON-encoded object.
            basic_code (str | Unset): Code of the VR space shown in the room.
            params_code (str | Unset): Code of the room's parameter set.
            resource_code (str | Unset): Code of the room's resource set.
            body (RoomTicketRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[RoomTicket]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            RoomTicketRequest,
            body,
            {
                "app_id": app_id,
                "room_code": room_code,
                "user_id": user_id,
                "user_role": user_role,
                "user_extension": user_extension,
                "extension": extension,
                "basic_code": basic_code,
                "params_code": params_code,
                "resource_code": resource_code,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                RoomTicketRequest,
                {
                    "app_id": app_id,
                    "room_code": room_code,
                    "user_id": user_id,
                    "user_role": user_role,
                    "user_extension": user_extension,
                    "extension": extension,
                    "basic_code": basic_code,
                    "params_code": params_code,
                    "resource_code": resource_code,
                },
            )
        return _apply_room_ticket.sync_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    def get_voice_room_signature(
        self,
        *,
        app_id: str,
        user_identifier: str,
        user_role: str,
        room_code: str,
        voice_id: str | Unset = UNSET,
    ) -> Response[VoiceRoomSignature]: ...

    @overload
    def get_voice_room_signature(
        self,
        *,
        body: VoiceRoomSignatureRequest,
    ) -> Response[VoiceRoomSignature]: ...

    def get_voice_room_signature(
        self,
        *,
        app_id: str | Unset = UNSET,
        user_identifier: str | Unset = UNSET,
        user_role: str | Unset = UNSET,
        room_code: str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        body: VoiceRoomSignatureRequest | Unset = UNSET,
    ) -> Response[VoiceRoomSignature]:
        """Get a voice room signature

        Signs a user into the voice channel of a viewing room (the voice-side "join room").

        Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Get Voice Room Signature
        Interface);
        fields from https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml

        Args:
            app_id (str): The application id from the console.
            user_identifier (str): The user's unique id.
            user_role (str): The user's role in the room.
            room_code (str): The room whose voice channel to join.
            voice_id (str | Unset): The voice room number.
            body (VoiceRoomSignatureRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[VoiceRoomSignature]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            VoiceRoomSignatureRequest,
            body,
            {
                "app_id": app_id,
                "user_identifier": user_identifier,
                "user_role": user_role,
                "room_code": room_code,
                "voice_id": voice_id,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                VoiceRoomSignatureRequest,
                {
                    "app_id": app_id,
                    "user_identifier": user_identifier,
                    "user_role": user_role,
                    "room_code": room_code,
                    "voice_id": voice_id,
                },
            )
        return _get_voice_room_signature.sync_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    def get_viewing_room_detail(
        self,
        *,
        app_id: str,
        room_code: str,
    ) -> Response[ViewingRoomDetail]:
        """Get viewing room details

        Returns a room's state, its application's configuration (per-role settings keyed by role
        id, `"1"` and `"2"` in the example) and the users in it.

        Vendor docs: https://developer.realsee.ai/api-reference/api-309898714

        Args:
            app_id (str): The application id from the console.
            room_code (str): The room to describe.

        Returns:
            Response[ViewingRoomDetail]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_viewing_room_detail.sync_detailed(
            client=self._source.client_for("AccessToken"),
            app_id=app_id,
            room_code=room_code,
        )


class AsyncViewing:
    """Live viewing rooms (Viewing Service). (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncViewingWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncViewingWithRawResponse(self._source)

    @overload
    async def create_viewing_room(
        self,
        *,
        app_id: str,
        create_user_id: str,
        create_user_role: str,
        members: str,
        additive: str | Unset = UNSET,
    ) -> ViewingRoom: ...

    @overload
    async def create_viewing_room(
        self,
        *,
        body: CreateViewingRoomRequest,
    ) -> ViewingRoom: ...

    async def create_viewing_room(
        self,
        *,
        app_id: str | Unset = UNSET,
        create_user_id: str | Unset = UNSET,
        create_user_role: str | Unset = UNSET,
        members: str | Unset = UNSET,
        additive: str | Unset = UNSET,
        body: CreateViewingRoomRequest | Unset = UNSET,
    ) -> ViewingRoom:
        """Create a viewing room (open platform version)

        Creates a live viewing room and returns its code and WebSocket link. `members` and
        `additive` are JSON-encoded strings, not objects.

        Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Create Viewing Room);
        fields from https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml

        Args:
            app_id (str): The application id from the console.
            create_user_id (str): Your system's id of the user creating the room.
            create_user_role (str): The creator's role; must be one of the roles configured in the console.
            members (str): JSON-encoded list of the room's members, each `{"user_id", "user_role", "extension"}`
                (`extension` an object pushed to the room when the user enters). `"[]"` for a room with only its
                creator.
            additive (str | Unset): JSON-encoded object of extra information carried by the room's event
                callbacks.
            body (CreateViewingRoomRequest): The request prebuilt, instead of its fields.

        Returns:
            ViewingRoom: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateViewingRoomRequest,
            body,
            {
                "app_id": app_id,
                "create_user_id": create_user_id,
                "create_user_role": create_user_role,
                "members": members,
                "additive": additive,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateViewingRoomRequest,
                {
                    "app_id": app_id,
                    "create_user_id": create_user_id,
                    "create_user_role": create_user_role,
                    "members": members,
                    "additive": additive,
                },
            )
        return await _create_viewing_room.asyncio(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    async def apply_room_ticket(
        self,
        *,
        app_id: str,
        room_code: str,
        user_id: str,
        user_role: str,
        user_extension: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        basic_code: str | Unset = UNSET,
        params_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
    ) -> RoomTicket: ...

    @overload
    async def apply_room_ticket(
        self,
        *,
        body: RoomTicketRequest,
    ) -> RoomTicket: ...

    async def apply_room_ticket(
        self,
        *,
        app_id: str | Unset = UNSET,
        room_code: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_role: str | Unset = UNSET,
        user_extension: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        basic_code: str | Unset = UNSET,
        params_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
        body: RoomTicketRequest | Unset = UNSET,
    ) -> RoomTicket:
        """Get a room ticket

        Issues a ticket for a user to enter a viewing room. A ticket is valid for five minutes and
        can be used once. `user_extension` (and the older `extension`) are JSON-encoded strings.

        Vendor docs: https://developer.realsee.ai/api-reference/api-309898712

        Args:
            app_id (str): The application id from the console.
            room_code (str): The room to enter.
            user_id (str): Your system's id of the user entering the room.
            user_role (str): The user's role; must be one of the roles configured in the console.
            user_extension (str | Unset): JSON-encoded object of the user's extra information (nickname, avatar,
                source...).
            extension (str | Unset): Older name of `user_extension`; a JSON-encoded object.
            basic_code (str | Unset): Code of the VR space shown in the room.
            params_code (str | Unset): Code of the room's parameter set.
            resource_code (str | Unset): Code of the room's resource set.
            body (RoomTicketRequest): The request prebuilt, instead of its fields.

        Returns:
            RoomTicket: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            RoomTicketRequest,
            body,
            {
                "app_id": app_id,
                "room_code": room_code,
                "user_id": user_id,
                "user_role": user_role,
                "user_extension": user_extension,
                "extension": extension,
                "basic_code": basic_code,
                "params_code": params_code,
                "resource_code": resource_code,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                RoomTicketRequest,
                {
                    "app_id": app_id,
                    "room_code": room_code,
                    "user_id": user_id,
                    "user_role": user_role,
                    "user_extension": user_extension,
                    "extension": extension,
                    "basic_code": basic_code,
                    "params_code": params_code,
                    "resource_code": resource_code,
                },
            )
        return await _apply_room_ticket.asyncio(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    async def get_voice_room_signature(
        self,
        *,
        app_id: str,
        user_identifier: str,
        user_role: str,
        room_code: str,
        voice_id: str | Unset = UNSET,
    ) -> VoiceRoomSignature: ...

    @overload
    async def get_voice_room_signature(
        self,
        *,
        body: VoiceRoomSignatureRequest,
    ) -> VoiceRoomSignature: ...

    async def get_voice_room_signature(
        self,
        *,
        app_id: str | Unset = UNSET,
        user_identifier: str | Unset = UNSET,
        user_role: str | Unset = UNSET,
        room_code: str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        body: VoiceRoomSignatureRequest | Unset = UNSET,
    ) -> VoiceRoomSignature:
        """Get a voice room signature

        Signs a user into the voice channel of a viewing room (the voice-side "join room").

        Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Get Voice Room Signature
        Interface);
        fields from https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml

        Args:
            app_id (str): The application id from the console.
            user_identifier (str): The user's unique id.
            user_role (str): The user's role in the room.
            room_code (str): The room whose voice channel to join.
            voice_id (str | Unset): The voice room number.
            body (VoiceRoomSignatureRequest): The request prebuilt, instead of its fields.

        Returns:
            VoiceRoomSignature: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            VoiceRoomSignatureRequest,
            body,
            {
                "app_id": app_id,
                "user_identifier": user_identifier,
                "user_role": user_role,
                "room_code": room_code,
                "voice_id": voice_id,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                VoiceRoomSignatureRequest,
                {
                    "app_id": app_id,
                    "user_identifier": user_identifier,
                    "user_role": user_role,
                    "room_code": room_code,
                    "voice_id": voice_id,
                },
            )
        return await _get_voice_room_signature.asyncio(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    async def get_viewing_room_detail(
        self,
        *,
        app_id: str,
        room_code: str,
    ) -> ViewingRoomDetail:
        """Get viewing room details

        Returns a room's state, its application's configuration (per-role settings keyed by role
        id, `"1"` and `"2"` in the example) and the users in it.

        Vendor docs: https://developer.realsee.ai/api-reference/api-309898714

        Args:
            app_id (str): The application id from the console.
            room_code (str): The room to describe.

        Returns:
            ViewingRoomDetail: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_viewing_room_detail.asyncio(
            client=self._source.client_for("AccessToken"),
            app_id=app_id,
            room_code=room_code,
        )


class AsyncViewingWithRawResponse:
    """The ``viewing`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    async def create_viewing_room(
        self,
        *,
        app_id: str,
        create_user_id: str,
        create_user_role: str,
        members: str,
        additive: str | Unset = UNSET,
    ) -> Response[ViewingRoom]: ...

    @overload
    async def create_viewing_room(
        self,
        *,
        body: CreateViewingRoomRequest,
    ) -> Response[ViewingRoom]: ...

    async def create_viewing_room(
        self,
        *,
        app_id: str | Unset = UNSET,
        create_user_id: str | Unset = UNSET,
        create_user_role: str | Unset = UNSET,
        members: str | Unset = UNSET,
        additive: str | Unset = UNSET,
        body: CreateViewingRoomRequest | Unset = UNSET,
    ) -> Response[ViewingRoom]:
        """Create a viewing room (open platform version)

        Creates a live viewing room and returns its code and WebSocket link. `members` and
        `additive` are JSON-encoded strings, not objects.

        Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Create Viewing Room);
        fields from https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml

        Args:
            app_id (str): The application id from the console.
            create_user_id (str): Your system's id of the user creating the room.
            create_user_role (str): The creator's role; must be one of the roles configured in the console.
            members (str): JSON-encoded list of the room's members, each `{"user_id", "user_role", "extension"}`
                (`extension` an object pushed to the room when the user enters). `"[]"` for a room with only its
                creator.
            additive (str | Unset): JSON-encoded object of extra information carried by the room's event
                callbacks.
            body (CreateViewingRoomRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[ViewingRoom]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateViewingRoomRequest,
            body,
            {
                "app_id": app_id,
                "create_user_id": create_user_id,
                "create_user_role": create_user_role,
                "members": members,
                "additive": additive,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateViewingRoomRequest,
                {
                    "app_id": app_id,
                    "create_user_id": create_user_id,
                    "create_user_role": create_user_role,
                    "members": members,
                    "additive": additive,
                },
            )
        return await _create_viewing_room.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    async def apply_room_ticket(
        self,
        *,
        app_id: str,
        room_code: str,
        user_id: str,
        user_role: str,
        user_extension: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        basic_code: str | Unset = UNSET,
        params_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
    ) -> Response[RoomTicket]: ...

    @overload
    async def apply_room_ticket(
        self,
        *,
        body: RoomTicketRequest,
    ) -> Response[RoomTicket]: ...

    async def apply_room_ticket(
        self,
        *,
        app_id: str | Unset = UNSET,
        room_code: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_role: str | Unset = UNSET,
        user_extension: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        basic_code: str | Unset = UNSET,
        params_code: str | Unset = UNSET,
        resource_code: str | Unset = UNSET,
        body: RoomTicketRequest | Unset = UNSET,
    ) -> Response[RoomTicket]:
        """Get a room ticket

        Issues a ticket for a user to enter a viewing room. A ticket is valid for five minutes and
        can be used once. `user_extension` (and the older `extension`) are JSON-encoded strings.

        Vendor docs: https://developer.realsee.ai/api-reference/api-309898712

        Args:
            app_id (str): The application id from the console.
            room_code (str): The room to enter.
            user_id (str): Your system's id of the user entering the room.
            user_role (str): The user's role; must be one of the roles configured in the console.
            user_extension (str | Unset): JSON-encoded object of the user's extra information (nickname, avatar,
                source...).
            extension (str | Unset): Older name of `user_extension`; a JSON-encoded object.
            basic_code (str | Unset): Code of the VR space shown in the room.
            params_code (str | Unset): Code of the room's parameter set.
            resource_code (str | Unset): Code of the room's resource set.
            body (RoomTicketRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[RoomTicket]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            RoomTicketRequest,
            body,
            {
                "app_id": app_id,
                "room_code": room_code,
                "user_id": user_id,
                "user_role": user_role,
                "user_extension": user_extension,
                "extension": extension,
                "basic_code": basic_code,
                "params_code": params_code,
                "resource_code": resource_code,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                RoomTicketRequest,
                {
                    "app_id": app_id,
                    "room_code": room_code,
                    "user_id": user_id,
                    "user_role": user_role,
                    "user_extension": user_extension,
                    "extension": extension,
                    "basic_code": basic_code,
                    "params_code": params_code,
                    "resource_code": resource_code,
                },
            )
        return await _apply_room_ticket.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    async def get_voice_room_signature(
        self,
        *,
        app_id: str,
        user_identifier: str,
        user_role: str,
        room_code: str,
        voice_id: str | Unset = UNSET,
    ) -> Response[VoiceRoomSignature]: ...

    @overload
    async def get_voice_room_signature(
        self,
        *,
        body: VoiceRoomSignatureRequest,
    ) -> Response[VoiceRoomSignature]: ...

    async def get_voice_room_signature(
        self,
        *,
        app_id: str | Unset = UNSET,
        user_identifier: str | Unset = UNSET,
        user_role: str | Unset = UNSET,
        room_code: str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        body: VoiceRoomSignatureRequest | Unset = UNSET,
    ) -> Response[VoiceRoomSignature]:
        """Get a voice room signature

        Signs a user into the voice channel of a viewing room (the voice-side "join room").

        Vendor docs: https://developer.realsee.ai/api-reference (Viewing Service > Get Voice Room Signature
        Interface);
        fields from https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/openapi.yaml

        Args:
            app_id (str): The application id from the console.
            user_identifier (str): The user's unique id.
            user_role (str): The user's role in the room.
            room_code (str): The room whose voice channel to join.
            voice_id (str | Unset): The voice room number.
            body (VoiceRoomSignatureRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[VoiceRoomSignature]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            VoiceRoomSignatureRequest,
            body,
            {
                "app_id": app_id,
                "user_identifier": user_identifier,
                "user_role": user_role,
                "room_code": room_code,
                "voice_id": voice_id,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                VoiceRoomSignatureRequest,
                {
                    "app_id": app_id,
                    "user_identifier": user_identifier,
                    "user_role": user_role,
                    "room_code": room_code,
                    "voice_id": voice_id,
                },
            )
        return await _get_voice_room_signature.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    async def get_viewing_room_detail(
        self,
        *,
        app_id: str,
        room_code: str,
    ) -> Response[ViewingRoomDetail]:
        """Get viewing room details

        Returns a room's state, its application's configuration (per-role settings keyed by role
        id, `"1"` and `"2"` in the example) and the users in it.

        Vendor docs: https://developer.realsee.ai/api-reference/api-309898714

        Args:
            app_id (str): The application id from the console.
            room_code (str): The room to describe.

        Returns:
            Response[ViewingRoomDetail]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_viewing_room_detail.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            app_id=app_id,
            room_code=room_code,
        )


__all__ = [
    "AsyncViewing",
    "AsyncViewingWithRawResponse",
    "Viewing",
    "ViewingWithRawResponse",
]
