"""Reading another site's key card file before trusting it: who the card says it is, and
whether it would replace the key trusted for that site now.

Nothing is stored here; :meth:`peerdesk.services.trust.TrustService.trust_card` decides. The
preview lets a person see the site's name on the screen while the other site reads its
fingerprint aloud. Needs ``KEYS_MANAGE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from peerdesk.clock import Clock, utcnow
from peerdesk.db.store import Store
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.trust import CardExport, TrustService
from peerdesk.sync import key_card
from peerdesk.sync.key_card import CardError
from peerdesk.sync.keyring import current_peer_key, load_own_keys

NOT_A_CARD = "This file is not a peerdesk key card, or it is damaged."
OWN_CARD = "This is this site's own key card; trust the other site's card instead."


@dataclass(frozen=True)
class CardPreview:
    """A card file as read, with what trusting it would mean here.

    Attributes:
        data: the file's bytes, to hand to ``TrustService.trust_card`` unchanged.
        replaces_key: the site already has a trusted key and this card holds another one.
        already_trusted: this very key is the one trusted for the site now.
    """

    site_id: str
    site_name: str
    site_kind: str
    key_id: str
    data: bytes
    replaces_key: bool
    already_trusted: bool


@dataclass(frozen=True)
class OwnCard:
    """This site's name and kind with its current card (to show and to save)."""

    site_name: str
    site_kind: str
    card: CardExport


def card_file_name(site_name: str) -> str:
    """A file name for a site's card: ``key-card-riverside-unit.json`` (ASCII, no spaces)."""
    slug = re.sub(r"[^a-z0-9]+", "-", site_name.lower()).strip("-")[:60].strip("-")
    return f"key-card-{slug or 'site'}.json"


def read_card_file(path: Path) -> bytes:
    """The bytes of a card file, refusing what cannot be a card before reading it all.

    Raises:
        ValidationError: ``card``: the file cannot be read or is far too large for a card.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(key_card.MAX_CARD_BYTES + 1)
    except OSError as exc:
        raise ValidationError(
            "card", f"The file {path.name} cannot be read: {exc.strerror or 'error'}."
        ) from None
    if len(data) > key_card.MAX_CARD_BYTES:
        raise ValidationError("card", NOT_A_CARD)
    return data


class CardPreviewService:
    """Reads a card file and says who it is from; stores nothing.

    Args:
        store: the open store.
        clock: the time of an audited denial.
    """

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def own_card(self, actor: Actor) -> OwnCard:
        """This site's current card with the name and kind it carries."""
        export = TrustService(self.store, self.clock).own_card(actor)
        card = key_card.parse_card(export.text.encode("utf-8"))
        return OwnCard(card.site_name, card.site_kind, export)

    def preview_file(self, actor: Actor, path: Path) -> CardPreview:
        """Read ``path`` and preview it (see :meth:`preview`)."""
        require(self.store, actor, Action.KEYS_MANAGE, object_type="site", clock=self.clock)
        return self.preview(actor, read_card_file(path))

    def preview(self, actor: Actor, data: bytes) -> CardPreview:
        """The site a card names, and whether it would replace that site's trusted key.

        Raises:
            ValidationError: ``card``: not a card, or this site's own card.
        """
        require(self.store, actor, Action.KEYS_MANAGE, object_type="site", clock=self.clock)
        try:
            card = key_card.parse_card(data)
        except CardError:
            raise ValidationError("card", NOT_A_CARD) from None
        with self.store.uow(write=False) as uow:
            s = uow.session
            own = load_own_keys(s)
            if card.site_id == own.site_id:
                raise ValidationError("card", OWN_CARD)
            current = current_peer_key(s, card.site_id)
            same = current is not None and current.signing_public_key == (
                card.signing_key.public_key
            )
            return CardPreview(
                site_id=card.site_id,
                site_name=card.site_name,
                site_kind=card.site_kind,
                key_id=card.key_id,
                data=data,
                replaces_key=current is not None and not same,
                already_trusted=same,
            )
