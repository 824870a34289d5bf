"""The restore dialog driven like a coordinator would: on a new computer, over a damaged site,
and every bad input said in plain words with nothing changed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from peerdesk.db.store import DataPaths
from peerdesk.services import backup_archive as archive
from peerdesk.services import restore_preview
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.services.backup import create_backup
from peerdesk.ui.restore_dialog import RestoreDialog, RestoreMode
from peerdesk.ui.task_runner import SyncTaskRunner, TaskRunner
from tests.conftest import ADMIN, ADMIN_PASS, Site, add_user
from tests.factories_backup import all_rows, flip_byte, member_data_offsets, without_audit_tail
from tests.factories_demo import generate

SHOTS = Path("/tmp/work/shots")
Make = Callable[..., RestoreDialog]


@pytest.fixture
def backup(coordinator: SignedIn, tmp_path: Path) -> Path:
    generate(coordinator, 4, seed=11)
    stick = tmp_path / "stick"
    stick.mkdir()
    return create_backup(coordinator.store, coordinator.actor, stick).path


@pytest.fixture
def target(tmp_path: Path) -> Path:
    return tmp_path / "new-computer"


@pytest.fixture
def make(qtbot: QtBot, sync_runner: SyncTaskRunner, target: Path) -> Make:
    def build(mode: RestoreMode = RestoreMode.EMPTY, data_dir: Path = target) -> RestoreDialog:
        dialog = RestoreDialog(sync_runner, data_dir, mode)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return build


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick(qtbot: QtBot, dialog: RestoreDialog, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Choose ``path`` through the file dialog, as a person would."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    click(qtbot, dialog.file_box.choose_button)


def unlock_with_code(qtbot: QtBot, dialog: RestoreDialog, code: str) -> None:
    qtbot.keyClicks(dialog.secret_box.code_edit, code)
    click(qtbot, dialog.restore_button)


def records_shown(dialog: RestoreDialog) -> dict[str, str]:
    """The counts the finished dialog shows, label -> figure, in order."""
    form = dialog.records_form
    shown = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel) and isinstance(value, QLabel)
        shown[label.text()] = value.text()
    return shown


def listing(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_new_computer_gets_the_site_back_exactly(
    qtbot: QtBot,
    make: Make,
    site: Site,
    coordinator: SignedIn,
    backup: Path,
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    at_backup = all_rows(site.paths, coordinator.store.data_key)
    dialog = make()
    assert not dialog.restore_button.isEnabled() and not dialog.secret_box.isEnabled()
    assert not dialog.replace_box.isVisible()
    pick(qtbot, dialog, backup, monkeypatch)
    # What the file is, before anything is asked.
    assert dialog.file_box.file_edit.text() == str(backup)
    assert dialog.file_box.site_value.text() == site.init.site_id
    manifest = restore_preview.read_manifest(backup)
    assert manifest.schema_version in dialog.file_box.version_value.text()
    assert dialog.file_box.check_value.text().startswith("Checked: the file is complete")
    assert dialog.secret_box.isEnabled() and dialog.restore_button.isEnabled()
    assert listing(target) == []
    shot(dialog, "restore_dialog_checked")

    with qtbot.waitSignal(dialog.restored) as restored:
        unlock_with_code(qtbot, dialog, site.init.recovery_code)
    assert restored.args is not None and restored.args[0].replaced_dir is None
    assert dialog.heading.text() == "The backup is restored"
    assert dialog.done_label.text().endswith("of the site “Riverside Unit” is restored.")
    shown = records_shown(dialog)
    assert shown["Participants:"] == "4" and shown["User accounts:"] == "1"
    assert list(shown) == [
        "Participants:",
        "Peer educators:",
        "Groups:",
        "Group sessions:",
        "User accounts:",
    ]
    assert dialog.after_label.text().startswith("Sign in with a user name and passphrase")
    assert dialog.close_button.isVisible() and not dialog.restore_button.isVisible()
    shot(dialog, "restore_dialog_done")
    # The data after the restore is the data at backup time (plus the restore's audit entry;
    # the backup's own entry was written after the copy was taken).
    after = all_rows(DataPaths(target), coordinator.store.data_key)
    assert without_audit_tail(after, 1) == without_audit_tail(at_backup, 1)
    signed = AuthService(DataPaths(target)).sign_in(ADMIN, ADMIN_PASS)
    signed.store.close()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def test_a_coordinator_passphrase_restores_too(
    qtbot: QtBot, make: Make, backup: Path, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make()
    pick(qtbot, dialog, backup, monkeypatch)
    qtbot.keyClicks(dialog.secret_box.user_edit, ADMIN)
    assert dialog.secret_box.passphrase_radio.isChecked()  # typing there chose that way
    qtbot.keyClicks(dialog.secret_box.passphrase_edit, ADMIN_PASS)
    with qtbot.waitSignal(dialog.restored):  # Enter restores: the keyboard is enough
        qtbot.keyClick(dialog.secret_box.passphrase_edit, Qt.Key.Key_Return)
    assert (target / "peerdesk.db").exists()


def _truncated(backup: Path, out: Path) -> Path:
    out.write_bytes(backup.read_bytes()[: backup.stat().st_size * 2 // 3])
    return out


def _damaged(backup: Path, out: Path) -> Path:
    shutil.copy(backup, out)
    start, size = member_data_offsets(out)[archive.DB_MEMBER]
    flip_byte(out, start + size // 3)
    return out


def _not_a_backup(_backup: Path, out: Path) -> Path:
    out.write_text("Dear Maria, here are the minutes of the meeting...")
    return out


def _newer(backup: Path, out: Path) -> Path:
    import json
    import zipfile

    with zipfile.ZipFile(backup) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == archive.MANIFEST_MEMBER:
                data = json.dumps({**json.loads(data), "schema_version": "0042_later"}).encode()
            zout.writestr(info, data)
    return out


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_not_a_backup, "bad.pdbackup is not a peerdesk backup (or it is incomplete)."),
        (_truncated, "bad.pdbackup is not a peerdesk backup (or it is incomplete)."),
        (_damaged, "This backup file is damaged or has been changed, so it cannot be restored."),
        (_newer, "This backup was made by a newer version of peerdesk."),
    ],
)
def test_a_file_that_cannot_be_restored_is_said_before_any_secret(
    qtbot: QtBot,
    make: Make,
    backup: Path,
    target: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    spoil: Callable[[Path, Path], Path],
    message: str,
) -> None:
    dialog = make()
    pick(qtbot, dialog, spoil(backup, tmp_path / "bad.pdbackup"), monkeypatch)
    assert dialog.file_box.error.isVisible()
    assert dialog.file_box.error.text().startswith(message)
    assert dialog.file_box.error.text().endswith("Nothing was changed.")
    assert not dialog.file_box.facts.isVisible() and not dialog.restore_button.isEnabled()
    assert not dialog.secret_box.isEnabled()
    assert listing(target) == []
    # A good file afterwards clears the message.
    pick(qtbot, dialog, backup, monkeypatch)
    assert not dialog.file_box.error.isVisible() and dialog.restore_button.isEnabled()


def test_a_wrong_code_or_passphrase_is_said_next_to_it_and_nothing_changes(
    qtbot: QtBot,
    make: Make,
    site: Site,
    coordinator: SignedIn,
    backup: Path,
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_user(coordinator, "jo", "peer_educator")
    dialog = make()
    pick(qtbot, dialog, backup, monkeypatch)
    click(qtbot, dialog.restore_button)
    assert dialog.secret_box.error.text() == "Type the recovery code."
    unlock_with_code(qtbot, dialog, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    wrong = "The recovery code, or the user name and passphrase, do not open this backup."
    assert dialog.secret_box.error.text() == f"{wrong} Nothing was changed."
    dialog.secret_box.passphrase_radio.setChecked(True)
    click(qtbot, dialog.restore_button)
    assert dialog.secret_box.error.text() == "Type the coordinator's user name."
    qtbot.keyClicks(dialog.secret_box.user_edit, ADMIN)
    click(qtbot, dialog.restore_button)
    assert dialog.secret_box.error.text() == "Type the coordinator's passphrase."
    qtbot.keyClicks(dialog.secret_box.passphrase_edit, "not her passphrase")
    click(qtbot, dialog.restore_button)
    assert dialog.secret_box.error.text() == f"{wrong} Nothing was changed."
    assert dialog.secret_box.passphrase_edit.text() == ""  # never kept after an attempt
    shot(dialog, "restore_dialog_wrong_secret")
    assert listing(target) == []
    assert dialog.restore_result is None and dialog.restore_button.isEnabled()


def test_not_enough_space_and_an_unwritable_folder_change_nothing(
    qtbot: QtBot,
    make: Make,
    site: Site,
    backup: Path,
    target: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make()
    pick(qtbot, dialog, backup, monkeypatch)
    real = shutil.disk_usage
    with monkeypatch.context() as mp:
        mp.setattr(
            restore_preview.shutil, "disk_usage", lambda p: real(p)._replace(free=1024 * 1024)
        )
        unlock_with_code(qtbot, dialog, site.init.recovery_code)
    assert dialog.error_label.text() == (
        f"There is not enough free space in {target}. Free some space or choose another "
        "folder. Nothing was changed."
    )
    assert listing(target) == []

    blocked = tmp_path / "a-file"
    blocked.write_text("")
    other = make(data_dir=blocked / "data")
    pick(qtbot, other, backup, monkeypatch)
    unlock_with_code(qtbot, other, site.init.recovery_code)
    assert other.error_label.text().startswith("peerdesk cannot write its data folder")
    assert other.restore_result is None


def test_cancel_while_unpacking_stops_and_leaves_nothing(
    qtbot: QtBot,
    make: Make,
    site: Site,
    backup: Path,
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make()
    pick(qtbot, dialog, backup, monkeypatch)
    # The synchronous runner runs the job inside the click: Cancel is pressed at its first
    # progress report, as a person would while the bar moves.
    dialog._progress.moved.connect(lambda _v: dialog.cancel_button.click())
    with qtbot.waitSignal(dialog.rejected):
        unlock_with_code(qtbot, dialog, site.init.recovery_code)
    assert not dialog.isVisible()
    assert listing(target) == []


def test_a_damaged_site_is_replaced_after_typing_the_confirmation(
    qtbot: QtBot,
    make: Make,
    site: Site,
    coordinator: SignedIn,
    backup: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = coordinator.store.data_key
    coordinator.store.close()
    site.paths.db.write_bytes(b"\0" * 8192)  # the disk ate it
    dialog = make(RestoreMode.DAMAGED, site.paths.root)
    assert dialog.replace_box.isVisible()
    assert "moved aside, into a folder named replaced-" in dialog.replace_box.warning.text()
    pick(qtbot, dialog, backup, monkeypatch)
    unlock_with_code(qtbot, dialog, site.init.recovery_code)
    assert dialog.replace_box.error.text() == "Type REPLACE to confirm that the data is replaced."
    assert site.paths.db.read_bytes() == b"\0" * 8192
    shot(dialog, "restore_dialog_damaged")
    qtbot.keyClicks(dialog.replace_box.confirm_edit, "replace")
    dialog.secret_box.code_edit.clear()
    with qtbot.waitSignal(dialog.restored) as restored:
        unlock_with_code(qtbot, dialog, site.init.recovery_code)
    result = restored.args[0] if restored.args else None
    assert result is not None and result.replaced_dir is not None
    assert (result.replaced_dir / "peerdesk.db").read_bytes() == b"\0" * 8192
    assert dialog.after_label.text().startswith(
        f"The data it replaced is kept, not deleted, in {result.replaced_dir}."
    )
    assert len(all_rows(site.paths, key)["participants"]) == 4
    site.sign_in().store.close()  # the restored site opens again


def test_the_work_runs_on_the_worker_thread_with_progress(
    qtbot: QtBot,
    site: Site,
    backup: Path,
    target: Path,
    thread_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = RestoreDialog(thread_runner, target, RestoreMode.EMPTY)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[int] = []
    dialog.progress_bar.valueChanged.connect(seen.append)
    dialog.set_file(backup)
    assert dialog.busy and dialog.progress_bar.isVisible()
    assert not dialog.restore_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.file_box.check_value.isVisible() and seen[-1] == 100
    seen.clear()
    qtbot.keyClicks(dialog.secret_box.code_edit, site.init.recovery_code)
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        click(qtbot, dialog.restore_button)
        assert dialog.busy and not dialog.secret_box.isEnabled()
    assert seen and seen[-1] == 100 and seen == sorted(seen)
    assert (target / "peerdesk.db").exists() and not dialog.progress_bar.isVisible()
