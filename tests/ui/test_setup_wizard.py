"""First-run setup: creating the site and showing the recovery code once."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from peerdesk.db.store import DataPaths
from peerdesk.domain import recovery_code
from peerdesk.services.site_setup import initialize_site
from peerdesk.ui.setup_wizard import SetupWizard
from peerdesk.ui.task_runner import SyncTaskRunner, TaskRunner
from tests.conftest import ADMIN, ADMIN_PASS

Button = QWizard.WizardButton


@pytest.fixture
def wizard(qtbot: QtBot, data_paths: DataPaths, sync_runner: SyncTaskRunner) -> SetupWizard:
    wiz = SetupWizard(partial(initialize_site, data_paths), sync_runner)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def click(qtbot: QtBot, wizard: SetupWizard, button: QWizard.WizardButton) -> None:
    widget = wizard.button(button)
    assert widget.isVisible() and widget.isEnabled(), button
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def fill_site_page(qtbot: QtBot, wizard: SetupWizard, name: str = "Riverside Unit") -> None:
    qtbot.keyClicks(wizard.site_page.name_edit, name)
    wizard.site_page.office_radio.setChecked(True)
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == SetupWizard.COORDINATOR_PAGE


def fill_coordinator(
    qtbot: QtBot, wizard: SetupWizard, passphrase: str = ADMIN_PASS, repeat: str | None = None
) -> None:
    page = wizard.coordinator_page
    for edit in (page.username_edit, page.passphrase_edit, page.repeat_edit):
        edit.clear()
    qtbot.keyClicks(page.username_edit, ADMIN)
    qtbot.keyClicks(page.passphrase_edit, passphrase)
    qtbot.keyClicks(page.repeat_edit, passphrase if repeat is None else repeat)
    click(qtbot, wizard, Button.CommitButton)


def test_creates_the_site_and_shows_the_code_once(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths
) -> None:
    fill_site_page(qtbot, wizard)
    fill_coordinator(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.RECOVERY_PAGE)

    assert data_paths.is_initialized()
    code = wizard.code_label().text()
    assert recovery_code.canonical(code) is not None
    assert wizard.init_result is not None and wizard.init_result.recovery_code == code
    assert wizard.admin_username == ADMIN
    assert wizard.coordinator_page.passphrase_edit.text() == ""
    # No way back, and no way out until the code is written down.
    assert not wizard.button(Button.BackButton).isVisible()
    assert not wizard.button(Button.FinishButton).isEnabled()
    wizard.reject()
    assert wizard.isVisible()

    wizard.recovery_page.confirm_box.setChecked(True)
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, Button.FinishButton)
    assert wizard.code_label().text() == "", "the code does not linger in the window"
    assert wizard.init_result.recovery_code == ""


def test_short_passphrase_is_explained_next_to_the_field(
    qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths
) -> None:
    fill_site_page(qtbot, wizard)
    fill_coordinator(qtbot, wizard, passphrase="too short")

    page = wizard.coordinator_page
    assert page.passphrase_error.isVisible()
    assert "at least 15 characters" in page.passphrase_error.text()
    assert not page.username_error.isVisible()
    assert wizard.currentId() == SetupWizard.COORDINATOR_PAGE
    assert not data_paths.is_initialized()

    # Fixing it goes through.
    fill_coordinator(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.RECOVERY_PAGE)
    assert not page.passphrase_error.isVisible()


def test_repeat_must_match(qtbot: QtBot, wizard: SetupWizard, data_paths: DataPaths) -> None:
    fill_site_page(qtbot, wizard)
    fill_coordinator(qtbot, wizard, repeat=ADMIN_PASS + "x")
    assert wizard.coordinator_page.repeat_error.isVisible()
    assert wizard.coordinator_page.repeat_edit.text() == ""
    assert not data_paths.is_initialized()


def test_bad_user_name_goes_to_the_user_name_field(qtbot: QtBot, wizard: SetupWizard) -> None:
    fill_site_page(qtbot, wizard)
    page = wizard.coordinator_page
    qtbot.keyClicks(page.username_edit, "a b")
    qtbot.keyClicks(page.passphrase_edit, ADMIN_PASS)
    qtbot.keyClicks(page.repeat_edit, ADMIN_PASS)
    click(qtbot, wizard, Button.CommitButton)
    assert page.username_error.isVisible()
    assert "user name" in page.username_error.text()


def test_site_name_is_required(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == SetupWizard.SITE_PAGE
    assert wizard.site_page.name_error.isVisible()


def test_site_error_from_the_service_goes_back_to_the_site_page(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    # Control characters pass the page's own check; the service refuses them.
    fill_site_page(qtbot, wizard, name="Riverside")
    wizard.site_page.name_edit.setText("River\x07side")
    fill_coordinator(qtbot, wizard)
    assert wizard.currentId() == SetupWizard.SITE_PAGE
    assert "control characters" in wizard.site_page.name_error.text()


def test_cancel_before_creating_closes(qtbot: QtBot, wizard: SetupWizard) -> None:
    with qtbot.waitSignal(wizard.rejected):
        click(qtbot, wizard, Button.CancelButton)


@pytest.fixture
def threaded_wizard(
    qtbot: QtBot, data_paths: DataPaths, thread_runner: TaskRunner
) -> Iterator[SetupWizard]:
    wiz = SetupWizard(partial(initialize_site, data_paths), thread_runner)
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz


def test_works_with_the_worker_thread(
    qtbot: QtBot, threaded_wizard: SetupWizard, data_paths: DataPaths
) -> None:
    fill_site_page(qtbot, threaded_wizard)
    fill_coordinator(qtbot, threaded_wizard)
    qtbot.waitUntil(lambda: threaded_wizard.currentId() == SetupWizard.RECOVERY_PAGE)
    assert data_paths.is_initialized()
    assert not threaded_wizard.coordinator_page.busy
