"""Community partners and referrals to them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class PartnerRow(SyncedMixin, Base):
    __tablename__ = "partners"

    organization: Mapped[str] = mapped_column(String(200))
    #: Comma-separated: housing, healthcare, substance_use_treatment, employment, education,
    #: id_documents, legal, benefits, mental_health, transportation, family.
    service_types: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    county: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(default=True)


class ReferralRow(SyncedMixin, Base):
    __tablename__ = "referrals"
    __table_args__ = (
        # Covering index for the measures (migration 0006).
        Index(
            "ix_referrals_measure", "made_on", "deleted", "participant_id", "service_type", "status"
        ),
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    service_type: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20))  # made | accepted | completed | declined
    made_on: Mapped[date] = mapped_column(Date)
    status_on: Mapped[date] = mapped_column(Date)
    made_by: Mapped[str] = mapped_column(String(64))
