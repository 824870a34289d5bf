"""Reading what happened: a group's roster and sessions, one session, a participant's timeline.

``SessionQueries`` serves the "tick the roster" screen and a group's session list (attendance
counts aggregated in SQL). ``TimelineService`` builds a participant's history from four indexed,
LIMITed queries (plus one to check the participant is visible), merged newest first. A peer
educator sees only sessions of groups they facilitate, contacts of their own matches and the
notes ``note_rules`` lets them read; an auditor sees no notes. Every timeline view is audited
(``timeline.view``), and so is the reading of its notes (``note.view``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import (
    AttendanceRow,
    ContactRow,
    GroupRow,
    GroupSessionRow,
    MatchRow,
    NoteRow,
    ParticipantRow,
    ParticipantStatusRow,
    SessionFacilitatorRow,
)
from peerdesk.db.store import Store
from peerdesk.domain.errors import NotFound
from peerdesk.domain.roles import Action, is_allowed
from peerdesk.domain.session_rules import AttendanceStatus, ContactMode, SessionStatus
from peerdesk.services.actor import Actor
from peerdesk.services.contacts import visible_matches
from peerdesk.services.groups import current_members, load_group, visible_groups
from peerdesk.services.notes import NoteView, audit_views, note_view, readable_notes
from peerdesk.services.records import RecordWriter, load_participant, permit
from peerdesk.services.visibility import visible_participants

_A = AttendanceStatus


@dataclass(frozen=True)
class RosterEntry:
    """A member to tick on the roster."""

    participant_id: str
    doc_number: str
    legal_last_name: str
    legal_first_name: str
    preferred_name: str
    housing_unit: str


@dataclass(frozen=True)
class AttendanceEntry:
    """One member's attendance at a session (``remark`` is the short attendance remark)."""

    participant_id: str
    status: AttendanceStatus
    reason_code: str
    remark: str


@dataclass(frozen=True)
class SessionSummary:
    """A session in a list, with attendance counts (all zero for a cancelled one)."""

    id: str
    group_id: str
    held_on: date
    start_time: str
    duration_minutes: int
    module: str
    location: str
    status: SessionStatus
    cancel_reason: str
    recorded_by: str
    present: int
    absent: int
    excused: int


@dataclass(frozen=True)
class SessionDetail:
    """One session with its facilitators' mentor ids and the visible attendance."""

    session: SessionSummary
    facilitator_ids: tuple[str, ...]
    attendance: tuple[AttendanceEntry, ...]


def _count(status: AttendanceStatus) -> Any:
    return func.coalesce(func.sum(case((AttendanceRow.status == status.value, 1), else_=0)), 0)


def session_summaries(s: Session, where: Sequence[Any], limit: int) -> list[SessionSummary]:
    """Sessions matching ``where`` with attendance counts, aggregated in SQL, newest first."""
    stmt = (
        select(GroupSessionRow, _count(_A.PRESENT), _count(_A.ABSENT), _count(_A.EXCUSED))
        .outerjoin(
            AttendanceRow,
            (AttendanceRow.session_id == GroupSessionRow.id) & AttendanceRow.deleted.is_(False),
        )
        .where(GroupSessionRow.deleted.is_(False), *where)
        .group_by(GroupSessionRow.id)
        .order_by(
            GroupSessionRow.held_on.desc(), GroupSessionRow.start_time.desc(), GroupSessionRow.id
        )
        .limit(limit)
    )
    return [
        SessionSummary(
            r.id,
            r.group_id,
            r.held_on,
            r.start_time,
            r.duration_minutes,
            r.module,
            r.location,
            SessionStatus(r.status),
            r.cancel_reason,
            r.recorded_by,
            int(p),
            int(a),
            int(e),
        )
        for r, p, a, e in s.execute(stmt)
    ]


def roster_query(actor: Actor, group_id: str, on: date | None) -> Select[Any]:
    """Members of a group on ``on`` (now when None) that ``actor`` may see, by name."""
    return (
        select(ParticipantRow)
        .where(
            ParticipantRow.id.in_(current_members(group_id, on)),
            ParticipantRow.deleted.is_(False),
            visible_participants(actor),
        )
        .order_by(ParticipantRow.search_last, ParticipantRow.search_first, ParticipantRow.id)
    )


class SessionQueries:
    """Read group sessions back: the roster to tick, a group's recent sessions, one session."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def roster_for_session(
        self, actor: Actor, group_id: str, on: date | None = None
    ) -> tuple[RosterEntry, ...]:
        """The members to tick for a session on ``on`` (default: the current members)."""
        actor = permit(self.store, actor, Action.SESSION_VIEW, "session", self.clock)
        with self.store.uow(write=False) as uow:
            s = uow.session
            group = load_group(s, actor, group_id)
            return tuple(
                RosterEntry(
                    p.id,
                    p.doc_number,
                    p.legal_last_name,
                    p.legal_first_name,
                    p.preferred_name,
                    p.housing_unit,
                )
                for p in s.scalars(roster_query(actor, group.id, on))
            )

    def recent_sessions(
        self, actor: Actor, group_id: str, limit: int = 20
    ) -> tuple[SessionSummary, ...]:
        """A group's latest sessions (held and cancelled) with attendance counts."""
        actor = permit(self.store, actor, Action.SESSION_VIEW, "session", self.clock)
        with self.store.uow(write=False) as uow:
            s = uow.session
            group = load_group(s, actor, group_id)
            where = [GroupSessionRow.group_id == group.id]
            return tuple(session_summaries(s, where, max(1, min(limit, 500))))

    def get(self, actor: Actor, session_id: str) -> SessionDetail:
        """One session with its facilitators and the attendance of members the actor sees."""
        actor = permit(self.store, actor, Action.SESSION_VIEW, "session", self.clock)
        with self.store.uow(write=False) as uow:
            s = uow.session
            found = session_summaries(
                s,
                [
                    GroupSessionRow.id == session_id,
                    GroupSessionRow.group_id.in_(
                        select(GroupRow.id).where(
                            GroupRow.deleted.is_(False), visible_groups(actor)
                        )
                    ),
                ],
                1,
            )
            if not found:
                raise NotFound("session", session_id)
            facilitators = s.scalars(
                select(SessionFacilitatorRow.mentor_id)
                .where(
                    SessionFacilitatorRow.session_id == session_id,
                    SessionFacilitatorRow.deleted.is_(False),
                )
                .order_by(SessionFacilitatorRow.mentor_id)
            )
            attendance = s.execute(
                select(AttendanceRow)
                .join(ParticipantRow, ParticipantRow.id == AttendanceRow.participant_id)
                .where(
                    AttendanceRow.session_id == session_id,
                    AttendanceRow.deleted.is_(False),
                    ParticipantRow.deleted.is_(False),
                    visible_participants(actor),
                )
                .order_by(ParticipantRow.search_last, ParticipantRow.search_first)
            ).scalars()
            return SessionDetail(
                found[0],
                tuple(facilitators),
                tuple(
                    AttendanceEntry(a.participant_id, _A(a.status), a.reason_code, a.note)
                    for a in attendance
                ),
            )


@dataclass(frozen=True)
class SessionItem:
    """A group session the participant was on the roster of."""

    on: date
    at: str
    session_id: str
    group_id: str
    group_name: str
    start_time: str
    module: str
    attendance: AttendanceStatus
    reason_code: str


@dataclass(frozen=True)
class ContactItem:
    """A one-on-one contact (held or cancelled)."""

    on: date
    at: str
    contact_id: str
    match_id: str
    mode: ContactMode
    duration_minutes: int
    status: SessionStatus
    cancel_reason: str


@dataclass(frozen=True)
class StatusItem:
    """A change of the participant's status."""

    on: date
    at: str
    status: str
    recorded_by: str


@dataclass(frozen=True)
class NoteItem:
    """A note the reader may read; ``on`` is the UTC day it was written."""

    on: date
    at: str
    note: NoteView


TimelineItem = SessionItem | ContactItem | StatusItem | NoteItem


@dataclass(frozen=True)
class Timeline:
    """A participant's events, newest first (``on`` descending, then ``at``)."""

    participant_id: str
    items: tuple[TimelineItem, ...]


class TimelineService:
    """Reads a participant's history across sessions, contacts, statuses and notes."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def participant_timeline(self, actor: Actor, participant_id: str, limit: int = 200) -> Timeline:
        """The newest ``limit`` events of a participant's history, newest first."""
        actor = permit(self.store, actor, Action.SESSION_VIEW, "participant", self.clock)
        limit = max(1, min(limit, 1000))
        with self.store.uow() as uow:
            s = uow.session
            pid = load_participant(s, actor, participant_id).id
            items: list[TimelineItem] = []
            sessions = (
                select(AttendanceRow, GroupSessionRow, GroupRow.name)
                .join(GroupSessionRow, GroupSessionRow.id == AttendanceRow.session_id)
                .join(GroupRow, GroupRow.id == GroupSessionRow.group_id)
                .where(
                    AttendanceRow.participant_id == pid,
                    AttendanceRow.deleted.is_(False),
                    GroupSessionRow.deleted.is_(False),
                    GroupRow.deleted.is_(False),
                    visible_groups(actor),
                )
                .order_by(GroupSessionRow.held_on.desc(), GroupSessionRow.created_at.desc())
                .limit(limit)
            )
            for a, g, name in s.execute(sessions):
                items.append(
                    SessionItem(
                        g.held_on,
                        g.created_at,
                        g.id,
                        g.group_id,
                        name,
                        g.start_time,
                        g.module,
                        AttendanceStatus(a.status),
                        a.reason_code,
                    )
                )
            contacts = (
                select(ContactRow)
                .join(MatchRow, MatchRow.id == ContactRow.match_id)
                .where(
                    ContactRow.participant_id == pid,
                    ContactRow.deleted.is_(False),
                    MatchRow.deleted.is_(False),
                    visible_matches(actor),
                )
                .order_by(ContactRow.contact_on.desc(), ContactRow.created_at.desc())
                .limit(limit)
            )
            for c in s.scalars(contacts):
                items.append(
                    ContactItem(
                        c.contact_on,
                        c.created_at,
                        c.id,
                        c.match_id,
                        ContactMode(c.mode),
                        c.duration_minutes,
                        SessionStatus(c.status),
                        c.cancel_reason,
                    )
                )
            statuses = (
                select(ParticipantStatusRow)
                .where(
                    ParticipantStatusRow.participant_id == pid,
                    ParticipantStatusRow.deleted.is_(False),
                )
                .order_by(
                    ParticipantStatusRow.effective_date.desc(), ParticipantStatusRow.stamp.desc()
                )
                .limit(limit)
            )
            for h in s.scalars(statuses):
                items.append(StatusItem(h.effective_date, h.created_at, h.status, h.recorded_by))
            notes: list[NoteView] = []
            if is_allowed(actor.role, Action.NOTE_READ_GENERAL):
                notes = [
                    note_view(n)
                    for n in s.scalars(
                        select(NoteRow)
                        .where(
                            NoteRow.participant_id == pid,
                            NoteRow.deleted.is_(False),
                            readable_notes(actor),
                        )
                        .order_by(NoteRow.written_at.desc())
                        .limit(limit)
                    )
                ]
                items.extend(
                    NoteItem(date.fromisoformat(n.written_at[:10]), n.written_at, n) for n in notes
                )
            items.sort(key=lambda i: (i.on, i.at), reverse=True)
            shown = tuple(items[:limit])
            w = RecordWriter(s, actor, self.clock())
            w.audit("timeline.view", "participant", pid)
            if any(isinstance(i, NoteItem) for i in shown):
                audit_views(w, [pid])
            return Timeline(pid, shown)
