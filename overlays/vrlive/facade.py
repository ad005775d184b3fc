"""What every facade is made of: its vendor's declaration, read by one base client.

A facade (`vrlive.Realsee`, `vrlive.QnLive`, `vrlive.Ivh` and their async twins) declares its
vendor as a `Vendor`: its name, the settings it needs and their environment variables, its servers
by region (the generated package's ``REGIONS``, from the spec's ``servers`` and their
``x-region``) and the variables that pick one. `Facade` reads the declaration: the settings from
arguments or the environment, the base URL, and one connection made from the keyword arguments
every facade takes alike (`ConnectionOptions`). It holds the generated clients its resources send
their calls through, one per security scheme of the spec, and hands them out through the
interface the generated resources call: `Facade.client_for()` and `Facade.public_client()`.

What a facade adds is what is its own: how its calls are authenticated (Realsee's access token,
Qiniu's minted or provided user token and its signed server calls, IVH's signature) and its flows
(the panorama flow, the IVH command channel). Sync or async is its other half, the generated
``Resources`` or ``AsyncResources`` (`vrlive_core.resource.SyncSource`, ``AsyncSource``): which
httpx client of a generated client its calls use, and closing them (``with`` / ``async with``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, Generic, TypedDict, TypeVar, Unpack

import httpx
from attrs import field, frozen

from vrlive.calls import RetryPolicy, policy_for
from vrlive.config import checked_url, setting, settings
from vrlive.errors import ConfigurationError
from vrlive.http import Connection, response_limits
from vrlive_core.bodies import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH
from vrlive_core.resource import Attacher, GeneratedClient

A = TypeVar("A", bound=GeneratedClient)
"""A vendor's ``AuthenticatedClient``."""
P = TypeVar("P", bound=GeneratedClient)
"""What its operations without credentials go through: a ``Client`` or an ``AuthenticatedClient``."""
G = TypeVar("G", bound=GeneratedClient)


class ConnectionOptions(TypedDict, total=False):
    """How a facade's calls are made: the keyword arguments every facade takes.

    Attributes:
        max_retries: Retries of failed requests (connection errors, errors reading an answer,
            429, 502-504); 2.
        timeout: Seconds for each attempt's whole exchange, its answer read to the last byte; 30.
        deadline: Seconds for a whole call: its attempts and the waits between them (backoff,
            ``Retry-After``); a wait that would pass it is not slept, the error is raised instead
            (a 429 as RateLimitError with the server's ``retry_after``); 60. None: no bound.
        retry_policy: Full control over retrying (overrides ``max_retries``; ``deadline`` still
            applies when the policy sets none).
        transport: The sync httpx transport to send through (tests, proxies).
        async_transport: The async httpx transport to send through.
        proxy: A proxy URL for every call (else the environment's: ``HTTPS_PROXY``,
            ``HTTP_PROXY``, ``ALL_PROXY``, unless ``NO_PROXY`` excludes the host); not used with
            your own transports.
        max_response_bytes: The largest answer read, counted after decompression (8 MiB); past
            it the call raises ResponseValidationError naming the limit.
        max_json_depth: The deepest nesting of arrays and objects read in an answer (128).
    """

    max_retries: int
    timeout: float
    deadline: float | None
    retry_policy: RetryPolicy | None
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    proxy: str | None
    max_response_bytes: int
    max_json_depth: int


def connection(base_url: str, options: ConnectionOptions) -> Connection:
    """The connection ``options`` describe (their defaults where they are not given)."""
    return Connection(
        base_url=base_url,
        policy=policy_for(
            options.get("max_retries", 2), options.get("deadline", 60.0), options.get("retry_policy")
        ),
        timeout=options.get("timeout", 30.0),
        transport=options.get("transport"),
        async_transport=options.get("async_transport"),
        proxy=options.get("proxy"),
        response_limits=response_limits(
            options.get("max_response_bytes", DEFAULT_MAX_BYTES),
            options.get("max_json_depth", DEFAULT_MAX_DEPTH),
        ),
    )


@frozen
class Setting:
    """A setting a facade needs: its argument, else its environment variable."""

    name: str
    variable: str


@frozen
class Vendor:
    """A facade's declaration.

    Attributes:
        name: The API's name, as messages say it (``"Realsee"``).
        settings: What the facade cannot work without (credentials), each with its variable.
        regions: The servers by region (the generated package's ``servers.REGIONS``); the first
            is the default.
        base_url_variable: The variable giving a base URL other than the regions'.
        region_variable: The variable naming a region; None for an API with one server.
    """

    name: str
    settings: tuple[Setting, ...]
    regions: Mapping[str, str]
    base_url_variable: str
    region_variable: str | None = None
    _variables: Mapping[str, str] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.regions:
            raise ValueError(f"{self.name}: a vendor needs a server (an x-region of its spec)")
        object.__setattr__(self, "_variables", {each.name: each.variable for each in self.settings})

    @property
    def default_region(self) -> str:
        return next(iter(self.regions))

    def read(self, purpose: str | None = None, **given: str | None) -> dict[str, str]:
        """Each setting from its argument in ``given``, else its variable; one
        [`ConfigurationError`][vrlive.errors.ConfigurationError] names every one missing, and what
        needs them (``purpose``, else the API)."""
        wanted = {name: (value, self._variables[name]) for name, value in given.items()}
        return settings(purpose or self.name, **wanted)

    def value(self, name: str, given: str | None) -> str | None:
        """A setting that may be missing: its argument, else its variable, else None."""
        return setting(given, self._variables[name])

    def base_url(self, explicit: str | None, region: str | None = None) -> str:
        """The API's base URL: given, else from its variable, else its region's server (the
        argument, else the region variable, else the default region)."""
        url = setting(explicit, self.base_url_variable)
        if url:
            return checked_url(url, f"base_url (argument or {self.base_url_variable})")
        if self.region_variable is None:
            return self.regions[self.default_region]
        chosen = setting(region, self.region_variable) or self.default_region
        if chosen not in self.regions:
            raise ConfigurationError(
                f"region {chosen!r} (argument or {self.region_variable}) is not one of {sorted(self.regions)}"
            )
        return self.regions[chosen]


class Facade(Generic[A, P]):
    """The base of every facade: its vendor's declaration read, one connection, and the generated
    clients its resources send through.

    A subclass declares its `vendor`, says which client each security scheme uses
    (`scheme()`, `public()`) and is, beside this, the generated ``Resources`` or
    ``AsyncResources`` (the sync or async half).

    Attributes:
        connection (Connection): How its calls reach the API: base URL, policy, timeouts,
            transports (`vrlive.http.Connection`).
    """

    vendor: ClassVar[Vendor]

    def __init__(
        self, *, base_url: str | None = None, region: str | None = None, **options: Unpack[ConnectionOptions]
    ) -> None:
        self.connection = connection(self.vendor.base_url(base_url, region), options)
        self._schemes: dict[str, A] = {}
        self._public: P | None = None
        self._made: list[GeneratedClient] = []

    if TYPE_CHECKING:  # the sync or async half's (vrlive_core.resource.SyncSource, AsyncSource)

        def attached(self, attacher: Attacher, client: G, auth: httpx.Auth | None) -> G: ...

    def made(self, client: G, auth: httpx.Auth | None) -> G:
        """``client`` (a generated one) with this facade's connection and ``auth``, closed with it."""
        self._made.append(self.attached(self.connection, client, auth))
        return client

    def scheme(self, name: str, client: A) -> A:
        """``client`` for the operations secured by the spec's security scheme ``name``."""
        self._schemes[name] = client
        return client

    def public(self, client: P) -> P:
        """``client`` for the operations that take no credentials."""
        self._public = client
        return client

    def client_for(self, scheme: str) -> A:
        """The generated client that signs or authenticates calls with the spec's security
        ``scheme``: what the generated resources call for every secured operation."""
        try:
            return self._schemes[scheme]
        except KeyError:
            raise ConfigurationError(
                f"{self.vendor.name} has no client for the security scheme {scheme!r}"
            ) from None

    def public_client(self) -> P:
        """The generated client for operations that take no credentials: what the generated
        resources call for them."""
        if self._public is None:
            raise ConfigurationError(f"{self.vendor.name} has no client for operations without credentials")
        return self._public

    def generated_clients(self) -> Sequence[GeneratedClient]:
        """The generated clients this facade made (and closes)."""
        return list(self._made)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.connection.base_url!r})"


__all__ = ["ConnectionOptions", "Facade", "Setting", "Vendor", "connection"]
