"""vrlive_sandbox: a stateful local emulator of the Realsee, Qiniu QNLiveKit and Tencent IVH APIs.

One HTTP server on 127.0.0.1 serves the three APIs' paths; a moto S3 server (behind a front that
expires temporary credentials) stores panorama packages. Start it with ``python -m vrlive_sandbox``
or [`Sandbox`][vrlive_sandbox.server.Sandbox]. It imports neither the generated clients nor
``vrlive``: it is their independent counterpart, and the tests hold its answers against the specs.

Its dependencies come with the ``[sandbox]`` extra. The pytest plugin (registered by the base
distribution) imports this package without them, so [`Sandbox`][vrlive_sandbox.server.Sandbox] and
[`SandboxControls`][vrlive_sandbox.controls.SandboxControls] (the type of the plugin's
``vrlive_sandbox`` fixture), which need them, are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vrlive_sandbox.config import Fault, FaultRates, SandboxConfig

if TYPE_CHECKING:
    from vrlive_sandbox.controls import SandboxControls
    from vrlive_sandbox.server import Sandbox


def __getattr__(name: str) -> Any:
    # Both need the [sandbox] extra: imported when first asked for.
    if name == "Sandbox":
        from vrlive_sandbox.server import Sandbox  # noqa: PLC0415

        return Sandbox
    if name == "SandboxControls":
        from vrlive_sandbox.controls import SandboxControls  # noqa: PLC0415

        return SandboxControls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Fault", "FaultRates", "Sandbox", "SandboxConfig", "SandboxControls"]
