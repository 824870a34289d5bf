"""The Peer educators section: list, a peer educator's tabs, dialogs with bad input, roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.db.models import CertificationRow, MentorRow, SelectionStepRow
from peerdesk.domain.mentor_rules import MentorStatus, SelectionStep, StepResult
from peerdesk.domain.navigation import Section
from peerdesk.services.auth import SignedIn
from peerdesk.services.site_info import site_info
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.mentor_dialogs import (
    CapacityDialog,
    CertificationDialog,
    DecisionDialog,
    NewMentorDialog,
    StepDialog,
)
from peerdesk.ui.mentor_models import EXPIRED_BACKGROUND
from peerdesk.ui.peer_educators_section import PeerEducatorsSection
from peerdesk.ui.session import UiSession
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import audit_count, count_rows, make_mentor, mentors
from tests.ui.conftest import make_session


@dataclass
class Staff:
    applicant: str
    active: str


@pytest.fixture
def staff(coordinator: SignedIn) -> Staff:
    """An applicant with the application recorded, and an active mentor with training."""
    applicant = make_mentor(coordinator, active=False, first_name="Ana", last_name="Applicant")
    svc, a = mentors(coordinator), coordinator.actor
    svc.record_step(a, applicant, SelectionStep.APPLICATION, StepResult.PASSED, date(2026, 2, 1))
    active = make_mentor(coordinator, first_name="Marta", last_name="Lopez")
    svc.record_training(a, active, "Peer mentoring basics", 16, date(2026, 2, 20))
    svc.add_certification(
        a, active, "Peer recovery specialist", date(2024, 1, 10), date(2025, 1, 10)
    )
    svc.add_certification(a, active, "First aid", date(2026, 3, 1), date(2028, 3, 1))
    svc.record_supervision(a, active, date(2026, 3, 5), "maria", "Going well")
    return Staff(applicant, active)


def make_section(qtbot: QtBot, session: UiSession) -> PeerEducatorsSection:
    section = PeerEducatorsSection(session, "Peer educators")
    qtbot.addWidget(section)
    section.resize(1100, 650)
    with qtbot.waitActive(section):
        section.show()
        section.activateWindow()
    return section


def open_row(qtbot: QtBot, section: PeerEducatorsSection, name: str) -> None:
    page = section.list_page
    rows = [page.model.row(i) for i in range(page.model.rowCount())]
    row = next(i for i, m in enumerate(rows) if m.last_name == name)
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the peer educator
    assert section.currentWidget() is section.mentor_page


def test_models_pass_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot: QtBot, english: None, session: UiSession, staff: Staff
) -> None:
    section = make_section(qtbot, session)
    qtmodeltester.check(section.list_page.model)
    open_row(qtbot, section, "Lopez")
    page = section.mentor_page
    for model in (page.steps, page.trainings, page.certifications, page.supervision):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_list_filter_and_the_tabs(
    qtbot: QtBot, english: None, session: UiSession, staff: Staff
) -> None:
    section = make_section(qtbot, session)
    page = section.list_page
    assert page.model.rowCount() == 2
    page.status_combo.setCurrentIndex(page.status_combo.findData(MentorStatus.APPLICANT.value))
    assert [page.model.row(i).id for i in range(page.model.rowCount())] == [staff.applicant]
    page.status_combo.setCurrentIndex(0)
    open_row(qtbot, section, "Lopez")
    mentor = section.mentor_page
    assert mentor.title.text() == "Lopez, Marta"
    assert mentor.values["status"].text().startswith("Active since ")
    assert mentor.values["decision"].text() == "Approved"
    assert mentor.values["decision_reason"].text() == "Strong references"
    assert mentor.values["agreement"].text() == "2026-02-15"
    assert mentor.values["capacity"].text() == "0 / 3"
    certs = mentor.certifications
    expired = [certs.data(certs.index(i, 3)) for i in range(certs.rowCount())]
    assert expired == ["Expired", "Valid"]
    assert (
        certs.data(certs.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == EXPIRED_BACKGROUND
    )
    assert certs.data(certs.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert mentor.hours_label.text() == "Training hours in all: 16"
    assert mentor.supervision.data(mentor.supervision.index(0, 1)) == "maria"
    mentor.tabs.setCurrentIndex(2)
    qtbot.mouseClick(mentor.back_button, Qt.MouseButton.LeftButton)
    assert section.currentWidget() is section.list_page


def test_selection_steps_and_decision(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn, staff: Staff
) -> None:
    section = make_section(qtbot, session)
    open_row(qtbot, section, "Applicant")
    page = section.mentor_page
    assert page.buttons["step"].isEnabled() and not page.buttons["supervision"].isEnabled()
    qtbot.mouseClick(page.buttons["step"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, StepDialog)
    dialog.step_combo.setCurrentIndex(dialog.step_combo.findData("interview"))
    dialog.date_edit.setText("2026-02-03")
    qtbot.keyClicks(dialog.note_edit, "Calm and clear")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert page.dialog is None
    assert [s.step for s in page.steps._rows] == [
        SelectionStep.APPLICATION,
        SelectionStep.INTERVIEW,
    ]
    assert page.steps.data(page.steps.index(1, 3)) == "maria"
    # A decision without a reason: the service's message next to "Why", nothing written.
    qtbot.mouseClick(page.buttons["decide"], Qt.MouseButton.LeftButton)
    decide = page.dialog
    assert isinstance(decide, DecisionDialog)
    decide.decision_combo.setCurrentIndex(decide.decision_combo.findData("declined"))
    before = audit_count(coordinator)
    qtbot.mouseClick(decide.ok_button, Qt.MouseButton.LeftButton)
    assert "reason" in decide.errors.messages()
    assert audit_count(coordinator) == before  # nothing written
    assert mentors(coordinator).get(coordinator.actor, staff.applicant).decision.value == ""
    qtbot.keyClicks(decide.reason_edit, "Withdrew the application")
    qtbot.mouseClick(decide.ok_button, Qt.MouseButton.LeftButton)
    detail = mentors(coordinator).get(coordinator.actor, staff.applicant)
    assert (detail.decision.value, detail.decision_by, detail.summary.status) == (
        "declined",
        "maria",
        MentorStatus.EXITED,
    )
    assert page.values["decision_by"].text() == "maria"
    assert not page.buttons["step"].isEnabled()


@pytest.mark.parametrize(
    ("issued", "expires", "field", "words"),
    [
        ("2026-03-01", "2026-02-01", "expires_on", "after the issue date"),
        ("2026-03-01", "2026-03-01", "expires_on", "after the issue date"),
        ("2026-02-30", "", "issued_on", "no such date"),
        ("", "2027-01-01", "issued_on", "Type the date"),
    ],
)
def test_bad_certifications_write_nothing(
    qtbot: QtBot,
    english: None,
    session: UiSession,
    coordinator: SignedIn,
    staff: Staff,
    issued: str,
    expires: str,
    field: str,
    words: str,
) -> None:
    section = make_section(qtbot, session)
    open_row(qtbot, section, "Lopez")
    page = section.mentor_page
    qtbot.mouseClick(page.buttons["certification"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CertificationDialog)
    dialog.name_edit.setText("Naloxone training")
    dialog.issued_edit.setText(issued)
    dialog.expires_edit.setText(expires)
    before = count_rows(coordinator, CertificationRow)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert words in dialog.errors.messages()[field]
    assert dialog.isVisible()
    assert count_rows(coordinator, CertificationRow) == before


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("0", "1 to 20"),
        ("-2", "1 to 20"),
        ("21", "1 to 20"),
        ("two", "Type a number"),
        ("2.5", "whole"),
    ],
)
def test_bad_capacity_writes_nothing(
    qtbot: QtBot,
    english: None,
    session: UiSession,
    coordinator: SignedIn,
    staff: Staff,
    typed: str,
    words: str,
) -> None:
    section = make_section(qtbot, session)
    open_row(qtbot, section, "Lopez")
    page = section.mentor_page
    qtbot.mouseClick(page.buttons["capacity"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CapacityDialog)
    dialog.capacity_edit.setText(typed)
    before = audit_count(coordinator)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert words in dialog.errors.messages()["capacity"]
    assert audit_count(coordinator) == before
    assert mentors(coordinator).get(coordinator.actor, staff.active).profile.capacity == 3
    dialog.capacity_edit.setText("5")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert mentors(coordinator).get(coordinator.actor, staff.active).profile.capacity == 5
    assert page.values["capacity"].text() == "0 / 5"


def test_new_peer_educator(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    section = make_section(qtbot, session)
    assert section.list_page.new_button is not None
    qtbot.mouseClick(section.list_page.new_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, NewMentorDialog)
    before = count_rows(coordinator, MentorRow)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no names
    assert "last_name" in dialog.errors.messages()
    assert count_rows(coordinator, MentorRow) == before
    qtbot.keyClicks(dialog.last_edit, "Okafor")
    qtbot.keyClicks(dialog.first_edit, "Ben")
    qtbot.keyClicks(dialog.languages_edit, "English, Igbo")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert count_rows(coordinator, MentorRow) == before + 1
    assert section.currentWidget() is section.mentor_page
    assert section.mentor_page.title.text() == "Okafor, Ben"
    assert section.mentor_page.values["languages"].text() == "English, Igbo"
    assert section.mentor_page.values["status"].text().startswith("Applicant since")
    assert count_rows(coordinator, SelectionStepRow) == 0


@pytest.mark.parametrize("role", ["auditor", "reentry_staff"])
def test_reading_roles_see_no_buttons(
    qtbot: QtBot, site: Site, coordinator: SignedIn, staff: Staff, role: str
) -> None:
    add_user(coordinator, "someone", role)
    signed = site.sign_in("someone", USER_PASS)
    try:
        section = make_section(qtbot, make_session(signed))
        assert section.list_page.model.rowCount() == 2
        assert section.list_page.new_button is None
        open_row(qtbot, section, "Lopez")
        assert section.mentor_page.buttons == {}
        assert section.mentor_page.certifications.rowCount() == 2
    finally:
        signed.store.close()


def test_peer_educators_have_no_such_section(
    qtbot: QtBot, site: Site, coordinator: SignedIn
) -> None:
    add_user(coordinator, "pe1", "peer_educator")
    peer = site.sign_in("pe1", USER_PASS)
    try:
        window = MainWindow(site_info(peer.store, peer.actor), make_session(peer))
        qtbot.addWidget(window)
        assert Section.PEER_EDUCATORS not in window.pages
        assert Section.MATCHES not in window.pages
    finally:
        peer.store.close()
    window = MainWindow(site_info(coordinator.store, coordinator.actor), make_session(coordinator))
    qtbot.addWidget(window)
    assert isinstance(window.pages.get(Section.PEER_EDUCATORS), PeerEducatorsSection)


def test_every_stored_value_has_a_label() -> None:
    from peerdesk.domain.match_rules import CloseReason, MatchStatus
    from peerdesk.domain.mentor_rules import Decision, Gender, MentorSide, PersonKind
    from peerdesk.ui.mentor_labels import TABLES

    enums = {
        "match_status": MatchStatus,
        "close_reason": CloseReason,
        "side": MentorSide,
        "mentor_status": MentorStatus,
        "step": SelectionStep,
        "step_result": StepResult,
        "decision": Decision,
        "person_kind": PersonKind,
        "gender": Gender,
    }
    assert set(enums) == set(TABLES)
    for table, enum in enums.items():
        assert set(TABLES[table]) == {m.value for m in enum}, table
