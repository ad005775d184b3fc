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


def build_parser() -> argparse.ArgumentParser:
    """The command line's options, each with its help text."""
    parser = argparse.ArgumentParser(prog="python -m vrlive_sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="API port (default: any free port)")
    parser.add_argument("--json", action="store_true", help="print the URLs and environment as one JSON line")
    parser.add_argument("--token-ttl", type=float, default=300, help="seconds a Realsee access_token lives")
    parser.add_argument(
        "--realsee-region",
        choices=("cn", "global"),
        default="cn",
        help="the Realsee region emulated: VR links on realsee.cn or realsee.ai (default %(default)s)",
    )
    parser.add_argument("--upload-ttl", type=int, default=3600, help="seconds upload credentials live")
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
        default=(2.0, 6.0),
        metavar=("PENDING", "PROCESSING"),
        help="seconds a panorama task stays pending, then processing (default 2 6)",
    )
    parser.add_argument(
        "--task-outcome",
        choices=("success", "failed"),
        default="success",
        help="how panorama tasks end (default success)",
    )
    parser.add_argument(
        "--relay-answer", choices=("accept", "reject"), help="receivers answer relays on their own"
    )
    parser.add_argument(
        "--relay-answer-seconds", type=float, default=2.0, help="seconds a receiver takes to answer"
    )
    parser.add_argument("--ready-seconds", type=float, default=3.0, help="seconds an IVH session prepares")
    parser.add_argument("--fault-server-errors", type=float, default=0.0, help="share of 500/502/503 replies")
    parser.add_argument("--fault-rate-limited", type=float, default=0.0, help="share of 429 replies")
    parser.add_argument("--fault-dropped", type=float, default=0.0, help="share of dropped connections")
    parser.add_argument("--fault-latency", type=float, default=0.0, help="seconds added to every reply")
    parser.add_argument(
        "--fault-seed", type=int, default=0, help="seed of the fault draws (reproducible runs)"
    )
    return parser


def parse_arguments(argv: list[str] | None = None) -> tuple[SandboxConfig, bool]:
    arguments = build_parser().parse_args(argv)
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


def main(argv: list[str] | None = None) -> int:
    config, as_json = parse_arguments(argv)
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
