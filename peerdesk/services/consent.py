"""Consent to disclose: record, revoke, record the expiry event, read; and THE question.

Sync and reports ask whether consent covers a disclosure through this module only:
``consent_covers`` for one participant, ``covered_participants`` (the same rule as a SQL
condition on ``ParticipantRow.id``) for many. Both apply ``domain.consent_rules.is_in_force``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from peerdesk.db.models import ConsentRow, ParticipantRow
from peerdesk.domain.consent_rules import (
    ConsentTerms,
    check_revocation,
    clean_terms,
    event_expiry,
    is_in_force,
)
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.records import RecordWriter, ServiceBase, load_live, load_participant

OBJECT = "consent"


def consent_covers(
    session: Session, participant_id: str, recipient_site_id: str, on: date, *, sud: bool
) -> bool:
    """Whether a live consent of the participant lets the program disclose to the site on ``on``.

    Args:
        session: an open session (any unit of work).
        participant_id: whose records.
        recipient_site_id: the peerdesk site that would receive them.
        on: the day of the disclosure.
        sud: True for substance-use treatment records (42 CFR Part 2), False for general
            program data.
    """
    rows = session.scalars(
        select(ConsentRow).where(
            ConsentRow.participant_id == participant_id,
            ConsentRow.recipient_site_id == recipient_site_id,
            ConsentRow.deleted.is_(False),
        )
    )
    return any(is_in_force(r, on, sud) for r in rows)


def covered_participants(recipient_site_id: str, on: date, sud: bool) -> ColumnElement[bool]:
    """Condition on ``ParticipantRow.id``: ``consent_covers`` is true for that participant."""
    c = ConsentRow
    return ParticipantRow.id.in_(
        select(c.participant_id).where(
            c.deleted.is_(False),
            c.recipient_site_id == recipient_site_id,
            (c.scope_sud if sud else c.scope_general).is_(True),
            c.signed_on <= on,
            or_(c.expires_on.is_(None), c.expires_on > on),
            or_(c.revoked_on.is_(None), c.revoked_on > on),
        )
    )


@dataclass(frozen=True)
class Consent:
    """One consent as recorded (the form's elements, its scope and any revocation)."""

    id: str
    participant_id: str
    discloser: str
    recipient_name: str
    recipient_site_id: str | None
    information: str
    purpose: str
    scope_general: bool
    scope_sud: bool
    signed_on: date
    expires_on: date | None
    expires_event: str
    right_to_revoke_explained: bool
    revoked_on: date | None
    recorded_by: str

    def in_force(self, on: date, *, sud: bool) -> bool:
        """Whether this consent allows disclosure on ``on`` (see ``consent_rules``)."""
        return is_in_force(self, on, sud)


def _consent(r: ConsentRow) -> Consent:
    return Consent(
        r.id,
        r.participant_id,
        r.discloser,
        r.recipient_name,
        r.recipient_site_id,
        r.information,
        r.purpose,
        r.scope_general,
        r.scope_sud,
        r.signed_on,
        r.expires_on,
        r.expires_event,
        r.right_to_revoke_explained,
        r.revoked_on,
        r.recorded_by,
    )


class ConsentService(ServiceBase):
    """Consents (CONSENT_MANAGE to record or revoke; readable with the participant)."""

    def record(self, actor: Actor, participant_id: str, terms: ConsentTerms) -> Consent:
        """Record a signed consent; every element 42 CFR 2.31 requires must be present."""
        self._require(actor, Action.CONSENT_MANAGE, OBJECT)
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            t = clean_terms(terms, now.date(), p.date_of_birth)
            w = RecordWriter(s, actor, now)
            row = w.insert(
                ConsentRow,
                participant_id=p.id,
                discloser=t.discloser,
                recipient_name=t.recipient_name,
                recipient_site_id=t.recipient_site_id,
                information=t.information,
                purpose=t.purpose,
                scope_general=t.scope_general,
                scope_sud=t.scope_sud,
                signed_on=t.signed_on,
                expires_on=t.expires_on,
                expires_event=t.expires_event,
                right_to_revoke_explained=t.right_to_revoke_explained,
                revoked_on=None,
                recorded_by=actor.username,
            )
            w.audit("consent.create", OBJECT, row.id)
            return _consent(row)

    def _load(self, s: Session, actor: Actor, consent_id: str) -> ConsentRow:
        row = load_live(s, ConsentRow, consent_id, OBJECT)
        load_participant(s, actor, row.participant_id)
        return row

    def revoke(self, actor: Actor, consent_id: str, revoked_on: date) -> Consent:
        """Record that the person revoked the consent on ``revoked_on`` (once; not undone)."""
        self._require(actor, Action.CONSENT_MANAGE, OBJECT)
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            row = self._load(s, actor, consent_id)
            check_revocation(row.signed_on, row.revoked_on, revoked_on, now.date())
            w = RecordWriter(s, actor, now)
            w.update(row, revoked_on=revoked_on)
            w.audit("consent.revoke", OBJECT, row.id)
            return _consent(row)

    def record_expiry_event(self, actor: Actor, consent_id: str, occurred_on: date) -> Consent:
        """The event the form names as the end of consent happened on ``occurred_on``."""
        self._require(actor, Action.CONSENT_MANAGE, OBJECT)
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            row = self._load(s, actor, consent_id)
            until = event_expiry(
                row.signed_on, row.expires_event, row.expires_on, occurred_on, now.date()
            )
            w = RecordWriter(s, actor, now)
            if w.update(row, expires_on=until):
                w.audit("consent.expire", OBJECT, row.id)
            return _consent(row)

    def list_for(self, actor: Actor, participant_id: str) -> tuple[Consent, ...]:
        """A participant's consents, newest signature first."""
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            rows = s.scalars(
                select(ConsentRow)
                .where(ConsentRow.participant_id == p.id, ConsentRow.deleted.is_(False))
                .order_by(ConsentRow.signed_on.desc(), ConsentRow.stamp.desc())
            )
            return tuple(_consent(r) for r in rows)
