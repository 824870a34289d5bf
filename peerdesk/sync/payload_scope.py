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

import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import ChangeLogRow, ConsentRow
from peerdesk.sync.import_tombstones import tombstones_home
from peerdesk.sync.payload_coverage import Coverage, coverage
from peerdesk.sync.payload_tables import (
    KIND_COLUMNS,
    OWNED,
    SUPPORT,
    is_sensitive,
    is_sud,
    refs,
    table,
)
from peerdesk.sync.raw_rows import fetch
from peerdesk.sync.row_json import payload_select

CHUNK = 500
Key = tuple[str, str]


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@functools.cache
def _id_at(name: str) -> int:
    """Position of ``id`` in a row of ``select(table(name))``."""
    return [c.name for c in table(name).columns].index("id")


@functools.cache
def _positions(name: str) -> dict[str, int]:
    """Column name -> position in a row of ``select(table(name))``."""
    return {c.name: i for i, c in enumerate(table(name).columns)}


@functools.cache
def _ref_at(name: str) -> tuple[tuple[int, str], ...]:
    """(position, target table) of each reference of ``name``."""
    at = _positions(name)
    return tuple((at[r.column], r.target) for r in refs(name))


@functools.cache
def _owned_at(name: str) -> tuple[int, int | None]:
    """Positions of the participant column of an owned table and of its ``KIND_COLUMNS``
    column (None for a table without one)."""
    at = _positions(name)
    probe = KIND_COLUMNS.get(name)
    return at[OWNED[name]], (at[probe] if probe is not None else None)


def _select(s: Session, name: str) -> Any:
    """The query reading rows of ``name`` for a payload (``row_json.payload_select``)."""
    return payload_select(name, s.get_bind().dialect)


def last_change_seq(s: Session) -> int:
    return int(s.scalar(select(func.max(ChangeLogRow.seq))) or 0)


@dataclass
class Selection:
    """The records chosen for one bundle (keys in no particular order) and their rows, in
    wire form (``raw_rows``: dates as ISO text, yes/no as the driver gives them), on SQLite
    with the record's ``row`` JSON text as a last column (``row_json``)."""

    keys: list[Key]
    rows: Mapping[Key, Sequence[Any]]
    top: int


def select_records(s: Session, site: str, acked: int, on: date, top: int) -> Selection:
    """Every record the bundle for ``site`` carries (see the module docstring)."""
    cov = coverage(s, site, acked, on)
    held = cov.known - cov.anyone  # at the recipient, no longer covered: only consents travel
    picker = _Picker(s, site, cov, held)
    changed_consents = _changed_ids(s, "consents", acked, top) if acked else set()
    refreshed = cov.newly | {
        cov.consent_owner[i] for i in changed_consents if i in cov.consent_owner
    }
    refreshed &= cov.anyone
    roots: list[Key] = []
    touched = _changed_tables(s, acked, top)
    for name in OWNED:
        if name not in touched and not (acked and refreshed):
            continue
        rows = _owned_candidates(s, site, name, acked, top, sorted(refreshed))
        picker.add(rows)
        roots.extend(k for k in rows if picker.ok(k))
    if acked:
        roots.extend(_changed_support(s, picker, acked, top, set(roots)))
    keys = picker.closure(roots)
    # A participant record merged away at this site goes back, deleted, to the site that
    # enrolled it, without a consent (``import_tombstones``): it only says the record ended.
    rows = dict(picker.rows)
    for key, row in tombstones_home(s, site, acked, top).items():
        if key not in rows:
            rows[key] = tuple(row)
            keys.append(key)
    return Selection(keys, rows, top)


select_records.sends_tombstones_home = True  # type: ignore[attr-defined]


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
    s: Session, site: str, name: str, acked: int, top: int, refreshed: Sequence[str]
) -> dict[Key, Sequence[Any]]:
    """Rows of ``name`` changed since ``acked`` or of ``refreshed`` participants, among the
    participants any consent naming ``site`` mentions (the picker decides the rest)."""
    t = table(name)
    pcol = t.c[OWNED[name]]
    named = select(ConsentRow.participant_id).where(ConsentRow.recipient_site_id == site)
    base = _select(s, name).where(pcol.in_(named))
    if name == "consents":
        base = base.where(t.c.recipient_site_id == site)
    queries = [base]
    if acked:
        cl = ChangeLogRow
        changed = select(cl.record_id).where(cl.seq > acked, cl.seq <= top, cl.table_name == name)
        queries = [base.where(t.c.id.in_(changed))]
        queries += [base.where(pcol.in_(part)) for part in chunks(refreshed)]
    out: dict[Key, Sequence[Any]] = {}
    at = _id_at(name)
    conn = s.connection()
    for query in queries:
        for row in fetch(conn, query):
            out[(name, row[at])] = row
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
    s: Session, picker: _Picker, acked: int, top: int, travelling: set[Key]
) -> list[Key]:
    """Supporting rows changed since ``acked`` that a record which may travel refers to."""
    changed: set[Key] = set()
    for name in sorted(SUPPORT):
        changed.update((name, i) for i in _changed_ids(s, name, acked, top))
    changed -= set(picker.closure(travelling))
    if not changed:
        return []
    back = _referrers()
    frontier = set(changed)
    seen = set(frontier)
    owned: set[Key] = set()
    while frontier:
        by_table: dict[str, list[str]] = defaultdict(list)
        for name, i in frontier:
            by_table[name].append(i)
        frontier = set()
        for target, ids in by_table.items():
            for name, column in back.get(target, []):
                t = table(name)
                found: dict[Key, Sequence[Any]] = {}
                query = _select(s, name)
                for part in chunks(sorted(ids)):
                    for row in fetch(s.connection(), query.where(t.c[column].in_(part))):
                        found[(name, row[_id_at(name)])] = row
                picker.add(found)
                for key in found:
                    if key in seen:
                        continue
                    seen.add(key)
                    (owned if name in OWNED else frontier).add(key)
    out: set[Key] = set()
    for key in owned:
        if picker.ok(key):
            out.update(k for k in picker.closure([key]) if k in changed)
    return sorted(out)


class _Picker:
    """Decides which rows may travel, following references (rows are fetched in batches)."""

    def __init__(self, s: Session, site: str, cov: Coverage, held: frozenset[str]) -> None:
        self.s = s
        self.site = site
        self.cov = cov
        self.held = held
        self.rows: dict[Key, Sequence[Any]] = {}
        self._ok: dict[Key, bool] = {}

    def value(self, key: Key, column: str) -> Any:
        return self.rows[key][_positions(key[0])[column]]

    def add(self, rows: Mapping[Key, Sequence[Any]]) -> None:
        """Take rows and fetch everything they refer to, level by level."""
        self.rows.update(rows)
        pending = self._refs_of(rows)
        while pending:
            fetched: list[Key] = []
            by_table: dict[str, list[str]] = defaultdict(list)
            for target, i in pending:
                by_table[target].append(i)
            for name, ids in by_table.items():
                tbl, at = table(name), _id_at(name)
                query = _select(self.s, name)
                for part in chunks(sorted(set(ids))):
                    for row in fetch(self.s.connection(), query.where(tbl.c.id.in_(part))):
                        self.rows[(name, row[at])] = row
                        fetched.append((name, row[at]))
            pending = self._refs_of(fetched)

    def _refs_of(self, keys: Iterable[Key]) -> set[Key]:
        out: set[Key] = set()
        rows = self.rows
        for key in keys:
            row = rows[key]
            for at, target in _ref_at(key[0]):
                value = row[at]
                if value is not None and (target, value) not in rows:
                    out.add((target, value))
        return out

    def _participant_ok(self, key: Key) -> bool:
        name = key[0]
        if name not in OWNED:
            return True
        if name == "participants":
            return key[1] in self.cov.anyone
        row = self.rows[key]
        owner_at, probe_at = _owned_at(name)
        pid = row[owner_at]
        if name == "consents":
            if self.value(key, "recipient_site_id") != self.site:
                return False
            # A held participant's consent travels as a notice (revoked, expiry moved), but
            # not as a tombstone: the recipient's check needs a live consent for the person.
            return pid in self.cov.anyone or (pid in self.held and not self.value(key, "deleted"))
        if probe_at is None:
            return pid in self.cov.general
        values = {KIND_COLUMNS[name]: row[probe_at]}
        if is_sensitive(name, values):
            return False
        return pid in (self.cov.sud if is_sud(name, values) else self.cov.general)

    def ok(self, key: Key) -> bool:
        """Whether the row may travel, with everything it refers to."""
        known = self._ok.get(key)
        if known is not None:
            return known
        if key[0] == "participants" and key[1] in self.held:
            return True  # the recipient holds it: a consent may refer to it, it does not travel
        self._ok[key] = False  # guards against a reference cycle
        name = key[0]
        good = key in self.rows and (name in OWNED or name in SUPPORT)
        if good:
            good = self._participant_ok(key)
            row = self.rows[key]
            for at, target in _ref_at(name):
                value = row[at]
                if not good or value is None:
                    continue
                good = self.ok((target, value))
        self._ok[key] = good
        return good

    def closure(self, roots: Iterable[Key]) -> list[Key]:
        """``roots`` and every row they refer to (all known to be ``ok``), held rows aside."""
        seen: set[Key] = set()
        stack = list(roots)
        while stack:
            key = stack.pop()
            if key in seen or (key[0] == "participants" and key[1] in self.held):
                continue
            seen.add(key)
            row = self.rows[key]
            for at, target in _ref_at(key[0]):
                value = row[at]
                if value is not None:
                    stack.append((target, value))
        return list(seen)
