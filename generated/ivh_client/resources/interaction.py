"""Driving a started session - text commands over HTTP (the command channel is x-channels.command_channel).

Resource classes of the ``interaction`` operations:
[`Interaction`][ivh_client.resources.interaction.Interaction] and
[`AsyncInteraction`][ivh_client.resources.interaction.AsyncInteraction] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from vrlive_core.resource import body_or_fields as _body_or_fields
from vrlive_core.resource import build as _build
from vrlive_core.resource import fresh_id as _fresh_id

from ..api.interaction import send_command as _send_command
from ..models.command_ack import CommandAck
from ..models.ivh_request_header import IvhRequestHeader
from ..models.ivh_text_command_name import IvhTextCommandName
from ..models.send_text_command import SendTextCommand
from ..models.send_text_data import SendTextData
from ..models.send_text_request import SendTextRequest
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Interaction:
    """Driving a started session - text commands over HTTP (the command channel is x-channels.command_channel)."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> InteractionWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return InteractionWithRawResponse(self._source)

    @overload
    def send_command(
        self,
        *,
        session_id: str,
        command: IvhTextCommandName | Literal["SEND_TEXT"],
        data: SendTextData,
        req_id: str | Unset = UNSET,
    ) -> CommandAck | None: ...

    @overload
    def send_command(
        self,
        *,
        body: SendTextRequest,
    ) -> CommandAck | None: ...

    def send_command(
        self,
        *,
        session_id: str | Unset = UNSET,
        command: IvhTextCommandName | Literal["SEND_TEXT"] | Unset = UNSET,
        data: SendTextData | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SendTextRequest | Unset = UNSET,
    ) -> CommandAck | None:
        """Make a started session say a text (SEND_TEXT over HTTP)

        Sends a text for the digital human to say, or (`Interrupt` alone) stops what it is saying.
        The interval between two texts to one session must be greater than one second (the vrlive
        facades wait for it, on this call and on the command channel alike). Only the answer's code
        matters. The same message goes over the command channel (`x-channels`) as `SEND_TEXT`.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62120

        Args:
            session_id (str): The started session.
            command (IvhTextCommandName | Literal["SEND_TEXT"]): The command of a text to say.
            data (SendTextData): A text to say, or (Interrupt alone) the order to stop.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SendTextRequest): The request prebuilt, instead of its fields.

        Returns:
            CommandAck | None: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SendTextRequest,
            body,
            {
                "session_id": session_id,
                "command": command,
                "data": data,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SendTextRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SendTextCommand,
                    {
                        "session_id": session_id,
                        "command": command,
                        "data": data,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _send_command.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )


class InteractionWithRawResponse:
    """The ``interaction`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    def send_command(
        self,
        *,
        session_id: str,
        command: IvhTextCommandName | Literal["SEND_TEXT"],
        data: SendTextData,
        req_id: str | Unset = UNSET,
    ) -> Response[CommandAck | None]: ...

    @overload
    def send_command(
        self,
        *,
        body: SendTextRequest,
    ) -> Response[CommandAck | None]: ...

    def send_command(
        self,
        *,
        session_id: str | Unset = UNSET,
        command: IvhTextCommandName | Literal["SEND_TEXT"] | Unset = UNSET,
        data: SendTextData | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SendTextRequest | Unset = UNSET,
    ) -> Response[CommandAck | None]:
        """Make a started session say a text (SEND_TEXT over HTTP)

        Sends a text for the digital human to say, or (`Interrupt` alone) stops what it is saying.
        The interval between two texts to one session must be greater than one second (the vrlive
        facades wait for it, on this call and on the command channel alike). Only the answer's code
        matters. The same message goes over the command channel (`x-channels`) as `SEND_TEXT`.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62120

        Args:
            session_id (str): The started session.
            command (IvhTextCommandName | Literal["SEND_TEXT"]): The command of a text to say.
            data (SendTextData): A text to say, or (Interrupt alone) the order to stop.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SendTextRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[CommandAck | None]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SendTextRequest,
            body,
            {
                "session_id": session_id,
                "command": command,
                "data": data,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SendTextRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SendTextCommand,
                    {
                        "session_id": session_id,
                        "command": command,
                        "data": data,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _send_command.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )


class AsyncInteraction:
    """Driving a started session - text commands over HTTP (the command channel is x-channels.command_channel). (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncInteractionWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncInteractionWithRawResponse(self._source)

    @overload
    async def send_command(
        self,
        *,
        session_id: str,
        command: IvhTextCommandName | Literal["SEND_TEXT"],
        data: SendTextData,
        req_id: str | Unset = UNSET,
    ) -> CommandAck | None: ...

    @overload
    async def send_command(
        self,
        *,
        body: SendTextRequest,
    ) -> CommandAck | None: ...

    async def send_command(
        self,
        *,
        session_id: str | Unset = UNSET,
        command: IvhTextCommandName | Literal["SEND_TEXT"] | Unset = UNSET,
        data: SendTextData | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SendTextRequest | Unset = UNSET,
    ) -> CommandAck | None:
        """Make a started session say a text (SEND_TEXT over HTTP)

        Sends a text for the digital human to say, or (`Interrupt` alone) stops what it is saying.
        The interval between two texts to one session must be greater than one second (the vrlive
        facades wait for it, on this call and on the command channel alike). Only the answer's code
        matters. The same message goes over the command channel (`x-channels`) as `SEND_TEXT`.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62120

        Args:
            session_id (str): The started session.
            command (IvhTextCommandName | Literal["SEND_TEXT"]): The command of a text to say.
            data (SendTextData): A text to say, or (Interrupt alone) the order to stop.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SendTextRequest): The request prebuilt, instead of its fields.

        Returns:
            CommandAck | None: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SendTextRequest,
            body,
            {
                "session_id": session_id,
                "command": command,
                "data": data,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SendTextRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SendTextCommand,
                    {
                        "session_id": session_id,
                        "command": command,
                        "data": data,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _send_command.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )


class AsyncInteractionWithRawResponse:
    """The ``interaction`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    async def send_command(
        self,
        *,
        session_id: str,
        command: IvhTextCommandName | Literal["SEND_TEXT"],
        data: SendTextData,
        req_id: str | Unset = UNSET,
    ) -> Response[CommandAck | None]: ...

    @overload
    async def send_command(
        self,
        *,
        body: SendTextRequest,
    ) -> Response[CommandAck | None]: ...

    async def send_command(
        self,
        *,
        session_id: str | Unset = UNSET,
        command: IvhTextCommandName | Literal["SEND_TEXT"] | Unset = UNSET,
        data: SendTextData | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SendTextRequest | Unset = UNSET,
    ) -> Response[CommandAck | None]:
        """Make a started session say a text (SEND_TEXT over HTTP)

        Sends a text for the digital human to say, or (`Interrupt` alone) stops what it is saying.
        The interval between two texts to one session must be greater than one second (the vrlive
        facades wait for it, on this call and on the command channel alike). Only the answer's code
        matters. The same message goes over the command channel (`x-channels`) as `SEND_TEXT`.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62120

        Args:
            session_id (str): The started session.
            command (IvhTextCommandName | Literal["SEND_TEXT"]): The command of a text to say.
            data (SendTextData): A text to say, or (Interrupt alone) the order to stop.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SendTextRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[CommandAck | None]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SendTextRequest,
            body,
            {
                "session_id": session_id,
                "command": command,
                "data": data,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SendTextRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SendTextCommand,
                    {
                        "session_id": session_id,
                        "command": command,
                        "data": data,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _send_command.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )


__all__ = [
    "AsyncInteraction",
    "AsyncInteractionWithRawResponse",
    "Interaction",
    "InteractionWithRawResponse",
]
