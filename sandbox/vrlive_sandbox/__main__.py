"""``python -m vrlive_sandbox``: run the local emulator until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from types import FrameType

from vrlive_sandbox.config import FaultRates, SandboxConfig
from vrlive_sandbox.server import Sandbox

PROG = "python -m vrlive_sandbox"
DESCRIPTION = (
    "Run the local emulator of the Realsee, Qiniu live and Tencent IVH APIs (and its S3 storage) "
    "until Ctrl-C or SIGTERM."
)
_DEFAULTS = SandboxConfig()


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    """The command line's options, each with its help text (and its default, when it has one);
    ``prog`` is the command that runs it, as its usage line shows it."""
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION)
    parser.add_argument("--host", default=_DEFAULTS.host, help="address to listen on (default %(default)s)")
    parser.add_argument("--port", type=int, default=_DEFAULTS.port, help="API port (default: any free port)")
    parser.add_argument("--json", action="store_true", help="print the URLs and environment as one JSON line")
    parser.add_argument(
        "--token-ttl",
        type=float,
        default=_DEFAULTS.realsee_token_ttl,
        help="seconds a Realsee access_token lives (default %(default)g)",
    )
    parser.add_argument(
        "--realsee-region",
        choices=("cn", "global"),
        default=_DEFAULTS.realsee_region,
        help="the Realsee region emulated: VR links on realsee.cn or realsee.ai (default %(default)s)",
    )
    parser.add_argument(
        "--upload-ttl",
        type=int,
        default=_DEFAULTS.upload_ttl,
        help="seconds upload credentials live (default %(default)s)",
    )
    parser.add_argument(
        "--download-host", action="store_true", help="public downloads: submit with zip_cos_url"
    )
    parser.add_argument(
        "--download-type",
        choices=("direct", "presign"),
        help="what upload tokens say (default: direct with --download-host, else presign); with "
        "--download-host, presign keeps the bucket private: zip_cos_url must be presigned",
    )
    parser.add_argument(
        "--task-seconds",
        type=float,
        nargs=2,
        default=(_DEFAULTS.task_pending_seconds, _DEFAULTS.task_processing_seconds),
        metavar=("PENDING", "PROCESSING"),
        help="seconds a panorama task stays pending, then processing (default "
        f"{_DEFAULTS.task_pending_seconds:g} {_DEFAULTS.task_processing_seconds:g})",
    )
    parser.add_argument(
        "--task-outcome",
        choices=("success", "failed"),
        default=_DEFAULTS.task_outcome,
        help="how panorama tasks end (default %(default)s)",
    )
    parser.add_argument(
        "--relay-answer",
        choices=("accept", "reject"),
        help="receivers answer relays on their own (default: only through the sandbox's control)",
    )
    parser.add_argument(
        "--relay-answer-seconds",
        type=float,
        default=_DEFAULTS.relay_answer_seconds,
        help="seconds a receiver takes to answer (default %(default)g)",
    )
    parser.add_argument(
        "--ready-seconds",
        type=float,
        default=_DEFAULTS.ivh_ready_seconds,
        help="seconds an IVH session prepares (default %(default)g)",
    )
    rates = FaultRates()
    for option, default, text in (
        ("--fault-server-errors", rates.server_error, "share of 500/502/503 replies"),
        ("--fault-rate-limited", rates.rate_limited, "share of 429 replies"),
        ("--fault-dropped", rates.dropped, "share of dropped connections"),
        ("--fault-latency", rates.latency, "seconds added to every reply"),
    ):
        parser.add_argument(option, type=float, default=default, help=f"{text} (default %(default)g)")
    parser.add_argument(
        "--fault-seed",
        type=int,
        default=rates.seed,
        help="seed of the fault draws, for reproducible runs (default %(default)s)",
    )
    return parser


def parse_arguments(argv: list[str] | None = None, prog: str = PROG) -> tuple[SandboxConfig, bool]:
    arguments = build_parser(prog).parse_args(argv)
    return SandboxConfig(
        host=arguments.host,
        port=arguments.port,
        realsee_token_ttl=arguments.token_ttl,
        realsee_region=arguments.realsee_region,
        upload_ttl=arguments.upload_ttl,
        download_host=arguments.download_host,
        download_type=arguments.download_type,
        task_pending_seconds=arguments.task_seconds[0],
        task_processing_seconds=arguments.task_seconds[1],
        task_outcome=arguments.task_outcome,
        ivh_ready_seconds=arguments.ready_seconds,
        relay_answer=arguments.relay_answer,
        relay_answer_seconds=arguments.relay_answer_seconds,
        faults=FaultRates(
            server_error=arguments.fault_server_errors,
            rate_limited=arguments.fault_rate_limited,
            dropped=arguments.fault_dropped,
            latency=arguments.fault_latency,
            seed=arguments.fault_seed,
        ),
    ), bool(arguments.json)


def main(argv: list[str] | None = None, prog: str = PROG) -> int:
    """Run the sandbox with the options in ``argv`` (else the command line's) until Ctrl-C or
    SIGTERM; ``prog`` is the command its messages name (``vrlive sandbox`` from the vrlive CLI)."""
    config, as_json = parse_arguments(argv, prog)
    stopping = threading.Event()

    def stop(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with Sandbox(config) as sandbox:
        info = sandbox.info()
        if as_json:
            print(json.dumps(info), flush=True)
        else:
            print(f"vrlive sandbox: APIs at {info['api']}  S3 at {info['s3']}", flush=True)
            print(f"  controls: {info['api']}/_sandbox  (reset, clock, requests, faults, config)")
            print("  the vrlive facades read these (demo values):")
            for name, value in info["environment"].items():
                print(f"  export {name}={value}")
            print("Ctrl-C or SIGTERM stops it.", flush=True)
        stopping.wait()
    if not as_json:
        print("vrlive sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
