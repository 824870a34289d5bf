"""The record of bundles written, imported and held, and the acknowledgment they carry.

Directions in ``bundle_log``: ``sent`` (written to the drive and read back intact),
``failed`` (the write failed after the file got its final name: a complete copy may be on the
drive, so its sequence number is spent), ``received`` and ``held``.

Sequence numbers after a restored backup (``next_sequence``): a site restored from a backup
has forgotten the bundles it wrote after that backup, so counting on from its last recorded
number would reuse numbers the recipient already holds (refused as a possible clone). After a
restore (the ``backup.restore`` audit entry the restore writes into the database), the next
number is at least the restore's *epoch*: the seconds from 2020-01-01 to the restore (seconds,
not minutes: two restores a minute apart with bundles written between them must not meet).
That is far above any count of bundles, grows with each later restore, and lands as a gap,
which the recipient accepts. A copied database that was not restored keeps counting from
where it was, so a real clone still collides with the original and is refused (and one that
imports first is caught by ``copy_suspected``).
"""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import AuditRow, BundleLogRow, SyncPeerRow
from peerdesk.sync.bundle_format import bundle_file_name
from peerdesk.sync.manifest import Manifest
from peerdesk.sync.payload_checks import invalid


def ack_for(s: Session, peer: SyncPeerRow) -> int:
    """The highest change seq of the peer's that this site applied (its last bundle's end)."""
    if not peer.last_received_bundle_id:
        return 0
    row = s.get(BundleLogRow, peer.last_received_bundle_id)
    return row.change_seq_to if row is not None else 0


#: The start of restore epochs (seconds are counted from it).
EPOCH_START = datetime(2020, 1, 1, tzinfo=UTC)
RESTORE_ACTION = "backup.restore"


def restore_epoch(s: Session) -> int:
    """Seconds from 2020-01-01 to the latest restore of this database (0: never restored)."""
    at = s.scalar(
        select(AuditRow.at)
        .where(AuditRow.action == RESTORE_ACTION)
        .order_by(AuditRow.seq.desc())
        .limit(1)
    )
    if not at:
        return 0
    when = datetime.fromisoformat(at.replace("Z", "+00:00"))
    return max(0, int((when - EPOCH_START).total_seconds()))


def next_sequence(s: Session, peer: SyncPeerRow) -> int:
    """The sequence number of the next bundle to ``peer`` (see the module docstring)."""
    return max(peer.last_sent_sequence + 1, restore_epoch(s))


def learn_sent_position(s: Session, peer: SyncPeerRow, m: Manifest) -> bool:
    """Take the peer's word for the last bundle of ours it imported, when it is ahead.

    A bundle from ``peer`` names (``ack_sequence``, ``ack_bundle_id``) the last bundle of this
    site's it imported. After a restore this site may not remember writing it: counting on
    from there keeps the peer's chain whole. Returns whether anything was learned.
    """
    seq = extra_int(m, "ack_sequence")
    bundle_id = m.extra.get("ack_bundle_id", "")
    if seq <= peer.last_sent_sequence or not isinstance(bundle_id, str) or not bundle_id:
        return False
    peer.last_sent_sequence, peer.last_sent_bundle_id = seq, bundle_id
    return True


#: Shown when a peer acknowledges a bundle of this site's that this database never wrote.
COPY_MESSAGE = (
    "The other site has imported a bundle from this site that this computer never wrote: "
    "another copy of this site may be in use. Nothing was imported. Tell the program "
    "administrator."
)


def copy_suspected(s: Session, peer: SyncPeerRow, m: Manifest) -> bool:
    """Whether ``peer`` acknowledges a bundle of this site's that this database cannot have
    written nor forgotten: another copy of the database is sending.

    The peer names the last bundle of ours it imported (``ack_sequence``, ``ack_bundle_id``).
    When it is ahead of the last this site wrote and not in its log, only a restore explains
    it, and only for bundles written before that restore (numbered below its epoch). Without
    this check, a copied database that imports before it exports would learn the copy's
    position (``learn_sent_position``) and the clone would never be noticed.
    """
    seq = extra_int(m, "ack_sequence")
    if seq <= peer.last_sent_sequence or seq < restore_epoch(s):
        return False
    bundle_id = m.extra.get("ack_bundle_id", "")
    if not isinstance(bundle_id, str) or not bundle_id:
        return False  # an older peerdesk: nothing to compare
    row = s.get(BundleLogRow, bundle_id)
    return row is None or row.direction not in ("sent", "failed")


def trusted_ack(s: Session, peer: SyncPeerRow, m: Manifest) -> int:
    """The acknowledged change seq to keep from a bundle ``m`` sent by ``peer``.

    ``ack_change_seq`` counts this site's changes. When the bundle it acknowledges
    (``ack_bundle_id``) is not in this site's log, the peer imported a bundle this database
    never wrote (it was restored from a backup since): the number may count changes the
    restore took away, so the acknowledgment already held is kept (more is sent again, nothing
    is skipped). Bundles without ``ack_bundle_id`` (older peerdesk) are taken at their word.
    """
    ack = extra_int(m, "ack_change_seq")
    bundle_id = m.extra.get("ack_bundle_id", "")
    if not isinstance(bundle_id, str) or not bundle_id:
        return ack
    row = s.get(BundleLogRow, bundle_id)
    if row is not None and row.direction in ("sent", "failed") and row.peer_site_id == peer.site_id:
        return ack
    return min(ack, peer.acked_change_seq)


def extra_int(m: Manifest, name: str) -> int:
    """A non-negative integer the change-log layer put in the manifest (0 when absent).

    Raises:
        BundleRejected: ``invalid_record`` when the field is not such an integer.
    """
    value = m.extra.get(name, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise invalid(f"the manifest field {name} is not valid")
    return value


def acked_settled(s: Session, peer: SyncPeerRow, m: Manifest) -> int:
    """The settlement number the peer acknowledged with bundle ``m``: the ``settled_to`` of
    the bundle of ours it names as imported last (``ack_bundle_id``), when this site wrote it
    to that peer; else (a bundle this database does not remember, an older peerdesk) the one
    already held, so settlements are sent again rather than skipped (``import_settled``)."""
    bundle_id = m.extra.get("ack_bundle_id", "")
    if not isinstance(bundle_id, str) or not bundle_id:
        return peer.acked_settled_seq
    row = s.get(BundleLogRow, bundle_id)
    if row is not None and row.direction in ("sent", "failed") and row.peer_site_id == peer.site_id:
        return row.settled_to
    return peer.acked_settled_seq


def log_row(
    m: Manifest,
    direction: str,
    peer_site_id: str,
    manifest_sha256: str,
    at: str,
    by: str,
    settled_to: int = 0,
) -> BundleLogRow:
    """The ``bundle_log`` row for a bundle ``sent`` or ``received`` (``settled_to``: for one
    sent, the highest settlement number when it was written)."""
    return BundleLogRow(
        id=m.bundle_id,
        direction=direction,
        peer_site_id=peer_site_id,
        sequence=m.sequence,
        manifest_sha256=manifest_sha256,
        payload_sha256=m.payload_sha256,
        change_seq_from=extra_int(m, "change_seq_from"),
        change_seq_to=extra_int(m, "change_seq_to"),
        counts=json.dumps(dict(m.counts), sort_keys=True),
        at=at,
        by=by,
        settled_to=settled_to,
    )


def hold_bundle(s: Session, held_dir: Path, source: Path, m: Manifest, at: str, by: str) -> Path:
    """Copy a bundle from a newer peerdesk aside (once) and record it as ``held``.

    The copy is the signed, encrypted file as it came: nothing is decrypted. Returns its path.
    """
    target = held_dir / bundle_file_name(m)
    known = s.scalar(
        select(func.count())
        .select_from(BundleLogRow)
        .where(
            BundleLogRow.direction == "held",
            BundleLogRow.peer_site_id == m.sender_site_id,
            BundleLogRow.sequence == m.sequence,
        )
    )
    if known:
        return target
    held_dir.mkdir(exist_ok=True)
    shutil.copyfile(source, target)
    s.add(
        BundleLogRow(
            id=str(uuid.uuid4()),
            direction="held",
            peer_site_id=m.sender_site_id,
            sequence=m.sequence,
            manifest_sha256="",
            payload_sha256=m.payload_sha256,
            counts=json.dumps(dict(m.counts), sort_keys=True),
            at=at,
            by=by,
            held_path=str(target),
        )
    )
    return target
