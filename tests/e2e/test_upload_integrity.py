"""No archive is completed unless every image's bytes, as sent, match the CRC-32 written for it.

The package is measured once (size, CRC-32) and streamed from the files as the parts go out, each
part by its own thread, images split across parts. An image changed in place after the check (the
same size; its modification time put back, as copying tools do) would make a ZIP that fails its
CRC: the upload is aborted before CompleteMultipartUpload and nothing is stored or submitted.
"""

from __future__ import annotations

import io
import os
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from boto3.s3.transfer import TransferConfig

from tests.e2e.panoramas import header_only_jpeg
from vrlive import SourceChangedError
from vrlive.pano import Progress, build_package
from vrlive.realsee import Realsee
from vrlive.upload import default_transfer_config
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls

MB = 1024 * 1024
FIVE_MB_PARTS = TransferConfig(multipart_threshold=5 * MB, multipart_chunksize=5 * MB, max_concurrency=4)


@pytest.fixture
def rooms(tmp_path: Path) -> Path:
    """Four 6 MB panoramas: every one spans two or three 5 MB parts."""
    for name in ("room1", "room2", "room3", "room4"):
        header_only_jpeg(tmp_path / "rooms" / f"{name}.jpg", 6 * MB)
    return tmp_path / "rooms"


def overwrite_in_place(path: Path) -> None:
    """Other bytes, the same size and modification time: only the content tells."""
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = os.urandom(4096)
    with path.open("r+b") as file:  # in place, as an editor saving over it would
        file.write(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def nothing_stored(sandbox: Sandbox) -> None:
    assert [key for key in sandbox.storage.keys() if key.endswith(".zip")] == []  # noqa: SIM118
    assert sandbox.storage.uploads_in_progress() == []  # aborted, not left half-done


def touch_with_the_same_bytes(path: Path) -> None:
    path.write_bytes(path.read_bytes())  # a new modification time, or one an overwrite has not put back yet


@pytest.mark.parametrize(
    ("change", "found"),
    [
        # The same size and time: only the bytes sent, checked against the CRC-32 before completing, tell.
        (overwrite_in_place, "the bytes sent do not match the CRC-32 written for it"),
        # Seen when a part opens the file, before any of it is sent.
        (touch_with_the_same_bytes, "its size or modification time is not what was checked"),
    ],
)
def test_an_image_changed_before_the_upload_aborts_it(
    change: Callable[[Path], None], found: str, rooms: Path, sandbox: Sandbox, realsee: Realsee
) -> None:
    package = build_package(rooms)
    change(rooms / "room2.jpg")
    with pytest.raises(SourceChangedError) as caught:
        realsee.upload_pano(package, transfer_config=FIVE_MB_PARTS)
    assert caught.value.path == rooms / "room2.jpg"
    assert str(caught.value) == (
        f"{rooms / 'room2.jpg'} changed while the package was being uploaded: {found}; "
        "the upload was aborted, nothing was stored: package it again"
    )
    nothing_stored(sandbox)


def test_an_image_changed_during_the_upload_aborts_it_and_nothing_is_submitted(
    rooms: Path, sandbox: Sandbox, controls: SandboxControls, realsee: Realsee
) -> None:
    """The issue's case: the default transfer (16 MB parts, 8 threads), an image overwritten in
    place once some MB were sent. room3 (12-18 MB of the archive) is split between the two parts;
    its middle, rewritten, is at 15 MB: part 1 sends it only after 15 MB of its own, so after the
    change, whatever the threads' timing."""
    changed = threading.Event()

    def change_room3(step: Progress) -> None:
        if step.stage == "uploading" and step.done > 3 * MB and not changed.is_set():
            changed.set()
            overwrite_in_place(rooms / "room3.jpg")

    with pytest.raises(SourceChangedError, match=r"room3\.jpg changed while the package was being uploaded"):
        realsee.pano_to_vr(rooms, on_progress=change_room3, transfer_config=default_transfer_config())
    assert changed.is_set()
    nothing_stored(sandbox)
    assert controls.requests(operation="submit_pano_task") == []


def test_an_unchanged_package_split_across_concurrent_parts_is_stored_whole(
    rooms: Path, sandbox: Sandbox, controls: SandboxControls, realsee: Realsee
) -> None:
    package = build_package(rooms)
    uploaded = realsee.upload_pano(package, transfer_config=FIVE_MB_PARTS)
    stored = io.BytesIO()
    sandbox.storage.download(uploaded.key, stored)
    assert stored.getvalue() == b"".join(package.iter_bytes())
    assert zipfile.ZipFile(stored).testzip() is None
    assert sandbox.storage.uploads_in_progress() == []


def test_a_small_package_is_sent_as_one_part_and_checked_too(
    tmp_path: Path, sandbox: Sandbox, controls: SandboxControls, realsee: Realsee
) -> None:
    """Below the multipart threshold a PutObject would store it before anything could be checked."""
    root = tmp_path / "small"
    header_only_jpeg(root / "hall.jpg", MB)
    package = build_package(root)
    overwrite_in_place(root / "hall.jpg")
    with pytest.raises(SourceChangedError, match=r"hall\.jpg changed while the package was being uploaded"):
        realsee.upload_pano(package)  # 1 MB: far below the 16 MB threshold
    nothing_stored(sandbox)
