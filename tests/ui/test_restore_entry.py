"""Restoring before anyone can sign in: from the setup wizard on an empty data folder, and from
the sign-in window when the site cannot be opened."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from peerdesk.db.store import DataPaths
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.services.backup import create_backup
from peerdesk.services.site_setup import initialize_site
from peerdesk.ui.login_window import LoginWindow
from peerdesk.ui.restore_dialog import RestoreDialog
from peerdesk.ui.restore_entry import RESTORE_BUTTON, offer_restore_in_wizard
from peerdesk.ui.setup_wizard import SetupWizard
from peerdesk.ui.task_runner import SyncTaskRunner
from tests.conftest import ADMIN, ADMIN_PASS, Site
from tests.ui.conftest import close_flow, make_flow
from tests.ui.test_login_flow import sign_in

SHOTS = Path("/tmp/work/shots")


@pytest.fixture
def backup(coordinator: SignedIn, tmp_path: Path) -> Path:
    stick = tmp_path / "stick"
    stick.mkdir()
    return create_backup(coordinator.store, coordinator.actor, stick).path


def restore_in(
    qtbot: QtBot, dialog: RestoreDialog, backup: Path, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(backup), ""))
    )
    qtbot.mouseClick(dialog.file_box.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.secret_box.code_edit, code)
    if dialog.replace_box.isVisible():
        qtbot.keyClicks(dialog.replace_box.confirm_edit, "REPLACE")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restore_result is not None, dialog.error_label.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_the_setup_wizard_offers_a_restore_on_its_first_page_only(
    qtbot: QtBot,
    site: Site,
    backup: Path,
    tmp_path: Path,
    sync_runner: SyncTaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fresh = DataPaths(tmp_path / "replacement-computer")
    wizard = SetupWizard(partial(initialize_site, fresh), sync_runner)
    qtbot.addWidget(wizard)
    signed_in_after: list[bool] = []
    offer_restore_in_wizard(wizard, sync_runner, fresh.root, lambda: signed_in_after.append(True))
    wizard.show()
    button = wizard.button(RESTORE_BUTTON)
    assert button.isVisible() and button.text() == "Restore from a backup…"
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "restore_wizard_button.png"))
    qtbot.keyClicks(wizard.site_page.name_edit, "Riverside Unit")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == SetupWizard.COORDINATOR_PAGE
    assert not wizard.button(RESTORE_BUTTON).isVisible()
    wizard.back()
    assert wizard.button(RESTORE_BUTTON).isVisible()

    qtbot.mouseClick(wizard.button(RESTORE_BUTTON), Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(RestoreDialog, "restore_dialog")
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    restore_in(qtbot, dialog, backup, site.init.recovery_code, monkeypatch)
    assert signed_in_after == [True] and not wizard.isVisible()
    AuthService(fresh).sign_in(ADMIN, ADMIN_PASS).store.close()


def test_closing_the_dialog_without_restoring_leaves_the_wizard(
    qtbot: QtBot, tmp_path: Path, sync_runner: SyncTaskRunner
) -> None:
    fresh = DataPaths(tmp_path / "new")
    wizard = SetupWizard(partial(initialize_site, fresh), sync_runner)
    qtbot.addWidget(wizard)
    called: list[bool] = []
    offer_restore_in_wizard(wizard, sync_runner, fresh.root, lambda: called.append(True))
    wizard.show()
    qtbot.mouseClick(wizard.button(RESTORE_BUTTON), Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(RestoreDialog, "restore_dialog")
    assert isinstance(dialog, RestoreDialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert called == [] and wizard.isVisible() and wizard.currentId() == SetupWizard.SITE_PAGE


@pytest.mark.skipif(
    not hasattr(LoginWindow, "restore_requested"),
    reason="the sign-in window's restore hook is not applied yet (see the restore report)",
)
def test_a_site_that_cannot_be_opened_is_restored_from_the_sign_in_window(
    qtbot: QtBot,
    site: Site,
    coordinator: SignedIn,
    backup: Path,
    sync_runner: SyncTaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coordinator.store.close()
    site.paths.db.write_bytes(b"\0" * 8192)
    flow = make_flow(site, sync_runner)
    try:
        flow.start()
        login = flow.login
        restore_button = login.restore_button  # type: ignore[attr-defined]
        assert not restore_button.isVisible()
        sign_in(qtbot, flow)
        assert restore_button.isVisible()
        login.grab().save(str(SHOTS / "restore_login_damaged.png"))
        qtbot.mouseClick(restore_button, Qt.MouseButton.LeftButton)
        dialog = login.findChild(RestoreDialog)
        assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
        restore_in(qtbot, dialog, backup, site.init.recovery_code, monkeypatch)
        assert not restore_button.isVisible() and login.isVisible()
        sign_in(qtbot, flow)
        assert flow.main_window is not None
    finally:
        close_flow(flow)
