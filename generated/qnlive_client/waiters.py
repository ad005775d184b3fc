"""The Qiniu low-code live (QNLiveKit) waiters: each polls an operation until a field of its data
reaches a state, as the spec declares them (``x-waiters``).

[`Waiters`][qnlive_client.waiters.Waiters] and
[`AsyncWaiters`][qnlive_client.waiters.AsyncWaiters] hold them as methods, for a class that
also has the spec's resources as attributes (a facade such as the vrlive overlay's mixes one in);
each runs on [`vrlive_core.waiters`][vrlive_core.waiters]. Such a class may raise its own errors
for a waiter's outcomes (``waiter_hooks``, a [`WaiterHooks`][qnlive_client.waiters.WaiterHooks]).
"""

from __future__ import annotations

import asyncio
import math
import threading
from collections.abc import Callable, Collection
from typing import ClassVar, Protocol, TypedDict

from vrlive_core.waiters import Hooks, Schedule, Waiter

from .models.relay_session import RelaySession
from .models.relay_status import RelayStatus
from .resources.relay import AsyncRelay, Relay

WAIT_FOR_RELAY: Waiter[RelaySession] = Waiter(
    name="wait_for_relay",
    field=("status",),
    field_name="status",
    success=frozenset({RelayStatus.RECEIVER_ACCEPTED}),
    failure=frozenset({RelayStatus.RECEIVER_REJECTED, RelayStatus.ENDED}),
    waiting_for="relay {relay_id} to become {until}",
    schedule=Schedule(interval=2.0, timeout=120.0, backoff=1.0, max_interval=math.inf),
)
"""``wait_for_relay()`` as the spec declares it: what it polls, what ends it, its default schedule."""


class WaiterHooks(TypedDict, total=False):
    """A client's own errors for each waiter's outcomes, by waiter (see `vrlive_core.waiters.Hooks`)."""

    wait_for_relay: Hooks[RelaySession]


class _Polled(Protocol):
    """What the waiters poll through: the spec's resources, and the client's hooks."""

    @property
    def waiter_hooks(self) -> WaiterHooks: ...

    @property
    def relay(self) -> Relay: ...


class Waiters:
    """The spec's waiters: mixed into a class that has the resources they poll."""

    waiter_hooks: ClassVar[WaiterHooks] = {}
    """The client's own errors for the waiters' outcomes, by waiter."""

    def wait_for_relay(
        self: _Polled,
        relay_id: str,
        until: Collection[RelayStatus] = frozenset({RelayStatus.RECEIVER_ACCEPTED}),
        *,
        interval: float = 2.0,
        backoff: float = 1.0,
        max_interval: float = math.inf,
        timeout: float = 120.0,
        on_poll: Callable[[RelaySession], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> RelaySession:
        """Wait for a relay's receiver to answer and return the relay session.

        The receiving host accepts (1) or rejects (5) the relay; a rejected or ended (6) relay can
        no longer be accepted. Pass `until` to wait for other statuses (such as 4, both relayed).

        Polls ``relay.get_relay_session`` until its ``/status`` is one of ``until``: after ``interval``
        seconds, then ``backoff`` times longer each time up to ``max_interval``, for ``timeout`` seconds. A
        value that is not a failure keeps it waiting, values the spec does not list yet included; so does a
        poll that fails for a transient reason (no connection, a server error, rate limiting).

        Args:
            relay_id (str): The relay session's id.
            until (Collection[RelayStatus]): The values to wait for; by default the spec's:
                RelayStatus.RECEIVER_ACCEPTED.
            interval (float): Seconds between the first two polls (the first is at once).
            backoff (float): How much longer each pause is than the one before.
            max_interval (float): The longest pause.
            timeout (float): Seconds before giving up.
            on_poll (Callable[[RelaySession], None] | None): Called with every state polled.
            cancel (threading.Event | None): Setting it ends the wait at once.

        Returns:
            RelaySession: The state that ended the wait.

        Raises:
            errors.StateUnreachableError: The field became a failure value (RelayStatus.RECEIVER_REJECTED,
                RelayStatus.ENDED): what is waited for can no longer happen; ``last_state`` is that state.
            errors.WaitTimeoutError: Still waiting after ``timeout`` seconds; ``last_state`` is the last state
                polled.
            errors.WaitCancelledError: ``cancel`` was set.
            errors.APIError: A poll failed for a reason that is not transient (such as NotFoundError).
        """

        state = WAIT_FOR_RELAY.run(
            lambda: self.relay.get_relay_session(relay_id=relay_id),
            {"relay_id": relay_id},
            until=until,
            interval=interval,
            backoff=backoff,
            max_interval=max_interval,
            timeout=timeout,
            on_poll=on_poll,
            cancel=cancel,
            hooks=self.waiter_hooks.get("wait_for_relay"),
        )
        return state


class _AsyncPolled(Protocol):
    """What the waiters poll through: the spec's resources (async), and the client's hooks."""

    @property
    def waiter_hooks(self) -> WaiterHooks: ...

    @property
    def relay(self) -> AsyncRelay: ...


class AsyncWaiters:
    """The spec's waiters, async: mixed into a class that has the resources they poll."""

    waiter_hooks: ClassVar[WaiterHooks] = {}
    """The client's own errors for the waiters' outcomes, by waiter."""

    async def wait_for_relay(
        self: _AsyncPolled,
        relay_id: str,
        until: Collection[RelayStatus] = frozenset({RelayStatus.RECEIVER_ACCEPTED}),
        *,
        interval: float = 2.0,
        backoff: float = 1.0,
        max_interval: float = math.inf,
        timeout: float = 120.0,
        on_poll: Callable[[RelaySession], None] | None = None,
        cancel: asyncio.Event | None = None,
    ) -> RelaySession:
        """Wait for a relay's receiver to answer and return the relay session.

        The receiving host accepts (1) or rejects (5) the relay; a rejected or ended (6) relay can
        no longer be accepted. Pass `until` to wait for other statuses (such as 4, both relayed).

        Polls ``relay.get_relay_session`` until its ``/status`` is one of ``until``: after ``interval``
        seconds, then ``backoff`` times longer each time up to ``max_interval``, for ``timeout`` seconds. A
        value that is not a failure keeps it waiting, values the spec does not list yet included; so does a
        poll that fails for a transient reason (no connection, a server error, rate limiting).

        Args:
            relay_id (str): The relay session's id.
            until (Collection[RelayStatus]): The values to wait for; by default the spec's:
                RelayStatus.RECEIVER_ACCEPTED.
            interval (float): Seconds between the first two polls (the first is at once).
            backoff (float): How much longer each pause is than the one before.
            max_interval (float): The longest pause.
            timeout (float): Seconds before giving up.
            on_poll (Callable[[RelaySession], None] | None): Called with every state polled.
            cancel (asyncio.Event | None): Setting it ends the wait at once, as
                cancelling the awaiting task does.

        Returns:
            RelaySession: The state that ended the wait.

        Raises:
            errors.StateUnreachableError: The field became a failure value (RelayStatus.RECEIVER_REJECTED,
                RelayStatus.ENDED): what is waited for can no longer happen; ``last_state`` is that state.
            errors.WaitTimeoutError: Still waiting after ``timeout`` seconds; ``last_state`` is the last state
                polled.
            errors.WaitCancelledError: ``cancel`` was set.
            errors.APIError: A poll failed for a reason that is not transient (such as NotFoundError).
        """

        async def poll() -> RelaySession:
            return await self.relay.get_relay_session(relay_id=relay_id)

        state = await WAIT_FOR_RELAY.run_async(
            poll,
            {"relay_id": relay_id},
            until=until,
            interval=interval,
            backoff=backoff,
            max_interval=max_interval,
            timeout=timeout,
            on_poll=on_poll,
            cancel=cancel,
            hooks=self.waiter_hooks.get("wait_for_relay"),
        )
        return state


__all__ = [
    "WAIT_FOR_RELAY",
    "AsyncWaiters",
    "WaiterHooks",
    "Waiters",
]
