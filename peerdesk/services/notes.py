"""Notes on a participant, attached to a group session or a one-on-one contact.

Who reads what is ``domain.note_rules.can_read``; ``readable_notes`` is the same rule as an SQL
condition, so lists never load a note the reader may not see. Every read of notes through this
service writes a ``note.view`` entry (with the participant's id) to the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, iso, utcnow
from peerdesk.db.models import (
    AttendanceRow,
    ContactRow,
    MatchRow,
    NoteRow,
    ParticipantRow,
)
from peerdesk.db.store import Store
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.note_rules import (
    CosignRefusal,
    Sensitivity,
    can_edit,
    can_tombstone,
    can_write,
    clean_body,
    cosign_refusal,
    needs_cosign,
    parse_sensitivity,
)
from peerdesk.domain.roles import Action, is_allowed
from peerdesk.services.actor import Actor
from peerdesk.services.contacts import visible_matches
from peerdesk.services.groups import load_session
from peerdesk.services.records import RecordWriter, deny, load_participant, permit
from peerdesk.services.visibility import visible_participants

S = Sensitivity


def readable_notes(actor: Actor) -> ColumnElement[bool]:
    """Condition on ``NoteRow``: the notes ``actor`` may read (``note_rules.can_read`` in SQL)."""
    role, sens = actor.role, NoteRow.sensitivity
    conditions: list[ColumnElement[bool]] = []
    if is_allowed(role, Action.NOTE_READ_GENERAL):
        conditions.append(sens == S.GENERAL.value)
    if is_allowed(role, Action.NOTE_READ_SENSITIVE):
        conditions.append(sens == S.SENSITIVE.value)
    elif is_allowed(role, Action.NOTE_READ_GENERAL):
        conditions.append(and_(sens == S.SENSITIVE.value, NoteRow.author == actor.username))
    if is_allowed(role, Action.NOTE_READ_SUD):
        conditions.append(sens == S.SUD.value)
    return or_(false(), *conditions)


@dataclass(frozen=True)
class NoteView:
    """A note as its reader sees it."""

    id: str
    participant_id: str
    session_id: str | None
    contact_id: str | None
    author: str
    author_role: str
    written_at: str
    sensitivity: Sensitivity
    body: str
    needs_cosign: bool
    cosigned_by: str
    cosigned_at: str


def note_view(r: NoteRow) -> NoteView:
    return NoteView(
        r.id,
        r.participant_id,
        r.session_id,
        r.contact_id,
        r.author,
        r.author_role,
        r.written_at,
        Sensitivity(r.sensitivity),
        r.body,
        r.needs_cosign,
        r.cosigned_by,
        r.cosigned_at,
    )


def check_note(actor: Actor, body: str, sensitivity: str, field: str = "body") -> tuple[str, S]:
    """Clean a note's text and sensitivity; the actor's role must be allowed to write it."""
    sens = parse_sensitivity(sensitivity)
    if not can_write(actor.role, sens):
        raise ValidationError(
            "sensitivity",
            "Your role cannot write substance-use treatment notes."
            if sens is S.SUD
            else "Your role cannot write notes of this sensitivity.",
        )
    return clean_body(body, field), sens


def insert_note(
    w: RecordWriter,
    participant_id: str,
    body: str,
    sensitivity: Sensitivity,
    *,
    session_id: str | None = None,
    contact_id: str | None = None,
) -> NoteRow:
    """Write a checked note in the caller's unit of work (used by sessions too)."""
    row = w.insert(
        NoteRow,
        participant_id=participant_id,
        session_id=session_id,
        contact_id=contact_id,
        author=w.actor.username,
        author_role=w.actor.role.value,
        written_at=iso(w.now),
        sensitivity=sensitivity.value,
        body=body,
        needs_cosign=needs_cosign(w.actor.role),
        cosigned_by="",
        cosigned_at="",
    )
    w.audit("note.create", "note", row.id)
    return row


def audit_views(w: RecordWriter, participant_ids: Sequence[str]) -> None:
    """One ``note.view`` entry per participant whose notes were read."""
    for pid in dict.fromkeys(participant_ids):
        w.audit("note.view", "participant", pid)


class NoteService:
    """Write, correct, co-sign, remove and read notes."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def _require(self, actor: Actor, action: Action) -> Actor:
        return permit(self.store, actor, action, "note", self.clock)

    def _load(self, s: Session, actor: Actor, note_id: str) -> NoteRow:
        row = s.scalars(
            select(NoteRow)
            .join(ParticipantRow, ParticipantRow.id == NoteRow.participant_id)
            .where(
                NoteRow.id == note_id,
                NoteRow.deleted.is_(False),
                ParticipantRow.deleted.is_(False),
                visible_participants(actor),
                readable_notes(actor),
            )
        ).first()
        if row is None:
            raise NotFound("note", note_id)
        return row

    def _check_attachment(
        self,
        s: Session,
        actor: Actor,
        participant_id: str,
        session_id: str | None,
        contact_id: str | None,
    ) -> None:
        if (session_id is None) == (contact_id is None):
            raise ValidationError(
                "session_id", "Attach the note to one group session or to one contact."
            )
        load_participant(s, actor, participant_id)  # visible and live, or NotFound
        if session_id is not None:
            load_session(s, actor, session_id)
            on_roster = s.scalars(
                select(AttendanceRow.id).where(
                    AttendanceRow.session_id == session_id,
                    AttendanceRow.participant_id == participant_id,
                    AttendanceRow.deleted.is_(False),
                )
            ).first()
            if on_roster is None:
                raise ValidationError(
                    "session_id", "This person was not on the roster of that session."
                )
        else:
            contact = s.scalars(
                select(ContactRow)
                .join(MatchRow, MatchRow.id == ContactRow.match_id)
                .where(
                    ContactRow.id == contact_id,
                    ContactRow.deleted.is_(False),
                    MatchRow.deleted.is_(False),
                    visible_matches(actor),
                )
            ).first()
            if contact is None:
                raise NotFound("contact", str(contact_id))
            if contact.participant_id != participant_id:
                raise ValidationError("contact_id", "That contact was with someone else.")

    # --- changes -------------------------------------------------------------------------------
    def write(
        self,
        actor: Actor,
        participant_id: str,
        body: str,
        sensitivity: str = S.GENERAL,
        *,
        session_id: str | None = None,
        contact_id: str | None = None,
    ) -> NoteView:
        """Write a note about a participant on a session they were on or a contact they had.

        Notes by peer educators wait for a co-signature; peer educators cannot write
        substance-use treatment (``sud``) notes.
        """
        actor = self._require(actor, Action.NOTE_WRITE)
        text, sens = check_note(actor, body, sensitivity)
        with self.store.uow() as uow:
            s = uow.session
            self._check_attachment(s, actor, participant_id, session_id, contact_id)
            w = RecordWriter(s, actor, self.clock())
            row = insert_note(
                w, participant_id, text, sens, session_id=session_id, contact_id=contact_id
            )
            return note_view(row)

    def addendum(
        self, actor: Actor, note_id: str, body: str, sensitivity: str | None = None
    ) -> NoteView:
        """A new note on the same participant and session or contact as an earlier one."""
        actor = self._require(actor, Action.NOTE_WRITE)
        with self.store.uow() as uow:
            s = uow.session
            original = self._load(s, actor, note_id)
            text, sens = check_note(actor, body, sensitivity or original.sensitivity)
            self._check_attachment(
                s, actor, original.participant_id, original.session_id, original.contact_id
            )
            w = RecordWriter(s, actor, self.clock())
            row = insert_note(
                w,
                original.participant_id,
                text,
                sens,
                session_id=original.session_id,
                contact_id=original.contact_id,
            )
            return note_view(row)

    def edit(self, actor: Actor, note_id: str, body: str, sensitivity: str | None = None) -> bool:
        """The author corrects a note not yet co-signed; False when nothing changed."""
        actor = self._require(actor, Action.NOTE_WRITE)
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            row = self._load(s, actor, note_id)
            if row.author != actor.username:
                raise deny(uow, actor, "note.edit", "note", row.id, now)
            if not can_edit(actor.username, row.author, bool(row.cosigned_by)):
                raise ValidationError(
                    "note_id", "A co-signed note cannot be changed; add an addendum instead."
                )
            text, sens = check_note(actor, body, sensitivity or row.sensitivity)
            w = RecordWriter(s, actor, now)
            if not w.update(row, body=text, sensitivity=sens.value):
                return False
            w.audit("note.edit", "note", row.id)
            return True

    def cosign(self, actor: Actor, note_id: str) -> NoteView:
        """A supervisor co-signs a peer educator's note (once, and never their own)."""
        actor = self._require(actor, Action.NOTE_COSIGN)
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            row = self._load(s, actor, note_id)
            refusal = cosign_refusal(actor.username, row.author, row.needs_cosign, row.cosigned_by)
            if refusal is CosignRefusal.OWN_NOTE:
                raise deny(uow, actor, "note.cosign", "note", row.id, now)
            if refusal is CosignRefusal.ALREADY:
                raise ValidationError("note_id", "This note is already co-signed.")
            if refusal is CosignRefusal.NOT_NEEDED:
                raise ValidationError("note_id", "This note does not need a co-signature.")
            w = RecordWriter(s, actor, now)
            w.update(row, cosigned_by=actor.username, cosigned_at=iso(now))
            w.audit("note.cosign", "note", row.id)
            return note_view(row)

    def tombstone(self, actor: Actor, note_id: str) -> None:
        """Remove a note: its author before co-signature, or a coordinator."""
        actor = self._require(actor, Action.NOTE_WRITE)
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            row = self._load(s, actor, note_id)
            if not can_tombstone(actor.role, actor.username, row.author, bool(row.cosigned_by)):
                raise deny(uow, actor, "note.delete", "note", row.id, now)
            w = RecordWriter(s, actor, now)
            w.tombstone(row)
            w.audit("note.delete", "note", row.id)

    # --- reads (audited) -----------------------------------------------------------------------
    def get(self, actor: Actor, note_id: str) -> NoteView:
        """One note the actor may read."""
        actor = self._require(actor, Action.NOTE_READ_GENERAL)
        with self.store.uow() as uow:
            row = self._load(uow.session, actor, note_id)
            audit_views(RecordWriter(uow.session, actor, self.clock()), [row.participant_id])
            return note_view(row)

    def for_participant(
        self, actor: Actor, participant_id: str, limit: int = 100
    ) -> tuple[NoteView, ...]:
        """The participant's notes the actor may read, newest first."""
        actor = self._require(actor, Action.NOTE_READ_GENERAL)
        with self.store.uow() as uow:
            s = uow.session
            person = load_participant(s, actor, participant_id).id
            rows = s.scalars(
                select(NoteRow)
                .where(
                    NoteRow.participant_id == person,
                    NoteRow.deleted.is_(False),
                    readable_notes(actor),
                )
                .order_by(NoteRow.written_at.desc(), NoteRow.id)
                .limit(max(1, min(limit, 1000)))
            ).all()
            audit_views(RecordWriter(s, actor, self.clock()), [person])
            return tuple(note_view(r) for r in rows)

    def awaiting_cosign(self, actor: Actor, limit: int = 100) -> tuple[NoteView, ...]:
        """Peer educators' notes still waiting for a co-signature, oldest first."""
        actor = self._require(actor, Action.NOTE_COSIGN)
        with self.store.uow() as uow:
            s = uow.session
            rows = s.scalars(
                select(NoteRow)
                .join(ParticipantRow, ParticipantRow.id == NoteRow.participant_id)
                .where(
                    NoteRow.needs_cosign.is_(True),
                    NoteRow.cosigned_by == "",
                    NoteRow.deleted.is_(False),
                    ParticipantRow.deleted.is_(False),
                    visible_participants(actor),
                    readable_notes(actor),
                )
                .order_by(NoteRow.written_at, NoteRow.id)
                .limit(max(1, min(limit, 1000)))
            ).all()
            audit_views(RecordWriter(s, actor, self.clock()), [r.participant_id for r in rows])
            return tuple(note_view(r) for r in rows)
