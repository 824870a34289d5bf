"""The record of bundles written, imported and held, and the acknowledgment they carry."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import BundleLogRow, SyncPeerRow
from peerdesk.sync.bundle_format import bundle_file_name
from peerdesk.sync.manifest import Manifest
from peerdesk.sync.payload_checks import invalid


def ack_for(s: Session, peer: SyncPeerRow) -> int:
    """The highest change seq of the peer's that this site applied (its last bundle's end)."""
    if not peer.last_received_bundle_id:
        return 0
    row = s.get(BundleLogRow, peer.last_received_bundle_id)
    return row.change_seq_to if row is not None else 0


def extra_int(m: Manifest, name: str) -> int:
    """A non-negative integer the change-log layer put in the manifest (0 when absent).

    Raises:
        BundleRejected: ``invalid_record`` when the field is not such an integer.
    """
    value = m.extra.get(name, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise invalid(f"the manifest field {name} is not valid")
    return value


def log_row(
    m: Manifest, direction: str, peer_site_id: str, manifest_sha256: str, at: str, by: str
) -> BundleLogRow:
    """The ``bundle_log`` row for a bundle ``sent`` or ``received``."""
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
