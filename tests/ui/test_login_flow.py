"""Signing in, the main window, locking and signing out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.task_runner import TaskRunner
from tests.conftest import ADMIN, ADMIN_PASS, USER_PASS, Site, add_user
from tests.ui.conftest import close_flow, make_flow

NEW_PASS = "seven quiet owls near the river"


def sign_in(qtbot: QtBot, flow: AppFlow, user: str = ADMIN, passphrase: str = ADMIN_PASS) -> None:
    login = flow.login
    if not login.username_edit.isReadOnly():  # on the lock screen the name is fixed
        login.username_edit.clear()
        qtbot.keyClicks(login.username_edit, user)
    qtbot.keyClicks(login.passphrase_edit, passphrase)
    qtbot.keyClick(login.passphrase_edit, Qt.Key.Key_Return)


def assert_closed(signed: SignedIn) -> None:
    with pytest.raises(RuntimeError):
        _ = signed.store.data_key


def test_wrong_passphrase_says_so_and_clears_the_field(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow, passphrase="not my passphrase at all")
    login = flow.login
    assert login.error_label.isVisible()
    assert login.error_label.text() == "The user name or passphrase is not right."
    assert login.passphrase_edit.text() == ""
    assert login.username_edit.text() == ADMIN
    assert not login.busy and login.sign_in_button.isEnabled()
    assert flow.signed is None and flow.main_window is None


def test_empty_fields_are_not_sent(qtbot: QtBot, flow: AppFlow, site: Site) -> None:
    qtbot.mouseClick(flow.login.sign_in_button, Qt.MouseButton.LeftButton)
    assert flow.login.error_label.text() == "Type your user name."
    qtbot.keyClicks(flow.login.username_edit, ADMIN)
    qtbot.mouseClick(flow.login.sign_in_button, Qt.MouseButton.LeftButton)
    assert flow.login.error_label.text() == "Type your passphrase."
    # Nothing counted as a failed attempt: the right passphrase still works.
    sign_in(qtbot, flow)
    assert flow.main_window is not None


def test_locked_account_gives_the_minutes(qtbot: QtBot, flow: AppFlow) -> None:
    for _ in range(5):
        sign_in(qtbot, flow, passphrase="not my passphrase at all")
    text = flow.login.error_label.text()
    assert text.startswith("Too many failed attempts. Sign-in is locked for ")
    assert "until a coordinator unlocks the account" in text


def test_caps_lock_warning(qtbot: QtBot, flow: AppFlow) -> None:
    edit = flow.login.passphrase_edit
    label = flow.login.caps_lock_label
    qtbot.keyClicks(edit, "B")
    assert label.isVisible() and label.text() == "Caps Lock is on."
    qtbot.keyClicks(edit, "b")
    assert not label.isVisible()
    qtbot.keyClick(edit, "c", Qt.KeyboardModifier.ShiftModifier)  # a small letter with Shift
    assert label.isVisible()
    qtbot.keyClicks(edit, "C", Qt.KeyboardModifier.ShiftModifier)
    assert not label.isVisible()


def test_sign_in_opens_the_main_window(qtbot: QtBot, flow: AppFlow) -> None:
    """The window says where and who; a coordinator starts on the participants list."""
    sign_in(qtbot, flow)
    window = flow.main_window
    assert window is not None and window.isVisible()
    assert not flow.login.isVisible()
    assert window.site_name_label.text() == "Riverside Unit"
    assert window.kind_label.text() == "Facility (prison or jail)"
    assert window.user_label.text() == ADMIN
    assert window.role_label.text() == "Coordinator"
    assert ADMIN not in window.windowTitle() and ADMIN not in flow.login.windowTitle()
    assert flow.login.passphrase_edit.text() == ""


def test_lock_closes_the_store_and_returns_to_sign_in(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    signed = flow.signed
    window = flow.main_window
    assert signed is not None and window is not None
    window.lock_action.trigger()
    assert flow.login.isVisible() and not window.isVisible()
    assert flow.signed is None and flow.main_window is None
    assert_closed(signed)
    assert flow.login.notice.text() == "Locked by maria. Type the passphrase of maria to unlock."
    assert flow.login.username_edit.text() == ADMIN
    assert flow.login.passphrase_edit.text() == ""
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    # And one can sign in again; the lock is in the audit trail.
    sign_in(qtbot, flow)
    assert flow.main_window is not None
    again = flow.signed
    assert again is not None
    from peerdesk.services.audit import AuditFilter, AuditService

    actions = [
        e.action for e in AuditService(again.store).entries(again.actor, AuditFilter(actor=ADMIN))
    ]
    assert "session.lock" in actions


def test_sign_out_forgets_the_user_name(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    signed = flow.signed
    assert signed is not None and flow.main_window is not None
    flow.main_window.sign_out_action.trigger()
    assert_closed(signed)
    assert flow.login.isVisible()
    assert flow.login.username_edit.text() == ""
    assert flow.login.notice.text() == "You have signed out."


def test_closing_the_main_window_closes_the_store(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    signed = flow.signed
    assert signed is not None and flow.main_window is not None
    flow.main_window.close()
    assert_closed(signed)


def test_temporary_passphrase_must_be_changed_first(
    qtbot: QtBot, flow: AppFlow, site: Site
) -> None:
    signed = site.sign_in()
    add_user(signed, "joe", "peer_educator")
    signed.store.close()

    sign_in(qtbot, flow, "joe", USER_PASS)
    dialog = flow.passphrase_dialog
    assert dialog.isVisible()
    assert flow.main_window is None

    qtbot.keyClicks(dialog.current_edit, "a wrong temporary one")
    qtbot.keyClicks(dialog.new_edit, NEW_PASS)
    qtbot.keyClicks(dialog.repeat_edit, NEW_PASS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.current_error.text() == "The current passphrase is not right."
    assert dialog.current_edit.text() == ""
    assert flow.main_window is None

    qtbot.keyClicks(dialog.current_edit, USER_PASS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert flow.main_window is not None
    assert flow.main_window.role_label.text() == "Peer educator"

    # The new passphrase is the one that works from now on, with no second request.
    flow.main_window.sign_out_action.trigger()
    sign_in(qtbot, flow, "joe", NEW_PASS)
    assert not flow.passphrase_dialog.isVisible() and flow.main_window is not None


def test_refusing_to_change_signs_out(qtbot: QtBot, flow: AppFlow, site: Site) -> None:
    signed = site.sign_in()
    add_user(signed, "joe", "peer_educator")
    signed.store.close()
    sign_in(qtbot, flow, "joe", USER_PASS)
    joe = flow.signed
    assert joe is not None and flow.passphrase_dialog.isVisible()
    qtbot.mouseClick(flow.passphrase_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert_closed(joe)
    assert flow.signed is None and flow.main_window is None
    assert flow.login.isVisible()


def test_sign_in_on_the_worker_thread(qtbot: QtBot, site: Site, thread_runner: TaskRunner) -> None:
    flow = make_flow(site, thread_runner)
    flow.start()
    try:
        sign_in(qtbot, flow)
        assert flow.login.busy
        assert flow.login.sign_in_button.text() == "Checking…"
        assert not flow.login.passphrase_edit.isEnabled()
        qtbot.waitUntil(lambda: flow.main_window is not None)
        assert flow.main_window is not None
        assert flow.main_window.site_name_label.text() == "Riverside Unit"
        signed = flow.signed
        assert signed is not None
        flow.lock()
        qtbot.waitUntil(lambda: not any(signed.store._key))
    finally:
        close_flow(flow)
