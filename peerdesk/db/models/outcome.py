"""Outcomes at release and at the 30/90/180/365-day follow-ups."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class OutcomeRow(SyncedMixin, Base):
    __tablename__ = "outcomes"
    __table_args__ = (
        Index("ix_outcomes_participant_day", "participant_id", "checkpoint_days"),
        # Covering indexes for the measures (migration 0006).
        Index(
            "ix_outcomes_measure",
            "recorded_on",
            "deleted",
            "participant_id",
            "checkpoint_days",
            "housing",
            "employment",
            "returned_to_custody",
        ),
        Index(
            "ix_outcomes_returned",
            "returned_to_custody",
            "checkpoint_days",
            "deleted",
            "participant_id",
        ),
        Index("ix_outcomes_checkpoint", "checkpoint_days", "deleted", "participant_id"),
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"))
    #: 0 = at release, then 30, 90, 180 or 365 days after release.
    checkpoint_days: Mapped[int] = mapped_column(Integer)
    recorded_on: Mapped[date] = mapped_column(Date)
    housing: Mapped[str] = mapped_column(
        String(20), default="unknown"
    )  # stable|unstable|homeless|unknown
    employment: Mapped[str] = mapped_column(
        String(20), default="unknown"
    )  # employed|unemployed|unknown
    in_treatment: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    rearrested: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    returned_to_custody: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    completed_program: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64))
