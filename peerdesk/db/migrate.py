"""Bring a database to the schema this peerdesk expects, backing it up first.

An up-to-date database is recognised with one plain query; Alembic (slow to import) loads only
when a migration is due. A database written by a newer peerdesk is refused and left untouched.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.clock import utcnow
from peerdesk.db.migrations import HEAD
from peerdesk.domain.errors import NewerSchema

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine


def current_revision(conn: Connection) -> str | None:
    """The revision stamped in the database, or None for a database with no schema."""
    from sqlalchemy import text

    has_table = conn.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).scalar_one()
    if not has_table:
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def alembic_config(conn: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "peerdesk.db:migrations")
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, target: str = HEAD) -> None:
    """Run migrations up to ``target`` in one write transaction."""
    from alembic import command

    from peerdesk.db.engine import write_engine

    with write_engine(engine).begin() as conn:
        command.upgrade(alembic_config(conn), target)


def backup_before_migration(engine: Engine, db_path: Path, from_rev: str, key: bytes) -> Path:
    """Copy the database (still encrypted, same key) to ``backups/`` with a dated name."""
    from peerdesk.db.engine import connect_raw
    from peerdesk.fsutil import fsync_dir

    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    for stale in backups.glob(f"{db_path.stem}.pre-migration-*.partial*"):
        stale.unlink(missing_ok=True)  # left by a start killed while it was backing up
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{db_path.stem}.pre-migration-{from_rev}-to-{HEAD}.{stamp}.db"
    tmp = target.with_suffix(".partial")
    dest = connect_raw(tmp, key)
    try:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            raw.close()
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())  # on the disk before it takes the backup's name
    tmp.replace(target)
    fsync_dir(backups)  # and the name too, before the migration changes the database
    return target


def ensure_current(engine: Engine, db_path: Path, key: bytes) -> Path | None:
    """Migrate an existing database to ``HEAD``; return the backup made, if any.

    Raises:
        NewerSchema: the database has a revision this peerdesk does not know.
    """
    with engine.connect() as conn:
        rev = current_revision(conn)
    if rev == HEAD:
        return None
    if rev is not None and rev not in known_revisions():
        raise NewerSchema(
            "This database was written by a newer version of peerdesk. It has not been "
            "changed. Install the newer version to open it."
        )
    backup = backup_before_migration(engine, db_path, rev, key) if rev is not None else None
    upgrade(engine)
    return backup
