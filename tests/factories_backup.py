"""Helpers for backup tests: every row of every table, files in a folder, byte flips."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, Table, select

from peerdesk.db.engine import make_engine
from peerdesk.db.models import Base
from peerdesk.db.store import DataPaths
from peerdesk.services.backup_archive import SUFFIX

AUDIT_TABLE = "audit_log"
META_TABLE = "meta"
AUDIT_HEAD = "audit.head"


def all_rows(paths: DataPaths, key: bytes) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (schema tables and Alembic's), ordered by primary key."""
    engine = make_engine(paths.db, key)
    try:
        alembic = Table("alembic_version", MetaData(), autoload_with=engine)
        tables = [*Base.metadata.sorted_tables, alembic]
        with engine.connect() as conn:
            return {
                t.name: [
                    tuple(r)
                    for r in conn.execute(select(t).order_by(*(t.primary_key.columns or t.columns)))
                ]
                for t in tables
            }
    finally:
        engine.dispose()


def without_audit_tail(
    rows: dict[str, list[tuple[Any, ...]]], extra_entries: int
) -> dict[str, list[tuple[Any, ...]]]:
    """``rows`` less the last ``extra_entries`` audit entries and the audit head pointer."""
    out = dict(rows)
    out[AUDIT_TABLE] = rows[AUDIT_TABLE][: len(rows[AUDIT_TABLE]) - extra_entries]
    out[META_TABLE] = [r for r in rows[META_TABLE] if r[0] != AUDIT_HEAD]
    return out


def backups_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("*" + SUFFIX))


def member_data_offsets(path: Path) -> dict[str, tuple[int, int]]:
    """For each ZIP member: (offset of its first data byte, its size)."""
    out = {}
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            start = info.header_offset
            name_len = int.from_bytes(raw[start + 26 : start + 28], "little")
            extra_len = int.from_bytes(raw[start + 28 : start + 30], "little")
            out[info.filename] = (start + 30 + name_len + extra_len, info.file_size)
    return out


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def rewrite_member(src: Path, dst: Path, name: str, new_data: bytes) -> None:
    """Copy the archive with member ``name`` replaced (valid ZIP, CRCs right, hash stale)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, new_data if info.filename == name else zin.read(info))
