"""A site's public key card, and the fingerprint a person reads aloud to confirm it.

A card is a small JSON file::

    {"format": "peerdesk-key-card/1", "site_id": ..., "site_name": ..., "site_kind": ...,
     "minisign_public_key": "RWQ...", "key_id": "8E89BD14A739AED6",
     "age_recipient": "age1...", "created_at": ..., "fingerprint": "7K3QX-...",
     "endorsement": null or the minisign signature, by the site's previous key, of this card}

The *signed content* of a card is the canonical JSON of ``format``, ``site_id``, ``site_name``,
``site_kind``, ``minisign_public_key`` and ``age_recipient``: everything a peer relies on.

The *fingerprint* is the first 100 bits of SHA-256("peerdesk-key-card-fingerprint/1\\n" ||
signed content), written as 20 Crockford base32 characters in 4 groups of 5
(``7K3QX-0ZP4M-W9HRT-C2EGB``): no I, L, O or U, so it reads aloud without mix-ups, and a
reader's O, I or L is taken as 0, 1, 1. Finding another card with the same fingerprint takes
about 2^100 work. The ``fingerprint`` field in the file is a convenience only: trust compares
the fingerprint a person was told with the one computed from the card's content.

An *endorsement* makes a rotation: the new card's signed content signed (minisign) by the
site's previous Ed25519 key, so a peer that trusts the old key can accept the new one.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from peerdesk.sync import minisign
from peerdesk.sync.manifest import canonical_json, is_uuid
from peerdesk.sync.site_keys import SiteKeyMaterial

CARD_FORMAT = "peerdesk-key-card/1"
MAX_CARD_BYTES = 16 * 1024
SITE_KINDS = ("facility", "office")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_FP_DOMAIN = b"peerdesk-key-card-fingerprint/1\n"
_FP_CHARS = 20
_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
_CARD_KEYS = frozenset(
    {
        "format",
        "site_id",
        "site_name",
        "site_kind",
        "minisign_public_key",
        "key_id",
        "age_recipient",
        "created_at",
        "fingerprint",
        "endorsement",
    }
)


class CardError(ValueError):
    """The bytes are not a well-formed, undamaged key card."""


@dataclass(frozen=True)
class KeyCard:
    """A site's public identity: who it is and the keys it signs with and receives with."""

    site_id: str
    site_name: str
    site_kind: str
    signing_key: minisign.PublicKey
    age_recipient: str
    created_at: str
    endorsement: minisign.Signature | None = None

    @property
    def key_id(self) -> str:
        """The signing key's id as minisign prints it."""
        return self.signing_key.key_id_hex

    def signed_content(self) -> bytes:
        """The canonical bytes the fingerprint and an endorsement cover."""
        return canonical_json(
            {
                "format": CARD_FORMAT,
                "site_id": self.site_id,
                "site_name": self.site_name,
                "site_kind": self.site_kind,
                "minisign_public_key": self.signing_key.line(),
                "age_recipient": self.age_recipient,
            }
        )

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signed_content())

    def to_text(self) -> str:
        """The card file's text (readable JSON, UTF-8)."""
        body: dict[str, Any] = {
            "format": CARD_FORMAT,
            "site_id": self.site_id,
            "site_name": self.site_name,
            "site_kind": self.site_kind,
            "minisign_public_key": self.signing_key.line(),
            "key_id": self.key_id,
            "age_recipient": self.age_recipient,
            "created_at": self.created_at,
            "fingerprint": self.fingerprint,
            "endorsement": self.endorsement.text() if self.endorsement else None,
        }
        return json.dumps(body, indent=2, ensure_ascii=False) + "\n"

    def is_endorsed_by(self, key: minisign.PublicKey) -> bool:
        """True when the card carries a valid endorsement by ``key``."""
        return self.endorsement is not None and minisign.verify(
            self.signed_content(), self.endorsement, key
        )


def make_card(
    *,
    site_id: str,
    site_name: str,
    site_kind: str,
    keys: SiteKeyMaterial,
    created_at: str,
    previous: SiteKeyMaterial | None = None,
) -> KeyCard:
    """The card for ``keys``; endorsed by ``previous`` (the retired key set) when given."""
    card = KeyCard(
        site_id=site_id,
        site_name=site_name,
        site_kind=site_kind,
        signing_key=minisign.public_key_of(keys.signing_key),
        age_recipient=keys.age_recipient(),
        created_at=created_at,
    )
    if previous is None:
        return card
    endorsement = minisign.sign(
        card.signed_content(),
        previous.signing_key,
        trusted_comment=f"peerdesk key rotation site {site_id} new key {card.key_id}",
        untrusted_comment="peerdesk key card endorsement by the previous key",
    )
    return replace(card, endorsement=endorsement)


def parse_card(data: bytes) -> KeyCard:
    """Read a card file strictly.

    Raises:
        CardError: not a card, a field malformed, or the written fingerprint does not match
            the content (a damaged or edited card).
    """
    if len(data) > MAX_CARD_BYTES:
        raise CardError("too large for a key card")
    try:
        obj = json.loads(data.decode("utf-8"), parse_float=_refuse, parse_constant=_refuse)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CardError("not JSON") from None
    if not isinstance(obj, dict) or obj.get("format") != CARD_FORMAT:
        raise CardError("not a peerdesk key card")
    if not set(obj) <= _CARD_KEYS:
        raise CardError("unknown fields")
    try:
        card = KeyCard(
            site_id=_field(obj, "site_id", is_uuid),
            site_name=_field(obj, "site_name", _good_name),
            site_kind=_field(obj, "site_kind", SITE_KINDS.__contains__),
            signing_key=minisign.parse_public_key(_field(obj, "minisign_public_key")),
            age_recipient=_field(obj, "age_recipient", _good_recipient),
            created_at=_field(obj, "created_at", lambda v: len(v) <= 40),
            endorsement=(
                minisign.parse_signature(_field(obj, "endorsement"))
                if obj.get("endorsement") is not None
                else None
            ),
        )
    except minisign.MinisignError as exc:
        raise CardError(str(exc)) from None
    if card.signing_key.key_id != minisign.derive_key_id(card.signing_key.public_key):
        raise CardError("key id does not belong to the key")
    for name, value in (("key_id", card.key_id), ("fingerprint", card.fingerprint)):
        if name in obj and obj[name] != value:
            raise CardError(f"the card's {name} does not match its keys: it is damaged")
    return card


def fingerprint_of(content: bytes) -> str:
    digest = hashlib.sha256(_FP_DOMAIN + content).digest()
    bits = int.from_bytes(digest, "big") >> (256 - 5 * _FP_CHARS)
    chars = "".join(CROCKFORD[(bits >> (5 * i)) & 31] for i in reversed(range(_FP_CHARS)))
    return "-".join(chars[i : i + 5] for i in range(0, _FP_CHARS, 5))


def normalize_fingerprint(text: str) -> str | None:
    """A typed fingerprint in its canonical spelling, or None when it cannot be one.

    Case, spaces and dashes do not matter; O is read as 0, I and L as 1.
    """
    cleaned = re.sub(r"[\s-]", "", text.upper()).translate(str.maketrans("OIL", "011"))
    if len(cleaned) != _FP_CHARS or any(c not in CROCKFORD for c in cleaned):
        return None
    return "-".join(cleaned[i : i + 5] for i in range(0, _FP_CHARS, 5))


def _refuse(text: str) -> object:
    raise ValueError("no floats in a key card")


def _field(obj: dict[str, Any], name: str, ok: Any = None) -> str:
    value = obj.get(name)
    if not isinstance(value, str) or (ok is not None and not ok(value)):
        raise CardError(f"{name} is missing or malformed")
    return value


def _good_name(value: str) -> bool:
    return (
        0 < len(value) <= 200
        and value == unicodedata.normalize("NFC", value).strip()
        and all(unicodedata.category(c)[0] != "C" for c in value)
    )


def _good_recipient(value: str) -> bool:
    if not _AGE_RECIPIENT.fullmatch(value):
        return False
    import pyrage

    try:
        pyrage.x25519.Recipient.from_str(value)
    except Exception:  # pyrage raises its own error types
        return False
    return True
