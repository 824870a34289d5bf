"""Recording a one-on-one contact and its note in one unit of work, and the matches to pick from.

``ContactService.record`` and ``NoteService.write`` each open their own unit of work, so a
contact saved with a note through them could keep the contact and lose the note. The screen
that records a contact calls :meth:`ContactRecordingService.record_contact` instead: the contact and
its note are written together or not at all, under the same rules as those two services.
(Group sessions need nothing extra: ``SessionService.record`` already writes the session, its
attendance and the per-member notes in one unit of work.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from peerdesk.db.models import ContactRow, MatchRow, MentorRow, ParticipantRow
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.note_rules import Sensitivity
from peerdesk.domain.roles import Action
from peerdesk.domain.session_rules import (
    ContactMode,
    SessionStatus,
    check_duration,
    check_not_future,
    choice,
)
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.contact_queries import MatchChoice
from peerdesk.services.contacts import (
    CONTACT_MATCH_STATUSES,
    ContactService,
    ContactSummary,
    contact_summary,
    visible_matches,
)
from peerdesk.services.notes import check_note, insert_note
from peerdesk.services.records import RecordWriter, permit
from peerdesk.services.visibility import visible_participants

#: A match a contact can be recorded for, as the picker shows it (the search's row type).
OpenMatch = MatchChoice


@dataclass(frozen=True)
class ContactEntry:
    """A contact that took place, with an optional note about the participant."""

    match_id: str
    duration_minutes: int
    mode: str
    contact_on: date | None = None  # None: today
    note: str = ""
    note_sensitivity: str = Sensitivity.GENERAL


@dataclass(frozen=True)
class RecordedContact:
    """The contact written, and the id of its note (``""`` when there was none)."""

    contact: ContactSummary
    note_id: str


class ContactRecordingService(ContactService):
    """Lists the matches the actor may record contacts for; records a contact with its note."""

    def open_matches(self, actor: Actor, limit: int = 500) -> tuple[OpenMatch, ...]:
        """Active or paused matches the actor may see (a peer educator: their own), by name."""
        actor = permit(self.store, actor, Action.SESSION_VIEW, "contact", self.clock)
        stmt = (
            select(MatchRow, ParticipantRow, MentorRow)
            .join(ParticipantRow, ParticipantRow.id == MatchRow.participant_id)
            .join(MentorRow, MentorRow.id == MatchRow.mentor_id)
            .where(
                MatchRow.deleted.is_(False),
                MatchRow.status.in_(CONTACT_MATCH_STATUSES),
                ParticipantRow.deleted.is_(False),
                visible_participants(actor),
                visible_matches(actor),
            )
            .order_by(ParticipantRow.search_last, ParticipantRow.search_first, MatchRow.id)
            .limit(max(1, min(limit, 5000)))
        )
        with self.store.uow(write=False) as uow:
            return tuple(
                OpenMatch(
                    m.id,
                    p.id,
                    f"{p.legal_last_name}, {p.preferred_name or p.legal_first_name}",
                    p.doc_number,
                    f"{mentor.first_name} {mentor.last_name}",
                    m.started_on or m.proposed_on,
                )
                for m, p, mentor in uow.session.execute(stmt)
            )

    def record_contact(self, actor: Actor, entry: ContactEntry) -> RecordedContact:
        """Record a contact that took place and, when given, a note about it: both or neither.

        Raises:
            PermissionDenied: the role may not record contacts (or write that note).
            ValidationError: a bad date, duration, mode, note or sensitivity; a match that
                is not active or paused; a date before the match began.
            NotFound: the match does not exist or the actor may not see it.
        """
        actor = permit(self.store, actor, Action.SESSION_RECORD, "contact", self.clock)
        today = self.clock().date()
        day = check_not_future(entry.contact_on or today, today, "contact_on", "The contact date")
        minutes = check_duration(entry.duration_minutes)
        mode = choice(ContactMode, entry.mode, "mode", "The contact mode")
        note, sens = "", Sensitivity.GENERAL
        if entry.note.strip():
            note, sens = check_note(actor, entry.note, entry.note_sensitivity, field="note")
            require(self.store, actor, Action.NOTE_WRITE, object_type="note", clock=self.clock)
        with self.store.uow() as uow:
            s = uow.session
            match = self._load_match(s, actor, entry.match_id)
            if match.status not in CONTACT_MATCH_STATUSES:
                raise ValidationError(
                    "match_id", "Contacts are recorded only for an active or paused match."
                )
            if day < (match.started_on or match.proposed_on):
                raise ValidationError("contact_on", "The contact date is before the match began.")
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                ContactRow,
                match_id=match.id,
                participant_id=match.participant_id,
                contact_on=day,
                duration_minutes=minutes,
                mode=mode.value,
                status=SessionStatus.HELD.value,
                cancel_reason="",
                recorded_by=actor.username,
            )
            w.audit("contact.record", "contact", row.id)
            note_id = ""
            if note:
                note_id = insert_note(w, match.participant_id, note, sens, contact_id=row.id).id
            return RecordedContact(contact_summary(row), note_id)
