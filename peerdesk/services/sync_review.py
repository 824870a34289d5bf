"""Where the exchange with each trusted site stands, and the conflicts a person settles
(part of ``SyncService``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.clock import iso
from peerdesk.db import audit_log
from peerdesk.db.change_tracking import log_change, next_stamp
from peerdesk.db.models import BundleLogRow, ConflictRow, SiteRow, SyncPeerRow
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.records import ServiceBase
from peerdesk.services.sync_people import PersonSummary, owners, people
from peerdesk.sync.import_duplicates import DUPLICATE
from peerdesk.sync.import_history import DELETED
from peerdesk.sync.import_settled import next_settled_seq
from peerdesk.sync.payload_export import count_pending
from peerdesk.sync.payload_tables import from_json_value, table

OBJECT = "bundle"
RESURRECT_MESSAGE = (
    "A deleted record is not brought back. If the details set aside are still needed, "
    "enter them again in a current record."
)


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


class SyncReview(ServiceBase):
    """Status and conflicts (BUNDLE_EXPORT, CONFLICT_RESOLVE); ``SyncService`` adds bundles."""

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
        travels to the other sites like any edit). The resolution itself travels too, and
        closes the same conflict where another site holds it (``import_settled``). A deletion
        that buried an edit (field ``deleted``) is only acknowledged: a deleted record is never
        brought back. Returns the resolution: ``kept`` or ``other``.

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
            # The sites holding the same conflict close it with the next bundles to them.
            c.settled_seq = next_settled_seq(s)
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


def _last_sent(s: Session) -> dict[str, int]:
    """Per peer site: the sequence of the last bundle written and verified (logged ``sent``)."""
    b = BundleLogRow
    query = select(b.peer_site_id, func.max(b.sequence)).where(b.direction == "sent")
    return {site: int(n) for site, n in s.execute(query.group_by(b.peer_site_id))}
