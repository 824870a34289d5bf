"""QA pass on Administration › Backups: no restore while a backup is being written, and the
keyboard focus comes back to "Back up now" when it ends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.ui.backup_tab import BackupTab
from tests.ui.conftest import make_session
from tests.ui.test_qa_sync_keyboard import DeferredRunner

SHOTS = Path("/tmp/work/shots")


def test_qa_no_restore_while_backing_up_and_focus_comes_back(
    qtbot: QtBot, coordinator: SignedIn, tmp_path: Path
) -> None:
    runner = DeferredRunner()
    tab = BackupTab(make_session(coordinator, runner))
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    runner.run_all()
    stick = tmp_path / "stick"
    stick.mkdir()
    tab.choose_folder = lambda: stick  # type: ignore[method-assign]
    tab.backup_button.setFocus()
    qtbot.keyClick(tab.backup_button, Qt.Key.Key_Space)
    tab.grab().save(str(SHOTS / "qa_backup_tab_busy.png"))
    # Replacing the site's data while a backup of it is being written: not offered.
    assert not tab.restore_button.isEnabled()
    runner.run_all()
    tab.grab().save(str(SHOTS / "qa_backup_tab_done.png"))
    assert tab.result_label.text() != ""
    assert tab.restore_button.isEnabled() and tab.backup_button.isEnabled()
    assert QApplication.focusWidget() is tab.backup_button
