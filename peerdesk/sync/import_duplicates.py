"""Possible duplicates across sites, found while a bundle is imported.

A participant a bundle brings for the first time may be someone this site already holds under
another record (enrolled at both sites, or at a third). The rules are those of the enrolment
warning (``services.duplicates``): the same DOC number, or the same date of birth and a close
name (``domain.duplicates``). Each match is kept as a review item in ``sync_conflicts`` (field
``duplicate_of``: the record is the imported participant, the kept value the local one's id,
the other value the reason) for a coordinator to merge or keep apart; nothing is merged
automatically.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import ParticipantRow
from peerdesk.domain.duplicates import NAME_THRESHOLD, NameRecord, name_similarity
from peerdesk.sync.import_history import conflict_row

#: The ``field`` of a review item for a possible duplicate.
DUPLICATE = "duplicate_of"
SAME_DOC = "same_doc_number"
CLOSE_NAME = "close_name_same_birth_date"


def _names(row: Mapping[str, Any]) -> NameRecord:
    aliases = tuple(a for a in (row["aliases"] or "").split("\n") if a)
    return NameRecord(row["legal_last_name"], row["legal_first_name"], aliases)


def find_duplicates(
    s: Session, new_rows: Sequence[Mapping[str, Any]], bundle_id: str, detected_at: str
) -> list[dict[str, Any]]:
    """Review items for the newly imported participants ``new_rows`` (their full rows) that
    match a live local participant, in the caller's transaction (a query or two per 500)."""
    p = ParticipantRow.__table__.c
    cols = (
        p.id,
        p.doc_number,
        p.legal_last_name,
        p.legal_first_name,
        p.aliases,
        p.date_of_birth,
        p.stamp,
    )
    fresh = {r["id"] for r in new_rows}
    incoming = [r for r in new_rows if not r["deleted"]]
    docs = sorted({r["doc_number"].strip().upper() for r in incoming if r["doc_number"]})
    births = sorted({r["date_of_birth"] for r in incoming})
    by_doc: dict[str, list[Any]] = {}
    by_birth: dict[Any, list[Any]] = {}
    for i in range(0, len(docs), 500):
        query = select(*cols).where(p.doc_number.in_(docs[i : i + 500]), p.deleted.is_(False))
        for row in s.execute(query).mappings():
            if row["id"] not in fresh:
                by_doc.setdefault(row["doc_number"], []).append(row)
    for i in range(0, len(births), 500):
        query = select(*cols).where(p.date_of_birth.in_(births[i : i + 500]), p.deleted.is_(False))
        for row in s.execute(query).mappings():
            if row["id"] not in fresh:
                by_birth.setdefault(row["date_of_birth"], []).append(row)
    items: list[dict[str, Any]] = []
    for new in sorted(incoming, key=lambda r: r["id"]):
        found: dict[str, tuple[str, Mapping[str, Any]]] = {}
        for old in by_doc.get(new["doc_number"].strip().upper(), []):
            found[old["id"]] = (SAME_DOC, old)
        for old in by_birth.get(new["date_of_birth"], []):
            close = name_similarity(_names(new), _names(old)) >= NAME_THRESHOLD
            if old["id"] not in found and close:
                found[old["id"]] = (CLOSE_NAME, old)
        for local_id in sorted(found):
            reason, old = found[local_id]
            items.append(
                conflict_row(
                    "participants",
                    new["id"],
                    DUPLICATE,
                    (local_id, old["stamp"]),
                    (reason, new["stamp"]),
                    bundle_id,
                    detected_at,
                )
            )
    return items
