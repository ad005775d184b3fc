"""Opening the files of a panorama folder: regular files only, never blocking on one that is not.

A named pipe, a socket or a device can carry any name, ``a.jpg`` included. Opening a pipe for
reading waits for a writer (forever, if none comes), reading ``/dev/zero`` never ends, and opening
some devices does something by itself (a tape rewinds). So a file is looked at before it is
opened, opened without blocking, and looked at again on the open descriptor: what is read is a
regular file, whatever took the name in between.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import Final

_OPEN_FLAGS: Final = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_KINDS: Final = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class NotRegularFileError(ValueError):
    """A path names something other than a regular file; the message says what (``is a socket, ...``)."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"is {kind}, not a regular file")
        self.kind = kind


def kind_of(mode: int) -> str | None:
    """What a ``st_mode`` describes when it is not a regular file (``"a named pipe"``); else None."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def check_regular(path: Path) -> os.stat_result:
    """``path``'s status (links followed) if it is a regular file.

    Raises:
        NotRegularFileError: It is a pipe, socket, device or folder.
        OSError: It cannot be looked at (missing, a dangling link, no permission).
    """
    found = path.stat()
    kind = kind_of(found.st_mode)
    if kind is not None:
        raise NotRegularFileError(kind)
    return found


def open_regular(path: Path) -> io.BufferedReader:
    """``path`` opened for reading in binary, if it is a regular file; never blocks on one that is not.

    Raises:
        NotRegularFileError, OSError: As `check_regular()`.
    """
    check_regular(path)
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        kind = kind_of(os.fstat(descriptor).st_mode)
        if kind is not None:  # swapped for something else since it was looked at
            raise NotRegularFileError(kind)
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


__all__ = ["NotRegularFileError", "check_regular", "kind_of", "open_regular"]
