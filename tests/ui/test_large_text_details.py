"""Issue 4 at 200 % text, beyond "no sideways scrolling": what the squeezed pages looked like
before (dates cut to "988-04-12", a table with no row, a paragraph drawn over the fingerprint,
column headers cut), each checked where it happened."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.column_fit import header_width
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.participant_page import ParticipantPage
from peerdesk.ui.participants_section import ParticipantsSection
from tests.factories_sessions import World
from tests.ui.test_large_text_pages import (
    administration,
    participant,
    settle,
)


def participant_page(qtbot: QtBot, world: World) -> tuple[MainWindow, ParticipantPage]:
    window, _tabs, _frame = participant(qtbot, world)
    section = window.pages[Section.PARTICIPANTS]
    assert isinstance(section, ParticipantsSection)
    settle()
    return window, section.participant_page  # the window too: it must outlive the test


@pytest.mark.usefixtures("spanish", "large_text")
def test_at_200_percent_the_profile_groups_go_one_above_the_other(
    qtbot: QtBot, world: World
) -> None:
    _window, page = participant_page(qtbot, world)
    form = page.form
    assert form.top_row.stacked()
    birth = form.dates["date_of_birth"]
    assert birth.width() >= birth.fontMetrics().horizontalAdvance("1988-04-12")


@pytest.mark.usefixtures("english")
def test_at_normal_size_the_profile_groups_stay_side_by_side(qtbot: QtBot, world: World) -> None:
    _window, page = participant_page(qtbot, world)
    assert not page.form.top_row.stacked()


@pytest.mark.usefixtures("spanish", "large_text")
def test_at_200_percent_each_screening_table_shows_rows(qtbot: QtBot, world: World) -> None:
    _window, page = participant_page(qtbot, world)
    page.tabs.setCurrentWidget(page.screening_tab)
    settle()
    for part in (page.screening_tab.screenings, page.screening_tab.needs):
        table = part.table
        rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
        assert rows >= 2  # the needs table showed its header and no row at all


def in_layout_order(box: QWidget) -> list[QWidget]:
    layout = box.layout()
    assert layout is not None
    found = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isVisible():
            found.append(widget)
    return found


def admin_section(qtbot: QtBot, world: World) -> tuple[MainWindow, AdministrationSection]:
    window, _tabs, _frame = administration(qtbot, world)
    section = window.pages[Section.ADMINISTRATION]
    assert isinstance(section, AdministrationSection)
    return window, section


@pytest.mark.usefixtures("spanish", "large_text")
def test_at_200_percent_the_key_card_text_does_not_overlap(qtbot: QtBot, world: World) -> None:
    _window, section = admin_section(qtbot, world)
    sites = section.sites_tab
    assert sites is not None
    section.tabs.setCurrentWidget(sites)
    qtbot.waitUntil(lambda: sites.fingerprint_label.text() != "—")
    settle()
    card = sites.fingerprint_label.parentWidget()
    parts = in_layout_order(card)
    assert len(parts) >= 3  # site, advice, fingerprint
    for above, below in itertools.pairwise(parts):
        assert above.geometry().bottom() < below.geometry().top(), (above, below)
    assert not any(p.height() < p.heightForWidth(p.width()) for p in parts)


@pytest.mark.usefixtures("spanish", "large_text")
def test_at_200_percent_the_user_buttons_wrap_and_the_columns_fit_their_headers(
    qtbot: QtBot, world: World
) -> None:
    _window, section = admin_section(qtbot, world)
    users = section.users_tab
    assert users is not None
    qtbot.waitUntil(lambda: users.model.rowCount() >= 2)
    settle()
    buttons: list[QPushButton] = list(users.buttons.values())
    right = max(b.mapTo(users, QPoint(b.width(), 0)).x() for b in buttons)
    assert right <= users.width()
    assert len({b.y() for b in buttons}) >= 2  # on more than one line
    header = users.table.horizontalHeader()
    for column in range(users.model.columnCount() - 1):  # the last one stretches
        assert header.sectionSize(column) >= header_width(users.table, column)
