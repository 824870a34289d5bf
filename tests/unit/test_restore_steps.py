"""Restore in steps, as the window runs it: preview without the key, prepare with progress and
cancel, install after the site is closed; and the refusals, each leaving nothing behind."""

from __future__ import annotations

import errno
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from peerdesk.db.store import DataPaths
from peerdesk.domain.errors import DataDirUnusable
from peerdesk.services import backup_archive as archive
from peerdesk.services import restore, restore_preview
from peerdesk.services.auth import SignedIn
from peerdesk.services.backup import create_backup
from peerdesk.services.backup_archive import BackupError
from peerdesk.services.restore import (
    PassphraseSecret,
    RecoveryCodeSecret,
    discard_restore,
    install_restore,
    prepare_restore,
)
from peerdesk.services.restore_preview import preview_backup, read_manifest
from tests.conftest import ADMIN_PASS, Site
from tests.factories_backup import all_rows, flip_byte, member_data_offsets, without_audit_tail
from tests.factories_demo import generate


@pytest.fixture
def demo(coordinator: SignedIn) -> SignedIn:
    generate(coordinator, 6, seed=7)
    return coordinator


@pytest.fixture
def backup(demo: SignedIn, tmp_path: Path) -> Path:
    out = tmp_path / "stick"
    out.mkdir()
    return create_backup(demo.store, demo.actor, out).path


def recovery(site: Site) -> RecoveryCodeSecret:
    return RecoveryCodeSecret(site.init.recovery_code)


def listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []


def test_preview_says_what_the_manifest_says_and_reads_every_byte(site: Site, backup: Path) -> None:
    seen: list[int] = []
    preview = preview_backup(backup, progress=lambda done, _total: seen.append(done))
    manifest = read_manifest(backup)
    assert preview.site_id == site.init.site_id == manifest.site_id
    assert preview.created_at == manifest.created_at
    assert (preview.app_version, preview.schema_version) == (
        manifest.app_version,
        manifest.schema_version,
    )
    assert preview.size == backup.stat().st_size
    assert preview.database_size == manifest.members[archive.DB_MEMBER][1]
    assert seen[-1] == 100 and seen == sorted(seen)


@pytest.mark.parametrize("member", [archive.SLOTS_MEMBER, archive.DB_MEMBER])
def test_preview_finds_a_changed_byte(backup: Path, member: str) -> None:
    start, size = member_data_offsets(backup)[member]
    flip_byte(backup, start + size // 2)
    read_manifest(backup)  # the manifest alone still reads: only the hashes tell
    with pytest.raises(BackupError) as caught:
        preview_backup(backup)
    assert caught.value.reason == "damaged"


def test_preview_refuses_a_truncated_file_and_a_foreign_one(backup: Path, tmp_path: Path) -> None:
    half = tmp_path / "half.pdbackup"
    half.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    photo = tmp_path / "photo.pdbackup"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 5000)
    for path in (half, photo, tmp_path / "missing.pdbackup"):
        with pytest.raises(BackupError) as caught:
            preview_backup(path)
        assert caught.value.reason == "not_a_backup", path


def _with_manifest(backup: Path, out: Path, **changes: Any) -> Path:
    with zipfile.ZipFile(backup) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == archive.MANIFEST_MEMBER:
                data = json.dumps({**json.loads(data), **changes}).encode()
            zout.writestr(info, data)
    return out


def test_preview_refuses_a_newer_schema_before_any_secret(backup: Path, tmp_path: Path) -> None:
    newer = _with_manifest(backup, tmp_path / "newer.pdbackup", schema_version="0099_future")
    with pytest.raises(BackupError) as caught:
        preview_backup(newer)
    assert caught.value.reason == "too_new"
    assert "newer version of peerdesk" in str(caught.value)


def test_preview_can_be_cancelled(backup: Path) -> None:
    with pytest.raises(BackupError) as caught:
        preview_backup(backup, cancel=lambda: True)
    assert caught.value.reason == "cancelled"
    assert str(caught.value) == "The restore was cancelled. Nothing was changed."


def test_prepare_changes_nothing_until_install_then_every_row_is_back(
    site: Site, demo: SignedIn, backup: Path, tmp_path: Path
) -> None:
    before = all_rows(site.paths, demo.store.data_key)
    target = DataPaths(tmp_path / "new-computer")
    seen: list[int] = []
    prepared = prepare_restore(
        backup, target.root, recovery(site), progress=lambda done, _t: seen.append(done)
    )
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    # Only the staging folder: the database and the key slots, unpacked.
    staged = prepared.staging.name
    assert listing(target.root) == [staged, f"{staged}/keyslots.json", f"{staged}/peerdesk.db"]
    assert not target.is_initialized()
    counts = prepared.summary.counts
    assert prepared.summary.site_name == "Riverside Unit"
    assert counts["participants"] == 6 and counts["users"] == 1
    assert set(counts) == set(restore_preview.RECORD_TABLES)

    result = install_restore(prepared)
    assert result.replaced_dir is None and not prepared.staging.exists()
    # The rows at backup time (before: read after the backup was audited), plus the restore.
    assert without_audit_tail(all_rows(target, demo.store.data_key), 1) == without_audit_tail(
        before, 1
    )


def test_prepare_while_the_site_is_open_then_install_after_it_closes(
    site: Site, demo: SignedIn, backup: Path
) -> None:
    before = all_rows(site.paths, demo.store.data_key)
    generate(demo, 3, seed=8, append=True)  # work done after the backup: replaced by it
    prepared = prepare_restore(
        backup, site.paths.root, PassphraseSecret("maria", ADMIN_PASS), replace=True
    )
    assert len(all_rows(site.paths, demo.store.data_key)["participants"]) == 9
    key = demo.store.data_key
    demo.store.close()
    result = install_restore(prepared)
    assert result.replaced_dir is not None
    assert result.replaced_dir.name.startswith("replaced-")
    assert (result.replaced_dir / "peerdesk.db").exists()
    after = all_rows(site.paths, key)
    assert without_audit_tail(after, 1) == without_audit_tail(before, 1)
    assert after["audit_log"][-1][2:4] == ("maria", "backup.restore")


def test_cancelling_the_preparation_leaves_the_folder_as_it_was(
    site: Site, backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "new-computer"
    target.mkdir()
    for stop_at in (0, 62, 70, 90):
        seen: list[int] = []

        def cancel(seen: list[int] = seen, stop_at: int = stop_at) -> bool:
            return bool(seen) and seen[-1] >= stop_at

        with pytest.raises(BackupError) as caught:
            prepare_restore(
                backup,
                target,
                recovery(site),
                progress=lambda done, _t, seen=seen: seen.append(done),  # type: ignore[misc]
                cancel=cancel,
            )
        assert caught.value.reason == "cancelled", stop_at
        assert listing(target) == [], stop_at


def test_a_wrong_secret_or_a_non_coordinator_leaves_nothing(
    site: Site, backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "new-computer"
    for secret, reason in (
        (RecoveryCodeSecret("AAAA-BBBB-CCCC-DDDD"), "wrong_secret"),
        (PassphraseSecret("maria", "not the passphrase"), "wrong_secret"),
        (PassphraseSecret("nobody", ADMIN_PASS), "wrong_secret"),
    ):
        with pytest.raises(BackupError) as caught:
            prepare_restore(backup, target, secret)
        assert caught.value.reason == reason
        assert listing(target) == []


def test_not_enough_space_is_found_before_anything_is_written(
    site: Site, backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "small-disk"
    target.mkdir()
    real = shutil.disk_usage
    size = backup.stat().st_size

    def nearly_full(path: Any) -> Any:
        return real(path)._replace(free=size // 2)

    monkeypatch.setattr(restore_preview.shutil, "disk_usage", nearly_full)
    with pytest.raises(BackupError) as caught:
        prepare_restore(backup, target, recovery(site))
    assert caught.value.reason == "no_space"
    assert str(caught.value) == (
        f"There is not enough free space in {target}. Free some space or choose another "
        "folder. Nothing was changed."
    )
    assert listing(target) == []


def test_an_unwritable_data_folder_is_said_plainly(
    site: Site, backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    with pytest.raises(DataDirUnusable) as unusable:
        prepare_restore(backup, not_a_folder / "data", recovery(site))
    assert "peerdesk cannot write its data folder" in str(unusable.value)

    target = tmp_path / "read-only"
    target.mkdir()

    def refused(*_args: Any, **_kw: Any) -> str:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(restore.tempfile, "mkdtemp", refused)
    with pytest.raises(BackupError) as caught:
        prepare_restore(backup, target, recovery(site))
    assert caught.value.reason == "not_writable"
    assert str(caught.value).endswith("Nothing was changed.")
    assert listing(target) == []


def test_install_refuses_a_site_that_appeared_since_and_discard_forgets(
    site: Site, backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "new-computer"
    prepared = prepare_restore(backup, target, recovery(site))
    (target / "peerdesk.db").write_bytes(b"another site, set up meanwhile")
    with pytest.raises(BackupError) as caught:
        install_restore(prepared)
    assert caught.value.reason == "not_empty"
    assert (target / "peerdesk.db").read_bytes() == b"another site, set up meanwhile"
    assert not prepared.staging.exists()
    discard_restore(prepared)  # a second time is harmless
