"""CRC-32 arithmetic: the CRC of two pieces joined, from the CRCs of the pieces (zlib's crc32_combine).

Python's ``zlib`` has ``crc32`` but not ``crc32_combine``. An upload reads each image in pieces,
one per part and thread; joining the pieces' CRCs checks the whole image against the CRC-32 in its
ZIP header without reading it again.

The CRC-32 register is linear over GF(2): appending n zero bytes to a message is a 32x32 bit
matrix applied to its CRC, and crc(A + B) = zeros(len(B)) applied to crc(A), xor crc(B). The
matrices for 2**k zero bytes are squares of one another, so a join costs one matrix-vector
product per bit set in len(B), with the matrices computed once.
"""

from __future__ import annotations

import functools
from typing import Final

_POLYNOMIAL: Final = 0xEDB88320  # CRC-32 (IEEE 802.3), bit-reversed, as zlib computes it

_Matrix = tuple[int, ...]
"""32 columns: column n is what bit n of the register becomes."""


def _apply(matrix: _Matrix, vector: int) -> int:
    result, column = 0, 0
    while vector:
        if vector & 1:
            result ^= matrix[column]
        vector >>= 1
        column += 1
    return result


def _square(matrix: _Matrix) -> _Matrix:
    return tuple(_apply(matrix, column) for column in matrix)


@functools.cache
def _zero_bytes(power: int) -> _Matrix:
    """The matrix that appends 2**power zero bytes to a CRC-32 register."""
    if power > 0:
        return _square(_zero_bytes(power - 1))
    # One zero bit: the register shifts right, and its low bit, shifted out, brings the polynomial in.
    operator: _Matrix = (_POLYNOMIAL, *(1 << bit for bit in range(31)))
    for _ in range(3):  # 2, 4, 8 bits: one byte
        operator = _square(operator)
    return operator


def crc32_combine(first: int, second: int, second_length: int) -> int:
    """``zlib.crc32(a + b)`` from ``zlib.crc32(a)``, ``zlib.crc32(b)`` and ``len(b)``."""
    if second_length < 0:
        raise ValueError(f"a length cannot be negative: {second_length}")
    power = 0
    while second_length:
        if second_length & 1:
            first = _apply(_zero_bytes(power), first)
        second_length >>= 1
        power += 1
    return first ^ second


__all__ = ["crc32_combine"]
