"""A stored (uncompressed) ZIP archive laid out in advance and read as a seekable stream.

Panorama packages are JPEGs, which deflate does not shrink, so every entry is stored. Once each
file's size and CRC-32 are known, every byte of the archive is known too: the headers are built
in memory (a few hundred bytes per entry) and the file contents are read from the files
themselves as the stream reaches them. Nothing is copied to disk, memory does not grow with the
archive, and the total size is known before the first byte is sent (multipart uploads and
progress bars need it).

Every local header carries its CRC and sizes (no data descriptors), so streaming readers accept
the archive as well as central-directory readers. ZIP64 records are written only where a size,
offset or count needs them, as Python's ``zipfile`` does.

The CRC-32 in a header was measured before streaming; the bytes streamed are read later, and a
file can change in between. So every read is checked: a file read whole by one stream at once,
and, for an upload whose parts each read their own piece (`ReadLog`), the pieces joined
before the upload is completed.
"""

from __future__ import annotations

import bisect
import io
import os
import struct
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from attrs import frozen

from vrlive.crc import crc32_combine
from vrlive.errors import NotRegularFileError, SourceChangedError
from vrlive.files import open_regular

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

ZIP64_LIMIT: Final = (1 << 31) - 1
"""Sizes and offsets above this get ZIP64 fields (zipfile's threshold, for the widest compatibility)."""
_MOST_ENTRIES: Final = 0xFFFF
_VERSION_PLAIN, _VERSION_ZIP64 = 20, 45
_UNIX = 3 << 8
_REGULAR_FILE = 0o100644 << 16
_UTF8_NAME = 1 << 11
_LOCAL, _CENTRAL = b"PK\x03\x04", b"PK\x01\x02"
_END, _END64, _LOCATOR64 = b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"


@frozen
class ZipEntry:
    """One stored member: its name in the archive and where its bytes come from.

    ``source`` is the bytes themselves (a small generated file) or the path of a file whose
    ``size`` and ``crc32`` were measured beforehand.
    """

    name: str
    source: bytes | Path
    size: int
    crc32: int
    modified: float
    """The source file's modification time when it was measured (``st_mtime``)."""

    @classmethod
    def from_bytes(cls, name: str, data: bytes, modified: float) -> ZipEntry:
        return cls(name, data, len(data), zlib.crc32(data), modified)


@frozen
class _Span:
    """A run of the archive: bytes held in memory, or a whole entry's file."""

    start: int
    size: int
    data: bytes | None = None
    entry: ZipEntry | None = None


def _dos_time(moment: float) -> tuple[int, int]:
    local = time.localtime(max(moment, 315532800.0))  # the format starts in 1980
    day = ((local.tm_year - 1980) << 9) | (local.tm_mon << 5) | local.tm_mday
    clock = (local.tm_hour << 11) | (local.tm_min << 5) | (local.tm_sec // 2)
    return clock, day


def _zip64_extra(*values: int) -> bytes:
    return struct.pack(f"<HH{len(values)}Q", 1, 8 * len(values), *values) if values else b""


class ZipLayout:
    """Where every byte of the archive comes from, computed once from its entries."""

    def __init__(self, entries: Sequence[ZipEntry], *, zip64_limit: int = ZIP64_LIMIT) -> None:
        self.entries = tuple(entries)
        spans: list[_Span] = []
        central = bytearray()
        offset = 0
        for entry in self.entries:
            local, record = self._headers(entry, offset, zip64_limit)
            spans.append(_Span(offset, len(local), data=local))
            offset += len(local)
            if entry.size:
                inline = entry.source if isinstance(entry.source, bytes) else None
                spans.append(_Span(offset, entry.size, data=inline, entry=entry))
                offset += entry.size
            central += record
        ending = self._ending(len(self.entries), len(central), offset, zip64_limit)
        spans.append(_Span(offset, len(central) + len(ending), data=bytes(central) + ending))
        self.size = offset + len(central) + len(ending)
        self._spans = tuple(spans)
        self._starts = [span.start for span in spans]

    @staticmethod
    def _headers(entry: ZipEntry, offset: int, limit: int) -> tuple[bytes, bytes]:
        name = entry.name.encode()
        flags = 0 if entry.name.isascii() else _UTF8_NAME
        clock, day = _dos_time(entry.modified)
        big_file, far = entry.size > limit, offset > limit
        version = _VERSION_ZIP64 if big_file or far else _VERSION_PLAIN
        size32 = 0xFFFFFFFF if big_file else entry.size
        local_extra = _zip64_extra(entry.size, entry.size) if big_file else b""
        local = struct.pack(
            "<4sHHHHHIIIHH", _LOCAL, version, flags, 0, clock, day, entry.crc32, size32, size32,
            len(name), len(local_extra),
        ) + name + local_extra  # fmt: skip
        central_extra = _zip64_extra(
            *((entry.size, entry.size) if big_file else ()), *((offset,) if far else ())
        )
        record = struct.pack(
            "<4sHHHHHHIIIHHHHHII", _CENTRAL, _UNIX | version, version, flags, 0, clock, day,
            entry.crc32, size32, size32, len(name), len(central_extra), 0, 0, 0, _REGULAR_FILE,
            0xFFFFFFFF if far else offset,
        ) + name + central_extra  # fmt: skip
        return local, record

    @staticmethod
    def _ending(count: int, central_size: int, central_start: int, limit: int) -> bytes:
        if count < _MOST_ENTRIES and central_size <= limit and central_start <= limit:
            return struct.pack("<4sHHHHIIH", _END, 0, 0, count, count, central_size, central_start, 0)
        end64_start = central_start + central_size
        end64 = struct.pack(
            "<4sQHHIIQQQQ", _END64, 44, _UNIX | _VERSION_ZIP64, _VERSION_ZIP64, 0, 0, count, count,
            central_size, central_start,
        )  # fmt: skip
        locator = struct.pack("<4sIQI", _LOCATOR64, 0, end64_start, 1)
        end = struct.pack(
            "<4sHHHHIIH", _END, 0, 0, min(count, _MOST_ENTRIES), min(count, _MOST_ENTRIES),
            min(central_size, 0xFFFFFFFF), min(central_start, 0xFFFFFFFF), 0,
        )  # fmt: skip
        return end64 + locator + end

    def span_at(self, position: int) -> _Span:
        return self._spans[bisect.bisect_right(self._starts, position) - 1]

    def open(self, log: ReadLog | None = None) -> ZipStream:
        """A new seekable reader of the archive's bytes (close it, or use it as a context manager).

        ``log`` records what the reader reads of each file, for `ReadLog.verify()`.
        """
        return ZipStream(self, log)

    def iter_bytes(self, chunk_size: int = 1 << 20) -> Iterator[bytes]:
        """The archive, chunk by chunk."""
        with self.open() as stream:
            while chunk := stream.read(chunk_size):
                yield chunk


_CHANGED: Final = "changed since it was checked; package it again"
CHANGED_WHILE_UPLOADING: Final = (
    "changed while the package was being uploaded: the bytes sent do not match the CRC-32 written "
    "for it; the upload was aborted, nothing was stored: package it again"
)
# Seen when a part opens the file, before a byte of it is sent: the same abort follows.
_RESTAMPED_WHILE_UPLOADING: Final = (
    "changed while the package was being uploaded: its size or modification time is not what was "
    "checked; the upload was aborted, nothing was stored: package it again"
)


class _Run:
    """Bytes of one file read in one go by one stream: from ``start``, up to ``end``, their CRC-32."""

    __slots__ = ("start", "state")

    def __init__(self, start: int) -> None:
        self.start = start
        self.state = (start, 0)  # (end, CRC-32), replaced whole: readable from another thread

    def add(self, data: memoryview) -> tuple[int, int]:
        end, crc = self.state
        self.state = (end + len(data), zlib.crc32(data, crc))
        return self.state


class ReadLog:
    """What the streams of one upload read of each file, to check against its CRC-32 before completing.

    s3transfer opens the package once per part and each part's thread reads its own piece, so an
    image split across parts is never read whole by one stream; botocore may read a part more
    than once (a checksum, the payload's hash, the sending, a retry). Each stream logs the runs of
    each file it reads with their CRC-32; `verify()` requires that runs read from the same
    offset agree, that the longest of them cover the file exactly, and that their CRCs joined
    (`crc32_combine()`) are the file's. A shorter run from the same offset (an
    attempt cut short and retried) was not stored by the server, and is not counted.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs: dict[ZipEntry, list[_Run]] = {}

    def begin(self, entry: ZipEntry, start: int) -> _Run:
        run = _Run(start)
        with self._lock:
            self._runs.setdefault(entry, []).append(run)
        return run

    def verify(self, entries: Iterable[ZipEntry]) -> None:
        """Raise `SourceChangedError` for the first file whose bytes read do not check out."""
        for entry in entries:
            if isinstance(entry.source, Path) and entry.size:
                with self._lock:
                    states = [(run.start, *run.state) for run in self._runs.get(entry, ())]
                problem = _unverified(entry, states)
                if problem is not None:
                    raise SourceChangedError(entry.source, problem)


def _unverified(entry: ZipEntry, runs: list[tuple[int, int, int]]) -> str | None:
    """Why the runs (start, end, CRC-32) read of ``entry`` do not prove its bytes; None if they do."""
    longest: dict[int, tuple[int, set[int]]] = {}
    for start, end, crc in runs:
        known = longest.get(start)
        if end > start and (known is None or end > known[0]):
            longest[start] = (end, {crc})
        elif known is not None and end == known[0]:
            known[1].add(crc)
    joined, position = 0, 0
    for start in sorted(longest):
        end, crcs = longest[start]
        if len(crcs) > 1:  # the same bytes read twice, and different: which went out is unknown
            return CHANGED_WHILE_UPLOADING
        if start != position:
            return (
                "was not read whole and in order by the upload's parts, so its CRC-32 cannot be "
                "checked; the upload was aborted, nothing was stored"
            )
        joined = crc32_combine(joined, crcs.pop(), end - start)  # from 0, the CRC of nothing
        position = end
    if position != entry.size:
        return "was not read whole by the upload's parts; the upload was aborted, nothing was stored"
    return None if joined == entry.crc32 else CHANGED_WHILE_UPLOADING


class ZipStream(io.RawIOBase):
    """The archive as a read-only, seekable binary file.

    It opens one source file at a time and checks it is unchanged since it was measured: the same
    size and modification time on opening; the same CRC-32 when it reads a file whole, from its
    start; and with a `ReadLog`, every run of a file it reads is logged for the upload to
    verify. A mismatch raises `SourceChangedError` instead of sending a corrupt archive.
    """

    def __init__(self, layout: ZipLayout, log: ReadLog | None = None) -> None:
        super().__init__()
        self._layout = layout
        self._log = log
        self._position = 0
        self._file: io.BufferedReader | None = None
        self._file_entry: ZipEntry | None = None
        self._reading: dict[ZipEntry, _Run] = {}  # the run each file's next contiguous read extends

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._layout.size}[whence]
        if base + offset < 0:
            raise ValueError(f"negative seek position {base + offset}")
        self._position = base + offset
        return self._position

    def _runs(self, size: int) -> Iterator[tuple[_Span, int, int]]:
        """(span, offset in it, length) of the next ``size`` bytes, advancing the position."""
        left = min(size, self._layout.size - self._position)
        while left > 0:
            span = self._layout.span_at(self._position)
            within = self._position - span.start
            wanted = min(left, span.size - within)
            yield span, within, wanted
            self._position += wanted
            left -= wanted

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        filled = 0
        for span, within, wanted in self._runs(len(view)):
            target = view[filled : filled + wanted]
            if span.data is not None:
                target[:] = span.data[within : within + wanted]
            else:
                assert span.entry is not None
                got = self._open(span.entry, within).readinto(target)
                self._verify(span.entry, within, wanted, got, target)
            filled += wanted
        return filled

    def read(self, size: int | None = -1) -> bytes:
        """The next ``size`` bytes (the rest when negative) as one bytes object.

        RawIOBase's read fills a buffer and then copies it; a multipart upload reads whole parts,
        so that copy would double the memory each part takes. Here a read within one image is
        the file's own bytes object, and only reads across files are joined.
        """
        count = self._layout.size - self._position if size is None or size < 0 else size
        pieces = []
        for span, within, wanted in self._runs(count):
            if span.data is not None:
                pieces.append(span.data[within : within + wanted])
            else:
                assert span.entry is not None
                data = self._open(span.entry, within).read(wanted)
                self._verify(span.entry, within, wanted, len(data), memoryview(data))
                pieces.append(data)
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)

    def _open(self, entry: ZipEntry, within: int) -> io.BufferedReader:
        """The entry's file, opened once while the stream reads it, positioned at ``within``."""
        path = entry.source
        assert isinstance(path, Path)
        if self._file_entry is not entry:
            self._close_file()
            try:
                self._file = open_regular(path)
            except (OSError, NotRegularFileError) as error:
                reason = getattr(error, "strerror", None) or str(error)
                raise SourceChangedError(path, f"cannot be read since it was checked ({reason})") from None
            self._file_entry = entry
            found = os.fstat(self._file.fileno())
            if (found.st_size, found.st_mtime) != (entry.size, entry.modified):
                raise SourceChangedError(path, _CHANGED if self._log is None else _RESTAMPED_WHILE_UPLOADING)
        assert self._file is not None
        self._file.seek(within)
        return self._file

    def _verify(self, entry: ZipEntry, within: int, wanted: int, got: int, data: memoryview) -> None:
        assert isinstance(entry.source, Path)
        if got != wanted:
            raise SourceChangedError(entry.source, "is shorter than when it was checked; package it again")
        run = self._reading.get(entry)
        if run is None or run.state[0] != within:  # a file's first read here, or after a seek
            run = self._log.begin(entry, within) if self._log is not None else _Run(within)
            self._reading[entry] = run
        end, crc = run.add(data)
        if run.start == 0 and end == entry.size and crc != entry.crc32:
            raise SourceChangedError(entry.source, _CHANGED if self._log is None else CHANGED_WHILE_UPLOADING)

    def _close_file(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file, self._file_entry = None, None

    def close(self) -> None:
        self._close_file()
        super().close()


__all__ = [
    "CHANGED_WHILE_UPLOADING",
    "ZIP64_LIMIT",
    "ReadLog",
    "SourceChangedError",
    "ZipEntry",
    "ZipLayout",
    "ZipStream",
]
