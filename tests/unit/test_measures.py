"""Impact measures: each figure checked against a scenario whose answer is worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.db.models import (
    AttendanceRow,
    ContactRow,
    GroupRow,
    GroupSessionRow,
    MatchRow,
    MentorRow,
    OutcomeRow,
    ParticipantRow,
    ParticipantStatusRow,
    PartnerRow,
    ReferralRow,
    ScreeningRow,
)
from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.measures import OutcomeCount, Period, ReferralCount
from peerdesk.services.auth import SignedIn
from peerdesk.services.measures import MeasuresService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_rows import add_row

D = date
OCT = Period.month(2026, 10)


def _scenario(signed: SignedIn) -> None:
    site = signed.actor.site_id
    with signed.store.uow() as uow:
        s = uow.session

        def person(**kw: object) -> ParticipantRow:
            row: ParticipantRow = add_row(
                s, ParticipantRow, site, date_of_birth=D(1990, 1, 1), **kw
            )
            return row

        def status(p: ParticipantRow, st: str, on: date) -> None:
            add_row(
                s,
                ParticipantStatusRow,
                site,
                participant_id=p.id,
                status=st,
                effective_date=on,
                recorded_by="maria",
            )

        p1, p2, p4 = person(), person(), person()
        p3 = person(actual_release_date=D(2026, 9, 1))
        p5 = person(deleted=True)
        p6 = person(actual_release_date=D(2025, 1, 1))
        p7 = person(actual_release_date=D(2025, 3, 1))
        status(p1, "referred", D(2026, 9, 1))
        status(p1, "enrolled", D(2026, 10, 5))
        status(p5, "enrolled", D(2026, 10, 6))  # deleted participant: never counted
        status(p3, "completed", D(2026, 10, 31))
        for p, on in ((p1, D(2026, 10, 2)), (p2, D(2026, 10, 3))):
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
        mentor = add_row(
            s,
            MentorRow,
            site,
            person_kind="volunteer",
            last_name="M",
            first_name="M",
            side="facility",
            status="active",
            status_date=D(2026, 1, 1),
        )

        def match(p: ParticipantRow, start: date, closed: date | None = None) -> MatchRow:
            row: MatchRow = add_row(
                s,
                MatchRow,
                site,
                participant_id=p.id,
                mentor_id=mentor.id,
                status="closed" if closed else "active",
                proposed_on=start,
                started_on=start,
                closed_on=closed,
                close_reason="completed" if closed else "",
            )
            return row

        m1 = match(p1, D(2026, 10, 6))
        match(p3, D(2026, 10, 1), D(2026, 10, 31))
        match(p4, D(2026, 8, 1), D(2026, 10, 10))
        for on, st in (
            (D(2026, 10, 10), "held"),
            (D(2026, 10, 20), "held"),
            (D(2026, 10, 21), "cancelled"),
            (D(2026, 11, 2), "held"),
        ):
            add_row(
                s,
                ContactRow,
                site,
                match_id=m1.id,
                participant_id=p1.id,
                contact_on=on,
                duration_minutes=30,
                mode="in_person",
                status=st,
                recorded_by="maria",
            )
        group = add_row(s, GroupRow, site, name="Thinking for a Change")

        def session(on: date, st: str = "held") -> GroupSessionRow:
            row: GroupSessionRow = add_row(
                s,
                GroupSessionRow,
                site,
                group_id=group.id,
                held_on=on,
                duration_minutes=90,
                status=st,
                recorded_by="maria",
            )
            return row

        s15, s20, s22 = (
            session(D(2026, 10, 15)),
            session(D(2026, 10, 20), "cancelled"),
            session(D(2026, 10, 22)),
        )
        for sess, p, st in (
            (s15, p1, "present"),
            (s15, p2, "absent"),
            (s22, p2, "excused"),
            (s20, p1, "present"),
        ):
            add_row(
                s,
                AttendanceRow,
                site,
                session_id=sess.id,
                participant_id=p.id,
                status=st,
                reason_code="lockdown" if st == "excused" else "",
            )
        partner = add_row(s, PartnerRow, site, organization="Casa", service_types="housing")
        for p, stype, st, on in (
            (p1, "housing", "completed", D(2026, 10, 5)),
            (p2, "housing", "made", D(2026, 10, 7)),
            (p3, "employment", "made", D(2026, 9, 30)),
        ):
            add_row(
                s,
                ReferralRow,
                site,
                participant_id=p.id,
                partner_id=partner.id,
                service_type=stype,
                status=st,
                made_on=on,
                status_on=on,
                made_by="maria",
            )

        def outcome(p: ParticipantRow, day: int, on: date, **kw: object) -> None:
            add_row(
                s,
                OutcomeRow,
                site,
                participant_id=p.id,
                checkpoint_days=day,
                recorded_on=on,
                recorded_by="maria",
                **kw,
            )

        outcome(
            p3,
            30,
            D(2026, 10, 1),
            housing="stable",
            employment="employed",
            returned_to_custody=False,
        )
        outcome(p6, 365, D(2026, 1, 1), returned_to_custody=False)
        outcome(p7, 90, D(2025, 6, 1), returned_to_custody=True)


def test_every_measure_matches_the_worked_answer(coordinator: SignedIn) -> None:
    _scenario(coordinator)
    m = MeasuresService(coordinator.store).for_period(coordinator.actor, OCT)
    assert (m.enrolled, m.eligible, m.admitted, m.active) == (1, 2, 1, 1)
    assert (m.matched, m.open_matches) == (3, 3)
    assert (m.new_matches_pre_release, m.new_matches_post_release) == (1, 1)
    assert m.sessions_held == 2
    assert (m.attendance_present, m.attendance_absent) == (1, 1)
    assert m.attendance_rate == pytest.approx(0.5)
    assert m.contacts_held == 2
    assert m.contacts_per_match_month == pytest.approx(2 / 3 * 30 / 31)
    assert m.median_match_days == 50.0
    assert (m.completions_pre_release, m.completions_post_release) == (0, 1)
    assert m.referrals == (ReferralCount("housing", 2, 1),)
    assert m.outcomes == (OutcomeCount(30, 1, 1, 1, 0),)
    assert (m.custody_cohort, m.custody_returned) == (2, 1)
    assert m.return_to_custody_rate == pytest.approx(0.5)


def test_previous_month_is_counted_separately(coordinator: SignedIn) -> None:
    _scenario(coordinator)
    m = MeasuresService(coordinator.store).for_period(coordinator.actor, OCT.previous())
    assert m.enrolled == 0
    assert m.referrals == (ReferralCount("employment", 1, 0),)
    assert m.attendance_rate is None
    assert m.median_match_days is None


def test_empty_store_gives_zeros_and_none(coordinator: SignedIn) -> None:
    m = MeasuresService(coordinator.store).for_period(coordinator.actor, OCT)
    assert m.enrolled == m.matched == m.sessions_held == 0
    assert m.contacts_per_match_month is None
    assert m.return_to_custody_rate is None


def test_peer_educators_cannot_run_measures(site: Site, coordinator: SignedIn) -> None:
    add_user(coordinator, "pe1", "peer_educator")
    peer = site.sign_in("pe1", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            MeasuresService(peer.store).for_period(peer.actor, OCT)
    finally:
        peer.store.close()


@pytest.mark.parametrize("text", ["2026-13", "26-01", "march", "2026/03", ""])
def test_bad_month_text(text: str) -> None:
    with pytest.raises(ValueError, match="not a month"):
        Period.parse_month(text)
