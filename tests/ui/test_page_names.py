"""Every section of the window, each of its tabs and each tab of a participant's page name
their inputs, lists and tables for a screen reader (issue 4, "accessible names on
controls")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.ui.participants_section import ParticipantsSection
from tests.factories_sessions import World
from tests.ui.test_audit4_coverage import make_window
from tests.ui.test_dialog_names import spoken_name, visible_inputs


def _nameless(where: str, root: QWidget, seen: list[str]) -> list[str]:
    inputs = visible_inputs(root)
    seen.extend(where for _ in inputs)
    views = [v for v in root.findChildren(QAbstractItemView) if v.isVisible()]
    return [f"{where}: {type(w).__name__}" for w in inputs if not spoken_name(w)] + [
        f"{where}: {type(v).__name__} (list or table)"
        for v in views
        if not v.accessibleName().strip()
        and not isinstance(v, QHeaderView)
        and not isinstance(v.parentWidget(), QComboBox)
    ]


@pytest.mark.parametrize("who", ["coord", "peer"])
def test_every_page_and_tab_names_its_inputs(
    qtbot: QtBot, english: None, world: World, who: str
) -> None:
    window = make_window(qtbot, getattr(world, who))
    seen: list[str] = []
    nameless: list[str] = []
    for section, page in window.pages.items():
        window.show_section(section)
        nameless += _nameless(section.name, page, seen)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                nameless += _nameless(f"{section.name}/{tabs.tabText(i)}", tabs.widget(i), seen)
    where = Section.PARTICIPANTS if who == "coord" else Section.MY_MENTEES
    participants = window.pages[where]
    assert isinstance(participants, ParticipantsSection)
    window.show_section(where)
    participants.open_participant(world.mentee)  # the peer educator's mentee
    assert participants.currentWidget() is participants.participant_page
    tabs = participants.participant_page.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        nameless += _nameless(f"participant/{tabs.tabText(i)}", tabs.widget(i), seen)
    assert len(seen) > 20  # the profile alone has 18 inputs: the walk saw the pages
    assert nameless == []
