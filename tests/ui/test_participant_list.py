"""The participants list: paging through 2,000 rows, sorting, type-to-search and filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from peerdesk.domain.participant import ParticipantStatus
from peerdesk.services.auth import SignedIn
from peerdesk.ui.participant_list_page import SEARCH_DELAY_MS
from peerdesk.ui.participant_table_model import (
    COL_DOC,
    COL_NAME,
    COL_STATUS,
    PAGE_SIZE,
    ParticipantTableModel,
)
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.session import UiSession
from peerdesk.ui.task_runner import SyncTaskRunner, TaskRunner
from tests.conftest import Site
from tests.factories_sessions import build_world
from tests.ui.conftest import make_session
from tests.ui.factories_ui import add_participants

ROWS = 2_000


@pytest.fixture
def section(qtbot: QtBot, session: UiSession, coordinator: SignedIn) -> ParticipantsSection:
    add_participants(coordinator, ROWS)
    widget = ParticipantsSection(session, "Participants")
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def cell(model: ParticipantTableModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def test_the_model_passes_the_model_tester(qtmodeltester, section: ParticipantsSection) -> None:  # type: ignore[no-untyped-def]
    model = section.list_page.model
    assert model.rowCount() == PAGE_SIZE
    qtmodeltester.check(model)
    assert model.data(model.index(0, COL_NAME), ParticipantTableModel.IdRole)


def test_scrolling_loads_pages_until_the_end(
    qtbot: QtBot, english: None, section: ParticipantsSection
) -> None:
    page = section.list_page
    model = page.model
    assert model.total == ROWS
    assert model.rowCount() == PAGE_SIZE  # only the first page was read
    assert page.count_label.text() == "2000 participants"
    assert cell(model, 0, COL_NAME) == "Person00000, Sam"
    pages = 1
    while model.rowCount() < ROWS:
        page.table.scrollToBottom()
        qtbot.wait(1)
        pages += 1
        assert model.rowCount() == min(pages * PAGE_SIZE, ROWS)
    assert cell(model, ROWS - 1, COL_NAME) == "Person01999, Sam"
    assert not model.canFetchMore()
    # Rows are one line, all the same height (nothing measured as they load).
    heights = {page.table.rowHeight(r) for r in (0, 500, 1999)}
    assert len(heights) == 1


def test_header_clicks_sort_in_the_query(qtbot: QtBot, section: ParticipantsSection) -> None:
    page = section.list_page
    model = page.model
    header = page.table.horizontalHeader()
    doc_header = QPoint(header.sectionViewportPosition(COL_DOC) + 10, header.height() // 2)
    page.table.scrollToBottom()
    assert model.rowCount() == 2 * PAGE_SIZE
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=doc_header)
    assert (model.query.sort, model.query.descending) == ("doc_number", False)
    assert model.rowCount() == PAGE_SIZE  # a new query, from its first page
    assert cell(model, 0, COL_DOC) == "D00000"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=doc_header)
    assert (model.query.sort, model.query.descending) == ("doc_number", True)
    assert cell(model, 0, COL_DOC) == "D01999"


def test_sorting_by_each_column(section: ParticipantsSection) -> None:
    model = section.list_page.model
    model.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "status"
    assert cell(model, 0, COL_STATUS) == "Active"
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert (model.query.sort, model.query.descending) == ("name", True)
    assert cell(model, 0, COL_NAME) == "Person01999, Sam"


def test_typing_searches_after_a_pause(qtbot: QtBot, section: ParticipantsSection) -> None:
    page = section.list_page
    model = page.model
    qtbot.keyClicks(page.search_edit, "person0150")
    assert model.query.text == ""  # not yet: one query once typing pauses
    qtbot.waitUntil(lambda: model.query.text == "person0150", timeout=SEARCH_DELAY_MS * 20)
    assert model.total == 10
    assert {cell(model, r, COL_NAME)[:10] for r in range(10)} == {"Person0150"}
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "d0199")  # a DOC number, typed in lower case
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter searches at once
    assert model.total == 10 and cell(model, 0, COL_DOC) == "D01990"
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # and opens the row
    assert section.currentWidget() is section.participant_page


def test_filters_change_the_query(qtbot: QtBot, section: ParticipantsSection) -> None:
    page = section.list_page
    model = page.model
    page.status_combo.setCurrentIndex(page.status_combo.findData(ParticipantStatus.RELEASED))
    assert model.query.statuses == (ParticipantStatus.RELEASED,)
    assert model.total == ROWS // 4
    qtbot.keyClicks(page.unit_edit, "B-2")
    qtbot.waitUntil(lambda: model.query.housing_unit == "B-2", timeout=3_000)
    assert {cell(model, r, 3) for r in range(model.rowCount())} == {"B-2"}
    page.release_combo.setCurrentIndex(page.release_combo.findData(30))
    today = date.today()
    assert (model.query.release_from, model.query.release_to) == (
        today,
        today + timedelta(days=30),
    )
    # released (i % 4 == 1) and unit B-2 (i % 3 == 1) within 30 days: i = 1, 13, 25
    assert model.total == 3
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert model.total == ROWS and page.search_edit.text() == ""
    qtbot.keyClicks(page.search_edit, "nobody like this")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert model.total == 0
    assert page.empty_label.text() == "Nobody matches the search and filters."


def test_the_list_reloads_when_participants_change(
    section: ParticipantsSection, session: UiSession, coordinator: SignedIn
) -> None:
    model = section.list_page.model
    add_participants(coordinator, 1, first=ROWS)
    session.events.announce("users")
    assert model.total == ROWS  # not named: not read again
    session.events.announce("participants")
    assert model.total == ROWS + 1


@pytest.fixture
def threaded(
    qtbot: QtBot, coordinator: SignedIn, thread_runner: TaskRunner
) -> Iterator[ParticipantsSection]:
    add_participants(coordinator, 450)
    widget = ParticipantsSection(make_session(coordinator, thread_runner), "Participants")
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def test_pages_load_on_the_worker_thread(qtbot: QtBot, threaded: ParticipantsSection) -> None:
    model = threaded.list_page.model
    qtbot.waitUntil(lambda: model.total == 450)
    assert model.rowCount() == PAGE_SIZE
    threaded.list_page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    # A new query while a page is on its way: the late page is dropped.
    threaded.list_page.table.scrollToBottom()
    threaded.list_page.search_edit.setText("person0001")
    threaded.list_page.apply_filters()
    qtbot.waitUntil(lambda: model.total == 10 and not model.loading)
    qtbot.wait(50)
    assert model.rowCount() == 10


def test_a_peer_educator_sees_only_their_people(qtbot: QtBot, site: Site) -> None:
    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        widget = ParticipantsSection(make_session(world.peer, SyncTaskRunner()), "My mentees")
        qtbot.addWidget(widget)
        widget.show()
        model = widget.list_page.model
        names = sorted(cell(model, r, COL_NAME).split(",")[0] for r in range(model.rowCount()))
        assert names == ["Adams", "Baker", "Cruz", "Evans"]  # not Diaz
        assert widget.list_page.new_button is None
    finally:
        world.close()
        coordinator.store.close()
