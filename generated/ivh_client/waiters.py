"""The Tencent Cloud AI Digital Human (IVH) interactive sessions waiters: each polls an operation until a field of its data
reaches a state, as the spec declares them (``x-waiters``).

[`Waiters`][ivh_client.waiters.Waiters] and
[`AsyncWaiters`][ivh_client.waiters.AsyncWaiters] hold them as methods, for a class that
also has the spec's resources as attributes (a facade such as the vrlive overlay's mixes one in);
each runs on [`vrlive_core.waiters`][vrlive_core.waiters]. Such a class may raise its own errors
for a waiter's outcomes (``waiter_hooks``, a [`WaiterHooks`][ivh_client.waiters.WaiterHooks]).
"""

from __future__ import annotations

import asyncio
import math
import threading
from collections.abc import Callable, Collection
from typing import ClassVar, Protocol, TypedDict

from vrlive_core.waiters import Hooks, Schedule, Waiter

from .models.ivh_session_status import IvhSessionStatus
from .models.session_stat import SessionStat
from .resources.session import AsyncSession, Session

WAIT_UNTIL_READY: Waiter[SessionStat] = Waiter(
    name="wait_until_ready",
    field=("session_status",),
    field_name="SessionStatus",
    success=frozenset({IvhSessionStatus.READY}),
    failure=frozenset({IvhSessionStatus.CLOSED, IvhSessionStatus.FAILED}),
    waiting_for="session {session_id} to be ready",
    schedule=Schedule(interval=5.0, timeout=120.0, backoff=1.0, max_interval=math.inf),
    reason=("error_code",),
    reason_name="ErrorCode",
)
"""``wait_until_ready()`` as the spec declares it: what it polls, what ends it, its default schedule."""


class WaiterHooks(TypedDict, total=False):
    """A client's own errors for each waiter's outcomes, by waiter (see `vrlive_core.waiters.Hooks`)."""

    wait_until_ready: Hooks[SessionStat]


class _Polled(Protocol):
    """What the waiters poll through: the spec's resources, and the client's hooks."""

    @property
    def waiter_hooks(self) -> WaiterHooks: ...

    @property
    def session(self) -> Session: ...


class Waiters:
    """The spec's waiters: mixed into a class that has the resources they poll."""

    waiter_hooks: ClassVar[WaiterHooks] = {}
    """The client's own errors for the waiters' outcomes, by waiter."""

    def wait_until_ready(
        self: _Polled,
        session_id: str,
        until: Collection[IvhSessionStatus] = frozenset({IvhSessionStatus.READY}),
        *,
        interval: float = 5.0,
        backoff: float = 1.0,
        max_interval: float = math.inf,
        timeout: float = 120.0,
        on_poll: Callable[[SessionStat], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SessionStat:
        """Wait for a session to be ready and return its status.

        A created session prepares (3), then is ready (1); a session that failed (4) or was closed
        (2) will not be. Tencent advises polling about every five seconds, up to about two minutes.

        Polls ``session.stat_session`` until its ``/SessionStatus`` is one of ``until``: after ``interval``
        seconds, then ``backoff`` times longer each time up to ``max_interval``, for ``timeout`` seconds. A
        value that is not a failure keeps it waiting, values the spec does not list yet included; so does a
        poll that fails for a transient reason (no connection, a server error, rate limiting).

        Args:
            session_id (str): The session's id.
            until (Collection[IvhSessionStatus]): The values to wait for; by default the spec's:
                IvhSessionStatus.READY.
            interval (float): Seconds between the first two polls (the first is at once).
            backoff (float): How much longer each pause is than the one before.
            max_interval (float): The longest pause.
            timeout (float): Seconds before giving up.
            on_poll (Callable[[SessionStat], None] | None): Called with every state polled.
            cancel (threading.Event | None): Setting it ends the wait at once.

        Returns:
            SessionStat: The state that ended the wait.

        Raises:
            errors.StateUnreachableError: The field became a failure value (IvhSessionStatus.CLOSED,
                IvhSessionStatus.FAILED): what is waited for can no longer happen; ``last_state`` is that state.
            errors.WaitTimeoutError: Still waiting after ``timeout`` seconds; ``last_state`` is the last state
                polled.
            errors.WaitCancelledError: ``cancel`` was set.
            errors.APIError: A poll failed for a reason that is not transient (such as NotFoundError).
        """

        state = WAIT_UNTIL_READY.run(
            lambda: self.session.stat_session(session_id=session_id),
            {"session_id": session_id},
            until=until,
            interval=interval,
            backoff=backoff,
            max_interval=max_interval,
            timeout=timeout,
            on_poll=on_poll,
            cancel=cancel,
            hooks=self.waiter_hooks.get("wait_until_ready"),
        )
        return state


class _AsyncPolled(Protocol):
    """What the waiters poll through: the spec's resources (async), and the client's hooks."""

    @property
    def waiter_hooks(self) -> WaiterHooks: ...

    @property
    def session(self) -> AsyncSession: ...


class AsyncWaiters:
    """The spec's waiters, async: mixed into a class that has the resources they poll."""

    waiter_hooks: ClassVar[WaiterHooks] = {}
    """The client's own errors for the waiters' outcomes, by waiter."""

    async def wait_until_ready(
        self: _AsyncPolled,
        session_id: str,
        until: Collection[IvhSessionStatus] = frozenset({IvhSessionStatus.READY}),
        *,
        interval: float = 5.0,
        backoff: float = 1.0,
        max_interval: float = math.inf,
        timeout: float = 120.0,
        on_poll: Callable[[SessionStat], None] | None = None,
        cancel: asyncio.Event | None = None,
    ) -> SessionStat:
        """Wait for a session to be ready and return its status.

        A created session prepares (3), then is ready (1); a session that failed (4) or was closed
        (2) will not be. Tencent advises polling about every five seconds, up to about two minutes.

        Polls ``session.stat_session`` until its ``/SessionStatus`` is one of ``until``: after ``interval``
        seconds, then ``backoff`` times longer each time up to ``max_interval``, for ``timeout`` seconds. A
        value that is not a failure keeps it waiting, values the spec does not list yet included; so does a
        poll that fails for a transient reason (no connection, a server error, rate limiting).

        Args:
            session_id (str): The session's id.
            until (Collection[IvhSessionStatus]): The values to wait for; by default the spec's:
                IvhSessionStatus.READY.
            interval (float): Seconds between the first two polls (the first is at once).
            backoff (float): How much longer each pause is than the one before.
            max_interval (float): The longest pause.
            timeout (float): Seconds before giving up.
            on_poll (Callable[[SessionStat], None] | None): Called with every state polled.
            cancel (asyncio.Event | None): Setting it ends the wait at once, as
                cancelling the awaiting task does.

        Returns:
            SessionStat: The state that ended the wait.

        Raises:
            errors.StateUnreachableError: The field became a failure value (IvhSessionStatus.CLOSED,
                IvhSessionStatus.FAILED): what is waited for can no longer happen; ``last_state`` is that state.
            errors.WaitTimeoutError: Still waiting after ``timeout`` seconds; ``last_state`` is the last state
                polled.
            errors.WaitCancelledError: ``cancel`` was set.
            errors.APIError: A poll failed for a reason that is not transient (such as NotFoundError).
        """

        async def poll() -> SessionStat:
            return await self.session.stat_session(session_id=session_id)

        state = await WAIT_UNTIL_READY.run_async(
            poll,
            {"session_id": session_id},
            until=until,
            interval=interval,
            backoff=backoff,
            max_interval=max_interval,
            timeout=timeout,
            on_poll=on_poll,
            cancel=cancel,
            hooks=self.waiter_hooks.get("wait_until_ready"),
        )
        return state


__all__ = [
    "WAIT_UNTIL_READY",
    "AsyncWaiters",
    "WaiterHooks",
    "Waiters",
]
