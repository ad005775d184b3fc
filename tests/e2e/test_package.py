"""The package builder: every validation problem reported at once, before any request; the archive."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.e2e.panoramas import folder, jpeg, manifest, seed_manifest
from vrlive.errors import VrliveError
from vrlive.pano import PackageError, build_package
from vrlive.realsee import Realsee
from vrlive.zipstream import SourceChangedError, ZipEntry, ZipLayout
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls

MANIFEST = {
    "version": "1.0",
    "floor_map": {"0": 0},
    "project_name": "church",
    "scan_list": [{"id": "entrance", "floor": 0}, {"id": "nave", "floor": 0}],
}


def with_manifest(document: Any, images: tuple[str, ...] = ("entrance", "nave")) -> Callable[[Path], Path]:
    def make(root: Path) -> Path:
        folder(root / "images", images)
        manifest(root, document)
        return root

    return make


def edited(**changes: Any) -> dict[str, Any]:
    return {**MANIFEST, **changes}


def broken_jpeg(root: Path) -> Path:
    folder(root, ["entrance"])
    (root / "nave.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")  # cut inside its first header
    return root


def png_named_jpg(root: Path) -> Path:
    folder(root, ["entrance"])
    Image.new("RGB", (256, 128)).save(root / "nave.jpg", format="PNG")
    return root


def unparsable_manifest(root: Path) -> Path:
    folder(root / "images", ["entrance"])
    (root / "manifest.json").write_text("{,}")
    return root


def two_files_for_one_id(root: Path) -> Path:
    with_manifest(MANIFEST)(root)
    jpeg(root / "images" / "nave.jpeg")
    return root


def with_extra(path: str, make: Callable[[Path], object]) -> Callable[[Path], Path]:
    """A good panorama in the folder, and one more file made by ``make``."""

    def build(root: Path) -> Path:
        folder(root, ["entrance"])
        make(root / path)
        return root

    return build


def dangling_link(root: Path) -> Path:
    folder(root, ["entrance"])
    (root / "nave.jpg").symlink_to(root / "gone.jpg")
    return root


def everything_wrong(root: Path) -> Path:
    (root / "images").mkdir(parents=True)
    jpeg(root / "images" / "entrance.jpg", 300, 200)
    (root / "images" / "notes.txt").write_text("not a panorama")
    document = {
        "version": "2.0",
        "floor_map": {"0": 0},
        "scan_list": [
            {"id": "entrance", "floor": 3},
            {"id": "../escape", "floor": 0},
            {"id": "nave", "floor": 0},
        ],
    }
    manifest(root, document)
    return root


# (how to make the folder, [(where, part of the message), ...]): every problem, each where it is.
BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], list[tuple[str, str]]]] = {
    "not a folder": (lambda root: jpeg(root / "one.jpg"), [("", "is not a folder")]),
    "empty folder": (lambda root: (root.mkdir(), root)[1], [("", "has no panoramas")]),
    "manifest not JSON": (unparsable_manifest, [("manifest.json", "is not JSON: Expecting property name")]),
    "manifest not an object": (
        with_manifest([MANIFEST]),
        [("manifest.json", "expected an object, got list")],
    ),
    "wrong version": (
        with_manifest(edited(version="2.0")),
        [("manifest.json: version", "must be '1.0', not '2.0'")],
    ),
    "no project name": (
        with_manifest({k: v for k, v in MANIFEST.items() if k != "project_name"}),
        [("manifest.json: project_name", "required (or give a project name)")],
    ),
    "empty project name": (
        with_manifest(edited(project_name="")),
        [("manifest.json: project_name", "must have at least 1 character (minLength), has 0 (or give")],
    ),
    "empty floor_map": (
        with_manifest(edited(floor_map={})),
        [("manifest.json: floor_map", "must have at least 1 field (minProperties), has 0")],
    ),
    "floor_map to something other than floor numbers": (
        with_manifest(edited(floor_map={"0": "ground"})),
        [("manifest.json: floor_map['0']", "expected an integer, got str")],
    ),
    "empty scan_list": (
        with_manifest(edited(scan_list=[])),
        [("manifest.json: scan_list", "must have at least 1 item (minItems), has 0")],
    ),
    "repeated id": (
        with_manifest(edited(scan_list=[*MANIFEST["scan_list"], {"id": "nave", "floor": 0}])),
        [("manifest.json: scan_list[2].id", "'nave' repeats scan_list[1]")],
    ),
    "unsafe ids": (
        with_manifest(
            edited(scan_list=[*MANIFEST["scan_list"], {"id": "a/b", "floor": 0}, {"id": "..", "floor": 0}])
        ),
        [
            ("manifest.json: scan_list[2].id", "plain file name (no path separators)"),
            ("manifest.json: scan_list[3].id", "plain file name (no '..'"),
        ],
    ),
    "a scan that is not an object": (
        with_manifest(edited(scan_list=[*MANIFEST["scan_list"], "crypt"])),
        [("manifest.json: scan_list[2]", "expected an object, got str")],
    ),
    "an id that is not a string": (
        with_manifest(edited(scan_list=[*MANIFEST["scan_list"], {"id": 7, "floor": 0}])),
        [("manifest.json: scan_list[2].id", "expected a string, got int")],
    ),
    "floor not in floor_map": (
        with_manifest(edited(scan_list=[{"id": "entrance", "floor": 0}, {"id": "nave", "floor": 1}])),
        [("manifest.json: scan_list[1].floor", "1 is not a key of floor_map ['0']")],
    ),
    "floor not an integer": (
        with_manifest(edited(scan_list=[{"id": "entrance", "floor": 0}, {"id": "nave", "floor": "0"}])),
        [("manifest.json: scan_list[1].floor", "expected an integer, got str")],
    ),
    "missing image": (
        with_manifest(MANIFEST, images=("entrance",)),
        [("manifest.json: scan_list[1].id", "no image images/nave.jpg for 'nave'")],
    ),
    "two files for one id": (
        two_files_for_one_id,
        [("manifest.json: scan_list[1].id", "'nave' matches images/nave.jpeg and images/nave.jpg")],
    ),
    "PNG named .jpg": (png_named_jpg, [("nave.jpg", "not a JPEG but a PNG image")]),
    "text file named like a panorama": (
        with_extra("notes.jpg", lambda path: path.write_text("hi")),
        [("notes.jpg", "not a JPEG image")],
    ),
    "PNG named .png": (
        with_extra("crypt.png", lambda path: Image.new("RGB", (256, 128)).save(path, format="PNG")),
        [("crypt.png", "not a JPEG but a PNG image; convert it to JPEG")],
    ),
    "not equirectangular": (
        with_extra("nave.jpg", lambda path: jpeg(path, 300, 200)),
        [("nave.jpg", "not equirectangular: 300x200 pixels")],
    ),
    "broken JPEG header": (broken_jpeg, [("nave.jpg", "broken JPEG")]),
    "file name unfit for an id": (
        with_extra("a..b.jpg", jpeg),
        [("a..b.jpg", "its name cannot be a scan id: 'a..b' must be a plain file name (no '..'")],
    ),
    "unreadable file": (dangling_link, [("nave.jpg", "unreadable")]),
    "everything at once": (
        everything_wrong,
        [
            ("manifest.json: version", "must be '1.0', not '2.0'"),
            ("manifest.json: project_name", "required (or give a project name)"),
            ("manifest.json: scan_list[0].floor", "3 is not a key of floor_map"),
            ("manifest.json: scan_list[1].id", "plain file name"),
            ("manifest.json: scan_list[2].id", "no image images/nave.jpg"),
            ("images/entrance.jpg", "not equirectangular: 300x200"),
        ],
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_reported_in_full_and_nothing_is_sent(
    case: str, tmp_path: Path, realsee: Realsee, controls: SandboxControls, sandbox: Sandbox
) -> None:
    make, expected = BAD_INPUTS[case]
    target = make(tmp_path / "panoramas")
    with pytest.raises(PackageError) as caught:
        realsee.pano_to_vr(target)
    found = [(problem.where, problem.message) for problem in caught.value.problems]
    assert len(found) == len(expected), found
    for where, fragment in expected:
        place = where if where else str(target)
        assert any(at == place and fragment in message for at, message in found), (where, fragment, found)
    for _, fragment in expected:  # the message lists them all, one per line
        assert fragment in str(caught.value)
    assert controls.requests() == []  # not even a token was asked for
    assert sandbox.storage.keys() == []


# What goes into the archive.


def archive(data: bytes) -> zipfile.ZipFile:
    opened = zipfile.ZipFile(io.BytesIO(data))
    assert opened.testzip() is None
    return opened


def test_without_a_manifest_one_is_made_from_the_file_names(tmp_path: Path) -> None:
    root = folder(tmp_path / "church", ["nave", "altar", "entrance"])
    (root / ".DS_Store").write_bytes(b"\x00\x01")  # hidden files are not panoramas
    package = build_package(root, now=1_700_000_000)
    assert package.manifest.to_dict() == {
        "version": "1.0",
        "floor_map": {"0": 0},
        "project_name": "church",
        "scan_list": [
            {"id": "altar", "floor": 0},
            {"id": "entrance", "floor": 0},
            {"id": "nave", "floor": 0},
        ],
    }
    opened = archive(b"".join(package.iter_bytes()))
    assert opened.namelist() == [
        "manifest.json",
        "images/altar.jpg",
        "images/entrance.jpg",
        "images/nave.jpg",
    ]
    assert all(info.compress_type == zipfile.ZIP_STORED for info in opened.infolist())
    assert json.loads(opened.read("manifest.json")) == package.manifest.to_dict()
    for name in ("altar", "entrance", "nave"):
        assert opened.read(f"images/{name}.jpg") == (root / f"{name}.jpg").read_bytes()


def test_the_seed_manifest_with_images_folder_other_suffixes_and_timestamp(tmp_path: Path) -> None:
    root = tmp_path / "project"
    document = seed_manifest()
    document["project_name"] = "tour-{{timestamp}}"
    document["cover"] = "entrance"  # fields Realsee may add pass through
    for index, scan in enumerate(document["scan_list"]):
        suffix = (".jpg", ".JPG", ".jpeg", ".JPEG", ".jpg")[index]
        jpeg(root / "images" / f"{scan['id']}{suffix}", 512, 256, progressive=index == 1)
    manifest(root, document)
    package = build_package(root, now=1_700_000_000)
    assert package.project_name == "tour-1700000000"
    opened = archive(b"".join(package.iter_bytes()))
    ids = [scan["id"] for scan in document["scan_list"]]
    assert opened.namelist() == ["manifest.json", *(f"images/{scan_id}.jpg" for scan_id in ids)]
    assert json.loads(opened.read("manifest.json")) == {**document, "project_name": "tour-1700000000"}
    assert [(p.scan_id, p.width, p.height) for p in package.panoramas] == [(i, 512, 256) for i in ids]


def test_an_explicit_manifest_and_project_name_win(tmp_path: Path) -> None:
    root = folder(tmp_path / "church", ["entrance", "nave"])
    manifest(root, edited(scan_list=[{"id": "entrance", "floor": 0}]))  # would leave nave out
    elsewhere = manifest(tmp_path, MANIFEST)
    package = build_package(root, manifest=elsewhere, project_name="renamed")
    assert [p.scan_id for p in package.panoramas] == ["entrance", "nave"]
    assert package.project_name == "renamed"
    mapping = build_package(
        root, manifest=edited(scan_list=[{"id": "nave", "floor": 0}, {"id": "entrance", "floor": 0}])
    )
    assert [p.scan_id for p in mapping.panoramas] == ["nave", "entrance"]


def test_headers_before_the_frame_are_skipped_without_decoding(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010E] = "x" * 60_000  # an APP1 segment of ~60 kB before the frame header
    path = jpeg(tmp_path / "p" / "hall.jpg", 1024, 512, exif=exif.tobytes(), progressive=True)
    assert path.stat().st_size > 60_000
    (panorama,) = build_package(tmp_path / "p").panoramas
    assert (panorama.width, panorama.height) == (1024, 512)


def test_the_stream_is_the_archive_seekable_and_the_same_every_time(tmp_path: Path) -> None:
    package = build_package(folder(tmp_path / "c", noise=True), now=1_700_000_000)
    whole = b"".join(package.iter_bytes(chunk_size=7_777))
    assert len(whole) == package.size
    saved = tmp_path / "saved.zip"
    package.write_to(saved)
    assert saved.read_bytes() == whole
    with package.open() as stream:
        stream.seek(package.size // 3)
        assert stream.read(100_000) == whole[package.size // 3 : package.size // 3 + 100_000]
        stream.seek(-50, 2)
        assert stream.read() == whole[-50:]
    again = build_package(tmp_path / "c", now=1_700_000_000)
    assert hashlib.sha256(b"".join(again.iter_bytes())).digest() == hashlib.sha256(whole).digest()


@pytest.mark.parametrize("change", ["rewrite", "truncate"])
def test_an_image_changed_after_the_check_stops_the_stream(tmp_path: Path, change: str) -> None:
    root = folder(tmp_path / "c", ["entrance", "nave"], noise=True)
    package = build_package(root)
    target = root / "nave.jpg"
    data = target.read_bytes()
    target.write_bytes(data[::-1] if change == "rewrite" else data[: len(data) // 2])
    with pytest.raises(SourceChangedError, match=r"nave\.jpg"):
        b"".join(package.iter_bytes())


def test_a_changed_source_is_a_vrlive_error_naming_its_file(tmp_path: Path) -> None:
    root = folder(tmp_path / "c", ["entrance", "nave"], noise=True)
    package = build_package(root)
    target = root / "nave.jpg"
    target.write_bytes(target.read_bytes()[::-1])
    with pytest.raises(VrliveError) as caught:  # the README's one `except VrliveError` catches it
        b"".join(package.iter_bytes())
    assert isinstance(caught.value, SourceChangedError)
    assert caught.value.path == target
    # Not an OSError: raised while urllib3 sends a part, one would pass for a dropped connection
    # (botocore retries those, then reports a closed connection instead of the changed file).
    assert not isinstance(caught.value, OSError)


def test_a_part_starting_inside_a_changed_image_is_refused(tmp_path: Path) -> None:
    # Upload parts start anywhere; a read from the middle of an image cannot check its CRC-32,
    # so the file's size and modification time are what catch the change.
    root = folder(tmp_path / "c", ["entrance", "nave"], noise=True)
    package = build_package(root)
    target = root / "nave.jpg"
    data, measured = target.read_bytes(), target.stat()
    start = b"".join(package.iter_bytes()).index(data)  # stored: the image is in the archive as is
    target.write_bytes(data[::-1])  # same size, other bytes
    os.utime(target, ns=(measured.st_atime_ns, measured.st_mtime_ns + 1_000_000_000))
    with package.open() as stream:
        stream.seek(start + 1_000)
        with pytest.raises(SourceChangedError, match=r"nave\.jpg changed since it was checked"):
            stream.read(4_096)


def test_zip64_records_where_sizes_and_offsets_need_them(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(bytes(range(256)) * 400)
    data = big.read_bytes()
    entries = [
        ZipEntry.from_bytes("manifest.json", b"{}", 1_700_000_000),
        ZipEntry("images/a.jpg", big, len(data), zlib.crc32(data), big.stat().st_mtime),
        ZipEntry("images/b.jpg", big, len(data), zlib.crc32(data), big.stat().st_mtime),
    ]
    layout = ZipLayout(entries, zip64_limit=1_000)  # as if every size and offset were past 2 GiB
    opened = archive(b"".join(layout.iter_bytes()))
    assert opened.read("images/b.jpg") == data
    assert [info.file_size for info in opened.infolist()] == [2, len(data), len(data)]
    plain = b"".join(ZipLayout(entries).iter_bytes())
    assert b"PK\x06\x06" not in plain  # no ZIP64 end record when nothing needs it
