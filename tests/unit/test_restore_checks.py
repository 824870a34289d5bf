"""Restore refusals that need no damaged file: newer formats, a folder in use, left-overs."""

from __future__ import annotations

import errno
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from peerdesk.services import backup_archive as archive
from peerdesk.services.auth import SignedIn
from peerdesk.services.backup import create_backup
from peerdesk.services.backup_archive import BackupError
from peerdesk.services.restore import RecoveryCodeSecret, RestoreResult, restore_backup
from tests.conftest import Site
from tests.factories_backup import rewrite_member


@pytest.fixture
def backup(coordinator: SignedIn, tmp_path: Path) -> Path:
    out = tmp_path / "stick"
    out.mkdir()
    return create_backup(coordinator.store, coordinator.actor, out).path


def test_a_backup_from_a_newer_peerdesk_is_refused(
    site: Site, backup: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(backup) as zf:
        body = json.loads(zf.read(archive.MANIFEST_MEMBER))
    body["format_version"] = archive.FORMAT_VERSION + 1
    newer = tmp_path / "newer.pdbackup"
    rewrite_member(backup, newer, archive.MANIFEST_MEMBER, json.dumps(body).encode())
    with pytest.raises(BackupError) as caught:
        restore_backup(newer, tmp_path / "new", RecoveryCodeSecret(site.init.recovery_code))
    assert caught.value.reason == "too_new"
    assert "newer version of peerdesk" in str(caught.value)


def test_a_folder_peerdesk_has_open_is_refused(site: Site, backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "in-use"
    target.mkdir()
    # QLockFile's first line is the holder's process id: a live one (our parent).
    (target / "peerdesk.lock").write_text(f"{os.getppid()}\npeerdesk\nhost\n")
    with pytest.raises(BackupError) as caught:
        restore_backup(backup, target, RecoveryCodeSecret(site.init.recovery_code))
    assert caught.value.reason == "in_use"
    assert sorted(p.name for p in target.iterdir()) == ["peerdesk.lock"]


def test_a_stale_lock_and_a_crashed_restore_do_not_stop_the_next(
    site: Site, backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "after-crash"
    (target / ".restore-abc123").mkdir(parents=True)
    (target / ".restore-abc123" / "peerdesk.db").write_bytes(b"half")
    (target / "peerdesk.lock").write_text("999999999\npeerdesk\nhost\n")
    result = restore_backup(backup, target, RecoveryCodeSecret(site.init.recovery_code))
    assert result.replaced_dir is None
    assert not (target / ".restore-abc123").exists()
    assert (target / "peerdesk.db").exists()


def test_a_key_file_without_a_database_is_kept_aside(
    site: Site, backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "half-set-up"
    target.mkdir()
    (target / "keyslots.json").write_text("from an unfinished setup")
    result = restore_backup(backup, target, RecoveryCodeSecret(site.init.recovery_code))
    assert result.replaced_dir is not None
    assert (result.replaced_dir / "keyslots.json").read_text() == "from an unfinished setup"
    assert (target / "keyslots.json").read_bytes() == site.paths.slots.read_bytes()


def restore_over(site: Site, backup: Path) -> RestoreResult:
    return restore_backup(
        backup, site.paths.root, RecoveryCodeSecret(site.init.recovery_code), replace=True
    )


def _site_files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(root.iterdir()) if p.is_file()}


def test_a_failed_install_puts_the_old_site_back(
    site: Site, coordinator: SignedIn, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator.store.close()
    before = _site_files(site.paths.root)
    real = os.replace
    renames = 0

    def counting(src: object, dst: object) -> None:
        nonlocal renames
        renames += 1
        real(src, dst)  # type: ignore[arg-type]

    with monkeypatch.context() as mp:
        mp.setattr(os, "replace", counting)
        done = restore_over(site, backup)
    assert done.replaced_dir is not None
    # Back to the state before, then fail each rename of the install in turn.
    for name, data in before.items():
        (site.paths.root / name).write_bytes(data)
    shutil.rmtree(done.replaced_dir)
    for k in range(1, renames + 1):
        calls = 0

        def failing(src: object, dst: object, k: int = k) -> None:
            nonlocal calls
            calls += 1
            if calls == k:
                raise OSError(errno.EIO, "I/O error")
            real(src, dst)  # type: ignore[arg-type]

        with monkeypatch.context() as mp:
            mp.setattr(os, "replace", failing)
            with pytest.raises(BackupError) as caught:
                restore_over(site, backup)
        assert caught.value.reason == "device", k
        assert "Nothing was changed." in str(caught.value)
        assert _site_files(site.paths.root) == before, k
        assert sorted(p.name for p in site.paths.root.iterdir() if p.is_dir()) == [], k


def test_when_nothing_can_be_put_back_the_message_says_where_the_files_are(
    site: Site, coordinator: SignedIn, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator.store.close()
    real = os.replace
    calls = 0

    def failing_from_the_second(src: object, dst: object) -> None:
        nonlocal calls
        calls += 1
        if calls >= 2:
            raise OSError(errno.EIO, "I/O error")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", failing_from_the_second)
    with pytest.raises(BackupError) as caught:
        restore_over(site, backup)
    monkeypatch.undo()
    assert caught.value.reason == "halfway"
    [kept] = [p for p in site.paths.root.iterdir() if p.name.startswith("replaced-")]
    assert str(kept) in str(caught.value)
    assert (kept / "peerdesk.db").exists()
