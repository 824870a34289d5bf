"""Sites (this one and, later, trusted peers) and this site's own keys."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base


class SiteRow(Base):
    __tablename__ = "sites"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(40))


class SiteKeyRow(Base):
    """This site's Ed25519 signing key and X25519 (age) identity; secret, in the encrypted DB."""

    __tablename__ = "site_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    age_identity: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    retired_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
