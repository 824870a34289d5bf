"""Mentor assignments (matches) and one-on-one contacts within them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class MatchRow(SyncedMixin, Base):
    __tablename__ = "matches"
    __table_args__ = (
        # Open matches per mentor, without reading the rows (migration 0006).
        Index("ix_matches_mentor_open", "mentor_id", "status", "deleted"),
        # Covering indexes for the measures (migration 0006).
        Index("ix_matches_started", "started_on", "deleted", "participant_id", "closed_on"),
        Index(
            "ix_matches_deleted_ids",
            "id",
            sqlite_where=text("deleted IS 1"),
            postgresql_where=text("deleted IS TRUE"),
        ),
        # The matches list's order and filters, read from the index alone (migration 0011).
        Index(
            "ix_matches_list",
            "proposed_on",
            "stamp",
            "id",
            "status",
            "deleted",
            "participant_id",
            "mentor_id",
        ),
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id"))
    status: Mapped[str] = mapped_column(String(20))  # proposed | active | paused | closed
    proposed_on: Mapped[date] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cadence_days: Mapped[int] = mapped_column(Integer, default=7)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    close_reason: Mapped[str] = mapped_column(String(30), default="")
    close_note: Mapped[str] = mapped_column(Text, default="")
    #: The facility-side match this community-side match continues after release.
    continues_match_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ContactRow(SyncedMixin, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_match_on", "match_id", "contact_on"),
        # Covering index for the "no held contact" alert (migration 0008).
        Index("ix_contacts_match_held", "match_id", "status", "deleted", "contact_on"),
        # Covering index for the measures (migration 0006).
        Index(
            "ix_contacts_measure", "contact_on", "status", "deleted", "participant_id", "match_id"
        ),
    )

    match_id: Mapped[str] = mapped_column(ForeignKey("matches.id"))
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    contact_on: Mapped[date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(20))  # in_person | phone | video | letter
    status: Mapped[str] = mapped_column(String(20))  # held | cancelled
    cancel_reason: Mapped[str] = mapped_column(String(30), default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
