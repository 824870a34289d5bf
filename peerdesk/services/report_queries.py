"""What the reports count and list, in SQL: grant figures, attendance per group, rosters.

Aggregates cover the whole site, as ``services.measures`` does: only roles that see every
participant may run them (``report.run``). Lists of people (a roster) go through
``visible_participants`` like every other read. Definitions of the grant figures are printed
on the report itself (``reports.i18n_texts`` "grant_definitions").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, case, distinct, func, or_, select, union
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    AttendanceRow,
    ContactRow,
    GroupFacilitatorRow,
    GroupRow,
    GroupSessionRow,
    MatchRow,
    MentorRow,
    ParticipantRow,
    ParticipantStatusRow,
    ReferralRow,
    SessionFacilitatorRow,
    SiteRow,
)
from peerdesk.domain.measures import Period
from peerdesk.reports.data import GrantFigures, GroupAttendance, RosterLine, ServiceLine
from peerdesk.services.actor import Actor
from peerdesk.services.groups import visible_groups
from peerdesk.services.measures import compute
from peerdesk.services.timeline import roster_query

P = ParticipantRow
SH = ParticipantStatusRow
#: Statuses of a person taking part in the program (served while in one of them).
IN_PROGRAM = ("enrolled", "active", "released")
#: Ways of leaving the program that the completion rate counts (transfers are left out).
EXITS = ("completed", "withdrawn")


def site_name(s: Session) -> str:
    """This site's name, as it heads every report."""
    return s.scalars(select(SiteRow.name).where(SiteRow.is_local.is_(True))).one()


def _in(column: Any, period: Period) -> Any:
    return and_(column >= period.start, column < period.end)


def _sum_if(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def served_ids(period: Period) -> Any:
    """Participant ids in the program on any day of ``period`` (a union select).

    In the program at the start (the last status dated before it is enrolled, active or
    released; same-day entries ordered by their update stamp), or entering one of those
    statuses, or completing, during it.
    """
    live = SH.deleted.is_(False)
    last_day = (
        select(SH.participant_id.label("pid"), func.max(SH.effective_date).label("day"))
        .where(live, SH.effective_date < period.start)
        .group_by(SH.participant_id)
        .subquery()
    )
    last_stamp = (
        select(SH.participant_id.label("pid"), func.max(SH.stamp).label("stamp"))
        .join(
            last_day,
            and_(SH.participant_id == last_day.c.pid, SH.effective_date == last_day.c.day),
        )
        .where(live)
        .group_by(SH.participant_id)
        .subquery()
    )
    at_start = (
        select(SH.participant_id)
        .join(
            last_stamp, and_(SH.participant_id == last_stamp.c.pid, SH.stamp == last_stamp.c.stamp)
        )
        .where(live, SH.status.in_(IN_PROGRAM))
    )
    during = select(SH.participant_id).where(
        live, _in(SH.effective_date, period), SH.status.in_((*IN_PROGRAM, "completed"))
    )
    return union(at_start, during)


def grant_figures(s: Session, period: Period) -> GrantFigures:
    """Second Chance Act style figures for ``period`` (see the report's definitions)."""
    measures = compute(s, period)
    served = served_ids(period).subquery()
    risk: dict[str | None, int] = {
        level: int(n)
        for level, n in s.execute(
            select(P.risk_level, func.count(P.id))
            .where(P.id.in_(select(served.c.participant_id)), P.deleted.is_(False))
            .group_by(P.risk_level)
        )
    }
    services = tuple(
        ServiceLine(kind, int(people), int(made), int(done))
        for kind, people, made, done in s.execute(
            select(
                ReferralRow.service_type,
                func.count(distinct(ReferralRow.participant_id)),
                func.count(ReferralRow.id),
                _sum_if(ReferralRow.status == "completed"),
            )
            .join(P, P.id == ReferralRow.participant_id)
            .where(ReferralRow.deleted.is_(False), P.deleted.is_(False))
            .where(_in(ReferralRow.made_on, period))
            .group_by(ReferralRow.service_type)
        )
    )
    mentored, contacts = s.execute(
        select(func.count(distinct(ContactRow.participant_id)), func.count(ContactRow.id))
        .join(MatchRow, MatchRow.id == ContactRow.match_id)
        .join(P, P.id == ContactRow.participant_id)
        .where(ContactRow.status == "held", ContactRow.deleted.is_(False))
        .where(
            MatchRow.deleted.is_(False), P.deleted.is_(False), _in(ContactRow.contact_on, period)
        )
    ).one()
    grouped = s.scalar(
        select(func.count(distinct(AttendanceRow.participant_id)))
        .join(GroupSessionRow, GroupSessionRow.id == AttendanceRow.session_id)
        .join(P, P.id == AttendanceRow.participant_id)
        .where(AttendanceRow.status == "present", AttendanceRow.deleted.is_(False))
        .where(GroupSessionRow.status == "held", GroupSessionRow.deleted.is_(False))
        .where(_in(GroupSessionRow.held_on, period), P.deleted.is_(False))
    )
    pre = or_(P.actual_release_date.is_(None), SH.effective_date < P.actual_release_date)
    pre_flag = case((pre, 1), else_=0)
    exits = {
        (status, bool(is_pre)): int(n)
        for status, is_pre, n in s.execute(
            select(SH.status, pre_flag, func.count(distinct(SH.participant_id)))
            .join(P, P.id == SH.participant_id)
            .where(SH.deleted.is_(False), P.deleted.is_(False), SH.status.in_(EXITS))
            .where(_in(SH.effective_date, period))
            .group_by(SH.status, pre_flag)
        )
    }
    return GrantFigures(
        period=period,
        served=sum(int(n) for n in risk.values()),
        risk_low=int(risk.get("low", 0)),
        risk_moderate=int(risk.get("moderate", 0)),
        risk_high=int(risk.get("high", 0)),
        eligible=measures.eligible,
        admitted=measures.admitted,
        new_matches_pre_release=measures.new_matches_pre_release,
        new_matches_post_release=measures.new_matches_post_release,
        services=services,
        mentored=int(mentored),
        contacts_held=int(contacts),
        grouped=int(grouped or 0),
        sessions_held=measures.sessions_held,
        completed_pre=exits.get(("completed", True), 0),
        left_pre=exits.get(("withdrawn", True), 0),
        completed_post=exits.get(("completed", False), 0),
        left_post=exits.get(("withdrawn", False), 0),
    )


def attendance_by_group(s: Session, actor: Actor, period: Period) -> tuple[GroupAttendance, ...]:
    """Sessions and attendance marks per group with a session in ``period``, by group name.

    Counted as the impact measures count them: every attendance row of a held session.
    """
    gs, a = GroupSessionRow, AttendanceRow
    held = gs.status == "held"
    rows = s.execute(
        select(
            GroupRow.name,
            func.count(distinct(case((held, gs.id)))),
            func.count(distinct(case((gs.status == "cancelled", gs.id)))),
            _sum_if(and_(held, a.status == "present")),
            _sum_if(and_(held, a.status == "absent")),
            _sum_if(and_(held, a.status == "excused")),
        )
        .select_from(GroupRow)
        .join(gs, gs.group_id == GroupRow.id)
        .outerjoin(a, and_(a.session_id == gs.id, a.deleted.is_(False)))
        .where(GroupRow.deleted.is_(False), gs.deleted.is_(False), _in(gs.held_on, period))
        .where(visible_groups(actor))
        .group_by(GroupRow.id, GroupRow.name)
        .order_by(func.lower(GroupRow.name), GroupRow.id)
    )
    return tuple(
        GroupAttendance(name, int(h), int(c), int(p), int(ab), int(ex))
        for name, h, c, p, ab, ex in rows
    )


def roster_lines(s: Session, actor: Actor, group_id: str, on: date) -> tuple[RosterLine, ...]:
    """The group's members on ``on`` that ``actor`` may see, by name."""
    cols = roster_query(actor, group_id, on).with_only_columns(
        P.legal_last_name, P.legal_first_name, P.preferred_name, P.doc_number, P.housing_unit
    )
    return tuple(RosterLine(*row) for row in s.execute(cols))


def facilitator_names(s: Session, session_id: str | None, group_id: str) -> tuple[str, ...]:
    """Who facilitated the session (or, with no session, who facilitates the group)."""
    if session_id is not None:
        link: Any = SessionFacilitatorRow
        where = [SessionFacilitatorRow.session_id == session_id]
    else:
        link = GroupFacilitatorRow
        where = [GroupFacilitatorRow.group_id == group_id]
    rows = s.execute(
        select(MentorRow.first_name, MentorRow.last_name)
        .join(link, link.mentor_id == MentorRow.id)
        .where(*where, link.deleted.is_(False), MentorRow.deleted.is_(False))
        .order_by(MentorRow.last_name, MentorRow.first_name)
    )
    return tuple(f"{first} {last}" for first, last in rows)
