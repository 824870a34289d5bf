"""Section pages fill the window when their minimum fits, and scroll whole when it does not.

Before: a QScrollArea gives a page with word-wrapped labels its *preferred* height, so the
participant page (730 px preferred, 699 shown at 1280 x 800) scrolled on Profile, Timeline
and Screening, with Save and "Record needs..." cut off at the bottom.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from tests.factories_sessions import World
from tests.ui.test_accessibility_names import open_mentee


def test_participant_page_fits_the_default_window(
    qtbot: QtBot, english: None, world: World
) -> None:
    window, section = open_mentee(qtbot, world)
    page = section.participant_page
    frame = window.frames[Section.PARTICIPANTS]
    overflowing = []
    for i in range(page.tabs.count()):
        if not page.tabs.isTabVisible(i):
            continue
        page.tabs.setCurrentIndex(i)
        qtbot.wait(5)
        if frame.verticalScrollBar().maximum() > 0:
            overflowing.append(page.tabs.tabText(i))
    assert overflowing == []
    assert window.current_page() is section


def test_a_window_smaller_than_the_page_scrolls_it_whole(
    qtbot: QtBot, english: None, world: World
) -> None:
    window, section = open_mentee(qtbot, world)
    frame = window.frames[Section.PARTICIPANTS]
    # The tallest tab: only the tab showing counts now (the Profile's form scrolls inside).
    page = section.participant_page
    page.tabs.setCurrentWidget(page.screening_tab)
    window.resize(700, 500)
    qtbot.waitUntil(lambda: frame.verticalScrollBar().maximum() > 0)
    assert section.height() >= section.minimumSizeHint().height()
    assert section.width() >= section.minimumSizeHint().width()
    window.resize(1280, 800)
    # Both scroll bars go once the frame has settled, and the page fills it again.
    qtbot.waitUntil(lambda: section.size() == frame.viewport().size())
    assert frame.verticalScrollBar().maximum() == 0
    assert frame.horizontalScrollBar().maximum() == 0
