"""The Matches section: suggestions with their reasons, and a match's life, as a user drives it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.db.models import MatchRow
from peerdesk.domain.match_rules import CloseReason, MatchStatus
from peerdesk.domain.matching import Reason
from peerdesk.domain.mentor_rules import MentorSide
from peerdesk.services.auth import SignedIn
from peerdesk.ui.match_dialogs import CloseMatchDialog, HandoffDialog, ProposeMatchDialog
from peerdesk.ui.match_models import reason_text
from peerdesk.ui.matches_section import MatchesSection
from peerdesk.ui.session import UiSession
from peerdesk.ui.task_runner import TaskRunner
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import audit_count, count_rows, enroll, make_mentor, matches
from tests.ui.conftest import make_session


@dataclass
class Program:
    mentee: str
    best: str
    second: str
    community: str


@pytest.fixture
def program(coordinator: SignedIn) -> Program:
    """A mentee (Spanish, releasing to Cook County, in recovery) and three active mentors."""
    mentee = enroll(
        coordinator,
        "active",
        legal_last_name="Vega",
        legal_first_name="Rosa",
        doc_number="B100",
        release_county="Cook",
        row={"lived_experience": "recovery,veteran", "interests": "chess,music"},
    )
    enroll(coordinator, "active", legal_last_name="Vance", legal_first_name="Ed", doc_number="B200")
    best = make_mentor(
        coordinator,
        first_name="Marta",
        last_name="Lopez",
        languages=("Spanish", "English"),
        county="Cook",
        lived_experience=("recovery", "veteran"),
        interests=("chess",),
    )
    second = make_mentor(
        coordinator,
        first_name="Joe",
        last_name="Brown",
        languages=("English",),
        county="Lake",
        interests=("music",),
        capacity=5,
    )
    community = make_mentor(
        coordinator,
        first_name="Ann",
        last_name="Diaz",
        side=MentorSide.COMMUNITY,
        county="Cook",
        lived_experience=(),
        interests=(),
    )
    return Program(mentee, best, second, community)


def make_section(qtbot: QtBot, session: UiSession) -> MatchesSection:
    section = MatchesSection(session, "Matches")
    qtbot.addWidget(section)
    section.resize(1100, 650)
    with qtbot.waitActive(section):
        section.show()
        section.activateWindow()
    return section


def choose_mentee(qtbot: QtBot, section: MatchesSection, text: str = "Vega") -> None:
    tab = section.suggestions_tab
    assert tab is not None
    section.tabs.setCurrentWidget(tab)
    tab.search_edit.setFocus()
    qtbot.keyClicks(tab.search_edit, text)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)  # search now and go to the first row


def test_models_pass_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester,
    qtbot: QtBot,
    english: None,
    session: UiSession,
    coordinator: SignedIn,
    program: Program,
) -> None:
    matches(coordinator).propose(coordinator.actor, program.mentee, program.second)
    section = make_section(qtbot, session)
    choose_mentee(qtbot, section)
    tab = section.suggestions_tab
    assert tab is not None
    for model in (section.list_tab.model, tab.people, tab.suggestions, tab.reasons):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_suggestions_in_the_service_order_with_its_reasons(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn, program: Program
) -> None:
    section = make_section(qtbot, session)
    choose_mentee(qtbot, section)
    tab = section.suggestions_tab
    assert tab is not None
    assert tab.people.rowCount() == 1  # "Vega" finds Rosa Vega, not Ed Vance
    assert QApplication.focusWidget() is tab.people_table, QApplication.focusWidget()
    expected = matches(coordinator).suggest_mentors(coordinator.actor, program.mentee)
    shown = [tab.suggestions.row(i) for i in range(tab.suggestions.rowCount())]
    assert [s.mentor_id for s in shown] == [s.mentor_id for s in expected]
    assert shown[0].mentor_id == program.best  # language, county and shared experience
    model = tab.suggestions
    assert [model.data(model.index(i, 0)) for i in range(model.rowCount())] == ["1", "2", "3"]
    assert model.data(model.index(0, 1)) == "Marta Lopez"
    assert model.data(model.index(0, 3)) == str(expected[0].score)
    assert "language" in model.data(model.index(0, 5))
    # The first is chosen: its reasons, in the service's order, as readable sentences.
    reasons = [tab.reasons.row(i) for i in range(tab.reasons.rowCount())]
    assert reasons == list(expected[0].reasons)
    texts = [tab.reasons.data(tab.reasons.index(i, 1)) for i in range(len(reasons))]
    assert texts[:4] == [
        "Speaks Spanish",
        "Based in Cook, the county of release",
        "Shared lived experience: recovery",
        "Ages within 10 years of each other",  # largest contribution first
    ]
    assert tab.reasons.data(tab.reasons.index(0, 0)) == "+20"
    assert sum(r.points for r in reasons) == expected[0].score
    assert str(expected[0].score) in tab.score_label.text()
    # Down arrow moves to the next mentor and shows their reasons.
    tab.suggestion_table.setFocus()
    qtbot.keyClick(tab.suggestion_table, Qt.Key.Key_Down)
    assert tab.selected_suggestion() == expected[1]
    assert [tab.reasons.row(i) for i in range(tab.reasons.rowCount())] == list(expected[1].reasons)


class FakeSpanish(QTranslator):
    """Translates two reason templates (the real catalogue is merged by the lead)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        texts = {
            "Speaks %1": "Habla %1",
            "Shared lived experience: %1": "Experiencia compartida: %1",
        }
        return texts.get(source, "") if context == "MatchReasons" else ""


def test_reason_sentences_are_translated(qapp: QApplication) -> None:
    fake = FakeSpanish()
    qapp.installTranslator(fake)
    try:
        assert reason_text(Reason("language", 20, "Speaks Spanish")) == "Habla Spanish"
        shared = Reason("lived_experience", 15, "Shared lived experience: recovery")
        assert reason_text(shared) == "Experiencia compartida: recovery"
    finally:
        qapp.removeTranslator(fake)
    # A sentence the screen does not know is shown as it came.
    assert reason_text(Reason("new_code", 3, "Something new")) == "Something new"


@pytest.mark.parametrize(
    ("reason", "english_text"),
    [
        (Reason("county", 20, "Both releasing to Cook County"), "Both releasing to Cook County"),
        (Reason("interest", 5, "Shared interest: chess"), "Shared interest: chess"),
        (Reason("age", 10, "Age within 10 years"), "Ages within 10 years of each other"),
        (
            Reason("gender", 10, "Is the mentor gender asked for (female)"),
            "The mentor gender asked for (Female)",
        ),
        (Reason("room", 2, "Has room for 2 more mentees"), "Room for more mentees: 2"),
        (Reason("room", 1, "Has room for 1 more mentee"), "Room for more mentees: 1"),
    ],
)
def test_each_reason_code_has_a_sentence(english: None, reason: Reason, english_text: str) -> None:
    assert reason_text(reason) == english_text


def propose_first(qtbot: QtBot, section: MatchesSection) -> ProposeMatchDialog:
    tab = section.suggestions_tab
    assert tab is not None
    tab.suggestion_table.setFocus()
    qtbot.keyClick(tab.suggestion_table, Qt.Key.Key_Return)  # Enter on a mentor proposes them
    dialog = tab.dialog
    assert isinstance(dialog, ProposeMatchDialog)
    return dialog


def test_propose_start_pause_resume_close(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn, program: Program
) -> None:
    svc, a = matches(coordinator), coordinator.actor
    section = make_section(qtbot, session)
    choose_mentee(qtbot, section)
    dialog = propose_first(qtbot, section)
    dialog.cadence_box.setValue(14)
    dialog.date_edit.setText("2026-13-01")  # bad date: inline message, nothing written
    before = count_rows(coordinator, MatchRow)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "no such date" in dialog.errors.messages()["proposed_on"]
    assert count_rows(coordinator, MatchRow) == before
    dialog.date_edit.setText((date.today() - timedelta(days=2)).isoformat())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [made] = svc.list_for_participant(a, program.mentee)
    assert (made.mentor_id, made.status, made.cadence_days) == (
        program.best,
        MatchStatus.PROPOSED,
        14,
    )
    tab = section.suggestions_tab
    assert tab is not None
    assert program.best not in [s.mentor_id for s in tab.suggestions._rows]  # now left out
    # The list (open matches) shows it, chosen; start it with the keyboard.
    listing = section.list_tab
    section.tabs.setCurrentWidget(listing)
    assert listing.selected() is not None and listing.selected().id == made.id  # type: ignore[union-attr]
    assert listing.buttons["start"].isEnabled() and not listing.buttons["pause"].isEnabled()
    qtbot.mouseClick(listing.buttons["start"], Qt.MouseButton.LeftButton)
    start = listing.dialog
    assert start is not None
    start.date_edit.setText(date.today().isoformat())  # type: ignore[attr-defined]
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert svc.list_for_participant(a, program.mentee)[0].status is MatchStatus.ACTIVE
    assert listing.message.text() == "The match started."
    qtbot.mouseClick(listing.buttons["pause"], Qt.MouseButton.LeftButton)
    assert svc.list_for_participant(a, program.mentee)[0].status is MatchStatus.PAUSED
    assert listing.buttons["resume"].isEnabled()
    qtbot.mouseClick(listing.buttons["resume"], Qt.MouseButton.LeftButton)
    assert svc.list_for_participant(a, program.mentee)[0].status is MatchStatus.ACTIVE
    # Closing without a reason: a message next to the reason, nothing written.
    qtbot.mouseClick(listing.buttons["close"], Qt.MouseButton.LeftButton)
    close = listing.dialog
    assert isinstance(close, CloseMatchDialog)
    written = audit_count(coordinator)
    qtbot.keyClick(close, Qt.Key.Key_Return)  # Enter: the OK button
    assert close.errors.messages() == {"reason": "Choose why the match is closing."}
    assert close.focusWidget() is close.reason_combo  # the cursor goes to the field
    assert audit_count(coordinator) == written
    # "Other" needs a note: the service says so next to the note.
    close.reason_combo.setCurrentIndex(close.reason_combo.findData(CloseReason.OTHER.value))
    qtbot.mouseClick(close.ok_button, Qt.MouseButton.LeftButton)
    assert "note" in close.errors.messages()
    assert close.isVisible()
    assert svc.list_for_participant(a, program.mentee)[0].status is MatchStatus.ACTIVE
    close.reason_combo.setCurrentIndex(close.reason_combo.findData(CloseReason.COMPLETED.value))
    qtbot.mouseClick(close.ok_button, Qt.MouseButton.LeftButton)
    [closed] = svc.list_for_participant(a, program.mentee)
    assert (closed.status, closed.close_reason) == (MatchStatus.CLOSED, CloseReason.COMPLETED)
    assert listing.model.rowCount() == 0  # the filter shows open matches
    listing.status_combo.setCurrentIndex(listing.status_combo.findData("closed"))
    assert listing.model.rowCount() == 1
    assert listing.model.data(listing.model.index(0, 8)) == "Completed"


def test_handoff_at_release(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn, program: Program
) -> None:
    svc, a = matches(coordinator), coordinator.actor
    made = svc.propose(a, program.mentee, program.best, proposed_on=date(2026, 3, 1))
    svc.start(a, made.id, date(2026, 3, 2))
    section = make_section(qtbot, session)
    listing = section.list_tab
    listing.select_match(made.id)
    assert listing.buttons["handoff"].isEnabled()
    qtbot.mouseClick(listing.buttons["handoff"], Qt.MouseButton.LeftButton)
    dialog = listing.dialog
    assert isinstance(dialog, HandoffDialog)
    finder = dialog.finder
    # Only the one active community mentor is offered, with the places they have free.
    assert [finder.model.row(r).id for r in range(finder.model.rowCount())] == [program.community]
    assert finder.model.data(finder.model.index(0, 1)) == "3"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "community_mentor_id" in dialog.errors.messages()  # nothing chosen yet
    finder.search_edit.setFocus()
    qtbot.keyClicks(finder.search_edit, "di")
    qtbot.keyClick(finder.search_edit, Qt.Key.Key_Return)  # search now, take the one found
    qtbot.waitUntil(lambda: dialog.date_edit.hasFocus())
    assert finder.mentor_id() == program.community
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    rows = {m.mentor_id: m for m in svc.list_for_participant(a, program.mentee)}
    assert rows[program.best].close_reason is CloseReason.RELEASED_HANDOFF
    assert rows[program.community].status is MatchStatus.ACTIVE
    assert rows[program.community].continues_match_id == made.id
    assert (
        not listing.buttons["handoff"].isEnabled()
        or listing.selected() is None
        or (
            listing.selected().mentor_side is MentorSide.FACILITY  # type: ignore[union-attr]
        )
    )


@pytest.mark.parametrize("role", ["auditor", "reentry_staff"])
def test_role_differences(
    qtbot: QtBot, site: Site, coordinator: SignedIn, program: Program, role: str
) -> None:
    matches(coordinator).propose(coordinator.actor, program.mentee, program.best)
    add_user(coordinator, "someone", role)
    signed = site.sign_in("someone", USER_PASS)
    try:
        section = make_section(qtbot, make_session(signed))
        assert section.list_tab.model.rowCount() == 1  # both read the matches
        if role == "auditor":  # reads, changes nothing: no actions, no suggestions
            assert section.list_tab.buttons == {}
            assert section.suggestions_tab is None
            assert section.tabs.count() == 1
        else:  # reentry staff manage matches
            assert set(section.list_tab.buttons) == {"start", "pause", "resume", "close", "handoff"}
            assert section.suggestions_tab is not None
    finally:
        signed.store.close()


def test_failures_show_on_the_screen(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn, program: Program
) -> None:
    section = make_section(qtbot, session)
    svc, a = matches(coordinator), coordinator.actor
    made = svc.propose(a, program.mentee, program.best)
    section.list_tab.reload()
    section.list_tab.select_match(made.id)
    svc.close(a, made.id, CloseReason.TRANSFERRED, date(2026, 6, 1))  # closed elsewhere meanwhile
    qtbot.mouseClick(section.list_tab.buttons["close"], Qt.MouseButton.LeftButton)
    dialog = section.list_tab.dialog
    assert isinstance(dialog, CloseMatchDialog)
    dialog.reason_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "closed match cannot become closed" in dialog.general_error.text()
    dialog.reject()
    QApplication.processEvents()


def test_queries_run_on_the_worker_thread(
    qtbot: QtBot, coordinator: SignedIn, program: Program, thread_runner: TaskRunner
) -> None:
    matches(coordinator).propose(coordinator.actor, program.mentee, program.second)
    section = make_section(qtbot, make_session(coordinator, thread_runner))
    qtbot.waitUntil(lambda: section.list_tab.model.rowCount() == 1)
    tab = section.suggestions_tab
    assert tab is not None
    tab.search_edit.setText("B100")  # a DOC number finds the person too
    tab.search(go_to_first=True)
    qtbot.waitUntil(lambda: tab.suggestions.rowCount() == 2)  # Joe Brown is already matched
    assert program.second not in [tab.suggestions.row(i).mentor_id for i in range(2)]
