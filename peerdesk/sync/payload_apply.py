"""Merging checked payload records into the database, all in the caller's one transaction.

The records were checked first (``payload_checks``; re-exported here). A record that exists
here merges field by field, on the update stamps of each field (from the change log on each
side): the later stamp wins. Where both sides changed the same field since the last exchange
(the local change is newer than what the sender acknowledged, and the incoming change was not
seen here before) and the values differ, the winner is applied and the loser goes to
``sync_conflicts`` for a person to review, at the site that sees both values first (bundles
that cross on the way each record it). A tombstone is final: no record, older or newer, brings
a deleted row back; its field values still merge. Applied changes enter the local change log
under their original stamps, so they travel on to other sites and the clock moves past them.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from peerdesk.clock import iso
from peerdesk.db.change_tracking import LAST_STAMP_KEY
from peerdesk.db.models import ChangeLogRow, ConflictRow, MetaRow
from peerdesk.domain.hlc import Stamp, observe
from peerdesk.sync.payload_checks import (
    INVALID,
    Incoming,
    check_records,
    invalid,
    parse_payload,
)
from peerdesk.sync.payload_export import chunks, field_histories
from peerdesk.sync.payload_tables import data_columns, table, table_order, to_json_value

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
    unchanged: int = 0
    conflicts: int = 0


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


def apply_records(s: Session, records: Sequence[Incoming], ex: Exchange) -> ApplyResult:
    """Merge checked records into the database in the caller's transaction."""
    result = ApplyResult()
    order = table_order()
    by_table: dict[str, list[Incoming]] = defaultdict(list)
    for r in records:
        by_table[r.table].append(r)
        result.received[r.table] = result.received.get(r.table, 0) + 1
    newest = ""
    for name in sorted(by_table, key=order.__getitem__):
        items = sorted(by_table[name], key=lambda r: r.id)
        t = table(name)
        local: dict[str, dict[str, Any]] = {}
        for part in chunks([r.id for r in items]):
            for row in s.execute(select(t).where(t.c.id.in_(part))).mappings():
                local[row["id"]] = dict(row)
        histories = field_histories(s, name, local)
        new_rows: list[dict[str, Any]] = []
        log: list[dict[str, str]] = []
        for r in items:
            newest = max(newest, r.row["stamp"])
            if r.id not in local:
                new_rows.append({"id": r.id, **r.row})
                _log(log, name, r.id, r.fs, r.ds)
                continue
            h = histories.get(r.id)
            changed = _merge(s, log, r, local[r.id], h, ex, result)
            if changed:
                s.execute(update(t).where(t.c.id == r.id).values(**changed))
                result.updated += 1
            else:
                result.unchanged += 1
        if new_rows:  # one statement per table, parents' tables first
            s.execute(insert(t), new_rows)
            result.inserted += len(new_rows)
        if log:
            s.execute(insert(ChangeLogRow), log)
    if newest:
        _observe(s, Stamp.parse(newest), ex)
    return result


def _merge(
    s: Session,
    log: list[dict[str, str]],
    r: Incoming,
    mine: Mapping[str, Any],
    h: Any,
    ex: Exchange,
    result: ApplyResult,
) -> dict[str, Any]:
    """The columns to update on the local row (empty when nothing changes)."""
    stamps: Mapping[str, str] = h.stamps if h else {}
    seqs: Mapping[str, int] = h.seqs if h else {}
    seen: Mapping[str, set[str]] = h.seen if h else {}
    changed: dict[str, Any] = {}
    taken: dict[str, str] = {}

    def local_concurrent(col: str) -> bool:
        ls = stamps.get(col, "")
        return bool(ls) and seqs[col] > ex.acked_change_seq and not _by(ls, ex.sender_site_id)

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
                _conflict(s, r, col, (theirs, ts), (ours, ls), ex)
                result.conflicts += 1
        elif ts and ts < ls and col not in seen.get(ts, set()) and local_concurrent(col):
            _conflict(s, r, col, (ours, ls), (theirs, ts), ex)
            result.conflicts += 1
    tombstone = ""
    if r.row["deleted"] and not mine["deleted"]:
        changed["deleted"], tombstone = True, r.ds
    if changed or adopted or r.row["stamp"] > mine["stamp"]:
        changed["stamp"] = max(mine["stamp"], r.row["stamp"])
        changed["updated_at"] = max(mine["updated_at"], r.row["updated_at"])
        _log(log, r.table, r.id, {**adopted, **taken}, tombstone)
    if changed == {"stamp": mine["stamp"], "updated_at": mine["updated_at"]}:
        return {}
    return changed


def _by(stamp: str, site_id: str) -> bool:
    return Stamp.parse(stamp).node == site_id


def _log(
    log: list[dict[str, str]], name: str, record_id: str, fs: Mapping[str, str], ds: str
) -> None:
    """Queue change-log entries for applied fields, under their original stamps.

    The same rows ``change_tracking.log_change`` writes, inserted per table in one statement.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for f, st in fs.items():
        groups[st].append(f)
    for st in sorted(groups):
        log.append(_entry(name, record_id, st, ",".join(sorted(groups[st]))))
    if ds:
        log.append(_entry(name, record_id, ds, ""))


def _entry(name: str, record_id: str, stamp: str, fields: str) -> dict[str, str]:
    return {"table_name": name, "record_id": record_id, "stamp": stamp, "fields": fields}


def _conflict(
    s: Session,
    r: Incoming,
    col: str,
    kept: tuple[Any, str],
    other: tuple[Any, str],
    ex: Exchange,
) -> None:
    s.add(
        ConflictRow(
            id=str(uuid.uuid4()),
            table_name=r.table,
            record_id=r.id,
            field=col,
            kept_value=json.dumps(to_json_value(kept[0]), ensure_ascii=False),
            other_value=json.dumps(to_json_value(other[0]), ensure_ascii=False),
            kept_stamp=kept[1],
            other_stamp=other[1],
            other_site_id=Stamp.parse(other[1]).node,
            bundle_id=ex.bundle_id,
            detected_at=iso(ex.now),
        )
    )


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
