"""Sorting the participants list without a mouse (issue 4: keyboard reachable).

Header sections take no focus, so before the "Sort by" box the list sorted only by clicking.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.ui.participant_table_model import COL_DOC, COL_NAME, ParticipantTableModel
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.session import UiSession
from tests.ui.factories_ui import add_participants

ROWS = 30


@pytest.fixture
def section(qtbot: QtBot, session: UiSession, coordinator: SignedIn) -> ParticipantsSection:
    add_participants(coordinator, ROWS)
    widget = ParticipantsSection(session, "Participants")
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    return widget


def first(model: ParticipantTableModel, column: int) -> str:
    return str(model.data(model.index(0, column)))


def test_the_keyboard_sorts_the_list_in_the_query(
    qtbot: QtBot, english: None, section: ParticipantsSection
) -> None:
    page = section.list_page
    model = page.model
    assert page.new_button is not None
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Backtab)
    combo = page.sort_combo
    assert QApplication.focusWidget() is combo  # in reading order: by the count, top right
    assert combo.currentText() == "Name, ascending"

    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Name, descending"
    assert (model.query.sort, model.query.descending) == ("name", True)
    assert first(model, COL_NAME) == f"Person{ROWS - 1:05d}, Sam"

    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "DOC number, ascending"
    assert (model.query.sort, model.query.descending) == ("doc_number", False)
    assert first(model, COL_DOC) == "D00000"
    header = page.table.horizontalHeader()  # the header shows the same order as a click would
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COL_DOC,
        Qt.SortOrder.AscendingOrder,
    )


def test_the_box_follows_a_header_click(
    qtbot: QtBot, english: None, section: ParticipantsSection
) -> None:
    page = section.list_page
    header = page.table.horizontalHeader()
    doc = QPoint(header.sectionViewportPosition(COL_DOC) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=doc)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=doc)
    assert (page.model.query.sort, page.model.query.descending) == ("doc_number", True)
    assert page.sort_combo.currentText() == "DOC number, descending"


def test_the_box_has_a_name_and_a_label(english: None, section: ParticipantsSection) -> None:
    combo = section.list_page.sort_combo
    assert combo.accessibleName() == "Sort by"
    labels = [w for w in section.findChildren(QLabel) if w.buddy() is combo]
    assert [w.text() for w in labels] == ["Sort by:"]
    assert combo.count() == 2 * 5  # every column, both ways


def test_the_box_reads_in_spanish_with_the_header_s_words(
    spanish: None, section: ParticipantsSection
) -> None:
    combo = section.list_page.sort_combo
    assert combo.itemText(0) == "Nombre, ascendente"
    assert combo.itemText(3) == "Número DOC, descendente"
    assert combo.accessibleName() == "Ordenar por"
