"""Impact measures for a period, counted in SQL (see domain/measures.py for definitions)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, distinct, func, or_, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log
from peerdesk.db.models import (
    ActivityMonthRow,
    AttendanceRow,
    ContactRow,
    CustodyFollowUpRow,
    GroupSessionRow,
    MatchRow,
    OpenMatchStartRow,
    OutcomeRow,
    ParticipantRow,
    ParticipantStatusRow,
    ReferralMonthRow,
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


def _count(s: Connection, stmt: Any) -> int:
    return int(s.scalar(stmt) or 0)


def _pre_release(participant_id: Any, day: Any) -> Any:
    """``day`` is before the participant's actual release, or the participant is not released.

    Read from ``ix_participants_release_by_id`` (id, release date) rather than from the
    participant's row: the id is matched as a range of one value because an equality on the
    primary key makes SQLite read the whole row through the primary-key index instead.
    """
    released = select(P.id).where(
        P.id >= participant_id, P.id <= participant_id, P.actual_release_date <= day
    )
    return ~released.exists()


def compute(session: Session, period: Period) -> Measures:
    """Every measure of ``period`` from the store behind ``session`` (no permission check)."""
    # Core statements on the connection: no ORM entities are loaded, so the ORM layer's
    # per-statement work is skipped.
    s = session.connection()
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
    months = _whole_months(period)
    held_contacts = and_(ContactRow.status == "held", ContactRow.deleted.is_(False))
    if months is None:
        active, present, absent = _engagement(s, period, held_sessions)
        contacts_held = _count(
            s,
            select(func.count())
            .where(held_contacts, _in(ContactRow.contact_on, period))
            .where(_live_match(ContactRow.match_id)),
        )
    else:
        active, present, absent, contacts = _engagement_by_month(s, *months)
        # The summary counts the contacts of deleted matches too; those matches are few.
        contacts_held = contacts - _count(
            s,
            select(func.count())
            .where(held_contacts, _in(ContactRow.contact_on, period))
            .where(ContactRow.match_id.in_(select(MatchRow.id).where(MatchRow.deleted.is_(True)))),
        )
    matched, open_matches = _matched(s, period)
    new_total, new_pre = s.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((_pre_release(MatchRow.participant_id, MatchRow.started_on), 1))), 0
            ),
        )
        .select_from(MatchRow)
        .where(MatchRow.deleted.is_(False), _live(MatchRow.participant_id))
        .where(_in(MatchRow.started_on, period))
    ).one()
    sessions_held = _count(s, select(func.count()).select_from(held_sessions.subquery()))
    lengths = [
        (closed - started).days
        for started, closed in s.execute(
            select(MatchRow.started_on, MatchRow.closed_on).where(
                MatchRow.status == "closed",
                MatchRow.deleted.is_(False),
                MatchRow.started_on.is_not(None),
                _in(MatchRow.closed_on, period),
            )
        ).all()
        if started is not None and closed is not None
    ]
    done = (
        select(SH.participant_id, SH.effective_date)
        .where(SH.status == "completed", SH.deleted.is_(False), _live(SH.participant_id))
        .where(_in(SH.effective_date, period))
        .subquery()
    )
    comp_total, comp_pre = s.execute(
        select(
            func.count(distinct(done.c.participant_id)),
            func.count(
                distinct(
                    case(
                        (
                            _pre_release(done.c.participant_id, done.c.effective_date),
                            done.c.participant_id,
                        )
                    )
                )
            ),
        )
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
        referrals=_referrals(s, period) if months is None else _referrals_by_month(s, *months),
        outcomes=_outcomes(s, period),
        **_custody(s, period),
    )


def _whole_months(period: Period) -> tuple[str, str] | None:
    """``period`` as a range of ``activity_months.month`` keys, if it is whole months."""
    if period.start.day != 1 or period.end.day != 1:
        return None
    return _month_key(period.start), _month_key(period.end)


def _month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _engagement_by_month(s: Connection, first: str, end: str) -> tuple[int, int, int, int]:
    """(active, present, absent, contacts) of the months [first, end) from ``activity_months``.

    Each row is one participant's month, so for a single month the participants are counted
    without de-duplicating; over several months a participant has a row per month.
    """
    A = ActivityMonthRow
    engaged = case(
        (and_(or_(A.present > 0, A.contacts > 0), _live(A.participant_id)), A.participant_id)
    )
    single = end == _month_key(_next_month(first))
    active, present, absent, contacts = s.execute(
        select(
            func.count(engaged) if single else func.count(distinct(engaged)),
            func.coalesce(func.sum(A.present), 0),
            func.coalesce(func.sum(A.absent), 0),
            func.coalesce(func.sum(A.contacts), 0),
        ).where(A.month >= first, A.month < end)
    ).one()
    return int(active), int(present), int(absent), int(contacts)


def _first_day(key: str) -> date:
    return date(int(key[:4]), int(key[5:]), 1)


def _next_month(key: str) -> date:
    year, month = int(key[:4]), int(key[5:])
    return date(year + (month == 12), month % 12 + 1, 1)


def _engagement(s: Connection, period: Period, held_sessions: Any) -> tuple[int, int, int]:
    """(active, present, absent) of any period, from the attendance and contact records."""
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
    present, absent = s.execute(
        select(
            func.coalesce(func.sum(case((AttendanceRow.status == "present", 1), else_=0)), 0),
            func.coalesce(func.sum(case((AttendanceRow.status == "absent", 1), else_=0)), 0),
        ).where(AttendanceRow.session_id.in_(held_sessions), AttendanceRow.deleted.is_(False))
    ).one()
    return active, int(present), int(absent)


def _matched(s: Connection, period: Period) -> tuple[int, int]:
    """(participants, matches) with a started match open at some time in ``period``.

    A match open in the period either is not closed and started before the period's end
    (``open_match_starts`` lists each participant with such a match once, by its earliest
    start), or closed in or after the period's start. Only the participants of the second
    kind missing from the first need de-duplicating, and they are few.
    """
    M, Starts = MatchRow, OpenMatchStartRow
    started = and_(M.deleted.is_(False), M.started_on.is_not(None), M.started_on < period.end)
    with_open = _count(
        s,
        select(func.count()).where(
            Starts.first_started_on < period.end, _live(Starts.participant_id)
        ),
    )
    no_open_match = ~(
        select(Starts.participant_id)
        .where(Starts.participant_id == M.participant_id, Starts.first_started_on < period.end)
        .exists()
    )
    # Only the close date filters here, so that the rows come from ix_matches_closed (a
    # range from the period's start); the start is checked on each of those rows.
    closed_only, closed = s.execute(
        select(
            func.count(distinct(case((and_(started, no_open_match), M.participant_id)))),
            func.count(case((started, 1))),
        ).where(M.closed_on >= period.start, M.deleted.is_(False), _live(M.participant_id))
    ).one()
    still_open = _count(
        s,
        select(func.count()).where(started, M.closed_on.is_(None), _live(M.participant_id)),
    )
    return with_open + int(closed_only), still_open + int(closed)


def _referrals(s: Connection, period: Period) -> tuple[ReferralCount, ...]:
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


def _referrals_by_month(s: Connection, first: str, end: str) -> tuple[ReferralCount, ...]:
    """As ``_referrals`` for the whole months [first, end): ``referral_months`` less the
    referrals of deleted participants."""
    R, RM = ReferralRow, ReferralMonthRow
    counts = {
        t: [int(n), int(c)]
        for t, n, c in s.execute(
            select(RM.service_type, func.sum(RM.made), func.sum(RM.completed))
            .where(RM.month >= first, RM.month < end)
            .group_by(RM.service_type)
        )
    }
    # Referrals of deleted participants, found from the (few) deleted participants.
    for t, n, c in s.execute(
        select(R.service_type, func.count(), func.sum(case((R.status == "completed", 1), else_=0)))
        .where(R.participant_id.in_(select(P.id).where(P.deleted.is_(True))))
        .where(R.deleted.is_(False), R.made_on >= _first_day(first), R.made_on < _first_day(end))
        .group_by(R.service_type)
    ):
        counts[t][0] -= int(n)
        counts[t][1] -= int(c)
    return tuple(ReferralCount(t, n, c) for t, (n, c) in sorted(counts.items()) if n > 0)


def _outcomes(s: Connection, period: Period) -> tuple[OutcomeCount, ...]:
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


def _custody(s: Connection, period: Period) -> dict[str, int]:
    """Of the participants released in the 12 months that ended a year before the period's
    end, those with a return to custody or a 365-day outcome, from ``custody_follow_ups``."""
    year = timedelta(days=365)
    cohort = Period(period.end - 2 * year, period.end - year)
    C = CustodyFollowUpRow
    counted, back = s.execute(
        select(func.count(), func.coalesce(func.sum(case((C.returned.is_(True), 1))), 0)).where(
            _in(C.released_on, cohort), _live(C.participant_id)
        )
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
