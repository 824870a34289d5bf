"""Administration › Backups › Restore: a coordinator replaces the site's data with a backup;
the session ends, the old data is moved aside, and sign-in opens the backup's data."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.services.auth import SignedIn
from peerdesk.services.backup import create_backup
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.backup_tab import BackupTab
from peerdesk.ui.restore_dialog import RestoreDialog
from peerdesk.ui.restore_entry import replace_after_sign_out
from peerdesk.ui.session import UiSession
from peerdesk.ui.task_runner import SyncTaskRunner
from tests.conftest import ADMIN, ADMIN_PASS, Site
from tests.factories_backup import all_rows, without_audit_tail
from tests.factories_demo import generate
from tests.ui.conftest import close_flow, make_flow
from tests.ui.test_login_flow import assert_closed, sign_in

SHOTS = Path("/tmp/work/shots")
HOOK = SIGNAL("replace_requested(PyObject)")


@pytest.fixture
def made(site: Site, tmp_path: Path) -> tuple[Path, dict[str, list[tuple[Any, ...]]]]:
    """A backup, and every row when it was made (its own audit entry comes after the copy)."""
    signed = site.sign_in()
    try:
        generate(signed, 5, seed=2)
        stick = tmp_path / "stick"
        stick.mkdir()
        path = create_backup(signed.store, signed.actor, stick).path
        return path, all_rows(site.paths, signed.store.data_key)
    finally:
        signed.store.close()


@pytest.fixture
def backup(made: tuple[Path, Any]) -> Path:
    return made[0]


@pytest.fixture
def signed_in_flow(
    qtbot: QtBot, site: Site, sync_runner: SyncTaskRunner, backup: Path
) -> Iterator[AppFlow]:
    app_flow = make_flow(site, sync_runner)
    app_flow.start()
    sign_in(qtbot, app_flow)
    yield app_flow
    close_flow(app_flow)


def backups_tab(flow: AppFlow, runner: SyncTaskRunner) -> BackupTab:
    window = flow.main_window
    assert window is not None
    window.show_section(Section.ADMINISTRATION)
    admin = window.pages[Section.ADMINISTRATION]
    assert isinstance(admin, AdministrationSection) and admin.backup_tab is not None
    tab = admin.backup_tab
    admin.tabs.setCurrentWidget(tab)
    if not tab.receivers(HOOK):  # main_window/app_flow not hooked up yet: do what they will
        tab.replace_requested.connect(lambda r: replace_after_sign_out(flow, r, runner))
    return tab


def open_restore(qtbot: QtBot, tab: BackupTab) -> RestoreDialog:
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    dialog = tab.restore_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, dialog: RestoreDialog, path: Path
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    qtbot.mouseClick(dialog.file_box.choose_button, Qt.MouseButton.LeftButton)


def test_replacing_signs_out_and_reopens_on_the_backup(
    qtbot: QtBot,
    made: tuple[Path, dict[str, list[tuple[Any, ...]]]],
    signed_in_flow: AppFlow,
    sync_runner: SyncTaskRunner,
    site: Site,
    backup: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flow = signed_in_flow
    signed = flow.signed
    assert signed is not None
    key = signed.store.data_key
    at_backup = made[1]
    generate(signed, 3, seed=9, append=True)  # entered after the backup
    assert len(all_rows(site.paths, key)["participants"]) == 8
    tab = backups_tab(flow, sync_runner)
    flow.main_window.resize(1200, 760)  # type: ignore[union-attr]
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "backup_tab_restore.png"))

    dialog = open_restore(qtbot, tab)
    assert dialog.secret_box.user_edit.text() == ADMIN  # the coordinator signed in
    assert "moved aside, into a folder named replaced-" in dialog.replace_box.warning.text()
    choose(monkeypatch, qtbot, dialog, backup)
    qtbot.keyClicks(dialog.secret_box.passphrase_edit, ADMIN_PASS)
    qtbot.keyClicks(dialog.replace_box.confirm_edit, "REPLACE")
    dialog.resize(700, 720)
    dialog.grab().save(str(SHOTS / "restore_dialog_replace.png"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    # Signed out, the store closed, the sign-in window says what happened.
    assert flow.signed is None and flow.main_window is None
    assert_closed(signed)
    login = flow.login
    assert login.isVisible()
    notice = login.notice.text()
    assert "of the site “Riverside Unit” is restored. It holds: Participants: 5" in notice
    [kept] = [p for p in site.paths.root.iterdir() if p.name.startswith("replaced-")]
    assert f"The data it replaced is kept, not deleted, in {kept}." in notice
    assert not [p for p in site.paths.root.iterdir() if p.name.startswith(".restore-")]
    login.resize(700, 420)
    login.grab().save(str(SHOTS / "restore_login_notice.png"))
    # The data is the data at backup time; the old data waits in replaced-...
    after = all_rows(site.paths, key)
    assert without_audit_tail(after, 1) == without_audit_tail(at_backup, 1)
    assert after["audit_log"][-1][2:4] == (ADMIN, "backup.restore")
    assert (kept / "peerdesk.db").exists() and (kept / "keyslots.json").exists()
    # Signing in again opens the restored site.
    sign_in(qtbot, flow)
    assert flow.main_window is not None and flow.signed is not None
    assert len(all_rows(site.paths, key)["participants"]) == 5


def test_a_swap_that_fails_puts_the_old_data_back_and_says_so(
    qtbot: QtBot,
    signed_in_flow: AppFlow,
    sync_runner: SyncTaskRunner,
    site: Site,
    backup: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flow = signed_in_flow
    signed = flow.signed
    assert signed is not None
    key = signed.store.data_key
    generate(signed, 3, seed=9, append=True)
    tab = backups_tab(flow, sync_runner)
    dialog = open_restore(qtbot, tab)
    choose(monkeypatch, qtbot, dialog, backup)
    qtbot.keyClicks(dialog.secret_box.passphrase_edit, ADMIN_PASS)
    qtbot.keyClicks(dialog.replace_box.confirm_edit, "replace")
    real = os.replace
    failed: list[bool] = []

    def unplugged(src: Any, dst: Any) -> None:
        # The backup's database fails to move in (once); moving the old files back works.
        if Path(src).parent.name.startswith(".restore-") and Path(dst).name == "peerdesk.db":
            failed.append(True)
            raise OSError(errno.EIO, "I/O error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", unplugged)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    monkeypatch.undo()
    assert failed == [True]
    assert flow.main_window is None and flow.login.isVisible()
    assert flow.login.error_label.text() == (
        f"The drive holding {site.paths.root} stopped responding or was removed. Check the "
        "drive and try again. Nothing was changed."
    )
    assert not [p for p in site.paths.root.iterdir() if p.name.startswith(("replaced-", ".res"))]
    sign_in(qtbot, flow)  # the data as it was, with the work done after the backup
    assert flow.main_window is not None
    assert len(all_rows(site.paths, key)["participants"]) == 8


def test_a_wrong_passphrase_keeps_the_session_and_the_data(
    qtbot: QtBot,
    signed_in_flow: AppFlow,
    sync_runner: SyncTaskRunner,
    site: Site,
    backup: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flow = signed_in_flow
    tab = backups_tab(flow, sync_runner)
    before = sorted(p.name for p in site.paths.root.iterdir())
    dialog = open_restore(qtbot, tab)
    choose(monkeypatch, qtbot, dialog, backup)
    qtbot.keyClicks(dialog.secret_box.passphrase_edit, "not the passphrase")
    qtbot.keyClicks(dialog.replace_box.confirm_edit, "REPLACE")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.secret_box.error.text().startswith("The recovery code, or the user name")
    assert flow.signed is not None and flow.main_window is not None
    assert sorted(p.name for p in site.paths.root.iterdir()) == before
    # Cancel closes it; still signed in.
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and flow.main_window is not None


def test_without_the_app_flow_the_tab_says_how_to_restore(
    qtbot: QtBot, session: UiSession, coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = BackupTab(session)
    qtbot.addWidget(tab)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: said.append(text))
    )
    assert tab.restore_from_backup() is None
    assert said == [
        "To restore over this site, close peerdesk and run: peerdesk restore FILE --replace"
    ]
