"""QA pass on who sees the new screens: a peer educator sees neither Sync nor any restore."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import AdminTab, Section, admin_tabs, sections_for
from peerdesk.domain.roles import Role
from peerdesk.services.auth import SignedIn
from peerdesk.services.site_info import site_info
from peerdesk.ui.main_window import MainWindow
from tests.conftest import USER_PASS, Site, add_user
from tests.ui.conftest import make_session


def test_qa_only_roles_that_sync_or_back_up_see_those_screens() -> None:
    assert Section.SYNC not in sections_for(Role.PEER_EDUCATOR)
    assert Section.SYNC not in sections_for(Role.AUDITOR)
    for role in (Role.PEER_EDUCATOR, Role.REENTRY_STAFF, Role.AUDITOR):
        assert AdminTab.BACKUPS not in admin_tabs(role), role


def test_qa_a_peer_educators_window_has_no_sync_and_no_restore(
    qtbot: QtBot, site: Site, coordinator: SignedIn
) -> None:
    add_user(coordinator, "pe9", Role.PEER_EDUCATOR)
    from peerdesk.services.auth import AuthService

    signed = AuthService(site.paths).sign_in("pe9", USER_PASS)
    window = MainWindow(site_info(signed.store, signed.actor), make_session(signed))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.grab().save("/tmp/work/shots/qa_peer_educator_window.png")
    names = {type(w).__name__ for w in window.findChildren(QWidget)}
    signed.store.close()
    assert not names & {"SyncSection", "DuplicatesTab", "BackupTab", "RestoreDialog"}
