"""Waiting for a state: [`vrlive_core.waiters`][vrlive_core.waiters]' loop under the overlay's name.

The facades' waiters (``wait_for_task``, ``wait_for_relay``, ``wait_until_ready``) are generated
from the specs' ``x-waiters`` and run on that engine; `wait()` and `wait_async()` poll anything
else the same way (schedule, timeout, transient failures, cancellation, vrlive's clock).
"""

from __future__ import annotations

from vrlive_core.waiters import TRANSIENT, wait, wait_async

__all__ = ["TRANSIENT", "wait", "wait_async"]
