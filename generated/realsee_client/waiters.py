"""The Realsee Open API waiters: each polls an operation until a field of its data
reaches a state, as the spec declares them (``x-waiters``).

[`Waiters`][realsee_client.waiters.Waiters] and
[`AsyncWaiters`][realsee_client.waiters.AsyncWaiters] hold them as methods, for a class that
also has the spec's resources as attributes (a facade such as the vrlive overlay's mixes one in);
each runs on [`vrlive_core.waiters`][vrlive_core.waiters]. Such a class may raise its own errors
for a waiter's outcomes (``waiter_hooks``, a [`WaiterHooks`][realsee_client.waiters.WaiterHooks]).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Collection
from typing import ClassVar, Protocol, TypedDict

from vrlive_core.waiters import Hooks, Schedule, Waiter

from .models.pano_task_state import PanoTaskState
from .models.pano_task_status import PanoTaskStatus
from .resources.pano import AsyncPano, Pano

WAIT_FOR_TASK: Waiter[PanoTaskStatus] = Waiter(
    name="wait_for_task",
    field=("status",),
    field_name="status",
    success=frozenset({PanoTaskState.SUCCESS}),
    failure=frozenset({PanoTaskState.FAILED}),
    waiting_for="task {task_code} to finish",
    schedule=Schedule(interval=5.0, timeout=1800.0, backoff=1.5, max_interval=30.0),
)
"""``wait_for_task()`` as the spec declares it: what it polls, what ends it, its default schedule."""


class WaiterHooks(TypedDict, total=False):
    """A client's own errors for each waiter's outcomes, by waiter (see `vrlive_core.waiters.Hooks`)."""

    wait_for_task: Hooks[PanoTaskStatus]


class _Polled(Protocol):
    """What the waiters poll through: the spec's resources, and the client's hooks."""

    @property
    def waiter_hooks(self) -> WaiterHooks: ...

    @property
    def pano(self) -> Pano: ...


class Waiters:
    """The spec's waiters: mixed into a class that has the resources they poll."""

    waiter_hooks: ClassVar[WaiterHooks] = {}
    """The client's own errors for the waiters' outcomes, by waiter."""

    def wait_for_task(
        self: _Polled,
        task_code: str,
        until: Collection[PanoTaskState] = frozenset({PanoTaskState.SUCCESS}),
        *,
        interval: float = 5.0,
        backoff: float = 1.5,
        max_interval: float = 30.0,
        timeout: float = 1800.0,
        on_poll: Callable[[PanoTaskStatus], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> str:
        """Wait for a panorama-to-VR task to finish and return its VR URL.

        Realsee's own tool polls every 30 seconds, 60 times (30 minutes); small sets finish in under
        a minute, hence the start at 5 seconds, backing off to 30. After the timeout the task goes on:
        resume later with the same `task_code`.

        Polls ``pano.get_pano_task_status`` until its ``/status`` is one of ``until``: after ``interval``
        seconds, then ``backoff`` times longer each time up to ``max_interval``, for ``timeout`` seconds. A
        value that is not a failure keeps it waiting, values the spec does not list yet included; so does a
        poll that fails for a transient reason (no connection, a server error, rate limiting).

        Args:
            task_code (str): The `task_code` returned by submit_pano_task.
            until (Collection[PanoTaskState]): The values to wait for; by default the spec's:
                PanoTaskState.SUCCESS.
            interval (float): Seconds between the first two polls (the first is at once).
            backoff (float): How much longer each pause is than the one before.
            max_interval (float): The longest pause.
            timeout (float): Seconds before giving up.
            on_poll (Callable[[PanoTaskStatus], None] | None): Called with every state polled.
            cancel (threading.Event | None): Setting it ends the wait at once.

        Returns:
            str: The ``/vr_url`` of the state that ended the wait.

        Raises:
            errors.StateUnreachableError: The field became a failure value (PanoTaskState.FAILED): what is
                waited for can no longer happen; ``last_state`` is that state.
            errors.WaitTimeoutError: Still waiting after ``timeout`` seconds; ``last_state`` is the last state
                polled.
            errors.WaitCancelledError: ``cancel`` was set.
            errors.APIError: A poll failed for a reason that is not transient (such as NotFoundError).
        """

        state = WAIT_FOR_TASK.run(
            lambda: self.pano.get_pano_task_status(task_code=task_code),
            {"task_code": task_code},
            until=until,
            interval=interval,
            backoff=backoff,
            max_interval=max_interval,
            timeout=timeout,
            on_poll=on_poll,
            cancel=cancel,
            hooks=self.waiter_hooks.get("wait_for_task"),
        )
        return state.vr_url


class _AsyncPolled(Protocol):
    """What the waiters poll through: the spec's resources (async), and the client's hooks."""

    @property
    def waiter_hooks(self) -> WaiterHooks: ...

    @property
    def pano(self) -> AsyncPano: ...


class AsyncWaiters:
    """The spec's waiters, async: mixed into a class that has the resources they poll."""

    waiter_hooks: ClassVar[WaiterHooks] = {}
    """The client's own errors for the waiters' outcomes, by waiter."""

    async def wait_for_task(
        self: _AsyncPolled,
        task_code: str,
        until: Collection[PanoTaskState] = frozenset({PanoTaskState.SUCCESS}),
        *,
        interval: float = 5.0,
        backoff: float = 1.5,
        max_interval: float = 30.0,
        timeout: float = 1800.0,
        on_poll: Callable[[PanoTaskStatus], None] | None = None,
        cancel: asyncio.Event | None = None,
    ) -> str:
        """Wait for a panorama-to-VR task to finish and return its VR URL.

        Realsee's own tool polls every 30 seconds, 60 times (30 minutes); small sets finish in under
        a minute, hence the start at 5 seconds, backing off to 30. After the timeout the task goes on:
        resume later with the same `task_code`.

        Polls ``pano.get_pano_task_status`` until its ``/status`` is one of ``until``: after ``interval``
        seconds, then ``backoff`` times longer each time up to ``max_interval``, for ``timeout`` seconds. A
        value that is not a failure keeps it waiting, values the spec does not list yet included; so does a
        poll that fails for a transient reason (no connection, a server error, rate limiting).

        Args:
            task_code (str): The `task_code` returned by submit_pano_task.
            until (Collection[PanoTaskState]): The values to wait for; by default the spec's:
                PanoTaskState.SUCCESS.
            interval (float): Seconds between the first two polls (the first is at once).
            backoff (float): How much longer each pause is than the one before.
            max_interval (float): The longest pause.
            timeout (float): Seconds before giving up.
            on_poll (Callable[[PanoTaskStatus], None] | None): Called with every state polled.
            cancel (asyncio.Event | None): Setting it ends the wait at once, as
                cancelling the awaiting task does.

        Returns:
            str: The ``/vr_url`` of the state that ended the wait.

        Raises:
            errors.StateUnreachableError: The field became a failure value (PanoTaskState.FAILED): what is
                waited for can no longer happen; ``last_state`` is that state.
            errors.WaitTimeoutError: Still waiting after ``timeout`` seconds; ``last_state`` is the last state
                polled.
            errors.WaitCancelledError: ``cancel`` was set.
            errors.APIError: A poll failed for a reason that is not transient (such as NotFoundError).
        """

        async def poll() -> PanoTaskStatus:
            return await self.pano.get_pano_task_status(task_code=task_code)

        state = await WAIT_FOR_TASK.run_async(
            poll,
            {"task_code": task_code},
            until=until,
            interval=interval,
            backoff=backoff,
            max_interval=max_interval,
            timeout=timeout,
            on_poll=on_poll,
            cancel=cancel,
            hooks=self.waiter_hooks.get("wait_for_task"),
        )
        return state.vr_url


__all__ = [
    "WAIT_FOR_TASK",
    "AsyncWaiters",
    "WaiterHooks",
    "Waiters",
]
