"""What ``open_bundle`` asks of the importing site: its keys, trusted peers and history."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class SignerKey:
    """A trusted peer signing key (revoked ones are listed too, flagged)."""

    site_id: str
    key_id: str
    public_key: bytes
    revoked: bool = False


@dataclass(frozen=True)
class SequenceHistory:
    """What was imported from one sender before (see ``classify_sequence``)."""

    last_received: int = 0
    last_received_bundle_id: str = ""
    seen_digests: frozenset[str] = frozenset()


class ReceiverState(Protocol):
    """What ``open_bundle`` needs to know about the importing site."""

    @property
    def local_site_id(self) -> str: ...

    def own_key_ids(self) -> Collection[str]:
        """Key ids (minisign hex) of this site's own signing keys, current and retired."""
        ...

    def signer_keys(self, key_id: str) -> Sequence[SignerKey]:
        """Trusted peer keys going by ``key_id`` (minisign hex), revoked ones included."""
        ...

    def sequence_history(self, sender_site_id: str, sequence: int) -> SequenceHistory: ...

    def identities(self) -> Sequence[str]:
        """This site's age identities ("AGE-SECRET-KEY-1..."), current first, then retired."""
        ...
