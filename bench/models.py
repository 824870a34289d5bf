"""Bench-only ORM schema shaped like peerdesk's participant records and their notes.

It is not peerdesk's schema (which does not have participants yet); it only has the same
kinds of columns and indexes, so that the SQLCipher/SQLite comparison runs a realistic load.
Dates and timestamps are ISO strings, as in ``peerdesk.db.models``.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class BenchBase(DeclarativeBase):
    metadata = MetaData()


class BenchParticipant(BenchBase):
    __tablename__ = "bench_participants"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36))
    doc_number: Mapped[str] = mapped_column(String(20))
    # NOCASE so that ``LIKE 'Gar%'`` (case-insensitive) can use the name index.
    last_name: Mapped[str] = mapped_column(String(100, collation="NOCASE"))
    first_name: Mapped[str] = mapped_column(String(100, collation="NOCASE"))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    date_of_birth: Mapped[str] = mapped_column(String(10))
    facility_unit: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    release_date: Mapped[str | None] = mapped_column(String(10))
    updated_at: Mapped[str] = mapped_column(String(40))

    notes: Mapped[list[BenchNote]] = relationship(back_populates="participant")

    __table_args__ = (
        UniqueConstraint("site_id", "doc_number", name="uq_bench_participants_doc"),
        Index("ix_bench_participants_name", "site_id", "last_name", "first_name", "id"),
        Index("ix_bench_participants_status", "site_id", "status"),
        Index("ix_bench_participants_release", "site_id", "release_date"),
    )


class BenchNote(BenchBase):
    __tablename__ = "bench_notes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    participant_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("bench_participants.id", ondelete="CASCADE")
    )
    author: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text)

    participant: Mapped[BenchParticipant] = relationship(back_populates="notes")

    __table_args__ = (Index("ix_bench_notes_timeline", "participant_id", "created_at"),)
