"""Participants and the history of their status."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class ParticipantRow(SyncedMixin, Base):
    __tablename__ = "participants"
    __table_args__ = (
        UniqueConstraint("origin_site_id", "doc_number", name="uq_participants_site_doc"),
        # Name search: each index answers one branch of the list's text search from its
        # entries alone (sort keys, tombstone, id: migration 0009).
        Index("ix_participants_name_last", "search_last", "search_first", "deleted", "id"),
        Index("ix_participants_name_first", "search_first", "search_last", "deleted", "id"),
        # The list's other sorts (key, last name, id) read in index order, and a filter's
        # count is answered from the index (tombstone last): migration 0010.
        Index("ix_participants_status_sort", "status", "search_last", "id", "deleted"),
        Index("ix_participants_doc", "doc_number"),
        Index("ix_participants_dob", "date_of_birth"),
        Index(
            "ix_participants_release_sort", "projected_release_date", "search_last", "id", "deleted"
        ),
        Index("ix_participants_unit_sort", "housing_unit", "search_last", "id", "deleted"),
        # Covering indexes for the measures (migration 0006).
        Index(
            "ix_participants_deleted_ids",
            "id",
            sqlite_where=text("deleted IS 1"),
            postgresql_where=text("deleted IS TRUE"),
        ),
        Index("ix_participants_released", "actual_release_date", "deleted", "id"),
    )

    doc_number: Mapped[str] = mapped_column(String(20))
    legal_last_name: Mapped[str] = mapped_column(String(80))
    legal_first_name: Mapped[str] = mapped_column(String(80))
    preferred_name: Mapped[str] = mapped_column(String(80), default="")
    #: One alias per line.
    aliases: Mapped[str] = mapped_column(Text, default="")
    date_of_birth: Mapped[date] = mapped_column(Date)
    facility: Mapped[str] = mapped_column(String(120), default="")
    housing_unit: Mapped[str] = mapped_column(String(40), default="")
    primary_language: Mapped[str] = mapped_column(String(40), default="")
    gender_identity: Mapped[str] = mapped_column(String(40), default="")
    release_county: Mapped[str] = mapped_column(String(80), default="")
    release_city: Mapped[str] = mapped_column(String(80), default="")
    projected_release_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    actual_release_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    risk_level: Mapped[str | None] = mapped_column(String(20), nullable=True)
    #: Comma-separated tags used by matching (e.g. "recovery,veteran,parent").
    lived_experience: Mapped[str] = mapped_column(Text, default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    #: "" (no preference), "female", "male" or "nonbinary".
    mentor_gender_preference: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(20))
    status_date: Mapped[date] = mapped_column(Date)
    #: Folded names (see domain.text_keys.fold) for prefix search.
    search_last: Mapped[str] = mapped_column(String(80))
    search_first: Mapped[str] = mapped_column(String(80))


class ParticipantStatusRow(SyncedMixin, Base):
    """Each status a participant passed through, with its date and who recorded it."""

    __tablename__ = "participant_status_history"
    __table_args__ = (
        # Covering indexes for the measures (migration 0006).
        Index(
            "ix_participant_status_history_measure",
            "status",
            "effective_date",
            "deleted",
            "participant_id",
        ),
        Index(
            "ix_participant_status_history_person",
            "participant_id",
            "status",
            "deleted",
            "effective_date",
        ),
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    effective_date: Mapped[date] = mapped_column(Date, index=True)
    recorded_by: Mapped[str] = mapped_column(String(64))
