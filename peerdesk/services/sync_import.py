"""The steps of an import, shared by the import itself and its preview.

``check_and_apply`` runs every check in order and applies the records in the caller's
transaction. ``SyncPreviewService.preview`` runs the very same steps and then rolls the
transaction back, so a person sees what a bundle will change (records new and updated per
kind, conflicts, possible duplicates) before anything is written.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from peerdesk.db import audit_log
from peerdesk.db.models import SiteRow, SyncPeerRow
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.records import ServiceBase
from peerdesk.services.sync_progress import SyncProgress, between, interruptible, step
from peerdesk.sync.bundle_format import SCHEMA_VERSION, open_bundle
from peerdesk.sync.bundle_log import COPY_MESSAGE, copy_suspected, extra_int, trusted_ack
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.keyring import DbReceiverState
from peerdesk.sync.manifest import Manifest
from peerdesk.sync.payload_apply import (
    ApplyResult,
    Exchange,
    apply_records,
    check_records,
    invalid,
    parse_payload,
)
from peerdesk.sync.payload_export import last_change_seq

OBJECT = "bundle"
CLASH_MESSAGE = "a record clashes with one already here"


@dataclass(frozen=True)
class Applied:
    """A bundle that passed every check (``result`` is None when already imported)."""

    manifest: Manifest
    manifest_sha256: str
    ack_change_seq: int
    result: ApplyResult | None


def check_and_apply(
    s: Session, path: Path, now: datetime, progress: SyncProgress | None = None
) -> Applied:
    """Check ``path`` in order and apply its records in the caller's transaction.

    Raises:
        BundleRejected: the first failed check.
        SyncCancelled: ``progress`` was cancelled (the caller rolls back).
    """
    with interruptible(s, progress):  # a cancel also stops the statement running
        return _check_and_apply(s, path, now, progress)


def _check_and_apply(
    s: Session, path: Path, now: datetime, progress: SyncProgress | None
) -> Applied:
    step(progress, 0)
    state = DbReceiverState(s)
    opened = open_bundle(path, state)
    step(progress, 5)
    m = opened.manifest
    if opened.already_imported:
        return Applied(m, opened.manifest_sha256, 0, None)
    peer = s.get(SyncPeerRow, m.sender_site_id)
    # After this site was restored from a backup, an acknowledgment of a bundle it does not
    # remember writing is not trusted: the acknowledgment already held is kept.
    if peer is not None and copy_suspected(s, peer, m):
        raise BundleRejected("clone_suspected", COPY_MESSAGE, m)
    ack = trusted_ack(s, peer, m) if peer is not None else extra_int(m, "ack_change_seq")
    if ack > last_change_seq(s):
        raise invalid("the acknowledgment is ahead of this site's changes")
    older = m.schema_version < SCHEMA_VERSION
    plain = opened.decrypt()
    step(progress, 10)
    records = parse_payload(plain, older=older)
    del plain  # not held through the checks and the apply (tens of MB)
    step(progress, 30)
    if dict(Counter(r.table for r in records)) != dict(m.counts):
        raise invalid("the number of records differs from the signed manifest")
    check_records(s, records, state.local_site_id, now)
    step(progress, 40)
    ex = Exchange(m.sender_site_id, m.bundle_id, ack, state.local_site_id, now)
    applied = apply_records(s, records, ex, between(progress, 40, 90))
    step(progress, 90)
    return Applied(m, opened.manifest_sha256, ack, applied)


@dataclass(frozen=True)
class ImportPreview:
    """What importing a bundle would do (nothing was written)."""

    bundle_id: str
    sender_site_id: str
    sender_name: str
    sequence: int
    created_at: str
    already_imported: bool = False
    #: table -> records the bundle brings that are new here / change a record here.
    new: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: int = 0
    duplicates: int = 0
    #: Conflicts held here that the bundle's settlements would close (``import_settled``).
    settled: int = 0


class _Rollback(Exception):
    """Ends a preview's transaction without writing."""

    def __init__(self, preview: ImportPreview) -> None:
        super().__init__("preview")
        self.preview = preview


class SyncPreviewService(ServiceBase):
    """Dry runs of an import (BUNDLE_IMPORT)."""

    def preview(
        self, actor: Actor, path: Path, *, progress: SyncProgress | None = None
    ) -> ImportPreview:
        """Run every check of an import and the merge, report, and roll back.

        Raises:
            BundleRejected: the reason the import would be refused (audited, as it would be
                on import); the database is unchanged.
            SyncCancelled: ``progress`` was cancelled (nothing to undo: nothing is audited).
        """
        self._require(actor, Action.BUNDLE_IMPORT, OBJECT)
        now = self.clock()
        try:
            with self.store.uow() as uow:
                s = uow.session
                done = check_and_apply(s, path, now, progress)
                m, r = done.manifest, done.result
                sender = s.scalar(select(SiteRow.name).where(SiteRow.id == m.sender_site_id))
                preview = ImportPreview(
                    m.bundle_id,
                    m.sender_site_id,
                    sender or "",
                    m.sequence,
                    m.created_at,
                    r is None,
                )
                if r is not None:
                    preview = ImportPreview(
                        **{
                            **preview.__dict__,
                            "new": dict(sorted(r.inserted_by.items())),
                            "changed": dict(sorted(r.updated_by.items())),
                            "unchanged": r.unchanged,
                            "conflicts": r.conflicts,
                            "duplicates": len(r.found),
                            "settled": len(r.settled),
                        }
                    )
                raise _Rollback(preview)
        except _Rollback as done_:
            return done_.preview
        except IntegrityError:
            exc = invalid(CLASH_MESSAGE)
            self._refused(actor, exc)
            raise exc from None
        except BundleRejected as exc:
            self._refused(actor, exc)
            raise

    def _refused(self, actor: Actor, exc: BundleRejected) -> None:
        bundle_id = exc.manifest.bundle_id if exc.manifest is not None else ""
        with self.store.uow() as uow:
            audit_log.append(
                uow.session,
                at=self.clock(),
                actor=actor.username,
                action="sync.import_refused",
                object_type=OBJECT,
                object_id=bundle_id,
                outcome=exc.reason[:16],
            )


def found_items(result: ApplyResult) -> list[tuple[str, str, str, str]]:
    """(item id, imported id, local id, reason) of the possible duplicates an import kept."""
    out = []
    for d in result.found:
        local, reason = json.loads(d["kept_value"]), json.loads(d["other_value"])
        if isinstance(local, str) and isinstance(reason, str):
            out.append((d["id"], d["record_id"], local, reason))
    return out
