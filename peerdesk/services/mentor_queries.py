"""Reading mentors: the list with current mentee counts, and one mentor's whole record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from peerdesk.db.models import (
    CertificationRow,
    MentorRow,
    SelectionStepRow,
    SupervisionRow,
    TrainingRow,
)
from peerdesk.domain.mentor_rules import (
    Decision,
    Gender,
    MentorProfile,
    MentorSide,
    MentorStatus,
    PersonKind,
    SelectionStep,
    StepResult,
    split_tags,
)
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.mentor_base import count_open, load_mentor, open_counts
from peerdesk.services.mentor_selection import StepRecord
from peerdesk.services.mentor_training import (
    CertificationRecord,
    SupervisionRecord,
    TrainingRecord,
)
from peerdesk.services.records import RecordWriter, ServiceBase

OBJECT = "mentor"


@dataclass(frozen=True)
class MentorSummary:
    """One row of the mentors list."""

    id: str
    person_kind: PersonKind
    participant_id: str | None
    user_id: str | None
    last_name: str
    first_name: str
    side: MentorSide
    status: MentorStatus
    status_date: date
    capacity: int
    #: Current mentees: proposed, active and paused matches (what capacity counts).
    open_matches: int


@dataclass(frozen=True)
class MentorDetail:
    """A mentor's whole record: profile, selection, training and supervision."""

    summary: MentorSummary
    profile: MentorProfile
    decision: Decision
    decision_by: str
    decision_on: date | None
    decision_reason: str
    steps: tuple[StepRecord, ...]
    trainings: tuple[TrainingRecord, ...]
    training_hours: float
    certifications: tuple[CertificationRecord, ...]
    supervision: tuple[SupervisionRecord, ...]


def mentor_profile(r: MentorRow) -> MentorProfile:
    """The editable profile stored in a mentor row."""
    return MentorProfile(
        last_name=r.last_name,
        first_name=r.first_name,
        side=MentorSide(r.side),
        date_of_birth=r.date_of_birth,
        gender=Gender(r.gender),
        languages=split_tags(r.languages),
        county=r.county,
        lived_experience=split_tags(r.lived_experience),
        interests=split_tags(r.interests),
        capacity=r.capacity,
        agreement_signed_on=r.agreement_signed_on,
    )


def mentor_summary(r: MentorRow, open_matches: int) -> MentorSummary:
    """A mentor row as a list row, with its current mentee count."""
    return MentorSummary(
        r.id,
        PersonKind(r.person_kind),
        r.participant_id,
        r.user_id,
        r.last_name,
        r.first_name,
        MentorSide(r.side),
        MentorStatus(r.status),
        r.status_date,
        r.capacity,
        open_matches,
    )


class MentorQueries(ServiceBase):
    """The reading part of ``MentorService``."""

    # --- reading -----------------------------------------------------------------------------
    def list_mentors(
        self,
        actor: Actor,
        *,
        status: MentorStatus | None = None,
        side: MentorSide | None = None,
    ) -> list[MentorSummary]:
        """Mentors by name, with their current mentee counts (one query)."""
        self._require(actor, Action.MENTOR_VIEW, OBJECT)
        counts = open_counts()
        stmt = (
            select(MentorRow, func.coalesce(counts.c.open_matches, 0))
            .outerjoin(counts, counts.c.mentor_id == MentorRow.id)
            .where(MentorRow.deleted.is_(False))
            .order_by(MentorRow.last_name, MentorRow.first_name, MentorRow.id)
        )
        if status is not None:
            stmt = stmt.where(MentorRow.status == status.value)
        if side is not None:
            stmt = stmt.where(MentorRow.side == side.value)
        with self.store.uow(write=False) as uow:
            return [mentor_summary(r, int(n)) for r, n in uow.session.execute(stmt)]

    def get(self, actor: Actor, mentor_id: str) -> MentorDetail:
        """A mentor's whole record; every view is written to the audit trail."""
        self._require(actor, Action.MENTOR_VIEW, OBJECT, mentor_id)
        today = self._today()
        with self.store.uow() as uow:
            s = uow.session
            row = load_mentor(s, mentor_id)
            open_matches, _ = count_open(s, row.id)

            def rows(model: Any, *order: Any) -> list[Any]:
                return list(
                    s.scalars(
                        select(model)
                        .where(model.mentor_id == row.id, model.deleted.is_(False))
                        .order_by(*order, model.stamp)
                    )
                )

            steps = tuple(
                StepRecord(
                    r.id,
                    SelectionStep(r.step),
                    StepResult(r.result),
                    r.completed_on,
                    r.note,
                    r.recorded_by,
                )
                for r in rows(SelectionStepRow, SelectionStepRow.completed_on)
            )
            trainings = tuple(
                TrainingRecord(r.id, r.course, r.hours, r.completed_on)
                for r in rows(TrainingRow, TrainingRow.completed_on)
            )
            certs = tuple(
                CertificationRecord(
                    r.id,
                    r.name,
                    r.issued_on,
                    r.expires_on,
                    r.expires_on is not None and r.expires_on <= today,
                )
                for r in rows(CertificationRow, CertificationRow.issued_on)
            )
            supervision = tuple(
                SupervisionRecord(r.id, r.held_on, r.supervisor, r.summary)
                for r in rows(SupervisionRow, SupervisionRow.held_on)
            )
            w = RecordWriter(s, actor, self.clock())
            w.audit("mentor.view", OBJECT, row.id)
            return MentorDetail(
                summary=mentor_summary(row, open_matches),
                profile=mentor_profile(row),
                decision=Decision(row.decision),
                decision_by=row.decision_by,
                decision_on=row.decision_on,
                decision_reason=row.decision_reason,
                steps=steps,
                trainings=trainings,
                training_hours=sum(t.hours for t in trainings),
                certifications=certs,
                supervision=supervision,
            )
