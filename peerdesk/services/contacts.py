"""One-on-one contacts between a mentor and a participant within a match.

A contact is recorded for an active or paused match the actor may see (a peer educator: only
their own matches), dated no earlier than the match started and not in the future. A planned
contact that did not happen is recorded as cancelled, with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import ContactRow, MatchRow, MentorRow, ParticipantRow
from peerdesk.db.store import Store
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.roles import Action, is_allowed
from peerdesk.domain.session_rules import (
    CancelReason,
    ContactMode,
    SessionStatus,
    check_duration,
    check_not_future,
    choice,
)
from peerdesk.services.actor import Actor
from peerdesk.services.contact_queries import (
    CONTACT_MATCH_STATUSES as CONTACT_MATCH_STATUSES,  # re-exported: defined with the search
)
from peerdesk.services.contact_queries import (
    MatchChoicePage,
    check_search,
    find_open_matches,
)
from peerdesk.services.records import RecordWriter, permit
from peerdesk.services.visibility import own_mentor_ids, visible_participants


def visible_matches(actor: Actor) -> ColumnElement[bool]:
    """Condition on ``MatchRow``: every match, or for a peer educator only their own.

    Raises:
        PermissionDenied: the role may see no participants at all.
    """
    if is_allowed(actor.role, Action.PARTICIPANT_VIEW_ALL):
        return true()
    if not is_allowed(actor.role, Action.PARTICIPANT_VIEW_ASSIGNED):
        raise PermissionDenied(Action.PARTICIPANT_VIEW_ALL.value, actor.role.value)
    return MatchRow.mentor_id.in_(select(MentorRow.id).where(own_mentor_ids(actor)))


@dataclass(frozen=True)
class ContactDraft:
    """What a person enters for a contact that took place."""

    match_id: str
    duration_minutes: int
    mode: str
    contact_on: date | None = None  # None: today


@dataclass(frozen=True)
class ContactSummary:
    """A recorded contact (duration 0 when cancelled)."""

    id: str
    match_id: str
    participant_id: str
    contact_on: date
    duration_minutes: int
    mode: ContactMode
    status: SessionStatus
    cancel_reason: str
    recorded_by: str


def contact_summary(r: ContactRow) -> ContactSummary:
    return ContactSummary(
        r.id,
        r.match_id,
        r.participant_id,
        r.contact_on,
        r.duration_minutes,
        ContactMode(r.mode),
        SessionStatus(r.status),
        r.cancel_reason,
        r.recorded_by,
    )


class ContactService:
    """Record one-on-one contacts and list a match's contacts."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def _load_match(self, s: Session, actor: Actor, match_id: str) -> MatchRow:
        row = s.scalars(
            select(MatchRow)
            .join(ParticipantRow, ParticipantRow.id == MatchRow.participant_id)
            .where(
                MatchRow.id == match_id,
                MatchRow.deleted.is_(False),
                ParticipantRow.deleted.is_(False),
                visible_participants(actor),
                visible_matches(actor),
            )
        ).first()
        if row is None:
            raise NotFound("match", match_id)
        return row

    def _add(
        self,
        actor: Actor,
        match_id: str,
        day: date,
        minutes: int,
        mode: ContactMode,
        reason: CancelReason | None,
    ) -> ContactSummary:
        with self.store.uow() as uow:
            s = uow.session
            match = self._load_match(s, actor, match_id)
            if match.status not in CONTACT_MATCH_STATUSES:
                raise ValidationError(
                    "match_id", "Contacts are recorded only for an active or paused match."
                )
            start = match.started_on or match.proposed_on
            if day < start:
                raise ValidationError("contact_on", "The contact date is before the match began.")
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                ContactRow,
                match_id=match.id,
                participant_id=match.participant_id,
                contact_on=day,
                duration_minutes=minutes,
                mode=mode.value,
                status=(SessionStatus.CANCELLED if reason else SessionStatus.HELD).value,
                cancel_reason=reason.value if reason else "",
                recorded_by=actor.username,
            )
            w.audit("contact.cancel" if reason else "contact.record", "contact", row.id)
            return contact_summary(row)

    def record(self, actor: Actor, draft: ContactDraft) -> ContactSummary:
        """Record a contact that took place (1 to 600 minutes, in person, phone, video, letter)."""
        actor = permit(self.store, actor, Action.SESSION_RECORD, "contact", self.clock)
        today = self.clock().date()
        day = check_not_future(draft.contact_on or today, today, "contact_on", "The contact date")
        minutes = check_duration(draft.duration_minutes)
        mode = choice(ContactMode, draft.mode, "mode", "The contact mode")
        return self._add(actor, draft.match_id, day, minutes, mode, None)

    def record_cancelled(
        self,
        actor: Actor,
        match_id: str,
        reason: str,
        *,
        contact_on: date | None = None,
        mode: str = ContactMode.IN_PERSON,
    ) -> ContactSummary:
        """Record a planned contact that did not happen, and why (duration 0)."""
        actor = permit(self.store, actor, Action.SESSION_RECORD, "contact", self.clock)
        today = self.clock().date()
        day = check_not_future(contact_on or today, today, "contact_on", "The contact date")
        why = choice(CancelReason, reason, "cancel_reason", "The reason")
        planned = choice(ContactMode, mode, "mode", "The contact mode")
        return self._add(actor, match_id, day, 0, planned, why)

    def find_open_matches(self, actor: Actor, text: str = "", limit: int = 50) -> MatchChoicePage:
        """Active or paused matches the actor may see (a peer educator: their own) whose
        participant's name or DOC number, or mentor's name, starts with what was typed.

        Raises:
            PermissionDenied: the role may not see contacts.
            ValidationError: the search text is too long.
        """
        actor = permit(self.store, actor, Action.SESSION_VIEW, "contact", self.clock)
        text, limit = check_search(text, limit)
        with self.store.uow(write=False) as uow:
            return find_open_matches(uow.session, actor, visible_matches(actor), text, limit)

    def for_match(self, actor: Actor, match_id: str, limit: int = 50) -> tuple[ContactSummary, ...]:
        """A match's contacts, newest first."""
        actor = permit(self.store, actor, Action.SESSION_VIEW, "contact", self.clock)
        with self.store.uow(write=False) as uow:
            s = uow.session
            match = self._load_match(s, actor, match_id)
            rows = s.scalars(
                select(ContactRow)
                .where(ContactRow.match_id == match.id, ContactRow.deleted.is_(False))
                .order_by(ContactRow.contact_on.desc(), ContactRow.created_at.desc())
                .limit(max(1, min(limit, 1000)))
            )
            return tuple(contact_summary(r) for r in rows)
