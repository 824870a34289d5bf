"""The dashboard service: figures over months (worked out by hand) and alert rows with names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from peerdesk.db.models import (
    AttendanceRow,
    AuditRow,
    CertificationRow,
    ContactRow,
    GroupRow,
    GroupSessionRow,
    MatchRow,
    MentorRow,
    ParticipantRow,
    ParticipantStatusRow,
    PartnerRow,
    ReferralRow,
)
from peerdesk.domain.alerts import AlertKind, ReleaseGap
from peerdesk.domain.errors import PermissionDenied, ValidationError
from peerdesk.domain.measures import Period
from peerdesk.services.auth import SignedIn
from peerdesk.services.dashboard import (
    MAX_MONTHS,
    DashboardService,
    Figure,
    MonthFigures,
    is_month,
    months_ending,
)
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_rows import add_row

NOV = Period.month(2026, 11)
TODAY = date(2026, 11, 15)


def _clock() -> datetime:
    return datetime(2026, 11, 15, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class MonthWorld:
    """What :func:`month_world` wrote, and its figures worked out by hand."""

    month: MonthFigures
    previous: MonthFigures
    participants: dict[str, str]


def month_world(signed: SignedIn, month: Period) -> MonthWorld:
    """Four people, a mentor, matches, contacts, sessions and referrals in ``month`` and the
    month before, every date within the first 28 days of its month."""
    site = signed.actor.site_id
    d0, p0 = month.start, month.previous().start
    ids: dict[str, str] = {}
    with signed.store.uow() as uow:
        s = uow.session

        def person(key: str) -> ParticipantRow:
            row: ParticipantRow = add_row(
                s,
                ParticipantRow,
                site,
                date_of_birth=date(1990, 1, 1),
                legal_last_name=key.title(),
                legal_first_name="Ana",
            )
            ids[key] = row.id
            return row

        a, b, c, d = person("adams"), person("baker"), person("cruz"), person("diaz")
        gone = person("gone")
        gone.deleted = True
        for p, on in ((a, d0 + timedelta(1)), (b, d0 + timedelta(2)), (c, p0 + timedelta(3))):
            add_row(
                s,
                ParticipantStatusRow,
                site,
                participant_id=p.id,
                status="enrolled",
                effective_date=on,
                recorded_by="maria",
            )
        add_row(  # a deleted participant's enrolment never counts
            s,
            ParticipantStatusRow,
            site,
            participant_id=gone.id,
            status="enrolled",
            effective_date=d0,
            recorded_by="maria",
        )
        mentor = add_row(
            s,
            MentorRow,
            site,
            person_kind="volunteer",
            last_name="Reyes",
            first_name="Tomas",
            side="facility",
            status="active",
            status_date=date(2020, 1, 1),
        )

        def match(p: ParticipantRow, start: date, closed: date | None = None) -> str:
            row = add_row(
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
            return str(row.id)

        ma = match(a, p0)
        mb = match(b, d0 + timedelta(4))
        match(d, p0 - timedelta(30), p0 + timedelta(10))
        for m, p, on, status in (
            (ma, a, d0 + timedelta(5), "held"),
            (ma, a, d0 + timedelta(6), "held"),
            (mb, b, d0 + timedelta(7), "held"),
            (mb, b, d0 + timedelta(8), "cancelled"),
            (ma, a, p0 + timedelta(8), "held"),
        ):
            add_row(
                s,
                ContactRow,
                site,
                match_id=m,
                participant_id=p.id,
                contact_on=on,
                duration_minutes=30,
                mode="in_person",
                status=status,
                recorded_by="maria",
            )
        group = add_row(s, GroupRow, site, name="Thinking for a Change")
        for on, status, marks in (
            (d0 + timedelta(9), "held", ((c, "present"), (d, "absent"), (a, "excused"))),
            (d0 + timedelta(10), "held", ((c, "present"),)),
            (d0 + timedelta(11), "cancelled", ()),
            (p0 + timedelta(12), "held", ((d, "present"),)),
        ):
            held = add_row(
                s,
                GroupSessionRow,
                site,
                group_id=group.id,
                held_on=on,
                duration_minutes=90,
                status=status,
                recorded_by="maria",
            )
            for p, mark in marks:
                add_row(
                    s,
                    AttendanceRow,
                    site,
                    session_id=held.id,
                    participant_id=p.id,
                    status=mark,
                    reason_code="lockdown" if mark == "excused" else "",
                )
        partner = add_row(s, PartnerRow, site, organization="Casa", service_types="housing")
        for p, on, status in (
            (a, d0 + timedelta(3), "made"),
            (b, d0 + timedelta(3), "declined"),
            (c, p0 + timedelta(4), "completed"),
        ):
            add_row(
                s,
                ReferralRow,
                site,
                participant_id=p.id,
                partner_id=partner.id,
                service_type="housing",
                status=status,
                made_on=on,
                status_on=on,
                made_by="maria",
            )
    prev = month.previous()
    return MonthWorld(
        # enrolled: adams, baker; active: adams, baker (contacts), cruz (present);
        # matched: adams, baker; attendance 2 present of 3 (the excused one left out);
        # 3 held contacts over 2 open matches; 2 referrals made (declined still made).
        MonthFigures(month, 2, 3, 2, 2, 2 / 3, 3 / 2 * 30 / month.days, 2),
        # enrolled: cruz; active: adams (contact), diaz (present); matched: adams, diaz.
        MonthFigures(prev, 1, 2, 2, 1, 1.0, 1 / 2 * 30 / prev.days, 1),
        ids,
    )


def _audit_count(signed: SignedIn) -> int:
    with signed.store.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditRow)) or 0)


# --- months ---------------------------------------------------------------------------------
def test_six_months_end_with_the_month_picked(coordinator: SignedIn) -> None:
    world = month_world(coordinator, NOV)
    got = DashboardService(coordinator.store).months(coordinator.actor, NOV)
    assert [m.period for m in got] == [Period.month(2026, n) for n in range(6, 12)]
    for figures, expected in ((got[-1], world.month), (got[-2], world.previous)):
        for figure in Figure:
            assert figures.value(figure) == pytest.approx(expected.value(figure)), figure
    # Two months back only diaz's match was open, with no contact in it.
    assert got[-3] == MonthFigures(Period.month(2026, 9), 0, 0, 1, 0, None, 0.0, 0)
    assert got[0] == MonthFigures(Period.month(2026, 6), 0, 0, 0, 0, None, None, 0)


def test_counting_months_writes_nothing(coordinator: SignedIn) -> None:
    month_world(coordinator, NOV)
    before = _audit_count(coordinator)
    DashboardService(coordinator.store).months(coordinator.actor, NOV, 2)
    assert _audit_count(coordinator) == before


def test_months_across_new_year(coordinator: SignedIn) -> None:
    jan = Period.month(2027, 1)
    world = month_world(coordinator, jan)
    got = DashboardService(coordinator.store).months(coordinator.actor, jan, 2)
    assert [m.period for m in got] == [Period.month(2026, 12), jan]
    assert got[0].enrolled == world.previous.enrolled == 1
    assert got[1].referrals == world.month.referrals == 2


@pytest.mark.parametrize(
    ("last", "count", "field"),
    [
        (Period(date(2026, 11, 2), date(2026, 12, 1)), 6, "month"),
        (Period(date(2026, 11, 1), date(2026, 11, 30)), 6, "month"),
        (Period(date(2026, 11, 1), date(2027, 1, 1)), 6, "month"),
        (NOV, 0, "count"),
        (NOV, MAX_MONTHS + 1, "count"),
    ],
)
def test_bad_months_are_refused(
    coordinator: SignedIn, last: Period, count: int, field: str
) -> None:
    before = _audit_count(coordinator)
    with pytest.raises(ValidationError) as caught:
        DashboardService(coordinator.store).months(coordinator.actor, last, count)
    assert caught.value.field == field
    assert _audit_count(coordinator) == before


def test_peer_educators_get_no_figures(site: Site, coordinator: SignedIn) -> None:
    add_user(coordinator, "pe1", "peer_educator")
    peer = site.sign_in("pe1", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            DashboardService(peer.store).months(peer.actor, NOV)
    finally:
        peer.store.close()


def test_months_ending() -> None:
    assert months_ending(Period.month(2026, 2), 4) == tuple(
        Period.month(y, m) for y, m in ((2025, 11), (2025, 12), (2026, 1), (2026, 2))
    )
    assert months_ending(NOV, 1) == (NOV,)
    assert is_month(NOV) and is_month(Period.month(2026, 12))
    assert not is_month(Period(date(2026, 11, 1), date(2026, 11, 8)))


# --- alerts ---------------------------------------------------------------------------------
def _alert_world(signed: SignedIn) -> dict[str, str]:
    site = signed.actor.site_id
    ids: dict[str, str] = {}
    with signed.store.uow() as uow:
        s = uow.session

        def mentor(key: str, side: str) -> str:
            row = add_row(
                s,
                MentorRow,
                site,
                person_kind="volunteer",
                last_name=key,
                first_name="Tomas",
                side=side,
                status="active",
                status_date=date(2020, 1, 1),
            )
            ids[key] = row.id
            return str(row.id)

        inside = mentor("Reyes", "facility")
        mentor("Okafor", "community")
        quiet = add_row(
            s,
            ParticipantRow,
            site,
            date_of_birth=date(1990, 1, 1),
            legal_last_name="Quiet",
            legal_first_name="Ana",
            preferred_name="Annie",
            doc_number="Q1",
        )
        ids["quiet"] = quiet.id
        ids["m_quiet"] = add_row(
            s,
            MatchRow,
            site,
            participant_id=quiet.id,
            mentor_id=inside,
            status="active",
            proposed_on=date(2026, 9, 1),
            started_on=date(2026, 9, 1),
        ).id
        releasing = add_row(
            s,
            ParticipantRow,
            site,
            date_of_birth=date(1990, 1, 1),
            legal_last_name="Soon",
            legal_first_name="Ben",
            doc_number="S1",
            projected_release_date=TODAY + timedelta(days=10),
        )
        ids["soon"] = releasing.id
        add_row(
            s,
            CertificationRow,
            site,
            mentor_id=ids["Okafor"],
            name="Peer specialist",
            issued_on=date(2024, 12, 1),
            expires_on=TODAY + timedelta(days=20),
        )
    return ids


def test_alert_rows_carry_names_in_kind_order(coordinator: SignedIn) -> None:
    ids = _alert_world(coordinator)
    rows = DashboardService(coordinator.store, _clock).alerts(coordinator.actor).rows
    assert [r.alert.kind for r in rows] == [
        AlertKind.NO_RECENT_CONTACT,
        AlertKind.RELEASE_NOT_READY,
        AlertKind.CERTIFICATION_EXPIRING,
    ]
    quiet, soon, cert = rows
    assert (quiet.participant_id, quiet.alert.record_id) == (ids["quiet"], ids["m_quiet"])
    assert (quiet.last_name, quiet.first_name, quiet.preferred_name) == ("Quiet", "Ana", "Annie")
    assert quiet.doc_number == "Q1"
    assert (quiet.mentor_last_name, quiet.mentor_first_name) == ("Reyes", "Tomas")
    assert quiet.alert.days == (TODAY - date(2026, 9, 1)).days
    assert (soon.participant_id, soon.last_name, soon.doc_number) == (ids["soon"], "Soon", "S1")
    assert soon.alert.gaps == (
        ReleaseGap.NO_CONSENT,
        ReleaseGap.NO_REFERRAL,
        ReleaseGap.NO_POST_RELEASE_MENTOR,
    )
    assert soon.mentor_last_name == ""
    assert cert.participant_id == "" and cert.alert.record_id == ids["Okafor"]
    assert (cert.last_name, cert.first_name, cert.doc_number) == ("Okafor", "Tomas", "")
    assert cert.alert.days == 20


def test_each_kind_is_capped_to_its_most_urgent(
    coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    import peerdesk.services.dashboard as dashboard
    from peerdesk.services.alerts import AlertService
    from tests.unit.test_alerts_top import _clock as alerts_clock
    from tests.unit.test_alerts_top import _random_world

    _random_world(coordinator, seed=7)
    every = AlertService(coordinator.store, alerts_clock).current(coordinator.actor)
    assert len(every[AlertKind.NO_RECENT_CONTACT]) > 2  # the cap below bites
    monkeypatch.setattr(dashboard, "ALERTS_PER_KIND", 2)
    rows = DashboardService(coordinator.store, alerts_clock).alerts(coordinator.actor).rows
    assert [r.alert for r in rows] == [a for kind in AlertKind for a in every[kind][:2]]


def test_no_alerts_gives_an_empty_tuple(coordinator: SignedIn) -> None:
    assert DashboardService(coordinator.store, _clock).alerts(coordinator.actor).rows == ()


def test_a_peer_educator_sees_only_their_mentees_alerts(site: Site, coordinator: SignedIn) -> None:
    ids = _alert_world(coordinator)
    add_user(coordinator, "pe1", "peer_educator")
    peer = site.sign_in("pe1", USER_PASS)
    try:
        # Not their mentee, and certifications are for those who manage mentors.
        assert DashboardService(peer.store, _clock).alerts(peer.actor).rows == ()
        with coordinator.store.uow() as uow:
            mentor = uow.session.get(MentorRow, ids["Reyes"])
            assert mentor is not None
            mentor.user_id = peer.actor.user_id
        rows = DashboardService(peer.store, _clock).alerts(peer.actor).rows
        assert [r.participant_id for r in rows] == [ids["quiet"]]
    finally:
        peer.store.close()


def test_alerts_say_how_many_more_there_are_and_limits_are_kept_in_range(
    coordinator: SignedIn,
) -> None:
    from peerdesk.services.dashboard import MAX_ALERTS_PER_KIND
    from tests.unit.test_alerts_top import _clock as alerts_clock
    from tests.unit.test_alerts_top import _random_world

    _random_world(coordinator, seed=7)
    service = DashboardService(coordinator.store, alerts_clock)
    quiet = AlertKind.NO_RECENT_CONTACT
    every = service.alerts(coordinator.actor, {quiet: MAX_ALERTS_PER_KIND})
    total = every.totals[quiet]
    assert total > 2 and every.listed(quiet) == total and every.more(quiet) == 0
    two = service.alerts(coordinator.actor, {quiet: 2}, kinds=[quiet])
    assert set(two.totals) == {quiet}  # only the kind asked for is read
    assert two.listed(quiet) == 2 and two.more(quiet) == total - 2
    assert [r.alert for r in two.rows] == [r.alert for r in every.rows[:2]]
    # Out of range: kept to at least one, and at most the cap.
    assert service.alerts(coordinator.actor, {quiet: 0}, kinds=[quiet]).listed(quiet) == 1
    assert two.more(AlertKind.RELEASE_NOT_READY) == 0  # not read: nothing more to say
