"""Copying and checking an SQLCipher database file: the per-dialect seam of backups.

The copy is made with SQLite's online backup API, run by SQLCipher on the live connection into
a new file keyed with the same raw data key. Why this and not ``sqlcipher_export``:

- it copies pages inside one read transaction of the live connection, so the copy is exactly
  one committed state (WAL mode: the snapshot of that transaction), schema, ``user_version``
  and all, without re-building every table and index;
- it runs in steps, which gives a progress figure and a way to cancel between steps;
- the same call already makes the pre-migration backups (``peerdesk.db.migrate``).

Pages are decrypted from the source and re-encrypted for the target by SQLCipher, so the copy
never exists in plain text on disk. This module is SQLCipher-only by nature (a file copy of a
database): a PostgreSQL store would back up with ``pg_dump`` behind the same service.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from peerdesk.db.models import Base

#: Pages copied per backup step (4 KiB pages: 16 MiB a step).
STEP_PAGES = 4096
#: Page cache of the checking connection, KiB: the structure check revisits pages.
CHECK_CACHE_KIB = 64 * 1024


def damaged_pages(count: int) -> str:
    """``count`` damaged pages in English words ("1 damaged page", "3 damaged pages").

    For the log and ``peerdesk check``, which speak English; these problems never reach a
    screen (a damaged backup shows one translated sentence there).
    """
    return f"{count} damaged page{'' if count == 1 else 's'}"


def table_names() -> list[str]:
    """Every table of the schema (plus Alembic's), in a stable order."""
    return sorted([t.name for t in Base.metadata.sorted_tables] + ["alembic_version"])


def count_rows(conn: Any) -> dict[str, int]:
    """Rows in each table, on a DB-API connection (names come from the schema, not input)."""
    present = {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    }
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # noqa: S608
        for name in table_names()
        if name in present
    }


def open_keyed(path: Path, key: bytes, cache_kib: int = 0) -> Any:
    """A plain (rollback-journal) SQLCipher connection to ``path`` keyed with ``key``."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        if cache_kib:
            conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    except BaseException:
        conn.close()
        raise
    return conn


def copy_database(
    source: Any,
    target_path: Path,
    key: bytes,
    *,
    on_pages: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Copy the database of DB-API connection ``source`` into ``target_path``.

    Counts the rows of every table in the same read transaction as the copy, so the counts
    describe exactly the copied state. ``on_pages(done, total)`` is called after each step
    and may raise to stop the copy.

    Returns:
        The row counts of the source at the copied state.
    """
    target = open_keyed(target_path, key)
    try:
        # A scratch file: made durable later, inside the backup file, by one fsync. No journal
        # and no fsync per step here.
        target.execute("PRAGMA journal_mode = OFF").fetchone()
        target.execute("PRAGMA synchronous = OFF")
        source.execute("BEGIN")
        try:
            counts = count_rows(source)

            def progress(_status: int, remaining: int, total: int) -> None:
                if on_pages is not None:
                    on_pages(total - remaining, total)

            source.backup(target, pages=STEP_PAGES, progress=progress, sleep=0)
        finally:
            source.execute("COMMIT")
        # The copied header says WAL (the live file's mode); a backup is one plain file.
        target.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        target.close()
    return counts


def check_database(path: Path, key: bytes) -> tuple[list[str], dict[str, int]]:
    """Read every page of the file at ``path`` and check its structure, as ``peerdesk check``.

    ``cipher_integrity_check`` proves every page is exactly what SQLCipher wrote with this key
    (its HMAC); ``quick_check`` then checks the structure of every table and index. The full
    ``integrity_check`` (each index against its table) costs 3-4 times more; in a page-exact
    copy it could only find damage already in the live file, where ``peerdesk check`` looks.

    Returns:
        The problems found (empty when sound) and the row counts of every table.
    """
    conn = open_keyed(path, key, CHECK_CACHE_KIB)
    try:
        problems: list[str] = []
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception:  # sqlcipher3.DatabaseError: wrong key or not a database
            return ["the database cannot be opened with its key"], {}
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            problems.append(damaged_pages(len(bad)))
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            problems.append("the database structure is damaged")
        counts = count_rows(conn) if not problems else {}
        return problems, counts
    finally:
        conn.close()


def site_and_revision(path: Path, key: bytes) -> tuple[str, str]:
    """The local site id and the Alembic revision stamped in the database at ``path``."""
    conn = open_keyed(path, key)
    try:
        site = conn.execute("SELECT id FROM sites WHERE is_local = 1").fetchone()
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (str(site[0]) if site else "", str(rev[0]) if rev else "")
    finally:
        conn.close()
