"""Outcomes at release and at the 30/90/180/365-day follow-ups after it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from sqlalchemy import select

from peerdesk.db.models import OutcomeRow
from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import (
    EmploymentOutcome,
    HousingOutcome,
    check_fact_date,
    check_outcome,
    checkpoint_date,
)
from peerdesk.services.actor import Actor
from peerdesk.services.records import RecordWriter, ServiceBase, load_participant

OBJECT = "outcome"


@dataclass(frozen=True)
class OutcomeValues:
    """What is known at a checkpoint; None means not known."""

    housing: str = HousingOutcome.UNKNOWN.value
    employment: str = EmploymentOutcome.UNKNOWN.value
    in_treatment: bool | None = None
    rearrested: bool | None = None
    returned_to_custody: bool | None = None
    completed_program: bool | None = None


@dataclass(frozen=True)
class Outcome:
    id: str
    participant_id: str
    checkpoint_days: int
    #: The day the checkpoint fell due (release date + checkpoint days); None if unknown.
    due_on: date | None
    recorded_on: date
    housing: HousingOutcome
    employment: EmploymentOutcome
    in_treatment: bool | None
    rearrested: bool | None
    returned_to_custody: bool | None
    completed_program: bool | None
    recorded_by: str


def _outcome(r: OutcomeRow, due_on: date | None) -> Outcome:
    return Outcome(
        r.id,
        r.participant_id,
        r.checkpoint_days,
        due_on,
        r.recorded_on,
        HousingOutcome(r.housing),
        EmploymentOutcome(r.employment),
        r.in_treatment,
        r.rearrested,
        r.returned_to_custody,
        r.completed_program,
        r.recorded_by,
    )


class OutcomeService(ServiceBase):
    """Record and read outcomes (OUTCOME_RECORD to record)."""

    def record(
        self,
        actor: Actor,
        participant_id: str,
        checkpoint_days: int,
        values: OutcomeValues,
        *,
        recorded_on: date,
    ) -> Outcome:
        """Record the outcome of a checkpoint; recording one again corrects it.

        The checkpoint counts from the participant's actual release date and cannot be
        recorded before it falls due.
        """
        self._require(actor, Action.OUTCOME_RECORD, OBJECT)
        now = self.clock()
        fields = asdict(values)
        housing, employment = check_outcome(
            checkpoint_days, values.housing, values.employment, fields
        )
        check_fact_date(recorded_on, now.date(), "recorded_on", "The date recorded")
        with self.store.uow() as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            due = checkpoint_date(p.actual_release_date, checkpoint_days, recorded_on)
            fields.update(
                housing=housing.value,
                employment=employment.value,
                recorded_on=recorded_on,
                recorded_by=actor.username,
            )
            row = s.scalars(
                select(OutcomeRow)
                .where(
                    OutcomeRow.participant_id == p.id,
                    OutcomeRow.checkpoint_days == checkpoint_days,
                    OutcomeRow.deleted.is_(False),
                )
                .order_by(OutcomeRow.stamp.desc())
            ).first()
            w = RecordWriter(s, actor, now)
            if row is None:
                row = w.insert(
                    OutcomeRow, participant_id=p.id, checkpoint_days=checkpoint_days, **fields
                )
                w.audit("outcome.create", OBJECT, row.id)
            elif w.update(row, **fields):
                w.audit("outcome.update", OBJECT, row.id)
            return _outcome(row, due)

    def outcomes(self, actor: Actor, participant_id: str) -> tuple[Outcome, ...]:
        """A participant's outcomes in checkpoint order (one per checkpoint)."""
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            rows = s.scalars(
                select(OutcomeRow)
                .where(OutcomeRow.participant_id == p.id, OutcomeRow.deleted.is_(False))
                .order_by(OutcomeRow.checkpoint_days, OutcomeRow.stamp.desc())
            )
            released = p.actual_release_date
            seen: dict[int, Outcome] = {}
            for r in rows:
                if r.checkpoint_days not in seen:
                    due = released + timedelta(days=r.checkpoint_days) if released else None
                    seen[r.checkpoint_days] = _outcome(r, due)
            return tuple(seen.values())
