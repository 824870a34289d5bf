"""QA pass on the restore dialog by the keyboard alone: the focus is where the next key goes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from peerdesk.ui.restore_dialog import RestoreDialog, RestoreMode
from peerdesk.ui.task_runner import SyncTaskRunner
from tests.conftest import Site
from tests.ui.test_restore_dialog import backup, target  # noqa: F401 (fixtures)

SHOTS = Path("/tmp/work/shots")


def open_dialog(qtbot: QtBot, target: Path) -> RestoreDialog:  # noqa: F811
    dialog = RestoreDialog(SyncTaskRunner(), target, RestoreMode.EMPTY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_qa_after_the_file_is_checked_the_code_field_has_the_focus(
    qtbot: QtBot,
    site: Site,
    backup: Path,  # noqa: F811
    target: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(backup), ""))
    )
    dialog = open_dialog(qtbot, target)
    dialog.file_box.choose_button.setFocus()
    assert QApplication.focusWidget() is dialog.file_box.choose_button
    qtbot.keyClick(dialog.file_box.choose_button, Qt.Key.Key_Space)
    assert dialog.preview is not None
    dialog.grab().save(str(SHOTS / "qa_restore_keyboard_checked.png"))
    # The next thing to do is type the code: Enter must not land on Cancel.
    assert QApplication.focusWidget() is dialog.secret_box.code_edit


def test_qa_a_wrong_code_leaves_the_focus_in_the_code_field(
    qtbot: QtBot,
    site: Site,
    backup: Path,  # noqa: F811
    target: Path,  # noqa: F811
) -> None:
    dialog = open_dialog(qtbot, target)
    dialog.set_file(backup)
    code = dialog.secret_box.code_edit
    code.setFocus()
    qtbot.keyClicks(code, "WRONG-CODE")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert dialog.secret_box.error.text() != ""
    assert dialog.isVisible()
    dialog.grab().save(str(SHOTS / "qa_restore_keyboard_wrong.png"))
    assert QApplication.focusWidget() is code
