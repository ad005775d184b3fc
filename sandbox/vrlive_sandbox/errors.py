"""What the sandbox raises inside itself: a request it cannot read, a fault that drops the
connection, an upload that is no panorama package. Each becomes an answer (or, for `Drop`, no
answer) before it leaves the sandbox; none reaches a client as an exception."""

from __future__ import annotations


class BadRequestBody(ValueError):
    """The body is not what its content type says (not JSON, not form data)."""


class BodyTooLarge(ValueError):
    """A request body is longer than the server takes."""


class Drop(Exception):
    """Close the connection without answering (an injected dropped connection)."""


class PackageError(ValueError):
    """The uploaded ZIP is not a valid panorama package."""


__all__ = ["BadRequestBody", "BodyTooLarge", "Drop", "PackageError"]
