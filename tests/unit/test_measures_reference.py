"""The month's measures equal a plain Python count of the same rows, on seeded random data.

``services/measures.py`` counts in SQL and leaves out deleted participants and matches through
lists of their ids rather than a join. This test builds random records of every kind (with
deleted participants, matches, sessions and records, releases before and after events, every
status) and recomputes each measure here, row by row, from its definition. The measures read
summaries that database triggers keep (``activity_months``, ``open_match_starts``,
``custody_follow_ups``, ``referral_months``); the checks here also compare those with the
records, and ``test_measures_summaries.py`` reuses them after edits of every kind.
"""

from __future__ import annotations

import random
import statistics
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

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
from peerdesk.domain.measures import Measures, OutcomeCount, Period, ReferralCount
from peerdesk.services.auth import SignedIn
from peerdesk.services.measures import compute
from tests.factories_measures import assert_summaries_current
from tests.factories_rows import add_row

START = date(2024, 6, 1)
DAYS = 900


def _day(rng: random.Random) -> date:
    return START + timedelta(days=rng.randrange(DAYS))


def _gone(rng: random.Random) -> bool:
    return rng.random() < 0.12


def _world(signed: SignedIn, seed: int) -> None:
    rng = random.Random(seed)
    site = signed.actor.site_id
    with signed.store.uow() as uow:
        s = uow.session

        def add(model: type, **kw: Any) -> Any:
            return add_row(s, model, site, **kw)

        people = [
            add(
                ParticipantRow,
                date_of_birth=date(1990, 1, 1),
                actual_release_date=_day(rng) if rng.random() < 0.6 else None,
                deleted=_gone(rng),
            )
            for _ in range(40)
        ]
        mentor = add(
            MentorRow,
            person_kind="volunteer",
            last_name="M",
            first_name="M",
            side="facility",
            status="active",
            status_date=START,
        )
        for _ in range(120):
            add(
                ParticipantStatusRow,
                participant_id=rng.choice(people).id,
                status=rng.choice(["referred", "enrolled", "completed", "released"]),
                effective_date=_day(rng),
                recorded_by="maria",
                deleted=_gone(rng),
            )
            add(
                ScreeningRow,
                participant_id=rng.choice(people).id,
                screened_on=_day(rng),
                criteria="{}",
                decision=rng.choice(["eligible", "not_eligible"]),
                screened_by="maria",
                deleted=_gone(rng),
            )
        matches = []
        for _ in range(70):
            started = _day(rng) if rng.random() < 0.85 else None
            closed = (
                started + timedelta(days=rng.randrange(200))
                if started and rng.random() < 0.5
                else None
            )
            matches.append(
                add(
                    MatchRow,
                    participant_id=rng.choice(people).id,
                    mentor_id=mentor.id,
                    status="closed" if closed else rng.choice(["proposed", "active", "paused"]),
                    proposed_on=started or _day(rng),
                    started_on=started,
                    closed_on=closed,
                    deleted=_gone(rng),
                )
            )
        for _ in range(200):
            m = rng.choice(matches)
            add(
                ContactRow,
                match_id=m.id,
                participant_id=m.participant_id,
                contact_on=_day(rng),
                duration_minutes=30,
                mode="phone",
                status=rng.choice(["held", "held", "cancelled"]),
                recorded_by="maria",
                deleted=_gone(rng),
            )
        group = add(GroupRow, name="G")
        for _ in range(60):
            session = add(
                GroupSessionRow,
                group_id=group.id,
                held_on=_day(rng),
                duration_minutes=60,
                status=rng.choice(["held", "held", "cancelled"]),
                recorded_by="maria",
                deleted=_gone(rng),
            )
            for p in rng.sample(people, 5):
                add(
                    AttendanceRow,
                    session_id=session.id,
                    participant_id=p.id,
                    status=rng.choice(["present", "absent", "excused"]),
                    deleted=_gone(rng),
                )
        partner = add(PartnerRow, organization="Casa", service_types="housing")
        for _ in range(100):
            on = _day(rng)
            add(
                ReferralRow,
                participant_id=rng.choice(people).id,
                partner_id=partner.id,
                service_type=rng.choice(["housing", "employment", "legal"]),
                status=rng.choice(["made", "accepted", "completed", "declined"]),
                made_on=on,
                status_on=on,
                made_by="maria",
                deleted=_gone(rng),
            )
            add(
                OutcomeRow,
                participant_id=rng.choice(people).id,
                checkpoint_days=rng.choice([0, 30, 90, 180, 365, 400]),
                recorded_on=_day(rng),
                recorded_by="maria",
                housing=rng.choice(["stable", "unstable", ""]),
                employment=rng.choice(["employed", "unemployed", ""]),
                returned_to_custody=rng.random() < 0.3,
                deleted=_gone(rng),
            )


def _rows(s: Session, model: type) -> list[Any]:
    return list(s.scalars(select(model)))


def _reference(s: Session, period: Period) -> Measures:
    """Each measure from its definition (``domain/measures.py``), one row at a time."""
    live = {p.id: p for p in _rows(s, ParticipantRow) if not p.deleted}

    def within(day: date | None) -> bool:
        return day is not None and period.start <= day < period.end

    def pre(pid: str, day: date) -> bool:
        released = live[pid].actual_release_date
        return released is None or day < released

    history = [h for h in _rows(s, ParticipantStatusRow) if not h.deleted]
    entered = [h for h in history if within(h.effective_date) and h.participant_id in live]
    eligible = {
        x.participant_id
        for x in _rows(s, ScreeningRow)
        if not x.deleted
        and x.decision == "eligible"
        and within(x.screened_on)
        and x.participant_id in live
    }
    admitted = {
        h.participant_id
        for h in history
        if h.participant_id in eligible and h.status == "enrolled" and h.effective_date < period.end
    }
    held = {
        g.id
        for g in _rows(s, GroupSessionRow)
        if g.status == "held" and not g.deleted and within(g.held_on)
    }
    attendance = [a for a in _rows(s, AttendanceRow) if a.session_id in held and not a.deleted]
    contacts = [
        c
        for c in _rows(s, ContactRow)
        if c.status == "held" and not c.deleted and within(c.contact_on)
    ]
    live_matches = {m.id: m for m in _rows(s, MatchRow) if not m.deleted}
    engaged = {a.participant_id for a in attendance if a.status == "present"}
    engaged |= {c.participant_id for c in contacts}
    open_now = [
        m
        for m in live_matches.values()
        if m.participant_id in live
        and m.started_on is not None
        and m.started_on < period.end
        and (m.closed_on is None or m.closed_on >= period.start)
    ]
    new = [m for m in live_matches.values() if m.participant_id in live and within(m.started_on)]
    lengths = [
        (m.closed_on - m.started_on).days
        for m in live_matches.values()
        if m.status == "closed" and m.started_on is not None and within(m.closed_on)
    ]
    completed = [h for h in entered if h.status == "completed"]
    done = {h.participant_id for h in completed}
    done_pre = {h.participant_id for h in completed if pre(h.participant_id, h.effective_date)}
    referrals: dict[str, list[int]] = {}
    for r in _rows(s, ReferralRow):
        if not r.deleted and r.participant_id in live and within(r.made_on):
            counts = referrals.setdefault(r.service_type, [0, 0])
            counts[0] += 1
            counts[1] += r.status == "completed"
    outcomes: dict[int, list[int]] = {}
    all_outcomes = [o for o in _rows(s, OutcomeRow) if not o.deleted]
    for o in all_outcomes:
        if o.participant_id in live and within(o.recorded_on):
            c = outcomes.setdefault(o.checkpoint_days, [0, 0, 0, 0])
            c[0] += 1
            c[1] += o.housing == "stable"
            c[2] += o.employment == "employed"
            c[3] += bool(o.returned_to_custody)
    year = timedelta(days=365)
    returned = {
        o.participant_id for o in all_outcomes if o.checkpoint_days <= 365 and o.returned_to_custody
    }
    followed = {o.participant_id for o in all_outcomes if o.checkpoint_days == 365}
    cohort = [
        p.id
        for p in live.values()
        if p.actual_release_date is not None
        and period.end - 2 * year <= p.actual_release_date < period.end - year
        and (p.id in returned or p.id in followed)
    ]
    return Measures(
        period=period,
        enrolled=len({h.participant_id for h in entered if h.status == "enrolled"}),
        eligible=len(eligible),
        admitted=len(admitted),
        active=len(engaged & live.keys()),
        matched=len({m.participant_id for m in open_now}),
        new_matches_pre_release=sum(pre(m.participant_id, m.started_on) for m in new),
        new_matches_post_release=sum(not pre(m.participant_id, m.started_on) for m in new),
        sessions_held=len(held),
        attendance_present=sum(a.status == "present" for a in attendance),
        attendance_absent=sum(a.status == "absent" for a in attendance),
        contacts_held=sum(c.match_id in live_matches for c in contacts),
        open_matches=len(open_now),
        median_match_days=float(statistics.median(lengths)) if lengths else None,
        completions_pre_release=len(done_pre),
        completions_post_release=len(done) - len(done_pre),
        referrals=tuple(ReferralCount(t, *referrals[t]) for t in sorted(referrals)),
        outcomes=tuple(OutcomeCount(d, *outcomes[d]) for d in sorted(outcomes)),
        custody_cohort=len(cohort),
        custody_returned=sum(pid in returned for pid in cohort),
    )


#: Single months (read from the monthly summary), runs of whole months, and periods that are
#: not whole months (counted from the records).
PERIODS = [
    *(Period.month(2024 + m // 12, m % 12 + 1) for m in range(5, 5 + 30, 3)),
    Period(date(2024, 1, 1), date(2027, 1, 1)),
    Period(date(2025, 2, 1), date(2025, 5, 1)),
    Period(date(2024, 7, 15), date(2024, 10, 3)),
    Period(date(2025, 3, 1), date(2025, 3, 20)),
]


def assert_measures_match(signed: SignedIn) -> None:
    """Every period's measures equal the row-by-row count, and the summaries are current."""
    with signed.store.uow(write=False) as uow:
        assert_summaries_current(uow.session)
        for period in PERIODS:
            assert compute(uow.session, period) == _reference(uow.session, period), period


@pytest.mark.parametrize("seed", [1, 2])
def test_measures_equal_a_row_by_row_count(coordinator: SignedIn, seed: int) -> None:
    _world(coordinator, seed)
    assert_measures_match(coordinator)
