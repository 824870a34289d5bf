"""Columns every record that travels between sites carries, and the local change log."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base


class SyncedMixin:
    """UUID key, the site that created the record, an update stamp, and a tombstone."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_site_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    #: Hybrid-logical-clock stamp of the last change (text sorts in stamp order).
    stamp: Mapped[str] = mapped_column(String(64))
    #: Tombstone: synced records are never deleted, only marked.
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ChangeLogRow(Base):
    """One row per change to a synced record: what sync bundles are built from."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    stamp: Mapped[str] = mapped_column(String(64))
    #: Comma-separated names of the fields this change set (empty for a tombstone).
    fields: Mapped[str] = mapped_column(Text)
