"""Navigation per role: the pure rules for every role, and the window built from them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import (
    AdminTab,
    Section,
    admin_tabs,
    landing_section,
    may_end_sessions_of_others,
    sections_for,
)
from peerdesk.domain.roles import PERMISSIONS, Action, Role
from peerdesk.services.site_info import site_info
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.participants_section import ParticipantsSection
from tests.conftest import USER_PASS, Site, add_user
from tests.ui.conftest import make_session

S = Section
EXPECTED = {
    Role.COORDINATOR: (
        S.DASHBOARD,
        S.PARTICIPANTS,
        S.PEER_EDUCATORS,
        S.MATCHES,
        S.GROUPS,
        S.REFERRALS,
        S.REPORTS,
        S.SYNC,
        S.ADMINISTRATION,
    ),
    Role.PEER_EDUCATOR: (S.MY_GROUPS, S.MY_MENTEES),
    Role.REENTRY_STAFF: (
        S.DASHBOARD,
        S.PARTICIPANTS,
        S.PEER_EDUCATORS,
        S.MATCHES,
        S.GROUPS,
        S.REFERRALS,
        S.REPORTS,
        S.SYNC,
    ),
    Role.AUDITOR: (
        S.DASHBOARD,
        S.PARTICIPANTS,
        S.PEER_EDUCATORS,
        S.MATCHES,
        S.GROUPS,
        S.REPORTS,
        S.ADMINISTRATION,
    ),
}
#: What the window of this version shows (sections without a page yet are absent).
_PROGRAM = ["Dashboard", "Participants", "Peer educators", "Matches", "Groups and sessions"]
#: Every section of every role has its screen in this version.
EXPECTED_IN_WINDOW = {
    Role.COORDINATOR: [*_PROGRAM, "Referrals and partners", "Reports", "Sync", "Administration"],
    Role.PEER_EDUCATOR: ["My groups", "My mentees"],
    Role.REENTRY_STAFF: [*_PROGRAM, "Referrals and partners", "Reports", "Sync"],
    Role.AUDITOR: [*_PROGRAM, "Reports", "Administration"],
}


@pytest.mark.parametrize("role", list(Role))
def test_sections_of_every_role(role: Role) -> None:
    assert sections_for(role) == EXPECTED[role]


def test_every_role_is_covered() -> None:
    assert set(EXPECTED) == set(Role) == set(EXPECTED_IN_WINDOW)


def test_peer_educator_lands_on_their_groups_then_mentees() -> None:
    assert landing_section(Role.PEER_EDUCATOR) is S.MY_GROUPS
    built = frozenset({S.MY_MENTEES, S.PARTICIPANTS, S.ADMINISTRATION})
    assert landing_section(Role.PEER_EDUCATOR, built) is S.MY_MENTEES
    assert landing_section(Role.COORDINATOR) is S.DASHBOARD
    assert landing_section(Role.COORDINATOR, built) is S.PARTICIPANTS
    assert landing_section(Role.AUDITOR, frozenset()) is None


@pytest.mark.parametrize(
    ("role", "tabs"),
    [
        (
            Role.COORDINATOR,
            (AdminTab.USERS, AdminTab.SETTINGS, AdminTab.AUDIT, AdminTab.BACKUPS, AdminTab.SITES),
        ),
        (Role.AUDITOR, (AdminTab.USERS, AdminTab.AUDIT)),
        (Role.REENTRY_STAFF, ()),  # may list users, but has no Administration section
        (Role.PEER_EDUCATOR, ()),
    ],
)
def test_admin_tabs(role: Role, tabs: tuple[AdminTab, ...]) -> None:
    assert admin_tabs(role) == tabs


def test_sites_and_keys_tab_follows_key_management(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a role that may manage keys gets the tab, and with it the Administration section."""
    from peerdesk.domain import roles

    assert [r for r in Role if AdminTab.SITES in admin_tabs(r)] == [
        r for r in Role if Action.KEYS_MANAGE in PERMISSIONS[r]
    ]
    narrowed = dict(PERMISSIONS)
    narrowed[Role.COORDINATOR] = PERMISSIONS[Role.COORDINATOR] - {Action.KEYS_MANAGE}
    narrowed[Role.REENTRY_STAFF] = PERMISSIONS[Role.REENTRY_STAFF] | {Action.KEYS_MANAGE}
    monkeypatch.setattr(roles, "PERMISSIONS", narrowed)
    assert AdminTab.SITES not in admin_tabs(Role.COORDINATOR)
    assert admin_tabs(Role.REENTRY_STAFF) == (AdminTab.USERS, AdminTab.SITES)
    assert S.ADMINISTRATION in sections_for(Role.REENTRY_STAFF)


def test_navigation_follows_the_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    """Taking an action away from a role removes the section it opens."""
    from peerdesk.domain import roles

    narrowed = dict(PERMISSIONS)
    narrowed[Role.REENTRY_STAFF] = PERMISSIONS[Role.REENTRY_STAFF] - {Action.REFERRAL_MANAGE}
    monkeypatch.setattr(roles, "PERMISSIONS", narrowed)
    assert S.REFERRALS not in sections_for(Role.REENTRY_STAFF)
    assert S.REFERRALS in sections_for(Role.COORDINATOR)


def test_only_coordinators_end_other_sessions() -> None:
    assert [r for r in Role if may_end_sessions_of_others(r)] == [Role.COORDINATOR]


@pytest.mark.parametrize("role", list(Role))
def test_the_window_lists_only_what_the_role_may_use(qtbot: QtBot, site: Site, role: Role) -> None:
    coordinator = site.sign_in()
    name = "who"
    signed = coordinator
    if role is not Role.COORDINATOR:
        add_user(coordinator, name, role.value)
        signed = site.sign_in(name, USER_PASS)
    try:
        window = MainWindow(site_info(signed.store, signed.actor), make_session(signed))
        qtbot.addWidget(window)
        window.show()
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles == EXPECTED_IN_WINDOW[role]
        assert window.stack.count() == len(titles)
        assert window.nav.currentRow() == 0
        assert window.current_page() is window.pages[landing_section(role)]
        people = window.pages[S.MY_MENTEES if role is Role.PEER_EDUCATOR else S.PARTICIPANTS]
        assert isinstance(people, ParticipantsSection)
        assert people.list_page.heading.text() in titles
        admin = window.pages.get(S.ADMINISTRATION)
        if admin is not None:
            assert isinstance(admin, AdministrationSection)
            tab_names = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
            expected = {
                Role.COORDINATOR: ["Users", "Settings", "Audit trail", "Backups", "Sites and keys"],
                Role.AUDITOR: ["Users", "Audit trail"],
            }
            assert tab_names == expected[role]
        # Editing participants is offered only to those who may.
        editing = role in (Role.COORDINATOR, Role.REENTRY_STAFF)
        assert (people.list_page.new_button is not None) is editing
    finally:
        if signed is not coordinator:
            signed.store.close()
        coordinator.store.close()


def test_keyboard_moves_between_sections(qtbot: QtBot, site: Site) -> None:
    signed = site.sign_in()
    try:
        window = MainWindow(site_info(signed.store, signed.actor), make_session(signed))
        qtbot.addWidget(window)
        window.show()
        assert window.current_section() is S.DASHBOARD
        window.nav.setFocus()
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        assert window.current_section() is S.PARTICIPANTS
        assert window.current_page() is window.pages[S.PARTICIPANTS]
        go = window.go_menu.actions()
        assert [a.shortcut().toString() for a in go] == [f"Ctrl+{n}" for n in range(1, 10)]
        go[-1].trigger()
        assert window.current_section() is S.ADMINISTRATION
        go[0].trigger()
        assert window.current_section() is S.DASHBOARD
    finally:
        signed.store.close()


def test_tab_leaves_every_table(qtbot: QtBot, site: Site) -> None:
    """No keyboard trap: Tab moves past a table instead of from cell to cell."""
    from PySide6.QtWidgets import QAbstractItemView

    signed = site.sign_in()
    try:
        window = MainWindow(site_info(signed.store, signed.actor), make_session(signed))
        qtbot.addWidget(window)
        views = window.findChildren(QAbstractItemView)
        assert len(views) > 15  # every section's lists and the participant page's tabs
        trapping = [v.accessibleName() or type(v).__name__ for v in views if v.tabKeyNavigation()]
        assert trapping == []
    finally:
        signed.store.close()
