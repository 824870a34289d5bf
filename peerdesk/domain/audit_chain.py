"""The hash chain of the audit trail, as pure functions.

Each entry's hash is SHA-256 over a canonical encoding of its fields and the previous entry's
hash, so changing, removing or reordering any entry breaks every hash after it. Entries hold ids
only, never names or notes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    """One audit entry as stored."""

    seq: int
    at: str  # UTC, ISO 8601 with microseconds and a Z
    actor: str  # user name, or "-" when nobody is signed in
    action: str
    object_type: str
    object_id: str
    outcome: str  # "ok", "denied", "failed"
    prev_hash: str
    hash: str


def entry_hash(
    *,
    seq: int,
    at: str,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    outcome: str,
    prev_hash: str,
) -> str:
    """SHA-256 (hex) of the canonical JSON of an entry's fields and its predecessor's hash."""
    body = json.dumps(
        [seq, at, actor, action, object_type, object_id, outcome, prev_hash],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class ChainVerdict:
    """Result of checking a chain: ``ok``, or the first broken entry and why."""

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""


def verify_chain(
    records: Iterable[AuditRecord], head: tuple[int, str] | None = None
) -> ChainVerdict:
    """Check sequence numbers, links and hashes in order.

    Args:
        records: entries in ascending ``seq`` order.
        head: the (seq, hash) the store recorded for its newest entry; catches a removed tail.
    """
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for rec in records:
        if rec.seq != expected_seq:
            why = "missing entries before it" if rec.seq > expected_seq else "out of order"
            return ChainVerdict(False, checked, rec.seq, why)
        if rec.prev_hash != prev_hash:
            return ChainVerdict(False, checked, rec.seq, "does not link to the entry before it")
        recomputed = entry_hash(
            seq=rec.seq,
            at=rec.at,
            actor=rec.actor,
            action=rec.action,
            object_type=rec.object_type,
            object_id=rec.object_id,
            outcome=rec.outcome,
            prev_hash=rec.prev_hash,
        )
        if recomputed != rec.hash:
            return ChainVerdict(False, checked, rec.seq, "its content was changed")
        prev_hash = rec.hash
        expected_seq += 1
        checked += 1
    if head is not None:
        head_seq, head_hash = head
        if head_seq > checked:
            return ChainVerdict(False, checked, checked + 1, "entries at the end were removed")
        if head_seq < checked:
            return ChainVerdict(
                False, checked, head_seq + 1, "entries were added after the newest real one"
            )
        if head_hash != prev_hash:
            return ChainVerdict(False, checked, head_seq, "the newest entry was replaced")
    return ChainVerdict(True, checked)
