"""Building a bundle payload for one recipient site from the change log.

The payload holds every record changed since the last change the recipient acknowledged, as
the row's full current values with the update stamp of each field (from the change log) and
the tombstone stamp, restricted by consent. Which records travel is decided in
``payload_scope`` (coverage now and at the acknowledged export, newly covered participants,
revocations, supporting rows); this module reads their field stamps and writes the JSON.

Format 2 (JSON in UTF-8, sorted keys, no whitespace; the ``row`` objects are written by SQLite
as it reads them, ``row_json``)::

    {"format": 2, "records": [{"t": table, "id": id, "row": {column: value},
                               "fs": {field: stamp}, "ds": tombstone stamp or ""}, ...]}

``fs`` lists only the data fields whose latest change is *not* the record's own stamp
(``row["stamp"]``), with ``""`` for a field no change was ever logged for; every other data
field was last set at the record's stamp. Most records were written once, so ``fs`` is
usually empty (format 1 listed every field's stamp: the payload was twice the size).

Records come parents first (dependency order), then by id, so the same data gives the same bytes.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from json.encoder import encode_basestring_ascii as _text
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import ChangeLogRow
from peerdesk.sync.gc_pause import gc_paused
from peerdesk.sync.import_notices import notices_for
from peerdesk.sync.import_settled import settled_for
from peerdesk.sync.payload_scope import CHUNK, Key, chunks, last_change_seq, select_records
from peerdesk.sync.payload_tables import (
    PAYLOAD_FORMAT,
    SYNC_COLUMNS,
    data_columns,
    table,
    table_order,
)
from peerdesk.sync.raw_rows import bool_columns, fetch

__all__ = [
    "CHUNK",
    "ExportPayload",
    "FieldHistory",
    "build_payload",
    "chunks",
    "count_pending",
    "field_histories",
    "last_change_seq",
]


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


@gc_paused()
def build_payload(
    s: Session,
    recipient_site_id: str,
    acked_change_seq: int,
    on: date,
    on_step: Callable[[float], None] | None = None,
) -> ExportPayload:
    """The payload for ``recipient_site_id``: changes after ``acked_change_seq``, by consent.

    Args:
        s: a session (read only here).
        recipient_site_id: the site the bundle is for.
        acked_change_seq: the highest local change-log seq the recipient acknowledged.
        on: the day of the disclosure (consents are checked in force on that day).
        on_step: told the share of the work done (0 to 1) after each stage and table; it may
            raise to stop the work (nothing is written here).
    """
    report = on_step or _ignore
    top = last_change_seq(s)
    sel = select_records(s, recipient_site_id, acked_change_seq, on, top)
    report(0.5)  # the consent walk is about half of the work, the change log a sixth
    order = table_order()
    by_table: dict[str, list[str]] = defaultdict(list)
    for t, record_id in sel.keys:
        by_table[t].append(record_id)
    stamps = _histories(s, by_table, top, sel.keys)
    report(0.67)
    parts: list[str] = []
    counts: dict[str, int] = {}
    rows = sel.rows
    tables = sorted(by_table, key=order.__getitem__)  # parents first, then by id
    for done, t in enumerate(tables):
        report(0.67 + 0.33 * done / len(tables))
        ids = sorted(by_table[t])
        counts[t] = len(ids)
        text_at, stamp_at = len(table(t).columns), _stamp_at(t)
        fields = _stamp_fields(t)
        tail = ',"t":' + _text(t) + "}"
        covers: dict[str, bool] = {}  # logged field list -> names every field
        for record_id in ids:
            key = (t, record_id)
            row = rows[key]
            own = row[stamp_at]
            h = stamps.get(key)
            if h is None:
                lean, ds = dict.fromkeys(fields, ""), ""
            elif isinstance(h, tuple) and h[0] and h[1] == own and covers.get(h[0]):
                lean, ds = {}, ""  # the usual record, as below, without building its history
            else:
                h = _history(h)
                ds = h.deleted
                # The usual record: one change set every field, at the record's own stamp.
                once = h.fields is None and h.stamp == own
                if once:
                    full = covers.get(h.logged)
                    if full is None:
                        full = covers[h.logged] = set(fields) <= set(h.logged.split(","))
                    once = full
                if once:
                    lean = {}
                else:
                    fs = h.expand()
                    lean = {f: fs.get(f, "") for f in fields if fs.get(f) != own}
            # SQLite wrote the row's JSON while reading it (row_json); elsewhere it is built here.
            text = row[text_at] if len(row) > text_at else _row_text(t, row)
            # Keys in sorted order, as sort_keys would give them.
            parts.append(
                f'{{"ds":{_text(ds)},"fs":{_json(lean) if lean else "{}"},'
                f'"id":{_text(record_id)},"row":{text}{tail}'
            )
    body = f'{{"format":{PAYLOAD_FORMAT},"records":[' + ",".join(parts) + "]"
    del parts
    if notices := notices_for(s, recipient_site_id, sel.keys):
        # conflicts the recipient's value lost (import_notices)
        body += ',"conflicts":' + _json(notices)
    if settled := settled_for(s, recipient_site_id, acked_change_seq, on, sel.keys):
        body += ',"settled":' + _json(settled)  # conflicts settled here (import_settled)
    data = (body + "}").encode("utf-8")
    return ExportPayload(data, dict(sorted(counts.items())), acked_change_seq + 1, top)


def count_pending(s: Session, recipient_site_id: str, acked_change_seq: int, on: date) -> int:
    """How many records the next bundle for ``recipient_site_id`` would carry (nothing is
    serialized: the same selection as ``build_payload``, without stamps or JSON)."""
    top = last_change_seq(s)
    if top <= acked_change_seq:
        return 0
    return len(select_records(s, recipient_site_id, acked_change_seq, on, top).keys)


def _ignore(done: float) -> None:
    """The ``on_step`` of a caller that follows no progress."""


def _json(value: Any) -> str:
    """Compact JSON of ``value`` (non-ASCII letters as \\u escapes)."""
    return json.dumps(value, separators=(",", ":"), allow_nan=False)


def _row_text(name: str, row: Sequence[Any]) -> str:
    """The ``row`` JSON of a record read without ``row_json``'s column (not on SQLite)."""
    plan, flags = _row_plan(name)
    out = {c: row[i] for c, i in plan}
    for c in flags:  # rows are in wire form (raw_rows): dates are ISO text already
        if out[c] is not None:
            out[c] = bool(out[c])
    return _json(out)


@functools.cache
def _stamp_at(name: str) -> int:
    """Position of ``stamp`` in a row of ``select(table(name))``."""
    return [c.name for c in table(name).columns].index("stamp")


@functools.cache
def _row_plan(name: str) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
    """(column, position in a row of ``select(table)``) for the columns a record carries,
    sorted by name, and the names of the yes/no ones (written as ``true``/``false``)."""
    cols = list(table(name).columns)
    carried = set(SYNC_COLUMNS) | set(data_columns(name))
    plan = sorted((c.name, i) for i, c in enumerate(cols) if c.name in carried)
    return tuple(plan), tuple(c for c in bool_columns(name) if c in carried)


@functools.cache
def _stamp_fields(name: str) -> tuple[str, ...]:
    """The fields ``fs`` may name for ``name`` (its data columns), sorted."""
    return tuple(sorted(data_columns(name)))


@dataclass(slots=True)
class _History:
    """The change log of one record, folded: while one change set its fields (most records),
    just that change (``logged`` fields at ``stamp``); ``fields`` once there are more."""

    logged: str = ""
    stamp: str = ""
    fields: dict[str, str] | None = None
    deleted: str = ""

    def expand(self) -> dict[str, str]:
        """Field -> stamp of its latest change."""
        if self.fields is None:
            self.fields = dict.fromkeys(self.logged.split(","), self.stamp) if self.logged else {}
        return self.fields


#: (fields, stamp) of a record's only change (most records), else its folded history.
Stamps = dict[Key, _History | tuple[str, str]]


def _histories(
    s: Session, by_table: Mapping[str, list[str]], top: int, keys: Sequence[Key]
) -> Stamps:
    """Field stamps and tombstone stamp of every chosen record, from the change log.

    When the records are a large share of the log, one pass over the whole log is cheaper than
    looking each record up.
    """
    out: Stamps = {}
    c = ChangeLogRow
    if len(keys) * 3 >= top:
        wanted = set(keys)
        query = select(c.table_name, c.record_id, c.stamp, c.fields).where(
            c.seq <= top, c.table_name.in_(sorted(by_table))
        )
        _fold(out, fetch(s.connection(), query.order_by(c.seq)), wanted)
        return out
    for name, ids in by_table.items():
        for part in chunks(sorted(ids)):
            query = select(c.table_name, c.record_id, c.stamp, c.fields).where(
                c.table_name == name, c.record_id.in_(part), c.seq <= top
            )
            _fold(out, fetch(s.connection(), query.order_by(c.seq)), None)
    return out


def _history(entry: _History | tuple[str, str]) -> _History:
    """The history of a record from its ``Stamps`` entry."""
    if isinstance(entry, tuple):
        fields, stamp = entry
        return _History(fields, stamp) if fields else _History(fields={}, deleted=stamp)
    return entry


def _fold(out: Stamps, rows: Iterable[Any], wanted: set[Key] | None) -> None:
    """Fold change-log rows (in log order) into field stamps and tombstone stamps."""
    for name, record_id, stamp, fields in rows:
        key = (name, record_id)
        if wanted is not None and key not in wanted:
            continue
        entry = out.get(key)
        if entry is None:  # most records: one entry, the creation (kept as a plain pair)
            out[key] = (fields, stamp)
            continue
        history = out[key] = _history(entry)  # a second entry: fold from here on
        if not fields:  # a tombstone
            history.deleted = max(history.deleted, stamp)
            continue
        fs = history.expand()
        for f in fields.split(","):
            if stamp >= fs.get(f, ""):
                fs[f] = stamp
