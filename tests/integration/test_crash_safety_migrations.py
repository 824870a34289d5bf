"""Crash safety of schema migrations: opening an older database is killed at random moments.

Issue 7: afterwards the database opens (finishing the migration), is at the head revision with
every row intact, passes ``peerdesk check``, and any pre-migration backup left behind is a
sound copy of the old database.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from peerdesk.db.engine import make_engine, write_engine
from peerdesk.db.migrate import alembic_config, current_revision
from peerdesk.db.migrations import HEAD
from peerdesk.db.store import DataPaths, Store
from peerdesk.services.integrity import check_store
from tests.conftest import Site, child_env
from tests.factories_demo import generate

pytestmark = pytest.mark.slow

ROUNDS = 8
PARTICIPANTS = 300  # about 14 MB: backup and migration take ~0.25 s, the kill window


def previous_revision() -> str:
    from alembic.script import ScriptDirectory

    down = ScriptDirectory.from_config(alembic_config()).get_revision(HEAD).down_revision
    assert isinstance(down, str)
    return down


def snapshot(db: Path, key: bytes) -> tuple[str | None, dict[str, tuple[int, str]], set[str]]:
    """(revision, {table: (rows, sha256 of its sorted rows)}, index names) of a database file.

    Every table but Alembic's own is read, so the comparison holds at any revision.
    """
    engine = make_engine(db, key)
    try:
        with engine.connect() as conn:
            rev = current_revision(conn)
            names = conn.execute(
                text("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'")
            ).all()
            tables: dict[str, tuple[int, str]] = {}
            for kind, name in names:
                if kind != "table" or name == "alembic_version":
                    continue
                rows = sorted(repr(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{name}"')))
                digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
                tables[name] = (len(rows), digest)
    finally:
        engine.dispose()
    return rev, tables, {name for kind, name in names if kind == "index"}


def _sound(db: Path, key: bytes) -> bool:
    engine = make_engine(db, key)
    try:
        raw = engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert conn is not None
            return not conn.execute("PRAGMA cipher_integrity_check").fetchall() and conn.execute(
                "PRAGMA quick_check"
            ).fetchall() == [("ok",)]
        finally:
            raw.close()
    finally:
        engine.dispose()


def _child(root: Path, key: bytes) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_children", "migrate", str(root)],
        env=child_env(CRASH_DATA_KEY=key.hex()),
        cwd=Path(__file__).parents[2],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    return child


@pytest.fixture
def old_site(site: Site) -> tuple[Site, bytes]:
    """The site with demo data, taken back to the revision before ``HEAD``."""
    signed = site.sign_in()
    generate(signed, PARTICIPANTS, seed=11)
    key = signed.store.data_key
    signed.store.close()
    from alembic import command

    engine = make_engine(site.paths.db, key)
    try:
        with write_engine(engine).begin() as conn:
            command.downgrade(alembic_config(conn), previous_revision())
    finally:
        engine.dispose()
    return site, key


def test_a_migration_killed_at_random_moments_loses_nothing(
    old_site: tuple[Site, bytes], tmp_path: Path
) -> None:
    """SIGKILL a child opening (so backing up and migrating) an older database: reopening
    finishes the migration with every row as before, and every pre-migration backup left is
    a sound copy of the old database."""
    site, key = old_site
    root = site.paths.root
    before = snapshot(site.paths.db, key)
    assert before[0] == previous_revision()
    pristine = tmp_path / "pristine"
    shutil.copytree(root, pristine)
    # A full run: the head state to expect, and how long opening takes (the kill window).
    child = _child(root, key)
    started = time.monotonic()
    assert child.stdout is not None and child.stdout.readline().strip() == "done"
    span = time.monotonic() - started
    child.wait(timeout=30)
    migrated = snapshot(site.paths.db, key)
    # Every table of before keeps its rows (a migration may add tables, filled from them).
    kept = {name: migrated[1][name] for name in before[1]}
    assert migrated[0] == HEAD and kept == before[1] and migrated[2] != before[2]

    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    seen: list[tuple[str | None, int, int]] = []
    for round_ in range(ROUNDS):
        shutil.rmtree(root)
        shutil.copytree(pristine, root)
        child = _child(root, key)
        try:
            time.sleep(rng.uniform(0.0, span * 1.5))
        finally:
            child.send_signal(signal.SIGKILL)
            _out, err = child.communicate(timeout=30)
        where = (seed, round_, err)
        left = snapshot(site.paths.db, key)  # as the kill left it, before anything repairs it
        assert left[0] in (before[0], HEAD), where
        assert left[1] == (migrated[1] if left[0] == HEAD else before[1]), where
        assert left[2] == (migrated[2] if left[0] == HEAD else before[2]), where
        backups = sorted(DataPaths(root).backups.glob("*.db"))
        partial = list(DataPaths(root).backups.glob("*.partial"))
        for backup in backups:
            assert _sound(backup, key), (where, backup.name)
            assert snapshot(backup, key)[:2] == before[:2], (where, backup.name)
        seen.append((left[0], len(backups), len(partial)))

        Store.open(DataPaths(root), key).close()
        assert snapshot(site.paths.db, key) == migrated, where
        signed = site.sign_in()
        try:
            result = check_store(signed.store, signed.actor)
        finally:
            signed.store.close()
        assert result.ok, (where, result.problems)
    print(f"migration crash rounds seed={seed} span={span:.2f}s (rev, backups, partial): {seen}")
