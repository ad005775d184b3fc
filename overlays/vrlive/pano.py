"""Panorama packages for Realsee's panorama-to-VR: a folder checked in full, then streamed as a ZIP.

The package Realsee expects (seed 004) is a ZIP of ``manifest.json`` and ``images/<id>.jpg``, one
image per ``scan_list`` entry, each an equirectangular JPEG. `build_package()` checks a folder
against all of that before anything is sent and reports every problem at once, each with the file
or manifest path it concerns; then it measures the images (size, CRC-32) so that the archive can be
streamed from the files themselves (`vrlive.zipstream`): no copy on disk, no archive in memory.

The folder holds the panoramas directly or in ``images/``, with or without a ``manifest.json``.
Only regular files are read (see `vrlive.files`); links out of the folder are refused unless
``follow_symlinks`` is set, and then listed in the package's ``warnings``.
Without one, a manifest is made from the images in name order: each file's name (without its
suffix, in Unicode NFC) as its id, all on floor 0, ``floor_map {"0": 0}``; files that are not
images by their name or their bytes are left out, with a warning. (Realsee's own tool names scans
``IMG_<date>_<n>`` instead and converts PNG and WebP; here the names are kept and only JPEGs go.)
With a manifest, files it does not list are left out with a warning.
"""

from __future__ import annotations

import json
import os
import threading
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any, Final

from attrs import evolve, frozen

from realsee_client.api.pano.submit_pano_task import PACKAGE_MANIFEST
from realsee_client.models import PanoManifest
from vrlive.errors import NotRegularFileError, PackageError, SourceChangedError
from vrlive.files import check_regular, open_regular, printable
from vrlive.zipstream import ReadLog, ZipEntry, ZipLayout, ZipStream
from vrlive_core.inputs import check_document

MANIFEST_NAME: Final = "manifest.json"
MANIFEST_VERSION: Final = "1.0"
TIMESTAMP: Final = "{{timestamp}}"
GENERATED: Final = "manifest"
"""How problems name a manifest made from the folder's files."""
MANIFEST_MOST_BYTES: Final = 1 << 20
"""A manifest's largest size: 1 MiB holds some 30,000 scans; anything bigger is not a manifest."""
_CHUNK: Final = 1 << 20
IMAGE_SUFFIXES: Final = frozenset(
    {
        ".jpg",
        ".jpeg",
        ".jpe",
        ".jfif",
        ".png",
        ".webp",
        ".gif",
        ".bmp",
        ".tif",
        ".tiff",
        ".heic",
        ".heif",
        ".avif",
    }
)
"""Names of pictures: without a manifest, other files are left out unless their bytes are an image's."""
_SIGNATURES: Final = (
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
)
# Start-of-frame markers: they carry the image's height and width.
_FRAME_MARKERS: Final = frozenset(
    {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
)
_STANDALONE_MARKERS: Final = frozenset({0x01, *range(0xD0, 0xD8)})


@frozen
class Problem:
    """One thing wrong with a package, and the file or manifest path it concerns.

    Its text shows control characters in names as escapes (`vrlive.files.printable()`); ``where``
    and ``message`` keep them as they are.
    """

    where: str
    message: str

    def __str__(self) -> str:
        return f"{printable(self.where)}: {printable(self.message)}"


@frozen
class Progress:
    """How far a step has come: ``stage`` is ``"packaging"`` or ``"uploading"``; counts are bytes."""

    stage: str
    done: int
    total: int


ProgressCallback = Callable[[Progress], None]


@frozen
class Panorama:
    """One checked image: its scan id, file, size in bytes and pixel dimensions."""

    scan_id: str
    path: Path
    size: int
    width: int
    height: int


@frozen
class PanoPackage:
    """A checked, measured panorama package, ready to stream.

    Attributes:
        folder: Where the panoramas are.
        manifest: The manifest as it goes into the archive (``project_name`` resolved).
        panoramas: The images, in ``scan_list`` order.
        layout: Where every byte of the archive comes from.
        warnings: What the check left out or followed, each with its file (nothing wrong, but worth
            knowing): links out of the folder that were followed.
    """

    folder: Path
    manifest: PanoManifest
    panoramas: tuple[Panorama, ...]
    layout: ZipLayout
    warnings: tuple[Problem, ...] = ()

    @property
    def project_name(self) -> str:
        return self.manifest.project_name

    @property
    def size(self) -> int:
        """The archive's size in bytes."""
        return self.layout.size

    def open(self, log: ReadLog | None = None) -> ZipStream:
        """The archive as a seekable binary stream, read from the images as it goes (see
        `ZipLayout.open()` for ``log``)."""
        return self.layout.open(log)

    def iter_bytes(self, chunk_size: int = _CHUNK) -> Iterator[bytes]:
        """The archive, chunk by chunk."""
        return self.layout.iter_bytes(chunk_size)

    def write_to(self, path: str | os.PathLike[str]) -> None:
        """Save the archive as a file (for inspection; uploads stream it instead)."""
        with Path(path).open("wb") as file:
            for chunk in self.iter_bytes():
                file.write(chunk)


# Reading JPEG headers.


def _kind(head: bytes) -> str | None:
    """What a file that is not a JPEG is, when its first bytes tell."""
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            return name
    if head[4:8] == b"ftyp":
        heif = head[8:12] in (b"heic", b"heix", b"mif1", b"avif")
        return "an HEIF/AVIF image" if heif else "an MP4-like file"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    return "an empty file" if not head else None


def jpeg_dimensions(file: IO[bytes]) -> tuple[int, int]:
    """(width, height) from a JPEG's frame header, reading only the headers before it.

    Raises:
        ValueError: It is not a JPEG (says what it is, when it can tell) or its headers are broken.
    """
    head = file.read(12)
    if not head.startswith(b"\xff\xd8\xff"):
        kind = _kind(head)
        raise ValueError(f"not a JPEG but {kind}; convert it to JPEG" if kind else "not a JPEG image")
    file.seek(2)
    while True:
        marker = file.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            raise ValueError("broken JPEG: its headers end before the frame header")
        code = marker[1]
        while code == 0xFF:  # fill bytes before a marker
            next_byte = file.read(1)
            if not next_byte:
                raise ValueError("broken JPEG: its headers end before the frame header")
            code = next_byte[0]
        if code in _STANDALONE_MARKERS:
            continue
        if code in (0xD9, 0xDA):  # end of image, start of scan
            raise ValueError("broken JPEG: no frame header before the image data")
        length_bytes = file.read(2)
        if len(length_bytes) < 2 or int.from_bytes(length_bytes, "big") < 2:
            raise ValueError("broken JPEG: a header segment has no valid length")
        length = int.from_bytes(length_bytes, "big")
        if code in _FRAME_MARKERS:
            frame = file.read(5)
            if len(frame) < 5:
                raise ValueError("broken JPEG: its frame header is cut short")
            height, width = int.from_bytes(frame[1:3], "big"), int.from_bytes(frame[3:5], "big")
            if not (height and width):
                raise ValueError(f"JPEG frame header gives no usable size ({width}x{height})")
            return width, height
        file.seek(length - 2, os.SEEK_CUR)


def _inspect_image(path: Path) -> tuple[int, int, int]:
    """(size, width, height) of an equirectangular JPEG; raises ValueError saying why not."""
    try:
        with open_regular(path) as file:
            width, height = jpeg_dimensions(file)
            size = os.fstat(file.fileno()).st_size
    except OSError as error:
        raise ValueError(f"unreadable: {error.strerror or error}") from None
    if width != 2 * height:
        raise ValueError(
            f"not equirectangular: {width}x{height} pixels, but the width must be twice the height"
        )
    return size, width, height


# Reading and checking the manifest.


def _safe_id(value: str) -> str | None:
    """Why ``value`` cannot be a scan id (it names a file in the archive); None when it can."""
    if "/" in value or "\\" in value or "\x00" in value:
        return f"{value!r} must be a plain file name (no path separators)"
    if value in (".", "..") or ".." in value or value.startswith("."):
        return f"{value!r} must be a plain file name (no '..', not hidden)"
    return None


def _check_manifest(document: object, where: str, project_name: str | None) -> list[Problem]:
    """Every problem of a manifest: its shape, as the spec's ``x-package-manifest`` declares it
    (``PACKAGE_MANIFEST``), then what a shape cannot say: scan ids name files, once each, and
    floors are keys of ``floor_map``. A ``project_name`` given stands in for the manifest's."""
    if project_name and isinstance(document, dict):
        document = {**document, "project_name": project_name}
    problems = [
        Problem(f"{where}: {field}" if field else where, message + _NAME_HINT * (field == "project_name"))
        for field, message in check_document(PACKAGE_MANIFEST, document)
    ]
    if not isinstance(document, dict):
        return problems
    floor_map = document.get("floor_map")
    scans = document.get("scan_list")
    return problems + _check_scans(
        scans if isinstance(scans, list) else [],
        f"{where}: scan_list",
        floor_map if isinstance(floor_map, dict) else {},
    )


_NAME_HINT: Final = " (or give a project name)"


def _check_scans(scans: list[object], where: str, floor_map: dict[str, object]) -> list[Problem]:
    """What the schema cannot say of the scans whose fields have their shape."""
    problems: list[Problem] = []
    seen: dict[str, tuple[int, str]] = {}
    for index, scan in enumerate(scans):
        at = f"{where}[{index}]"
        if not isinstance(scan, dict):
            continue
        scan_id = scan.get("id")
        if isinstance(scan_id, str) and scan_id:
            unsafe = _safe_id(scan_id)
            if unsafe is not None:
                problems.append(Problem(f"{at}.id", unsafe))
            elif _nfc(scan_id) in seen:
                first, spelled = seen[_nfc(scan_id)]
                alike = "" if spelled == scan_id else " (the same name in Unicode NFC)"
                problems.append(Problem(f"{at}.id", f"{scan_id!r} repeats scan_list[{first}]{alike}"))
            else:
                seen[_nfc(scan_id)] = (index, scan_id)
        floor = scan.get("floor")
        integer = isinstance(floor, int) and not isinstance(floor, bool)
        if integer and floor_map and str(floor) not in floor_map:
            problems.append(Problem(f"{at}.floor", f"{floor} is not a key of floor_map {sorted(floor_map)}"))
    return problems


def _read_manifest(path: Path, where: str) -> tuple[object, list[Problem]]:
    try:
        with open_regular(path) as file:
            size = os.fstat(file.fileno()).st_size
            data = file.read(MANIFEST_MOST_BYTES + 1)
    except NotRegularFileError as error:
        return None, [Problem(where, str(error))]
    except OSError as error:
        return None, [Problem(where, f"unreadable: {error.strerror or error}")]
    if max(size, len(data)) > MANIFEST_MOST_BYTES:
        found = max(size, len(data))
        limit = f"{MANIFEST_MOST_BYTES} bytes, 1 MiB"
        return None, [Problem(where, f"is {found} bytes, more than a manifest may have ({limit})")]
    try:
        text = data.decode("utf-8-sig")  # a byte order mark, as some editors write, is fine
    except UnicodeDecodeError:
        return None, [Problem(where, "is not UTF-8 text")]
    return _parse_json(text, where)


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON value (JSON has no NaN or Infinity)")


def _parse_json(text: str, where: str) -> tuple[object, list[Problem]]:
    """The document, or the one problem saying why ``text`` is not JSON (Python's json is lenient)."""
    try:
        return json.loads(text, parse_constant=_refuse_constant), []
    except json.JSONDecodeError as error:
        return None, [Problem(where, f"is not JSON: {error.msg} (line {error.lineno}, column {error.colno})")]
    except RecursionError:
        return None, [Problem(where, "is not JSON: it nests too deeply")]
    except ValueError as error:  # NaN, Infinity, numbers too long to convert
        return None, [Problem(where, f"is not JSON: {error}")]


def _nfc(name: str) -> str:
    """Names compared as Unicode NFC: macOS writes file names decomposed (NFD), editors compose."""
    return unicodedata.normalize("NFC", name)


# Building a package.


def _resolve_project_name(name: str, now: float) -> str:
    return name.replace(TIMESTAMP, str(int(now)))


def build_package(
    folder: str | os.PathLike[str],
    *,
    manifest: str | os.PathLike[str] | Mapping[str, Any] | None = None,
    project_name: str | None = None,
    on_progress: ProgressCallback | None = None,
    follow_symlinks: bool = False,
    workers: int = 4,
    now: float | None = None,
) -> PanoPackage:
    """Check a folder of panoramas in full, measure it, and return the package to stream.

    Args:
        folder: The panoramas, directly or in ``images/``; ``manifest.json`` in it is used.
        manifest: A manifest file or object to use instead of the folder's. Without either, one
            is made: images in name order, ids from the file names, all on floor 0.
        project_name: Overrides the manifest's; ``{{timestamp}}`` becomes the Unix time. Without
            either, the folder's name.
        on_progress: Called with ``Progress("packaging", done, total)`` as the images are measured.
        follow_symlinks: Package what links out of the folder point to (each is listed in the
            package's ``warnings``); without it, such a link is a problem. Links that stay inside
            the folder are files like any other.
        workers: Threads reading images for their checksums.
        now: The time for ``{{timestamp}}`` and the manifest's date (tests).

    Raises:
        PackageError: Everything wrong with the folder, images and manifest, each with its path.
    """
    root = Path(folder)
    moment = time.time() if now is None else now
    if not root.is_dir():
        raise PackageError(root, [Problem(str(root), "is not a folder")])
    images = _Images.of(root, follow_symlinks)
    if manifest is None and not os.path.lexists(root / MANIFEST_NAME):
        images = images.only_images()  # a made manifest lists the images; the rest is left out
    where, document, problems = _load_manifest(root, manifest, project_name, images)
    chosen, matching, unlisted = images.match(where, document)
    problems += matching
    measured: dict[str, tuple[int, int, int]] = {}
    for scan_id, path in chosen.items():
        try:
            measured[scan_id] = _inspect_image(path)
        except ValueError as reason:
            problems.append(Problem(images.prefix + path.name, str(reason)))
    if problems or not isinstance(document, dict):
        raise PackageError(root, problems)

    resolved = dict(document)
    resolved["project_name"] = _resolve_project_name(project_name or document["project_name"], moment)
    panoramas = tuple(Panorama(scan_id, path, *measured[scan_id]) for scan_id, path in chosen.items())
    checksums = _checksums(panoramas, on_progress, workers)
    manifest_bytes = (json.dumps(resolved, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode()
    entries = [ZipEntry.from_bytes(MANIFEST_NAME, manifest_bytes, moment)]
    for panorama in panoramas:
        size, crc, modified = checksums[panorama.scan_id]
        entries.append(ZipEntry(f"images/{panorama.scan_id}.jpg", panorama.path, size, crc, modified))
    warnings = (*images.warnings, *unlisted)
    return PanoPackage(root, PanoManifest.from_dict(resolved), panoramas, ZipLayout(entries), warnings)


@frozen
class _Images:
    """The candidate image files of a package folder, and how problems name them.

    Only regular files are candidates; anything else that is not a folder (a pipe, a socket, a
    device) is a problem and is never opened. A link that leaves the folder is a problem too,
    unless links are followed; then it is a warning, so that the check says so.
    """

    folder: Path
    prefix: str
    files: tuple[Path, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...] = ()

    @classmethod
    def of(cls, root: Path, follow_symlinks: bool = False) -> _Images:
        inside = root.resolve()
        nested = (root / "images").is_dir()
        folder = root / "images" if nested else root
        prefix = "images/" if nested else ""
        problems: list[Problem] = []
        warnings: list[Problem] = []
        if nested and (root / "images").is_symlink():
            outside = _outside(root / "images", "images", inside, follow_symlinks)
            if outside is not None:
                if not follow_symlinks:
                    return cls(folder, prefix, (), (outside,))
                warnings.append(outside)
                inside = folder.resolve()  # its files are judged against the folder it leads to
        try:
            entries = sorted(folder.iterdir(), key=lambda path: path.name)
        except OSError as error:
            return cls(folder, "", (), (Problem(str(folder), f"unreadable: {error.strerror or error}"),))
        files: list[Path] = []
        for path in entries:
            name = prefix + path.name
            if path.name.startswith(".") or (not nested and path.name == MANIFEST_NAME):
                continue
            outside = _outside(path, name, inside, follow_symlinks)
            if outside is not None:
                (warnings if follow_symlinks else problems).append(outside)
                if not follow_symlinks:
                    continue
            try:
                check_regular(path)
            except NotRegularFileError as error:
                if error.kind != "a folder":  # sub-folders are not panoramas: skipped
                    problems.append(Problem(name, str(error)))
                continue
            except OSError:
                pass  # a dangling link, say: reported as unreadable when it is inspected
            files.append(path)
        return cls(folder, prefix, tuple(files), tuple(problems), tuple(warnings))

    def only_images(self) -> _Images:
        """These files without those that are not images by their name or first bytes, as warnings."""
        kept, left_out = [], []
        for path in self.files:
            if _looks_like_an_image(path):
                kept.append(path)
            else:
                left_out.append(
                    Problem(self.prefix + path.name, "not an image (by its name or its bytes): left out")
                )
        return evolve(self, files=tuple(kept), warnings=(*self.warnings, *left_out))

    def match(self, where: str, document: object) -> tuple[dict[str, Path], list[Problem], list[Problem]]:
        """The file of each valid scan id, in scan_list order; the problems (missing, ambiguous
        images); the warnings (files the manifest does not list, left out)."""
        by_stem: dict[str, list[Path]] = {}
        for path in self.files:
            by_stem.setdefault(_nfc(path.stem), []).append(path)
        scans = document.get("scan_list") if isinstance(document, dict) else None
        problems: list[Problem] = []
        chosen: dict[str, Path] = {}
        claimed: set[Path] = set()
        for index, scan in enumerate(scans if isinstance(scans, list) else []):
            scan_id = scan.get("id") if isinstance(scan, dict) else None
            if not isinstance(scan_id, str) or not scan_id or _safe_id(scan_id) is not None:
                continue  # the check of the manifest reports it
            at = f"{where}: scan_list[{index}].id"
            matches = by_stem.get(_nfc(scan_id), [])
            if len(matches) > 1:  # nave.jpg beside nave.md: the image is meant
                named = [path for path in matches if path.suffix.lower() in IMAGE_SUFFIXES]
                matches = named if len(named) == 1 else matches
            claimed.update(matches)
            if not matches:
                problems.append(Problem(at, f"no image {self.prefix}{scan_id}.jpg for {scan_id!r}"))
            elif len(matches) > 1:
                names = " and ".join(self.prefix + path.name for path in matches)
                problems.append(Problem(at, f"{scan_id!r} matches {names}"))
            else:
                chosen.setdefault(scan_id, matches[0])
        # With no usable scan_list every file would be "extra"; a made one lists every usable file.
        unlisted: list[Problem] = []
        if where != GENERATED and isinstance(scans, list) and scans:
            unclaimed = [path for path in self.files if path not in claimed]
            unlisted = [
                Problem(self.prefix + path.name, "is not in scan_list: left out") for path in unclaimed
            ]
        return chosen, problems, unlisted


def _looks_like_an_image(path: Path) -> bool:
    """Whether a file is meant as a picture: an image's suffix, or an image's first bytes.

    Unreadable files count as images, so that the check reports them rather than skip them.
    """
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return True
    try:
        with open_regular(path) as file:
            head = file.read(12)
    except (OSError, NotRegularFileError):
        return True
    return head.startswith(b"\xff\xd8\xff") or (_kind(head) or "").endswith(" image")


def _outside(path: Path, where: str, inside: Path, following: bool) -> Problem | None:
    """The warning (``following``) or problem for a link out of ``inside``; None for anything else."""
    if not path.is_symlink():
        return None
    target = path.resolve()
    if target.is_relative_to(inside):
        return None
    if following:
        return Problem(where, f"is a link to {target}, outside the folder: followed")
    return Problem(
        where,
        f"is a link to {target}, outside the folder: pass follow_symlinks=True "
        "(vrlive pano2vr --follow-symlinks) to package what it points to",
    )


def _load_manifest(
    root: Path,
    manifest: str | os.PathLike[str] | Mapping[str, Any] | None,
    project_name: str | None,
    images: _Images,
) -> tuple[str, object, list[Problem]]:
    """Where the manifest comes from (for messages), the manifest, and its problems."""
    problems = list(images.problems)
    document: object
    if manifest is not None and not isinstance(manifest, str | os.PathLike):
        where, document = "the manifest given", dict(manifest)
        try:  # it goes into the archive as JSON: NaN, Infinity or a set could not
            json.dumps(document, allow_nan=False)
        except (TypeError, ValueError) as error:
            problems.append(Problem(where, f"cannot be written as JSON: {error}"))
            document = None
    elif manifest is not None or os.path.lexists(root / MANIFEST_NAME):
        path = Path(manifest) if manifest is not None else root / MANIFEST_NAME
        where = MANIFEST_NAME if manifest is None else str(path)
        document, unreadable = _read_manifest(path, where)
        problems += unreadable
    else:
        # Made as Realsee's tool makes it; a file whose name cannot be an id is reported as such.
        where, stems = GENERATED, set()
        for path in images.files:
            unsafe = _safe_id(path.stem)
            if unsafe is None:
                stems.add(_nfc(path.stem))
            else:
                problems.append(Problem(images.prefix + path.name, f"its name cannot be a scan id: {unsafe}"))
        document = {
            "version": MANIFEST_VERSION,
            "floor_map": {"0": 0},
            "project_name": project_name or root.resolve().name,
            "scan_list": [{"id": stem, "floor": 0} for stem in sorted(stems)],
        }
        if not images.files:
            return where, document, problems or [Problem(str(images.folder), "has no panoramas")]
    if document is not None:
        problems += _check_manifest(document, where, project_name)
    return where, document, problems


def _checksums(
    panoramas: tuple[Panorama, ...], on_progress: ProgressCallback | None, workers: int
) -> dict[str, tuple[int, int, float]]:
    """(size, CRC-32, modified time) of each image, read by ``workers`` threads (zlib frees the GIL)."""
    total = sum(panorama.size for panorama in panoramas)
    done = 0
    lock = threading.Lock()

    def advance(count: int) -> None:
        nonlocal done
        with lock:
            done += count
            if on_progress is not None:
                on_progress(Progress("packaging", done, total))

    def measure(panorama: Panorama) -> tuple[str, tuple[int, int, float]]:
        crc, size = 0, 0
        try:
            with open_regular(panorama.path) as file:
                modified = os.fstat(file.fileno()).st_mtime
                while chunk := file.read(_CHUNK):
                    crc, size = zlib.crc32(chunk, crc), size + len(chunk)
                    advance(len(chunk))
        except (OSError, NotRegularFileError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise SourceChangedError(panorama.path, f"could not be read once checked ({reason})") from None
        return panorama.scan_id, (size, crc, modified)

    if on_progress is not None:
        on_progress(Progress("packaging", 0, total))
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="vrlive-checksum") as pool:
        return dict(pool.map(measure, panoramas))
