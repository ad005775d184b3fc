"""``vrlive`` on a disk that is full while a file ``FULL`` exists in the working folder.

For `TinyDisk` where a tmpfs cannot be mounted (no root): every file vrlive replaces (its state
file) fails to be written with ENOSPC, as a full disk makes it fail, at the same call.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from vrlive import batch, cli, files

_replace_file = files.replace_file


def _full_disk_replace_file(path: Path, data: bytes, *, durable: bool = False) -> None:
    if Path("FULL").exists():
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    _replace_file(path, data, durable=durable)


if __name__ == "__main__":
    batch.replace_file = _full_disk_replace_file  # the test's seam, in this process only
    sys.exit(cli.main())
