"""Types shared by the generated clients: the UNSET marker, file uploads, the raw Response and the
servers a spec names."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, TypeVar, cast

from attrs import define, field, frozen

if TYPE_CHECKING:
    from vrlive_core.errors import APIError


class Unset:
    """The type of UNSET: a field or argument that was not given (as opposed to ``None``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, as that library declares them.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response of an operation, for raw access (what ``*_detailed`` functions return).

    Attributes:
        status_code: The HTTP status (an int: vendors use codes such as 499 that ``HTTPStatus`` lacks).
        content: The raw body.
        headers: The response headers.
        parsed: The operation's typed data when the call succeeded, else ``None``.
        error: The typed error the response carries when it reports a failure, else ``None``.
    """

    status_code: int
    content: bytes = field(repr=False)
    headers: MutableMapping[str, str] = field(repr=False)
    parsed: T | None
    error: APIError | None = None

    def unwrap(self) -> T:
        """The typed data, or raise the error the response carries."""
        if self.error is not None:
            raise self.error
        return cast(T, self.parsed)  # set whenever error is None (None only where T admits it)


@frozen
class Server:
    """A server of a spec (its ``servers``), as each generated package lists them in ``SERVERS``.

    Attributes:
        url: Its URL, as the spec writes it (a template when it has ``variables``).
        description: What the spec says of it.
        region: The name its ``x-region`` gives it (``"cn"``, ``"global"``), by which a facade's
            ``region`` argument picks it; None when it has none.
    """

    url: str
    description: str = ""
    region: str | None = None


__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Response", "Server", "Unset"]
