"""Opening a store: damaged, truncated, foreign and newer databases get clear errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from peerdesk.db.engine import CACHE_KIB, connect_raw
from peerdesk.db.store import DataPaths
from peerdesk.domain.errors import (
    KeySlotsDamaged,
    NewerSchema,
    StoreDamaged,
    StoreNotInitialized,
)
from peerdesk.services.auth import AuthService
from tests.conftest import ADMIN, ADMIN_PASS, Site


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sign_in(paths: DataPaths) -> None:
    AuthService(paths).sign_in(ADMIN, ADMIN_PASS).store.close()


def test_not_initialized(data_paths: DataPaths) -> None:
    with pytest.raises(StoreNotInitialized):
        _sign_in(data_paths)


@pytest.mark.parametrize("keep", [0, 100, 4096, 8192])
def test_truncated_database(site: Site, keep: int) -> None:
    data = site.paths.db.read_bytes()
    assert len(data) > keep
    site.paths.db.write_bytes(data[:keep])
    before = _digest(site.paths.db)
    with pytest.raises(StoreDamaged) as err:
        _sign_in(site.paths)
    assert "damaged" in str(err.value)
    assert _digest(site.paths.db) == before


def test_corrupted_first_page(site: Site) -> None:
    data = bytearray(site.paths.db.read_bytes())
    data[40:80] = b"\x00" * 40
    site.paths.db.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged):
        _sign_in(site.paths)


def test_plain_sqlite_file_in_place_of_database(site: Site) -> None:
    import sqlite3

    site.paths.db.unlink()
    conn = sqlite3.connect(site.paths.db)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (zeroblob(9000))")
    conn.commit()
    conn.close()
    with pytest.raises(StoreDamaged):
        _sign_in(site.paths)


@pytest.mark.parametrize("action", ["delete", "garble"])
def test_key_slot_file_problems(site: Site, action: str) -> None:
    if action == "delete":
        site.paths.slots.unlink()
    else:
        site.paths.slots.write_bytes(b"{not json")
    with pytest.raises(KeySlotsDamaged):
        _sign_in(site.paths)


def test_newer_schema_is_refused_and_untouched(site: Site) -> None:
    signed = site.sign_in()
    key = signed.store.data_key
    signed.store.close()
    conn = connect_raw(site.paths.db, key)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(site.paths.db)
    with pytest.raises(NewerSchema) as err:
        _sign_in(site.paths)
    assert "newer version" in str(err.value)
    assert _digest(site.paths.db) == before
    assert not site.paths.backups.exists()


def test_sqlcipher_settings(coordinator) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with coordinator.store.engine.connect() as conn:
        pragma = {
            name: conn.execute(text(f"PRAGMA {name}")).scalar()
            for name in (
                "journal_mode",
                "foreign_keys",
                "cache_size",
                "cipher_provider",
                "cipher_version",
            )
        }
    assert pragma["journal_mode"] == "wal"
    assert pragma["foreign_keys"] == 1
    assert pragma["cache_size"] == -CACHE_KIB  # KiB: large enough for the daily queries
    assert 16 * 1024 <= CACHE_KIB <= 64 * 1024  # and small enough for the window (bench 6)
    assert pragma["cipher_provider"] == "openssl"
    assert str(pragma["cipher_version"]).startswith("4.")


def test_wrong_key_cannot_read(site: Site) -> None:
    import sqlcipher3

    with pytest.raises(sqlcipher3.DatabaseError):
        connect_raw(site.paths.db, b"\x01" * 32)


def test_unwritable_data_dir(tmp_path: Path) -> None:
    from peerdesk.domain.errors import DataDirUnusable

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirUnusable) as err:
        DataPaths(blocker / "data").ensure_writable()
    assert "cannot write" in str(err.value)


def test_close_wipes_the_key_from_the_store_and_engine(site: Site) -> None:
    from sqlalchemy import text

    signed = site.sign_in()
    store = signed.store
    store.close()
    with pytest.raises(RuntimeError):
        _ = store.data_key
    with pytest.raises(Exception, match="key was wiped"), store.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
