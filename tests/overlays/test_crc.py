"""CRC-32 arithmetic: the CRC of two pieces joined from theirs is the CRC of the whole."""

from __future__ import annotations

import os
import zlib

from vrlive.crc import crc32_combine


def test_crc32_combine_joins_the_crcs_of_two_pieces() -> None:
    data = os.urandom(1_000_003)
    for cut in (0, 1, 4096, 500_000, 1_000_002, 1_000_003):
        first, second = data[:cut], data[cut:]
        assert crc32_combine(zlib.crc32(first), zlib.crc32(second), len(second)) == zlib.crc32(data)
