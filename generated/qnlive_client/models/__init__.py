"""Contains all the data models used in inputs/outputs

Each model's module is imported on the first use of its name
(``vrlive_core.lazy.lazy_names``), so that importing one model does not load them all.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
else:  # type checkers read the imports above, and an unknown name stays an error
    from vrlive_core.lazy import lazy_names

    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "QnLiveEnvelope": ".qn_live_envelope",
            "RelayExtends": ".relay_extends",
            "RelayExtendsRequest": ".relay_extends_request",
            "RelayProgress": ".relay_progress",
            "RelayProgressResponse": ".relay_progress_response",
            "RelaySession": ".relay_session",
            "RelaySessionResponse": ".relay_session_response",
            "RelayStatus": ".relay_status",
            "RelayToken": ".relay_token",
            "RelayTokenResponse": ".relay_token_response",
            "StartRelayRequest": ".start_relay_request",
            "UserToken": ".user_token",
            "UserTokenResponse": ".user_token_response",
        },
    )

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
