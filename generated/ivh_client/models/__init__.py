"""Contains all the data models used in inputs/outputs

Each model's module is imported on the first use of its name
(``vrlive_core.lazy.lazy_names``), so that importing one model does not load them all.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .channel_event import ChannelEvent
    from .channel_event_message import ChannelEventMessage
    from .command_ack import CommandAck
    from .command_response import CommandResponse
    from .create_session_by_asset_payload import CreateSessionByAssetPayload
    from .create_session_by_asset_payload_extra_info import CreateSessionByAssetPayloadExtraInfo
    from .create_session_by_asset_request import CreateSessionByAssetRequest
    from .create_session_payload import CreateSessionPayload
    from .create_session_payload_extra_info import CreateSessionPayloadExtraInfo
    from .create_session_request import CreateSessionRequest
    from .create_session_response import CreateSessionResponse
    from .created_session import CreatedSession
    from .heartbeat_command import HeartbeatCommand
    from .heartbeat_data import HeartbeatData
    from .heartbeat_data_text import HeartbeatDataText
    from .heartbeat_request import HeartbeatRequest
    from .ivh_anchor_param import IvhAnchorParam
    from .ivh_channel_event_type import IvhChannelEventType
    from .ivh_driver_type import IvhDriverType
    from .ivh_final_type import IvhFinalType
    from .ivh_heartbeat_command_name import IvhHeartbeatCommandName
    from .ivh_no_payload import IvhNoPayload
    from .ivh_protocol import IvhProtocol
    from .ivh_protocol_option import IvhProtocolOption
    from .ivh_request_header import IvhRequestHeader
    from .ivh_response_header import IvhResponseHeader
    from .ivh_session_status import IvhSessionStatus
    from .ivh_speak_status import IvhSpeakStatus
    from .ivh_speech_param import IvhSpeechParam
    from .ivh_stream_text_command_name import IvhStreamTextCommandName
    from .ivh_text_command_name import IvhTextCommandName
    from .ivh_video_layer import IvhVideoLayer
    from .list_asset_sessions_payload import ListAssetSessionsPayload
    from .list_asset_sessions_request import ListAssetSessionsRequest
    from .list_project_sessions_payload import ListProjectSessionsPayload
    from .list_project_sessions_request import ListProjectSessionsRequest
    from .list_sessions_payload import ListSessionsPayload
    from .list_sessions_request import ListSessionsRequest
    from .send_text_command import SendTextCommand
    from .send_text_data import SendTextData
    from .send_text_request import SendTextRequest
    from .session_ack import SessionAck
    from .session_ack_response import SessionAckResponse
    from .session_list import SessionList
    from .session_list_response import SessionListResponse
    from .session_ref import SessionRef
    from .session_request import SessionRequest
    from .session_stat import SessionStat
    from .session_stat_response import SessionStatResponse
    from .session_summary import SessionSummary
    from .stream_text_command import StreamTextCommand
    from .stream_text_data import StreamTextData
    from .stream_text_request import StreamTextRequest
    from .trtc_sign import TrtcSign
    from .trtc_sign_payload import TrtcSignPayload
    from .trtc_sign_request import TrtcSignRequest
    from .trtc_sign_response import TrtcSignResponse
else:  # type checkers read the imports above, and an unknown name stays an error
    from vrlive_core.lazy import lazy_names

    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "ChannelEvent": ".channel_event",
            "ChannelEventMessage": ".channel_event_message",
            "CommandAck": ".command_ack",
            "CommandResponse": ".command_response",
            "CreateSessionByAssetPayload": ".create_session_by_asset_payload",
            "CreateSessionByAssetPayloadExtraInfo": ".create_session_by_asset_payload_extra_info",
            "CreateSessionByAssetRequest": ".create_session_by_asset_request",
            "CreateSessionPayload": ".create_session_payload",
            "CreateSessionPayloadExtraInfo": ".create_session_payload_extra_info",
            "CreateSessionRequest": ".create_session_request",
            "CreateSessionResponse": ".create_session_response",
            "CreatedSession": ".created_session",
            "HeartbeatCommand": ".heartbeat_command",
            "HeartbeatData": ".heartbeat_data",
            "HeartbeatDataText": ".heartbeat_data_text",
            "HeartbeatRequest": ".heartbeat_request",
            "IvhAnchorParam": ".ivh_anchor_param",
            "IvhChannelEventType": ".ivh_channel_event_type",
            "IvhDriverType": ".ivh_driver_type",
            "IvhFinalType": ".ivh_final_type",
            "IvhHeartbeatCommandName": ".ivh_heartbeat_command_name",
            "IvhNoPayload": ".ivh_no_payload",
            "IvhProtocol": ".ivh_protocol",
            "IvhProtocolOption": ".ivh_protocol_option",
            "IvhRequestHeader": ".ivh_request_header",
            "IvhResponseHeader": ".ivh_response_header",
            "IvhSessionStatus": ".ivh_session_status",
            "IvhSpeakStatus": ".ivh_speak_status",
            "IvhSpeechParam": ".ivh_speech_param",
            "IvhStreamTextCommandName": ".ivh_stream_text_command_name",
            "IvhTextCommandName": ".ivh_text_command_name",
            "IvhVideoLayer": ".ivh_video_layer",
            "ListAssetSessionsPayload": ".list_asset_sessions_payload",
            "ListAssetSessionsRequest": ".list_asset_sessions_request",
            "ListProjectSessionsPayload": ".list_project_sessions_payload",
            "ListProjectSessionsRequest": ".list_project_sessions_request",
            "ListSessionsPayload": ".list_sessions_payload",
            "ListSessionsRequest": ".list_sessions_request",
            "SendTextCommand": ".send_text_command",
            "SendTextData": ".send_text_data",
            "SendTextRequest": ".send_text_request",
            "SessionAck": ".session_ack",
            "SessionAckResponse": ".session_ack_response",
            "SessionList": ".session_list",
            "SessionListResponse": ".session_list_response",
            "SessionRef": ".session_ref",
            "SessionRequest": ".session_request",
            "SessionStat": ".session_stat",
            "SessionStatResponse": ".session_stat_response",
            "SessionSummary": ".session_summary",
            "StreamTextCommand": ".stream_text_command",
            "StreamTextData": ".stream_text_data",
            "StreamTextRequest": ".stream_text_request",
            "TrtcSign": ".trtc_sign",
            "TrtcSignPayload": ".trtc_sign_payload",
            "TrtcSignRequest": ".trtc_sign_request",
            "TrtcSignResponse": ".trtc_sign_response",
        },
    )

__all__ = (
    "ChannelEvent",
    "ChannelEventMessage",
    "CommandAck",
    "CommandResponse",
    "CreatedSession",
    "CreateSessionByAssetPayload",
    "CreateSessionByAssetPayloadExtraInfo",
    "CreateSessionByAssetRequest",
    "CreateSessionPayload",
    "CreateSessionPayloadExtraInfo",
    "CreateSessionRequest",
    "CreateSessionResponse",
    "HeartbeatCommand",
    "HeartbeatData",
    "HeartbeatDataText",
    "HeartbeatRequest",
    "IvhAnchorParam",
    "IvhChannelEventType",
    "IvhDriverType",
    "IvhFinalType",
    "IvhHeartbeatCommandName",
    "IvhNoPayload",
    "IvhProtocol",
    "IvhProtocolOption",
    "IvhRequestHeader",
    "IvhResponseHeader",
    "IvhSessionStatus",
    "IvhSpeakStatus",
    "IvhSpeechParam",
    "IvhStreamTextCommandName",
    "IvhTextCommandName",
    "IvhVideoLayer",
    "ListAssetSessionsPayload",
    "ListAssetSessionsRequest",
    "ListProjectSessionsPayload",
    "ListProjectSessionsRequest",
    "ListSessionsPayload",
    "ListSessionsRequest",
    "SendTextCommand",
    "SendTextData",
    "SendTextRequest",
    "SessionAck",
    "SessionAckResponse",
    "SessionList",
    "SessionListResponse",
    "SessionRef",
    "SessionRequest",
    "SessionStat",
    "SessionStatResponse",
    "SessionSummary",
    "StreamTextCommand",
    "StreamTextData",
    "StreamTextRequest",
    "TrtcSign",
    "TrtcSignPayload",
    "TrtcSignRequest",
    "TrtcSignResponse",
)
