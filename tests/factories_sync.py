"""Factories for sync tests: sites' key sets, bundles, an in-memory receiver state."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from peerdesk.sync import minisign, site_keys
from peerdesk.sync.bundle_format import BuiltBundle, BundleHeader, build_bundle
from peerdesk.sync.key_card import KeyCard, make_card
from peerdesk.sync.receiver import SequenceHistory, SignerKey
from peerdesk.sync.site_keys import SiteKeyMaterial
from peerdesk.sync.zip_container import layout, read_members

WHEN = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
PAYLOAD = b'{"changes":[{"table":"participants","marker":"PLAINTEXT-MARKER-7731"}]}\n' * 20


@dataclass
class Party:
    """One site: its id, name, kind and key sets (``keys`` is the current one)."""

    site_id: str
    keys: SiteKeyMaterial
    name: str = "Riverside Unit"
    kind: str = "facility"
    retired: list[SiteKeyMaterial] = field(default_factory=list)

    @property
    def public(self) -> minisign.PublicKey:
        return minisign.public_key_of(self.keys.signing_key)

    def signer(self, revoked: bool = False) -> SignerKey:
        return SignerKey(self.site_id, self.public.key_id_hex, self.public.public_key, revoked)

    def card(self, previous: SiteKeyMaterial | None = None) -> KeyCard:
        return make_card(
            site_id=self.site_id,
            site_name=self.name,
            site_kind=self.kind,
            keys=self.keys,
            created_at="2026-11-28T12:00:00.000000Z",
            previous=previous,
        )


def make_party(**overrides: Any) -> Party:
    base = Party(site_id=str(uuid.uuid4()), keys=site_keys.generate())
    return replace(base, **overrides)


@dataclass
class MemoryReceiverState:
    """A ``ReceiverState`` held in memory, for container tests without a database."""

    me: Party
    trusted: list[SignerKey] = field(default_factory=list)
    history: dict[str, SequenceHistory] = field(default_factory=dict)

    @property
    def local_site_id(self) -> str:
        return self.me.site_id

    def own_key_ids(self) -> Collection[str]:
        keys = [self.me.keys, *self.me.retired]
        return {minisign.public_key_of(k.signing_key).key_id_hex for k in keys}

    def signer_keys(self, key_id: str) -> Sequence[SignerKey]:
        return [k for k in self.trusted if k.key_id == key_id]

    def sequence_history(self, sender_site_id: str, sequence: int) -> SequenceHistory:
        return self.history.get(sender_site_id, SequenceHistory())

    def identities(self) -> Sequence[str]:
        return [self.me.keys.age_identity, *(k.age_identity for k in self.me.retired)]


def state_for(me: Party, *senders: Party) -> MemoryReceiverState:
    return MemoryReceiverState(me, [s.signer() for s in senders])


def make_bundle(
    sender: Party,
    recipient: Party,
    *,
    payload: bytes = PAYLOAD,
    sequence: int = 1,
    previous_bundle_id: str = "",
    signing_key: bytes | None = None,
    **overrides: Any,
) -> BuiltBundle:
    header = BundleHeader(
        sender_site_id=overrides.pop("sender_site_id", sender.site_id),
        recipient_site_id=overrides.pop("recipient_site_id", recipient.site_id),
        sequence=sequence,
        previous_bundle_id=previous_bundle_id,
        counts=overrides.pop("counts", {"participants": 20, "notes": 3}),
        extra=overrides.pop("extra", {"change_seq_from": 1, "change_seq_to": 23}),
    )
    return build_bundle(
        payload,
        header,
        signing_key=signing_key or sender.keys.signing_key,
        recipients=[recipient.keys.age_recipient(), sender.keys.age_recipient()],
        created_at=WHEN,
        **overrides,
    )


MEMBER_NAMES = ("manifest.json", "manifest.json.minisig", "payload.age")


def members_of(data: bytes) -> list[bytes]:
    return [bytes(m) for m in read_members(data, MEMBER_NAMES, (1 << 20, 1 << 20, 1 << 30))]


def container(manifest: bytes, signature: bytes, payload: bytes) -> bytes:
    """A well-formed container around any three members (to build hostile bundles)."""
    return b"".join(
        bytes(c)
        for c in layout(list(zip(MEMBER_NAMES, (manifest, signature, payload), strict=True)))
    )
