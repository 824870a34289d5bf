"""Administration: accounts, settings and the audit trail, driven like a coordinator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.domain.roles import Role
from peerdesk.domain.settings_rules import SPECS
from peerdesk.services.auth import SignedIn
from peerdesk.services.settings import SettingsService
from peerdesk.services.users import UserService
from peerdesk.ui.admin_models import AuditTableModel, UserTableModel
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.audit_tab import AuditTab
from peerdesk.ui.session import UiSession
from peerdesk.ui.settings_tab import SETTING_LABELS, SettingsTab
from peerdesk.ui.task_runner import SyncTaskRunner
from peerdesk.ui.user_dialogs import AddUserDialog, ResetPassphraseDialog, RoleDialog
from peerdesk.ui.users_tab import UsersTab
from tests.conftest import ADMIN, USER_PASS, Site, add_user
from tests.ui.conftest import make_session

NEW_PASS = "seven quiet owls near the river"


@pytest.fixture
def admin(qtbot: QtBot, session: UiSession) -> AdministrationSection:
    widget = AdministrationSection(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def users_tab(admin: AdministrationSection) -> UsersTab:
    assert admin.users_tab is not None
    return admin.users_tab


def names(tab: UsersTab) -> list[str]:
    m = tab.model
    return [str(m.data(m.index(r, UserTableModel.COL_NAME))) for r in range(m.rowCount())]


def user(signed: SignedIn, name: str):  # type: ignore[no-untyped-def]
    return next(u for u in UserService(signed.store).list_users(signed.actor) if u.username == name)


# --- accounts -------------------------------------------------------------------------------
def test_add_a_user_with_inline_messages(
    qtbot: QtBot, qtmodeltester, admin: AdministrationSection, coordinator: SignedIn
) -> None:  # type: ignore[no-untyped-def]
    tab = users_tab(admin)
    assert names(tab) == [ADMIN]
    qtmodeltester.check(tab.model)
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AddUserDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.messages() == {"username": "Type a user name."}

    qtbot.keyClicks(dialog.username_edit, "a b")
    qtbot.keyClicks(dialog.passphrase.edit, NEW_PASS)
    qtbot.keyClicks(dialog.passphrase.repeat, NEW_PASS + "x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.messages() == {"repeat": "The two passphrases are not the same."}
    qtbot.keyClicks(dialog.passphrase.repeat, NEW_PASS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert list(dialog.errors.messages()) == ["username"]
    assert dialog.errors.messages()["username"].startswith("A user name is 2 to 32 letters")

    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, "joe")
    dialog.passphrase.edit.clear()
    dialog.passphrase.repeat.clear()
    qtbot.keyClicks(dialog.passphrase.edit, "short")
    qtbot.keyClicks(dialog.passphrase.repeat, "short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert list(dialog.errors.messages()) == ["passphrase"]
    assert names(tab) == [ADMIN]  # nothing written so far

    dialog.passphrase.edit.clear()
    dialog.passphrase.repeat.clear()
    qtbot.keyClicks(dialog.passphrase.edit, NEW_PASS)
    qtbot.keyClicks(dialog.passphrase.repeat, NEW_PASS)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("reentry_staff"))
    qtbot.keyClick(dialog.passphrase.repeat, Qt.Key.Key_Return)
    assert not dialog.isVisible() and tab.dialog is None
    assert tab.message.text() == "The account was added."
    assert names(tab) == ["joe", ADMIN]
    joe = user(coordinator, "joe")
    assert joe.role is Role.REENTRY_STAFF and joe.must_change_passphrase
    m = tab.model
    assert m.data(m.index(0, UserTableModel.COL_STATE)) == "Active, must choose a passphrase"


def test_role_reset_unlock_and_disable(
    qtbot: QtBot, admin: AdministrationSection, coordinator: SignedIn, site: Site
) -> None:
    add_user(coordinator, "joe", "peer_educator")
    from peerdesk.domain.errors import PeerdeskError

    for _ in range(5):
        with pytest.raises(PeerdeskError):
            site.sign_in("joe", "wrong passphrase for joe")
    tab = users_tab(admin)
    tab.reload()
    tab.select("joe")
    m = tab.model
    assert m.data(m.index(0, UserTableModel.COL_SIGN_IN)).startswith("Locked for")
    assert tab.buttons["unlock"].isEnabled()
    qtbot.mouseClick(tab.buttons["unlock"], Qt.MouseButton.LeftButton)
    assert tab.message.text() == "joe can sign in again."
    assert user(coordinator, "joe").locked_minutes == 0
    assert not tab.buttons["unlock"].isEnabled()

    qtbot.mouseClick(tab.buttons["role"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, RoleDialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("auditor"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert user(coordinator, "joe").role is Role.AUDITOR
    assert tab.message.text() == "The role was changed."

    qtbot.mouseClick(tab.buttons["reset"], Qt.MouseButton.LeftButton)
    reset = tab.dialog
    assert isinstance(reset, ResetPassphraseDialog)
    qtbot.keyClicks(reset.passphrase.edit, NEW_PASS)
    qtbot.keyClicks(reset.passphrase.repeat, NEW_PASS)
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "The temporary passphrase was set."
    site.sign_in("joe", NEW_PASS).store.close()

    qtbot.mouseClick(tab.buttons["disable"], Qt.MouseButton.LeftButton)
    box = tab.dialog
    assert isinstance(box, QMessageBox) and box.text() == "Disable the account joe?"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert user(coordinator, "joe").active
    qtbot.mouseClick(tab.buttons["disable"], Qt.MouseButton.LeftButton)
    box = tab.dialog
    assert isinstance(box, QMessageBox)
    yes = next(b for b in box.buttons() if b.text() == "Disable account")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert not user(coordinator, "joe").active
    assert m.data(m.index(0, UserTableModel.COL_STATE)) == "Disabled"
    assert not tab.buttons["role"].isEnabled() and not tab.buttons["disable"].isEnabled()


def test_service_refusals_are_shown(
    qtbot: QtBot, admin: AdministrationSection, coordinator: SignedIn
) -> None:
    tab = users_tab(admin)
    tab.select(ADMIN)
    qtbot.mouseClick(tab.buttons["role"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, RoleDialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("auditor"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.messages() == {
        "role": "The last active coordinator must stay coordinator."
    }
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.buttons["disable"], Qt.MouseButton.LeftButton)
    box = tab.dialog
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Disable account").click()
    assert tab.error_label.text() == "You cannot disable your own account."
    assert user(coordinator, ADMIN).active


def test_an_auditor_sees_accounts_and_audit_but_changes_nothing(
    qtbot: QtBot, site: Site, coordinator: SignedIn
) -> None:
    add_user(coordinator, "ida", "auditor")
    ida = site.sign_in("ida", USER_PASS)
    try:
        widget = AdministrationSection(make_session(ida, SyncTaskRunner()))
        qtbot.addWidget(widget)
        widget.show()
        assert widget.settings_tab is None
        tab = users_tab(widget)
        assert tab.buttons == {} and names(tab) == ["ida", ADMIN]
        assert widget.audit_tab is not None and widget.audit_tab.verify_button is not None
    finally:
        ida.store.close()


# --- settings -------------------------------------------------------------------------------
def test_every_setting_has_a_label() -> None:
    assert set(SETTING_LABELS) == set(SPECS)


def test_change_settings(qtbot: QtBot, admin: AdministrationSection, coordinator: SignedIn) -> None:
    tab = admin.settings_tab
    assert isinstance(tab, SettingsTab)
    admin.tabs.setCurrentWidget(tab)
    spin = tab.spins["idle_lock_minutes"]
    assert spin.value() == 15 and spin.maximum() == 30  # the form cannot go past 30
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Nothing to save."
    spin.selectAll()
    qtbot.keyClicks(spin, "45")  # typed over the limit: the box keeps it at most 30
    assert spin.value() <= 30
    spin.setValue(10)
    tab.spins["alert_no_contact_days"].setValue(21)
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("es"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Settings saved."
    stored = SettingsService(coordinator.store).all()
    assert stored["idle_lock_minutes"] == 10 and stored["alert_no_contact_days"] == 21
    session_prefs = tab._session.preferences
    assert session_prefs.language == "es"


def test_a_refused_setting_is_shown_next_to_it(
    qtbot: QtBot, admin: AdministrationSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = admin.settings_tab
    assert isinstance(tab, SettingsTab)
    admin.tabs.setCurrentWidget(tab)
    spin = tab.spins["backups_to_keep"]
    spin.setMaximum(1000)  # as if the form allowed more than the rule
    spin.setValue(500)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.errors.messages() == {
        "backups_to_keep": "Automatic backups kept must be between 0 and 100."
    }


# --- audit trail ----------------------------------------------------------------------------
def test_audit_filters_and_verify(
    qtbot: QtBot, qtmodeltester, admin: AdministrationSection, coordinator: SignedIn
) -> None:  # type: ignore[no-untyped-def]
    tab = admin.audit_tab
    assert isinstance(tab, AuditTab)
    admin.tabs.setCurrentWidget(tab)
    m = tab.model
    qtmodeltester.check(m)
    assert m.rowCount() >= 2
    code = AuditTableModel.CodeRole
    actions = {m.data(m.index(r, AuditTableModel.COL_ACTION), code) for r in range(m.rowCount())}
    assert "login.ok" in actions

    qtbot.keyClicks(tab.action_combo.lineEdit(), "login.")  # the start of a code, typed
    qtbot.keyClick(tab.user_edit, Qt.Key.Key_Return)
    actions = {m.data(m.index(r, AuditTableModel.COL_ACTION), code) for r in range(m.rowCount())}
    assert actions == {"login.ok"}
    qtbot.keyClicks(tab.user_edit, "nobody")
    qtbot.keyClick(tab.user_edit, Qt.Key.Key_Return)
    assert m.rowCount() == 0 and tab.count_label.text().startswith("0 ")

    tab.user_edit.clear()
    qtbot.keyClicks(tab.since_edit, "yesterday")
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert tab.errors.messages() == {
        "since": "Type the date as year-month-day, for example 1985-04-23."
    }
    tab.since_edit.setText("2030-01-02")
    tab.until_edit.setText("2030-01-01")
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert tab.errors.messages() == {"until": "The end date is before the start date."}
    tab.since_edit.clear()
    tab.until_edit.clear()
    tab.action_combo.setCurrentIndex(0)
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert tab.errors.messages() == {}

    assert tab.verify_button is not None
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.verdict_label.text().startswith("The audit trail is intact:")
    # The check itself is audited, and the table shows it.
    assert m.data(m.index(0, AuditTableModel.COL_ACTION), code) == "audit.verify"


def test_a_tampered_audit_trail_is_reported(
    qtbot: QtBot, admin: AdministrationSection, coordinator: SignedIn
) -> None:
    from peerdesk.db.engine import connect_raw

    raw = connect_raw(coordinator.store.paths.db, coordinator.store.data_key)
    try:  # an attacker with the key and a raw connection
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    finally:
        raw.close()
    tab = admin.audit_tab
    assert isinstance(tab, AuditTab) and tab.verify_button is not None
    admin.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.verdict_label.text().startswith(
        "The audit trail has been altered, starting at entry 1."
    )


def test_the_audit_trail_is_read_again_each_time_it_is_shown(
    qtbot: QtBot, admin: AdministrationSection, coordinator: SignedIn
) -> None:
    tab = admin.audit_tab
    assert isinstance(tab, AuditTab) and admin.settings_tab is not None
    admin.tabs.setCurrentWidget(tab)
    before = tab.model.rowCount()
    SettingsService(coordinator.store).set(coordinator.actor, "idle_lock_minutes", 9)
    admin.tabs.setCurrentWidget(admin.settings_tab)
    admin.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() > before


def test_leaving_settings_with_changes_asks(qtbot: QtBot, site: Site) -> None:
    from peerdesk.domain.navigation import Section
    from peerdesk.services.site_info import site_info
    from peerdesk.ui.main_window import MainWindow

    signed = site.sign_in()
    try:
        window = MainWindow(site_info(signed.store, signed.actor), make_session(signed))
        qtbot.addWidget(window)
        window.show()
        window.show_section(Section.ADMINISTRATION)
        admin = window.pages[Section.ADMINISTRATION]
        assert isinstance(admin, AdministrationSection) and admin.settings_tab is not None
        tab = admin.settings_tab
        admin.tabs.setCurrentWidget(tab)
        tab.spins["idle_lock_minutes"].setValue(5)
        window.request_section(Section.PARTICIPANTS)
        assert window.current_section() is Section.ADMINISTRATION  # not yet: it asks
        prompt = tab.leave_prompt
        assert prompt is not None
        qtbot.mouseClick(prompt.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert window.current_section() is Section.PARTICIPANTS
        assert SettingsService(signed.store).all()["idle_lock_minutes"] == 5
        window.show_section(Section.ADMINISTRATION)
        tab.spins["idle_lock_minutes"].setValue(7)
        window.request_section(Section.DASHBOARD)
        assert tab.leave_prompt is not None
        tab.leave_prompt.button(QMessageBox.StandardButton.Discard).click()
        assert window.current_section() is Section.DASHBOARD
        assert SettingsService(signed.store).all()["idle_lock_minutes"] == 5
        assert tab.spins["idle_lock_minutes"].value() == 5  # the form shows what is stored
    finally:
        signed.store.close()
