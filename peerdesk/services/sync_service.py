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
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from peerdesk.clock import iso
from peerdesk.db import audit_log
from peerdesk.db.change_tracking import log_change, next_stamp
from peerdesk.db.models import BundleLogRow, ConflictRow, SiteRow, SyncPeerRow
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.records import ServiceBase
from peerdesk.services.sync_import import CLASH_MESSAGE, check_and_apply, found_items
from peerdesk.services.sync_people import PersonSummary, owners, people
from peerdesk.sync.bundle_format import (
    BundleHeader,
    build_bundle,
)
from peerdesk.sync.bundle_log import (
    ack_for,
    hold_bundle,
    learn_sent_position,
    log_row,
    next_sequence,
    restore_epoch,
)
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.import_duplicates import DUPLICATE
from peerdesk.sync.import_history import DELETED
from peerdesk.sync.keyring import bundle_recipients, load_own_keys
from peerdesk.sync.manifest import Manifest
from peerdesk.sync.media import FileOps, Progress, write_verified
from peerdesk.sync.payload_apply import (
    invalid,
)
from peerdesk.sync.payload_export import build_payload, count_pending
from peerdesk.sync.payload_tables import from_json_value, table

OBJECT = "bundle"
RESURRECT_MESSAGE = (
    "A deleted record is not brought back. If the details set aside are still needed, "
    "enter them again in a current record."
)


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


@dataclass(frozen=True)
class DuplicateFound:
    """An imported participant who may be one held here (ids only; ``reason`` is
    ``same_doc_number`` or ``close_name_same_birth_date``)."""

    item_id: str
    imported_id: str
    local_id: str
    reason: str


@dataclass(frozen=True)
class PeerStatus:
    """Where the exchange with one trusted site stands."""

    site_id: str
    site_name: str
    site_kind: str
    last_sent_sequence: int
    last_received_sequence: int
    acked_change_seq: int
    pending_changes: int
    open_conflicts: int


@dataclass(frozen=True)
class SyncStatus:
    peers: tuple[PeerStatus, ...]
    open_conflicts: int


@dataclass(frozen=True)
class Conflict:
    """A field both sites changed: the value kept (in the record now) and the other one."""

    id: str
    table_name: str
    record_id: str
    field: str
    kept_value: str
    other_value: str
    kept_stamp: str
    other_stamp: str
    other_site_id: str
    detected_at: str
    #: The participant the record belongs to ("Okafor, Ada (K1001)"; empty when none).
    about: str = ""
    #: The value kept is this site's own (else the other one is).
    kept_is_ours: bool = True


def _about(who: Mapping[str, PersonSummary], pid: str) -> str:
    person = who.get(pid)
    return person.short if person is not None else ""


class SyncService(ServiceBase):
    """Bundles to and from trusted sites (BUNDLE_EXPORT, BUNDLE_IMPORT, CONFLICT_RESOLVE)."""

    def export_bundle(
        self,
        actor: Actor,
        recipient_site_id: str,
        out_dir: Path,
        *,
        fs: FileOps | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the next bundle for ``recipient_site_id`` into the folder ``out_dir``.

        Raises:
            ValidationError: ``to`` (not a trusted site) or ``out`` (no such folder).
            MediaError: the drive failed; nothing that looks like a bundle is left on it.
        """
        self._require(actor, Action.BUNDLE_EXPORT, OBJECT)
        if not out_dir.is_dir():
            raise ValidationError("out", "Choose a folder (or drive) that exists to write to.")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            peer = s.get(SyncPeerRow, recipient_site_id)
            recipients = bundle_recipients(s, recipient_site_id)
            if peer is None or recipients is None:
                raise ValidationError(
                    "to", "This site does not trust that site: trust its key card first."
                )
            own = load_own_keys(s)
            payload = build_payload(s, recipient_site_id, peer.acked_change_seq, now.date())
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
            )
            m = built.manifest
            before = (peer.last_sent_sequence, peer.last_sent_bundle_id)
            # Reserved now (a crash while writing leaves it spent); logged once verified.
            peer.last_sent_sequence, peer.last_sent_bundle_id = m.sequence, m.bundle_id
        named: list[bool] = []
        try:
            path = write_verified(
                out_dir,
                built.file_name,
                built.chunks,
                fs=fs,
                progress=progress,
                before_rename=lambda: named.append(True),
            )
        except BaseException:
            self._export_failed(actor, m, built.manifest_sha256, before, spent=bool(named))
            raise
        with self.store.uow() as uow:
            s = uow.session
            s.add(
                log_row(
                    m, "sent", recipient_site_id, built.manifest_sha256, iso(now), actor.username
                )
            )
            self._audit(s, actor, "sync.export", m.bundle_id, "ok")
        return ExportResult(path, m.bundle_id, m.sequence, dict(m.counts))

    def _export_failed(
        self, actor: Actor, m: Manifest, digest: str, before: tuple[int, str], *, spent: bool
    ) -> None:
        """After a failed write: give the sequence number back, or log it as ``failed`` when
        a complete copy may be on the drive; audit the failure either way."""
        with contextlib.suppress(Exception), self.store.uow() as uow:
            s = uow.session
            peer = s.get(SyncPeerRow, m.recipient_site_id)
            if spent:
                s.add(
                    log_row(
                        m, "failed", m.recipient_site_id, digest, iso(self.clock()), actor.username
                    )
                )
            elif peer is not None and peer.last_sent_bundle_id == m.bundle_id:
                peer.last_sent_sequence, peer.last_sent_bundle_id = before
            self._audit(s, actor, "sync.export", m.bundle_id, "failed")

    def import_bundle(self, actor: Actor, path: Path) -> ImportResult:
        """Check a bundle in order, then apply all its records in one transaction.

        Raises:
            BundleRejected: the reason of the first failed check; the database is unchanged
                (only the refusal is audited).
        """
        self._require(actor, Action.BUNDLE_IMPORT, OBJECT)
        now = self.clock()
        try:
            with self.store.uow() as uow:
                s = uow.session
                done = check_and_apply(s, path, now)
                m, result, ack = done.manifest, done.result, done.ack_change_seq
                if result is None:
                    self._audit(s, actor, "sync.import", m.bundle_id, "already")
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
        )

    def status(self, actor: Actor) -> SyncStatus:
        """Per trusted site: last sent (written and verified) and received, acknowledged,
        pending (the records the next bundle would carry), conflicts."""
        self._require(actor, Action.BUNDLE_EXPORT, OBJECT)
        with self.store.uow(write=False) as uow:
            s = uow.session
            rows = s.execute(
                select(SyncPeerRow, SiteRow)
                .join(SiteRow, SiteRow.id == SyncPeerRow.site_id)
                .order_by(SiteRow.name, SiteRow.id)
            ).all()
            open_by_site: dict[str, int] = {
                site_id: int(n)
                for site_id, n in s.execute(
                    select(ConflictRow.other_site_id, func.count())
                    .where(ConflictRow.resolved_at.is_(None))
                    .group_by(ConflictRow.other_site_id)
                )
            }
            today = self.clock().date()
            sent = _last_sent(s)
            peers = []
            for peer, site in rows:
                # What the next bundle would carry: the export's own selection, not serialized.
                pending = count_pending(s, site.id, peer.acked_change_seq, today)
                peers.append(
                    PeerStatus(
                        site.id,
                        site.name,
                        site.kind,
                        sent.get(site.id, 0),
                        peer.last_received_sequence,
                        peer.acked_change_seq,
                        int(pending or 0),
                        int(open_by_site.get(site.id, 0)),
                    )
                )
            total = s.scalar(
                select(func.count())
                .select_from(ConflictRow)
                .where(ConflictRow.resolved_at.is_(None))
            )
            return SyncStatus(tuple(peers), int(total or 0))

    def list_conflicts(self, actor: Actor) -> tuple[Conflict, ...]:
        """Conflicts waiting for a person, oldest first."""
        self._require(actor, Action.CONFLICT_RESOLVE, OBJECT)
        with self.store.uow(write=False) as uow:
            s = uow.session
            rows = list(
                s.scalars(
                    select(ConflictRow)
                    .where(ConflictRow.resolved_at.is_(None), ConflictRow.field != DUPLICATE)
                    .order_by(ConflictRow.detected_at, ConflictRow.id)
                )
            )
            owner = owners(s, {(r.table_name, r.record_id) for r in rows})
            who = people(s, owner.values(), live=False)  # a deleted one too
            return tuple(
                Conflict(
                    r.id,
                    r.table_name,
                    r.record_id,
                    r.field,
                    r.kept_value,
                    r.other_value,
                    r.kept_stamp,
                    r.other_stamp,
                    r.other_site_id,
                    r.detected_at,
                    _about(who, owner.get((r.table_name, r.record_id), "")),
                    r.other_site_id != actor.site_id,
                )
                for r in rows
            )

    def resolve_conflict(
        self, actor: Actor, conflict_id: str, keep: Literal["ours", "theirs", "kept", "other"]
    ) -> str:
        """Settle a conflict: keep this site's value or the other site's (``ours`` or
        ``theirs``), or the value the record holds now or the one set aside (``kept`` or
        ``other``).

        Choosing the value the record does not hold now writes it as a new change (it then
        travels to the other sites like any edit). A deletion that buried an edit (field
        ``deleted``) is only acknowledged: a deleted record is never brought back. Returns
        the resolution: ``kept`` or ``other``.

        Raises:
            ValidationError: ``keep`` is none of these, the conflict is already resolved, or
                it asks to bring a deleted record back.
            NotFound: no such conflict.
        """
        self._require(actor, Action.CONFLICT_RESOLVE, OBJECT, conflict_id)
        if keep not in ("ours", "theirs", "kept", "other"):
            raise ValidationError("keep", "Choose which value to keep: ours or theirs.")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            c = s.get(ConflictRow, conflict_id)
            if c is None or c.field == DUPLICATE:  # settled in SyncDuplicateService
                raise NotFound("conflict", conflict_id)
            if c.resolved_at is not None:
                raise ValidationError("conflict", "This conflict was already resolved.")
            if keep in ("kept", "other"):
                take_other = keep == "other"
            else:
                kept_is_ours = c.other_site_id != actor.site_id
                take_other = (keep == "ours") != kept_is_ours
            if take_other and c.field == DELETED:
                raise ValidationError("keep", RESURRECT_MESSAGE)
            if take_other:
                t = table(c.table_name)
                value = from_json_value(c.table_name, c.field, json.loads(c.other_value))
                stamp = next_stamp(s, actor.site_id, now)
                s.execute(
                    t.update()
                    .where(t.c.id == c.record_id)
                    .values({c.field: value, "stamp": str(stamp), "updated_at": iso(now)})
                )
                log_change(s, c.table_name, c.record_id, stamp, [c.field])
            c.resolved_at, c.resolved_by = iso(now), actor.username
            c.resolution = "other" if take_other else "kept"
            self._audit(s, actor, "sync.conflict_resolve", c.id, "ok", object_type="conflict")
            return c.resolution

    def _audit(
        self,
        s: Session,
        actor: Actor,
        action: str,
        object_id: str,
        outcome: str,
        object_type: str = OBJECT,
    ) -> None:
        audit_log.append(
            s,
            at=self.clock(),
            actor=actor.username,
            action=action,
            object_type=object_type,
            object_id=object_id,
            outcome=outcome,
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


def _last_sent(s: Session) -> dict[str, int]:
    """Per peer site: the sequence of the last bundle written and verified (logged ``sent``)."""
    b = BundleLogRow
    query = select(b.peer_site_id, func.max(b.sequence)).where(b.direction == "sent")
    return {site: int(n) for site, n in s.execute(query.group_by(b.peer_site_id))}
