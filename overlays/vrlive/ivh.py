"""Ivh, the facade over ``ivh_client``: signed calls, fresh ReqIds, waiting for a session.

Usage::

    from vrlive.ivh import Ivh

    with Ivh() as ivh:  # IVH_APPKEY, IVH_ACCESSTOKEN, IVH_REGION (cn | intl) / IVH_BASE_URL
        session = ivh.create_session(virtualman_project_id="...", user_id="viewer-1")
        ready = ivh.wait_until_ready(session.session_id)
        ivh.start_session(session.session_id)
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
import time
import uuid
from collections.abc import Callable, Generator
from typing import Any

import httpx

from ivh_client import AuthenticatedClient
from ivh_client.api.session import close_session, create_session, get_trtc_sign, start_session, stat_session
from ivh_client.models import (
    CreatedSession,
    CreateSessionPayload,
    CreateSessionPayloadExtraInfo,
    CreateSessionRequest,
    IvhDriverType,
    IvhProtocol,
    IvhProtocolOption,
    IvhRequestHeader,
    IvhSessionStatus,
    SessionAck,
    SessionRef,
    SessionRequest,
    SessionStat,
    TrtcSign,
    TrtcSignPayload,
    TrtcSignRequest,
)
from ivh_client.types import UNSET, Unset
from vrlive.config import base_url as resolve_base_url
from vrlive.config import settings
from vrlive.errors import StateUnreachableError
from vrlive.http import Connection, Facade
from vrlive.logs import register_secret
from vrlive.retries import RetryPolicy
from vrlive.waiters import wait, wait_async

REGIONS = {"cn": "https://gw.tvs.qq.com", "intl": "https://gw-sg.tvs.qq.com"}
_SIGNED = ("appkey", "timestamp", "signature")


def new_req_id() -> str:
    """A fresh ``ReqId``: 32 hexadecimal characters (a UUID without dashes)."""
    return uuid.uuid4().hex


def ivh_signature(parameters: dict[str, str], accesstoken: str) -> str:
    """base64(HMAC-SHA256(accesstoken, the parameters but ``signature``, sorted, as ``k=v&k=v``))."""
    text = "&".join(f"{key}={value}" for key, value in sorted(parameters.items()) if key != "signature")
    return base64.b64encode(hmac.new(accesstoken.encode(), text.encode(), hashlib.sha256).digest()).decode()


class IvhSignature(httpx.Auth):
    """Adds ``appkey``, ``timestamp`` and the (URL-encoded) ``signature`` to every request's query.

    The body is not signed. ``clock`` gives Unix seconds (injected for tests).
    """

    def __init__(self, appkey: str, accesstoken: str, *, clock: Callable[[], float] = time.time) -> None:
        self._appkey = appkey
        self._accesstoken = accesstoken
        self._clock = clock
        register_secret(accesstoken)

    def __repr__(self) -> str:
        return f"IvhSignature(appkey={self._appkey!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        parameters = {key: value for key, value in request.url.params.items() if key not in _SIGNED}
        parameters |= {"appkey": self._appkey, "timestamp": str(int(self._clock()))}
        signature = ivh_signature(parameters, self._accesstoken)
        register_secret(signature)
        request.url = request.url.copy_with(params={**parameters, "signature": signature})
        yield request


class Ivh(Facade):
    """Tencent's IVH interactive sessions with every call signed.

    Args:
        appkey: Else ``IVH_APPKEY``.
        accesstoken: Else ``IVH_ACCESSTOKEN``.
        region: ``"cn"`` or ``"intl"``; else ``IVH_REGION``, else ``"cn"``.
        base_url: Overrides the region's host; else ``IVH_BASE_URL``.
        max_retries, timeout, deadline, retry_policy, transport, async_transport: As for every
            vrlive facade (see :class:`~vrlive.realsee.Realsee`).

    Attributes:
        client: The generated ``ivh_client.AuthenticatedClient`` (sync and async), signing every call.
    """

    def __init__(
        self,
        appkey: str | None = None,
        accesstoken: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        *,
        max_retries: int = 2,
        timeout: float = 30.0,
        deadline: float | None = 60.0,
        retry_policy: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        found = settings("Ivh", appkey=(appkey, "IVH_APPKEY"), accesstoken=(accesstoken, "IVH_ACCESSTOKEN"))
        self.appkey = found["appkey"]
        self.connection = Connection(
            base_url=resolve_base_url(
                base_url,
                variable="IVH_BASE_URL",
                region=region,
                region_variable="IVH_REGION",
                hosts=REGIONS,
                default_region="cn",
            ),
            policy=retry_policy or RetryPolicy(max_retries=max_retries, deadline=deadline),
            timeout=timeout,
            transport=transport,
            async_transport=async_transport,
        )
        self.auth = IvhSignature(self.appkey, found["accesstoken"], clock=clock)
        self.client = self.connection.attach(
            AuthenticatedClient(base_url=self.connection.base_url, auth=self.auth), auth=self.auth
        )

    def __repr__(self) -> str:
        return f"Ivh(appkey={self.appkey!r}, base_url={self.connection.base_url!r})"

    # Requests: the Header/Payload envelope, with a fresh ReqId unless the caller gives one.

    @staticmethod
    def _create(
        virtualman_project_id: str,
        user_id: str,
        protocol: IvhProtocol | str,
        driver_type: IvhDriverType | int,
        *,
        stream_max_interval: int | None,
        extra_info: dict[str, Any] | None,
        protocol_option: IvhProtocolOption | None,
        req_id: str | None,
    ) -> CreateSessionRequest:
        return CreateSessionRequest(
            header=IvhRequestHeader(),
            payload=CreateSessionPayload(
                req_id=req_id or new_req_id(),
                virtualman_project_id=virtualman_project_id,
                user_id=user_id,
                protocol=IvhProtocol(protocol),
                driver_type=IvhDriverType(driver_type),
                stream_max_interval=stream_max_interval if stream_max_interval is not None else UNSET,
                extra_info=_extra_info(extra_info),
                protocol_option=protocol_option if protocol_option is not None else UNSET,
            ),
        )

    @staticmethod
    def _session(session_id: str, req_id: str | None) -> SessionRequest:
        return SessionRequest(
            header=IvhRequestHeader(),
            payload=SessionRef(req_id=req_id or new_req_id(), session_id=session_id),
        )

    @staticmethod
    def _trtc(
        session_id: str, room_id: str, user_id: str, str_room_id: str | None, req_id: str | None
    ) -> TrtcSignRequest:
        return TrtcSignRequest(
            header=IvhRequestHeader(),
            payload=TrtcSignPayload(
                req_id=req_id or new_req_id(),
                session_id=session_id,
                room_id=room_id,
                user_id=user_id,
                str_room_id=str_room_id if str_room_id is not None else UNSET,
            ),
        )

    def create_session(
        self,
        *,
        virtualman_project_id: str,
        user_id: str,
        protocol: IvhProtocol | str = IvhProtocol.TRTC,
        driver_type: IvhDriverType | int = IvhDriverType.TEXT,
        stream_max_interval: int | None = None,
        extra_info: dict[str, Any] | None = None,
        protocol_option: IvhProtocolOption | None = None,
        req_id: str | None = None,
    ) -> CreatedSession:
        """Create a stream session; it is preparing (status 3) until :meth:`wait_until_ready` says ready."""
        body = self._create(
            virtualman_project_id,
            user_id,
            protocol,
            driver_type,
            stream_max_interval=stream_max_interval,
            extra_info=extra_info,
            protocol_option=protocol_option,
            req_id=req_id,
        )
        return create_session.sync(client=self.client, body=body)

    async def create_session_async(
        self,
        *,
        virtualman_project_id: str,
        user_id: str,
        protocol: IvhProtocol | str = IvhProtocol.TRTC,
        driver_type: IvhDriverType | int = IvhDriverType.TEXT,
        stream_max_interval: int | None = None,
        extra_info: dict[str, Any] | None = None,
        protocol_option: IvhProtocolOption | None = None,
        req_id: str | None = None,
    ) -> CreatedSession:
        """The async twin of :meth:`create_session`."""
        body = self._create(
            virtualman_project_id,
            user_id,
            protocol,
            driver_type,
            stream_max_interval=stream_max_interval,
            extra_info=extra_info,
            protocol_option=protocol_option,
            req_id=req_id,
        )
        return await create_session.asyncio(client=self.client, body=body)

    def stat_session(self, session_id: str, *, req_id: str | None = None) -> SessionStat:
        return stat_session.sync(client=self.client, body=self._session(session_id, req_id))

    async def stat_session_async(self, session_id: str, *, req_id: str | None = None) -> SessionStat:
        return await stat_session.asyncio(client=self.client, body=self._session(session_id, req_id))

    def start_session(self, session_id: str, *, req_id: str | None = None) -> SessionAck:
        return start_session.sync(client=self.client, body=self._session(session_id, req_id))

    async def start_session_async(self, session_id: str, *, req_id: str | None = None) -> SessionAck:
        return await start_session.asyncio(client=self.client, body=self._session(session_id, req_id))

    def close_session(self, session_id: str, *, req_id: str | None = None) -> SessionAck:
        return close_session.sync(client=self.client, body=self._session(session_id, req_id))

    async def close_session_async(self, session_id: str, *, req_id: str | None = None) -> SessionAck:
        return await close_session.asyncio(client=self.client, body=self._session(session_id, req_id))

    def get_trtc_sign(
        self,
        session_id: str,
        room_id: str,
        user_id: str,
        *,
        str_room_id: str | None = None,
        req_id: str | None = None,
    ) -> TrtcSign:
        """The UserSig and PrivateMapKey another user needs to enter the session's TRTC room."""
        body = self._trtc(session_id, room_id, user_id, str_room_id, req_id)
        return get_trtc_sign.sync(client=self.client, body=body)

    async def get_trtc_sign_async(
        self,
        session_id: str,
        room_id: str,
        user_id: str,
        *,
        str_room_id: str | None = None,
        req_id: str | None = None,
    ) -> TrtcSign:
        body = self._trtc(session_id, room_id, user_id, str_room_id, req_id)
        return await get_trtc_sign.asyncio(client=self.client, body=body)

    # Waiting for readiness.

    @staticmethod
    def _ready(session_id: str) -> Callable[[SessionStat], bool]:
        def ready(stat: SessionStat) -> bool:
            if stat.session_status in (IvhSessionStatus.FAILED, IvhSessionStatus.CLOSED):
                state = f"{stat.session_status.name} (error {stat.error_code})"
                message = f"session {session_id} is {state}; it will not be ready"
                raise StateUnreachableError(message, last_state=stat)
            return stat.session_status is IvhSessionStatus.READY

        return ready

    def wait_until_ready(
        self,
        session_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 120.0,
        on_poll: Callable[[SessionStat], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SessionStat:
        """Poll a session until it is ready (status 1).

        Raises:
            StateUnreachableError: It failed or closed first.
            WaitTimeoutError, WaitCancelledError: As :func:`vrlive.waiters.wait`.
        """
        return wait(
            lambda: self.stat_session(session_id),
            self._ready(session_id),
            interval=interval,
            timeout=timeout,
            on_poll=on_poll,
            cancel=cancel,
            what=f"session {session_id} to be ready",
        )

    async def wait_until_ready_async(
        self,
        session_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 120.0,
        on_poll: Callable[[SessionStat], None] | None = None,
    ) -> SessionStat:
        """The async twin of :meth:`wait_until_ready`."""
        return await wait_async(
            lambda: self.stat_session_async(session_id),
            self._ready(session_id),
            interval=interval,
            timeout=timeout,
            on_poll=on_poll,
            what=f"session {session_id} to be ready",
        )

    # Lifetime.

    def _clients(self) -> list[AuthenticatedClient]:
        return [self.client]


def _extra_info(extra_info: dict[str, Any] | None) -> CreateSessionPayloadExtraInfo | Unset:
    if extra_info is None:
        return UNSET
    return CreateSessionPayloadExtraInfo.from_dict(extra_info)
