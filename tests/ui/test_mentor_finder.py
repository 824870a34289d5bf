"""Choosing a peer educator by typing part of the name: the hand-off dialog and the report
forms about one peer educator (agreement, certificate), driven by the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.db.models import MatchRow
from peerdesk.domain.match_rules import CloseReason, MatchStatus
from peerdesk.domain.mentor_rules import MentorSide
from peerdesk.services.auth import SignedIn
from peerdesk.ui import mentor_finder
from peerdesk.ui.match_dialogs import HandoffDialog
from peerdesk.ui.mentor_finder import MentorChoiceModel, MentorFinder, MentorPlacesModel
from peerdesk.ui.report_job import ReportJob
from peerdesk.ui.reports_section import ReportsSection
from peerdesk.ui.session import UiSession
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import count_rows, enroll, make_mentor, matches
from tests.ui.conftest import make_session
from tests.ui.test_reports_section import section_for

SHOTS = Path("/tmp/work/shots")
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def facility_match(signed: SignedIn) -> str:
    """An active match of a facility mentor (Lopez) with a mentee; returns the match id."""
    mentee = enroll(signed, "active", legal_last_name="Vega", legal_first_name="Rosa")
    mentor = make_mentor(signed, first_name="Marta", last_name="Lopez")
    made = matches(signed).propose(signed.actor, mentee, mentor, proposed_on=date(2026, 3, 1))
    matches(signed).start(signed.actor, made.id, date(2026, 3, 2))
    return made.id


def community(signed: SignedIn, last: str, first: str = "Ann", **extra: Any) -> str:
    return make_mentor(signed, first_name=first, last_name=last, side=MentorSide.COMMUNITY, **extra)


def shown(finder: MentorFinder) -> list[str]:
    model = finder.model
    return [f"{model.row(r).last_name}" for r in range(model.rowCount())]


def type_in(qtbot: QtBot, finder: MentorFinder, text: str) -> None:
    """Type ``text`` in the search box (as a person would) and wait for what it finds."""
    finder.search_edit.setFocus()
    qtbot.keyClick(finder.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(finder.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(finder.search_edit, text)
    qtbot.waitUntil(lambda: not finder._timer.isActive())


def open_handoff(qtbot: QtBot, session: UiSession, match_id: str) -> HandoffDialog:
    info = session.services.matches.list_for_participant(session.actor, _mentee(session, match_id))
    dialog = HandoffDialog(session, next(m for m in info if m.id == match_id))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.finder.setFocus()
    return dialog


def _mentee(session: UiSession, match_id: str) -> str:
    with session.services.matches.store.uow(write=False) as uow:
        row = uow.session.get(MatchRow, match_id)
        assert row is not None
        return row.participant_id


def key(qtbot: QtBot, pressed: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, pressed)


# --- the hand-off dialog -----------------------------------------------------------------------
def test_handoff_to_a_mentor_found_by_typing(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    match_id = facility_match(coordinator)
    diaz = community(coordinator, "Diaz", capacity=4)
    dean = community(coordinator, "Dean", "Bo")
    community(coordinator, "Adams")
    community(coordinator, "Dorn", active=False)  # not active: not offered
    make_mentor(coordinator, last_name="Dunn")  # facility side: not offered
    dialog = open_handoff(qtbot, session, match_id)
    finder = dialog.finder
    QAbstractItemModelTester(finder.model, FATAL)
    assert shown(finder) == ["Adams", "Dean", "Diaz"]  # active, community side, by name
    assert finder.model.headerData(1, Qt.Orientation.Horizontal) == "Free places"
    assert finder.model.data(finder.model.index(2, 1)) == "4"
    assert finder.mentor_id() == ""  # nothing typed: nobody chosen for the person
    assert finder.search_edit.hasFocus()
    type_in(qtbot, finder, "d")
    assert shown(finder) == ["Dean", "Diaz"]
    assert finder.mentor_id() == dean  # the first found is selected
    key(qtbot, Qt.Key.Key_Down)
    assert finder.mentor_id() == diaz
    key(qtbot, Qt.Key.Key_Down)  # the last stays selected
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Down)
    assert finder.mentor_id() == diaz
    dialog.grab().save(str(SHOTS / "G_handoff_en.png"))
    key(qtbot, Qt.Key.Key_Return)  # takes Diaz and moves on; the dialog stays open
    assert dialog.date_edit.hasFocus() and dialog.isVisible()
    key(qtbot, Qt.Key.Key_Return)  # the dialog's OK
    qtbot.waitUntil(lambda: not dialog.isVisible())
    rows = {
        m.mentor_id: m
        for m in matches(coordinator).list_for_participant(
            coordinator.actor, _mentee(session, match_id)
        )
    }
    assert rows[diaz].status is MatchStatus.ACTIVE
    assert rows[diaz].continues_match_id == match_id
    assert next(m for m in rows.values() if m.id == match_id).close_reason is (
        CloseReason.RELEASED_HANDOFF
    )


def test_handoff_with_nobody_chosen_says_so_and_saves_nothing(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    match_id = facility_match(coordinator)
    community(coordinator, "Diaz")
    before = count_rows(coordinator, MatchRow)
    dialog = open_handoff(qtbot, session, match_id)
    finder = dialog.finder
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert dialog.errors.messages() == {"community_mentor_id": "Choose the community mentor."}
    type_in(qtbot, finder, "zz")
    assert shown(finder) == []
    assert finder.status.text() == "No one found whose name starts with “zz”."
    dialog.errors.clear()
    key(qtbot, Qt.Key.Key_Return)  # nothing to take, and not the dialog's OK either
    assert dialog.isVisible() and not dialog.errors.messages()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "community_mentor_id" in dialog.errors.messages()
    dialog.grab().save(str(SHOTS / "G_handoff_none_en.png"))
    assert count_rows(coordinator, MatchRow) == before
    assert dialog.isVisible()


def test_handoff_by_reentry_staff(
    qtbot: QtBot, english: None, site: Site, coordinator: SignedIn
) -> None:
    match_id = facility_match(coordinator)
    diaz = community(coordinator, "Diaz")
    add_user(coordinator, "rs1", "reentry_staff")
    staff = site.sign_in("rs1", USER_PASS)
    try:
        dialog = open_handoff(qtbot, make_session(staff), match_id)
        type_in(qtbot, dialog.finder, "dia")
        key(qtbot, Qt.Key.Key_Return)
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert diaz in {
            m.mentor_id
            for m in matches(coordinator).list_for_participant(
                coordinator.actor, _mentee(make_session(coordinator), match_id)
            )
        }
    finally:
        staff.store.close()


# --- the search itself ------------------------------------------------------------------------
class HeldRunner:
    """Holds each job until the test lets it end, in any order (a slow worker thread)."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], None]] = []

    def run(
        self, fn: Callable[[], Any], on_done: Any, on_error: Any, owner: QObject | None = None
    ) -> None:
        self.jobs.append(lambda: on_done(fn()))

    def shutdown(self, last: Callable[[], None] | None = None) -> None:
        if last is not None:
            last()


def test_stale_results_are_dropped(qtbot: QtBot, english: None, coordinator: SignedIn) -> None:
    community(coordinator, "Diaz")
    community(coordinator, "Dean")
    community(coordinator, "Adams")
    runner = HeldRunner()
    finder = MentorFinder(make_session(coordinator, runner), MentorPlacesModel(), "Mentor")
    qtbot.addWidget(finder)
    finder.load()
    runner.jobs.pop()()
    assert shown(finder) == ["Adams", "Dean", "Diaz"]
    finder.search_edit.setText("d")
    finder.search_now()
    finder.search_edit.setText("di")
    finder.search_now()
    assert finder.mentor_id() == ""  # the rows shown are not for what is typed
    newer = runner.jobs.pop()
    older = runner.jobs.pop()
    newer()
    assert shown(finder) == ["Diaz"]
    older()  # the answer for "d" comes last: dropped
    assert shown(finder) == ["Diaz"]
    assert finder.choice() is not None and finder.choice().last_name == "Diaz"  # type: ignore[union-attr]


def test_a_long_list_is_cut_and_says_so(
    qtbot: QtBot, english: None, coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mentor_finder, "PAGE_SIZE", 2)
    for last in ("Diaz", "Dean", "Dorn"):
        community(coordinator, last)
    finder = MentorFinder(make_session(coordinator), MentorChoiceModel(), "Peer educator")
    qtbot.addWidget(finder)
    finder.load()
    assert shown(finder) == ["Dean", "Diaz"]
    assert finder.status.text() == "The first 2 of 3 are shown; type more of the name."
    assert finder.status.isVisibleTo(finder)
    finder.search_edit.setText("dor")
    finder.search_now()
    assert shown(finder) == ["Dorn"] and not finder.status.isVisibleTo(finder)


# --- the report forms ---------------------------------------------------------------------------
def report_form(qtbot: QtBot, session: UiSession, kind: str) -> tuple[ReportsSection, Any]:
    """The Reports screen showing the form of report ``kind`` (its lists read)."""
    section = section_for(qtbot, session)
    section.choose(kind)
    return section, section.forms[kind]


def test_agreement_for_a_peer_educator_found_by_typing(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qtmodeltester, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    okafor = make_mentor(coordinator, first_name="Ada", last_name="Okafor")
    community(coordinator, "Ortiz")
    section, form = report_form(qtbot, session, "agreement")
    qtmodeltester.check(form.mentor.model)
    assert shown(form.mentor) == ["Okafor", "Ortiz"]
    assert form.job("en") is None  # nothing chosen
    assert form.messages() == {"mentor": "Type part of the peer educator's name and choose one."}
    type_in(qtbot, form.mentor, "ok")
    key(qtbot, Qt.Key.Key_Return)
    assert form.mentor.mentor_id() == okafor
    assert form.mentor.model.data(form.mentor.model.index(0, 1)) == "Facility"
    section.grab().save(str(SHOTS / "G_agreement_en.png"))
    job = form.job("en")
    assert job is not None and not form.messages()
    assert isinstance(job, ReportJob) and job.make(None)[:4] == b"%PDF"


def test_certificate_form_when_no_peer_educator_is_recorded(
    qtbot: QtBot, english: None, session: UiSession
) -> None:
    _section, form = report_form(qtbot, session, "certificate")
    form.who.setCurrentIndex(form.who.findData("mentor"))  # reads the peer educators
    assert shown(form.mentor) == []
    assert form.mentor.status.text() == "There is no one to choose."
    assert form.job("en") is None
    assert form.messages() == {"mentor": "No peer educator is recorded yet."}


def test_auditor_finds_a_peer_educator_for_a_certificate(
    qtbot: QtBot, english: None, site: Site, coordinator: SignedIn
) -> None:
    okafor = make_mentor(coordinator, first_name="Ada", last_name="Okafor")
    add_user(coordinator, "au1", "auditor")
    auditor = site.sign_in("au1", USER_PASS)
    try:
        _section, form = report_form(qtbot, make_session(auditor), "certificate")
        form.who.setCurrentIndex(form.who.findData("mentor"))
        type_in(qtbot, form.mentor, "ada oka")  # first and last name, any order, any case
        assert form.mentor.mentor_id() == okafor
        assert form.job("en") is not None
    finally:
        auditor.store.close()


def test_spanish_labels(
    qtbot: QtBot, spanish: None, session: UiSession, coordinator: SignedIn
) -> None:
    match_id = facility_match(coordinator)
    community(coordinator, "Diaz")
    dialog = open_handoff(qtbot, session, match_id)
    type_in(qtbot, dialog.finder, "d")
    dialog.grab().save(str(SHOTS / "G_handoff_es.png"))
    section, form = report_form(qtbot, session, "agreement")
    type_in(qtbot, form.mentor, "d")
    section.grab().save(str(SHOTS / "G_agreement_es.png"))
    assert dialog.windowTitle() != "Hand off at release"
