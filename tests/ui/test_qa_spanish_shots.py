"""QA pass in Spanish: the restore dialog and the Sync screen rendered, read by the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_service import SyncService
from peerdesk.ui.restore_dialog import RestoreDialog, RestoreMode
from peerdesk.ui.task_runner import SyncTaskRunner
from tests.conftest import Site
from tests.factories_sync import consent, enroll
from tests.ui.test_qa_sync_keyboard import section, sites  # noqa: F401 (fixture)
from tests.ui.test_restore_dialog import backup, pick, target  # noqa: F401 (fixtures)
from tests.ui.test_sync_section import Pair

SHOTS = Path("/tmp/work/shots")


def tab_chain(start: QWidget, limit: int = 40) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back round."""
    seen: list[QWidget] = []
    w = start
    for _ in range(limit):
        w = w.nextInFocusChain()
        if w is start:
            break
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.append(w)
    return seen


def unclipped(widget: QWidget) -> list[str]:
    """Buttons narrower than their text."""
    return [
        b.text()
        for b in widget.findChildren(QAbstractButton)
        if b.isVisible() and b.width() < b.sizeHint().width()
    ]


def test_qa_restore_dialog_in_spanish(
    qtbot: QtBot,
    spanish: None,
    sync_runner: SyncTaskRunner,
    site: Site,
    backup: Path,  # noqa: F811
    target: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = RestoreDialog(sync_runner, target, RestoreMode.EMPTY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(SHOTS / "qa_restore_es_start.png"))
    pick(qtbot, dialog, backup, monkeypatch)
    dialog.grab().save(str(SHOTS / "qa_restore_es_checked.png"))
    assert unclipped(dialog) == []
    chain = tab_chain(dialog.file_box.choose_button)
    names = [w.accessibleName() or getattr(w, "text", lambda: "")() for w in chain]
    assert all(names), [type(w).__name__ for w, n in zip(chain, names, strict=True) if not n]
    qtbot.keyClicks(dialog.secret_box.code_edit, "WRONG-CODE")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    dialog.grab().save(str(SHOTS / "qa_restore_es_wrong.png"))
    assert QApplication.focusWidget() is None or QApplication.focusWidget().isVisible()


def test_qa_sync_screen_in_spanish(
    qtbot: QtBot,
    spanish: None,
    sites: Pair,  # noqa: F811
    tmp_path: Path,
    coordinator: SignedIn,
) -> None:
    fac, off = sites
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, usb)
    office = section(qtbot, off)
    office.choose_bundle = lambda: out.path  # type: ignore[method-assign]
    qtbot.mouseClick(office.import_button, Qt.MouseButton.LeftButton)
    office.grab().save(str(SHOTS / "qa_sync_es_preview.png"))
    assert unclipped(office) == []
    qtbot.mouseClick(office.apply_button, Qt.MouseButton.LeftButton)
    office.grab().save(str(SHOTS / "qa_sync_es_imported.png"))
    assert office.error.text() == ""
    for index in (office.conflicts_index, office.duplicates_index):
        office.tabs.setCurrentIndex(index)
        office.grab().save(str(SHOTS / f"qa_sync_es_tab{index}.png"))
        assert unclipped(office) == []
