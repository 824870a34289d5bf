"""The peer educators and matches lists: a page at a time, "Show more", counts in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from peerdesk.domain.match_rules import MatchStatus
from peerdesk.services.auth import SignedIn
from peerdesk.ui.app_events import MATCHES, MENTORS
from peerdesk.ui.matches_section import MatchesSection
from peerdesk.ui.mentor_list_page import MentorListPage
from peerdesk.ui.session import UiSession
from tests.factories_mentors import make_mentor, matches
from tests.ui.conftest import make_session
from tests.ui.test_dashboard import DeferredRunner
from tests.ui.test_match_list_cut import propose_five

SHOTS = Path("/tmp/work/shots")


def said(context: str, text: str, n: int, listed: int | None = None) -> str:
    """What ``context`` says for ``n`` in the catalogue installed (its plural forms)."""
    words = QCoreApplication.translate(context, text, "", n)
    return words if listed is None else words.replace("%1", str(listed))


def shot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def mentor_page(qtbot: QtBot, session: UiSession) -> MentorListPage:
    page = MentorListPage(session, "Peer educators")
    qtbot.addWidget(page)
    page.resize(1000, 520)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def test_peer_educators_show_more_adds_the_next_page(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    for last in ("Adams", "Baker", "Cruz", "Diaz", "Evans"):
        make_mentor(coordinator, active=False, last_name=last, first_name="Ana")
    page = mentor_page(qtbot, session)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.page_size = 2
    page.restart()
    names = lambda: [page.model.index(r, 0).data() for r in range(page.model.rowCount())]  # noqa: E731
    assert names() == ["Adams, Ana", "Baker, Ana"]
    ctx = "MentorListPage"
    assert page.count_label.text() == said(ctx, "%n peer educator(s), %1 listed", 5, 2)
    assert page.more_button.isVisible() and page.more_button.text() == "Show 2 &more"
    assert page.more_button.accessibleName() == "Show 2 more peer educators"
    page.table.selectRow(0)
    shot(page, "A_peer_educators_more.png")
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert names() == ["Adams, Ana", "Baker, Ana", "Cruz, Ana", "Diaz, Ana"]
    assert page.table.currentIndex().row() == 2  # on the first new row
    assert page.more_button.text() == "Show 1 &more"
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Alt+M
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)  # the button's click is animated
    assert not page.more_button.isVisible()
    assert page.count_label.text() == said(ctx, "%n peer educator(s)", 5)
    page.more_button.click()  # nothing more to read: nothing happens
    assert page.model.rowCount() == 5
    session.events.announce(MENTORS)  # a change reads again as many as are listed
    assert page.model.rowCount() == 5
    page.status_combo.setCurrentIndex(page.status_combo.findData("active"))  # a new list
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()
    assert page.empty_label.text() == "No peer educators with this status."


def test_peer_educators_search_by_name(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    for last, first in (("Garcia", "Ana"), ("Perez", "Gabriela"), ("Smith", "Jo")):
        make_mentor(coordinator, active=False, last_name=last, first_name=first)
    page = mentor_page(qtbot, session)
    page.reload()
    assert page.model.rowCount() == 3
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_edit.hasFocus)  # Ctrl+F goes to the search box
    qtbot.keyClicks(page.search_edit, "ga")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert [page.model.row(r).last_name for r in range(page.model.rowCount())] == [
        "Garcia",
        "Perez",
    ]
    assert page.count_label.text() == said("MentorListPage", "%n peer educator(s)", 2)
    shot(page, "A_peer_educators_search.png")
    qtbot.keyClicks(page.search_edit, "zz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # typing searches after a pause
    assert page.empty_label.text() == "No peer educators for this search and status."
    assert page.search_edit.accessibleName() and page.more_button.isHidden()


def test_matches_show_more_keeps_the_selection_on_a_change(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    propose_five(coordinator)
    section = MatchesSection(session, "Matches")
    qtbot.addWidget(section)
    section.resize(1100, 520)
    section.show()
    tab = section.list_tab
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    tab.page_size = 2
    tab.restart()
    ctx = "MatchListTab"
    assert tab.model.rowCount() == 2
    assert tab.count_label.text() == said(ctx, "%n match(es), %1 listed", 5, 2)
    assert tab.more_button.text() == "Show 2 &more"
    assert tab.more_button.accessibleName() == "Show 2 more matches"
    shot(section, "A_matches_more.png")
    qtbot.mouseClick(tab.more_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 4 and tab.selected() == tab.model.row(2)
    chosen = tab.model.row(3)
    tab.select_match(chosen.id)
    matches(coordinator).start(coordinator.actor, tab.model.row(0).id, tab.model.row(0).proposed_on)
    session.events.announce(MATCHES)  # read again: still four listed, the same one chosen
    assert tab.model.rowCount() == 4 and tab.selected() is not None
    assert tab.selected().id == chosen.id  # type: ignore[union-attr]
    tab.more_button.click()
    assert tab.model.rowCount() == 5 and not tab.more_button.isVisible()
    assert tab.count_label.text() == said(ctx, "%n match(es)", 5)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(MatchStatus.ACTIVE.value))
    assert tab.model.rowCount() == 1 and tab.count_label.text() == said(ctx, "%n match(es)", 1)
    shot(section, "A_matches_active.png")


def test_a_change_while_a_page_is_read_drops_the_stale_page(
    qtbot: QtBot, english: None, coordinator: SignedIn
) -> None:
    for last in ("Adams", "Baker", "Cruz", "Diaz", "Evans"):
        make_mentor(coordinator, active=False, last_name=last, first_name="Ana")
    runner = DeferredRunner()
    session = make_session(coordinator, runner)
    page = mentor_page(qtbot, session)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.page_size = 2
    page.restart()
    runner.drain()
    page.show_more()  # queued, not read yet
    assert not page.more_button.isEnabled() and page.more_button.text() == "Loading…"
    page.show_more()  # a second press while reading asks nothing more
    inserted: list[object] = []
    page.model.rowsInserted.connect(lambda *args: inserted.append(args))
    session.events.announce(MENTORS)  # a change: read the list again from the first row
    runner.drain()
    assert inserted == []  # the stale page was never added
    assert [page.model.row(r).last_name for r in range(page.model.rowCount())] == [
        "Adams",
        "Baker",
    ]  # the page asked for before the change was not added
    assert page.more_button.isEnabled() and page.more_button.text() == "Show 2 &more"
