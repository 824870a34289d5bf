"""Impact measures for a period, counted in SQL (see domain/measures.py for definitions)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import and_, case, distinct, func, or_, select, union_all
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log
from peerdesk.db.models import (
    AttendanceRow,
    ContactRow,
    GroupSessionRow,
    MatchRow,
    OutcomeRow,
    ParticipantRow,
    ParticipantStatusRow,
    ReferralRow,
    ScreeningRow,
)
from peerdesk.db.store import Store
from peerdesk.domain.measures import Measures, OutcomeCount, Period, ReferralCount, median_days
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.actor import Actor

P = ParticipantRow
SH = ParticipantStatusRow


def _in(column: Any, period: Period) -> Any:
    return and_(column >= period.start, column < period.end)


def _live(participant_id: Any) -> Any:
    """``participant_id`` names a participant who is not deleted.

    The same rows as joining ``participants`` and keeping ``deleted`` false (foreign keys are
    enforced, so the participant exists), without a lookup per row: the deleted participants
    are few, and the database lists them once per query from a partial index.
    """
    return participant_id.not_in(select(P.id).where(P.deleted.is_(True)))


def _live_match(match_id: Any) -> Any:
    """``match_id`` names a match that is not deleted (as ``_live`` for participants)."""
    return match_id.not_in(select(MatchRow.id).where(MatchRow.deleted.is_(True)))


def _count(s: Session, stmt: Any) -> int:
    return int(s.scalar(stmt) or 0)


def _status_entries(status: str, period: Period) -> Any:
    return (
        select(SH.participant_id, SH.effective_date)
        .join(P, P.id == SH.participant_id)
        .where(SH.status == status, SH.deleted.is_(False), _live(SH.participant_id))
        .where(_in(SH.effective_date, period))
    )


def _pre_release(when: Any) -> Any:
    return or_(P.actual_release_date.is_(None), when < P.actual_release_date)


def compute(s: Session, period: Period) -> Measures:
    """Every measure of ``period`` from the store behind ``s`` (no permission check)."""
    enrolled = _count(
        s,
        select(func.count(distinct(SH.participant_id)))
        .where(SH.status == "enrolled", SH.deleted.is_(False), _live(SH.participant_id))
        .where(_in(SH.effective_date, period)),
    )
    eligible_ids = (
        select(ScreeningRow.participant_id)
        .where(ScreeningRow.decision == "eligible", ScreeningRow.deleted.is_(False))
        .where(_in(ScreeningRow.screened_on, period), _live(ScreeningRow.participant_id))
    )
    eligible_sq = eligible_ids.subquery()
    eligible = _count(s, select(func.count(distinct(eligible_sq.c.participant_id))))
    admitted = _count(
        s,
        select(func.count(distinct(SH.participant_id))).where(
            SH.participant_id.in_(eligible_ids),
            SH.status == "enrolled",
            SH.deleted.is_(False),
            SH.effective_date < period.end,
        ),
    )
    held_sessions = select(GroupSessionRow.id).where(
        GroupSessionRow.status == "held",
        GroupSessionRow.deleted.is_(False),
        _in(GroupSessionRow.held_on, period),
    )
    # UNION ALL: the count below is of distinct ids anyway, so one de-duplication is enough.
    engaged = union_all(
        select(AttendanceRow.participant_id).where(
            AttendanceRow.session_id.in_(held_sessions),
            AttendanceRow.status == "present",
            AttendanceRow.deleted.is_(False),
        ),
        select(ContactRow.participant_id).where(
            ContactRow.status == "held",
            ContactRow.deleted.is_(False),
            _in(ContactRow.contact_on, period),
        ),
    ).subquery()
    active = _count(
        s,
        select(func.count(distinct(engaged.c.participant_id))).where(
            _live(engaged.c.participant_id)
        ),
    )
    open_in_period = and_(
        MatchRow.deleted.is_(False),
        MatchRow.started_on.is_not(None),
        MatchRow.started_on < period.end,
        or_(MatchRow.closed_on.is_(None), MatchRow.closed_on >= period.start),
    )
    matched, open_matches = s.execute(
        select(func.count(distinct(MatchRow.participant_id)), func.count()).where(
            open_in_period, _live(MatchRow.participant_id)
        )
    ).one()
    new_total, new_pre = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((_pre_release(MatchRow.started_on), 1), else_=0)), 0),
        )
        .select_from(MatchRow)
        .join(P, P.id == MatchRow.participant_id)
        .where(MatchRow.deleted.is_(False), _live(MatchRow.participant_id))
        .where(_in(MatchRow.started_on, period))
    ).one()
    present, absent = s.execute(
        select(
            func.coalesce(func.sum(case((AttendanceRow.status == "present", 1), else_=0)), 0),
            func.coalesce(func.sum(case((AttendanceRow.status == "absent", 1), else_=0)), 0),
        ).where(AttendanceRow.session_id.in_(held_sessions), AttendanceRow.deleted.is_(False))
    ).one()
    sessions_held = _count(s, select(func.count()).select_from(held_sessions.subquery()))
    contacts_held = _count(
        s,
        select(func.count())
        .select_from(ContactRow)
        .where(ContactRow.status == "held", ContactRow.deleted.is_(False))
        .where(_in(ContactRow.contact_on, period), _live_match(ContactRow.match_id)),
    )
    lengths = [
        (closed - started).days
        for started, closed in s.execute(
            select(MatchRow.started_on, MatchRow.closed_on).where(
                MatchRow.status == "closed",
                MatchRow.deleted.is_(False),
                MatchRow.started_on.is_not(None),
                _in(MatchRow.closed_on, period),
            )
        )
        if started is not None and closed is not None
    ]
    completions = _status_entries("completed", period).subquery()
    comp_total, comp_pre = s.execute(
        select(
            func.count(distinct(completions.c.participant_id)),
            func.count(
                distinct(
                    case((_pre_release(completions.c.effective_date), completions.c.participant_id))
                )
            ),
        ).join(P, P.id == completions.c.participant_id)
    ).one()
    return Measures(
        period=period,
        enrolled=enrolled,
        eligible=eligible,
        admitted=admitted,
        active=active,
        matched=int(matched),
        new_matches_pre_release=int(new_pre),
        new_matches_post_release=int(new_total) - int(new_pre),
        sessions_held=sessions_held,
        attendance_present=int(present),
        attendance_absent=int(absent),
        contacts_held=contacts_held,
        open_matches=int(open_matches),
        median_match_days=median_days(lengths),
        completions_pre_release=int(comp_pre),
        completions_post_release=int(comp_total) - int(comp_pre),
        referrals=_referrals(s, period),
        outcomes=_outcomes(s, period),
        **_custody(s, period),
    )


def _referrals(s: Session, period: Period) -> tuple[ReferralCount, ...]:
    rows = s.execute(
        select(
            ReferralRow.service_type,
            func.count(),
            func.coalesce(func.sum(case((ReferralRow.status == "completed", 1), else_=0)), 0),
        )
        .select_from(ReferralRow)
        .where(ReferralRow.deleted.is_(False), _live(ReferralRow.participant_id))
        .where(_in(ReferralRow.made_on, period))
        .group_by(ReferralRow.service_type)
        .order_by(ReferralRow.service_type)
    )
    return tuple(ReferralCount(t, int(n), int(c)) for t, n, c in rows)


def _outcomes(s: Session, period: Period) -> tuple[OutcomeCount, ...]:
    O = OutcomeRow  # noqa: E741
    rows = s.execute(
        select(
            O.checkpoint_days,
            func.count(),
            func.coalesce(func.sum(case((O.housing == "stable", 1), else_=0)), 0),
            func.coalesce(func.sum(case((O.employment == "employed", 1), else_=0)), 0),
            func.coalesce(func.sum(case((O.returned_to_custody.is_(True), 1), else_=0)), 0),
        )
        .select_from(O)
        .where(O.deleted.is_(False), _live(O.participant_id), _in(O.recorded_on, period))
        .group_by(O.checkpoint_days)
        .order_by(O.checkpoint_days)
    )
    return tuple(OutcomeCount(int(c), int(n), int(h), int(e), int(r)) for c, n, h, e, r in rows)


def _custody(s: Session, period: Period) -> dict[str, int]:
    year = timedelta(days=365)
    cohort = Period(period.end - 2 * year, period.end - year)
    O = OutcomeRow  # noqa: E741
    live_outcome = and_(O.deleted.is_(False), O.checkpoint_days <= 365)
    returned = select(O.participant_id).where(live_outcome, O.returned_to_custody.is_(True))
    followed = select(O.participant_id).where(live_outcome, O.checkpoint_days == 365)
    # As a CASE, the two lists are checked for each participant released in the cohort window
    # (a range of ix_participants_released) instead of driving the query from the lists.
    counted_here = case((P.id.in_(returned), 1), (P.id.in_(followed), 1), else_=0)
    counted, back = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((P.id.in_(returned), 1), else_=0)), 0),
        )
        .select_from(P)
        .where(_live(P.id), _in(P.actual_release_date, cohort), counted_here == 1)
    ).one()
    return {"custody_cohort": int(counted), "custody_returned": int(back)}


class MeasuresService:
    """The dashboard's and the monthly report's numbers."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def for_period(self, actor: Actor, period: Period) -> Measures:
        require(self.store, actor, Action.REPORT_RUN, object_type="measures", clock=self.clock)
        with self.store.uow() as uow:
            result = compute(uow.session, period)
            audit_log.append(
                uow.session,
                at=self.clock(),
                actor=actor.username,
                action="measures.view",
                object_type="period",
                object_id=period.start.isoformat(),
            )
        return result
