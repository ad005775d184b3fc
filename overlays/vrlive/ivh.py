"""Ivh and AsyncIvh, the facades over ``ivh_client``: signed calls, every operation a method of
``ivh.session`` (its Header/Payload and ReqId filled in by the generated resource), waiting for a
session to be ready.

Usage::

    from vrlive import Ivh

    with Ivh() as ivh:  # IVH_APPKEY, IVH_ACCESSTOKEN, IVH_REGION (cn | intl) / IVH_BASE_URL
        session = ivh.session.create_session(
            virtualman_project_id="...", user_id="viewer-1", protocol="trtc", driver_type=1
        )
        ready = ivh.wait_until_ready(session.session_id)
        ivh.session.start_session(session_id=session.session_id)
        with ivh.drive(session.session_id) as guide:  # the command channel (vrlive.ivh_channel)
            guide.say("Welcome to the flat.").wait()
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Final, Unpack

import httpx

from ivh_client import AuthenticatedClient
from ivh_client.resources import AsyncResources, Resources
from ivh_client.servers import REGIONS
from ivh_client.waiters import AsyncWaiters, Waiters
from vrlive import clock as timing
from vrlive.facade import ConnectionOptions, Facade, Setting, Vendor
from vrlive.ivh_channel import AsyncGuide, Guide, TextPacer, channel_base_url, signer
from vrlive.logs import register_secret

_SIGNED = ("appkey", "timestamp", "signature")
COMMAND_PATH = "/v2/ivh/interactdriver/interactdriverservice/command"


def ivh_signature(parameters: dict[str, str], accesstoken: str) -> str:
    """base64(HMAC-SHA256(accesstoken, the parameters but ``signature``, sorted, as ``k=v&k=v``))."""
    text = "&".join(f"{key}={value}" for key, value in sorted(parameters.items()) if key != "signature")
    return base64.b64encode(hmac.new(accesstoken.encode(), text.encode(), hashlib.sha256).digest()).decode()


class IvhSignature(httpx.Auth):
    """Adds ``appkey``, ``timestamp`` and the (URL-encoded) ``signature`` to every request's query.

    The body is not signed. ``clock`` gives Unix seconds (injected for tests). With a ``pacer``, a
    SEND_TEXT sent with send_command waits for its session's next slot first (texts more than a
    second apart), as the command channel's do.
    """

    requires_request_body = True

    def __init__(
        self,
        appkey: str,
        accesstoken: str,
        *,
        clock: Callable[[], float] = timing.now,
        pacer: TextPacer | None = None,
    ) -> None:
        self._appkey = appkey
        self._accesstoken = accesstoken
        self._clock = clock
        self._pacer = pacer
        register_secret(accesstoken)

    def __repr__(self) -> str:
        return f"IvhSignature(appkey={self._appkey!r})"

    def _sign(self, request: httpx.Request) -> None:
        parameters = {key: value for key, value in request.url.params.items() if key not in _SIGNED}
        parameters |= {"appkey": self._appkey, "timestamp": str(int(self._clock()))}
        signature = ivh_signature(parameters, self._accesstoken)
        register_secret(signature)
        request.url = request.url.copy_with(params={**parameters, "signature": signature})

    def _paced_session(self, request: httpx.Request) -> str | None:
        """The session a SEND_TEXT of send_command goes to (None for every other request)."""
        if self._pacer is None or not request.url.path.endswith(COMMAND_PATH):
            return None
        try:
            payload = json.loads(request.content)["Payload"]
        except (ValueError, KeyError, TypeError):
            return None
        return str(payload.get("SessionId")) if payload.get("Command") == "SEND_TEXT" else None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._sign(request)
        yield request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        session_id = self._paced_session(request)
        if session_id is not None and self._pacer is not None:
            self._pacer.wait(session_id)
        yield from self.auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        session_id = self._paced_session(request)
        if session_id is not None and self._pacer is not None:
            await self._pacer.wait_async(session_id)
        self._sign(request)
        yield request

    def query(self) -> Callable[[dict[str, str]], dict[str, str]]:
        """Signs a WebSocket handshake's query (the command channel's)."""
        return signer(self._appkey, self._accesstoken, ivh_signature)


IVH: Final = Vendor(
    name="Ivh",
    settings=(Setting("appkey", "IVH_APPKEY"), Setting("accesstoken", "IVH_ACCESSTOKEN")),
    regions=REGIONS,
    base_url_variable="IVH_BASE_URL",
    region_variable="IVH_REGION",
)
"""IVH's declaration: the appkey and access token, its regions (``cn``, the default, and ``intl``:
the spec's servers)."""
SCHEME: Final = "AppKey"
"""The spec's security scheme: every call signed (`IvhSignature`)."""


class _Ivh(Facade[AuthenticatedClient, AuthenticatedClient]):
    """What both facades are: IVH's declaration, the signing client and the text pacer."""

    vendor = IVH

    def __init__(
        self,
        appkey: str | None = None,
        accesstoken: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        *,
        clock: Callable[[], float] = timing.now,
        **options: Unpack[ConnectionOptions],
    ) -> None:
        """Settings not given as arguments are read from the environment variables named here.

        Args:
            appkey: Else ``IVH_APPKEY``.
            accesstoken: Else ``IVH_ACCESSTOKEN``.
            region: ``"cn"`` or ``"intl"`` (the spec's servers); else ``IVH_REGION``, else ``"cn"``.
            base_url: Overrides the region's host; else ``IVH_BASE_URL``.
            clock: Unix seconds for the signatures' timestamps (tests).
            **options: How calls are made, as for every facade (`vrlive.facade.ConnectionOptions`):
                ``max_retries``, ``timeout``, ``deadline``, ``retry_policy``, ``transport``,
                ``async_transport``, ``proxy``, ``max_response_bytes``, ``max_json_depth``.

        Attributes:
            client (AuthenticatedClient): The generated ``ivh_client.AuthenticatedClient``, signing every
                call.
        """
        found = self.vendor.read(appkey=appkey, accesstoken=accesstoken)
        super().__init__(base_url=base_url, region=region, **options)
        self.appkey = found["appkey"]
        self.pacer = TextPacer()
        """Keeps texts to a session more than a second apart, on send_command and the channel."""
        self._auth = IvhSignature(self.appkey, found["accesstoken"], clock=clock, pacer=self.pacer)
        client = AuthenticatedClient(base_url=self.connection.base_url, auth=self._auth)
        self.client = self.public(self.scheme(SCHEME, self.made(client, self._auth)))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(appkey={self.appkey!r}, base_url={self.connection.base_url!r})"

    def _guide(self, session_id: str, channel_url: str | None) -> AsyncGuide:
        return AsyncGuide(
            session_id,
            url=channel_base_url(self.connection.base_url, channel_url),
            sign=self._auth.query(),
            pacer=self.pacer,
            policy=self.connection.policy,
        )


class Ivh(_Ivh, Resources, Waiters):
    """Tencent's IVH interactive sessions with every call signed: ``ivh.session`` and
    ``ivh.interaction`` hold every operation of the spec; `drive()` the command channel."""

    def drive(self, session_id: str, *, channel_url: str | None = None) -> Guide:
        """The command channel of a started session (``with ivh.drive(session_id) as guide``):
        `say`, `stream`, `interrupt`, `events` (`vrlive.ivh_channel`).

        Args:
            session_id: The session, started (start_session).
            channel_url: Where the channel is; else ``IVH_CHANNEL_URL``, else the API's host over
                ``wss://``.
        """
        return Guide(lambda: self._guide(session_id, channel_url))


class AsyncIvh(_Ivh, AsyncResources, AsyncWaiters):
    """The async [`Ivh`][vrlive.ivh.Ivh]: the same resources and methods, awaited (``async with``)."""

    def drive(self, session_id: str, *, channel_url: str | None = None) -> AsyncGuide:
        """As [`Ivh.drive()`][vrlive.ivh.Ivh.drive] (``async with ivh.drive(session_id) as guide``)."""
        return self._guide(session_id, channel_url)


__all__ = ["AsyncIvh", "Ivh", "IvhSignature", "ivh_signature"]
