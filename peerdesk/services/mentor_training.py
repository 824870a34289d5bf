"""Mentor training records, certifications (with expiry) and supervision check-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.db.models import CertificationRow, MentorRow, SupervisionRow, TrainingRow
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.mentor_rules import (
    Decision,
    MentorStatus,
    check_certification,
    check_training,
    long_text,
    not_future,
    text,
)
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.mentor_base import load_mentor
from peerdesk.services.records import RecordWriter, ServiceBase

OBJECT = "mentor"


@dataclass(frozen=True)
class TrainingRecord:
    id: str
    course: str
    hours: float
    completed_on: date


@dataclass(frozen=True)
class CertificationRecord:
    id: str
    name: str
    issued_on: date
    expires_on: date | None
    #: Expired on or before today (the day the record was read).
    expired: bool


@dataclass(frozen=True)
class SupervisionRecord:
    id: str
    held_on: date
    supervisor: str
    summary: str


def _check_lifetime(mentor: MentorRow, on: date, field: str) -> None:
    """A dated record falls after the mentor's birth and not after they exited."""
    if mentor.date_of_birth is not None and on <= mentor.date_of_birth:
        raise ValidationError(field, "The date must be after the date of birth.")
    if mentor.status == MentorStatus.EXITED.value and on > mentor.status_date:
        raise ValidationError(field, "The date is after the mentor exited.")


class MentorTraining(ServiceBase):
    """The training and supervision part of ``MentorService``."""

    def record_training(
        self, actor: Actor, mentor_id: str, course: str, hours: float, completed_on: date
    ) -> TrainingRecord:
        """Record a completed course and its hours."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        name = check_training(course, hours, completed_on, self._today())
        with self.store.uow() as uow:
            s = uow.session
            mentor = load_mentor(s, mentor_id)
            _check_lifetime(mentor, completed_on, "completed_on")
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                TrainingRow,
                mentor_id=mentor.id,
                course=name,
                hours=float(hours),
                completed_on=completed_on,
            )
            w.audit("mentor.training", OBJECT, mentor.id)
            return TrainingRecord(row.id, name, float(hours), completed_on)

    def add_certification(
        self,
        actor: Actor,
        mentor_id: str,
        name: str,
        issued_on: date,
        expires_on: date | None = None,
    ) -> CertificationRecord:
        """Record a certification (e.g. peer recovery specialist) and when it expires."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        today = self._today()
        cleaned = check_certification(name, issued_on, expires_on, today)
        with self.store.uow() as uow:
            s = uow.session
            mentor = load_mentor(s, mentor_id)
            if mentor.date_of_birth is not None and issued_on <= mentor.date_of_birth:
                raise ValidationError("issued_on", "The date must be after the date of birth.")
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                CertificationRow,
                mentor_id=mentor.id,
                name=cleaned,
                issued_on=issued_on,
                expires_on=expires_on,
            )
            w.audit("mentor.certification", OBJECT, mentor.id)
            expired = expires_on is not None and expires_on <= today
            return CertificationRecord(row.id, cleaned, issued_on, expires_on, expired)

    def record_supervision(
        self, actor: Actor, mentor_id: str, held_on: date, supervisor: str, summary: str = ""
    ) -> SupervisionRecord:
        """Record a supervision check-in with an approved mentor."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        not_future(held_on, self._today(), "held_on")
        who = text(supervisor, "supervisor", "The supervisor", 64, True)
        about = long_text(summary, "summary", "The summary")
        with self.store.uow() as uow:
            s = uow.session
            mentor = load_mentor(s, mentor_id)
            if mentor.decision != Decision.APPROVED.value:
                raise ValidationError(
                    "mentor_id", "Supervision check-ins are for approved mentors."
                )
            if mentor.decision_on is not None and held_on < mentor.decision_on:
                raise ValidationError("held_on", "The check-in is dated before the approval.")
            _check_lifetime(mentor, held_on, "held_on")
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                SupervisionRow,
                mentor_id=mentor.id,
                held_on=held_on,
                supervisor=who,
                summary=about,
            )
            w.audit("mentor.supervision", OBJECT, mentor.id)
            return SupervisionRecord(row.id, held_on, who, about)
