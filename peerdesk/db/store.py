"""The data directory: where the database and key slots live, and opening them safely."""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.db.uow import DAMAGED_MESSAGE, UnitOfWork
from peerdesk.domain.errors import (
    DataDirUnusable,
    StoreAlreadyInitialized,
    StoreDamaged,
    StoreNotInitialized,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    # Loaded by the methods that use them: the sign-in window needs only DataPaths.
    from peerdesk.db import keyslots

DB_NAME = "peerdesk.db"
SLOTS_NAME = "keyslots.json"


@dataclass(frozen=True)
class DataPaths:
    """Files of one site's data directory."""

    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def db_in_progress(self) -> Path:
        return self.root / (DB_NAME + ".creating")

    @property
    def slots(self) -> Path:
        return self.root / SLOTS_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def is_initialized(self) -> bool:
        return self.db.exists()

    def ensure_writable(self) -> None:
        """Create the directory if needed and prove it can be written, or say why not."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / f".write-test-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise DataDirUnusable(
                f"peerdesk cannot write its data folder {self.root}: "
                f"{exc.strerror or 'permission denied'}. Ask IT for write access to it, "
                "or start peerdesk with --data-dir pointing to a folder you can write."
            ) from exc

    def require_initialized(self) -> None:
        if not self.is_initialized():
            raise StoreNotInitialized(
                f"No peerdesk site in {self.root} yet. Run 'peerdesk init' or start the "
                "application to set one up."
            )

    def require_empty(self) -> None:
        if self.is_initialized():
            raise StoreAlreadyInitialized(
                f"{self.root} already holds a peerdesk site; nothing was changed."
            )


def _open_engine_checked(path: Path, key: bytearray) -> Engine:
    """Open an existing database, turning 'not a database' into a clear ``StoreDamaged``."""
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError

    from peerdesk.db.engine import make_engine

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StoreDamaged(DAMAGED_MESSAGE) from exc
    if size < 4096:
        # An empty or truncated file would otherwise be taken for a new, empty database.
        raise StoreDamaged(DAMAGED_MESSAGE)
    engine = make_engine(path, key)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            has_version = conn.execute(
                text(
                    "SELECT count(*) FROM sqlite_master "
                    "WHERE type='table' AND name='alembic_version'"
                )
            ).scalar_one()
    except DatabaseError as exc:
        engine.dispose()
        raise StoreDamaged(DAMAGED_MESSAGE) from exc
    if not has_version:
        engine.dispose()
        raise StoreDamaged(DAMAGED_MESSAGE)
    return engine


class Store:
    """An unlocked site store: the engine, and the data key for rewrapping key slots."""

    def __init__(self, paths: DataPaths, engine: Engine, data_key: bytearray) -> None:
        self.paths = paths
        self.engine = engine
        #: Shared with the engine's connection factory; zeroed by ``close``.
        self._key = data_key
        self._local = threading.local()

    @property
    def data_key(self) -> bytes:
        if not any(self._key):
            raise RuntimeError("store is closed")
        return bytes(self._key)

    def uow(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self.engine, write=write, local=self._local)

    def load_slots(self) -> keyslots.KeySlots:
        from peerdesk.db import keyslots

        return keyslots.load(self.paths.slots)

    def save_slots(self, slots: keyslots.KeySlots) -> None:
        from peerdesk.db import keyslots

        keyslots.save(self.paths.slots, slots)

    def close(self) -> None:
        """Close every connection and forget the data key."""
        self.engine.dispose()
        self._key[:] = bytes(len(self._key))

    @classmethod
    def open(cls, paths: DataPaths, data_key: bytes) -> Store:
        """Open an existing database with its data key, migrating it if it is older."""
        from sqlalchemy.exc import DatabaseError

        from peerdesk.db.migrate import ensure_current

        paths.require_initialized()
        key = bytearray(data_key)
        engine = _open_engine_checked(paths.db, key)
        try:
            ensure_current(engine, paths.db, data_key)
        except DatabaseError as exc:
            engine.dispose()
            raise StoreDamaged(DAMAGED_MESSAGE) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(paths, engine, key)

    @classmethod
    def create(cls, paths: DataPaths, data_key: bytes) -> Store:
        """A brand-new database at a temporary name; call ``finish_create`` to publish it."""
        from peerdesk.db.engine import make_engine
        from peerdesk.db.migrate import upgrade

        paths.ensure_writable()
        paths.require_empty()
        for leftover in paths.root.glob(paths.db_in_progress.name + "*"):
            leftover.unlink()
        key = bytearray(data_key)
        engine = make_engine(paths.db_in_progress, key)
        upgrade(engine)
        return cls(paths, engine, key)

    def discard_unfinished(self) -> None:
        """Remove a database that ``create`` started but ``finish_create`` did not publish."""
        self.engine.dispose()
        for leftover in self.paths.root.glob(self.paths.db_in_progress.name + "*"):
            with contextlib.suppress(OSError):
                leftover.unlink()

    def finish_create(self, slots: keyslots.KeySlots) -> None:
        """Write the key slots, then move the database into place (the commit point of init)."""
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        self.engine.dispose()
        self.save_slots(slots)
        os.replace(self.paths.db_in_progress, self.paths.db)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (self.paths.root / (self.paths.db_in_progress.name + suffix)).unlink()
        from peerdesk.db.engine import make_engine
        from peerdesk.fsutil import fsync_dir

        fsync_dir(self.paths.root)
        self.engine = make_engine(self.paths.db, self._key)
