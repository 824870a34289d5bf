"""Administration > Audit trail names actions in words, in English and Spanish; the stored
code stays in the tooltip for auditors, and the action filter works by family or by code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.auth import SignedIn
from peerdesk.ui.admin_models import AuditTableModel
from peerdesk.ui.audit_tab import AuditTab
from peerdesk.ui.session import UiSession
from tests.conftest import USER_PASS, Site, add_user
from tests.factories import make_profile

CODE = re.compile(r"^[a-z_]+\.[a-z_]+$")
COL = AuditTableModel.COL_ACTION


@pytest.fixture
def tab(qtbot: QtBot, site: Site, session: UiSession, coordinator: SignedIn) -> Iterator[AuditTab]:
    """The audit tab over a trail holding a sign-in, a participant added and updated, and a
    peer educator refused user management."""
    participants = session.services.participants
    profile = make_profile()
    person = participants.enroll(coordinator.actor, profile)
    participants.update(coordinator.actor, person.id, replace(profile, housing_unit="C-4"))
    add_user(coordinator, "pat", "peer_educator")
    peer = site.sign_in("pat", USER_PASS)
    with pytest.raises(PermissionDenied):
        require(peer.store, peer.actor, Action.USER_MANAGE)
    widget = AuditTab(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    widget.reload()
    yield widget
    peer.store.close()


def column(tab: AuditTab, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    m = tab.model
    return [m.data(m.index(r, COL), role) for r in range(m.rowCount())]


def test_actions_in_english_with_their_codes_in_the_tooltip(
    qtmodeltester, english: None, tab: AuditTab
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    shown = column(tab)
    assert {"Participant added", "Participant updated", "Signed in"} <= set(shown), shown
    assert "Manage user accounts" in shown  # a refusal names what was asked
    assert not [text for text in shown if CODE.match(text)], shown
    codes = column(tab, Qt.ItemDataRole.ToolTipRole)
    assert codes == column(tab, AuditTableModel.CodeRole)
    assert codes[shown.index("Participant updated")] == "participant.update"
    assert codes[shown.index("Manage user accounts")] == "user.manage"


def test_actions_in_spanish(spanish: None, tab: AuditTab) -> None:
    shown = column(tab)
    assert {"Participante añadido", "Participante actualizado", "Sesión iniciada"} <= set(shown)
    assert "Gestionar cuentas de usuario" in shown
    assert not [text for text in shown if CODE.match(text)], shown
    assert tab.model.headerData(COL, Qt.Orientation.Horizontal) == "Acción"


def test_the_filter_takes_a_family_in_words_or_the_start_of_a_code(
    qtbot: QtBot, english: None, tab: AuditTab
) -> None:
    combo = tab.action_combo
    combo.setCurrentIndex(combo.findData("participant."))
    assert combo.currentText() == "Participants"
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert set(column(tab)) == {"Participant added", "Participant updated"}

    combo.setEditText("participant.upd")  # an auditor's code
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert column(tab, AuditTableModel.CodeRole) == ["participant.update"]
    assert combo.count() == len(set(combo.itemData(i) for i in range(combo.count())))  # no new

    combo.setCurrentIndex(0)  # any action
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert "Signed in" in column(tab)


def test_the_filters_take_two_rows_when_one_does_not_fit(
    qtbot: QtBot, english: None, tab: AuditTab
) -> None:
    def top(widget: QWidget) -> int:
        tab.layout().activate()
        return widget.mapTo(tab, QPoint(0, 0)).y()

    assert top(tab.since_edit) == top(tab.user_edit)  # 1100 px: one row
    tab.resize(500, 500)
    assert top(tab.since_edit) > top(tab.user_edit)
    assert top(tab.apply_button) > top(tab.action_combo)
    tab.resize(1100, 500)
    assert top(tab.since_edit) == top(tab.user_edit)
