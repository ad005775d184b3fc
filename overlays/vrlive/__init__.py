"""vrlive: the hand-written layer over the generated Realsee, Qiniu and IVH clients.

- [`Realsee`][vrlive.realsee.Realsee] / [`AsyncRealsee`][vrlive.realsee.AsyncRealsee]: access tokens fetched,
  refreshed and replayed; the panorama-to-VR flow; task waiting.
- [`QnLive`][vrlive.qnlive.QnLive] / [`AsyncQnLive`][vrlive.qnlive.AsyncQnLive]: user tokens minted (AK/SK)
  or provided; relay waiting.
- [`Ivh`][vrlive.ivh.Ivh] / [`AsyncIvh`][vrlive.ivh.AsyncIvh]: every call signed; waiting for a ready
  session.

Every operation of a spec is a method of a resource, one per tag (``realsee.pano.get_pano_task_status``,
``ivh.session.create_session``), typed from the spec, sync in the first class of each pair and
awaited in the second; calls are retried (backoff with full jitter, honouring Retry-After) and fail
with typed errors; secrets are kept out of reprs, messages and logs. Logging goes to the ``vrlive``
logger.

The facades are imported on first use (``from vrlive import Realsee`` loads the Realsee facade and
its generated package alone), so that ``import vrlive`` stays cheap.
"""

from typing import TYPE_CHECKING

from vrlive.errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    SourceChangedError,
    StateUnreachableError,
    TaskFailedError,
    TaskTimeoutError,
    TokenExpiredError,
    TransportError,
    UnexpectedStatus,
    VrliveError,
    WaitCancelledError,
    WaitTimeoutError,
)
from vrlive_core.lazy import lazy_names

if TYPE_CHECKING:
    from vrlive.calls import RetryPolicy
    from vrlive.ivh import AsyncIvh, Ivh
    from vrlive.qnlive import AsyncQnLive, QnLive
    from vrlive.realsee import AsyncRealsee, Realsee
else:  # type checkers read the imports above, and an unknown name stays an error
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "AsyncIvh": "vrlive.ivh",
            "Ivh": "vrlive.ivh",
            "AsyncQnLive": "vrlive.qnlive",
            "QnLive": "vrlive.qnlive",
            "AsyncRealsee": "vrlive.realsee",
            "Realsee": "vrlive.realsee",
            "RetryPolicy": "vrlive.calls",
        },
    )

__all__ = [
    "APIError",
    "AsyncIvh",
    "AsyncQnLive",
    "AsyncRealsee",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "InvalidRequestError",
    "Ivh",
    "NotFoundError",
    "PermissionDeniedError",
    "QnLive",
    "RateLimitError",
    "Realsee",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "SourceChangedError",
    "StateUnreachableError",
    "TaskFailedError",
    "TaskTimeoutError",
    "TokenExpiredError",
    "TransportError",
    "UnexpectedStatus",
    "VrliveError",
    "WaitCancelledError",
    "WaitTimeoutError",
]
