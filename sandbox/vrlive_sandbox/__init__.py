"""vrlive_sandbox: a stateful local emulator of the Realsee, Qiniu QNLiveKit and Tencent IVH APIs.

One HTTP server on 127.0.0.1 serves the three APIs' paths; a moto S3 server (behind a front that
expires temporary credentials) stores panorama packages. Start it with ``python -m vrlive_sandbox``
or [`Sandbox`][vrlive_sandbox.server.Sandbox]. It imports neither the generated clients nor
``vrlive``: it is their independent counterpart, and the tests hold its answers against the specs.

Its dependencies come with the ``[sandbox]`` extra. The pytest plugin (registered by the base
distribution) imports this package without them, so [`Sandbox`][vrlive_sandbox.server.Sandbox],
which needs them, is imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vrlive_sandbox.config import Fault, FaultRates, SandboxConfig

if TYPE_CHECKING:
    from vrlive_sandbox.server import Sandbox


def __getattr__(name: str) -> Any:
    if name == "Sandbox":
        from vrlive_sandbox.server import Sandbox  # noqa: PLC0415 - needs the [sandbox] extra

        return Sandbox
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Fault", "FaultRates", "Sandbox", "SandboxConfig"]
