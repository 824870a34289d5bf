"""Which records a bundle for one recipient carries: consent coverage, now and as delivered.

Coverage (``payload_coverage``): who the consents naming the recipient cover today, and who
they covered at the last acknowledged export (``known``: the recipient holds their records).

What travels (``select_records``):

1. records of covered participants changed since the acknowledgment;
2. *all* records of a participant newly covered (``general - known_general``, ``sud -
   known_sud``: a new consent, or one whose start date has come) or whose consent naming the
   recipient changed since the acknowledgment;
3. a consent naming the recipient that changed since the acknowledgment (revoked, expiry
   moved) for a participant the recipient holds but no consent covers any more: the consent
   record alone, so the recipient sees the revocation; nothing else of that person (a deleted
   consent of such a person does not travel: the recipient's checks refuse a record whose
   person no live consent covers);
4. a supporting row (mentor, group, session, partner, pathway...) changed since the
   acknowledgment, when a record that may travel (of a covered participant) refers to it,
   directly or through other supporting rows: the recipient holds it, and must see the edit;
5. the supporting rows every travelling record refers to (so the recipient can store it); a
   record whose references may not travel stays home;
6. the tombstone of a participant record the recipient enrolled and this site merged away
   (``import_tombstones.tombstones_home``), without a consent: it only says the record ended.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, func, insert, select, text
from sqlalchemy.orm import Session

from peerdesk.db.models import ChangeLogRow
from peerdesk.sync.import_tombstones import tombstones_home
from peerdesk.sync.payload_coverage import coverage
from peerdesk.sync.payload_picker import CHUNK, Picker, Rows, chunks, id_at, read_rows
from peerdesk.sync.payload_tables import OWNED, SUPPORT, refs, table
from peerdesk.sync.raw_rows import fetch
from peerdesk.sync.row_json import payload_select

__all__ = ["CHUNK", "Key", "KeySet", "Selection", "chunks", "last_change_seq", "select_records"]

Key = tuple[str, str]


def last_change_seq(s: Session) -> int:
    return int(s.scalar(select(func.max(ChangeLogRow.seq))) or 0)


class KeySet(Set[Key]):
    """The (table, id) keys of ``ids`` (table -> ids) as a read-only set, without building
    a tuple per record."""

    def __init__(self, ids: Mapping[str, Collection[str]]) -> None:
        self._ids = ids

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple) or len(key) != 2:
            return False
        ids = self._ids.get(key[0])
        return ids is not None and key[1] in ids

    def __iter__(self) -> Iterator[Key]:
        return ((name, i) for name, ids in self._ids.items() for i in ids)

    def __len__(self) -> int:
        return sum(len(ids) for ids in self._ids.values())


@dataclass
class Selection:
    """The records chosen for one bundle (table -> ids, in no particular order) and their
    rows as ``row_json.payload_select`` reads them: the walk columns (``row_positions``), then
    on SQLite the record's ``row`` JSON text, elsewhere every other column in wire form."""

    ids: dict[str, set[str]]
    rows: Rows
    top: int

    @property
    def keys(self) -> KeySet:
        return KeySet(self.ids)


def select_records(s: Session, site: str, acked: int, on: date, top: int) -> Selection:
    """Every record the bundle for ``site`` carries (see the module docstring)."""
    cov = coverage(s, site, acked, on)
    held = cov.known - cov.anyone  # at the recipient, no longer covered: only consents travel
    picker = Picker(s, site, cov, held)
    changed_consents = _changed_ids(s, "consents", acked, top) if acked else set()
    refreshed = cov.newly | {
        cov.consent_owner[i] for i in changed_consents if i in cov.consent_owner
    }
    refreshed &= cov.anyone
    roots: dict[str, set[str]] = {}
    # The first bundle (nothing acknowledged) looks at every table: no need to ask the log.
    touched = _changed_tables(s, acked, top) if acked else frozenset(OWNED)
    # Only people someone covers (and, for their consents, the held) can have rows travel:
    # the database leaves the others' rows unread (and writes no JSON for them).
    with people_table(s, cov.anyone | held) as covered:
        for name in OWNED:
            if name not in touched and not refreshed:
                continue
            rows = _owned_candidates(s, site, covered, name, acked, top, sorted(refreshed))
            picker.add(name, rows)
            roots[name] = picker.ok_ids(name, rows.keys())
    if acked:
        for name, ids in _changed_support(s, picker, acked, top, roots).items():
            roots.setdefault(name, set()).update(ids)
    chosen = picker.closure(roots)
    # A participant record merged away at this site goes back, deleted, to the site that
    # enrolled it, without a consent (``import_tombstones``): it only says the record ended.
    people = picker.rows["participants"]
    for (name, record_id), row in tombstones_home(s, site, acked, top).items():
        if record_id not in chosen.get(name, ()):  # read (as a reference) is not chosen
            people[record_id] = tuple(row)
            chosen.setdefault(name, set()).add(record_id)
    return Selection(chosen, picker.rows, top)


select_records.sends_tombstones_home = True  # type: ignore[attr-defined]


#: The participants one export reads rows of (``people_table``), a temporary table: it lives
#: in the session's connection only, and only while the export runs.
_PEOPLE = Table(
    "peerdesk_export_people",
    MetaData(),
    Column("id", String(36), primary_key=True),
    prefixes=["TEMPORARY"],
)


@contextmanager
def people_table(s: Session, ids: Collection[str]) -> Iterator[Table]:
    """A temporary table holding ``ids``, for ``IN (SELECT id ...)`` in the export's queries
    (ids by the thousand would not fit as parameters). Created in the session's transaction,
    dropped after the block (an error rolls the transaction back, and the table with it)."""
    conn = s.connection()
    conn.execute(text('DROP TABLE IF EXISTS "peerdesk_export_people"'))  # a crashed run's
    _PEOPLE.create(conn)
    if ids:
        conn.execute(insert(_PEOPLE), [{"id": i} for i in sorted(ids)])
    yield _PEOPLE
    _PEOPLE.drop(conn)


def _changed_tables(s: Session, acked: int, top: int) -> set[str]:
    """The tables with a change logged after ``acked`` (up to ``top``)."""
    cl = ChangeLogRow
    query = select(cl.table_name).where(cl.seq > acked, cl.seq <= top).distinct()
    return set(s.scalars(query))


def _changed_ids(s: Session, name: str, acked: int, top: int) -> set[str]:
    cl = ChangeLogRow
    return set(
        s.scalars(select(cl.record_id).where(cl.table_name == name, cl.seq > acked, cl.seq <= top))
    )


def _owned_candidates(
    s: Session,
    site: str,
    people: Table,
    name: str,
    acked: int,
    top: int,
    refreshed: Sequence[str],
) -> dict[str, Sequence[Any]]:
    """Rows of ``name`` changed since ``acked`` or of ``refreshed`` participants, among the
    participants in ``people`` (``people_table``; id -> row; the picker decides the rest)."""
    t = table(name)
    pcol = t.c[OWNED[name]]
    base = payload_select(name, s.get_bind().dialect).where(pcol.in_(select(people.c.id)))
    if name == "consents":
        base = base.where(t.c.recipient_site_id == site)
    queries = [base]
    if acked:
        cl = ChangeLogRow
        changed = select(cl.record_id).where(cl.seq > acked, cl.seq <= top, cl.table_name == name)
        queries = [base.where(t.c.id.in_(changed))]
        queries += [base.where(pcol.in_(part)) for part in chunks(refreshed)]
    out: dict[str, Sequence[Any]] = {}
    at = id_at(name)
    conn = s.connection()
    for query in queries:
        for row in fetch(conn, query):
            out[row[at]] = row
    return out


def _referrers() -> dict[str, list[tuple[str, str]]]:
    """target table -> (table, column) of the travelling tables that refer to it."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in (*OWNED, *sorted(SUPPORT)):
        for ref in refs(name):
            if ref.target in SUPPORT:
                out[ref.target].append((name, ref.column))
    return out


def _changed_support(
    s: Session, picker: Picker, acked: int, top: int, travelling: Mapping[str, set[str]]
) -> dict[str, set[str]]:
    """Supporting rows changed since ``acked`` that a record which may travel refers to."""
    closed = picker.closure(travelling)
    changed: dict[str, set[str]] = {}
    for name in sorted(SUPPORT):
        ids = _changed_ids(s, name, acked, top) - closed.get(name, set())
        if ids:
            changed[name] = ids
    if not changed:
        return {}
    back = _referrers()
    frontier: dict[str, set[str]] = {name: set(ids) for name, ids in changed.items()}
    seen: dict[str, set[str]] = defaultdict(set, {n: set(ids) for n, ids in changed.items()})
    owned: dict[str, set[str]] = defaultdict(set)
    while frontier:
        upward: dict[str, set[str]] = defaultdict(set)
        for target, ids in frontier.items():
            for name, column in back.get(target, []):
                found = read_rows(s, name, column, ids)
                picker.add(name, found)
                new = found.keys() - seen[name]
                seen[name] |= new
                (owned if name in OWNED else upward)[name] |= new
        frontier = {name: ids for name, ids in upward.items() if ids}
    good = {name: picker.ok_ids(name, ids) for name, ids in owned.items()}
    reach = picker.closure(good)
    out = {name: ids & reach.get(name, set()) for name, ids in changed.items()}
    return {name: ids for name, ids in out.items() if ids}
