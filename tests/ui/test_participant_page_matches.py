"""The participant page's Matches tab (issue 4: "the participant page with tabs for ...
matches ..."): the person's mentor matches, what can be done to them, by role."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.domain.match_rules import MatchStatus
from peerdesk.domain.navigation import Section
from peerdesk.services.match_queries import MatchInfo
from peerdesk.ui.app_events import MATCHES
from peerdesk.ui.appearance import Appearance
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.match_list_tab import MatchListTab
from peerdesk.ui.matches_section import MatchesSection
from peerdesk.ui.participants_section import ParticipantsSection
from tests.factories_sessions import World
from tests.ui.test_audit4_coverage import make_window
from tests.ui.test_report_printing import SHOTS


def rows(tab: MatchListTab) -> list[MatchInfo]:
    return [tab.model.row(i) for i in range(tab.model.rowCount())]


def matches_tab(qtbot: QtBot, window: MainWindow, participant_id: str) -> MatchListTab:
    where = Section.PARTICIPANTS if Section.PARTICIPANTS in window.pages else Section.MY_MENTEES
    window.show_section(where)
    section = window.pages[where]  # a peer educator's is "My mentees"
    assert isinstance(section, ParticipantsSection)
    section.open_participant(participant_id)
    page = section.participant_page
    tab = page.matches_tab
    index = page.tabs.indexOf(tab)
    assert index >= 0 and page.tabs.isTabVisible(index)
    assert page.tabs.tabText(index).replace("&", "") == "Matches"
    page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 or tab.empty_label.isVisible())
    return tab


def test_the_mentees_page_lists_their_match_and_the_mentor(
    qtbot: QtBot, english: None, world: World
) -> None:
    window = make_window(qtbot, world.coord)
    tab = matches_tab(qtbot, window, world.mentee)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert [m.id for m in rows(tab)] == [world.match_id]
    assert tab.model.index(0, 1).data() == tab.model.row(0).mentor_name
    assert tab.table.isColumnHidden(0)  # whose matches: the page says it already
    assert tab.status_combo.currentData() == ""  # any status: the whole history
    assert tab.buttons["pause"].isEnabled()  # the coordinator may manage matches
    if SHOTS.is_dir():
        qtbot.wait(20)  # the count's new text laid out
        window.grab().save(str(SHOTS / "participant-matches-tab.png"))


def test_pausing_from_the_page_changes_the_match(qtbot: QtBot, english: None, world: World) -> None:
    window = make_window(qtbot, world.coord)
    tab = matches_tab(qtbot, window, world.mentee)
    qtbot.mouseClick(tab.buttons["pause"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tab.model.rowCount() == 1 and tab.model.row(0).status is MatchStatus.PAUSED
    )
    assert tab.message.text() == "The match is paused."
    assert tab.buttons["resume"].isEnabled() and not tab.buttons["pause"].isEnabled()


def test_another_participant_shows_only_their_own_matches(
    qtbot: QtBot, english: None, world: World
) -> None:
    window = make_window(qtbot, world.coord)
    matches_tab(qtbot, window, world.mentee)
    tab = matches_tab(qtbot, window, world.outsider)
    qtbot.waitUntil(lambda: [m.id for m in rows(tab)] == [world.other_match_id])


def test_someone_without_matches_reads_so(qtbot: QtBot, english: None, world: World) -> None:
    window = make_window(qtbot, world.coord)
    tab = matches_tab(qtbot, window, world.members[-1])
    assert tab.model.rowCount() == 0 and tab.empty_label.isVisible()


def test_a_peer_educator_sees_their_mentees_match_without_managing_it(
    qtbot: QtBot, english: None, world: World
) -> None:
    window = make_window(qtbot, world.peer)
    tab = matches_tab(qtbot, window, world.mentee)
    assert [m.id for m in rows(tab)] == [world.match_id]
    assert tab.buttons == {}  # what a role may not do is absent
    assert tab.find_mentor_button is None


def test_find_a_mentor_opens_the_suggestions_for_this_participant(
    qtbot: QtBot, english: None, world: World
) -> None:
    window = make_window(qtbot, world.coord)
    tab = matches_tab(qtbot, window, world.outsider)
    assert tab.find_mentor_button is not None
    qtbot.mouseClick(tab.find_mentor_button, Qt.MouseButton.LeftButton)
    assert window.current_section() is Section.MATCHES
    matches = window.pages[Section.MATCHES]
    assert isinstance(matches, MatchesSection)
    suggestions = matches.suggestions_tab
    assert suggestions is not None and matches.tabs.currentWidget() is suggestions
    page = window.pages[Section.PARTICIPANTS]
    assert isinstance(page, ParticipantsSection)
    detail = page.participant_page._detail
    assert detail is not None and detail.id == world.outsider
    assert f"(DOC {detail.profile.doc_number})" in suggestions.for_label.text()
    # The left side lists the person, chosen: whom the ranking is for is plain to see.
    assert suggestions.search_edit.text() == detail.profile.doc_number
    assert [suggestions.people.row(i).id for i in range(suggestions.people.rowCount())] == [
        world.outsider
    ]
    assert suggestions.people_table.selectionModel().selectedRows()[0].row() == 0


def test_find_a_mentor_asks_about_unsaved_changes_first(
    qtbot: QtBot, english: None, world: World
) -> None:
    window = make_window(qtbot, world.coord)
    tab = matches_tab(qtbot, window, world.mentee)
    section = window.pages[Section.PARTICIPANTS]
    assert isinstance(section, ParticipantsSection)
    page = section.participant_page
    page.form.lines["housing_unit"].setText("Z-99")
    assert page.has_unsaved_changes()
    assert tab.find_mentor_button is not None
    qtbot.mouseClick(tab.find_mentor_button, Qt.MouseButton.LeftButton)
    assert page.leave_prompt is not None  # nothing lost without asking
    assert window.current_section() is Section.PARTICIPANTS
    page.leave_prompt.reject()


def test_dates_and_names_fit_their_columns_at_200_percent_text(
    qtbot: QtBot, qapp: QApplication, english: None, world: World
) -> None:
    look = Appearance(qapp)
    try:
        look.apply(200, False)
        window = make_window(qtbot, world.coord)
        tab = matches_tab(qtbot, window, world.mentee)
        metrics = tab.table.fontMetrics()
        match = tab.model.row(0)
        for column, text in ((1, match.mentor_name), (4, str(match.proposed_on))):
            assert tab.table.columnWidth(column) > metrics.horizontalAdvance(text), column
        if SHOTS.is_dir():
            window.grab().save(str(SHOTS / "participant-matches-tab-200.png"))
    finally:
        look.apply(100, False)


def test_a_change_to_matches_reads_the_tab_once(
    qtbot: QtBot, english: None, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, world.coord)
    tab = matches_tab(qtbot, window, world.mentee)
    service = tab._session.services.match_list
    real = service.list_page
    calls: list[str | None] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs.get("participant_id"))
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "list_page", counted)
    tab._session.events.announce(MATCHES)
    # Once for the page's tab (the Matches section's own list reads with no participant).
    assert calls.count(world.mentee) == 1
