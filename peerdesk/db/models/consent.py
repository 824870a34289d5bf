"""Consent to disclose, with the elements 42 CFR 2.31 requires, and its revocation."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class ConsentRow(SyncedMixin, Base):
    __tablename__ = "consents"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    #: Who may disclose (the program / facility named on the form).
    discloser: Mapped[str] = mapped_column(String(200))
    #: The recipient organization as written, and its peerdesk site id when it has one.
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_site_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    #: What information may be disclosed, in the form's words.
    information: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text)
    scope_general: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Substance-use treatment records (42 CFR Part 2) are covered only when named.
    scope_sud: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_on: Mapped[date] = mapped_column(Date)
    #: A date, or an event written on the form (e.g. "end of supervision").
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_event: Mapped[str] = mapped_column(String(200), default="")
    right_to_revoke_explained: Mapped[bool] = mapped_column(Boolean, default=True)
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64))
