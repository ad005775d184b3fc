"""The read log of a streamed archive: pieces read by several streams, more than once, check out
against each image's CRC-32; a piece that changed between reads, or one never read, does not."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

from vrlive import SourceChangedError
from vrlive.zipstream import ReadLog, ZipEntry, ZipLayout

MB = 1024 * 1024


def layout_of(path: Path) -> ZipLayout:
    data = path.read_bytes()
    return ZipLayout([ZipEntry("images/a.jpg", path, len(data), zlib.crc32(data), path.stat().st_mtime)])


def test_pieces_read_by_several_streams_more_than_once_check_out(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(os.urandom(3 * MB))
    layout = layout_of(path)
    start = layout.span_at(0).size  # the image's bytes follow its local header
    log = ReadLog()
    for offset, length in ((2 * MB, MB), (0, MB), (MB, MB), (MB, MB // 2), (MB, MB), (0, MB)):
        with layout.open(log) as stream:  # a part: its checksum pass, a dropped attempt, its retry
            stream.seek(start + offset)
            stream.read(length)
    log.verify(layout.entries)


@pytest.mark.parametrize("case", ["changed between two passes", "changed between two parts", "a gap"])
def test_the_read_log_refuses_what_does_not_check_out(tmp_path: Path, case: str) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(os.urandom(2 * MB))
    layout = layout_of(path)
    start = layout.span_at(0).size
    log = ReadLog()

    def part(offset: int, length: int) -> None:
        with layout.open(log) as stream:
            stream.seek(start + offset)
            stream.read(length)

    def change() -> None:  # around the middle, where the two parts meet
        before = path.stat()
        with path.open("r+b") as file:
            file.seek(MB - 10)
            file.write(bytes(20))
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    if case == "changed between two passes":
        part(0, MB)
        part(MB, MB)
        change()
        part(MB, MB)  # the retry sends other bytes than the first pass
    elif case == "changed between two parts":
        part(0, MB)
        change()
        part(MB, MB)
    else:
        part(0, MB)
        part(MB + 1, MB - 1)
    with pytest.raises(SourceChangedError, match=r"a\.jpg"):
        log.verify(layout.entries)
