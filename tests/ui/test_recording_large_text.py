"""Recording a group session at 200 % text in a 1280 x 800 window: the roster goes under the
form instead of the page scrolling sideways with Save off the screen (it did: 132 px)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.ui.groups_section import GroupsSection
from peerdesk.ui.main_window import MainWindow
from tests.factories_sessions import World
from tests.ui.test_audit4_coverage import make_window
from tests.ui.test_report_printing import SHOTS


def recording(qtbot: QtBot, window: MainWindow) -> GroupsSection:
    window.resize(1280, 800)
    section = window.pages[Section.MY_GROUPS]
    assert isinstance(section, GroupsSection)
    section.list_page.table.setFocus()
    qtbot.keyClick(section.list_page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: section.currentWidget() is section.recording_page)
    qtbot.wait(50)
    return section


def test_at_200_percent_the_roster_goes_under_the_form(
    qtbot: QtBot, english: None, world: World, large_text: None
) -> None:
    window = make_window(qtbot, world.peer)
    section = recording(qtbot, window)
    page = section.recording_page
    frame = window.frames[Section.MY_GROUPS]
    qtbot.waitUntil(lambda: page.body.stacked())
    qtbot.waitUntil(lambda: frame.horizontalScrollBar().maximum() == 0)
    save = page.save_button
    right = save.mapTo(frame.viewport(), QPoint(save.width(), 0)).x()
    assert right <= frame.viewport().width()  # Save in view, not past the edge
    roster = page.panel.roster
    rows_shown = roster.viewport().height() // roster.verticalHeader().defaultSectionSize()
    assert rows_shown >= 5  # the page scrolls down instead of squeezing the roster
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "record-session-200.png"))


def test_at_normal_size_form_and_roster_sit_side_by_side(
    qtbot: QtBot, english: None, world: World
) -> None:
    window = make_window(qtbot, world.peer)
    section = recording(qtbot, window)
    assert not section.recording_page.body.stacked()
    assert window.frames[Section.MY_GROUPS].verticalScrollBar().maximum() == 0
