"""Key cards and trust between sites: export this site's card, trust a peer's card after a
person confirms its fingerprint, accept a rotated card signed by the old key, revoke, rotate
this site's own keys. Every change is audited (ids only); all need ``KEYS_MANAGE``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, iso, utcnow
from peerdesk.db import audit_log
from peerdesk.db.models import PeerKeyRow, SiteKeyRow, SiteRow, SyncPeerRow
from peerdesk.db.store import Store
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.roles import Action
from peerdesk.fsutil import atomic_write_bytes
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.sync import key_card, minisign, site_keys
from peerdesk.sync.key_card import CardError, KeyCard
from peerdesk.sync.keyring import OwnKeys, current_peer_key, load_own_keys

FINGERPRINT_HELP = (
    "A fingerprint is 20 letters and digits in 4 groups of 5, like 7K3QX-0ZP4M-W9HRT-C2EGB."
)


@dataclass(frozen=True)
class CardExport:
    """This site's card, as text to save, and the fingerprint to read to the other site."""

    site_id: str
    key_id: str
    fingerprint: str
    text: str
    endorsed: bool


@dataclass(frozen=True)
class TrustedKey:
    """One trusted key of another site. ``status``: current, replaced or revoked."""

    site_id: str
    site_name: str
    site_kind: str
    key_id: str
    fingerprint: str
    trusted_at: str
    trusted_by: str
    status: str
    revoked_at: str | None


@dataclass(frozen=True)
class TrustResult:
    """``outcome``: trusted (fingerprint confirmed), rotated (endorsed by the trusted old
    key) or already_trusted (nothing changed)."""

    key: TrustedKey
    outcome: str
    replaced_key_ids: tuple[str, ...] = ()


class TrustService:
    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    # --- this site's card ----------------------------------------------------------------------
    def own_card(self, actor: Actor) -> CardExport:
        """This site's current card (endorsed by the previous key after a rotation)."""
        require(self.store, actor, Action.KEYS_MANAGE, object_type="site", clock=self.clock)
        with self.store.uow(write=False) as uow:
            return _export(load_own_keys(uow.session))

    def export_card(self, actor: Actor, out: Path) -> CardExport:
        """Write this site's card to ``out`` (atomically) and audit it."""
        require(self.store, actor, Action.KEYS_MANAGE, object_type="site", clock=self.clock)
        with self.store.uow() as uow:
            s = uow.session
            card = _export(load_own_keys(s))
            self._audit(s, actor, "keys.card_export", card.site_id)
            try:
                atomic_write_bytes(out, card.text.encode("utf-8"))
            except OSError as exc:
                raise ValidationError(
                    "out", f"The card cannot be written to {out}: {exc.strerror or 'error'}."
                ) from None
            return card

    def rotate_own_key(self, actor: Actor) -> CardExport:
        """Make a new key set, retire the current one (kept to open bundles already on their
        way), and return the new card, signed by the old key so peers can accept it."""
        require(self.store, actor, Action.KEYS_MANAGE, object_type="site", clock=self.clock)
        now = self.clock()
        fresh = site_keys.generate()
        with self.store.uow() as uow:
            s = uow.session
            own = load_own_keys(s)
            old = s.scalars(
                select(SiteKeyRow).where(
                    SiteKeyRow.site_id == own.site_id, SiteKeyRow.retired_at.is_(None)
                )
            ).one()
            old.retired_at = iso(now)
            s.add(
                SiteKeyRow(
                    id=str(uuid.uuid4()),
                    site_id=own.site_id,
                    signing_key=fresh.signing_key,
                    age_identity=fresh.age_identity,
                    created_at=iso(now),
                )
            )
            s.flush()
            self._audit(s, actor, "keys.rotate", own.site_id)
            return _export(load_own_keys(s))

    # --- peers ---------------------------------------------------------------------------------
    def trust_card(self, actor: Actor, card_bytes: bytes, fingerprint: str | None) -> TrustResult:
        """Trust a peer's card.

        A card is trusted when ``fingerprint`` (as a person read it from the other site) matches
        it, or, for a rotation, when it is endorsed by that site's currently trusted key (then
        a fingerprint given must match too). Anything else is refused and nothing is stored.

        Raises:
            ValidationError: ``card`` (not a card, this site's own, a revoked or an older key,
                a key of another site) or ``fingerprint`` (malformed, missing or different).
        """
        require(self.store, actor, Action.KEYS_MANAGE, object_type="site", clock=self.clock)
        try:
            card = key_card.parse_card(card_bytes)
        except CardError:
            raise ValidationError(
                "card", "This file is not a peerdesk key card, or it is damaged."
            ) from None
        typed = None
        if fingerprint is not None and fingerprint.strip():
            typed = key_card.normalize_fingerprint(fingerprint)
            if typed is None:
                raise ValidationError("fingerprint", f"{FINGERPRINT_HELP} Nothing was trusted.")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            own = load_own_keys(s)
            _check_not_own(card, own)
            existing = _check_key_history(s, card)
            if existing is not None:
                if typed is not None and typed != card.fingerprint:
                    raise _fingerprint_mismatch()
                return TrustResult(_trusted(s, existing), "already_trusted")
            current = current_peer_key(s, card.site_id)
            endorsed = current is not None and card.is_endorsed_by(
                minisign.PublicKey(
                    minisign.derive_key_id(current.signing_public_key), current.signing_public_key
                )
            )
            if typed is None and not endorsed:
                raise ValidationError(
                    "fingerprint",
                    "Confirm the card first: ask the other site to read its fingerprint aloud "
                    "and type it here. Nothing was trusted.",
                )
            if typed is not None and typed != card.fingerprint:
                raise _fingerprint_mismatch()
            row = self._store_card(s, actor, card, now_text=iso(now))
            replaced = self._replace_older(s, card.site_id, row.id)
            action = "keys.rotation_accept" if endorsed else "keys.trust"
            self._audit(s, actor, action, card.site_id)
            outcome = "rotated" if endorsed else "trusted"
            return TrustResult(_trusted(s, row), outcome, replaced)

    def list_trusted(self, actor: Actor) -> tuple[TrustedKey, ...]:
        """Every peer key ever trusted, by site name then newest first."""
        require(self.store, actor, Action.KEYS_MANAGE, object_type="site", clock=self.clock)
        with self.store.uow(write=False) as uow:
            s = uow.session
            rows = s.scalars(
                select(PeerKeyRow)
                .join(SiteRow, SiteRow.id == PeerKeyRow.site_id)
                .order_by(SiteRow.name, PeerKeyRow.trusted_at.desc(), PeerKeyRow.id)
            )
            return tuple(_trusted(s, r) for r in rows)

    def revoke(self, actor: Actor, site_id: str, key_id: str | None = None) -> tuple[str, ...]:
        """Revoke a site's keys (or one of them): bundles signed by them are refused from now.

        Returns:
            The key ids revoked.

        Raises:
            NotFound: no unrevoked trusted key matches.
        """
        require(
            self.store,
            actor,
            Action.KEYS_MANAGE,
            object_type="site",
            object_id=site_id,
            clock=self.clock,
        )
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            query = select(PeerKeyRow).where(
                PeerKeyRow.site_id == site_id, PeerKeyRow.revoked_at.is_(None)
            )
            if key_id:
                query = query.where(PeerKeyRow.key_id == key_id.strip().upper())
            rows = list(s.scalars(query))
            if not rows:
                raise NotFound("trusted key", key_id or site_id)
            for row in rows:
                row.revoked_at = iso(now)
                row.revoked_by = actor.username
            self._audit(s, actor, "keys.revoke", site_id)
            return tuple(r.key_id for r in rows)

    # --- helpers -------------------------------------------------------------------------------
    def _store_card(self, s: Session, actor: Actor, card: KeyCard, *, now_text: str) -> PeerKeyRow:
        site = s.get(SiteRow, card.site_id)
        if site is None:
            s.add(
                SiteRow(
                    id=card.site_id,
                    name=card.site_name,
                    kind=card.site_kind,
                    is_local=False,
                    created_at=now_text,
                )
            )
        else:
            site.name, site.kind = card.site_name, card.site_kind
        if s.get(SyncPeerRow, card.site_id) is None:
            s.add(SyncPeerRow(site_id=card.site_id))
        s.flush()
        row = PeerKeyRow(
            id=str(uuid.uuid4()),
            site_id=card.site_id,
            signing_public_key=card.signing_key.public_key,
            key_id=card.key_id,
            age_recipient=card.age_recipient,
            fingerprint=card.fingerprint,
            trusted_at=now_text,
            trusted_by=actor.username,
            revoked_by="",
        )
        s.add(row)
        s.flush()
        return row

    @staticmethod
    def _replace_older(s: Session, site_id: str, new_id: str) -> tuple[str, ...]:
        older = s.scalars(
            select(PeerKeyRow).where(
                PeerKeyRow.site_id == site_id,
                PeerKeyRow.id != new_id,
                PeerKeyRow.replaced_by.is_(None),
            )
        )
        replaced = []
        for row in older:
            row.replaced_by = new_id
            replaced.append(row.key_id)
        return tuple(replaced)

    def _audit(self, s: Session, actor: Actor, action: str, site_id: str) -> None:
        audit_log.append(
            s,
            at=self.clock(),
            actor=actor.username,
            action=action,
            object_type="site",
            object_id=site_id,
        )


def _export(own: OwnKeys) -> CardExport:
    card = key_card.make_card(
        site_id=own.site_id,
        site_name=own.site_name,
        site_kind=own.site_kind,
        keys=own.active,
        created_at=own.active_created_at,
        previous=own.retired[0] if own.retired else None,
    )
    return CardExport(
        own.site_id, card.key_id, card.fingerprint, card.to_text(), card.endorsement is not None
    )


def _check_not_own(card: KeyCard, own: OwnKeys) -> None:
    own_keys = {
        minisign.public_key_of(k.signing_key).public_key for k in (own.active, *own.retired)
    }
    if card.site_id == own.site_id or card.signing_key.public_key in own_keys:
        raise ValidationError(
            "card", "This is this site's own key card; trust the other site's card instead."
        )


def _check_key_history(s: Session, card: KeyCard) -> PeerKeyRow | None:
    """The row already trusting this very key, if it may stay; refuses the other cases."""
    rows = s.scalars(
        select(PeerKeyRow).where(PeerKeyRow.signing_public_key == card.signing_key.public_key)
    ).all()
    for row in rows:
        if row.site_id != card.site_id:
            raise ValidationError(
                "card",
                "This card's key already belongs to another trusted site; nothing was trusted.",
            )
        if row.revoked_at is not None:
            raise ValidationError(
                "card",
                f"This site's key was revoked here on {row.revoked_at[:10]}; ask the site for "
                "a new card. Nothing was trusted.",
            )
        if row.replaced_by is not None:
            raise ValidationError(
                "card",
                "This card is older than the one already trusted for that site; nothing was "
                "changed.",
            )
        if row.age_recipient != card.age_recipient:
            raise ValidationError(
                "card", "This card pairs a trusted key with a different encryption key; refused."
            )
        return row
    return None


def _fingerprint_mismatch() -> ValidationError:
    return ValidationError(
        "fingerprint",
        "The fingerprint does not match this card, so it was not trusted. Check that the card "
        "came from that site, and read the fingerprint again together.",
    )


def _trusted(s: Session, row: PeerKeyRow) -> TrustedKey:
    site = s.get(SiteRow, row.site_id)
    status = "revoked" if row.revoked_at else "replaced" if row.replaced_by else "current"
    return TrustedKey(
        site_id=row.site_id,
        site_name=site.name if site else "",
        site_kind=site.kind if site else "",
        key_id=row.key_id,
        fingerprint=row.fingerprint,
        trusted_at=row.trusted_at,
        trusted_by=row.trusted_by,
        status=status,
        revoked_at=row.revoked_at,
    )
