"""Merging checked payload records into the database, all in the caller's one transaction.

The records were checked first (``payload_checks``; re-exported here). A record that exists
here merges field by field, on the update stamps of each field (from the change log on each
side): the later stamp wins. Where both sides changed the same field since the last exchange
(the local change is newer than what the sender acknowledged, and the incoming change was not
seen here before) and the values differ, the winner is applied and the loser goes to
``sync_conflicts`` for a person to review, at the site that sees both values first (bundles
that cross on the way each record it). A tombstone is final: no record, older or newer, brings
a deleted row back; its field values still merge. A deletion that meets edits made without
knowing of it (here before the tombstone arrives, or there before this site's tombstone
reached the sender) still wins, and the edits are kept as a conflict (field ``deleted``, see
``import_history``) so a person sees what the deletion buried. Applied changes enter the local
change log under their original stamps, so they travel on to other sites and the clock moves
past them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from peerdesk.clock import iso
from peerdesk.db.change_tracking import LAST_STAMP_KEY
from peerdesk.db.models import ConflictRow, MetaRow
from peerdesk.domain.hlc import Stamp, observe
from peerdesk.sync.gc_pause import gc_paused
from peerdesk.sync.import_duplicates import find_duplicates
from peerdesk.sync.import_history import (
    LocalHistory,
    chunks,
    conflict_row,
    deletion_row,
    local_histories,
    node_of,
)
from peerdesk.sync.import_notices import Notice, notice_rows
from peerdesk.sync.import_settled import Settlement, apply_settled
from peerdesk.sync.import_writes import existing_ids, insert_rows
from peerdesk.sync.payload_checks import (
    INVALID,
    Incoming,
    check_records,
    invalid,
    parse_payload,
)
from peerdesk.sync.payload_tables import SYNC_COLUMNS, data_columns, table, table_order

CHANGE_LOG = table("change_log")
CONFLICTS = table("sync_conflicts")
LOG_COLUMNS = ("table_name", "record_id", "stamp", "fields")

__all__ = [
    "INVALID",
    "ApplyResult",
    "Exchange",
    "Incoming",
    "apply_records",
    "check_records",
    "invalid",
    "parse_payload",
]


@dataclass
class ApplyResult:
    """What an import did, per table, without any values."""

    received: dict[str, int] = field(default_factory=dict)
    inserted: int = 0
    updated: int = 0
    #: table -> records inserted / updated.
    inserted_by: dict[str, int] = field(default_factory=dict)
    updated_by: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: int = 0
    #: Review items (``sync_conflicts`` rows) for newly imported participants who may be
    #: someone held here already.
    found: list[dict[str, Any]] = field(default_factory=list)
    #: Ids of the conflicts held here that a settlement made elsewhere closed.
    settled: list[str] = field(default_factory=list)


# --- merging -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Exchange:
    """The bundle being applied: who sent it, and how much of our log it had seen."""

    sender_site_id: str
    bundle_id: str
    #: Highest local change-log seq the sender had applied when it wrote the bundle.
    acked_change_seq: int
    local_site_id: str
    now: datetime


@gc_paused()
def apply_records(
    s: Session,
    records: Sequence[Incoming],
    ex: Exchange,
    on_step: Callable[[float], None] | None = None,
) -> ApplyResult:
    """Merge checked records into the database in the caller's transaction.

    Per table, parents first: one query per chunk of ids finds the rows already here (and,
    for those only, their change-log history and open conflicts); new rows go in with one
    statement, changed rows with one statement per set of changed columns. ``on_step`` is
    told the share of records done (0 to 1) before each table; it may raise to stop (the
    caller rolls back).
    """
    result = ApplyResult()
    order = table_order()
    by_table: dict[str, list[Incoming]] = defaultdict(list)
    for r in records:
        by_table[r.table].append(r)
    result.received = {name: len(items) for name, items in by_table.items()}
    conn = s.connection()
    m = _Merge(ex, iso(ex.now))
    newest = ""
    done = 0
    for name in sorted(by_table, key=order.__getitem__):
        if on_step is not None:
            on_step(done / max(1, len(records)))
        done += len(by_table[name])
        items = sorted(by_table[name], key=lambda r: r.id)
        t = table(name)
        local: dict[str, Any] = {}
        here = sorted(existing_ids(conn, t, [r.id for r in items]))
        for part in chunks(here):  # full rows only of those already here
            for row in conn.execute(select(t).where(t.c.id.in_(part))).mappings():
                local[row["id"]] = row
        histories = local_histories(s, name, local) if local else {}
        m.known = _known_conflicts(s, local) if local else set()
        new_rows: list[dict[str, Any]] = []
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for r in items:
            stamp = r.row["stamp"]
            if stamp > newest:
                newest = stamp
            mine = local.get(r.id)
            if mine is None:
                new_rows.append({"id": r.id, **r.row})
                _log(m.log, name, r.id, r.fs, r.ds)
                continue
            changed = m.merge(r, mine, histories.get(r.id))
            if changed:
                updates[tuple(sorted(changed))].append(
                    {"_id": r.id, **{f"v_{k}": v for k, v in changed.items()}}
                )
                result.updated += 1
            else:
                result.unchanged += 1
        if updates:
            result.updated_by[name] = sum(len(rows) for rows in updates.values())
        for cols, rows in updates.items():  # one statement per set of changed columns
            conn.execute(
                update(t)
                .where(t.c.id == bindparam("_id"))
                .values({c: bindparam(f"v_{c}") for c in cols}),
                rows,
            )
        if new_rows:  # one statement per table, parents' tables first
            insert_rows(conn, t, ("id", *SYNC_COLUMNS, *data_columns(name)), new_rows)
            result.inserted += len(new_rows)
            result.inserted_by[name] = len(new_rows)
            if name == "participants":  # after the updates: a record merged away is gone
                m.duplicates = find_duplicates(s, new_rows, ex.bundle_id, m.detected_at)
    notices: Sequence[Notice] = getattr(records, "notices", ())
    if notices:  # conflicts the sender recorded in which this site's value lost
        known = _known_conflicts(s, {n.id for n in notices})
        known.update((c["record_id"], c["field"], c["other_stamp"]) for c in m.conflicts)
        m.conflicts += notice_rows(notices, known, ex.bundle_id, m.detected_at)
    if m.log:
        insert_rows(conn, CHANGE_LOG, LOG_COLUMNS, m.log)
    if m.conflicts or m.duplicates:
        conn.execute(insert(CONFLICTS), [*m.conflicts, *m.duplicates])
        result.conflicts, result.found = len(m.conflicts), m.duplicates
    settled: Sequence[Settlement] = getattr(records, "settled", ())
    if settled:  # after the conflicts this bundle recorded: one it settles closes too
        result.settled = apply_settled(s, settled, ex.local_site_id)
    if newest:
        _observe(s, Stamp.parse(newest), ex)
    return result


def _known_conflicts(s: Session, ids: Iterable[str]) -> set[tuple[str, str, str]]:
    """(record, field, other stamp) of the conflicts already kept for ``ids``: a bundle that
    repeats what an unacknowledged one carried does not record them twice."""
    c = ConflictRow.__table__.c
    out: set[tuple[str, str, str]] = set()
    for part in chunks(sorted(ids)):
        rows = s.execute(select(c.record_id, c.field, c.other_stamp).where(c.record_id.in_(part)))
        out.update((a, b, d) for a, b, d in rows)
    return out


def _unseen_deletion(h: LocalHistory | None, ex: Exchange) -> bool:
    """Whether this site deleted the record and the sender had not seen the deletion."""
    return (
        h is not None
        and h.deleted_seq > ex.acked_change_seq
        and node_of(h.deleted_stamp) != ex.sender_site_id
    )


class _Merge:
    """Field-by-field merge of incoming records into existing rows, noting conflicts."""

    def __init__(self, ex: Exchange, detected_at: str) -> None:
        self.ex = ex
        self.detected_at = detected_at
        self.log: list[dict[str, str]] = []
        self.conflicts: list[dict[str, Any]] = []
        self.duplicates: list[dict[str, Any]] = []
        self.known: set[tuple[str, str, str]] = set()

    def _keep(self, row: dict[str, Any]) -> None:
        key = (row["record_id"], row["field"], row["other_stamp"])
        if key not in self.known:
            self.known.add(key)
            self.conflicts.append(row)

    def _conflict(
        self, r: Incoming, col: str, kept: tuple[Any, str], other: tuple[Any, str]
    ) -> None:
        ex = self.ex
        self._keep(conflict_row(r.table, r.id, col, kept, other, ex.bundle_id, self.detected_at))

    def merge(self, r: Incoming, mine: Mapping[str, Any], h: LocalHistory | None) -> dict[str, Any]:
        """The columns to update on the local row (empty when nothing changes)."""
        ex = self.ex
        stamps: Mapping[str, str] = h.stamps if h else {}
        seqs: Mapping[str, int] = h.seqs if h else {}
        seen: Mapping[str, set[str]] = h.seen if h else {}
        changed: dict[str, Any] = {}
        taken: dict[str, str] = {}

        def local_concurrent(col: str) -> bool:
            ls = stamps.get(col, "")
            return bool(ls) and seqs[col] > ex.acked_change_seq and node_of(ls) != ex.sender_site_id

        adopted: dict[str, str] = {}
        for col in data_columns(r.table):
            if col not in r.row:  # an older sender does not know this column
                continue
            theirs, ours = r.row[col], mine[col]
            ts, ls = r.fs.get(col, ""), stamps.get(col, "")
            if theirs == ours:
                if ts > ls:  # the same value, set later there: take the stamp, so both agree
                    adopted[col] = ts
                continue
            if ts > ls:
                changed[col], taken[col] = theirs, ts
                if local_concurrent(col):
                    self._conflict(r, col, (theirs, ts), (ours, ls))
            elif ts and ts < ls and col not in seen.get(ts, set()) and local_concurrent(col):
                self._conflict(r, col, (ours, ls), (theirs, ts))
        tombstone = ""
        if r.row["deleted"] and not mine["deleted"]:
            changed["deleted"], tombstone = True, r.ds
            # Edits made here that the deleting site never saw: the deletion wins (a record
            # is never brought back), and the edits wait in the conflicts list.
            lost = {
                col: (mine[col], stamps[col])
                for col in data_columns(r.table)
                if local_concurrent(col) and r.fs.get(col, "") < stamps[col]
            }
            if lost:
                self._keep(deletion_row(r.table, r.id, r.ds, lost, ex.bundle_id, self.detected_at))
        elif mine["deleted"] and r.row["deleted"] and r.row["stamp"] > mine["stamp"]:
            # Both sites deleted it: the later tombstone is logged here too, so it travels on
            # and every site ends with the same stamp (else sites that only ever see the
            # earlier one keep it).
            tombstone = r.ds
        elif mine["deleted"] and not r.row["deleted"] and _unseen_deletion(h, ex):
            assert h is not None
            # Edits made there without knowing of this site's deletion.
            lost = {
                col: (r.row[col], ts)
                for col, ts in r.fs.items()
                if col in r.row and col not in SYNC_COLUMNS and col not in seen.get(ts, set())
            }
            if lost:
                row = deletion_row(
                    r.table, r.id, h.deleted_stamp, lost, ex.bundle_id, self.detected_at
                )
                self._keep(row)
        if changed or adopted or r.row["stamp"] > mine["stamp"]:
            changed["stamp"] = max(mine["stamp"], r.row["stamp"])
            changed["updated_at"] = max(mine["updated_at"], r.row["updated_at"])
            _log(self.log, r.table, r.id, {**adopted, **taken}, tombstone)
        if changed == {"stamp": mine["stamp"], "updated_at": mine["updated_at"]}:
            return {}
        return changed


def _log(
    log: list[dict[str, str]], name: str, record_id: str, fs: Mapping[str, str], ds: str
) -> None:
    """Queue change-log entries for applied fields, under their original stamps.

    The same rows ``change_tracking.log_change`` writes, inserted in one statement.
    """
    stamps = set(fs.values())
    if len(stamps) == 1:
        (st,) = stamps
        log.append(_entry(name, record_id, st, ",".join(sorted(fs))))
        if ds:
            log.append(_entry(name, record_id, ds, ""))
        return
    groups: dict[str, list[str]] = defaultdict(list)
    for f, st in fs.items():
        groups[st].append(f)
    for st in sorted(groups):
        log.append(_entry(name, record_id, st, ",".join(sorted(groups[st]))))
    if ds:
        log.append(_entry(name, record_id, ds, ""))


def _entry(name: str, record_id: str, stamp: str, fields: str) -> dict[str, str]:
    return {"table_name": name, "record_id": record_id, "stamp": stamp, "fields": fields}


def _observe(s: Session, remote: Stamp, ex: Exchange) -> None:
    """Move this site's clock past the newest stamp received."""
    row = s.get(MetaRow, LAST_STAMP_KEY)
    last = Stamp.parse(row.value) if row is not None else None
    now_ms = int(ex.now.timestamp() * 1000)
    stamp = observe(last, remote, now_ms, ex.local_site_id)
    if row is None:
        s.add(MetaRow(key=LAST_STAMP_KEY, value=str(stamp)))
    else:
        row.value = str(stamp)
