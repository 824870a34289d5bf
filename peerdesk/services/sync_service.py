"""Sync between sites: export a bundle for a trusted site, import one, status, conflicts.

Acknowledgments ride in every bundle's signed manifest (``extra``): ``ack_change_seq`` is the
highest change-log seq of the recipient's that the sender applied (the ``change_seq_to`` of the
last bundle it imported from the recipient). On import the recipient advances
``sync_peers.acked_change_seq``, so its next bundle starts after what was delivered; a lost
stick costs nothing because every bundle carries everything not yet acknowledged.

Export takes the next sequence number (``bundle_log.next_sequence``) and reserves it in
``sync_peers`` before writing to the drive; only a bundle written and read back is logged as
``sent``. A write that fails before the file gets its final name leaves nothing on the drive:
the number is given back. One that fails later may have left a complete copy on a drive that
stopped answering: the number stays spent and the bundle is logged as ``failed``, so two
different bundles never share a number (which the receiver would refuse as a clone).

Both can be cancelled (``SyncProgress``) until their point of no return: an export until the
bundle is renamed into place (a cancel removes the temporary file and gives the number back), an
import until its transaction commits (a cancel rolls it back). Only the cancel is audited.

Status and conflicts are in ``sync_review`` (``SyncReview``, which this service extends).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from peerdesk.clock import iso
from peerdesk.db.models import SyncPeerRow
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.sync_import import CLASH_MESSAGE, check_and_apply, found_items
from peerdesk.services.sync_progress import (
    SyncCancelled,
    SyncProgress,
    between,
    interruptible,
    step,
)
from peerdesk.services.sync_review import OBJECT, SyncReview
from peerdesk.services.sync_review import Conflict as Conflict
from peerdesk.services.sync_review import PeerStatus as PeerStatus
from peerdesk.services.sync_review import SyncStatus as SyncStatus
from peerdesk.sync.bundle_format import BuiltBundle, BundleHeader, build_bundle
from peerdesk.sync.bundle_log import (
    ack_for,
    acked_settled,
    hold_bundle,
    learn_sent_position,
    log_row,
    next_sequence,
    restore_epoch,
)
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.import_settled import settled_top
from peerdesk.sync.keyring import bundle_recipients, load_own_keys
from peerdesk.sync.manifest import Manifest
from peerdesk.sync.media import FileOps, write_verified
from peerdesk.sync.payload_apply import invalid
from peerdesk.sync.payload_export import build_payload


@dataclass(frozen=True)
class ExportResult:
    """A bundle written and read back: safe to remove."""

    path: Path
    bundle_id: str
    sequence: int
    counts: dict[str, int]


@dataclass(frozen=True)
class ImportResult:
    """What an import did (``already_imported``: a repeat, nothing changed)."""

    bundle_id: str
    sender_site_id: str
    sequence: int
    already_imported: bool = False
    received: dict[str, int] = field(default_factory=dict)
    inserted: int = 0
    updated: int = 0
    conflicts: int = 0
    #: Newly received participants who may be someone held here (see SyncDuplicateService).
    duplicates: tuple[DuplicateFound, ...] = ()
    #: Conflicts held here that a resolution made at another site closed.
    settled: int = 0


@dataclass(frozen=True)
class DuplicateFound:
    """An imported participant who may be one held here (ids only; ``reason`` is
    ``same_doc_number`` or ``close_name_same_birth_date``)."""

    item_id: str
    imported_id: str
    local_id: str
    reason: str


class SyncService(SyncReview):
    """Bundles to and from trusted sites (BUNDLE_EXPORT, BUNDLE_IMPORT, CONFLICT_RESOLVE)."""

    def export_bundle(
        self,
        actor: Actor,
        recipient_site_id: str,
        out_dir: Path,
        *,
        fs: FileOps | None = None,
        progress: SyncProgress | None = None,
    ) -> ExportResult:
        """Write the next bundle for ``recipient_site_id`` into the folder ``out_dir``.

        ``progress`` follows the work and may cancel it until the bundle is renamed into place
        (then ``progress.commit()``: too late to cancel).

        Raises:
            ValidationError: ``to`` (not a trusted site) or ``out`` (no such folder).
            MediaError: the drive failed; nothing that looks like a bundle is left on it.
            SyncCancelled: cancelled in time: no file left, nothing recorded as sent.
        """
        self._require(actor, Action.BUNDLE_EXPORT, OBJECT)
        if not out_dir.is_dir():
            raise ValidationError("out", "Choose a folder (or drive) that exists to write to.")
        if progress is not None:
            progress.exporting = True
        now = self.clock()
        try:
            built, before, settled_to = self._build(actor, recipient_site_id, now, progress)
        except SyncCancelled:
            self._cancelled(actor, "sync.export", "")
            raise
        m = built.manifest
        named: list[bool] = []

        def before_rename() -> None:
            if progress is not None:
                progress.commit()  # raises when cancelled first: the file is removed
            named.append(True)

        try:
            path = write_verified(
                out_dir,
                built.file_name,
                built.chunks,
                fs=fs,
                progress=progress.span(60, 100) if progress is not None else None,
                before_rename=before_rename,
            )
        except SyncCancelled:
            self._export_failed(
                actor, m, built.manifest_sha256, before, spent=False, why="cancelled"
            )
            raise
        except BaseException:
            self._export_failed(
                actor, m, built.manifest_sha256, before, spent=bool(named), settled_to=settled_to
            )
            raise
        with self.store.uow() as uow:
            s = uow.session
            s.add(
                log_row(
                    m,
                    "sent",
                    recipient_site_id,
                    built.manifest_sha256,
                    iso(now),
                    actor.username,
                    settled_to,
                )
            )
            self._audit(s, actor, "sync.export", m.bundle_id, "ok")
        return ExportResult(path, m.bundle_id, m.sequence, dict(m.counts))

    def _build(
        self,
        actor: Actor,
        recipient_site_id: str,
        now: datetime,
        progress: SyncProgress | None,
    ) -> tuple[BuiltBundle, tuple[int, str], int]:
        """Build the next bundle in memory and reserve its sequence number; returns it, the
        peer's last sent (sequence, bundle id) before, to give the number back, and the
        highest settlement number it was written at (``import_settled``)."""
        step(progress, 0)
        with self.store.uow() as uow:
            s = uow.session
            peer = s.get(SyncPeerRow, recipient_site_id)
            recipients = bundle_recipients(s, recipient_site_id)
            if peer is None or recipients is None:
                raise ValidationError(
                    "to", "This site does not trust that site: trust its key card first."
                )
            own = load_own_keys(s)
            with interruptible(s, progress):  # a cancel also stops the statement running
                payload = build_payload(
                    s,
                    recipient_site_id,
                    peer.acked_change_seq,
                    now.date(),
                    between(progress, 0, 50),
                )
            settled_to = settled_top(s)  # the same transaction as the payload's reads
            step(progress, 50)
            extra: dict[str, int | str | bool] = {
                "change_seq_from": payload.change_seq_from,
                "change_seq_to": payload.change_seq_to,
                "ack_change_seq": ack_for(s, peer),
                "ack_sequence": peer.last_received_sequence,
                "ack_bundle_id": peer.last_received_bundle_id,
            }
            if epoch := restore_epoch(s):
                extra["restore_epoch"] = epoch
            header = BundleHeader(
                own.site_id,
                recipient_site_id,
                next_sequence(s, peer),
                peer.last_sent_bundle_id,
                payload.counts,
                extra,
            )
            built = build_bundle(
                payload.data,
                header,
                signing_key=own.active.signing_key,
                recipients=recipients,
                created_at=now,
                deflated=payload.deflated(),
            )
            step(progress, 60)  # cancelled up to here: nothing reserved (rolled back)
            m = built.manifest
            before = (peer.last_sent_sequence, peer.last_sent_bundle_id)
            # Reserved now (a crash while writing leaves it spent); logged once verified.
            peer.last_sent_sequence, peer.last_sent_bundle_id = m.sequence, m.bundle_id
        return built, before, settled_to

    def _export_failed(
        self,
        actor: Actor,
        m: Manifest,
        digest: str,
        before: tuple[int, str],
        *,
        spent: bool,
        why: str = "failed",
        settled_to: int = 0,
    ) -> None:
        """After a failed or cancelled write: give the sequence number back, or log it as
        ``failed`` when a complete copy may be on the drive; audit ``why`` either way."""
        with contextlib.suppress(Exception), self.store.uow() as uow:
            s = uow.session
            peer = s.get(SyncPeerRow, m.recipient_site_id)
            if spent:
                s.add(
                    log_row(
                        m,
                        "failed",
                        m.recipient_site_id,
                        digest,
                        iso(self.clock()),
                        actor.username,
                        settled_to,
                    )
                )
            elif peer is not None and peer.last_sent_bundle_id == m.bundle_id:
                peer.last_sent_sequence, peer.last_sent_bundle_id = before
            self._audit(s, actor, "sync.export", m.bundle_id, why)

    def import_bundle(
        self, actor: Actor, path: Path, *, progress: SyncProgress | None = None
    ) -> ImportResult:
        """Check a bundle in order, then apply all its records in one transaction.

        ``progress`` follows the work and may cancel it until the transaction commits (then
        ``progress.commit()``: too late to cancel).

        Raises:
            BundleRejected: the reason of the first failed check; the database is unchanged
                (only the refusal is audited).
            SyncCancelled: cancelled in time: the database is unchanged (the cancel is
                audited).
        """
        self._require(actor, Action.BUNDLE_IMPORT, OBJECT)
        now = self.clock()
        try:
            with self.store.uow() as uow:
                s = uow.session
                done = check_and_apply(s, path, now, progress)
                m, result, ack = done.manifest, done.result, done.ack_change_seq
                if result is None:
                    self._audit(s, actor, "sync.import", m.bundle_id, "already")
                    if progress is not None:
                        progress.commit()
                    return ImportResult(m.bundle_id, m.sender_site_id, m.sequence, True)
                peer = s.get(SyncPeerRow, m.sender_site_id)
                if peer is None:
                    peer = SyncPeerRow(site_id=m.sender_site_id)
                    s.add(peer)
                peer.last_received_sequence = m.sequence
                peer.last_received_bundle_id = m.bundle_id
                # The latest bundle's acknowledgment is the truth, even when lower than before
                # (the other site restored a backup): what it lacks is sent again.
                peer.acked_change_seq = ack
                peer.acked_settled_seq = acked_settled(s, peer, m)
                # After a restore of this site: continue the peer's chain of our bundles.
                learn_sent_position(s, peer, m)
                row = log_row(
                    m,
                    "received",
                    m.sender_site_id,
                    done.manifest_sha256,
                    iso(now),
                    actor.username,
                )
                s.add(row)
                self._audit(s, actor, "sync.import", m.bundle_id, "ok")
                for conflict_id in result.settled:  # closed by a settlement made elsewhere
                    self._audit(
                        s, actor, "sync.conflict_settled", conflict_id, "ok", object_type="conflict"
                    )
                step(progress, 95)
                if progress is not None:
                    progress.commit()  # raises when cancelled first: all of it rolls back
        except SyncCancelled:
            self._cancelled(actor, "sync.import", "")
            raise
        except IntegrityError:
            # A constraint the checks do not know (such as one DOC number twice for a site):
            # refused like any bad record, after the rollback.
            exc = invalid(CLASH_MESSAGE)
            self._refused(actor, exc)
            raise exc from None
        except BundleRejected as exc:
            if exc.reason == "newer_schema" and exc.manifest is not None:
                self._hold(actor, path, exc.manifest)
            self._refused(actor, exc)
            raise
        return ImportResult(
            m.bundle_id,
            m.sender_site_id,
            m.sequence,
            False,
            dict(sorted(result.received.items())),
            result.inserted,
            result.updated,
            result.conflicts,
            tuple(DuplicateFound(*item) for item in found_items(result)),
            len(result.settled),
        )

    def _hold(self, actor: Actor, path: Path, m: Manifest) -> None:
        """Keep a bundle from a newer peerdesk in the data folder, to import after updating."""
        with contextlib.suppress(OSError), self.store.uow() as uow:
            hold_bundle(
                uow.session,
                self.store.paths.root / "held",
                path,
                m,
                iso(self.clock()),
                actor.username,
            )

    def _refused(self, actor: Actor, exc: BundleRejected) -> None:
        bundle_id = exc.manifest.bundle_id if exc.manifest is not None else ""
        with self.store.uow() as uow:
            self._audit(uow.session, actor, "sync.import_refused", bundle_id, exc.reason[:16])

    def _cancelled(self, actor: Actor, action: str, bundle_id: str) -> None:
        with contextlib.suppress(Exception), self.store.uow() as uow:
            self._audit(uow.session, actor, action, bundle_id, "cancelled")
