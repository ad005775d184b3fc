"""Interactive stream sessions of a digital human.

Resource classes of the ``session`` operations:
[`Session`][ivh_client.resources.session.Session] and
[`AsyncSession`][ivh_client.resources.session.AsyncSession] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from vrlive_core.resource import body_or_fields as _body_or_fields
from vrlive_core.resource import build as _build
from vrlive_core.resource import fresh_id as _fresh_id

from ..api.session import close_session as _close_session
from ..api.session import create_session as _create_session
from ..api.session import create_session_by_asset as _create_session_by_asset
from ..api.session import get_trtc_sign as _get_trtc_sign
from ..api.session import list_sessions_of_account as _list_sessions_of_account
from ..api.session import list_sessions_of_asset as _list_sessions_of_asset
from ..api.session import list_sessions_of_project as _list_sessions_of_project
from ..api.session import start_session as _start_session
from ..api.session import stat_session as _stat_session
from ..models.create_session_by_asset_payload import CreateSessionByAssetPayload
from ..models.create_session_by_asset_payload_extra_info import CreateSessionByAssetPayloadExtraInfo
from ..models.create_session_by_asset_request import CreateSessionByAssetRequest
from ..models.create_session_payload import CreateSessionPayload
from ..models.create_session_payload_extra_info import CreateSessionPayloadExtraInfo
from ..models.create_session_request import CreateSessionRequest
from ..models.created_session import CreatedSession
from ..models.ivh_anchor_param import IvhAnchorParam
from ..models.ivh_driver_type import IvhDriverType
from ..models.ivh_protocol import IvhProtocol
from ..models.ivh_protocol_option import IvhProtocolOption
from ..models.ivh_request_header import IvhRequestHeader
from ..models.ivh_speech_param import IvhSpeechParam
from ..models.ivh_video_layer import IvhVideoLayer
from ..models.list_asset_sessions_payload import ListAssetSessionsPayload
from ..models.list_asset_sessions_request import ListAssetSessionsRequest
from ..models.list_project_sessions_payload import ListProjectSessionsPayload
from ..models.list_project_sessions_request import ListProjectSessionsRequest
from ..models.list_sessions_payload import ListSessionsPayload
from ..models.list_sessions_request import ListSessionsRequest
from ..models.session_ack import SessionAck
from ..models.session_list import SessionList
from ..models.session_ref import SessionRef
from ..models.session_request import SessionRequest
from ..models.session_stat import SessionStat
from ..models.trtc_sign import TrtcSign
from ..models.trtc_sign_payload import TrtcSignPayload
from ..models.trtc_sign_request import TrtcSignRequest
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Session:
    """Interactive stream sessions of a digital human."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> SessionWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return SessionWithRawResponse(self._source)

    @overload
    def create_session(
        self,
        *,
        virtualman_project_id: str,
        user_id: str,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"],
        driver_type: IvhDriverType | Literal[1, 3],
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stream_max_interval: int | Unset = UNSET,
        extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
    ) -> CreatedSession: ...

    @overload
    def create_session(
        self,
        *,
        body: CreateSessionRequest,
    ) -> CreatedSession: ...

    def create_session(
        self,
        *,
        virtualman_project_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"] | Unset = UNSET,
        driver_type: IvhDriverType | Literal[1, 3] | Unset = UNSET,
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stream_max_interval: int | Unset = UNSET,
        extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        body: CreateSessionRequest | Unset = UNSET,
    ) -> CreatedSession:
        """Create a stream session

        Creates a digital-human video stream and returns its session id and playback address. The
        session starts in status 3 (preparing) and becomes 1 (ready) after a while: poll
        stat_session, then start_session. Creating a session with a UserId that already has one
        closes the older session.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100388

        Args:
            virtualman_project_id (str): The digital human project (formerly VirtualmanKey).
            user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
            protocol (IvhProtocol | Literal["rtmp", "trtc", "webrtc"]): The stream protocol.
            driver_type (IvhDriverType | Literal[1, 3]): How the digital human is driven - 1 text only; 3 audio
                (original voice), which also accepts text.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
            stream_max_interval (int | Unset): Longest idle time of the stream, in milliseconds, before it is
                closed.
            extra_info (CreateSessionPayloadExtraInfo | Unset): Extra options as a JSON object.
            protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
            body (CreateSessionRequest): The request prebuilt, instead of its fields.

        Returns:
            CreatedSession: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateSessionRequest,
            body,
            {
                "virtualman_project_id": virtualman_project_id,
                "user_id": user_id,
                "protocol": protocol,
                "driver_type": driver_type,
                "req_id": req_id,
                "session_id": session_id,
                "stream_max_interval": stream_max_interval,
                "extra_info": extra_info,
                "protocol_option": protocol_option,
            },
        )
        if isinstance(body, Unset):
            body = CreateSessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    CreateSessionPayload,
                    {
                        "virtualman_project_id": virtualman_project_id,
                        "user_id": user_id,
                        "protocol": protocol,
                        "driver_type": driver_type,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "session_id": session_id,
                        "stream_max_interval": stream_max_interval,
                        "extra_info": extra_info,
                        "protocol_option": protocol_option,
                    },
                ),
            )
        return _create_session.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def stat_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> SessionStat: ...

    @overload
    def stat_session(
        self,
        *,
        body: SessionRequest,
    ) -> SessionStat: ...

    def stat_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> SessionStat:
        """Get a session's status

        Returns a session's status (1 ready, 2 closed, 3 preparing, 4 failed), its playback address,
        whether it has been started, and the error behind a failure. Poll about every five seconds,
        up to about two minutes, until the session is ready.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100389

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionStat: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _stat_session.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def start_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> SessionAck: ...

    @overload
    def start_session(
        self,
        *,
        body: SessionRequest,
    ) -> SessionAck: ...

    def start_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> SessionAck:
        """Start a ready session

        Starts a session that is ready (status 1); only a started session accepts drive commands.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100390

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionAck: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _start_session.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def close_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> SessionAck: ...

    @overload
    def close_session(
        self,
        *,
        body: SessionRequest,
    ) -> SessionAck: ...

    def close_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> SessionAck:
        """Close a session

        Closes a session and its stream (status 2).

        Vendor docs: https://cloud.tencent.com/document/product/1240/100391

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionAck: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _close_session.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def get_trtc_sign(
        self,
        *,
        session_id: str,
        room_id: str,
        user_id: str,
        req_id: str | Unset = UNSET,
        str_room_id: str | Unset = UNSET,
    ) -> TrtcSign: ...

    @overload
    def get_trtc_sign(
        self,
        *,
        body: TrtcSignRequest,
    ) -> TrtcSign: ...

    def get_trtc_sign(
        self,
        *,
        session_id: str | Unset = UNSET,
        room_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        str_room_id: str | Unset = UNSET,
        body: TrtcSignRequest | Unset = UNSET,
    ) -> TrtcSign:
        """Get the key to a session's TRTC room

        For sessions created with the TRTC protocol on the digital human's own TRTC account: returns
        the UserSig and PrivateMapKey another user needs to enter the room. `RoomId` is parsed from
        the session's playback address; the newer Chinese page adds an optional string `StrRoomId`.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100405 (English: seed 003)

        Args:
            session_id (str): The session's id.
            room_id (str): The TRTC room, parsed from the session's playback address.
            user_id (str): The id of the user entering the room.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            str_room_id (str | Unset): The TRTC room as a string id (newer Chinese page).
            body (TrtcSignRequest): The request prebuilt, instead of its fields.

        Returns:
            TrtcSign: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            TrtcSignRequest,
            body,
            {
                "session_id": session_id,
                "room_id": room_id,
                "user_id": user_id,
                "req_id": req_id,
                "str_room_id": str_room_id,
            },
        )
        if isinstance(body, Unset):
            body = TrtcSignRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    TrtcSignPayload,
                    {
                        "session_id": session_id,
                        "room_id": room_id,
                        "user_id": user_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "str_room_id": str_room_id,
                    },
                ),
            )
        return _get_trtc_sign.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def create_session_by_asset(
        self,
        *,
        asset_virtualman_key: str,
        user_id: str,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"],
        driver_type: IvhDriverType | Literal[1, 3],
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        speech_param: IvhSpeechParam | Unset = UNSET,
        extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET,
        backgrounds: list[IvhVideoLayer] | Unset = UNSET,
        foregrounds: list[IvhVideoLayer] | Unset = UNSET,
        anchor_param: IvhAnchorParam | Unset = UNSET,
    ) -> CreatedSession: ...

    @overload
    def create_session_by_asset(
        self,
        *,
        body: CreateSessionByAssetRequest,
    ) -> CreatedSession: ...

    def create_session_by_asset(
        self,
        *,
        asset_virtualman_key: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"] | Unset = UNSET,
        driver_type: IvhDriverType | Literal[1, 3] | Unset = UNSET,
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        speech_param: IvhSpeechParam | Unset = UNSET,
        extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET,
        backgrounds: list[IvhVideoLayer] | Unset = UNSET,
        foregrounds: list[IvhVideoLayer] | Unset = UNSET,
        anchor_param: IvhAnchorParam | Unset = UNSET,
        body: CreateSessionByAssetRequest | Unset = UNSET,
    ) -> CreatedSession:
        """Create a stream session of a personal asset image

        As create_session, for a personal asset image (`AssetVirtualmanKey`, from the digital human
        platform's asset management) instead of a digital human project, with the timbre, video
        layers (backgrounds and foregrounds, at most 5 together) and anchor placement of this stream.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62103

        Args:
            asset_virtualman_key (str): The personal asset image, from the platform's asset management.
            user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
            protocol (IvhProtocol | Literal["rtmp", "trtc", "webrtc"]): The stream protocol.
            driver_type (IvhDriverType | Literal[1, 3]): How the digital human is driven - 1 text only; 3 audio
                (original voice), which also accepts text.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
            protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
            speech_param (IvhSpeechParam | Unset): The stream's timbre. The session page names the object
                without its table; the fields are those the same product's other pages give `SpeechParam` (62087),
                and others are passed on.
            extra_info (CreateSessionByAssetPayloadExtraInfo | Unset): Extended parameters of the stream, as a
                JSON object.
            backgrounds (list[IvhVideoLayer] | Unset): Background layers; backgrounds and foregrounds are at
                most 5 together. Only for anchors whose shooting background was removed, where they win over the
                green screen.
            foregrounds (list[IvhVideoLayer] | Unset): Foreground layers; backgrounds and foregrounds are at
                most 5 together.
            anchor_param (IvhAnchorParam | Unset): Where and how large the anchor (the digital human) appears.
                The page names the object without its table: its fields are passed on as given.
            body (CreateSessionByAssetRequest): The request prebuilt, instead of its fields.

        Returns:
            CreatedSession: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateSessionByAssetRequest,
            body,
            {
                "asset_virtualman_key": asset_virtualman_key,
                "user_id": user_id,
                "protocol": protocol,
                "driver_type": driver_type,
                "req_id": req_id,
                "session_id": session_id,
                "protocol_option": protocol_option,
                "speech_param": speech_param,
                "extra_info": extra_info,
                "backgrounds": backgrounds,
                "foregrounds": foregrounds,
                "anchor_param": anchor_param,
            },
        )
        if isinstance(body, Unset):
            body = CreateSessionByAssetRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    CreateSessionByAssetPayload,
                    {
                        "asset_virtualman_key": asset_virtualman_key,
                        "user_id": user_id,
                        "protocol": protocol,
                        "driver_type": driver_type,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "session_id": session_id,
                        "protocol_option": protocol_option,
                        "speech_param": speech_param,
                        "extra_info": extra_info,
                        "backgrounds": backgrounds,
                        "foregrounds": foregrounds,
                        "anchor_param": anchor_param,
                    },
                ),
            )
        return _create_session_by_asset.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def list_sessions_of_account(
        self,
        *,
        req_id: str | Unset = UNSET,
    ) -> SessionList: ...

    @overload
    def list_sessions_of_account(
        self,
        *,
        body: ListSessionsRequest,
    ) -> SessionList: ...

    def list_sessions_of_account(
        self,
        *,
        req_id: str | Unset = UNSET,
        body: ListSessionsRequest | Unset = UNSET,
    ) -> SessionList:
        """List the account's ongoing sessions

        Every ongoing session of the account the call is signed for.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

        Args:
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (ListSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionList: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            ListSessionsRequest,
            body,
            {
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = ListSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListSessionsPayload,
                    {
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _list_sessions_of_account.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def list_sessions_of_project(
        self,
        *,
        req_id: str | Unset = UNSET,
        virtualman_project_id: str | Unset = UNSET,
    ) -> SessionList: ...

    @overload
    def list_sessions_of_project(
        self,
        *,
        body: ListProjectSessionsRequest,
    ) -> SessionList: ...

    def list_sessions_of_project(
        self,
        *,
        req_id: str | Unset = UNSET,
        virtualman_project_id: str | Unset = UNSET,
        body: ListProjectSessionsRequest | Unset = UNSET,
    ) -> SessionList:
        """List the ongoing sessions of a digital human project

        Every ongoing session of one digital human project.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62107

        Args:
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            virtualman_project_id (str | Unset): The digital human project.
            body (ListProjectSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionList: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            ListProjectSessionsRequest,
            body,
            {
                "req_id": req_id,
                "virtualman_project_id": virtualman_project_id,
            },
        )
        if isinstance(body, Unset):
            body = ListProjectSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListProjectSessionsPayload,
                    {
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "virtualman_project_id": virtualman_project_id,
                    },
                ),
            )
        return _list_sessions_of_project.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def list_sessions_of_asset(
        self,
        *,
        asset_virtualman_key: str,
        req_id: str | Unset = UNSET,
    ) -> SessionList: ...

    @overload
    def list_sessions_of_asset(
        self,
        *,
        body: ListAssetSessionsRequest,
    ) -> SessionList: ...

    def list_sessions_of_asset(
        self,
        *,
        asset_virtualman_key: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: ListAssetSessionsRequest | Unset = UNSET,
    ) -> SessionList:
        """List the ongoing sessions of a personal asset image

        Every ongoing session of one personal asset image (sessions made by
        create_session_by_asset).

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

        Args:
            asset_virtualman_key (str): The personal asset image.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (ListAssetSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionList: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            ListAssetSessionsRequest,
            body,
            {
                "asset_virtualman_key": asset_virtualman_key,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = ListAssetSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListAssetSessionsPayload,
                    {
                        "asset_virtualman_key": asset_virtualman_key,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _list_sessions_of_asset.sync(
            client=self._source.client_for("AppKey"),
            body=body,
        )


class SessionWithRawResponse:
    """The ``session`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    def create_session(
        self,
        *,
        virtualman_project_id: str,
        user_id: str,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"],
        driver_type: IvhDriverType | Literal[1, 3],
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stream_max_interval: int | Unset = UNSET,
        extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
    ) -> Response[CreatedSession]: ...

    @overload
    def create_session(
        self,
        *,
        body: CreateSessionRequest,
    ) -> Response[CreatedSession]: ...

    def create_session(
        self,
        *,
        virtualman_project_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"] | Unset = UNSET,
        driver_type: IvhDriverType | Literal[1, 3] | Unset = UNSET,
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stream_max_interval: int | Unset = UNSET,
        extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        body: CreateSessionRequest | Unset = UNSET,
    ) -> Response[CreatedSession]:
        """Create a stream session

        Creates a digital-human video stream and returns its session id and playback address. The
        session starts in status 3 (preparing) and becomes 1 (ready) after a while: poll
        stat_session, then start_session. Creating a session with a UserId that already has one
        closes the older session.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100388

        Args:
            virtualman_project_id (str): The digital human project (formerly VirtualmanKey).
            user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
            protocol (IvhProtocol | Literal["rtmp", "trtc", "webrtc"]): The stream protocol.
            driver_type (IvhDriverType | Literal[1, 3]): How the digital human is driven - 1 text only; 3 audio
                (original voice), which also accepts text.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
            stream_max_interval (int | Unset): Longest idle time of the stream, in milliseconds, before it is
                closed.
            extra_info (CreateSessionPayloadExtraInfo | Unset): Extra options as a JSON object.
            protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
            body (CreateSessionRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[CreatedSession]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateSessionRequest,
            body,
            {
                "virtualman_project_id": virtualman_project_id,
                "user_id": user_id,
                "protocol": protocol,
                "driver_type": driver_type,
                "req_id": req_id,
                "session_id": session_id,
                "stream_max_interval": stream_max_interval,
                "extra_info": extra_info,
                "protocol_option": protocol_option,
            },
        )
        if isinstance(body, Unset):
            body = CreateSessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    CreateSessionPayload,
                    {
                        "virtualman_project_id": virtualman_project_id,
                        "user_id": user_id,
                        "protocol": protocol,
                        "driver_type": driver_type,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "session_id": session_id,
                        "stream_max_interval": stream_max_interval,
                        "extra_info": extra_info,
                        "protocol_option": protocol_option,
                    },
                ),
            )
        return _create_session.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def stat_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionStat]: ...

    @overload
    def stat_session(
        self,
        *,
        body: SessionRequest,
    ) -> Response[SessionStat]: ...

    def stat_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> Response[SessionStat]:
        """Get a session's status

        Returns a session's status (1 ready, 2 closed, 3 preparing, 4 failed), its playback address,
        whether it has been started, and the error behind a failure. Poll about every five seconds,
        up to about two minutes, until the session is ready.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100389

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionStat]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _stat_session.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def start_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionAck]: ...

    @overload
    def start_session(
        self,
        *,
        body: SessionRequest,
    ) -> Response[SessionAck]: ...

    def start_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> Response[SessionAck]:
        """Start a ready session

        Starts a session that is ready (status 1); only a started session accepts drive commands.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100390

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionAck]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _start_session.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def close_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionAck]: ...

    @overload
    def close_session(
        self,
        *,
        body: SessionRequest,
    ) -> Response[SessionAck]: ...

    def close_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> Response[SessionAck]:
        """Close a session

        Closes a session and its stream (status 2).

        Vendor docs: https://cloud.tencent.com/document/product/1240/100391

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionAck]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _close_session.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def get_trtc_sign(
        self,
        *,
        session_id: str,
        room_id: str,
        user_id: str,
        req_id: str | Unset = UNSET,
        str_room_id: str | Unset = UNSET,
    ) -> Response[TrtcSign]: ...

    @overload
    def get_trtc_sign(
        self,
        *,
        body: TrtcSignRequest,
    ) -> Response[TrtcSign]: ...

    def get_trtc_sign(
        self,
        *,
        session_id: str | Unset = UNSET,
        room_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        str_room_id: str | Unset = UNSET,
        body: TrtcSignRequest | Unset = UNSET,
    ) -> Response[TrtcSign]:
        """Get the key to a session's TRTC room

        For sessions created with the TRTC protocol on the digital human's own TRTC account: returns
        the UserSig and PrivateMapKey another user needs to enter the room. `RoomId` is parsed from
        the session's playback address; the newer Chinese page adds an optional string `StrRoomId`.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100405 (English: seed 003)

        Args:
            session_id (str): The session's id.
            room_id (str): The TRTC room, parsed from the session's playback address.
            user_id (str): The id of the user entering the room.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            str_room_id (str | Unset): The TRTC room as a string id (newer Chinese page).
            body (TrtcSignRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[TrtcSign]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            TrtcSignRequest,
            body,
            {
                "session_id": session_id,
                "room_id": room_id,
                "user_id": user_id,
                "req_id": req_id,
                "str_room_id": str_room_id,
            },
        )
        if isinstance(body, Unset):
            body = TrtcSignRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    TrtcSignPayload,
                    {
                        "session_id": session_id,
                        "room_id": room_id,
                        "user_id": user_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "str_room_id": str_room_id,
                    },
                ),
            )
        return _get_trtc_sign.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def create_session_by_asset(
        self,
        *,
        asset_virtualman_key: str,
        user_id: str,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"],
        driver_type: IvhDriverType | Literal[1, 3],
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        speech_param: IvhSpeechParam | Unset = UNSET,
        extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET,
        backgrounds: list[IvhVideoLayer] | Unset = UNSET,
        foregrounds: list[IvhVideoLayer] | Unset = UNSET,
        anchor_param: IvhAnchorParam | Unset = UNSET,
    ) -> Response[CreatedSession]: ...

    @overload
    def create_session_by_asset(
        self,
        *,
        body: CreateSessionByAssetRequest,
    ) -> Response[CreatedSession]: ...

    def create_session_by_asset(
        self,
        *,
        asset_virtualman_key: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"] | Unset = UNSET,
        driver_type: IvhDriverType | Literal[1, 3] | Unset = UNSET,
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        speech_param: IvhSpeechParam | Unset = UNSET,
        extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET,
        backgrounds: list[IvhVideoLayer] | Unset = UNSET,
        foregrounds: list[IvhVideoLayer] | Unset = UNSET,
        anchor_param: IvhAnchorParam | Unset = UNSET,
        body: CreateSessionByAssetRequest | Unset = UNSET,
    ) -> Response[CreatedSession]:
        """Create a stream session of a personal asset image

        As create_session, for a personal asset image (`AssetVirtualmanKey`, from the digital human
        platform's asset management) instead of a digital human project, with the timbre, video
        layers (backgrounds and foregrounds, at most 5 together) and anchor placement of this stream.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62103

        Args:
            asset_virtualman_key (str): The personal asset image, from the platform's asset management.
            user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
            protocol (IvhProtocol | Literal["rtmp", "trtc", "webrtc"]): The stream protocol.
            driver_type (IvhDriverType | Literal[1, 3]): How the digital human is driven - 1 text only; 3 audio
                (original voice), which also accepts text.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
            protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
            speech_param (IvhSpeechParam | Unset): The stream's timbre. The session page names the object
                without its table; the fields are those the same product's other pages give `SpeechParam` (62087),
                and others are passed on.
            extra_info (CreateSessionByAssetPayloadExtraInfo | Unset): Extended parameters of the stream, as a
                JSON object.
            backgrounds (list[IvhVideoLayer] | Unset): Background layers; backgrounds and foregrounds are at
                most 5 together. Only for anchors whose shooting background was removed, where they win over the
                green screen.
            foregrounds (list[IvhVideoLayer] | Unset): Foreground layers; backgrounds and foregrounds are at
                most 5 together.
            anchor_param (IvhAnchorParam | Unset): Where and how large the anchor (the digital human) appears.
                The page names the object without its table: its fields are passed on as given.
            body (CreateSessionByAssetRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[CreatedSession]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateSessionByAssetRequest,
            body,
            {
                "asset_virtualman_key": asset_virtualman_key,
                "user_id": user_id,
                "protocol": protocol,
                "driver_type": driver_type,
                "req_id": req_id,
                "session_id": session_id,
                "protocol_option": protocol_option,
                "speech_param": speech_param,
                "extra_info": extra_info,
                "backgrounds": backgrounds,
                "foregrounds": foregrounds,
                "anchor_param": anchor_param,
            },
        )
        if isinstance(body, Unset):
            body = CreateSessionByAssetRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    CreateSessionByAssetPayload,
                    {
                        "asset_virtualman_key": asset_virtualman_key,
                        "user_id": user_id,
                        "protocol": protocol,
                        "driver_type": driver_type,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "session_id": session_id,
                        "protocol_option": protocol_option,
                        "speech_param": speech_param,
                        "extra_info": extra_info,
                        "backgrounds": backgrounds,
                        "foregrounds": foregrounds,
                        "anchor_param": anchor_param,
                    },
                ),
            )
        return _create_session_by_asset.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def list_sessions_of_account(
        self,
        *,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionList]: ...

    @overload
    def list_sessions_of_account(
        self,
        *,
        body: ListSessionsRequest,
    ) -> Response[SessionList]: ...

    def list_sessions_of_account(
        self,
        *,
        req_id: str | Unset = UNSET,
        body: ListSessionsRequest | Unset = UNSET,
    ) -> Response[SessionList]:
        """List the account's ongoing sessions

        Every ongoing session of the account the call is signed for.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

        Args:
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (ListSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionList]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            ListSessionsRequest,
            body,
            {
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = ListSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListSessionsPayload,
                    {
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _list_sessions_of_account.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def list_sessions_of_project(
        self,
        *,
        req_id: str | Unset = UNSET,
        virtualman_project_id: str | Unset = UNSET,
    ) -> Response[SessionList]: ...

    @overload
    def list_sessions_of_project(
        self,
        *,
        body: ListProjectSessionsRequest,
    ) -> Response[SessionList]: ...

    def list_sessions_of_project(
        self,
        *,
        req_id: str | Unset = UNSET,
        virtualman_project_id: str | Unset = UNSET,
        body: ListProjectSessionsRequest | Unset = UNSET,
    ) -> Response[SessionList]:
        """List the ongoing sessions of a digital human project

        Every ongoing session of one digital human project.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62107

        Args:
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            virtualman_project_id (str | Unset): The digital human project.
            body (ListProjectSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionList]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            ListProjectSessionsRequest,
            body,
            {
                "req_id": req_id,
                "virtualman_project_id": virtualman_project_id,
            },
        )
        if isinstance(body, Unset):
            body = ListProjectSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListProjectSessionsPayload,
                    {
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "virtualman_project_id": virtualman_project_id,
                    },
                ),
            )
        return _list_sessions_of_project.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    def list_sessions_of_asset(
        self,
        *,
        asset_virtualman_key: str,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionList]: ...

    @overload
    def list_sessions_of_asset(
        self,
        *,
        body: ListAssetSessionsRequest,
    ) -> Response[SessionList]: ...

    def list_sessions_of_asset(
        self,
        *,
        asset_virtualman_key: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: ListAssetSessionsRequest | Unset = UNSET,
    ) -> Response[SessionList]:
        """List the ongoing sessions of a personal asset image

        Every ongoing session of one personal asset image (sessions made by
        create_session_by_asset).

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

        Args:
            asset_virtualman_key (str): The personal asset image.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (ListAssetSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionList]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            ListAssetSessionsRequest,
            body,
            {
                "asset_virtualman_key": asset_virtualman_key,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = ListAssetSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListAssetSessionsPayload,
                    {
                        "asset_virtualman_key": asset_virtualman_key,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return _list_sessions_of_asset.sync_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )


class AsyncSession:
    """Interactive stream sessions of a digital human. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncSessionWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncSessionWithRawResponse(self._source)

    @overload
    async def create_session(
        self,
        *,
        virtualman_project_id: str,
        user_id: str,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"],
        driver_type: IvhDriverType | Literal[1, 3],
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stream_max_interval: int | Unset = UNSET,
        extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
    ) -> CreatedSession: ...

    @overload
    async def create_session(
        self,
        *,
        body: CreateSessionRequest,
    ) -> CreatedSession: ...

    async def create_session(
        self,
        *,
        virtualman_project_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"] | Unset = UNSET,
        driver_type: IvhDriverType | Literal[1, 3] | Unset = UNSET,
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stream_max_interval: int | Unset = UNSET,
        extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        body: CreateSessionRequest | Unset = UNSET,
    ) -> CreatedSession:
        """Create a stream session

        Creates a digital-human video stream and returns its session id and playback address. The
        session starts in status 3 (preparing) and becomes 1 (ready) after a while: poll
        stat_session, then start_session. Creating a session with a UserId that already has one
        closes the older session.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100388

        Args:
            virtualman_project_id (str): The digital human project (formerly VirtualmanKey).
            user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
            protocol (IvhProtocol | Literal["rtmp", "trtc", "webrtc"]): The stream protocol.
            driver_type (IvhDriverType | Literal[1, 3]): How the digital human is driven - 1 text only; 3 audio
                (original voice), which also accepts text.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
            stream_max_interval (int | Unset): Longest idle time of the stream, in milliseconds, before it is
                closed.
            extra_info (CreateSessionPayloadExtraInfo | Unset): Extra options as a JSON object.
            protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
            body (CreateSessionRequest): The request prebuilt, instead of its fields.

        Returns:
            CreatedSession: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateSessionRequest,
            body,
            {
                "virtualman_project_id": virtualman_project_id,
                "user_id": user_id,
                "protocol": protocol,
                "driver_type": driver_type,
                "req_id": req_id,
                "session_id": session_id,
                "stream_max_interval": stream_max_interval,
                "extra_info": extra_info,
                "protocol_option": protocol_option,
            },
        )
        if isinstance(body, Unset):
            body = CreateSessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    CreateSessionPayload,
                    {
                        "virtualman_project_id": virtualman_project_id,
                        "user_id": user_id,
                        "protocol": protocol,
                        "driver_type": driver_type,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "session_id": session_id,
                        "stream_max_interval": stream_max_interval,
                        "extra_info": extra_info,
                        "protocol_option": protocol_option,
                    },
                ),
            )
        return await _create_session.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def stat_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> SessionStat: ...

    @overload
    async def stat_session(
        self,
        *,
        body: SessionRequest,
    ) -> SessionStat: ...

    async def stat_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> SessionStat:
        """Get a session's status

        Returns a session's status (1 ready, 2 closed, 3 preparing, 4 failed), its playback address,
        whether it has been started, and the error behind a failure. Poll about every five seconds,
        up to about two minutes, until the session is ready.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100389

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionStat: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _stat_session.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def start_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> SessionAck: ...

    @overload
    async def start_session(
        self,
        *,
        body: SessionRequest,
    ) -> SessionAck: ...

    async def start_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> SessionAck:
        """Start a ready session

        Starts a session that is ready (status 1); only a started session accepts drive commands.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100390

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionAck: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _start_session.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def close_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> SessionAck: ...

    @overload
    async def close_session(
        self,
        *,
        body: SessionRequest,
    ) -> SessionAck: ...

    async def close_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> SessionAck:
        """Close a session

        Closes a session and its stream (status 2).

        Vendor docs: https://cloud.tencent.com/document/product/1240/100391

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionAck: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _close_session.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def get_trtc_sign(
        self,
        *,
        session_id: str,
        room_id: str,
        user_id: str,
        req_id: str | Unset = UNSET,
        str_room_id: str | Unset = UNSET,
    ) -> TrtcSign: ...

    @overload
    async def get_trtc_sign(
        self,
        *,
        body: TrtcSignRequest,
    ) -> TrtcSign: ...

    async def get_trtc_sign(
        self,
        *,
        session_id: str | Unset = UNSET,
        room_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        str_room_id: str | Unset = UNSET,
        body: TrtcSignRequest | Unset = UNSET,
    ) -> TrtcSign:
        """Get the key to a session's TRTC room

        For sessions created with the TRTC protocol on the digital human's own TRTC account: returns
        the UserSig and PrivateMapKey another user needs to enter the room. `RoomId` is parsed from
        the session's playback address; the newer Chinese page adds an optional string `StrRoomId`.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100405 (English: seed 003)

        Args:
            session_id (str): The session's id.
            room_id (str): The TRTC room, parsed from the session's playback address.
            user_id (str): The id of the user entering the room.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            str_room_id (str | Unset): The TRTC room as a string id (newer Chinese page).
            body (TrtcSignRequest): The request prebuilt, instead of its fields.

        Returns:
            TrtcSign: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            TrtcSignRequest,
            body,
            {
                "session_id": session_id,
                "room_id": room_id,
                "user_id": user_id,
                "req_id": req_id,
                "str_room_id": str_room_id,
            },
        )
        if isinstance(body, Unset):
            body = TrtcSignRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    TrtcSignPayload,
                    {
                        "session_id": session_id,
                        "room_id": room_id,
                        "user_id": user_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "str_room_id": str_room_id,
                    },
                ),
            )
        return await _get_trtc_sign.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def create_session_by_asset(
        self,
        *,
        asset_virtualman_key: str,
        user_id: str,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"],
        driver_type: IvhDriverType | Literal[1, 3],
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        speech_param: IvhSpeechParam | Unset = UNSET,
        extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET,
        backgrounds: list[IvhVideoLayer] | Unset = UNSET,
        foregrounds: list[IvhVideoLayer] | Unset = UNSET,
        anchor_param: IvhAnchorParam | Unset = UNSET,
    ) -> CreatedSession: ...

    @overload
    async def create_session_by_asset(
        self,
        *,
        body: CreateSessionByAssetRequest,
    ) -> CreatedSession: ...

    async def create_session_by_asset(
        self,
        *,
        asset_virtualman_key: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"] | Unset = UNSET,
        driver_type: IvhDriverType | Literal[1, 3] | Unset = UNSET,
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        speech_param: IvhSpeechParam | Unset = UNSET,
        extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET,
        backgrounds: list[IvhVideoLayer] | Unset = UNSET,
        foregrounds: list[IvhVideoLayer] | Unset = UNSET,
        anchor_param: IvhAnchorParam | Unset = UNSET,
        body: CreateSessionByAssetRequest | Unset = UNSET,
    ) -> CreatedSession:
        """Create a stream session of a personal asset image

        As create_session, for a personal asset image (`AssetVirtualmanKey`, from the digital human
        platform's asset management) instead of a digital human project, with the timbre, video
        layers (backgrounds and foregrounds, at most 5 together) and anchor placement of this stream.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62103

        Args:
            asset_virtualman_key (str): The personal asset image, from the platform's asset management.
            user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
            protocol (IvhProtocol | Literal["rtmp", "trtc", "webrtc"]): The stream protocol.
            driver_type (IvhDriverType | Literal[1, 3]): How the digital human is driven - 1 text only; 3 audio
                (original voice), which also accepts text.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
            protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
            speech_param (IvhSpeechParam | Unset): The stream's timbre. The session page names the object
                without its table; the fields are those the same product's other pages give `SpeechParam` (62087),
                and others are passed on.
            extra_info (CreateSessionByAssetPayloadExtraInfo | Unset): Extended parameters of the stream, as a
                JSON object.
            backgrounds (list[IvhVideoLayer] | Unset): Background layers; backgrounds and foregrounds are at
                most 5 together. Only for anchors whose shooting background was removed, where they win over the
                green screen.
            foregrounds (list[IvhVideoLayer] | Unset): Foreground layers; backgrounds and foregrounds are at
                most 5 together.
            anchor_param (IvhAnchorParam | Unset): Where and how large the anchor (the digital human) appears.
                The page names the object without its table: its fields are passed on as given.
            body (CreateSessionByAssetRequest): The request prebuilt, instead of its fields.

        Returns:
            CreatedSession: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateSessionByAssetRequest,
            body,
            {
                "asset_virtualman_key": asset_virtualman_key,
                "user_id": user_id,
                "protocol": protocol,
                "driver_type": driver_type,
                "req_id": req_id,
                "session_id": session_id,
                "protocol_option": protocol_option,
                "speech_param": speech_param,
                "extra_info": extra_info,
                "backgrounds": backgrounds,
                "foregrounds": foregrounds,
                "anchor_param": anchor_param,
            },
        )
        if isinstance(body, Unset):
            body = CreateSessionByAssetRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    CreateSessionByAssetPayload,
                    {
                        "asset_virtualman_key": asset_virtualman_key,
                        "user_id": user_id,
                        "protocol": protocol,
                        "driver_type": driver_type,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "session_id": session_id,
                        "protocol_option": protocol_option,
                        "speech_param": speech_param,
                        "extra_info": extra_info,
                        "backgrounds": backgrounds,
                        "foregrounds": foregrounds,
                        "anchor_param": anchor_param,
                    },
                ),
            )
        return await _create_session_by_asset.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def list_sessions_of_account(
        self,
        *,
        req_id: str | Unset = UNSET,
    ) -> SessionList: ...

    @overload
    async def list_sessions_of_account(
        self,
        *,
        body: ListSessionsRequest,
    ) -> SessionList: ...

    async def list_sessions_of_account(
        self,
        *,
        req_id: str | Unset = UNSET,
        body: ListSessionsRequest | Unset = UNSET,
    ) -> SessionList:
        """List the account's ongoing sessions

        Every ongoing session of the account the call is signed for.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

        Args:
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (ListSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionList: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            ListSessionsRequest,
            body,
            {
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = ListSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListSessionsPayload,
                    {
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _list_sessions_of_account.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def list_sessions_of_project(
        self,
        *,
        req_id: str | Unset = UNSET,
        virtualman_project_id: str | Unset = UNSET,
    ) -> SessionList: ...

    @overload
    async def list_sessions_of_project(
        self,
        *,
        body: ListProjectSessionsRequest,
    ) -> SessionList: ...

    async def list_sessions_of_project(
        self,
        *,
        req_id: str | Unset = UNSET,
        virtualman_project_id: str | Unset = UNSET,
        body: ListProjectSessionsRequest | Unset = UNSET,
    ) -> SessionList:
        """List the ongoing sessions of a digital human project

        Every ongoing session of one digital human project.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62107

        Args:
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            virtualman_project_id (str | Unset): The digital human project.
            body (ListProjectSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionList: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            ListProjectSessionsRequest,
            body,
            {
                "req_id": req_id,
                "virtualman_project_id": virtualman_project_id,
            },
        )
        if isinstance(body, Unset):
            body = ListProjectSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListProjectSessionsPayload,
                    {
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "virtualman_project_id": virtualman_project_id,
                    },
                ),
            )
        return await _list_sessions_of_project.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def list_sessions_of_asset(
        self,
        *,
        asset_virtualman_key: str,
        req_id: str | Unset = UNSET,
    ) -> SessionList: ...

    @overload
    async def list_sessions_of_asset(
        self,
        *,
        body: ListAssetSessionsRequest,
    ) -> SessionList: ...

    async def list_sessions_of_asset(
        self,
        *,
        asset_virtualman_key: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: ListAssetSessionsRequest | Unset = UNSET,
    ) -> SessionList:
        """List the ongoing sessions of a personal asset image

        Every ongoing session of one personal asset image (sessions made by
        create_session_by_asset).

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

        Args:
            asset_virtualman_key (str): The personal asset image.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (ListAssetSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            SessionList: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            ListAssetSessionsRequest,
            body,
            {
                "asset_virtualman_key": asset_virtualman_key,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = ListAssetSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListAssetSessionsPayload,
                    {
                        "asset_virtualman_key": asset_virtualman_key,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _list_sessions_of_asset.asyncio(
            client=self._source.client_for("AppKey"),
            body=body,
        )


class AsyncSessionWithRawResponse:
    """The ``session`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    async def create_session(
        self,
        *,
        virtualman_project_id: str,
        user_id: str,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"],
        driver_type: IvhDriverType | Literal[1, 3],
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stream_max_interval: int | Unset = UNSET,
        extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
    ) -> Response[CreatedSession]: ...

    @overload
    async def create_session(
        self,
        *,
        body: CreateSessionRequest,
    ) -> Response[CreatedSession]: ...

    async def create_session(
        self,
        *,
        virtualman_project_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"] | Unset = UNSET,
        driver_type: IvhDriverType | Literal[1, 3] | Unset = UNSET,
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stream_max_interval: int | Unset = UNSET,
        extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        body: CreateSessionRequest | Unset = UNSET,
    ) -> Response[CreatedSession]:
        """Create a stream session

        Creates a digital-human video stream and returns its session id and playback address. The
        session starts in status 3 (preparing) and becomes 1 (ready) after a while: poll
        stat_session, then start_session. Creating a session with a UserId that already has one
        closes the older session.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100388

        Args:
            virtualman_project_id (str): The digital human project (formerly VirtualmanKey).
            user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
            protocol (IvhProtocol | Literal["rtmp", "trtc", "webrtc"]): The stream protocol.
            driver_type (IvhDriverType | Literal[1, 3]): How the digital human is driven - 1 text only; 3 audio
                (original voice), which also accepts text.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
            stream_max_interval (int | Unset): Longest idle time of the stream, in milliseconds, before it is
                closed.
            extra_info (CreateSessionPayloadExtraInfo | Unset): Extra options as a JSON object.
            protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
            body (CreateSessionRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[CreatedSession]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateSessionRequest,
            body,
            {
                "virtualman_project_id": virtualman_project_id,
                "user_id": user_id,
                "protocol": protocol,
                "driver_type": driver_type,
                "req_id": req_id,
                "session_id": session_id,
                "stream_max_interval": stream_max_interval,
                "extra_info": extra_info,
                "protocol_option": protocol_option,
            },
        )
        if isinstance(body, Unset):
            body = CreateSessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    CreateSessionPayload,
                    {
                        "virtualman_project_id": virtualman_project_id,
                        "user_id": user_id,
                        "protocol": protocol,
                        "driver_type": driver_type,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "session_id": session_id,
                        "stream_max_interval": stream_max_interval,
                        "extra_info": extra_info,
                        "protocol_option": protocol_option,
                    },
                ),
            )
        return await _create_session.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def stat_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionStat]: ...

    @overload
    async def stat_session(
        self,
        *,
        body: SessionRequest,
    ) -> Response[SessionStat]: ...

    async def stat_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> Response[SessionStat]:
        """Get a session's status

        Returns a session's status (1 ready, 2 closed, 3 preparing, 4 failed), its playback address,
        whether it has been started, and the error behind a failure. Poll about every five seconds,
        up to about two minutes, until the session is ready.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100389

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionStat]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _stat_session.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def start_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionAck]: ...

    @overload
    async def start_session(
        self,
        *,
        body: SessionRequest,
    ) -> Response[SessionAck]: ...

    async def start_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> Response[SessionAck]:
        """Start a ready session

        Starts a session that is ready (status 1); only a started session accepts drive commands.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100390

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionAck]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _start_session.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def close_session(
        self,
        *,
        session_id: str,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionAck]: ...

    @overload
    async def close_session(
        self,
        *,
        body: SessionRequest,
    ) -> Response[SessionAck]: ...

    async def close_session(
        self,
        *,
        session_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: SessionRequest | Unset = UNSET,
    ) -> Response[SessionAck]:
        """Close a session

        Closes a session and its stream (status 2).

        Vendor docs: https://cloud.tencent.com/document/product/1240/100391

        Args:
            session_id (str): The session's id.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (SessionRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionAck]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SessionRequest,
            body,
            {
                "session_id": session_id,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = SessionRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    SessionRef,
                    {
                        "session_id": session_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _close_session.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def get_trtc_sign(
        self,
        *,
        session_id: str,
        room_id: str,
        user_id: str,
        req_id: str | Unset = UNSET,
        str_room_id: str | Unset = UNSET,
    ) -> Response[TrtcSign]: ...

    @overload
    async def get_trtc_sign(
        self,
        *,
        body: TrtcSignRequest,
    ) -> Response[TrtcSign]: ...

    async def get_trtc_sign(
        self,
        *,
        session_id: str | Unset = UNSET,
        room_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        str_room_id: str | Unset = UNSET,
        body: TrtcSignRequest | Unset = UNSET,
    ) -> Response[TrtcSign]:
        """Get the key to a session's TRTC room

        For sessions created with the TRTC protocol on the digital human's own TRTC account: returns
        the UserSig and PrivateMapKey another user needs to enter the room. `RoomId` is parsed from
        the session's playback address; the newer Chinese page adds an optional string `StrRoomId`.

        Vendor docs: https://cloud.tencent.com/document/product/1240/100405 (English: seed 003)

        Args:
            session_id (str): The session's id.
            room_id (str): The TRTC room, parsed from the session's playback address.
            user_id (str): The id of the user entering the room.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            str_room_id (str | Unset): The TRTC room as a string id (newer Chinese page).
            body (TrtcSignRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[TrtcSign]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            TrtcSignRequest,
            body,
            {
                "session_id": session_id,
                "room_id": room_id,
                "user_id": user_id,
                "req_id": req_id,
                "str_room_id": str_room_id,
            },
        )
        if isinstance(body, Unset):
            body = TrtcSignRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    TrtcSignPayload,
                    {
                        "session_id": session_id,
                        "room_id": room_id,
                        "user_id": user_id,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "str_room_id": str_room_id,
                    },
                ),
            )
        return await _get_trtc_sign.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def create_session_by_asset(
        self,
        *,
        asset_virtualman_key: str,
        user_id: str,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"],
        driver_type: IvhDriverType | Literal[1, 3],
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        speech_param: IvhSpeechParam | Unset = UNSET,
        extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET,
        backgrounds: list[IvhVideoLayer] | Unset = UNSET,
        foregrounds: list[IvhVideoLayer] | Unset = UNSET,
        anchor_param: IvhAnchorParam | Unset = UNSET,
    ) -> Response[CreatedSession]: ...

    @overload
    async def create_session_by_asset(
        self,
        *,
        body: CreateSessionByAssetRequest,
    ) -> Response[CreatedSession]: ...

    async def create_session_by_asset(
        self,
        *,
        asset_virtualman_key: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        protocol: IvhProtocol | Literal["rtmp", "trtc", "webrtc"] | Unset = UNSET,
        driver_type: IvhDriverType | Literal[1, 3] | Unset = UNSET,
        req_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        protocol_option: IvhProtocolOption | Unset = UNSET,
        speech_param: IvhSpeechParam | Unset = UNSET,
        extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET,
        backgrounds: list[IvhVideoLayer] | Unset = UNSET,
        foregrounds: list[IvhVideoLayer] | Unset = UNSET,
        anchor_param: IvhAnchorParam | Unset = UNSET,
        body: CreateSessionByAssetRequest | Unset = UNSET,
    ) -> Response[CreatedSession]:
        """Create a stream session of a personal asset image

        As create_session, for a personal asset image (`AssetVirtualmanKey`, from the digital human
        platform's asset management) instead of a digital human project, with the timbre, video
        layers (backgrounds and foregrounds, at most 5 together) and anchor placement of this stream.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62103

        Args:
            asset_virtualman_key (str): The personal asset image, from the platform's asset management.
            user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
            protocol (IvhProtocol | Literal["rtmp", "trtc", "webrtc"]): The stream protocol.
            driver_type (IvhDriverType | Literal[1, 3]): How the digital human is driven - 1 text only; 3 audio
                (original voice), which also accepts text.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
            protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
            speech_param (IvhSpeechParam | Unset): The stream's timbre. The session page names the object
                without its table; the fields are those the same product's other pages give `SpeechParam` (62087),
                and others are passed on.
            extra_info (CreateSessionByAssetPayloadExtraInfo | Unset): Extended parameters of the stream, as a
                JSON object.
            backgrounds (list[IvhVideoLayer] | Unset): Background layers; backgrounds and foregrounds are at
                most 5 together. Only for anchors whose shooting background was removed, where they win over the
                green screen.
            foregrounds (list[IvhVideoLayer] | Unset): Foreground layers; backgrounds and foregrounds are at
                most 5 together.
            anchor_param (IvhAnchorParam | Unset): Where and how large the anchor (the digital human) appears.
                The page names the object without its table: its fields are passed on as given.
            body (CreateSessionByAssetRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[CreatedSession]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateSessionByAssetRequest,
            body,
            {
                "asset_virtualman_key": asset_virtualman_key,
                "user_id": user_id,
                "protocol": protocol,
                "driver_type": driver_type,
                "req_id": req_id,
                "session_id": session_id,
                "protocol_option": protocol_option,
                "speech_param": speech_param,
                "extra_info": extra_info,
                "backgrounds": backgrounds,
                "foregrounds": foregrounds,
                "anchor_param": anchor_param,
            },
        )
        if isinstance(body, Unset):
            body = CreateSessionByAssetRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    CreateSessionByAssetPayload,
                    {
                        "asset_virtualman_key": asset_virtualman_key,
                        "user_id": user_id,
                        "protocol": protocol,
                        "driver_type": driver_type,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "session_id": session_id,
                        "protocol_option": protocol_option,
                        "speech_param": speech_param,
                        "extra_info": extra_info,
                        "backgrounds": backgrounds,
                        "foregrounds": foregrounds,
                        "anchor_param": anchor_param,
                    },
                ),
            )
        return await _create_session_by_asset.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def list_sessions_of_account(
        self,
        *,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionList]: ...

    @overload
    async def list_sessions_of_account(
        self,
        *,
        body: ListSessionsRequest,
    ) -> Response[SessionList]: ...

    async def list_sessions_of_account(
        self,
        *,
        req_id: str | Unset = UNSET,
        body: ListSessionsRequest | Unset = UNSET,
    ) -> Response[SessionList]:
        """List the account's ongoing sessions

        Every ongoing session of the account the call is signed for.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

        Args:
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (ListSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionList]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            ListSessionsRequest,
            body,
            {
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = ListSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListSessionsPayload,
                    {
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _list_sessions_of_account.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def list_sessions_of_project(
        self,
        *,
        req_id: str | Unset = UNSET,
        virtualman_project_id: str | Unset = UNSET,
    ) -> Response[SessionList]: ...

    @overload
    async def list_sessions_of_project(
        self,
        *,
        body: ListProjectSessionsRequest,
    ) -> Response[SessionList]: ...

    async def list_sessions_of_project(
        self,
        *,
        req_id: str | Unset = UNSET,
        virtualman_project_id: str | Unset = UNSET,
        body: ListProjectSessionsRequest | Unset = UNSET,
    ) -> Response[SessionList]:
        """List the ongoing sessions of a digital human project

        Every ongoing session of one digital human project.

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62107

        Args:
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            virtualman_project_id (str | Unset): The digital human project.
            body (ListProjectSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionList]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            ListProjectSessionsRequest,
            body,
            {
                "req_id": req_id,
                "virtualman_project_id": virtualman_project_id,
            },
        )
        if isinstance(body, Unset):
            body = ListProjectSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListProjectSessionsPayload,
                    {
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                        "virtualman_project_id": virtualman_project_id,
                    },
                ),
            )
        return await _list_sessions_of_project.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )

    @overload
    async def list_sessions_of_asset(
        self,
        *,
        asset_virtualman_key: str,
        req_id: str | Unset = UNSET,
    ) -> Response[SessionList]: ...

    @overload
    async def list_sessions_of_asset(
        self,
        *,
        body: ListAssetSessionsRequest,
    ) -> Response[SessionList]: ...

    async def list_sessions_of_asset(
        self,
        *,
        asset_virtualman_key: str | Unset = UNSET,
        req_id: str | Unset = UNSET,
        body: ListAssetSessionsRequest | Unset = UNSET,
    ) -> Response[SessionList]:
        """List the ongoing sessions of a personal asset image

        Every ongoing session of one personal asset image (sessions made by
        create_session_by_asset).

        Vendor docs: https://www.tencentcloud.com/document/product/1211/62099 (the overview lists it)

        Args:
            asset_virtualman_key (str): The personal asset image.
            req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes. A
                fresh one when not given.
            body (ListAssetSessionsRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[SessionList]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            ListAssetSessionsRequest,
            body,
            {
                "asset_virtualman_key": asset_virtualman_key,
                "req_id": req_id,
            },
        )
        if isinstance(body, Unset):
            body = ListAssetSessionsRequest(
                header=IvhRequestHeader.from_dict({}),
                payload=_build(
                    ListAssetSessionsPayload,
                    {
                        "asset_virtualman_key": asset_virtualman_key,
                        "req_id": req_id if not isinstance(req_id, Unset) else _fresh_id("hex32"),
                    },
                ),
            )
        return await _list_sessions_of_asset.asyncio_detailed(
            client=self._source.client_for("AppKey"),
            body=body,
        )


__all__ = [
    "AsyncSession",
    "AsyncSessionWithRawResponse",
    "Session",
    "SessionWithRawResponse",
]
