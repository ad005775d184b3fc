"""What the generated resource classes share: what they are bound to, and building a request body
from keyword arguments.

Resources are bound to a source of clients (a facade such as ``vrlive.Realsee``, or one client:
``ClientResources``), which hands each call the generated client of its operation's security
scheme through a public interface (each package's ``resources.base.ClientSource``). The sync
resources' source is a `SyncSource` and the async resources' an `AsyncSource`: each knows which
of a generated client's httpx clients its calls use, closes them, and is a context manager.

A resource method (``realsee.viewing.create_viewing_room(app_id=..., ...)``) takes the body's
fields as keyword arguments, or the body prebuilt (``body=``), never both. Giving both raises
[`RequestValidationError`][vrlive_core.errors.RequestValidationError] at once; what the fields
themselves hold is checked by the operation before anything is sent (`vrlive_core.inputs`).
"""

from __future__ import annotations

import typing
import uuid
from collections.abc import Mapping, Sequence
from enum import Enum
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

import attrs
import httpx

from vrlive_core.errors import RequestValidationError
from vrlive_core.inputs import as_member
from vrlive_core.types import UNSET, Unset

M = TypeVar("M")


class GeneratedClient(Protocol):
    """What the generated ``Client`` and ``AuthenticatedClient`` classes offer for their httpx clients."""

    def set_httpx_client(self, client: httpx.Client) -> Self: ...
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self: ...
    def get_httpx_client(self) -> httpx.Client: ...
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


C = TypeVar("C", bound=GeneratedClient)


class Attacher(Protocol):
    """What gives a generated client its httpx clients (the overlay's ``vrlive.http.Connection``)."""

    def attach(self, client: C, auth: httpx.Auth | None) -> C:
        """``client`` with a sync httpx client authenticating with ``auth``."""
        ...

    def attach_async(self, client: C, auth: httpx.Auth | None) -> C:
        """``client`` with an async httpx client authenticating with ``auth``."""
        ...


class SyncSource:
    """The sync half of a source of clients: calls go through the generated clients' sync httpx
    clients; `close()` (or leaving a ``with`` block) closes them."""

    if TYPE_CHECKING:  # the subclass's (a facade's, ClientResources')

        def generated_clients(self) -> Sequence[GeneratedClient]: ...

    def attached(self, attacher: Attacher, client: C, auth: httpx.Auth | None) -> C:
        """``client``, given the httpx client its calls go through (the sync one)."""
        return attacher.attach(client, auth)

    def close(self) -> None:
        """Close the connections (or leave the ``with`` block)."""
        for client in self.generated_clients():
            client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class AsyncSource:
    """The async half of a source of clients: calls go through the generated clients' async httpx
    clients; `aclose()` (or leaving an ``async with`` block) closes them."""

    if TYPE_CHECKING:  # the subclass's (a facade's, ClientResources')

        def generated_clients(self) -> Sequence[GeneratedClient]: ...

    def attached(self, attacher: Attacher, client: C, auth: httpx.Auth | None) -> C:
        """``client``, given the httpx client its calls go through (the async one)."""
        return attacher.attach_async(client, auth)

    async def aclose(self) -> None:
        """Close the connections (or leave the ``async with`` block)."""
        for client in self.generated_clients():
            await client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()


A = TypeVar("A", bound=GeneratedClient)
P = TypeVar("P", bound=GeneratedClient)


class SingleClient(Generic[A, P]):
    """A source of one generated client for every call (what a package's ``ClientResources`` are
    bound to). Operations that take credentials need it to be an ``authenticated`` one (a token, or
    an ``auth`` flow)."""

    def __init__(self, client: A | P, authenticated: type[A]) -> None:
        self.client = client
        self._authenticated = authenticated

    def client_for(self, scheme: str) -> A:
        """The client, for an operation secured by ``scheme``: TypeError unless it is authenticated."""
        if not isinstance(self.client, self._authenticated):
            raise TypeError(
                f"operations secured by {scheme!r} need an {self._authenticated.__name__}, "
                f"not a {type(self.client).__name__}"
            )
        return self.client

    def public_client(self) -> A | P:
        """The client, for an operation that takes no credentials."""
        return self.client

    def generated_clients(self) -> list[A | P]:
        """The one client (closed with the resources)."""
        return [self.client]


def fresh_id(kind: str) -> str:
    """A new id of the spec's ``x-fresh-id`` kind: ``hex32`` is a UUID4 without dashes (IVH's ReqId)."""
    if kind == "hex32":
        return uuid.uuid4().hex
    raise ValueError(f"unknown x-fresh-id kind {kind!r}")


def given(fields: Mapping[str, object]) -> list[str]:
    """The names of the fields that were passed (not UNSET)."""
    return [name for name, value in fields.items() if not isinstance(value, Unset)]


def body_or_fields(model: type[Any], body: object, fields: Mapping[str, object]) -> None:
    """Refuse a call that gives both a prebuilt ``body`` and some of its fields."""
    passed = given(fields)
    if not isinstance(body, Unset) and passed:
        raise RequestValidationError(
            model.__name__, passed, "give either body= (a prebuilt request) or its fields, not both"
        )


_ENUM_FIELDS: dict[type[Any], dict[str, type[Enum]]] = {}


def _enums(model: type[Any]) -> dict[str, type[Enum]]:
    """The fields of ``model`` that hold an enum, with the enum (its annotations name them)."""
    found = _ENUM_FIELDS.get(model)
    if found is None:
        found = {}
        for name, annotation in typing.get_type_hints(model).items():
            for option in typing.get_args(annotation) or (annotation,):
                if isinstance(option, type) and issubclass(option, Enum):
                    found[name] = option
        _ENUM_FIELDS[model] = found
    return found


def build(model: type[M], fields: Mapping[str, object]) -> M:
    """``model`` (an attrs class) from the fields passed, to be checked before it is sent.

    An enum field also takes its value (``"trtc"`` for ``IvhProtocol.TRTC``). What cannot be
    sent is left as it is, a missing required field as ``UNSET``: the operation's check
    (`vrlive_core.inputs`) then names every problem of the call in one RequestValidationError.
    """
    values = {name: value for name, value in fields.items() if not isinstance(value, Unset)}
    cls: type[Any] = model
    for field in attrs.fields(cls):
        name = field.alias or field.name
        if field.init and field.default is attrs.NOTHING and name not in values:
            values[name] = UNSET
    for name, enum in _enums(cls).items():
        if name in values:
            values[name] = as_member(enum, values[name])
    return model(**values)


__all__ = [
    "AsyncSource",
    "Attacher",
    "GeneratedClient",
    "SingleClient",
    "SyncSource",
    "body_or_fields",
    "build",
    "fresh_id",
    "given",
]
