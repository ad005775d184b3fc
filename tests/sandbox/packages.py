"""Panorama packages (ZIP: manifest.json + images/), uploads to the sandbox's S3 and tasks submitted
from them, for tests."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import boto3
from botocore.config import Config

from realsee_client.models import SubmitPanoTaskRequest
from vrlive.realsee import Realsee

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64 + b"\xff\xd9"


def package(
    ids: tuple[str, ...] = ("entrance", "nave"),
    *,
    manifest: Any = None,
    extra: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
) -> bytes:
    """A ZIP with a manifest for ``ids`` on floor 0 (or ``manifest``), their images, and ``extra`` files."""
    document = (
        manifest
        if manifest is not None
        else {
            "version": "1.0",
            "floor_map": {"0": 0},
            "project_name": "sandbox-test",
            "scan_list": [{"id": scan_id, "floor": 0} for scan_id in ids],
        }
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        if "manifest.json" not in drop:
            archive.writestr("manifest.json", json.dumps(document))
        for scan_id in ids:
            name = f"images/{scan_id}.jpg"
            if name not in drop:
                archive.writestr(name, JPEG)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def s3_client(token: dict[str, Any]) -> Any:
    """A boto3 S3 client from an upload token's fields (path style: the endpoint is local)."""
    return boto3.client(
        "s3",
        endpoint_url=token["host"],
        region_name=token["region"],
        aws_access_key_id=token["tmpSecretId"],
        aws_secret_access_key=token["tmpSecretKey"],
        aws_session_token=token["sessionToken"],
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}, signature_version="s3v4"),
    )


def upload(token: dict[str, Any], data: bytes, name: str = "package.zip") -> str:
    key = token["prefix"] + name
    s3_client(token).put_object(Bucket=token["bucket"], Key=key, Body=data)
    return key


def task(realsee: Realsee) -> str:
    """Upload a small package and submit it; the task code."""
    credentials = realsee.pano.get_pano_upload_token()
    key = upload(credentials.to_dict(), package())
    submitted = realsee.pano.submit_pano_task(
        body=SubmitPanoTaskRequest(project_name="church", private_cos_key=key)
    )
    return submitted.task_code
