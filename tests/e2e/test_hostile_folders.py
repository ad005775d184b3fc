"""Folders as they come: pipes, sockets and devices named like panoramas, links out of the folder,
manifests that are not JSON or far too big, names in other Unicode forms.

Nothing that is not a regular file is ever opened (a named pipe would block the reader until a
writer comes, forever if none does): each is a problem in the report. A call that would hang is
run in a thread and given a few seconds; if it hangs, the pipe is opened for writing and closed
so that the thread, and the test, can end.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import threading
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.panoramas import folder, jpeg, manifest
from vrlive import cli
from vrlive.pano import PackageError, PanoPackage, build_package

MANIFEST = {
    "version": "1.0",
    "floor_map": {"0": 0},
    "project_name": "church",
    "scan_list": [{"id": "entrance", "floor": 0}, {"id": "nave", "floor": 0}],
}


def finished_within(seconds: float, call: Callable[[], Any], pipes: list[Path]) -> Any:
    """``call()``'s result or raised error; fails the test if it has not returned in ``seconds``."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # the caller inspects it
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    hung = thread.is_alive()
    for pipe in pipes:  # release a reader blocked on a pipe: a writer comes and goes
        with contextlib.suppress(OSError):
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    thread.join(5)
    assert not hung, f"still running after {seconds}s: it opened a pipe"
    return outcome[0]


def problems_of(outcome: object) -> list[tuple[str, str]]:
    assert isinstance(outcome, PackageError), outcome
    return [(problem.where, problem.message) for problem in outcome.problems]


@contextlib.contextmanager
def unix_socket(path: Path) -> Iterator[Path]:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        yield path
    finally:
        server.close()


# Pipes, sockets, devices.


@pytest.mark.parametrize("where", ["folder", "claimed by the manifest", "manifest.json", "--manifest"])
def test_a_named_pipe_is_a_problem_and_is_never_opened(tmp_path: Path, where: str) -> None:
    root = folder(tmp_path / "church", ["entrance"])
    options: dict[str, Any] = {}
    if where == "folder":
        pipe, name = root / "a.jpg", "a.jpg"
    elif where == "claimed by the manifest":
        manifest(root, MANIFEST)
        pipe, name = root / "nave.jpg", "nave.jpg"
    elif where == "manifest.json":
        pipe, name = root / "manifest.json", "manifest.json"
    else:
        pipe = tmp_path / "manifest.json"
        name = str(pipe)
        options["manifest"] = pipe
    os.mkfifo(pipe)
    outcome = finished_within(10, lambda: build_package(root, **options), [pipe])
    assert (name, "is a named pipe, not a regular file") in problems_of(outcome)


def test_a_socket_is_a_problem(tmp_path: Path) -> None:
    root = folder(tmp_path / "church", ["entrance"])
    with unix_socket(root / "b.jpg"):
        outcome = finished_within(10, lambda: build_package(root), [])
    assert problems_of(outcome) == [("b.jpg", "is a socket, not a regular file")]


def test_a_device_is_a_problem_even_through_a_followed_link(tmp_path: Path) -> None:
    root = folder(tmp_path / "church", ["entrance"])
    (root / "c.jpg").symlink_to("/dev/zero")  # reading it would never end
    outcome = finished_within(10, lambda: build_package(root, follow_symlinks=True), [])
    assert problems_of(outcome) == [("c.jpg", "is a character device, not a regular file")]


def test_the_command_line_reports_a_pipe_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = folder(tmp_path / "church", ["entrance"])
    os.mkfifo(root / "a.jpg")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REALSEE_APP_KEY", "key")
    monkeypatch.setenv("REALSEE_APP_SECRET", "secret")
    monkeypatch.setenv("REALSEE_BASE_URL", "http://127.0.0.1:9")  # never reached: the folder is refused
    code = finished_within(10, lambda: cli.main(["pano2vr", "church"]), [root / "a.jpg"])
    assert code == cli.EXIT_INVALID
    assert "a.jpg: is a named pipe, not a regular file" in capsys.readouterr().err


# Links out of the folder.


def test_links_out_of_the_folder_are_refused_unless_followed(tmp_path: Path) -> None:
    root = folder(tmp_path / "church", ["entrance"])
    outside = jpeg(tmp_path / "elsewhere" / "crypt.jpg")
    (root / "crypt.jpg").symlink_to(outside)
    (root / "nave.jpg").symlink_to(root / "entrance.jpg")  # inside the folder: a file like any other
    with pytest.raises(PackageError) as caught:
        build_package(root)
    assert problems_of(caught.value) == [
        (
            "crypt.jpg",
            f"is a link to {outside}, outside the folder: pass follow_symlinks=True "
            "(vrlive pano2vr --follow-symlinks) to package what it points to",
        )
    ]
    package = build_package(root, follow_symlinks=True)
    assert [panorama.scan_id for panorama in package.panoramas] == ["crypt", "entrance", "nave"]
    assert [(w.where, w.message) for w in package.warnings] == [
        ("crypt.jpg", f"is a link to {outside}, outside the folder: followed")
    ]
    assert outside.read_bytes() in b"".join(package.iter_bytes())


def test_an_images_folder_linked_from_elsewhere_is_one_problem(tmp_path: Path) -> None:
    root = tmp_path / "church"
    root.mkdir()
    elsewhere = folder(tmp_path / "shared", ["entrance", "nave"])
    (root / "images").symlink_to(elsewhere)
    with pytest.raises(PackageError) as caught:
        build_package(root)
    (where, message), *others = problems_of(caught.value)
    assert (where, others) == ("images", [])
    assert message.startswith(f"is a link to {elsewhere}, outside the folder")
    package: PanoPackage = build_package(root, follow_symlinks=True)
    assert [panorama.scan_id for panorama in package.panoramas] == ["entrance", "nave"]


def test_the_check_summary_says_which_links_were_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = folder(tmp_path / "church", ["entrance"])
    outside = jpeg(tmp_path / "elsewhere" / "crypt.jpg")
    (root / "crypt.jpg").symlink_to(outside)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REALSEE_APP_KEY", "key")
    monkeypatch.setenv("REALSEE_APP_SECRET", "secret")
    monkeypatch.setenv("REALSEE_BASE_URL", "http://127.0.0.1:9")  # refused: the run stops at the upload
    code = cli.main(["pano2vr", "church", "--follow-symlinks"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_API
    assert "checked church: 2 panoramas" in err
    assert f"crypt.jpg: is a link to {outside}, outside the folder: followed" in err


# Manifests: every malformed one is a PackageError (the command line's exit 2), never a crash.


def write_manifest(root: Path, text: bytes) -> Path:
    folder(root / "images", ["entrance", "nave"])
    (root / "manifest.json").write_bytes(text)
    return root


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"[" * 50_000_000, "is 50000000 bytes, more than a manifest may have (1048576 bytes, 1 MiB)"),
        (b"[" * 500_000, "is not JSON: it nests too deeply"),
        (b'{"version": "1.0", "cost": NaN}', "is not JSON: NaN is not a JSON value"),
        (b'{"version": "1.0", "cost": -Infinity}', "is not JSON: -Infinity is not a JSON value"),
        (b'{"version": "1.0", "floor_map": {"0": ' + b"9" * 5000 + b"}}", "is not JSON: "),
        (b'{"version": "1.0", "project_name": "\xff"}', "is not UTF-8 text"),
    ],
    ids=["50 MB", "deeply nested", "NaN", "-Infinity", "a 5000-digit number", "not UTF-8"],
)
def test_a_malformed_manifest_is_a_package_error(tmp_path: Path, text: bytes, message: str) -> None:
    root = write_manifest(tmp_path / "church", text)
    outcome = finished_within(20, lambda: build_package(root), [])
    (where, found), *_ = problems_of(outcome)
    assert where == "manifest.json"
    assert found.startswith(message), found


def test_a_huge_manifest_exits_2_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_manifest(tmp_path / "church", b"[" * 50_000_000)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REALSEE_APP_KEY", "key")
    monkeypatch.setenv("REALSEE_APP_SECRET", "secret")
    monkeypatch.setenv("REALSEE_BASE_URL", "http://127.0.0.1:9")
    assert cli.main(["pano2vr", "church"]) == cli.EXIT_INVALID
    assert "manifest.json: is 50000000 bytes, more than a manifest may have" in capsys.readouterr().err


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    root = write_manifest(tmp_path / "church", b"\xef\xbb\xbf" + json.dumps(MANIFEST).encode())
    assert [panorama.scan_id for panorama in build_package(root).panoramas] == ["entrance", "nave"]


def test_names_and_ids_are_compared_in_unicode_nfc(tmp_path: Path) -> None:
    root = tmp_path / "church"
    nfc, nfd = unicodedata.normalize("NFC", "café"), unicodedata.normalize("NFD", "café")
    assert nfc != nfd
    jpeg(root / "images" / f"{nfd}.jpg")  # as macOS names files
    jpeg(root / "images" / "nave.jpg")
    manifest(root, {**MANIFEST, "scan_list": [{"id": nfc, "floor": 0}, {"id": "nave", "floor": 0}]})
    package = build_package(root)
    assert [panorama.scan_id for panorama in package.panoramas] == [nfc, "nave"]
    names = zipfile.ZipFile(io.BytesIO(b"".join(package.iter_bytes()))).namelist()
    assert f"images/{nfc}.jpg" in names  # named as the manifest names it


def test_ids_equal_in_nfc_are_repeats(tmp_path: Path) -> None:
    root = tmp_path / "church"
    nfc, nfd = unicodedata.normalize("NFC", "café"), unicodedata.normalize("NFD", "café")
    jpeg(root / "images" / f"{nfc}.jpg")
    manifest(root, {**MANIFEST, "scan_list": [{"id": nfc, "floor": 0}, {"id": nfd, "floor": 0}]})
    with pytest.raises(PackageError) as caught:
        build_package(root)
    assert problems_of(caught.value) == [
        ("manifest.json: scan_list[1].id", f"{nfd!r} repeats scan_list[0] (the same name in Unicode NFC)")
    ]


def test_made_manifests_name_scans_in_nfc(tmp_path: Path) -> None:
    root = tmp_path / "church"
    jpeg(root / f"{unicodedata.normalize('NFD', 'café')}.jpg")
    package = build_package(root)
    assert [scan.id for scan in package.manifest.scan_list] == [unicodedata.normalize("NFC", "café")]


def test_a_manifest_given_as_an_object_must_be_writable_as_json(tmp_path: Path) -> None:
    root = folder(tmp_path / "church", ["entrance", "nave"])
    with pytest.raises(PackageError) as caught:
        build_package(root, manifest={**MANIFEST, "cost": float("nan")})
    assert problems_of(caught.value) == [
        ("the manifest given", "cannot be written as JSON: Out of range float values are not JSON compliant")
    ]


# Folders as people have them: what is not a panorama is left out, and said so.


def test_without_a_manifest_files_that_are_not_images_are_warnings(tmp_path: Path) -> None:
    root = folder(tmp_path / "church", ["entrance", "nave"])
    (root / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))
    (root / "notes.md").write_text("# the church\n")
    (root / "desktop.ini").write_text("[.ShellClassInfo]\n")
    package = build_package(root)
    assert [panorama.scan_id for panorama in package.panoramas] == ["entrance", "nave"]
    assert [(w.where, w.message) for w in package.warnings] == [
        ("Thumbs.db", "not an image (by its name or its bytes): left out"),
        ("desktop.ini", "not an image (by its name or its bytes): left out"),
        ("notes.md", "not an image (by its name or its bytes): left out"),
    ]
    names = zipfile.ZipFile(io.BytesIO(b"".join(package.iter_bytes()))).namelist()
    assert names == ["manifest.json", "images/entrance.jpg", "images/nave.jpg"]


def test_an_image_without_an_image_name_is_still_a_panorama(tmp_path: Path) -> None:
    root = folder(tmp_path / "church", ["entrance"])
    jpeg(tmp_path / "nave.jpg").rename(root / "nave")  # a JPEG whose name lost its suffix
    assert [panorama.scan_id for panorama in build_package(root).panoramas] == ["entrance", "nave"]


def test_with_a_manifest_files_it_does_not_list_are_warnings_and_left_out(tmp_path: Path) -> None:
    root = tmp_path / "church"
    folder(root / "images", ["entrance", "nave", "crypt"])
    (root / "images" / "notes.md").write_text("# the church\n")
    manifest(root, MANIFEST)
    package = build_package(root)
    assert [panorama.scan_id for panorama in package.panoramas] == ["entrance", "nave"]
    assert [(w.where, w.message) for w in package.warnings] == [
        ("images/crypt.jpg", "is not in scan_list: left out"),
        ("images/notes.md", "is not in scan_list: left out"),
    ]
    names = zipfile.ZipFile(io.BytesIO(b"".join(package.iter_bytes()))).namelist()
    assert names == ["manifest.json", "images/entrance.jpg", "images/nave.jpg"]
