"""Files vrlive reads and writes on its own: opened only when they are what they should be, never
blocking on one that is not; written whole; their names shown without terminal controls.

A named pipe, a socket or a device can carry any name, ``a.jpg`` or a state file's included.
Opening a pipe for reading waits for a writer (forever, if none comes), reading ``/dev/zero`` never
ends, and opening some devices does something by itself (a tape rewinds). So a file is looked at
before it is opened, opened without blocking, and looked at again on the open descriptor: what is
read is a regular file, whatever took the name in between. Files vrlive writes itself (a state
file and its lock) are opened without following a link at their name either: a link planted
there would send the write elsewhere.

A file name can hold any character but ``/`` and NUL: terminal escape sequences included, which
would retitle the window, clear the screen or hide text when printed. `printable()` is what the
command line shows of a name.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Final

from vrlive.errors import NotRegularFileError

_NONBLOCKING: Final = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_OPEN_FLAGS: Final = os.O_RDONLY | _NONBLOCKING
_NO_FOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_CLOSE_ON_EXEC: Final = getattr(os, "O_CLOEXEC", 0)
_KINDS: Final = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISLNK, "a symbolic link"),
)
NEW_FILE_MODE: Final = 0o644
"""The permissions of a file `replace_file()` creates (one it replaces keeps its own)."""
_HIDDEN: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f"  # C0 and C1 controls: ESC starts every terminal sequence, CSI is 0x9b
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional overrides: text shown reordered
    "\u2028\u2029"  # line and paragraph separators
    "\ud800-\udfff]"  # undecodable bytes of a name (surrogate escapes): no terminal can print them
)


def kind_of(mode: int) -> str | None:
    """What a ``st_mode`` describes when it is not a regular file (``"a named pipe"``); else None."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def check_regular(path: Path, *, follow_symlinks: bool = True) -> os.stat_result:
    """``path``'s status if it is a regular file (a link at ``path`` followed unless told not to).

    Raises:
        NotRegularFileError: It is a pipe, socket, device or folder (or a link, when not followed).
        OSError: It cannot be looked at (missing, a dangling link, no permission).
    """
    found = path.stat(follow_symlinks=follow_symlinks)
    kind = kind_of(found.st_mode)
    if kind is not None:
        raise NotRegularFileError(kind)
    return found


def _open_checked(path: Path, flags: int, mode: int = 0o666) -> int:
    """A descriptor of ``path`` opened with ``flags`` (without blocking), if it is a regular file."""
    try:
        descriptor = os.open(path, flags | _NONBLOCKING | _CLOSE_ON_EXEC, mode)
    except OSError as error:
        # O_NOFOLLOW refuses a link at the name with ELOOP (EMLINK on some BSDs).
        if flags & _NO_FOLLOW and error.errno in (errno.ELOOP, errno.EMLINK) and path.is_symlink():
            raise NotRegularFileError("a symbolic link") from None
        raise
    try:
        kind = kind_of(os.fstat(descriptor).st_mode)
        if kind is not None:  # swapped for something else since it was looked at
            raise NotRegularFileError(kind)
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def open_regular(path: Path, *, follow_symlinks: bool = True) -> io.BufferedReader:
    """``path`` opened for reading in binary, if it is a regular file; never blocks on one that is not.

    Raises:
        NotRegularFileError, OSError: As `check_regular()`.
    """
    check_regular(path, follow_symlinks=follow_symlinks)
    flags = _OPEN_FLAGS | (0 if follow_symlinks else _NO_FOLLOW)
    return os.fdopen(_open_checked(path, flags), "rb")


def open_lock_file(path: Path) -> int:
    """A descriptor of ``path`` (created if missing) to hold an advisory lock on; never a link's
    target, never a pipe.

    Raises:
        NotRegularFileError: Something other than a regular file has the name (a link included).
        OSError: It cannot be opened or created.
    """
    return _open_checked(path, os.O_RDWR | os.O_CREAT | _NO_FOLLOW, NEW_FILE_MODE)


def replace_file(path: Path, data: bytes, *, durable: bool = False) -> None:
    """Make ``data`` the whole content of ``path``, never half of it.

    Written to a temporary file of a unique name in ``path``'s folder (created exclusively: never
    through a link planted there), then renamed over ``path``: a process that dies leaves the old
    content or the new. With ``durable``, the file is synced to disk before the rename and the
    folder after it, so that the new content survives a crash of the machine too (some 10 ms on an
    SSD, where the rest takes a few; without it, a file system that flushes a file replaced by
    rename, as ext4, XFS and btrfs do, still keeps the old content or the new).

    Raises:
        OSError: It could not be written (no space left, no permission...); ``path`` is unchanged
            and the temporary file removed.
    """
    try:
        mode = stat.S_IMODE(path.stat(follow_symlinks=False).st_mode)
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            os.fchmod(file.fileno(), mode)
            file.write(data)
            if durable:
                file.flush()
                os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if durable:
        sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Sync a folder's entries to disk (where the file system allows it)."""
    descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOSE_ON_EXEC)
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):  # folders that cannot be synced
            raise
    finally:
        os.close(descriptor)


def printable(text: str, *, keep: str = "") -> str:
    """``text`` with the characters a terminal would act on (or could not print) shown as escapes:
    ``\\x1b`` for ESC and the other controls (newlines and tabs included, unless in ``keep``),
    ``\\u202e`` for bidirectional overrides, ``\\udcff`` for an undecodable byte of a file name."""

    def escape(match: re.Match[str]) -> str:
        character = match.group()
        if character in keep:
            return character
        code = ord(character)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _HIDDEN.sub(escape, text)


__all__ = [
    "NotRegularFileError",
    "check_regular",
    "kind_of",
    "open_lock_file",
    "open_regular",
    "printable",
    "replace_file",
    "sync_folder",
]
