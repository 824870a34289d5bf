"""Targeted selection: eligibility screening, needs assessments, keep-separates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class ScreeningRow(SyncedMixin, Base):
    __tablename__ = "screenings"
    __table_args__ = (
        # Covering index for the measures (migration 0006).
        Index("ix_screenings_measure", "decision", "screened_on", "deleted", "participant_id"),
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    screened_on: Mapped[date] = mapped_column(Date)
    #: JSON object: criterion key -> answer ("yes" / "no" / free text).
    criteria: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(20))  # eligible | ineligible | deferred
    reason: Mapped[str] = mapped_column(Text, default="")
    screened_by: Mapped[str] = mapped_column(String(64))


class NeedAssessmentRow(SyncedMixin, Base):
    """One domain's level in one assessment; an assessment is all rows of one date."""

    __tablename__ = "need_assessments"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    domain: Mapped[str] = mapped_column(String(30))
    level: Mapped[int] = mapped_column(Integer)  # 0 none .. 3 high
    assessed_by: Mapped[str] = mapped_column(String(64))


class KeepSeparateRow(SyncedMixin, Base):
    """Two people who must not be placed together (either direction)."""

    __tablename__ = "keep_separates"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    other_participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
