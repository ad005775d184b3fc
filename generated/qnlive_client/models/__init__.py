"""Contains all the data models used in inputs/outputs"""

from .qn_live_envelope import QnLiveEnvelope
from .relay_extends import RelayExtends
from .relay_extends_request import RelayExtendsRequest
from .relay_progress import RelayProgress
from .relay_progress_response import RelayProgressResponse
from .relay_session import RelaySession
from .relay_session_response import RelaySessionResponse
from .relay_status import RelayStatus
from .relay_token import RelayToken
from .relay_token_response import RelayTokenResponse
from .start_relay_request import StartRelayRequest
from .user_token import UserToken
from .user_token_response import UserTokenResponse

__all__ = (
    "QnLiveEnvelope",
    "RelayExtends",
    "RelayExtendsRequest",
    "RelayProgress",
    "RelayProgressResponse",
    "RelaySession",
    "RelaySessionResponse",
    "RelayStatus",
    "RelayToken",
    "RelayTokenResponse",
    "StartRelayRequest",
    "UserToken",
    "UserTokenResponse",
)
