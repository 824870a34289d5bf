"""Notes on sessions and contacts, with sensitivity and supervisor co-signature."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class NoteRow(SyncedMixin, Base):
    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_participant_written", "participant_id", "written_at"),)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"))
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("group_sessions.id"), nullable=True, index=True
    )
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contacts.id"), nullable=True, index=True
    )
    author: Mapped[str] = mapped_column(String(64), index=True)
    author_role: Mapped[str] = mapped_column(String(20))
    written_at: Mapped[str] = mapped_column(String(40))
    #: general | sensitive | sud (substance-use treatment record, 42 CFR Part 2).
    sensitivity: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    needs_cosign: Mapped[bool] = mapped_column(default=False)
    cosigned_by: Mapped[str] = mapped_column(String(64), default="")
    cosigned_at: Mapped[str] = mapped_column(String(40), default="")
