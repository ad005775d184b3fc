"""Cross-room relay between two live rooms' hosts.

Resource classes of the ``relay`` operations:
[`Relay`][qnlive_client.resources.relay.Relay] and
[`AsyncRelay`][qnlive_client.resources.relay.AsyncRelay] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from vrlive_core.resource import body_or_fields as _body_or_fields
from vrlive_core.resource import build as _build

from ..api.relay import get_relay_session as _get_relay_session
from ..api.relay import get_relay_token as _get_relay_token
from ..api.relay import report_relay_started as _report_relay_started
from ..api.relay import start_relay as _start_relay
from ..api.relay import stop_relay as _stop_relay
from ..api.relay import update_relay_extends as _update_relay_extends
from ..models.relay_extends import RelayExtends
from ..models.relay_extends_request import RelayExtendsRequest
from ..models.relay_progress import RelayProgress
from ..models.relay_session import RelaySession
from ..models.relay_token import RelayToken
from ..models.start_relay_request import StartRelayRequest
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Relay:
    """Cross-room relay between two live rooms' hosts."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> RelayWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return RelayWithRawResponse(self._source)

    @overload
    def start_relay(
        self,
        *,
        init_room_id: str,
        recv_room_id: str,
        recv_user_id: str,
        extends: RelayExtends | Unset = UNSET,
    ) -> RelayToken: ...

    @overload
    def start_relay(
        self,
        *,
        body: StartRelayRequest,
    ) -> RelayToken: ...

    def start_relay(
        self,
        *,
        init_room_id: str | Unset = UNSET,
        recv_room_id: str | Unset = UNSET,
        recv_user_id: str | Unset = UNSET,
        extends: RelayExtends | Unset = UNSET,
        body: StartRelayRequest | Unset = UNSET,
    ) -> RelayToken:
        """Start a cross-room relay

        Starts relaying between the caller's room and another host's room. Only the host of a live
        room may start one. Returns the relay session id, its status and a token for pushing to the
        receiving room.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            init_room_id (str): The initiating host's live room.
            recv_room_id (str): The receiving host's live room.
            recv_user_id (str): The receiving host's user id.
            extends (RelayExtends | Unset): Free-form extension fields of a relay session.
            body (StartRelayRequest): The request prebuilt, instead of its fields.

        Returns:
            RelayToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            StartRelayRequest,
            body,
            {
                "init_room_id": init_room_id,
                "recv_room_id": recv_room_id,
                "recv_user_id": recv_user_id,
                "extends": extends,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                StartRelayRequest,
                {
                    "init_room_id": init_room_id,
                    "recv_room_id": recv_room_id,
                    "recv_user_id": recv_user_id,
                    "extends": extends,
                },
            )
        return _start_relay.sync(
            client=self._source.client_for("UserToken"),
            body=body,
        )

    def get_relay_session(
        self,
        relay_id: str,
    ) -> RelaySession:
        """Get a relay session

        Returns a relay session: both rooms and hosts, its status, when it started and stopped, and
        its extension fields.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            RelaySession: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_relay_session.sync(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    def get_relay_token(
        self,
        relay_id: str,
    ) -> RelayToken:
        """Get a relay session's token

        Returns the token for pushing the caller's stream to the other room of the relay. Only the
        relay's hosts may get it.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            RelayToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_relay_token.sync(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    def stop_relay(
        self,
        relay_id: str,
    ) -> None:
        """Stop a cross-room relay

        Ends the caller's side of the relay.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _stop_relay.sync(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    def report_relay_started(
        self,
        relay_id: str,
    ) -> RelayProgress | None:
        """Report that the caller's relay push started

        After pushing the local stream to the other room, report it; the session's status moves on
        (to 2, 3 or 4). The seed page shows no `data`; the open-source server also returns the
        relay's id and new status, kept here as optional `data`.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            RelayProgress | None: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _report_relay_started.sync(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    @overload
    def update_relay_extends(
        self,
        relay_id: str,
        *,
        extends: RelayExtends,
    ) -> None: ...

    @overload
    def update_relay_extends(
        self,
        relay_id: str,
        *,
        body: RelayExtendsRequest,
    ) -> None: ...

    def update_relay_extends(
        self,
        relay_id: str,
        *,
        extends: RelayExtends | Unset = UNSET,
        body: RelayExtendsRequest | Unset = UNSET,
    ) -> None:
        """Update a relay session's extension fields

        Replaces the relay session's extension fields (string keys and values).

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.
            extends (RelayExtends): Free-form extension fields of a relay session.
            body (RelayExtendsRequest): The request prebuilt, instead of its fields.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            RelayExtendsRequest,
            body,
            {
                "extends": extends,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                RelayExtendsRequest,
                {
                    "extends": extends,
                },
            )
        return _update_relay_extends.sync(
            relay_id,
            client=self._source.client_for("UserToken"),
            body=body,
        )


class RelayWithRawResponse:
    """The ``relay`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    def start_relay(
        self,
        *,
        init_room_id: str,
        recv_room_id: str,
        recv_user_id: str,
        extends: RelayExtends | Unset = UNSET,
    ) -> Response[RelayToken]: ...

    @overload
    def start_relay(
        self,
        *,
        body: StartRelayRequest,
    ) -> Response[RelayToken]: ...

    def start_relay(
        self,
        *,
        init_room_id: str | Unset = UNSET,
        recv_room_id: str | Unset = UNSET,
        recv_user_id: str | Unset = UNSET,
        extends: RelayExtends | Unset = UNSET,
        body: StartRelayRequest | Unset = UNSET,
    ) -> Response[RelayToken]:
        """Start a cross-room relay

        Starts relaying between the caller's room and another host's room. Only the host of a live
        room may start one. Returns the relay session id, its status and a token for pushing to the
        receiving room.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            init_room_id (str): The initiating host's live room.
            recv_room_id (str): The receiving host's live room.
            recv_user_id (str): The receiving host's user id.
            extends (RelayExtends | Unset): Free-form extension fields of a relay session.
            body (StartRelayRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[RelayToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            StartRelayRequest,
            body,
            {
                "init_room_id": init_room_id,
                "recv_room_id": recv_room_id,
                "recv_user_id": recv_user_id,
                "extends": extends,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                StartRelayRequest,
                {
                    "init_room_id": init_room_id,
                    "recv_room_id": recv_room_id,
                    "recv_user_id": recv_user_id,
                    "extends": extends,
                },
            )
        return _start_relay.sync_detailed(
            client=self._source.client_for("UserToken"),
            body=body,
        )

    def get_relay_session(
        self,
        relay_id: str,
    ) -> Response[RelaySession]:
        """Get a relay session

        Returns a relay session: both rooms and hosts, its status, when it started and stopped, and
        its extension fields.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            Response[RelaySession]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_relay_session.sync_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    def get_relay_token(
        self,
        relay_id: str,
    ) -> Response[RelayToken]:
        """Get a relay session's token

        Returns the token for pushing the caller's stream to the other room of the relay. Only the
        relay's hosts may get it.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            Response[RelayToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_relay_token.sync_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    def stop_relay(
        self,
        relay_id: str,
    ) -> Response[None]:
        """Stop a cross-room relay

        Ends the caller's side of the relay.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            Response[None]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _stop_relay.sync_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    def report_relay_started(
        self,
        relay_id: str,
    ) -> Response[RelayProgress | None]:
        """Report that the caller's relay push started

        After pushing the local stream to the other room, report it; the session's status moves on
        (to 2, 3 or 4). The seed page shows no `data`; the open-source server also returns the
        relay's id and new status, kept here as optional `data`.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            Response[RelayProgress | None]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _report_relay_started.sync_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    @overload
    def update_relay_extends(
        self,
        relay_id: str,
        *,
        extends: RelayExtends,
    ) -> Response[None]: ...

    @overload
    def update_relay_extends(
        self,
        relay_id: str,
        *,
        body: RelayExtendsRequest,
    ) -> Response[None]: ...

    def update_relay_extends(
        self,
        relay_id: str,
        *,
        extends: RelayExtends | Unset = UNSET,
        body: RelayExtendsRequest | Unset = UNSET,
    ) -> Response[None]:
        """Update a relay session's extension fields

        Replaces the relay session's extension fields (string keys and values).

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.
            extends (RelayExtends): Free-form extension fields of a relay session.
            body (RelayExtendsRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[None]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            RelayExtendsRequest,
            body,
            {
                "extends": extends,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                RelayExtendsRequest,
                {
                    "extends": extends,
                },
            )
        return _update_relay_extends.sync_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
            body=body,
        )


class AsyncRelay:
    """Cross-room relay between two live rooms' hosts. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncRelayWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncRelayWithRawResponse(self._source)

    @overload
    async def start_relay(
        self,
        *,
        init_room_id: str,
        recv_room_id: str,
        recv_user_id: str,
        extends: RelayExtends | Unset = UNSET,
    ) -> RelayToken: ...

    @overload
    async def start_relay(
        self,
        *,
        body: StartRelayRequest,
    ) -> RelayToken: ...

    async def start_relay(
        self,
        *,
        init_room_id: str | Unset = UNSET,
        recv_room_id: str | Unset = UNSET,
        recv_user_id: str | Unset = UNSET,
        extends: RelayExtends | Unset = UNSET,
        body: StartRelayRequest | Unset = UNSET,
    ) -> RelayToken:
        """Start a cross-room relay

        Starts relaying between the caller's room and another host's room. Only the host of a live
        room may start one. Returns the relay session id, its status and a token for pushing to the
        receiving room.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            init_room_id (str): The initiating host's live room.
            recv_room_id (str): The receiving host's live room.
            recv_user_id (str): The receiving host's user id.
            extends (RelayExtends | Unset): Free-form extension fields of a relay session.
            body (StartRelayRequest): The request prebuilt, instead of its fields.

        Returns:
            RelayToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            StartRelayRequest,
            body,
            {
                "init_room_id": init_room_id,
                "recv_room_id": recv_room_id,
                "recv_user_id": recv_user_id,
                "extends": extends,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                StartRelayRequest,
                {
                    "init_room_id": init_room_id,
                    "recv_room_id": recv_room_id,
                    "recv_user_id": recv_user_id,
                    "extends": extends,
                },
            )
        return await _start_relay.asyncio(
            client=self._source.client_for("UserToken"),
            body=body,
        )

    async def get_relay_session(
        self,
        relay_id: str,
    ) -> RelaySession:
        """Get a relay session

        Returns a relay session: both rooms and hosts, its status, when it started and stopped, and
        its extension fields.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            RelaySession: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_relay_session.asyncio(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    async def get_relay_token(
        self,
        relay_id: str,
    ) -> RelayToken:
        """Get a relay session's token

        Returns the token for pushing the caller's stream to the other room of the relay. Only the
        relay's hosts may get it.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            RelayToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_relay_token.asyncio(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    async def stop_relay(
        self,
        relay_id: str,
    ) -> None:
        """Stop a cross-room relay

        Ends the caller's side of the relay.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _stop_relay.asyncio(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    async def report_relay_started(
        self,
        relay_id: str,
    ) -> RelayProgress | None:
        """Report that the caller's relay push started

        After pushing the local stream to the other room, report it; the session's status moves on
        (to 2, 3 or 4). The seed page shows no `data`; the open-source server also returns the
        relay's id and new status, kept here as optional `data`.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            RelayProgress | None: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _report_relay_started.asyncio(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    @overload
    async def update_relay_extends(
        self,
        relay_id: str,
        *,
        extends: RelayExtends,
    ) -> None: ...

    @overload
    async def update_relay_extends(
        self,
        relay_id: str,
        *,
        body: RelayExtendsRequest,
    ) -> None: ...

    async def update_relay_extends(
        self,
        relay_id: str,
        *,
        extends: RelayExtends | Unset = UNSET,
        body: RelayExtendsRequest | Unset = UNSET,
    ) -> None:
        """Update a relay session's extension fields

        Replaces the relay session's extension fields (string keys and values).

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.
            extends (RelayExtends): Free-form extension fields of a relay session.
            body (RelayExtendsRequest): The request prebuilt, instead of its fields.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            RelayExtendsRequest,
            body,
            {
                "extends": extends,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                RelayExtendsRequest,
                {
                    "extends": extends,
                },
            )
        return await _update_relay_extends.asyncio(
            relay_id,
            client=self._source.client_for("UserToken"),
            body=body,
        )


class AsyncRelayWithRawResponse:
    """The ``relay`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    async def start_relay(
        self,
        *,
        init_room_id: str,
        recv_room_id: str,
        recv_user_id: str,
        extends: RelayExtends | Unset = UNSET,
    ) -> Response[RelayToken]: ...

    @overload
    async def start_relay(
        self,
        *,
        body: StartRelayRequest,
    ) -> Response[RelayToken]: ...

    async def start_relay(
        self,
        *,
        init_room_id: str | Unset = UNSET,
        recv_room_id: str | Unset = UNSET,
        recv_user_id: str | Unset = UNSET,
        extends: RelayExtends | Unset = UNSET,
        body: StartRelayRequest | Unset = UNSET,
    ) -> Response[RelayToken]:
        """Start a cross-room relay

        Starts relaying between the caller's room and another host's room. Only the host of a live
        room may start one. Returns the relay session id, its status and a token for pushing to the
        receiving room.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            init_room_id (str): The initiating host's live room.
            recv_room_id (str): The receiving host's live room.
            recv_user_id (str): The receiving host's user id.
            extends (RelayExtends | Unset): Free-form extension fields of a relay session.
            body (StartRelayRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[RelayToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            StartRelayRequest,
            body,
            {
                "init_room_id": init_room_id,
                "recv_room_id": recv_room_id,
                "recv_user_id": recv_user_id,
                "extends": extends,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                StartRelayRequest,
                {
                    "init_room_id": init_room_id,
                    "recv_room_id": recv_room_id,
                    "recv_user_id": recv_user_id,
                    "extends": extends,
                },
            )
        return await _start_relay.asyncio_detailed(
            client=self._source.client_for("UserToken"),
            body=body,
        )

    async def get_relay_session(
        self,
        relay_id: str,
    ) -> Response[RelaySession]:
        """Get a relay session

        Returns a relay session: both rooms and hosts, its status, when it started and stopped, and
        its extension fields.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            Response[RelaySession]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_relay_session.asyncio_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    async def get_relay_token(
        self,
        relay_id: str,
    ) -> Response[RelayToken]:
        """Get a relay session's token

        Returns the token for pushing the caller's stream to the other room of the relay. Only the
        relay's hosts may get it.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            Response[RelayToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_relay_token.asyncio_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    async def stop_relay(
        self,
        relay_id: str,
    ) -> Response[None]:
        """Stop a cross-room relay

        Ends the caller's side of the relay.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            Response[None]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _stop_relay.asyncio_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    async def report_relay_started(
        self,
        relay_id: str,
    ) -> Response[RelayProgress | None]:
        """Report that the caller's relay push started

        After pushing the local stream to the other room, report it; the session's status moves on
        (to 2, 3 or 4). The seed page shows no `data`; the open-source server also returns the
        relay's id and new status, kept here as optional `data`.

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.

        Returns:
            Response[RelayProgress | None]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _report_relay_started.asyncio_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
        )

    @overload
    async def update_relay_extends(
        self,
        relay_id: str,
        *,
        extends: RelayExtends,
    ) -> Response[None]: ...

    @overload
    async def update_relay_extends(
        self,
        relay_id: str,
        *,
        body: RelayExtendsRequest,
    ) -> Response[None]: ...

    async def update_relay_extends(
        self,
        relay_id: str,
        *,
        extends: RelayExtends | Unset = UNSET,
        body: RelayExtendsRequest | Unset = UNSET,
    ) -> Response[None]:
        """Update a relay session's extension fields

        Replaces the relay session's extension fields (string keys and values).

        Vendor docs: https://developer.qiniu.com/lowcode/12196

        Args:
            relay_id (str): The relay session's id.
            extends (RelayExtends): Free-form extension fields of a relay session.
            body (RelayExtendsRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[None]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            RelayExtendsRequest,
            body,
            {
                "extends": extends,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                RelayExtendsRequest,
                {
                    "extends": extends,
                },
            )
        return await _update_relay_extends.asyncio_detailed(
            relay_id,
            client=self._source.client_for("UserToken"),
            body=body,
        )


__all__ = [
    "AsyncRelay",
    "AsyncRelayWithRawResponse",
    "Relay",
    "RelayWithRawResponse",
]
