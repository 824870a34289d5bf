"""The SQLCipher engine: raw 256-bit key, WAL, foreign keys, large cache, quiet logs.

One keyed connection is kept open per thread (``SingletonThreadPool``): keying costs nothing with
a raw key, but a warm page cache is what keeps SQLCipher within about 1.1x of plain SQLite.
Write transactions start with ``BEGIN IMMEDIATE`` so that read-then-write sequences (the audit
chain) can never interleave between threads.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

#: Page cache per connection in KiB (negative = KiB for SQLite): 32 MiB. 128 MiB bought
#: nothing measurable at 100,000 participants (bench 6) and kept the window at ~490 MB;
#: with 32 MiB it stays under 300 MB with the participant list open.
CACHE_KIB = 32 * 1024
BUSY_TIMEOUT_MS = 10_000
#: Execution option asking for ``BEGIN IMMEDIATE`` (a write transaction).
WRITE_OPTION = "peerdesk_write"


def connect_raw(path: Path, key: bytes) -> Any:
    """Open one SQLCipher DB-API connection keyed with ``key`` and tuned; autocommit mode."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # Silence SQLCipher's own stderr logging (e.g. "hmac check failed") before keying.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The first read proves the key (and that the file is a database at all).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, key: bytes | bytearray) -> Engine:
    """An SQLAlchemy engine over the SQLCipher file at ``path``, keyed with ``key``.

    A ``bytearray`` key is used by reference: zeroing it (``Store.close``) leaves the engine
    unable to open new connections, so the key does not outlive the store in this object.
    """
    import sqlcipher3.dbapi2
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import SingletonThreadPool

    holder = key if isinstance(key, bytearray) else bytearray(key)

    def creator() -> Any:
        if not any(holder):
            raise RuntimeError("the store is closed: its key was wiped")
        return connect_raw(path, bytes(holder))

    # The plain pysqlite dialect over the sqlcipher3 module: the pysqlcipher dialect would
    # issue its own passphrase PRAGMA key, and ours is a raw key set in ``connect_raw``.
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        # Never put bound values (names, notes, keys) into exception text or logs.
        hide_parameters=True,
        poolclass=SingletonThreadPool,
        pool_size=8,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions begin as write transactions."""
    return engine.execution_options(**{WRITE_OPTION: True})
