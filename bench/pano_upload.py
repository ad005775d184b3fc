"""Row 4: a panorama set of at least 1 GB uploaded to a local moto S3 server.

(a) ours: ``build_package`` (check, checksum) then ``upload_package``: the stored ZIP streamed from
    the image files into a multipart upload;
(b) the baseline: ``zip -0`` of the folder to a file, then boto3 ``upload_file`` of that file.

Both use the same ``TransferConfig`` (``vrlive.upload.default_transfer_config()``) and the same moto
server (its own process). Each runs in fresh processes; the wall time includes them, and peak RSS
is each process's own (``os.wait4``), the largest for the baseline's two steps. A quarter of the
set, uploaded by our flow, shows whether our memory grows with the set.

The set (synthetic equirectangular JPEGs of random pixels) is made once and cached outside the
repository, in ``$VRLIVE_BENCH_CACHE`` (default ``~/.cache/vrlive-bench``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bench.common import CACHE, Stats, measured, table, verdict

SET_BYTES = 1 << 30
WIDTH, HEIGHT = 4096, 2048
BUCKET = "bench-panoramas"
REGION = "us-east-1"
REPEATS = 3
KEY = "b" * 4  # moto accepts any key


def _panorama(path: Path) -> int:
    """One synthetic equirectangular JPEG of random pixels (they barely compress); its size."""
    from PIL import Image  # noqa: PLC0415 - only the set's maker needs Pillow

    image = Image.frombytes("RGB", (WIDTH, HEIGHT), os.urandom(WIDTH * HEIGHT * 3))
    image.save(path, format="JPEG", quality=90)
    return path.stat().st_size


def panorama_set() -> Path:
    """The cached folder (manifest.json + images/), made once: at least SET_BYTES of JPEGs."""
    folder = CACHE / "panoramas-1g"
    if (folder / ".complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "images").mkdir(parents=True)
    print(f"making the panorama set in {folder} (once)...", file=sys.stderr, flush=True)
    total, count = 0, 0
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        while total < SET_BYTES:
            batch = [folder / "images" / f"pano-{count + i:03d}.jpg" for i in range(8)]
            total += sum(pool.map(_panorama, batch))
            count += len(batch)
    scans = [{"id": path.stem, "floor": 0} for path in sorted((folder / "images").iterdir())]
    manifest = {"version": "1.0", "floor_map": {"0": 0}, "project_name": "bench", "scan_list": scans}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (folder / ".complete").write_text(str(total))
    return folder


def quarter_set(full: Path) -> Path:
    """The first quarter of the set, as hard links (no copies)."""
    folder = CACHE / "panoramas-quarter"
    if (folder / ".complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "images").mkdir(parents=True)
    images = sorted((full / "images").iterdir())[: len(list((full / "images").iterdir())) // 4]
    for image in images:
        os.link(image, folder / "images" / image.name)
    scans = [{"id": image.stem, "floor": 0} for image in images]
    manifest = {"version": "1.0", "floor_map": {"0": 0}, "project_name": "bench", "scan_list": scans}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (folder / ".complete").write_text("")
    return folder


def _bytes_of(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


# The children: each measured step in its own process.


def _s3(endpoint: str) -> Any:
    import boto3  # noqa: PLC0415 - imported in the measured process only
    from botocore.config import Config  # noqa: PLC0415

    config = Config(s3={"addressing_style": "path"}, max_pool_connections=16)
    return boto3.client(
        "s3", endpoint_url=endpoint, region_name=REGION, aws_access_key_id=KEY, aws_secret_access_key=KEY,
        config=config,
    )  # fmt: skip


def child_ours(endpoint: str, folder: str) -> None:
    from realsee_client.models import PanoUploadToken  # noqa: PLC0415
    from vrlive.pano import build_package  # noqa: PLC0415
    from vrlive.upload import upload_package  # noqa: PLC0415

    scheme, _, domain = endpoint.partition("://")
    token = PanoUploadToken.from_dict({
        "tmpSecretId": KEY, "tmpSecretKey": KEY, "sessionToken": KEY, "ttl": 3600, "expire": 3600,
        "prefix": "ours/", "app_id": "bench", "bucket": BUCKET, "region": REGION, "host": endpoint,
        "is_accelerate": "0", "custom_domain": domain, "custom_scheme": scheme, "download_type": "presign",
        "download_host": "",
    })  # fmt: skip
    package = build_package(folder)
    uploaded = upload_package(package, lambda: token, name="set.zip")
    print(json.dumps({"key": uploaded.key, "size": uploaded.size}))


def child_upload_file(endpoint: str, path: str) -> None:
    from vrlive.upload import default_transfer_config  # noqa: PLC0415 - the same TransferConfig

    _s3(endpoint).upload_file(path, BUCKET, "baseline/set.zip", Config=default_transfer_config())
    print(json.dumps({"key": "baseline/set.zip", "size": Path(path).stat().st_size}))


def _clear(endpoint: str) -> None:
    s3 = _s3(endpoint)
    for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        s3.delete_object(Bucket=BUCKET, Key=item["Key"])
    for upload in s3.list_multipart_uploads(Bucket=BUCKET).get("Uploads", []):
        s3.abort_multipart_upload(Bucket=BUCKET, Key=upload["Key"], UploadId=upload["UploadId"])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_moto() -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            _s3(endpoint).create_bucket(Bucket=BUCKET)
            return server, endpoint
        except Exception:  # not up yet
            time.sleep(0.3)
    server.kill()
    raise RuntimeError("moto did not start")


def _mb(size: float) -> str:
    return f"{size / 1e6:.0f} MB"


def run() -> str:
    full = panorama_set()
    quarter = quarter_set(full)
    server, endpoint = _start_moto()
    me = [sys.executable, "-m", "bench.pano_upload"]
    samples: dict[str, list[tuple[float, int]]] = {"ours": [], "baseline": [], "quarter": []}
    try:
        with tempfile.TemporaryDirectory(prefix="vrlive-bench-upload-") as scratch:
            archive = Path(scratch) / "set.zip"
            for _ in range(REPEATS):  # interleaved: drift touches both alike
                seconds, rss, _ = measured([*me, "ours", endpoint, str(full)])
                samples["ours"].append((seconds, rss))
                _clear(endpoint)
                zipped, zip_rss, _ = measured(
                    ["zip", "-0", "-q", "-r", str(archive), "manifest.json", "images"], cwd=full
                )
                sent, send_rss, _ = measured([*me, "upload-file", endpoint, str(archive)])
                samples["baseline"].append((zipped + sent, max(zip_rss, send_rss)))
                archive.unlink()
                _clear(endpoint)
                seconds, rss, _ = measured([*me, "ours", endpoint, str(quarter)])
                samples["quarter"].append((seconds, rss))
                _clear(endpoint)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    times = {name: Stats.of([s for s, _ in runs]) for name, runs in samples.items()}
    peaks = {name: Stats.of([r / 1e6 for _, r in runs]) for name, runs in samples.items()}
    size, quarter_size = _bytes_of(full / "images"), _bytes_of(quarter / "images")
    wall_ratio = times["ours"].median / times["baseline"].median
    worst_rss = max(r for runs in (samples["ours"], samples["quarter"]) for _, r in runs)
    rows = [
        ["ours: check + stream into multipart upload", _mb(size), times["ours"].show(" s", 1),
         f"{wall_ratio:.2f}×", peaks["ours"].show(" MB", 0)],
        ["baseline: `zip -0`, then boto3 `upload_file`", _mb(size), times["baseline"].show(" s", 1),
         "1.00×", peaks["baseline"].show(" MB", 0)],
        ["ours, a quarter of the set", _mb(quarter_size), times["quarter"].show(" s", 1), "",
         peaks["quarter"].show(" MB", 0)],
    ]  # fmt: skip
    goals = (
        f"Goals: ours ≤ 1.0× the baseline's wall time: {wall_ratio:.2f}×, {verdict(wall_ratio <= 1.0)}; "
        f"peak RSS ≤ 150 MB whatever the set's size: at most {worst_rss / 1e6:.0f} MB, "
        f"{verdict(worst_rss <= 150e6)} (a quarter of the set: {peaks['quarter'].median:.0f} MB, "
        f"the whole: {peaks['ours'].median:.0f} MB)."
    )
    images = len(list((full / "images").iterdir()))
    return (
        f"{images} synthetic {WIDTH}×{HEIGHT} equirectangular JPEGs ({_mb(size)}), to a local moto "
        f"server in its own process, {REPEATS} runs each, interleaved. Both sides use "
        "`vrlive.upload.default_transfer_config()` (16 MB parts, 8 threads); the baseline's peak RSS "
        "is the larger of its two steps. Wall time and peak RSS, median (min–max).\n\n"
        + table(["flow", "set", "wall", "÷ baseline", "peak RSS"], rows)
        + f"\n\n{goals}\n\nReproduce: `python -m bench upload` (the set is cached in {CACHE})."
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "ours":
        child_ours(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "upload-file":
        child_upload_file(sys.argv[2], sys.argv[3])
    else:
        print(run())
