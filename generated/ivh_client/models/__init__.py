"""Contains all the data models used in inputs/outputs"""

from .create_session_payload import CreateSessionPayload
from .create_session_payload_extra_info import CreateSessionPayloadExtraInfo
from .create_session_request import CreateSessionRequest
from .create_session_response import CreateSessionResponse
from .created_session import CreatedSession
from .ivh_driver_type import IvhDriverType
from .ivh_no_payload import IvhNoPayload
from .ivh_protocol import IvhProtocol
from .ivh_protocol_option import IvhProtocolOption
from .ivh_request_header import IvhRequestHeader
from .ivh_response_header import IvhResponseHeader
from .ivh_session_status import IvhSessionStatus
from .session_ack import SessionAck
from .session_ack_response import SessionAckResponse
from .session_ref import SessionRef
from .session_request import SessionRequest
from .session_stat import SessionStat
from .session_stat_response import SessionStatResponse
from .trtc_sign import TrtcSign
from .trtc_sign_payload import TrtcSignPayload
from .trtc_sign_request import TrtcSignRequest
from .trtc_sign_response import TrtcSignResponse

__all__ = (
    "CreatedSession",
    "CreateSessionPayload",
    "CreateSessionPayloadExtraInfo",
    "CreateSessionRequest",
    "CreateSessionResponse",
    "IvhDriverType",
    "IvhNoPayload",
    "IvhProtocol",
    "IvhProtocolOption",
    "IvhRequestHeader",
    "IvhResponseHeader",
    "IvhSessionStatus",
    "SessionAck",
    "SessionAckResponse",
    "SessionRef",
    "SessionRequest",
    "SessionStat",
    "SessionStatResponse",
    "TrtcSign",
    "TrtcSignPayload",
    "TrtcSignRequest",
    "TrtcSignResponse",
)
