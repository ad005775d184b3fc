"""vrlive_sandbox: a stateful local emulator of the Realsee, Qiniu QNLiveKit and Tencent IVH APIs.

One HTTP server on 127.0.0.1 serves the three APIs' paths; a moto S3 server (behind a front that
expires temporary credentials) stores panorama packages. Start it with ``python -m vrlive_sandbox``
or [`Sandbox`][vrlive_sandbox.server.Sandbox]. It imports neither the generated clients nor
``vrlive``: it is their independent counterpart, and the tests hold its answers against the specs.
"""

from vrlive_sandbox.config import Fault, FaultRates, SandboxConfig
from vrlive_sandbox.server import Sandbox

__all__ = ["Fault", "FaultRates", "Sandbox", "SandboxConfig"]
