"""Who may read, write, co-sign and remove notes, by sensitivity (no database here).

The reading rule, from the permission matrix:

- ``general`` notes: anyone with ``note.read_general``.
- ``sensitive`` notes: anyone with ``note.read_sensitive``; a person with ``note.read_general``
  only (a peer educator) reads their own sensitive notes and nobody else's.
- ``sud`` notes (substance-use treatment records, 42 CFR Part 2): only ``note.read_sud``,
  even for the author.

So a coordinator reads everything, reentry staff read everything, a peer educator reads
general notes and their own sensitive notes, and an auditor reads no notes at all.
``services.notes.readable_notes`` states the same rule as an SQL condition; a test checks the
two agree on every combination.

A person may write a note of a sensitivity they could read as its author. Notes written by
peer educators need a supervisor's co-signature; a co-signed note is never changed again (a
correction is a new note), and only its author (before co-signature) or a coordinator may
remove one.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Action, Role, is_allowed

MAX_BODY = 20_000


class Sensitivity(StrEnum):
    GENERAL = "general"
    SENSITIVE = "sensitive"
    #: Substance-use treatment record (42 CFR Part 2).
    SUD = "sud"


class CosignRefusal(StrEnum):
    ALREADY = "already"
    NOT_NEEDED = "not_needed"
    OWN_NOTE = "own_note"


def can_read(role: Role, actor_username: str, note_author: str, sensitivity: Sensitivity) -> bool:
    """Whether a user of ``role`` named ``actor_username`` may read a note."""
    if sensitivity is Sensitivity.GENERAL:
        return is_allowed(role, Action.NOTE_READ_GENERAL)
    if sensitivity is Sensitivity.SENSITIVE:
        if is_allowed(role, Action.NOTE_READ_SENSITIVE):
            return True
        return is_allowed(role, Action.NOTE_READ_GENERAL) and actor_username == note_author
    return is_allowed(role, Action.NOTE_READ_SUD)


def can_write(role: Role, sensitivity: Sensitivity) -> bool:
    """Whether ``role`` may write a note of ``sensitivity`` (one they could read as author)."""
    return is_allowed(role, Action.NOTE_WRITE) and can_read(role, "", "", sensitivity)


def needs_cosign(role: Role) -> bool:
    """Notes written by peer educators wait for a supervisor's co-signature."""
    return role is Role.PEER_EDUCATOR


def cosign_refusal(
    actor_username: str, note_author: str, needs: bool, cosigned_by: str
) -> CosignRefusal | None:
    """Why a note cannot be co-signed by ``actor_username``, or None if it can."""
    if cosigned_by:
        return CosignRefusal.ALREADY
    if not needs:
        return CosignRefusal.NOT_NEEDED
    if actor_username == note_author:
        return CosignRefusal.OWN_NOTE
    return None


def can_edit(actor_username: str, note_author: str, cosigned: bool) -> bool:
    """Only the author edits a note, and only until it is co-signed."""
    return actor_username == note_author and not cosigned


def can_tombstone(role: Role, actor_username: str, note_author: str, cosigned: bool) -> bool:
    """A coordinator may remove any note; the author only until it is co-signed."""
    return role is Role.COORDINATOR or can_edit(actor_username, note_author, cosigned)


def clean_body(value: str, field: str = "body") -> str:
    """Note text: trimmed, not empty, bounded; line breaks and tabs kept, no other controls."""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError(field, "The note cannot be empty.")
    if len(text) > MAX_BODY:
        raise ValidationError(field, f"The note is too long (at most {MAX_BODY} characters).")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        raise ValidationError(field, "The note contains control characters.")
    return text


def parse_sensitivity(value: str, field: str = "sensitivity") -> Sensitivity:
    try:
        return Sensitivity(value)
    except ValueError:
        raise ValidationError(
            field, "The sensitivity must be general, sensitive or sud (substance-use treatment)."
        ) from None
