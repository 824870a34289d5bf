"""Deciding which fetched rows may travel to one recipient, a table at a time.

``payload_scope`` finds the candidate records of a bundle; the ``Picker`` holds their rows
(and fetches every row they refer to), decides which may travel (``ok_ids``: the row's own
consent rule, and every row it refers to may travel too) and gathers what a set of records
needs at the recipient (``closure``: the records and every row they refer to).

Rows are kept per table (table -> id -> row) and decided a table at a time: the synced tables
refer to one another without cycles (parents first in ``payload_tables.table_order``), so a
table's rows are decided once the ids they refer to are, and a closure is one pass from the
children to the parents. At 10,000 participants (415,000 records) deciding record by record
through a recursive lookup was a third of an export.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from peerdesk.sync.payload_coverage import Coverage
from peerdesk.sync.payload_tables import (
    KIND_COLUMNS,
    OWNED,
    SUPPORT,
    is_sensitive,
    is_sud,
    refs,
    table,
    table_order,
)
from peerdesk.sync.raw_rows import fetch
from peerdesk.sync.row_json import payload_select, row_positions

__all__ = ["CHUNK", "Picker", "Rows", "chunks", "id_at", "read_rows"]

CHUNK = 500
#: table -> record id -> row, as ``row_json.payload_select`` reads it.
Rows = dict[str, dict[str, Sequence[Any]]]
#: Whether a row of one table passes its own consent rule: (record id, row) -> yes/no.
Check = Callable[[str, Sequence[Any]], bool]


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def id_at(name: str) -> int:
    """Position of ``id`` in a payload row of ``name``."""
    return row_positions(name)["id"]


@functools.cache
def _ref_at(name: str) -> tuple[tuple[int, str], ...]:
    """(position, target table) of each reference of ``name``."""
    at = row_positions(name)
    return tuple((at[r.column], r.target) for r in refs(name))


@functools.cache
def _children_first() -> tuple[str, ...]:
    """The travelling tables, every table before the tables it refers to."""
    order = table_order()
    return tuple(sorted(order, key=order.__getitem__, reverse=True))


def read_rows(s: Session, name: str, column: str, values: Collection[str]) -> dict[str, Any]:
    """The rows of ``name`` whose ``column`` is one of ``values`` (id -> row)."""
    t, at = table(name), id_at(name)
    query = payload_select(name, s.get_bind().dialect)
    conn = s.connection()
    out: dict[str, Any] = {}
    for part in chunks(sorted(values)):
        for row in fetch(conn, query.where(t.c[column].in_(part))):
            out[row[at]] = row
    return out


class Picker:
    """The rows read for one bundle, and which of them may travel (see the module docstring).

    Args:
        s: the export's session (read only).
        site: the recipient site's id.
        cov: who the consents naming the recipient cover.
        held: participants the recipient holds but no consent covers any more: a consent may
            refer to one (it travels as a notice), the participant itself does not travel.
    """

    def __init__(self, s: Session, site: str, cov: Coverage, held: frozenset[str]) -> None:
        self.s = s
        self.site = site
        self.cov = cov
        self.held = held
        self.rows: Rows = defaultdict(dict)
        self._ok: dict[str, dict[str, bool]] = defaultdict(dict)

    def add(self, name: str, found: Mapping[str, Sequence[Any]]) -> None:
        """Take rows of ``name`` and fetch everything they refer to, level by level."""
        self.rows[name].update(found)
        pending = self._refs_of({name: found.keys()})
        while pending:
            fetched: dict[str, Collection[str]] = {}
            for target, ids in pending.items():
                got = read_rows(self.s, target, "id", ids)
                self.rows[target].update(got)
                fetched[target] = got.keys()
            pending = self._refs_of(fetched)

    def _refs_of(self, ids_by_table: Mapping[str, Collection[str]]) -> dict[str, set[str]]:
        """The rows the given rows refer to that are not read yet (table -> ids)."""
        out: dict[str, set[str]] = defaultdict(set)
        for name, ids in ids_by_table.items():
            rows = self.rows[name]
            for at, target in _ref_at(name):
                values = {rows[i][at] for i in ids}
                values.discard(None)
                values.difference_update(self.rows[target].keys())
                out[target] |= values
        return {target: ids for target, ids in out.items() if ids}

    def ok_ids(self, name: str, ids: Collection[str]) -> set[str]:
        """The ids among ``ids`` (of table ``name``) whose rows may travel: the row passes
        its consent rule and every row it refers to may travel too."""
        memo = self._ok[name]
        todo = [i for i in ids if i not in memo]
        if todo:
            self._decide(name, todo)
        return {i for i in ids if memo[i]}

    def _decide(self, name: str, todo: list[str]) -> None:
        memo = self._ok[name]
        for i in todo:
            memo[i] = False  # guards against a reference cycle (the tables have none today)
        rows = self.rows.get(name, {})
        held = self.held if name == "participants" else frozenset()
        present = [i for i in todo if i in rows and i not in held]
        for i in todo:
            if i in held:
                memo[i] = True  # the recipient holds it: a consent may refer to it
        if not (name in OWNED or name in SUPPORT):
            return
        check = self._check(name)
        good_refs: list[tuple[int, set[str]]] = []
        for at, target in _ref_at(name):
            values = {rows[i][at] for i in present}
            values.discard(None)
            good_refs.append((at, self.ok_ids(target, values)))
        for i in present:
            row = rows[i]
            good = check(i, row)
            if good:
                for at, good_ids in good_refs:
                    value = row[at]
                    if value is not None and value not in good_ids:
                        good = False
                        break
            memo[i] = good

    def _check(self, name: str) -> Check:
        """The consent rule of a row of ``name`` alone (its references aside)."""
        if name not in OWNED:
            return _always
        cov = self.cov
        if name == "participants":
            anyone = cov.anyone
            return lambda i, row: i in anyone
        at = row_positions(name)
        owner_at = at[OWNED[name]]
        if name == "consents":
            site, held, anyone = self.site, self.held, cov.anyone
            site_at, deleted_at = at["recipient_site_id"], at["deleted"]

            def consent_ok(i: str, row: Sequence[Any]) -> bool:
                # A held participant's consent travels as a notice (revoked, expiry moved),
                # but not as a tombstone: the recipient's check needs a live consent.
                if row[site_at] != site:
                    return False
                pid = row[owner_at]
                return pid in anyone or (pid in held and not row[deleted_at])

            return consent_ok
        general, sud = cov.general, cov.sud
        probe = KIND_COLUMNS.get(name)
        if probe is None:
            return lambda i, row: row[owner_at] in general
        probe_at = at[probe]
        kinds: dict[Any, frozenset[str] | None] = {}  # kind value -> who may receive it

        def kind_ok(i: str, row: Sequence[Any]) -> bool:
            value = row[probe_at]
            if value not in kinds:
                values = {probe: value}
                kinds[value] = (
                    None
                    if is_sensitive(name, values)
                    else (sud if is_sud(name, values) else general)
                )
            whom = kinds[value]
            return whom is not None and row[owner_at] in whom

        return kind_ok

    def closure(self, roots: Mapping[str, Collection[str]]) -> dict[str, set[str]]:
        """``roots`` (table -> ids, all ``ok``) and every row they refer to, held
        participants aside."""
        out: dict[str, set[str]] = {name: set(ids) for name, ids in roots.items() if ids}
        for name in _children_first():
            ids = out.get(name)
            if not ids:
                continue
            if name == "participants":
                ids -= self.held
            rows = self.rows[name]
            for at, target in _ref_at(name):
                values = {rows[i][at] for i in ids}
                values.discard(None)
                if values:
                    out.setdefault(target, set()).update(values)
        return {name: ids for name, ids in out.items() if ids}


def _always(i: str, row: Sequence[Any]) -> bool:
    return True
