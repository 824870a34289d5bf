"""The grant performance report: Second Chance Act style figures worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from peerdesk.db.models import (
    AttendanceRow,
    ContactRow,
    GroupRow,
    GroupSessionRow,
    MatchRow,
    MentorRow,
    ParticipantRow,
    ParticipantStatusRow,
    PartnerRow,
    ReferralRow,
    ScreeningRow,
)
from peerdesk.domain.errors import PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.report_service import ReportService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_reports import audit_count, audit_rows, cells_after, pdf_lines, qpdf_check
from tests.factories_rows import add_row

D = date
NOW = datetime(2026, 7, 10, 12, 0, tzinfo=UTC)
Q2 = (D(2026, 4, 1), D(2026, 6, 30))


def _scenario(signed: SignedIn) -> None:
    site = signed.actor.site_id
    with signed.store.uow() as uow:
        s = uow.session

        def person(risk: str | None, *history: tuple[str, date], **kw: object) -> ParticipantRow:
            p: ParticipantRow = add_row(
                s, ParticipantRow, site, date_of_birth=D(1990, 1, 1), risk_level=risk, **kw
            )
            for status, on in history:
                add_row(
                    s,
                    ParticipantStatusRow,
                    site,
                    participant_id=p.id,
                    status=status,
                    effective_date=on,
                    recorded_by="maria",
                )
            return p

        # Served: in the program at the start, or entering / completing during the quarter.
        a = person("high", ("referred", D(2026, 1, 2)), ("enrolled", D(2026, 1, 10)))
        d = person("moderate", ("referred", D(2026, 3, 20)), ("enrolled", D(2026, 4, 10)))
        e = person(
            "low",
            ("active", D(2026, 2, 1)),
            ("completed", D(2026, 5, 20)),
            actual_release_date=D(2026, 5, 1),
        )
        f = person(None, ("enrolled", D(2026, 3, 1)), ("withdrawn", D(2026, 6, 1)))
        i = person("high", ("active", D(2026, 1, 1)), ("completed", D(2026, 6, 30)))
        # Not served: only referred; left before; deleted; left on the same day (later stamp);
        # enrolled after the quarter.
        b = person("moderate", ("referred", D(2026, 1, 5)))
        person("low", ("enrolled", D(2026, 2, 1)), ("withdrawn", D(2026, 3, 15)))
        g = person("high", ("enrolled", D(2026, 4, 2)), deleted=True)
        person("high", ("enrolled", D(2026, 3, 31)), ("withdrawn", D(2026, 3, 31)))
        person("high", ("enrolled", D(2026, 7, 1)))

        for p, on in ((d, D(2026, 4, 5)), (b, D(2026, 4, 20))):
            add_row(
                s,
                ScreeningRow,
                site,
                participant_id=p.id,
                screened_on=on,
                criteria="{}",
                decision="eligible",
                screened_by="maria",
            )
        partner = add_row(s, PartnerRow, site, organization="Casa", service_types="housing")
        for p, kind, status, on in (
            (a, "housing", "completed", D(2026, 4, 3)),
            (a, "employment", "made", D(2026, 5, 3)),
            (d, "housing", "made", D(2026, 4, 12)),
            (d, "housing", "made", D(2026, 6, 12)),
            (d, "housing", "made", D(2026, 3, 31)),  # before the quarter
            (g, "housing", "made", D(2026, 4, 12)),  # deleted participant
        ):
            add_row(
                s,
                ReferralRow,
                site,
                participant_id=p.id,
                partner_id=partner.id,
                service_type=kind,
                status=status,
                made_on=on,
                status_on=on,
                made_by="maria",
            )
        mentor = add_row(
            s,
            MentorRow,
            site,
            person_kind="volunteer",
            last_name="Núñez",
            first_name="Inés",
            side="facility",
            status="active",
            status_date=D(2026, 1, 1),
        )
        matches = {}
        for p, start in ((a, D(2026, 4, 15)), (e, D(2026, 5, 10))):
            matches[p.id] = add_row(
                s,
                MatchRow,
                site,
                participant_id=p.id,
                mentor_id=mentor.id,
                status="active",
                proposed_on=start,
                started_on=start,
            )
        for p, on, status in (
            (a, D(2026, 4, 20), "held"),
            (a, D(2026, 5, 20), "held"),
            (e, D(2026, 5, 15), "cancelled"),
        ):
            add_row(
                s,
                ContactRow,
                site,
                match_id=matches[p.id].id,
                participant_id=p.id,
                contact_on=on,
                duration_minutes=30,
                mode="in_person",
                status=status,
                recorded_by="maria",
            )
        group = add_row(s, GroupRow, site, name="Group")
        held = add_row(
            s,
            GroupSessionRow,
            site,
            group_id=group.id,
            held_on=D(2026, 4, 15),
            duration_minutes=60,
            status="held",
            recorded_by="maria",
        )
        add_row(
            s,
            GroupSessionRow,
            site,
            group_id=group.id,
            held_on=D(2026, 4, 22),
            duration_minutes=0,
            status="cancelled",
            recorded_by="maria",
        )
        for p, status in ((a, "present"), (d, "absent")):
            add_row(s, AttendanceRow, site, session_id=held.id, participant_id=p.id, status=status)
        del i, f


EXPECTED = [
    ("Participants served (unique IDs)", "5"),
    ("Medium or high risk", "3"),
    ("Medium or high risk, share of served", "60.0%"),
    ("Low risk", "1"),
    ("Risk not assessed", "1"),
    ("Screened eligible", "2"),
    ("Of those, admitted", "1"),
    ("Admission rate of the eligible", "50.0%"),
    ("New mentoring relationships before release", "1"),
    ("New mentoring relationships after release", "1"),
    ("Participants who met their mentor", "1"),
    ("One-on-one mentoring contacts held", "2"),
    ("Participants attending group sessions", "1"),
    ("Group sessions held", "1"),
    ("Completed before release", "1"),
    ("Left before release without completing", "1"),
    ("Completion rate before release", "50.0%"),
    ("Completed after release", "1"),
    ("Left after release without completing", "0"),
    ("Completion rate after release", "100.0%"),
]


@pytest.fixture
def report(coordinator: SignedIn) -> bytes:
    _scenario(coordinator)
    return ReportService(coordinator.store, clock=lambda: NOW).grant(coordinator.actor, *Q2)


def test_every_figure_numbered_and_worked_out(report: bytes, tmp_path: Path) -> None:
    lines = pdf_lines(report)
    for number, (label, value) in enumerate(EXPECTED, start=1):
        i = lines.index(label)
        assert lines[i - 1] == str(number), label
        assert lines[i + 1] == value, label
    qpdf_check(report, tmp_path)


def test_services_by_type(report: bytes) -> None:
    lines = pdf_lines(report)
    # participants, referrals made, completed
    assert cells_after(lines, "Housing", 3) == ["2", "3", "1"]
    assert cells_after(lines, "Employment", 3) == ["1", "1", "0"]


def test_heading_period_and_disclaimer(report: bytes) -> None:
    text = "\n".join(pdf_lines(report))
    assert "Reporting period: 2026-04-01 to 2026-06-30 (both days included)" in text
    assert "not evidence of effect" in text
    assert "How the figures are counted" in text


def test_audited_and_refused_for_peer_educators(
    report: bytes, site: Site, coordinator: SignedIn
) -> None:
    assert [(e.object_type, e.object_id) for e in audit_rows(coordinator, "report.grant")] == [
        ("period", "2026-04-01..2026-06-30")
    ]
    add_user(coordinator, "pe1", "peer_educator")
    peer = site.sign_in("pe1", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            ReportService(peer.store).grant(peer.actor, *Q2)
    finally:
        peer.store.close()


@pytest.mark.parametrize(
    ("start", "end"),
    [(D(2026, 6, 30), D(2026, 4, 1)), (D(2020, 1, 1), D(2026, 1, 1))],
)
def test_bad_periods(coordinator: SignedIn, start: date, end: date) -> None:
    before = audit_count(coordinator)
    with pytest.raises(ValidationError) as err:
        ReportService(coordinator.store).grant(coordinator.actor, start, end)
    assert err.value.field == "end"
    assert audit_count(coordinator) == before


def test_spanish_labels(coordinator: SignedIn) -> None:
    _scenario(coordinator)
    pdf = ReportService(coordinator.store, clock=lambda: NOW).grant(
        coordinator.actor, *Q2, language="es"
    )
    lines = pdf_lines(pdf)
    assert cells_after(lines, "Participantes atendidos (ID únicos)", 1) == ["5"]
    assert "Vivienda" in lines
