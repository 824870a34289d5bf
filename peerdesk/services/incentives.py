"""Incentives awarded to participants or to peer educators and mentors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from peerdesk.db.models import IncentiveRow, MentorRow, ParticipantRow
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import (
    IncentiveKind,
    check_amount,
    check_fact_date,
    choice,
    text,
)
from peerdesk.services.actor import Actor
from peerdesk.services.records import RecordWriter, ServiceBase, load_live, load_participant
from peerdesk.services.visibility import visible_participants

OBJECT = "incentive"


@dataclass(frozen=True)
class Incentive:
    """One award: to a participant or to a mentor (exactly one of the two ids is set)."""

    id: str
    participant_id: str | None
    mentor_id: str | None
    kind: IncentiveKind
    reason: str
    awarded_on: date
    awarded_by: str
    amount_cents: int | None


@dataclass(frozen=True)
class IncentiveTotal:
    """Awards of one kind in a period: how many, and the commissary credit they carried."""

    kind: IncentiveKind
    count: int
    amount_cents: int


def _incentive(r: IncentiveRow) -> Incentive:
    return Incentive(
        r.id,
        r.participant_id,
        r.mentor_id,
        IncentiveKind(r.kind),
        r.reason,
        r.awarded_on,
        r.awarded_by,
        r.amount_cents,
    )


class IncentiveService(ServiceBase):
    """Award and list incentives (INCENTIVE_MANAGE to award or remove)."""

    def award(
        self,
        actor: Actor,
        *,
        kind: str,
        reason: str,
        awarded_on: date,
        participant_id: str | None = None,
        mentor_id: str | None = None,
        amount_cents: int | None = None,
    ) -> Incentive:
        """Award an incentive to one participant or one mentor, for a stated reason."""
        self._require(actor, Action.INCENTIVE_MANAGE, OBJECT)
        now = self.clock()
        if (participant_id is None) == (mentor_id is None):
            raise ValidationError(
                "participant_id", "Choose either a participant or a mentor to receive the award."
            )
        chosen = choice(IncentiveKind, kind, "kind", "The kind of incentive")
        amount = check_amount(chosen, amount_cents)
        why = text(reason, "reason", "The reason", 1000, required=True, lines=True)
        with self.store.uow() as uow:
            s = uow.session
            if participant_id is not None:
                born: date | None = load_participant(s, actor, participant_id).date_of_birth
            else:
                born = load_live(s, MentorRow, str(mentor_id), "mentor").date_of_birth
            check_fact_date(awarded_on, now.date(), "awarded_on", "The award date", born)
            w = RecordWriter(s, actor, now)
            row = w.insert(
                IncentiveRow,
                participant_id=participant_id,
                mentor_id=mentor_id,
                kind=chosen.value,
                reason=why,
                awarded_on=awarded_on,
                awarded_by=actor.username,
                amount_cents=amount,
            )
            w.audit("incentive.create", OBJECT, row.id)
            return _incentive(row)

    def remove(self, actor: Actor, incentive_id: str) -> None:
        """Take back an award recorded by mistake (kept as a tombstone for sync)."""
        self._require(actor, Action.INCENTIVE_MANAGE, OBJECT)
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            row = load_live(s, IncentiveRow, incentive_id, OBJECT)
            if row.participant_id is not None:
                load_participant(s, actor, row.participant_id)
            w = RecordWriter(s, actor, now)
            w.tombstone(row)
            w.audit("incentive.delete", OBJECT, row.id)

    def for_participant(self, actor: Actor, participant_id: str) -> tuple[Incentive, ...]:
        """A participant's awards, newest first."""
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            rows = s.scalars(
                select(IncentiveRow)
                .where(IncentiveRow.participant_id == p.id, IncentiveRow.deleted.is_(False))
                .order_by(IncentiveRow.awarded_on.desc(), IncentiveRow.stamp.desc())
            )
            return tuple(_incentive(r) for r in rows)

    def for_mentor(self, actor: Actor, mentor_id: str) -> tuple[Incentive, ...]:
        """A mentor's awards, newest first (MENTOR_VIEW)."""
        self._require(actor, Action.MENTOR_VIEW, OBJECT)
        with self.store.uow(write=False) as uow:
            s = uow.session
            m = load_live(s, MentorRow, mentor_id, "mentor")
            rows = s.scalars(
                select(IncentiveRow)
                .where(IncentiveRow.mentor_id == m.id, IncentiveRow.deleted.is_(False))
                .order_by(IncentiveRow.awarded_on.desc(), IncentiveRow.stamp.desc())
            )
            return tuple(_incentive(r) for r in rows)

    def totals(self, actor: Actor, start: date, end: date) -> tuple[IncentiveTotal, ...]:
        """Awards per kind from ``start`` to ``end`` (inclusive), counted in SQL (REPORT_RUN).

        Participant awards count only for participants the actor may see.
        """
        self._require(actor, Action.REPORT_RUN, OBJECT)
        if end < start:
            raise ValidationError("end", "The end of the period is before its start.")
        i = IncentiveRow
        visible = select(ParticipantRow.id).where(
            ParticipantRow.deleted.is_(False), visible_participants(actor)
        )
        with self.store.uow(write=False) as uow:
            rows = uow.session.execute(
                select(i.kind, func.count(), func.coalesce(func.sum(i.amount_cents), 0))
                .where(
                    i.deleted.is_(False),
                    i.awarded_on >= start,
                    i.awarded_on <= end,
                    or_(i.participant_id.is_(None), i.participant_id.in_(visible)),
                )
                .group_by(i.kind)
            ).all()
        found = {kind: (int(n), int(cents or 0)) for kind, n, cents in rows}
        return tuple(IncentiveTotal(k, *found.get(k.value, (0, 0))) for k in IncentiveKind)
