"""Building a bundle payload for one recipient site from the change log.

The payload holds every record changed since the last change the recipient acknowledged, as
the row's full current values with the update stamp of each field (from the change log) and
the tombstone stamp, restricted by consent (see ``payload_tables``):

- a participant travels when a consent in force names the recipient (``covered_participants``
  for general program data or for Part 2 records); their records follow the same rule, and a
  substance-use treatment record only under a consent that names Part 2 records;
- when a consent for the recipient was recorded or changed since the acknowledgment, all the
  participant's records travel (the recipient may never have had them);
- supporting rows (mentor, group, partner, pathway) travel with the records that refer to them;
  a record whose references cannot travel stays home.

Format (UTF-8 JSON, sorted keys, no whitespace)::

    {"format": 1, "records": [{"t": table, "id": id, "row": {column: value},
                               "fs": {field: stamp}, "ds": tombstone stamp or ""}, ...]}

Records come parents first (dependency order), then by id, so the same data gives the same bytes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from peerdesk.db.models import ChangeLogRow, ConsentRow, ParticipantRow
from peerdesk.services.consent import covered_participants
from peerdesk.sync.payload_tables import (
    OWNED,
    PAYLOAD_FORMAT,
    SUPPORT,
    SYNC_COLUMNS,
    data_columns,
    is_sensitive,
    is_sud,
    refs,
    table,
    table_order,
    to_json_value,
)

CHUNK = 500
Key = tuple[str, str]


@dataclass
class FieldHistory:
    """What the change log says about one record."""

    #: field -> stamp of its latest change, and that change's log sequence number.
    stamps: dict[str, str] = field(default_factory=dict)
    seqs: dict[str, int] = field(default_factory=dict)
    #: Stamp of the tombstone ("" when never deleted).
    deleted_stamp: str = ""
    #: Every stamp logged for the record, with the fields it set.
    seen: dict[str, set[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportPayload:
    """A serialized payload and what the manifest says about it."""

    data: bytes
    counts: Mapping[str, int]
    change_seq_from: int
    change_seq_to: int

    @property
    def record_count(self) -> int:
        return sum(self.counts.values())


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def field_histories(s: Session, name: str, ids: Iterable[str]) -> dict[str, FieldHistory]:
    """The change-log history of records ``ids`` of table ``name``."""
    out: dict[str, FieldHistory] = defaultdict(FieldHistory)
    c = ChangeLogRow
    for part in chunks(sorted(set(ids))):
        rows = s.execute(
            select(c.record_id, c.seq, c.stamp, c.fields)
            .where(c.table_name == name, c.record_id.in_(part))
            .order_by(c.seq)
        )
        for record_id, seq, stamp, fields in rows:
            h = out[record_id]
            names = [f for f in fields.split(",") if f]
            h.seen.setdefault(stamp, set()).update(names)
            if not names:
                h.deleted_stamp = max(h.deleted_stamp, stamp)
            for f in names:
                if stamp >= h.stamps.get(f, ""):
                    h.stamps[f], h.seqs[f] = stamp, seq
    return dict(out)


def last_change_seq(s: Session) -> int:
    return int(s.scalar(select(func.max(ChangeLogRow.seq))) or 0)


def build_payload(
    s: Session, recipient_site_id: str, acked_change_seq: int, on: date
) -> ExportPayload:
    """The payload for ``recipient_site_id``: changes after ``acked_change_seq``, by consent.

    Args:
        s: a session (read only here).
        recipient_site_id: the site the bundle is for.
        acked_change_seq: the highest local change-log seq the recipient acknowledged.
        on: the day of the disclosure (consents are checked in force on that day).
    """
    top = last_change_seq(s)
    general = set(
        s.scalars(select(ParticipantRow.id).where(_covered(recipient_site_id, on, False)))
    )
    sud = set(s.scalars(select(ParticipantRow.id).where(_covered(recipient_site_id, on, True))))
    picker = _Picker(s, recipient_site_id, general, sud)
    candidates = _candidates(s, recipient_site_id, acked_change_seq, top, on)
    picker.add(candidates)
    included = picker.closure([k for k in candidates if picker.ok(k)])
    order = table_order()
    records: list[dict[str, Any]] = []
    by_table: dict[str, list[str]] = defaultdict(list)
    for t, record_id in included:
        by_table[t].append(record_id)
    counts: dict[str, int] = {}
    for t, ids in by_table.items():
        histories = field_histories(s, t, ids)
        counts[t] = len(ids)
        cols = data_columns(t)
        for record_id in ids:
            row = picker.rows[(t, record_id)]
            h = histories.get(record_id, FieldHistory())
            records.append(
                {
                    "t": t,
                    "id": record_id,
                    "row": {c: to_json_value(row[c]) for c in (*SYNC_COLUMNS, *cols)},
                    "fs": {f: st for f, st in h.stamps.items() if f in cols},
                    "ds": h.deleted_stamp,
                }
            )
    records.sort(key=lambda r: (order[str(r["t"])], str(r["id"])))
    data = json.dumps(
        {"format": PAYLOAD_FORMAT, "records": records},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    ).encode("utf-8")
    return ExportPayload(data, dict(sorted(counts.items())), acked_change_seq + 1, top)


def _covered(site: str, on: date, sud: bool) -> ColumnElement[bool]:
    return covered_participants(site, on, sud)


def _candidates(s: Session, site: str, acked: int, top: int, on: date) -> dict[Key, dict[str, Any]]:
    """Participant records changed since the acknowledgment, or of newly consented people."""
    c = ChangeLogRow
    anyone = select(ParticipantRow.id).where(
        or_(_covered(site, on, False), _covered(site, on, True))
    )
    new_consents = select(ConsentRow.participant_id).where(
        ConsentRow.recipient_site_id == site,
        ConsentRow.id.in_(
            select(c.record_id).where(c.seq > acked, c.seq <= top, c.table_name == "consents")
        ),
    )
    keys: dict[Key, dict[str, Any]] = {}
    for name, pcol in OWNED.items():
        t = table(name)
        changed = select(c.record_id).where(c.seq > acked, c.seq <= top, c.table_name == name)
        query = select(t).where(
            t.c[pcol].in_(anyone), or_(t.c.id.in_(changed), t.c[pcol].in_(new_consents))
        )
        if name == "consents":
            query = query.where(t.c.recipient_site_id == site)
        for row in s.execute(query).mappings():
            keys[(name, row["id"])] = dict(row)
    return keys


class _Picker:
    """Decides which rows may travel, following references (rows are fetched in batches)."""

    def __init__(self, s: Session, site: str, general: set[str], sud: set[str]) -> None:
        self.s = s
        self.site = site
        self.general = general
        self.sud = sud
        self.rows: dict[Key, dict[str, Any]] = {}
        self._ok: dict[Key, bool] = {}

    def add(self, rows: Mapping[Key, dict[str, Any]]) -> None:
        """Take the candidate rows and fetch everything they refer to, level by level."""
        self.rows.update(rows)
        pending = self._refs_of(rows)
        while pending:
            fetched: list[Key] = []
            by_table: dict[str, list[str]] = defaultdict(list)
            for target, i in pending:
                by_table[target].append(i)
            for name, ids in by_table.items():
                tbl = table(name)
                for part in chunks(sorted(set(ids))):
                    query = select(tbl).where(tbl.c.id.in_(part))
                    for row in self.s.execute(query).mappings():
                        self.rows[(name, row["id"])] = dict(row)
                        fetched.append((name, row["id"]))
            pending = self._refs_of(fetched)

    def _refs_of(self, keys: Iterable[Key]) -> set[Key]:
        out: set[Key] = set()
        for name, record_id in keys:
            row = self.rows[(name, record_id)]
            for ref in refs(name):
                value = row[ref.column]
                if value is not None:
                    key = (ref.target, value)
                    if key not in self.rows:
                        out.add(key)
        return out

    def _participant_ok(self, name: str, row: Mapping[str, Any]) -> bool:
        if name not in OWNED:
            return True
        pid = row[OWNED[name]]
        if name in ("participants", "consents"):
            if name == "consents" and row["recipient_site_id"] != self.site:
                return False
            return pid in self.general or pid in self.sud
        if is_sensitive(name, row):
            return False
        return pid in (self.sud if is_sud(name, row) else self.general)

    def ok(self, key: Key) -> bool:
        """Whether the row may travel, with everything it refers to."""
        if key in self._ok:
            return self._ok[key]
        self._ok[key] = False  # guards against a reference cycle
        name = key[0]
        row = self.rows.get(key)
        good = row is not None and (name in OWNED or name in SUPPORT)
        if good and row is not None:
            good = self._participant_ok(name, row)
            for ref in refs(name):
                value = row[ref.column]
                if not good or value is None:
                    continue
                good = self.ok((ref.target, value))
        self._ok[key] = good
        return good

    def closure(self, roots: Iterable[Key]) -> list[Key]:
        """``roots`` and every row they refer to (all already known to be ``ok``)."""
        seen: set[Key] = set()
        stack = list(roots)
        while stack:
            key = stack.pop()
            if key in seen:
                continue
            seen.add(key)
            row = self.rows[key]
            for ref in refs(key[0]):
                value = row[ref.column]
                if value is not None:
                    stack.append((ref.target, value))
        return sorted(seen)
