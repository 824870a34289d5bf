"""Trust between sites and the state of exchanges with each of them (not synced itself)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base


class PeerKeyRow(Base):
    """A public key card of another site that a person confirmed by its fingerprint."""

    __tablename__ = "peer_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    #: Raw 32-byte Ed25519 public key, and the minisign key id (8 bytes) it goes by.
    signing_public_key: Mapped[bytes] = mapped_column(LargeBinary)
    key_id: Mapped[str] = mapped_column(String(16), index=True)
    age_recipient: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(80))
    trusted_at: Mapped[str] = mapped_column(String(40))
    trusted_by: Mapped[str] = mapped_column(String(64))
    #: Set when a newer card signed by this key replaced it (rotation).
    replaced_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    revoked_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    revoked_by: Mapped[str] = mapped_column(String(64), default="")


class SyncPeerRow(Base):
    """Where the exchange with one other site stands."""

    __tablename__ = "sync_peers"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    #: Sequence number of the last bundle written to that site (0 = none yet).
    last_sent_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_sent_bundle_id: Mapped[str] = mapped_column(String(36), default="")
    #: Highest local change-log seq the site acknowledged having applied.
    acked_change_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: Highest sequence number imported from that site, and that bundle's id.
    last_received_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_received_bundle_id: Mapped[str] = mapped_column(String(36), default="")
    #: ``settled_to`` of the last bundle of this site's the site acknowledged (migration 0012):
    #: settlements numbered above it travel to it again (``import_settled``).
    acked_settled_seq: Mapped[int] = mapped_column(Integer, default=0)


class BundleLogRow(Base):
    """Every bundle written or imported (or refused), for sequence checks and the record."""

    __tablename__ = "bundle_log"
    __table_args__ = (
        UniqueConstraint("direction", "peer_site_id", "sequence", name="uq_bundle_log_seq"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the bundle id
    direction: Mapped[str] = mapped_column(String(8))  # sent | received | held
    peer_site_id: Mapped[str] = mapped_column(String(36), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    #: SHA-256 of the signed manifest: the same sequence with another digest is a clone alarm.
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    change_seq_from: Mapped[int] = mapped_column(Integer, default=0)
    change_seq_to: Mapped[int] = mapped_column(Integer, default=0)
    #: For a bundle sent: the highest ``sync_conflicts.settled_seq`` when it was written.
    settled_to: Mapped[int] = mapped_column(Integer, default=0)
    #: JSON object: record type -> count.
    counts: Mapped[str] = mapped_column(Text, default="{}")
    at: Mapped[str] = mapped_column(String(40))
    by: Mapped[str] = mapped_column(String(64))
    #: For a held bundle (newer schema): the file kept aside in the data folder.
    held_path: Mapped[str] = mapped_column(Text, default="")


class ConflictRow(Base):
    """Both sites changed the same field since the last exchange: a person decides."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    #: JSON-encoded values; the winner is what the record now holds.
    kept_value: Mapped[str] = mapped_column(Text)
    other_value: Mapped[str] = mapped_column(Text)
    kept_stamp: Mapped[str] = mapped_column(String(64))
    other_stamp: Mapped[str] = mapped_column(String(64))
    other_site_id: Mapped[str] = mapped_column(String(36))
    bundle_id: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(64), default="")
    #: kept | other | edited
    resolution: Mapped[str] = mapped_column(String(10), default="")
    #: Position of this settlement among those this site passes on to the sites holding the
    #: same conflict (0: none to pass on); see ``import_settled`` (migration 0012).
    settled_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)
    #: The site where a conflict closed by a settlement from elsewhere was resolved ("": here).
    settled_site_id: Mapped[str] = mapped_column(String(36), default="")
