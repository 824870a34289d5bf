"""Who a sync review item is about: a short description of the participants concerned."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from peerdesk.db.models import ParticipantRow, SiteRow
from peerdesk.sync.import_history import chunks
from peerdesk.sync.payload_tables import OWNED, table


@dataclass(frozen=True)
class PersonSummary:
    """What a coordinator needs to tell two records apart (no notes)."""

    id: str
    doc_number: str
    legal_last_name: str
    legal_first_name: str
    date_of_birth: date
    origin_site_name: str

    @property
    def short(self) -> str:
        """ "Okafor, Ada (K1001)"."""
        return f"{self.legal_last_name}, {self.legal_first_name} ({self.doc_number})"


def people(s: Session, ids: Iterable[str], *, live: bool = True) -> dict[str, PersonSummary]:
    """Participants among ``ids`` (live ones only unless ``live`` is false), with the name
    of the site that enrolled them."""
    p = ParticipantRow
    out: dict[str, PersonSummary] = {}
    for part in chunks(sorted(set(ids))):
        rows = s.execute(
            select(
                p.id,
                p.doc_number,
                p.legal_last_name,
                p.legal_first_name,
                p.date_of_birth,
                SiteRow.name,
            )
            .outerjoin(SiteRow, SiteRow.id == p.origin_site_id)
            .where(p.id.in_(part), p.deleted.is_(False) if live else true())
        )
        for pid, doc, last, first, born, site in rows:
            out[pid] = PersonSummary(pid, doc, last, first, born, site or "")
    return out


def owners(s: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(table, record id) -> the participant the record belongs to (participant records
    only; one query per table and chunk)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    out: dict[tuple[str, str], str] = {}
    for name, record_id in keys:
        if name == "participants":
            out[(name, record_id)] = record_id
        elif name in OWNED:
            by_table[name].append(record_id)
    for name, ids in by_table.items():
        t = table(name)
        col = t.c[OWNED[name]]
        for part in chunks(sorted(set(ids))):
            for record_id, pid in s.execute(select(t.c.id, col).where(t.c.id.in_(part))):
                out[(name, record_id)] = pid
    return out
