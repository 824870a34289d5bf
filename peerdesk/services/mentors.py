"""Mentor use cases: create (from a participant or typed), edit, status, account link, read.

Selection steps and the decision are in ``services.mentor_selection``; training,
certifications and supervision in ``services.mentor_training``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    CertificationRow,
    MentorRow,
    ParticipantRow,
    SelectionStepRow,
    SupervisionRow,
    TrainingRow,
    UserRow,
)
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.mentor_rules import (
    Decision,
    Gender,
    MentorProfile,
    MentorSide,
    MentorStatus,
    PersonKind,
    SelectionStep,
    StepResult,
    check_status_change,
    choice,
    clean_mentor_profile,
    gender_from_identity,
    not_future,
    split_tags,
)
from peerdesk.domain.roles import Action, Role
from peerdesk.services.actor import Actor
from peerdesk.services.mentor_base import (
    count_open,
    load_mentor,
    mentor_state,
    open_counts,
)
from peerdesk.services.mentor_selection import MentorSelection, StepRecord
from peerdesk.services.mentor_training import (
    CertificationRecord,
    MentorTraining,
    SupervisionRecord,
    TrainingRecord,
)
from peerdesk.services.records import RecordWriter, ServiceBase
from peerdesk.services.visibility import visible_participants

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


def _profile(r: MentorRow) -> MentorProfile:
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


def _columns(p: MentorProfile) -> dict[str, Any]:
    return {
        "last_name": p.last_name,
        "first_name": p.first_name,
        "side": p.side.value,
        "date_of_birth": p.date_of_birth,
        "gender": p.gender.value,
        "languages": ",".join(p.languages),
        "county": p.county,
        "lived_experience": ",".join(p.lived_experience),
        "interests": ",".join(p.interests),
        "capacity": p.capacity,
        "agreement_signed_on": p.agreement_signed_on,
    }


def _summary(r: MentorRow, open_matches: int) -> MentorSummary:
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


class MentorService(MentorSelection, MentorTraining, ServiceBase):
    """Peer educators and mentors: their record, selection, training, status and account link.

    Selection (``record_step``, ``decide``) comes from ``MentorSelection``; training,
    certifications and supervision from ``MentorTraining``.
    """

    # --- creating ----------------------------------------------------------------------------
    def create_from_participant(
        self,
        actor: Actor,
        participant_id: str,
        *,
        side: MentorSide,
        capacity: int = 3,
        status_date: date | None = None,
    ) -> MentorSummary:
        """Make a (current or former) participant an applicant mentor.

        Name, date of birth, language, county, lived experience, interests and (when it is
        clear) gender are copied from the participant's record.
        """
        self._require(actor, Action.MENTOR_MANAGE, OBJECT)
        with self.store.uow() as uow:
            s = uow.session
            p = s.scalars(
                select(ParticipantRow).where(
                    ParticipantRow.id == participant_id,
                    ParticipantRow.deleted.is_(False),
                    visible_participants(actor),
                )
            ).first()
            if p is None:
                raise NotFound("participant", participant_id)
            profile = MentorProfile(
                last_name=p.legal_last_name,
                first_name=p.legal_first_name,
                side=side,
                date_of_birth=p.date_of_birth,
                gender=gender_from_identity(p.gender_identity),
                languages=(p.primary_language,) if p.primary_language else (),
                county=p.release_county,
                lived_experience=split_tags(p.lived_experience),
                interests=split_tags(p.interests),
                capacity=capacity,
            )
            taken = s.scalar(
                select(MentorRow.id).where(
                    MentorRow.participant_id == p.id,
                    MentorRow.deleted.is_(False),
                    MentorRow.status != MentorStatus.EXITED.value,
                )
            )
            if taken:
                raise ValidationError("participant_id", "This person already has a mentor record.")
            return self._insert(s, actor, PersonKind.PARTICIPANT, profile, p.id, status_date)

    def create(
        self,
        actor: Actor,
        person_kind: PersonKind,
        profile: MentorProfile,
        *,
        status_date: date | None = None,
    ) -> MentorSummary:
        """Add a staff member or community volunteer as an applicant mentor."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT)
        person_kind = choice(PersonKind, person_kind, "person_kind", "The kind of person")
        if person_kind is PersonKind.PARTICIPANT:
            raise ValidationError(
                "person_kind", "Make a mentor from the participant's record instead."
            )
        with self.store.uow() as uow:
            return self._insert(uow.session, actor, person_kind, profile, None, status_date)

    def _insert(
        self,
        s: Session,
        actor: Actor,
        kind: PersonKind,
        profile: MentorProfile,
        participant_id: str | None,
        status_date: date | None,
    ) -> MentorSummary:
        today = self._today()
        p = clean_mentor_profile(profile, today)
        when = status_date or today
        not_future(when, today, "status_date")
        if p.date_of_birth is not None and when <= p.date_of_birth:
            raise ValidationError("status_date", "The status date must be after the date of birth.")
        w = RecordWriter(s, actor, self.clock())
        row = w.insert(
            MentorRow,
            person_kind=kind.value,
            participant_id=participant_id,
            user_id=None,
            status=MentorStatus.APPLICANT.value,
            status_date=when,
            decision=Decision.NONE.value,
            decision_by="",
            decision_on=None,
            decision_reason="",
            **_columns(p),
        )
        w.audit("mentor.create", OBJECT, row.id)
        return _summary(row, 0)

    # --- changing ----------------------------------------------------------------------------
    def update(self, actor: Actor, mentor_id: str, profile: MentorProfile) -> bool:
        """Save an edited profile; returns False when nothing changed (nothing is written)."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        p = clean_mentor_profile(profile, self._today())
        with self.store.uow() as uow:
            s = uow.session
            row = load_mentor(s, mentor_id)
            open_matches, _ = count_open(s, row.id)
            if p.capacity < open_matches:
                raise ValidationError(
                    "capacity",
                    f"The mentor has {open_matches} open matches; capacity cannot be lower.",
                )
            if open_matches and p.side.value != row.side:
                raise ValidationError(
                    "side", "Close or hand off the mentor's open matches before changing side."
                )
            if row.status in (MentorStatus.ACTIVE.value, MentorStatus.INACTIVE.value) and (
                p.agreement_signed_on is None or p.agreement_signed_on > row.status_date
            ):
                raise ValidationError(
                    "agreement_signed_on",
                    "An active mentor's agreement must be signed on or before their status date.",
                )
            if p.date_of_birth is not None and p.date_of_birth >= row.status_date:
                raise ValidationError(
                    "date_of_birth", "The date of birth must be before the status date."
                )
            w = RecordWriter(s, actor, self.clock())
            if not w.update(row, **_columns(p)):
                return False
            w.audit("mentor.update", OBJECT, row.id)
            return True

    def change_status(self, actor: Actor, mentor_id: str, status: MentorStatus, when: date) -> None:
        """Move a mentor to a new status on ``when`` (see ``mentor_rules.check_status_change``)."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        status = choice(MentorStatus, status, "status", "The status")
        not_future(when, self._today(), "effective_date")
        with self.store.uow() as uow:
            s = uow.session
            row = load_mentor(s, mentor_id)
            open_matches, running = count_open(s, row.id)
            check_status_change(mentor_state(row), status, when, open_matches, running)
            w = RecordWriter(s, actor, self.clock())
            w.update(row, status=status.value, status_date=when)
            w.audit("mentor.status", OBJECT, row.id)

    def link_user(self, actor: Actor, mentor_id: str, user_id: str | None) -> None:
        """Link the mentor to a peer educator's account (or unlink, with ``None``).

        The account then sees this mentor's mentees and records their contacts.
        """
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        with self.store.uow() as uow:
            s = uow.session
            row = load_mentor(s, mentor_id)
            if user_id is not None:
                user = s.get(UserRow, user_id)
                if user is None or not user.active or user.role != Role.PEER_EDUCATOR.value:
                    raise ValidationError(
                        "user_id", "Only an active peer educator account can be linked."
                    )
                other = s.scalar(
                    select(MentorRow.id).where(
                        MentorRow.user_id == user_id,
                        MentorRow.id != row.id,
                        MentorRow.deleted.is_(False),
                        MentorRow.status != MentorStatus.EXITED.value,
                    )
                )
                if other:
                    raise ValidationError(
                        "user_id", "This account is already linked to another mentor."
                    )
            w = RecordWriter(s, actor, self.clock())
            if w.update(row, user_id=user_id):
                w.audit("mentor.link_user", OBJECT, row.id)

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
            return [_summary(r, int(n)) for r, n in uow.session.execute(stmt)]

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
                summary=_summary(row, open_matches),
                profile=_profile(row),
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
