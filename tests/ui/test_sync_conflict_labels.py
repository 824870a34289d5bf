"""The Sync screen's conflicts read as words in every language: no column names, no stored
codes (issue-4 audit, en-81/es-81-sync-conflicts)."""

from __future__ import annotations

import json
from enum import StrEnum

import pytest
from pytestqt.modeltest import ModelTester

from peerdesk.domain.match_rules import CloseReason, MatchStatus
from peerdesk.domain.mentor_rules import Decision, Gender, MentorSide, MentorStatus, PersonKind
from peerdesk.domain.note_rules import Sensitivity
from peerdesk.domain.participant import ParticipantStatus, RiskLevel
from peerdesk.domain.roles import Role
from peerdesk.domain.screening_rules import (
    EmploymentOutcome,
    GoalStatus,
    HousingOutcome,
    IncentiveKind,
    NeedDomain,
    PhaseKind,
    ReferralStatus,
    ScreeningDecision,
    ServiceType,
)
from peerdesk.domain.session_rules import (
    AbsenceReason,
    AttendanceStatus,
    CancelReason,
    ContactMode,
    SessionStatus,
)
from peerdesk.services.sync_service import Conflict
from peerdesk.sync.payload_tables import SYNCED_TABLES, data_columns
from peerdesk.ui import sync_labels
from peerdesk.ui.sync_labels import field_label, stored_text, value_text
from peerdesk.ui.sync_models import ConflictTableModel

#: Every column that holds a code, with the codes it may hold.
CODED: dict[tuple[str, str], type[StrEnum]] = {
    ("participants", "status"): ParticipantStatus,
    ("participant_status_history", "status"): ParticipantStatus,
    ("participants", "risk_level"): RiskLevel,
    ("attendance", "status"): AttendanceStatus,
    ("attendance", "reason_code"): AbsenceReason,
    ("group_sessions", "status"): SessionStatus,
    ("group_sessions", "cancel_reason"): CancelReason,
    ("contacts", "status"): SessionStatus,
    ("contacts", "mode"): ContactMode,
    ("contacts", "cancel_reason"): CancelReason,
    ("matches", "status"): MatchStatus,
    ("matches", "close_reason"): CloseReason,
    ("mentors", "status"): MentorStatus,
    ("mentors", "decision"): Decision,
    ("mentors", "person_kind"): PersonKind,
    ("mentors", "side"): MentorSide,
    ("mentors", "gender"): Gender,
    ("notes", "sensitivity"): Sensitivity,
    ("notes", "author_role"): Role,
    ("referrals", "status"): ReferralStatus,
    ("referrals", "service_type"): ServiceType,
    ("goals", "status"): GoalStatus,
    ("goals", "domain"): NeedDomain,
    ("need_assessments", "domain"): NeedDomain,
    ("screenings", "decision"): ScreeningDecision,
    ("incentives", "kind"): IncentiveKind,
    ("outcomes", "housing"): HousingOutcome,
    ("outcomes", "employment"): EmploymentOutcome,
    ("pathway_phases", "kind"): PhaseKind,
}


def conflict(table: str, field: str, kept: object, other: object) -> Conflict:
    return Conflict(
        "c1", table, "r1", field, json.dumps(kept), json.dumps(other), "s1", "s2", "site2",
        "2026-11-28T10:00:00", "Vega, Rosa (A1031)",
    )  # fmt: skip


def test_every_travelling_column_has_a_label() -> None:
    missing = [
        f"{table}.{name}"
        for table in sorted(SYNCED_TABLES)
        for name in data_columns(table)
        if name not in sync_labels.FIELDS
    ]
    assert missing == []


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(("where", "codes"), list(CODED.items()), ids=lambda x: str(x))
def test_every_stored_code_reads_as_a_word(where: tuple[str, str], codes: type[StrEnum]) -> None:
    table, field = where
    for code in codes:
        if code.value:
            shown = value_text(table, field, code.value)  # codes are lower case
            assert "_" not in shown and shown[:1].isupper(), (code, shown)


@pytest.mark.usefixtures("english")
def test_numbers_lists_and_answers_read_as_words() -> None:
    assert value_text("need_assessments", "level", 3) == "High"
    assert value_text("outcomes", "checkpoint_days", 90) == "90 days after release"
    assert value_text("partners", "service_types", "housing,id_documents") == (
        "Housing, ID documents"
    )
    answers = json.dumps({"interest_confirmed": "yes", "no_disqualifying_incident": "no"})
    assert value_text("screenings", "criteria", answers) == (
        "Wants to take part: Yes; No disqualifying incident: No"
    )
    assert stored_text("matches", "status", '"paused"') == "Paused"
    assert value_text("mentors", "capacity", 3) == "3"


@pytest.mark.usefixtures("spanish")
def test_a_conflict_reads_in_spanish(qtmodeltester: ModelTester) -> None:
    model = ConflictTableModel()
    model.set_rows(
        [
            conflict("matches", "status", "active", "closed"),
            conflict("mentors", "decision", "approved", "declined"),
            conflict("participants", "risk_level", "high", "low"),
        ]
    )
    rows = [[model.index(r, c).data() for c in range(1, 4)] for r in range(3)]
    assert rows[0][1:] == ["Activo", "Cerrado"]
    assert rows[1][0].startswith("Educador") and rows[1][1:] == ["Aprobado", "Rechazado"]
    assert rows[2][1:] == ["Alto", "Bajo"]
    assert field_label("status") == "Estado"
    qtmodeltester.check(model)
