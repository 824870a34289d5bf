"""Where an incoming bundle stands in the sequence of bundles from its sender.

Each sender numbers the bundles it writes to one recipient 1, 2, 3, ... and names the previous
bundle's id in each. The recipient remembers the highest sequence it imported (and that
bundle's id) and the manifest digest of every bundle it imported. Bundles are cumulative since
the last acknowledgment, so a gap (a lost stick) is allowed: the later bundle carries it all.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum


class SequenceStatus(StrEnum):
    """The verdict on an incoming bundle's sequence number."""

    #: The next one expected.
    NEW = "new"
    #: Later than the next one expected: some bundle never arrived. Allowed; it heals.
    GAP = "gap"
    #: This very bundle was imported before: a no-op that says so.
    ALREADY_IMPORTED = "already_imported"
    #: Same sequence number, different content (or a chain that forks): a cloned device or a
    #: stolen key. Refused and flagged.
    CLONE_SUSPECTED = "clone_suspected"
    #: Older than one already imported and never seen: its changes came with the later bundle.
    STALE = "stale"


#: Statuses that let the import go on to decrypt and apply.
ACCEPTED = frozenset({SequenceStatus.NEW, SequenceStatus.GAP})


def classify_sequence(
    last_received: int,
    seen_digests_for_that_seq: Collection[str],
    incoming_sequence: int,
    incoming_digest: str,
    *,
    last_received_bundle_id: str = "",
    incoming_previous_bundle_id: str = "",
) -> SequenceStatus:
    """Classify an incoming bundle against what was imported from its sender before.

    Args:
        last_received: the highest sequence imported from the sender (0 for none).
        seen_digests_for_that_seq: manifest digests of bundles imported from the sender with
            the incoming sequence number (empty when none was).
        incoming_sequence: the incoming manifest's sequence number (1 or more).
        incoming_digest: SHA-256 (hex) of the incoming signed manifest.
        last_received_bundle_id: id of the bundle imported at ``last_received`` ("" if none).
        incoming_previous_bundle_id: the previous bundle id the incoming manifest names.

    Returns:
        The status. ``NEW`` whose previous-bundle link contradicts the last imported bundle
        is ``CLONE_SUSPECTED``: two different bundles claim the same place in the chain.
    """
    if seen_digests_for_that_seq:
        if incoming_digest in seen_digests_for_that_seq:
            return SequenceStatus.ALREADY_IMPORTED
        return SequenceStatus.CLONE_SUSPECTED
    if incoming_sequence <= last_received:
        return SequenceStatus.STALE
    if incoming_sequence == last_received + 1:
        if last_received > 0 and incoming_previous_bundle_id != last_received_bundle_id:
            return SequenceStatus.CLONE_SUSPECTED
        return SequenceStatus.NEW
    return SequenceStatus.GAP
