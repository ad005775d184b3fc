"""Panoramas for tests, drawn with Pillow: small equirectangular JPEGs, and a few that are not."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PIL import Image


def jpeg(path: Path, width: int = 256, height: int = 128, *, noise: bool = False, **save: Any) -> Path:
    """A JPEG of ``width`` x ``height``; ``noise`` makes it large (random pixels do not compress)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if noise:
        image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = Image.new("RGB", (width, height), (40 + len(path.stem) * 10 % 200, 120, 200))
    image.save(path, format="JPEG", **save)
    return path


def folder(root: Path, names: Iterable[str] = ("entrance", "nave", "altar"), **options: Any) -> Path:
    """A folder of equirectangular JPEGs named ``<name>.jpg``, without a manifest."""
    for name in names:
        jpeg(root / f"{name}.jpg", **options)
    return root


def manifest(root: Path, document: Any) -> Path:
    path = root / "manifest.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def seed_manifest() -> dict[str, Any]:
    """The manifest example of seed 004 (five scans on two floors)."""
    return {
        "version": "1.0",
        "floor_map": {"0": 1, "1": 2},
        "project_name": "my-pano-project",
        "scan_list": [
            {"id": "entrance", "floor": 0},
            {"id": "entrance-02", "floor": 0},
            {"id": "end-of-nave", "floor": 0},
            {"id": "presbyterium", "floor": 1},
            {"id": "high-altar", "floor": 1},
        ],
    }


def header_only_jpeg(path: Path, size: int, width: int = 2048, height: int = 1024) -> Path:
    """A file of ``size`` bytes that checks as a ``width`` x ``height`` JPEG: its headers, then noise.

    The package check reads only the headers (it never decodes), so this stands in for a large
    panorama at no cost in Pillow time.
    """
    frame = (
        b"\x08"
        + height.to_bytes(2, "big")
        + width.to_bytes(2, "big")
        + b"\x03\x01\x11\x00\x02\x11\x01\x03\x11\x01"
    )
    head = b"\xff\xd8" + b"\xff\xc0" + (len(frame) + 2).to_bytes(2, "big") + frame
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(head + os.urandom(size - len(head) - 2) + b"\xff\xd9")
    return path
