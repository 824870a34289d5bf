"""Recording group sessions: held (with attendance) or cancelled, and correcting attendance.

Recording a session is one unit of work: the session, its facilitators, one attendance row per
member on the roster, and any per-member notes. The roster is the group's members on the day
of the session (joined on or before it, not left by then) that the recorder may see; a peer
educator no longer sees someone who has left the group, so a back-dated roster of theirs lists
only members still in it. Attendance is corrected by the recorder or a coordinator within
``session_rules.EDIT_WINDOW_DAYS`` days of recording. Reads are in ``services.timeline``.

Per-member text, decided here: each ``AttendanceMark`` may carry

- ``remark``: a short, non-confidential remark about the attendance itself ("arrived late"),
  stored on the attendance row and shown wherever attendance is shown (to auditors too);
- ``note``: a note about that member in this session. It becomes a ``NoteRow`` for that
  participant linked to the session, with its own sensitivity and the usual note rules
  (peer educators: general or sensitive, co-signature needed). There is no single "session
  note" shared by all attendees: notes are always about one participant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import (
    AttendanceRow,
    GroupFacilitatorRow,
    GroupSessionRow,
    MentorRow,
    ParticipantRow,
    SessionFacilitatorRow,
)
from peerdesk.db.store import Store
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.note_rules import Sensitivity
from peerdesk.domain.roles import Action
from peerdesk.domain.session_rules import (
    EDIT_WINDOW_DAYS,
    AttendanceStatus,
    CancelReason,
    EditRefusal,
    SessionStatus,
    check_attendance_edit,
    check_duration,
    check_mark,
    check_not_future,
    check_roster,
    choice,
    clean_text,
    parse_start_time,
)
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.groups import load_group, load_session
from peerdesk.services.notes import check_note, insert_note
from peerdesk.services.records import RecordWriter, deny, permit
from peerdesk.services.timeline import SessionSummary, roster_query, session_summaries


@dataclass(frozen=True)
class AttendanceMark:
    """One member's attendance as ticked on the roster (see the module notes on text)."""

    participant_id: str
    status: str
    reason_code: str = ""
    remark: str = ""
    note: str = ""
    note_sensitivity: str = Sensitivity.GENERAL


@dataclass(frozen=True)
class SessionDraft:
    """A group session that took place. ``None`` fields take the group's values or today."""

    group_id: str
    start_time: str
    duration_minutes: int
    attendance: tuple[AttendanceMark, ...]
    held_on: date | None = None
    module: str = ""
    location: str | None = None
    facilitator_ids: tuple[str, ...] | None = None


@dataclass(frozen=True)
class _Mark:
    pid: str
    status: AttendanceStatus
    reason: str
    remark: str
    note: str
    sensitivity: Sensitivity


class SessionService:
    """Record group sessions: held (with attendance) or cancelled, and correct attendance."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def _require(self, actor: Actor, action: Action) -> Actor:
        return permit(self.store, actor, action, "session", self.clock)

    def _clean_marks(self, actor: Actor, marks: Sequence[AttendanceMark]) -> list[_Mark]:
        cleaned = []
        for m in marks:
            status, reason = check_mark(m.status, m.reason_code)
            remark = clean_text(m.remark, "remark", "The remark", 200)
            note, sens = ("", Sensitivity.GENERAL)
            if m.note.strip():
                note, sens = check_note(actor, m.note, m.note_sensitivity, field="note")
            cleaned.append(_Mark(m.participant_id, status, reason, remark, note, sens))
        if any(m.note for m in cleaned):
            require(self.store, actor, Action.NOTE_WRITE, object_type="note", clock=self.clock)
        return cleaned

    @staticmethod
    def _check_free_slot(s: Session, group_id: str, held_on: date, start_time: str) -> None:
        clash = s.scalars(
            select(GroupSessionRow.id).where(
                GroupSessionRow.group_id == group_id,
                GroupSessionRow.held_on == held_on,
                GroupSessionRow.start_time == start_time,
                GroupSessionRow.deleted.is_(False),
            )
        ).first()
        if clash:
            raise ValidationError(
                "start_time", "A session of this group is already recorded for that day and time."
            )

    @staticmethod
    def _facilitators(s: Session, group_id: str, given: tuple[str, ...] | None) -> list[str]:
        if given is None:
            return list(
                s.scalars(
                    select(GroupFacilitatorRow.mentor_id)
                    .join(MentorRow, MentorRow.id == GroupFacilitatorRow.mentor_id)
                    .where(
                        GroupFacilitatorRow.group_id == group_id,
                        GroupFacilitatorRow.deleted.is_(False),
                        MentorRow.deleted.is_(False),
                    )
                    .order_by(GroupFacilitatorRow.mentor_id)
                )
            )
        if len(set(given)) != len(given):
            raise ValidationError("facilitator_ids", "A facilitator is listed twice.")
        known = set(
            s.scalars(
                select(MentorRow.id).where(MentorRow.id.in_(given), MentorRow.deleted.is_(False))
            )
        )
        if known != set(given):
            raise ValidationError("facilitator_ids", "A facilitator is not a known mentor.")
        return list(given)

    # --- recording ---------------------------------------------------------------------------
    def record(self, actor: Actor, draft: SessionDraft) -> SessionSummary:
        """Record a held session with one attendance mark per member on the roster."""
        actor = self._require(actor, Action.SESSION_RECORD)
        today = self.clock().date()
        held_on = check_not_future(draft.held_on or today, today, "held_on", "The session date")
        start = parse_start_time(draft.start_time)
        minutes = check_duration(draft.duration_minutes)
        module = clean_text(draft.module, "module", "The module", 120)
        marks = self._clean_marks(actor, draft.attendance)
        with self.store.uow() as uow:
            s = uow.session
            group = load_group(s, actor, draft.group_id)
            if not group.active:
                raise ValidationError("group_id", "This group is no longer active.")
            location = clean_text(
                group.location if draft.location is None else draft.location,
                "location",
                "The location",
                120,
            )
            self._check_free_slot(s, group.id, held_on, start)
            facilitators = self._facilitators(s, group.id, draft.facilitator_ids)
            roster = set(
                s.scalars(
                    roster_query(actor, group.id, held_on).with_only_columns(ParticipantRow.id)
                )
            )
            check_roster(roster, [m.pid for m in marks])
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                GroupSessionRow,
                group_id=group.id,
                module=module,
                held_on=held_on,
                start_time=start,
                duration_minutes=minutes,
                location=location,
                status=SessionStatus.HELD.value,
                cancel_reason="",
                recorded_by=actor.username,
            )
            for mentor_id in facilitators:
                w.insert(SessionFacilitatorRow, session_id=row.id, mentor_id=mentor_id)
            for m in marks:
                w.insert(
                    AttendanceRow,
                    session_id=row.id,
                    participant_id=m.pid,
                    status=m.status.value,
                    reason_code=m.reason,
                    note=m.remark,
                )
            w.audit("session.record", "session", row.id)
            for m in marks:
                if m.note:
                    insert_note(w, m.pid, m.note, m.sensitivity, session_id=row.id)
            s.flush()
            return session_summaries(s, [GroupSessionRow.id == row.id], 1)[0]

    def record_cancelled(
        self,
        actor: Actor,
        group_id: str,
        reason: str,
        *,
        held_on: date | None = None,
        start_time: str = "",
        module: str = "",
    ) -> SessionSummary:
        """Record a planned session that did not take place, and why (no attendance)."""
        actor = self._require(actor, Action.SESSION_RECORD)
        today = self.clock().date()
        day = check_not_future(held_on or today, today, "held_on", "The session date")
        why = choice(CancelReason, reason, "cancel_reason", "The reason")
        start = parse_start_time(start_time, required=False)
        module_text = clean_text(module, "module", "The module", 120)
        with self.store.uow() as uow:
            s = uow.session
            group = load_group(s, actor, group_id)
            self._check_free_slot(s, group.id, day, start)
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                GroupSessionRow,
                group_id=group.id,
                module=module_text,
                held_on=day,
                start_time=start,
                duration_minutes=0,
                location=group.location,
                status=SessionStatus.CANCELLED.value,
                cancel_reason=why.value,
                recorded_by=actor.username,
            )
            w.audit("session.cancel", "session", row.id)
            s.flush()
            return session_summaries(s, [GroupSessionRow.id == row.id], 1)[0]

    def edit_attendance(
        self, actor: Actor, session_id: str, marks: Sequence[AttendanceMark]
    ) -> int:
        """Correct some members' attendance; returns how many rows changed.

        Only the recorder or a coordinator, within ``EDIT_WINDOW_DAYS`` days of recording.
        A note given with a mark is added as a new note (notes are never rewritten here).
        """
        actor = self._require(actor, Action.SESSION_RECORD)
        now = self.clock()
        cleaned = self._clean_marks(actor, marks)
        with self.store.uow() as uow:
            s = uow.session
            row = load_session(s, actor, session_id)
            refusal = check_attendance_edit(
                actor.role,
                actor.username,
                row.recorded_by,
                date.fromisoformat(row.created_at[:10]),
                now.date(),
            )
            if refusal is EditRefusal.NOT_RECORDER:
                raise deny(uow, actor, "session.attendance_edit", "session", row.id, now)
            if refusal is EditRefusal.TOO_LATE:
                raise ValidationError(
                    "session_id",
                    f"Attendance can only be corrected within {EDIT_WINDOW_DAYS} days "
                    "of recording it.",
                )
            if row.status != SessionStatus.HELD.value:
                raise ValidationError("session_id", "A cancelled session has no attendance.")
            existing = {
                a.participant_id: a
                for a in s.scalars(
                    select(AttendanceRow).where(
                        AttendanceRow.session_id == row.id, AttendanceRow.deleted.is_(False)
                    )
                )
            }
            pids = [m.pid for m in cleaned]
            if len(set(pids)) != len(pids):
                raise ValidationError("attendance", "A member is marked more than once.")
            if any(pid not in existing for pid in pids):
                raise ValidationError(
                    "attendance", "Someone who is not on this session's roster was marked."
                )
            w = RecordWriter(s, actor, now)
            changed = 0
            for m in cleaned:
                if w.update(
                    existing[m.pid], status=m.status.value, reason_code=m.reason, note=m.remark
                ):
                    changed += 1
            notes = [m for m in cleaned if m.note]
            if changed or notes:
                w.audit("session.attendance_edit", "session", row.id)
            for m in notes:
                insert_note(w, m.pid, m.note, m.sensitivity, session_id=row.id)
            return changed
