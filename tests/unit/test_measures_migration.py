"""Migration 0007: the summaries of records written before it are filled in, and it undoes."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from peerdesk.db.engine import write_engine
from peerdesk.db.migrate import alembic_config, current_revision, upgrade
from peerdesk.services.auth import SignedIn
from tests.unit.test_measures_reference import _world, assert_measures_match


def _objects(signed: SignedIn, kind: str, like: str) -> set[str]:
    with signed.store.engine.connect() as conn:
        return set(
            conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = :k AND name LIKE :n"),
                {"k": kind, "n": like},
            ).scalars()
        )


def test_0007_backfills_records_written_before_it(coordinator: SignedIn) -> None:
    engine = coordinator.store.engine
    with write_engine(engine).begin() as conn:
        command.downgrade(alembic_config(conn), "0006")
        assert current_revision(conn) == "0006"
    assert _objects(coordinator, "trigger", "trg_%") == set()
    assert not _objects(coordinator, "table", "activity_months")
    # Records of every kind, written while no trigger watches.
    _world(coordinator, 7)
    upgrade(engine)
    assert len(_objects(coordinator, "trigger", "trg_%")) == 20
    with coordinator.store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM activity_months")).scalar_one() > 0
        assert conn.execute(text("SELECT count(*) FROM open_match_starts")).scalar_one() > 0
        assert conn.execute(text("SELECT count(*) FROM custody_follow_ups")).scalar_one() > 0
        assert conn.execute(text("SELECT count(*) FROM referral_months")).scalar_one() > 0
    # The backfill equals a recount, and the measures read from it equal their definitions.
    assert_measures_match(coordinator)
