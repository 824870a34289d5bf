"""Migrations: first revision to head, backup before migrating, models match the schema."""

from __future__ import annotations

import uuid

from sqlalchemy import text

from peerdesk.db import keyslots
from peerdesk.db.engine import make_engine
from peerdesk.db.migrate import current_revision, known_revisions, upgrade
from peerdesk.db.migrations import HEAD
from peerdesk.db.store import DataPaths, Store
from tests.conftest import ADMIN_PASS

FIRST = "0001"


def test_head_constant_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    from peerdesk.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD
    assert FIRST in known_revisions()


def _database_at_first_revision(paths: DataPaths) -> bytes:
    """A site database as the first revision left it, with one user and key slots."""
    paths.ensure_writable()
    key = keyslots.new_data_key()
    engine = make_engine(paths.db, key)
    upgrade(engine, FIRST)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sites (id, name, kind, is_local, created_at) "
                "VALUES (:id, 'Old Site', 'facility', 1, '2025-01-01T00:00:00.000000Z')"
            ),
            {"id": str(uuid.uuid4())},
        )
        conn.execute(
            text(
                "INSERT INTO users (id, username, role, active, must_change_passphrase, "
                "created_at, updated_at) VALUES (:id, 'maria', 'coordinator', 1, 0, "
                "'2025-01-01T00:00:00.000000Z', '2025-01-01T00:00:00.000000Z')"
            ),
            {"id": str(uuid.uuid4())},
        )
    engine.dispose()
    slots = keyslots.KeySlots.new()
    slots.set_user_slot("maria", ADMIN_PASS, key)
    keyslots.save(paths.slots, slots)
    return key


def test_first_revision_migrates_to_head_with_backup(data_paths: DataPaths) -> None:
    key = _database_at_first_revision(data_paths)
    store = Store.open(data_paths, key)
    try:
        with store.engine.connect() as conn:
            assert current_revision(conn) == HEAD
            assert conn.execute(text("SELECT name FROM sites")).scalar_one() == "Old Site"
            # The table added by a later revision exists.
            conn.execute(text("SELECT count(*) FROM site_keys")).scalar_one()
    finally:
        store.close()
    backups = list(data_paths.backups.glob("*.db"))
    assert len(backups) == 1
    assert f"pre-migration-{FIRST}-to-{HEAD}" in backups[0].name
    # The backup is still encrypted with the same key, and still at the old revision.
    old = make_engine(backups[0], key)
    with old.connect() as conn:
        assert current_revision(conn) == FIRST
    old.dispose()
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")


def test_up_to_date_database_makes_no_backup(coordinator) -> None:  # type: ignore[no-untyped-def]
    assert not coordinator.store.paths.backups.exists()


def test_models_match_migrated_schema(coordinator) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from peerdesk.db.models import Base

    with coordinator.store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
