"""Backups: verified copies that restore exactly, refuse tampering and wrong secrets."""

from __future__ import annotations

import json
import logging
import os
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from peerdesk.db import keyslots
from peerdesk.db.store import DataPaths
from peerdesk.domain.errors import PermissionDenied
from peerdesk.services import backup_archive as archive
from peerdesk.services.audit import AuditFilter, AuditService
from peerdesk.services.auth import SignedIn
from peerdesk.services.backup import (
    BackupService,
    automatic_backup,
    backup_on_close,
    create_backup,
)
from peerdesk.services.backup_archive import BackupError
from peerdesk.services.backup_files import list_backups, rotate_backups
from peerdesk.services.integrity import check_store
from peerdesk.services.restore import (
    PassphraseSecret,
    RecoveryCodeSecret,
    check_backup,
    restore_backup,
)
from peerdesk.services.settings import SettingsService
from tests.conftest import ADMIN, ADMIN_PASS, USER_PASS, Site, add_user
from tests.factories_backup import (
    all_rows,
    backups_in,
    flip_byte,
    member_data_offsets,
    rewrite_member,
    without_audit_tail,
)
from tests.factories_demo import generate


@pytest.fixture
def demo(coordinator: SignedIn) -> SignedIn:
    generate(coordinator, 12, seed=5)
    return coordinator


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def recovery(site: Site) -> RecoveryCodeSecret:
    return RecoveryCodeSecret(site.init.recovery_code)


def test_restore_on_a_clean_folder_gives_back_every_row(
    site: Site, demo: SignedIn, out: Path, tmp_path: Path
) -> None:
    before = all_rows(site.paths, demo.store.data_key)
    assert sum(len(r) for r in before.values()) > 500  # the demo data is there
    result = create_backup(demo.store, demo.actor, out)
    assert backups_in(out) == [result.path]
    assert result.rows == sum(len(r) for r in before.values())

    target = DataPaths(tmp_path / "other-computer")
    restored = restore_backup(result.path, target.root, recovery(site))
    assert restored.site_id == demo.actor.site_id
    assert restored.replaced_dir is None

    after = all_rows(target, demo.store.data_key)
    assert set(after) == set(before)
    # Exactly the backed-up rows, plus one audit entry for the restore.
    assert without_audit_tail(after, 1) == without_audit_tail(before, 0)
    last = after["audit_log"][-1]
    assert (last[3], last[4], last[5]) == ("backup.restore", "backup", result.path.name)
    assert last[6] == "ok"
    # The restored site opens with the same passphrases and passes `peerdesk check`.
    signed = Site(target, site.init).sign_in()
    try:
        assert check_store(signed.store, signed.actor).ok
    finally:
        signed.store.close()


def test_a_coordinator_passphrase_restores_and_is_audited_by_name(
    site: Site, coordinator: SignedIn, out: Path, tmp_path: Path
) -> None:
    path = create_backup(coordinator.store, coordinator.actor, out).path
    target = tmp_path / "new"
    restore_backup(path, target, PassphraseSecret("MARIA", ADMIN_PASS))
    rows = all_rows(DataPaths(target), coordinator.store.data_key)["audit_log"]
    assert (rows[-1][2], rows[-1][3]) == (ADMIN, "backup.restore")


def test_a_peer_educator_passphrase_does_not_restore(
    coordinator: SignedIn, out: Path, tmp_path: Path
) -> None:
    add_user(coordinator, "joe", "peer_educator")
    path = create_backup(coordinator.store, coordinator.actor, out).path
    target = tmp_path / "new"
    with pytest.raises(BackupError) as caught:
        restore_backup(path, target, PassphraseSecret("joe", USER_PASS))
    assert caught.value.reason == "not_allowed"
    assert not DataPaths(target).is_initialized()
    assert [p.name for p in target.iterdir()] == []


@pytest.mark.parametrize(
    "secret",
    [
        RecoveryCodeSecret("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"),
        RecoveryCodeSecret(""),
        PassphraseSecret(ADMIN, "not the passphrase at all"),
        PassphraseSecret("nobody", ADMIN_PASS),
    ],
)
def test_a_wrong_secret_is_refused_and_nothing_is_written(
    coordinator: SignedIn, out: Path, tmp_path: Path, secret: RecoveryCodeSecret
) -> None:
    path = create_backup(coordinator.store, coordinator.actor, out).path
    target = tmp_path / "new"
    with pytest.raises(BackupError) as caught:
        restore_backup(path, target, secret)
    assert caught.value.reason == "wrong_secret"
    assert "Nothing was changed." in str(caught.value)
    assert not target.exists() or list(target.iterdir()) == []


@pytest.mark.parametrize("member", archive.MEMBERS)
def test_a_flipped_byte_in_any_member_is_refused(
    site: Site, coordinator: SignedIn, out: Path, tmp_path: Path, member: str
) -> None:
    path = create_backup(coordinator.store, coordinator.actor, out).path
    offset, size = member_data_offsets(path)[member]
    flip_byte(path, offset + size // 2)
    with pytest.raises(BackupError) as caught:
        check_backup(path)
    assert caught.value.reason == "damaged"
    target = tmp_path / "new"
    with pytest.raises(BackupError):
        restore_backup(path, target, recovery(site))
    assert not target.exists() or list(target.iterdir()) == []


@pytest.mark.parametrize("member", [archive.DB_MEMBER, archive.SLOTS_MEMBER])
def test_a_member_swapped_with_valid_zip_checksums_is_refused(
    site: Site, coordinator: SignedIn, out: Path, tmp_path: Path, member: str
) -> None:
    path = create_backup(coordinator.store, coordinator.actor, out).path
    with zipfile.ZipFile(path) as zf:
        data = bytearray(zf.read(member))
    data[len(data) // 2] ^= 1
    forged = tmp_path / "forged.pdbackup"
    rewrite_member(path, forged, member, bytes(data))
    with pytest.raises(BackupError) as caught:
        restore_backup(forged, tmp_path / "new", recovery(site))
    assert caught.value.reason == "damaged"


def test_a_manifest_naming_another_site_is_refused(
    site: Site, coordinator: SignedIn, out: Path, tmp_path: Path
) -> None:
    path = create_backup(coordinator.store, coordinator.actor, out).path
    with zipfile.ZipFile(path) as zf:
        body = json.loads(zf.read(archive.MANIFEST_MEMBER))
    body["site_id"] = "00000000-0000-4000-8000-000000000000"
    forged = tmp_path / "forged.pdbackup"
    rewrite_member(path, forged, archive.MANIFEST_MEMBER, json.dumps(body).encode())
    with pytest.raises(BackupError) as caught:
        restore_backup(forged, tmp_path / "new", recovery(site))
    assert caught.value.reason == "damaged"


def test_a_truncated_or_foreign_file_is_not_a_backup(
    coordinator: SignedIn, out: Path, tmp_path: Path
) -> None:
    path = create_backup(coordinator.store, coordinator.actor, out).path
    cut = tmp_path / "cut.pdbackup"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    other = tmp_path / "notes.pdbackup"
    other.write_text("hello")
    for bad in (cut, other):
        with pytest.raises(BackupError) as caught:
            check_backup(bad)
        assert caught.value.reason == "not_a_backup"


def test_the_backup_is_encrypted_and_the_manifest_names_nobody(demo: SignedIn, out: Path) -> None:
    from sqlalchemy import select

    from peerdesk.db.models import ParticipantRow

    with demo.store.uow(write=False) as uow:
        names = [r.legal_last_name for r in uow.session.scalars(select(ParticipantRow))]
    path = create_backup(demo.store, demo.actor, out).path
    raw = path.read_bytes()
    assert b"SQLite format 3" not in raw
    assert len(names) == 12
    assert not any(name.encode() in raw for name in names if len(name) >= 4)
    with zipfile.ZipFile(path) as zf:
        assert [i.filename for i in zf.infolist()] == list(archive.MEMBERS)
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_STORED}
        manifest = json.loads(zf.read(archive.MANIFEST_MEMBER))
    assert set(manifest) == {
        "format",
        "format_version",
        "app_version",
        "schema_version",
        "site_id",
        "created_at",
        "members",
    }
    assert manifest["site_id"] == demo.actor.site_id
    assert archive.NAME_RE.match(path.name)
    assert path.name.startswith(f"peerdesk-backup-{demo.actor.site_id[:8]}-")


def test_backup_is_audited_with_ids_only(coordinator: SignedIn, out: Path) -> None:
    result = create_backup(coordinator.store, coordinator.actor, out)
    entries = AuditService(coordinator.store).entries(
        coordinator.actor, AuditFilter(action_prefix="backup.")
    )
    assert [(e.action, e.object_type, e.object_id, e.outcome) for e in entries] == [
        ("backup.create", "backup", result.path.name, "ok")
    ]


def test_peer_educators_may_not_make_backups(site: Site, coordinator: SignedIn, out: Path) -> None:
    add_user(coordinator, "joe", "peer_educator")
    joe = site.sign_in("joe", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            create_backup(joe.store, joe.actor, out)
    finally:
        joe.store.close()
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_said_plainly(coordinator: SignedIn, tmp_path: Path) -> None:
    with pytest.raises(BackupError) as caught:
        create_backup(coordinator.store, coordinator.actor, tmp_path / "gone")
    assert caught.value.reason == "no_folder"
    assert "does not exist" in str(caught.value)


def test_cancel_leaves_nothing(coordinator: SignedIn, out: Path) -> None:
    seen: list[int] = []
    with pytest.raises(BackupError) as caught:
        create_backup(
            coordinator.store,
            coordinator.actor,
            out,
            progress=lambda done, total: seen.append(done),
            cancel=lambda: len(seen) > 2,
        )
    assert caught.value.reason == "cancelled"
    assert list(out.iterdir()) == []


def test_progress_goes_from_0_to_100(coordinator: SignedIn, out: Path) -> None:
    seen: list[int] = []
    create_backup(coordinator.store, coordinator.actor, out, lambda d, t: seen.append(d))
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)


# --- restoring over a site --------------------------------------------------------------------
def test_an_existing_site_is_not_replaced_without_asking(
    site: Site, coordinator: SignedIn, out: Path
) -> None:
    path = create_backup(coordinator.store, coordinator.actor, out).path
    before = sorted(p.name for p in site.paths.root.iterdir())
    with pytest.raises(BackupError) as caught:
        restore_backup(path, site.paths.root, recovery(site))
    assert caught.value.reason == "not_empty"
    assert sorted(p.name for p in site.paths.root.iterdir()) == before


def test_replace_keeps_the_old_files(
    site: Site, coordinator: SignedIn, out: Path, tmp_path: Path
) -> None:
    path = create_backup(coordinator.store, coordinator.actor, out).path
    add_user(coordinator, "added.later", "auditor")
    newer = all_rows(site.paths, coordinator.store.data_key)
    key = coordinator.store.data_key
    coordinator.store.close()

    result = restore_backup(path, site.paths.root, recovery(site), replace=True)
    assert result.replaced_dir is not None
    assert result.replaced_dir.parent == site.paths.root
    assert result.replaced_dir.name.startswith("replaced-")
    kept = DataPaths(result.replaced_dir)
    assert kept.slots.exists()
    # The replaced database is intact (with the user added after the backup) ...
    assert all_rows(kept, key)["users"] == newer["users"]
    # ... and the restored one is the backup's, without that user.
    assert any("added.later" in r for r in newer["users"])
    assert not any("added.later" in r for r in all_rows(site.paths, key)["users"])
    assert not [p for p in site.paths.root.iterdir() if p.name.startswith(".restore-")]


# --- rotation and automatic backups -----------------------------------------------------------
def _fake_backup(folder: Path, site_id: str, when: datetime, n: int = 0) -> Path:
    path = folder / archive.backup_name(site_id, when, n)
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_the_newest_and_nothing_else_is_touched(tmp_path: Path) -> None:
    site_id = "abcdef12-0000-4000-8000-000000000000"
    start = datetime(2026, 1, 1, tzinfo=UTC)
    made = [_fake_backup(tmp_path, site_id, start + timedelta(hours=i)) for i in range(6)]
    same_second = _fake_backup(tmp_path, site_id, start + timedelta(hours=5), n=1)
    other_site = _fake_backup(tmp_path, "99999999-0000", start)
    pre_migration = tmp_path / "peerdesk.pre-migration-0003-to-0005.20260101T000000Z.db"
    pre_migration.write_bytes(b"y")
    fresh_temp = tmp_path / f"{archive.TEMP_PREFIX}abc.zip.tmp"
    fresh_temp.write_bytes(b"z")
    old_temp = tmp_path / f"{archive.TEMP_PREFIX}old.db.tmp-journal"
    old_temp.write_bytes(b"z")
    os.utime(old_temp, (0, 0))

    deleted = rotate_backups(tmp_path, 3, site_id)
    kept = [b.path for b in list_backups(tmp_path, site_id)]
    assert kept == [same_second, made[5], made[4]]
    assert sorted(deleted) == sorted(made[:4])
    assert other_site.exists() and pre_migration.exists() and fresh_temp.exists()
    assert not old_temp.exists()
    assert rotate_backups(tmp_path, 0, site_id) == []


def test_automatic_backups_follow_the_setting(site: Site, coordinator: SignedIn) -> None:
    SettingsService(coordinator.store).set(coordinator.actor, "backups_to_keep", 2)
    clock_times = iter(datetime(2026, 5, 1, 8, i, tzinfo=UTC) for i in range(10))
    audit = AuditService(coordinator.store)
    for _ in range(4):
        now = next(clock_times)
        result = automatic_backup(coordinator.store, coordinator.actor, clock=lambda n=now: n)
        assert result is not None and result.path.parent == site.paths.backups
        # Nothing done since: no new backup.
        assert automatic_backup(coordinator.store, coordinator.actor) is None
        audit.record(coordinator.actor, "session.unlock", "user", coordinator.actor.user_id)
    kept = list_backups(site.paths.backups, coordinator.actor.site_id)
    assert [b.created_at.minute for b in kept] == [3, 2]
    check_backup(kept[0].path)
    service = BackupService(coordinator.store)
    assert service.automatic_backups(coordinator.actor) == kept


def test_automatic_backup_failing_is_logged_and_never_raised(
    site: Site, coordinator: SignedIn, caplog: pytest.LogCaptureFixture
) -> None:
    site.paths.backups.write_bytes(b"a file where the folder should be")
    with caplog.at_level(logging.WARNING):
        assert backup_on_close(coordinator.store, coordinator.actor) is None
    assert "automatic backup at close failed" in caplog.text
    assert str(site.paths.root) not in caplog.text  # the reason only, no paths
    assert check_store(coordinator.store, coordinator.actor).ok


def test_restored_key_slots_are_the_sites(
    site: Site, coordinator: SignedIn, out: Path, tmp_path: Path
) -> None:
    path = create_backup(coordinator.store, coordinator.actor, out).path
    target = DataPaths(tmp_path / "new")
    restore_backup(path, target.root, recovery(site))
    assert target.slots.read_bytes() == site.paths.slots.read_bytes()
    assert keyslots.load(target.slots).has_user_slot(ADMIN)
