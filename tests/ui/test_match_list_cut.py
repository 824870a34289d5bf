"""The Matches list says when it is cut, searches by participant, shows "Last, First"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.ui.match_list_tab import MatchListTab
from peerdesk.ui.matches_section import MatchesSection
from peerdesk.ui.session import UiSession
from tests.factories_mentors import enroll, make_mentor, matches


def propose_five(coordinator: SignedIn) -> None:
    mentor = make_mentor(coordinator, first_name="Marta", last_name="Lopez", capacity=10)
    for i, last in enumerate(("Vega", "Vance", "Okafor", "Ortiz", "Baker")):
        person = enroll(
            coordinator, legal_last_name=last, legal_first_name="Rosa", doc_number=f"B{i}"
        )
        matches(coordinator).propose(
            coordinator.actor, person, mentor, proposed_on=date(2026, 3, i + 1)
        )


def make_section(qtbot: QtBot, session: UiSession) -> MatchesSection:
    section = MatchesSection(session, "Matches")
    qtbot.addWidget(section)
    section.resize(1100, 500)
    with qtbot.waitActive(section):
        section.show()
        section.activateWindow()
    return section


def counted(text: str, n: int) -> str:
    """What the tab says for ``n`` matches in the catalogue installed (plural forms)."""
    return QCoreApplication.translate("MatchListTab", text, "", n)


def test_a_cut_list_says_so_and_search_narrows_it(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    propose_five(coordinator)
    section = make_section(qtbot, session)
    tab = section.list_tab
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tab.count_label.text() == counted("%n match(es)", 5)
    assert not tab.more_button.isVisible()
    tab.page_size = 3
    tab.restart()
    assert tab.model.rowCount() == 3
    assert tab.count_label.text() == counted("%n match(es), %1 listed", 5).replace("%1", "3")
    assert tab.more_button.isVisible() and tab.more_button.text() == "Show 2 &more"
    assert tab.model.index(0, 0).data() == "Baker, Rosa"  # "Last, First" like every list
    assert tab.model.index(0, 1).data() == "Lopez, Marta"
    section.grab().save("/tmp/work/shots/h_matches_list_cut.png")
    assert tab.search_edit.accessibleName()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(tab.search_edit.hasFocus)  # Ctrl+F goes to the search box
    qtbot.keyClicks(tab.search_edit, "o")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)  # search now
    assert [tab.model.row(i).participant_name for i in range(tab.model.rowCount())] == [
        "Ortiz, Rosa",
        "Okafor, Rosa",
    ]
    assert tab.count_label.text() == counted("%n match(es)", 2)
    qtbot.keyClicks(tab.search_edit, "zz")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)  # typing searches after a pause
    assert tab.empty_label.text() == "No matches for this search and status."
    tab.search_edit.clear()
    tab.search_edit.setText("B4")  # a DOC number
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert [tab.model.row(i).participant_name for i in range(tab.model.rowCount())] == [
        "Baker, Rosa"
    ]
    section.grab().save("/tmp/work/shots/h_matches_list_search.png")


def test_the_participant_page_tab_has_no_search(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    propose_five(coordinator)
    tab = MatchListTab(session, for_participant=True)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.search_edit.isVisible()
    person = make_section(qtbot, session).list_tab.model.row(0).participant_id
    tab.page_size = 1
    tab.show_participant(person)
    assert tab.model.rowCount() == 1
    assert tab.count_label.text() == counted("%n match(es)", 1)
