"""The backup made before a migration: leftovers of an interrupted one are cleared."""

from __future__ import annotations

from peerdesk.db.migrate import backup_before_migration
from peerdesk.services.auth import SignedIn


def test_a_killed_backup_leaves_nothing_behind_at_the_next_start(coordinator: SignedIn) -> None:
    store = coordinator.store
    backups = store.paths.db.parent / "backups"
    backups.mkdir(exist_ok=True)
    stem = store.paths.db.stem
    stale = [
        backups / f"{stem}.pre-migration-0005-to-0006.20260101T000000Z.partial",
        backups / f"{stem}.pre-migration-0005-to-0006.20260101T000000Z.partial-wal",
        backups / f"{stem}.pre-migration-0005-to-0006.20260101T000000Z.partial-shm",
    ]
    for path in stale:
        path.write_bytes(b"torn")
    other = backups / "peerdesk-backup-abcd1234-20260101-000000.pdbackup"
    other.write_bytes(b"not ours to touch")
    made = backup_before_migration(store.engine, store.paths.db, "0005", store.data_key)
    assert made.exists() and made.stat().st_size > 0
    assert not any(path.exists() for path in stale)
    assert other.read_bytes() == b"not ours to touch"
    assert sorted(p.name for p in backups.iterdir()) == sorted([made.name, other.name])
