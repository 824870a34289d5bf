"""This site's keys and its trusted peers' keys, read inside the caller's unit of work.

``DbReceiverState`` is the database-backed ``ReceiverState`` that ``open_bundle`` asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import BundleLogRow, PeerKeyRow, SiteKeyRow, SiteRow, SyncPeerRow
from peerdesk.sync import minisign
from peerdesk.sync.receiver import SequenceHistory, SignerKey
from peerdesk.sync.site_keys import SiteKeyMaterial


@dataclass(frozen=True)
class OwnKeys:
    """This site and its key sets: the current one and the retired ones (newest first)."""

    site_id: str
    site_name: str
    site_kind: str
    active: SiteKeyMaterial
    retired: tuple[SiteKeyMaterial, ...]
    #: When the current key set was made (a card's ``created_at``).
    active_created_at: str

    @property
    def key_id(self) -> str:
        return minisign.public_key_of(self.active.signing_key).key_id_hex


def local_site(session: Session) -> SiteRow:
    return session.scalars(select(SiteRow).where(SiteRow.is_local.is_(True))).one()


def load_own_keys(session: Session) -> OwnKeys:
    """This site's keys (the caller holds a unit of work)."""
    site = local_site(session)
    rows = list(
        session.scalars(
            select(SiteKeyRow)
            .where(SiteKeyRow.site_id == site.id)
            .order_by(SiteKeyRow.created_at.desc(), SiteKeyRow.id)
        )
    )
    active = [r for r in rows if r.retired_at is None]
    if len(active) != 1:
        raise RuntimeError("the site must have exactly one current key set")
    retired = sorted(
        (r for r in rows if r.retired_at is not None),
        key=lambda r: r.retired_at or "",
        reverse=True,
    )
    return OwnKeys(
        site.id,
        site.name,
        site.kind,
        _material(active[0]),
        tuple(_material(r) for r in retired),
        active[0].created_at,
    )


def current_peer_key(session: Session, site_id: str) -> PeerKeyRow | None:
    """The key a peer site is trusted with now (not replaced, not revoked), if any."""
    return session.scalars(
        select(PeerKeyRow).where(
            PeerKeyRow.site_id == site_id,
            PeerKeyRow.revoked_at.is_(None),
            PeerKeyRow.replaced_by.is_(None),
        )
    ).first()


def bundle_recipients(session: Session, peer_site_id: str) -> list[str] | None:
    """The age recipients of a bundle to a peer: its current key and this site's own.

    Returns None when the peer has no current trusted key.
    """
    peer = current_peer_key(session, peer_site_id)
    if peer is None:
        return None
    return [peer.age_recipient, load_own_keys(session).active.age_recipient()]


class DbReceiverState:
    """``ReceiverState`` read from the database in the caller's session."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._own = load_own_keys(session)

    @property
    def local_site_id(self) -> str:
        return self._own.site_id

    def own_key_ids(self) -> set[str]:
        keys = (self._own.active, *self._own.retired)
        return {minisign.public_key_of(k.signing_key).key_id_hex for k in keys}

    def signer_keys(self, key_id: str) -> Sequence[SignerKey]:
        rows = self._session.scalars(select(PeerKeyRow).where(PeerKeyRow.key_id == key_id))
        return [
            SignerKey(r.site_id, r.key_id, r.signing_public_key, r.revoked_at is not None)
            for r in rows
        ]

    def sequence_history(self, sender_site_id: str, sequence: int) -> SequenceHistory:
        peer = self._session.get(SyncPeerRow, sender_site_id)
        seen = self._session.scalars(
            select(BundleLogRow.manifest_sha256).where(
                BundleLogRow.direction == "received",
                BundleLogRow.peer_site_id == sender_site_id,
                BundleLogRow.sequence == sequence,
            )
        )
        return SequenceHistory(
            peer.last_received_sequence if peer else 0,
            peer.last_received_bundle_id if peer else "",
            frozenset(seen),
        )

    def identities(self) -> list[str]:
        return [k.age_identity for k in (self._own.active, *self._own.retired)]


def _material(row: SiteKeyRow) -> SiteKeyMaterial:
    return SiteKeyMaterial(signing_key=row.signing_key, age_identity=row.age_identity)
