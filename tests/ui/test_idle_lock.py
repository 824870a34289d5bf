"""Idle lock with a fake clock, the lock screen, the coordinator override and Switch user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.services.audit import AuditFilter, AuditService
from peerdesk.services.auth import SignedIn
from peerdesk.services.settings import SettingsService
from peerdesk.services.users import UserService
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.idle_lock import IdleWatch
from tests.conftest import ADMIN, ADMIN_PASS, USER_PASS, Site, add_user
from tests.ui.conftest import FakeClock
from tests.ui.test_login_flow import assert_closed, sign_in

JOE_PASS = "seven quiet owls near the river"


def audit_actions(signed: SignedIn, action: str) -> list[tuple[str, str]]:
    """(actor, object id) of the entries named ``action``."""
    entries = AuditService(signed.store).entries(signed.actor, AuditFilter(action_prefix=action))
    return [(e.actor, e.object_id) for e in entries if e.action == action]


def add_ready_user(site: Site, name: str, role: str) -> str:
    """An account that has already chosen its own passphrase (:data:`JOE_PASS`)."""
    coordinator = site.sign_in()
    try:
        add_user(coordinator, name, role)
    finally:
        coordinator.store.close()
    signed = site.sign_in(name, USER_PASS)
    try:
        UserService(signed.store).change_own_passphrase(signed.actor, USER_PASS, JOE_PASS)
        return signed.actor.user_id
    finally:
        signed.store.close()


def visible_windows() -> list[str]:
    return sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())


# --- the watch itself ---------------------------------------------------------------------
def test_idle_watch_counts_from_the_last_input(qtbot: QtBot, fake_clock: FakeClock) -> None:
    watch = IdleWatch(fake_clock, check_ms=3_600_000)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    fired: list[bool] = []
    watch.idle.connect(lambda: fired.append(True))
    watch.start(15)
    try:
        fake_clock.advance(14.9)
        watch.check()
        assert not fired
        qtbot.keyClicks(edit, "a")  # any key anywhere in the application counts
        fake_clock.advance(14.9)
        watch.check()
        assert not fired
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        fake_clock.advance(14.99)
        watch.check()
        assert not fired
        fake_clock.advance(0.02)
        watch.check()
        assert fired == [True]
        assert not watch.running
        watch.check()  # stopped: never twice
        assert fired == [True]
    finally:
        watch.stop()


def test_idle_minutes_stay_between_1_and_30(fake_clock: FakeClock) -> None:
    watch = IdleWatch(fake_clock)
    watch.set_minutes(45)
    assert watch.minutes == 30
    watch.set_minutes(0)
    assert watch.minutes == 1


def test_the_timer_does_the_checking(qtbot: QtBot, fake_clock: FakeClock) -> None:
    watch = IdleWatch(fake_clock, check_ms=5)
    watch.start(1)
    fake_clock.advance(1)
    with qtbot.waitSignal(watch.idle, timeout=2_000):
        pass
    assert not watch.running


# --- locking and unlocking ------------------------------------------------------------------
def test_idle_lock_hides_everything_and_drops_the_key(
    qtbot: QtBot, flow: AppFlow, fake_clock: FakeClock
) -> None:
    sign_in(qtbot, flow)
    signed, window = flow.signed, flow.main_window
    assert signed is not None and window is not None
    assert flow.idle.running and flow.idle.minutes == 15
    qtbot.keyClicks(window.pages[Section.PARTICIPANTS].list_page.search_edit, "x")
    fake_clock.advance(14)
    flow.idle.check()
    assert flow.main_window is window
    fake_clock.advance(1)
    flow.idle.check()
    assert flow.main_window is None and flow.signed is None
    assert_closed(signed)
    assert visible_windows() == ["LoginWindow"]
    login = flow.login
    assert login.heading.text() == "peerdesk is locked"
    assert login.username_edit.text() == ADMIN and login.username_edit.isReadOnly()
    assert login.notice.text() == "Locked by maria. Type the passphrase of maria to unlock."
    assert login.sign_in_button.text() == "Unlock"
    assert flow.locked_user == ADMIN and not flow.idle.running


def test_unlock_returns_to_the_same_place(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    assert flow.main_window is not None
    flow.main_window.request_section(Section.ADMINISTRATION)
    flow.main_window.lock_action.trigger()
    qtbot.keyClicks(flow.login.passphrase_edit, ADMIN_PASS)
    qtbot.keyClick(flow.login.passphrase_edit, Qt.Key.Key_Return)
    window, signed = flow.main_window, flow.signed
    assert window is not None and signed is not None
    assert window.current_section() is Section.ADMINISTRATION
    assert flow.locked_user == "" and flow.idle.running
    assert audit_actions(signed, "session.unlock") == [(ADMIN, signed.actor.user_id)]


def test_ctrl_l_locks_at_once(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    window = flow.main_window
    assert window is not None
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert flow.main_window is None and flow.locked_user == ADMIN


def test_someone_else_cannot_unlock(qtbot: QtBot, flow: AppFlow, site: Site) -> None:
    add_ready_user(site, "ana", "reentry_staff")
    sign_in(qtbot, flow)
    assert flow.main_window is not None
    flow.main_window.lock_action.trigger()
    qtbot.mouseClick(flow.login.switch_button, Qt.MouseButton.LeftButton)
    assert flow.login.heading.text() == "Switch user"
    assert not flow.login.username_edit.isReadOnly()
    sign_in(qtbot, flow, "ana", JOE_PASS)
    assert flow.main_window is None and flow.signed is None
    assert flow.login.error_label.text() == "Only maria or a coordinator can unlock this session."
    assert flow.login.username_edit.text() == ADMIN  # back on maria's lock screen
    assert flow.locked_user == ADMIN
    # maria still unlocks her own session; the refusal is in the audit trail.
    qtbot.keyClicks(flow.login.passphrase_edit, ADMIN_PASS)
    qtbot.keyClick(flow.login.passphrase_edit, Qt.Key.Key_Return)
    signed = flow.signed
    assert signed is not None
    assert [a for a, _id in audit_actions(signed, "session.unlock_refused")] == ["ana"]


def test_a_coordinator_ends_the_locked_session(qtbot: QtBot, flow: AppFlow, site: Site) -> None:
    joe_id = add_ready_user(site, "joe", "peer_educator")
    sign_in(qtbot, flow, "joe", JOE_PASS)
    joe = flow.signed
    assert joe is not None and flow.main_window is not None
    assert flow.main_window.role_label.text() == "Peer educator"
    flow.main_window.lock_action.trigger()
    assert_closed(joe)
    assert flow.login.notice.text() == "Locked by joe. Type the passphrase of joe to unlock."

    qtbot.mouseClick(flow.login.switch_button, Qt.MouseButton.LeftButton)
    assert "Only a coordinator can end the locked session of joe." in flow.login.notice.text()
    qtbot.mouseClick(flow.login.back_button, Qt.MouseButton.LeftButton)
    assert flow.login.username_edit.text() == "joe"  # changed their mind
    qtbot.mouseClick(flow.login.switch_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, flow)
    signed, window = flow.signed, flow.main_window
    assert signed is not None and window is not None
    assert signed.actor.username == ADMIN and window.role_label.text() == "Coordinator"
    assert window.current_section() is Section.DASHBOARD  # maria's own start, not joe's
    assert flow.locked_user == ""
    assert audit_actions(signed, "session.ended_by") == [(ADMIN, joe_id)]


def test_switch_user_ends_the_session_for_the_next_person(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    signed, window = flow.signed, flow.main_window
    assert signed is not None and window is not None
    window.switch_user_action.trigger()
    assert_closed(signed)
    assert flow.main_window is None and flow.locked_user == ""
    assert flow.login.username_edit.text() == "" and not flow.login.username_edit.isReadOnly()
    assert flow.login.notice.text() == "Session ended. The next person can sign in."
    sign_in(qtbot, flow)
    again = flow.signed
    assert again is not None
    assert [a for a, _id in audit_actions(again, "session.switch_user")] == [ADMIN]


def test_idle_minutes_come_from_the_setting(qtbot: QtBot, flow: AppFlow, site: Site) -> None:
    signed = site.sign_in()
    SettingsService(signed.store).set(signed.actor, "idle_lock_minutes", 5)
    signed.store.close()
    sign_in(qtbot, flow)
    assert flow.idle.minutes == 5
    window = flow.main_window
    assert window is not None
    window.request_section(Section.ADMINISTRATION)
    admin = window.pages[Section.ADMINISTRATION]
    settings_tab = admin.settings_tab  # type: ignore[attr-defined]
    admin.tabs.setCurrentWidget(settings_tab)  # type: ignore[attr-defined]
    spin = settings_tab.spins["idle_lock_minutes"]
    assert spin.value() == 5
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    qtbot.mouseClick(settings_tab.save_button, Qt.MouseButton.LeftButton)
    assert settings_tab.message.text() == "Settings saved."
    assert flow.idle.minutes == 20


def test_locking_closes_open_dialogs_too(
    qtbot: QtBot, flow: AppFlow, fake_clock: FakeClock
) -> None:
    sign_in(qtbot, flow)
    window = flow.main_window
    assert window is not None
    window.request_section(Section.ADMINISTRATION)
    users = window.pages[Section.ADMINISTRATION].users_tab  # type: ignore[attr-defined]
    qtbot.mouseClick(users.buttons["add"], Qt.MouseButton.LeftButton)
    assert users.dialog is not None and users.dialog.isVisible()
    qtbot.keyClicks(users.dialog.username_edit, "someone")
    fake_clock.advance(15)
    flow.idle.check()
    assert visible_windows() == ["LoginWindow"]


def test_ctrl_l_locks_while_a_dialog_is_open(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    window = flow.main_window
    assert window is not None
    window.request_section(Section.ADMINISTRATION)
    users = window.pages[Section.ADMINISTRATION].users_tab  # type: ignore[attr-defined]
    qtbot.mouseClick(users.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = users.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.username_edit.setFocus()
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert flow.main_window is None and flow.locked_user == ADMIN
    assert visible_windows() == ["LoginWindow"]
    assert dialog.username_edit.text() == ""  # the key went to the lock, not the field
