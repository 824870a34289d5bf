"""The Peer educators list in Spanish and at large text: no status or kind is cut."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from peerdesk.domain.mentor_rules import MentorStatus
from peerdesk.services.auth import SignedIn
from peerdesk.ui.column_fit import CELL_PADDING
from peerdesk.ui.peer_educators_section import PeerEducatorsSection
from peerdesk.ui.session import UiSession
from tests.factories_mentors import approve, make_mentor, mentors

#: Where pictures of the screens go for a person to look at, when that folder exists.
SHOTS = Path("/tmp/work/shots")


def save_shot(widget: QWidget, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


@pytest.fixture
def every_status(coordinator: SignedIn) -> None:
    """Peer educators in the longest statuses: exited, in training, applicant, active."""
    svc, actor = mentors(coordinator), coordinator.actor
    gone = make_mentor(coordinator, first_name="Eva", last_name="Exited")
    svc.change_status(actor, gone, MentorStatus.EXITED, date(2026, 3, 1))
    learning = make_mentor(coordinator, active=False, first_name="Tom", last_name="Trainee")
    approve(coordinator, learning)
    svc.change_status(actor, learning, MentorStatus.IN_TRAINING, date(2026, 2, 12))
    make_mentor(coordinator, active=False, first_name="Ana", last_name="Applicant")


def list_shown(qtbot: QtBot, session: UiSession) -> PeerEducatorsSection:
    section = PeerEducatorsSection(session, "Peer educators")
    qtbot.addWidget(section)
    section.resize(1100, 500)
    section.show()
    qtbot.waitExposed(section)
    qtbot.waitUntil(lambda: section.list_page.model.rowCount() == 3)
    return section


def assert_nothing_cut(section: PeerEducatorsSection) -> None:
    table = section.list_page.table
    model = section.list_page.model
    metrics = table.fontMetrics()
    for column in range(1, 5):
        width = table.columnWidth(column)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data())
            assert metrics.horizontalAdvance(text) + CELL_PADDING // 2 <= width, text
        header = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert table.horizontalHeader().fontMetrics().horizontalAdvance(header) < width


@pytest.mark.usefixtures("spanish", "every_status")
def test_spanish_statuses_fit(qtbot: QtBot, session: UiSession) -> None:
    section = list_shown(qtbot, session)
    statuses = {section.list_page.model.index(r, 3).data() for r in range(3)}
    assert "Salió del programa" in statuses and "En formación" in statuses
    assert_nothing_cut(section)
    save_shot(section, "es-peer-educators-list.png")
    # Filtering by status still works from the keyboard, and keeps the widths.
    combo = section.list_page.status_combo
    combo.setFocus()
    index = combo.findData(MentorStatus.EXITED.value)
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: section.list_page.model.rowCount() == 1)
    assert_nothing_cut(section)


@pytest.mark.usefixtures("spanish", "large_text", "every_status")
def test_spanish_statuses_fit_at_double_text(qtbot: QtBot, session: UiSession) -> None:
    section = list_shown(qtbot, session)
    section.resize(1366, 700)
    assert_nothing_cut(section)
    save_shot(section, "es-peer-educators-list-200pct.png")
