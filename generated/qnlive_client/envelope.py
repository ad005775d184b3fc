"""The qnlive response envelope, as the spec declares it once in `x-envelope`.

Responses are read envelope-first: the result code decides success, and a failure raises the
typed error its code (or HTTP status) maps to, without parsing the data.
"""

from vrlive_core.envelope import Envelope, ErrorRule
from vrlive_core.errors import (
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    TokenExpiredError,
)

ENVELOPE = Envelope(
    vendor="qnlive",
    code="/code",
    success=(0,),
    message="/message",
    data="/data",
    request_id="/request_id",
    errors=(
        ErrorRule(InvalidRequestError, code=400),
        ErrorRule(AuthenticationError, code=401),
        ErrorRule(PermissionDeniedError, code=403),
        ErrorRule(NotFoundError, code=404),
        ErrorRule(TokenExpiredError, code=499),
        ErrorRule(ServerError, code=500),
        ErrorRule(ConflictError, code=10001),
    ),
)

__all__ = ["ENVELOPE"]
