"""A ZIP file with a fixed list of members, written one way only and read strictly.

Members are stored (not compressed: the payload is ciphertext), in a fixed order, with fixed
timestamps (1980-01-01), attributes and versions and no extra fields or comments. So the bytes
of a container depend only on its members' contents, and the reader rebuilds them from the
contents it finds and compares: truncation, appended or prepended junk, a changed header, a
CRC or a name are all refused, without trusting a general ZIP parser with hostile input.
Standard tools (``unzip``, Python's ``zipfile``, Windows Explorer) open the file as usual.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

_LOCAL = struct.Struct("<IHHHHHIIIHH")  # 30 bytes
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")  # 46 bytes
_END = struct.Struct("<IHHHHIIH")  # 22 bytes
_LOCAL_SIG = 0x04034B50
_CENTRAL_SIG = 0x02014B50
_END_SIG = 0x06054B50
_VERSION_NEEDED = 20
_VERSION_MADE_BY = (3 << 8) | 20  # Unix, ZIP 2.0
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_DOS_TIME = 0
_EXTERNAL_ATTR = 0o100644 << 16  # a regular file, rw-r--r--
MAX_MEMBER = 2**32 - 2  # no ZIP64


class ContainerError(ValueError):
    """The bytes are not exactly a container with the expected members."""


def layout(members: Sequence[tuple[str, bytes | memoryview]]) -> list[bytes | memoryview]:
    """The container as a list of byte chunks to write in order (members are not copied)."""
    chunks: list[bytes | memoryview] = []
    central: list[bytes] = []
    offset = 0
    for name, data in members:
        if len(data) > MAX_MEMBER:
            raise ValueError("member too large for a ZIP without ZIP64")
        raw_name = name.encode("ascii")
        crc = zlib.crc32(data)
        local = _LOCAL.pack(
            _LOCAL_SIG,
            _VERSION_NEEDED,
            0,
            0,
            _DOS_TIME,
            _DOS_DATE,
            crc,
            len(data),
            len(data),
            len(raw_name),
            0,
        )
        central.append(
            _CENTRAL.pack(
                _CENTRAL_SIG,
                _VERSION_MADE_BY,
                _VERSION_NEEDED,
                0,
                0,
                _DOS_TIME,
                _DOS_DATE,
                crc,
                len(data),
                len(data),
                len(raw_name),
                0,
                0,
                0,
                0,
                _EXTERNAL_ATTR,
                offset,
            )
            + raw_name
        )
        chunks += [local + raw_name, data]
        offset += len(local) + len(raw_name) + len(data)
    directory = b"".join(central)
    end = _END.pack(_END_SIG, 0, 0, len(members), len(members), len(directory), offset, 0)
    return [*chunks, directory + end]


def read_members(
    data: bytes | memoryview, names: Sequence[str], max_sizes: Sequence[int]
) -> list[memoryview]:
    """The members' contents, in order, if ``data`` is exactly their container.

    Raises:
        ContainerError: anything else (with a short technical reason, never content).
    """
    view = memoryview(data)
    found: list[memoryview] = []
    offset = 0
    for name, max_size in zip(names, max_sizes, strict=True):
        if offset + _LOCAL.size > len(view):
            raise ContainerError("truncated")
        fields = _LOCAL.unpack_from(view, offset)
        size, name_len = fields[8], fields[9]
        if fields[0] != _LOCAL_SIG or name_len != len(name):
            raise ContainerError("unexpected member header")
        if size > max_size:
            raise ContainerError(f"member {name} too large")
        start = offset + _LOCAL.size + name_len
        if start + size > len(view):
            raise ContainerError("truncated")
        found.append(view[start : start + size])
        offset = start + size
    expected = layout(list(zip(names, found, strict=True)))
    position = 0
    for chunk in expected:
        if view[position : position + len(chunk)] != chunk:
            raise ContainerError("not the expected container layout")
        position += len(chunk)
    if position != len(view):
        raise ContainerError("extra bytes after the container")
    return found
