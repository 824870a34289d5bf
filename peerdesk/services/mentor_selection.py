"""Mentor selection: recording the application, interview and checks, and the decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import SelectionStepRow
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.mentor_rules import (
    Decision,
    MentorStatus,
    SelectionStep,
    StepOutcome,
    StepResult,
    check_can_record_step,
    check_decision,
    check_step_date,
    choice,
    long_text,
    not_future,
)
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.mentor_base import load_mentor, mentor_state
from peerdesk.services.records import RecordWriter, ServiceBase

OBJECT = "mentor"


@dataclass(frozen=True)
class StepRecord:
    """One recorded selection step."""

    id: str
    step: SelectionStep
    result: StepResult
    completed_on: date
    note: str
    recorded_by: str


def step_outcomes(s: Session, mentor_id: str) -> list[StepOutcome]:
    """The mentor's recorded steps in date order (the last of each step counts)."""
    rows = s.execute(
        select(SelectionStepRow.step, SelectionStepRow.result, SelectionStepRow.completed_on)
        .where(SelectionStepRow.mentor_id == mentor_id, SelectionStepRow.deleted.is_(False))
        .order_by(SelectionStepRow.completed_on, SelectionStepRow.stamp)
    )
    return [StepOutcome(SelectionStep(a), StepResult(b), c) for a, b, c in rows]


class MentorSelection(ServiceBase):
    """The selection part of ``MentorService``."""

    def record_step(
        self,
        actor: Actor,
        mentor_id: str,
        step: SelectionStep,
        result: StepResult,
        completed_on: date,
        note: str = "",
    ) -> StepRecord:
        """Record one selection step's result (a step may be recorded again, e.g. pending
        then passed; the latest by date counts). Only before the decision."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        not_future(completed_on, self._today(), "completed_on")
        text = long_text(note, "note", "The note", 2000)
        step = choice(SelectionStep, step, "step", "The step")
        result = choice(StepResult, result, "result", "The result")
        with self.store.uow() as uow:
            s = uow.session
            mentor = load_mentor(s, mentor_id)
            check_can_record_step(mentor_state(mentor))
            if mentor.date_of_birth is not None and completed_on <= mentor.date_of_birth:
                raise ValidationError("completed_on", "The date must be after the date of birth.")
            check_step_date(step, completed_on, step_outcomes(s, mentor.id))
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                SelectionStepRow,
                mentor_id=mentor.id,
                step=step.value,
                completed_on=completed_on,
                result=result.value,
                note=text,
                recorded_by=actor.username,
            )
            w.audit("mentor.selection_step", OBJECT, mentor.id)
            return StepRecord(row.id, step, result, completed_on, text, actor.username)

    def decide(
        self, actor: Actor, mentor_id: str, *, approve: bool, reason: str, decided_on: date
    ) -> None:
        """Approve or decline an applicant, saying why; who and when are recorded.

        Approval needs every selection step passed (``mentor_rules.check_decision``). A
        declined applicant becomes "exited" on the decision date.
        """
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        not_future(decided_on, self._today(), "decided_on")
        why = long_text(reason, "reason", "The reason", 2000)
        with self.store.uow() as uow:
            s = uow.session
            mentor = load_mentor(s, mentor_id)
            check_decision(
                mentor_state(mentor), approve, why, decided_on, step_outcomes(s, mentor.id)
            )
            w = RecordWriter(s, actor, self.clock())
            values: dict[str, object] = {
                "decision": (Decision.APPROVED if approve else Decision.DECLINED).value,
                "decision_by": actor.username,
                "decision_on": decided_on,
                "decision_reason": why,
            }
            if not approve:
                values.update(status=MentorStatus.EXITED.value, status_date=decided_on)
            w.update(mentor, **values)
            w.audit("mentor.approve" if approve else "mentor.decline", OBJECT, mentor.id)
