"""Peer educators and mentors, their selection, training, certifications and supervision."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class MentorRow(SyncedMixin, Base):
    __tablename__ = "mentors"
    __table_args__ = (
        # Matching suggestions read only these columns of every active mentor (migration 0006).
        Index(
            "ix_mentors_suggest",
            "status",
            "deleted",
            "side",
            "languages",
            "county",
            "lived_experience",
            "interests",
            "gender",
            "date_of_birth",
            "participant_id",
            "capacity",
            "first_name",
            "last_name",
            "id",
        ),
    )

    #: The person: a current or former participant, staff, or a community volunteer.
    person_kind: Mapped[str] = mapped_column(String(20))
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id"), nullable=True, index=True
    )
    #: The peerdesk account of a peer educator who records their own sessions.
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    last_name: Mapped[str] = mapped_column(String(80))
    first_name: Mapped[str] = mapped_column(String(80))
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    gender: Mapped[str] = mapped_column(String(20), default="")
    #: Comma-separated languages spoken.
    languages: Mapped[str] = mapped_column(Text, default="")
    county: Mapped[str] = mapped_column(String(80), default="")
    lived_experience: Mapped[str] = mapped_column(Text, default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    #: facility (inside) or community (after release).
    side: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    status_date: Mapped[date] = mapped_column(Date)
    capacity: Mapped[int] = mapped_column(Integer, default=3)
    agreement_signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision: Mapped[str] = mapped_column(String(20), default="")  # "", approved, declined
    decision_by: Mapped[str] = mapped_column(String(64), default="")
    decision_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")


class SelectionStepRow(SyncedMixin, Base):
    __tablename__ = "mentor_selection_steps"

    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id"), index=True)
    step: Mapped[str] = mapped_column(
        String(30)
    )  # application | interview | reference | background
    completed_on: Mapped[date] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(20))  # passed | failed | pending
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))


class TrainingRow(SyncedMixin, Base):
    __tablename__ = "trainings"

    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id"), index=True)
    course: Mapped[str] = mapped_column(String(120))
    hours: Mapped[float] = mapped_column(Float)
    completed_on: Mapped[date] = mapped_column(Date)


class CertificationRow(SyncedMixin, Base):
    __tablename__ = "certifications"

    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)


class SupervisionRow(SyncedMixin, Base):
    __tablename__ = "supervision_checkins"

    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    supervisor: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text, default="")
