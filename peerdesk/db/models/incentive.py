"""Incentives awarded to participants or peer educators."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class IncentiveRow(SyncedMixin, Base):
    __tablename__ = "incentives"

    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id"), nullable=True, index=True
    )
    mentor_id: Mapped[str | None] = mapped_column(
        ForeignKey("mentors.id"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(
        String(30)
    )  # certificate | commissary_credit | privilege | recognition
    reason: Mapped[str] = mapped_column(Text)
    awarded_on: Mapped[date] = mapped_column(Date)
    awarded_by: Mapped[str] = mapped_column(String(64))
    amount_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
