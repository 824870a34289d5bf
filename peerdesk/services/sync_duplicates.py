"""Possible duplicates an import found: list them, merge a pair, or keep both apart.

An import keeps a review item for each newly received participant who matches one held here
(``sync.import_duplicates``). A coordinator looks at both records and either merges them with
the ordinary audited merge (``services.duplicates``: every linked record moves to the record
kept, the other becomes a tombstone that travels like any deletion) or keeps both. An item
whose records are no longer both live (merged elsewhere, deleted) drops out of the list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.clock import iso
from peerdesk.db import audit_log
from peerdesk.db.models import ConflictRow
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.duplicates import DuplicateService
from peerdesk.services.records import ServiceBase
from peerdesk.services.sync_people import PersonSummary, people
from peerdesk.sync.import_duplicates import DUPLICATE

OBJECT = "conflict"
DONE_MESSAGE = "This possible duplicate was already settled."
GONE_MESSAGE = "One of these two records is no longer on file; nothing was merged."


@dataclass(frozen=True)
class PossibleDuplicate:
    """A participant an import brought who may be someone already held here."""

    id: str
    #: ``same_doc_number`` or ``close_name_same_birth_date``.
    reason: str
    imported: PersonSummary
    local: PersonSummary
    other_site_id: str
    detected_at: str


class SyncDuplicateService(ServiceBase):
    """The possible duplicates found by imports (CONFLICT_RESOLVE to see, PARTICIPANT_MERGE
    to merge)."""

    def list_duplicates(self, actor: Actor) -> tuple[PossibleDuplicate, ...]:
        """Open items whose two records are both still live, oldest first."""
        self._require(actor, Action.CONFLICT_RESOLVE, OBJECT)
        with self.store.uow(write=False) as uow:
            s = uow.session
            items = list(
                s.scalars(
                    select(ConflictRow)
                    .where(ConflictRow.field == DUPLICATE, ConflictRow.resolved_at.is_(None))
                    .order_by(ConflictRow.detected_at, ConflictRow.id)
                )
            )
            pairs = [(c, c.record_id, _local_id(c)) for c in items]
            found = people(s, {pid for _c, a, b in pairs for pid in (a, b)})
            return tuple(
                PossibleDuplicate(
                    c.id,
                    json.loads(c.other_value),
                    found[a],
                    found[b],
                    c.other_site_id,
                    c.detected_at,
                )
                for c, a, b in pairs
                if a in found and b in found
            )

    def merge(self, actor: Actor, item_id: str, keep: Literal["local", "imported"]) -> int:
        """Merge the pair: keep one record, move everything linked to the other onto it.

        Returns how many linked records moved. The merge itself is the audited
        ``participant.merge``; the item is marked ``merged`` in the same unit of work, so a
        failure anywhere leaves both records and the item as they were (a retry then works).

        Raises:
            ValidationError: ``keep`` is neither; the item is already settled; or one of the
                records is gone (``item``).
            NotFound: no such item.
            PermissionDenied: the user may not merge participants.
        """
        self._require(actor, Action.PARTICIPANT_MERGE, OBJECT, item_id)
        if keep not in ("local", "imported"):
            raise ValidationError("keep", "Choose which record to keep.")
        merger = DuplicateService(self.store, self.clock)
        with self.store.uow() as uow:
            c = self._open_item(uow.session, item_id)
            imported, local = c.record_id, _local_id(c)
            keep_id, remove_id = (local, imported) if keep == "local" else (imported, local)
            try:  # joins this unit of work
                moved = merger.merge(actor, keep_id, remove_id)
            except NotFound:
                raise ValidationError("item", GONE_MESSAGE) from None
            self._settle(uow.session, actor, c, "merged", "sync.duplicate_merge")
        return moved

    def keep_both(self, actor: Actor, item_id: str) -> None:
        """Record that the two are different people: the item leaves the list.

        Raises:
            ValidationError: the item is already settled.
            NotFound: no such item.
        """
        self._require(actor, Action.CONFLICT_RESOLVE, OBJECT, item_id)
        with self.store.uow() as uow:
            c = self._open_item(uow.session, item_id)
            self._settle(uow.session, actor, c, "separate", "sync.duplicate_keep_both")

    @staticmethod
    def _open_item(s: Session, item_id: str) -> ConflictRow:
        c = s.get(ConflictRow, item_id)
        if c is None or c.field != DUPLICATE:
            raise NotFound("possible duplicate", item_id)
        if c.resolved_at is not None:
            raise ValidationError("item", DONE_MESSAGE)
        return c

    def _settle(
        self, s: Session, actor: Actor, c: ConflictRow, resolution: str, action: str
    ) -> None:
        """Mark the item settled and audit it, in the caller's unit of work."""
        now = self.clock()
        c.resolved_at, c.resolved_by, c.resolution = iso(now), actor.username, resolution
        audit_log.append(
            s,
            at=now,
            actor=actor.username,
            action=action,
            object_type=OBJECT,
            object_id=c.id,
        )


def _local_id(c: ConflictRow) -> str:
    value = json.loads(c.kept_value)
    return value if isinstance(value, str) else ""
