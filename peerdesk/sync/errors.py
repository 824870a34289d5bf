"""Typed errors of sync: a refused bundle and a failed write to removable media.

Both carry a stable ``reason`` code (for the UI to translate, the audit trail and tests) and a
plain sentence for the CLI. Neither ever contains names, notes or key material.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from peerdesk.domain.errors import PeerdeskError

if TYPE_CHECKING:
    from peerdesk.sync.manifest import Manifest


class BundleRejected(PeerdeskError):
    """A bundle failed one of the import checks; nothing was changed.

    Attributes:
        reason: a stable code, one of ``REJECT_REASONS``.
        message: a plain sentence for the user.
        manifest: the manifest, only when its signature by a trusted key was verified before
            the failing check (so the caller may record the refusal or keep a newer-schema
            bundle aside); None otherwise.
    """

    def __init__(self, reason: str, message: str, manifest: Manifest | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.manifest = manifest


class MediaError(PeerdeskError):
    """Writing a file to a drive or folder failed; nothing that looks valid was left there.

    Attributes:
        reason: ``missing_target``, ``exists``, ``full``, ``read_only``, ``no_permission``,
            ``removed``, ``verify_failed`` or ``io``.
        message: a plain sentence for the user.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


#: Every reason ``open_bundle`` (and ``OpenedBundle.decrypt``) may give, with its message.
REJECT_REASONS: Mapping[str, str] = {
    "unreadable": "The bundle file cannot be read.",
    "too_large": "This file is too large to be a peerdesk bundle.",
    "malformed": "This file is not a complete peerdesk bundle: it is damaged, cut short or "
    "was changed. Write the bundle again at the site it came from.",
    "own_bundle": "This bundle was written by this site; import it at the site it is for.",
    "untrusted_signer": "This bundle is signed by a key this site does not trust. Trust the "
    "sender's key card first (if the site changed its keys, trust its new card).",
    "revoked_signer": "This bundle is signed by a key that was revoked here, so it is refused.",
    "bad_signature": "The bundle's signature is not valid: it was changed after it was written.",
    "sender_mismatch": "The bundle names a different sender than the site whose key signed it.",
    "wrong_recipient": "This bundle is for another site; nothing was imported.",
    "newer_schema": "This bundle was written by a newer version of peerdesk. It is kept aside "
    "and can be imported once peerdesk is updated here.",
    "payload_mismatch": "The bundle's contents do not match its signed manifest: it was "
    "damaged or changed.",
    "clone_suspected": "This bundle has the same place in the sequence as a different bundle "
    "already imported from that site. It is refused: the sending computer may have been copied "
    "or its key stolen. Tell the program administrator.",
    "stale_sequence": "This bundle is older than one already imported from that site; its "
    "changes came with the later bundle, so there is nothing to import.",
    "decrypt_failed": "The bundle cannot be decrypted with this site's keys.",
    "invalid_record": "The bundle holds a record this site cannot accept; nothing was imported.",
}


def rejected(reason: str, manifest: Manifest | None = None) -> BundleRejected:
    """``BundleRejected`` with the standard message for ``reason``."""
    return BundleRejected(reason, REJECT_REASONS[reason], manifest)
