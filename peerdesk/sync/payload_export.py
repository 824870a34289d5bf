"""Building a bundle payload for one recipient site from the change log.

The payload holds every record changed since the last change the recipient acknowledged, as
the row's full current values with the update stamp of each field (from the change log) and
the tombstone stamp, restricted by consent. Which records travel is decided in
``payload_scope`` (coverage now and at the acknowledged export, newly covered participants,
revocations, supporting rows); this module reads their field stamps and writes the JSON.

Format 2 (JSON in UTF-8, sorted keys, no whitespace; on SQLite each record with empty ``ds``
and ``fs`` is written whole by SQLite as it reads the row, and every other record's ``row``
comes from that text: ``row_json``)::

    {"format": 2, "records": [{"t": table, "id": id, "row": {column: value},
                               "fs": {field: stamp}, "ds": tombstone stamp or ""}, ...]}

``fs`` lists only the data fields whose latest change is *not* the record's own stamp
(``row["stamp"]``), with ``""`` for a field no change was ever logged for; every other data
field was last set at the record's stamp. Most records were written once, so ``fs`` is
usually empty (format 1 listed every field's stamp: the payload was twice the size).

Records come parents first (dependency order), then by id, so the same data gives the same bytes.
The payload is compressed for the bundle while it is written (``deflate``).
"""

from __future__ import annotations

import functools
import io
import json
import zlib
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from json.encoder import encode_basestring_ascii as _text
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import ChangeLogRow
from peerdesk.sync import row_json
from peerdesk.sync.deflate import COMPRESS_LEVEL, Deflater
from peerdesk.sync.gc_pause import gc_paused
from peerdesk.sync.import_notices import notices_for
from peerdesk.sync.import_settled import settled_for
from peerdesk.sync.payload_scope import CHUNK, chunks, last_change_seq, select_records
from peerdesk.sync.payload_tables import (
    PAYLOAD_FORMAT,
    SYNC_COLUMNS,
    data_columns,
    table_order,
)
from peerdesk.sync.raw_rows import bool_columns, fetch, fetch_batches

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
    #: (the data, compressed while it was written: ``deflate``); see ``deflated``.
    written: tuple[bytes, bytes] | None = field(default=None, repr=False)

    def deflated(self) -> bytes:
        """``data`` as a zlib stream for the bundle: the one written beside it, or (when
        ``data`` was replaced since, as tests do) compressed now."""
        if self.written is not None and self.written[0] is self.data:
            return self.written[1]
        return zlib.compress(self.data, COMPRESS_LEVEL)

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
    stamps = _histories(s, sel.ids, top)
    report(0.67)
    counts: dict[str, int] = {}
    tables = sorted(sel.ids, key=order.__getitem__)  # parents first, then by id
    json_rows = row_json.has_row_json(s.get_bind().dialect)
    buffer = io.BytesIO()  # hands its bytes over at the end without a second copy
    with Deflater() as deflater:  # compresses each table's piece beside the next one's writing

        def put(text: str) -> None:
            piece = text.encode("utf-8")
            buffer.write(piece)
            deflater.write(piece)

        put(f'{{"format":{PAYLOAD_FORMAT},"records":[')
        for done, t in enumerate(tables):
            report(0.67 + 0.33 * done / len(tables))
            ids = sorted(sel.ids[t])
            counts[t] = len(ids)
            # Each table's rows and history are let go once written: the export holds the
            # rows or the payload, not both (peak at 10,000 participants: 2.0 GB -> 1.1 GB).
            rows, logged = sel.rows.pop(t), stamps.pop(t, {})
            text = ",".join(_records(t, ids, rows, logged, json_rows))
            del rows, logged
            put(("," if done else "") + text)
        tail = "]"
        if notices := notices_for(s, recipient_site_id, sel.keys):
            # conflicts the recipient's value lost (import_notices)
            tail += ',"conflicts":' + _json(notices)
        if settled := settled_for(s, recipient_site_id, acked_change_seq, on, sel.keys):
            tail += ',"settled":' + _json(settled)  # conflicts settled here (import_settled)
        put(tail + "}")
        deflated = deflater.finish()
    data = buffer.getvalue()
    buffer.close()
    return ExportPayload(
        data, dict(sorted(counts.items())), acked_change_seq + 1, top, (data, deflated)
    )


def _records(
    t: str,
    ids: Sequence[str],
    rows: Mapping[str, Sequence[Any]],
    logged: Mapping[str, _History | tuple[str, str]],
    json_rows: bool,
) -> list[str]:
    """The payload records of ``ids`` of table ``t`` (JSON text each), from their rows and
    their change-log history; ``json_rows``: each row ends with its usual record as SQLite
    wrote it (``row_json``)."""
    stamp_at = row_json.row_positions(t)["stamp"]
    fields = _stamp_fields(t)
    tail = row_json.record_tail(t)
    covers: dict[str, bool] = {}  # logged field list (never "") -> names every field
    out: list[str] = []
    history, covering, append = logged.get, covers.get, out.append  # 400,000 times each
    for record_id in ids:
        row = rows[record_id]
        own = row[stamp_at]
        h = history(record_id)
        if json_rows and h.__class__ is tuple and h[1] == own and covering(h[0]):
            append(row[-1])  # the usual record, as below, as SQLite wrote it (row_json)
            continue
        if h is None:
            lean, ds = dict.fromkeys(fields, ""), ""
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
        if json_rows and not lean and not ds:
            out.append(row[-1])
            continue
        # SQLite wrote the row's JSON while reading it (row_json); elsewhere it is built here.
        text = row_json.row_text(t, row[-1]) if json_rows else _row_text(t, row)
        # Keys in sorted order, as sort_keys would give them.
        out.append(
            f'{{"ds":{_text(ds)},"fs":{_json(lean) if lean else "{}"},'
            f'"id":{_text(record_id)},"row":{text}{tail}'
        )
    return out


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
def _row_plan(name: str) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
    """(column, position in a ``row_json.full_select`` row) for the columns a record carries,
    sorted by name, and the names of the yes/no ones (written as ``true``/``false``)."""
    carried = set(SYNC_COLUMNS) | set(data_columns(name))
    plan = sorted((c, i) for i, c in enumerate(row_json.full_order(name)) if c in carried)
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


#: table -> record id -> (fields, stamp) of its only change (most records), else its folded
#: history.
Stamps = dict[str, dict[str, _History | tuple[str, str]]]


def _histories(s: Session, ids: Mapping[str, Collection[str]], top: int) -> Stamps:
    """Field stamps and tombstone stamp of the records ``ids`` (table -> ids), from the
    change log.

    When the records are a large share of the log, one pass over the whole log is cheaper than
    looking each record up.
    """
    out: Stamps = {name: {} for name in ids}
    c = ChangeLogRow
    if sum(len(v) for v in ids.values()) * 3 >= top:
        query = select(c.table_name, c.record_id, c.stamp, c.fields).where(
            c.seq <= top, c.table_name.in_(sorted(ids))
        )
        for batch in fetch_batches(s.connection(), query.order_by(c.seq)):
            _fold(out, batch, ids)  # in batches: the whole log at once was 350 MB more
        return out
    for name, wanted in ids.items():
        for part in chunks(sorted(wanted)):
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


def _fold(out: Stamps, rows: Iterable[Any], wanted: Mapping[str, Collection[str]] | None) -> None:
    """Fold change-log rows (in log order) into field stamps and tombstone stamps."""
    same: dict[str, str] = {}  # one copy of each field list (a few dozen among 400,000 rows)
    for name, record_id, stamp, fields in rows:
        if wanted is not None and record_id not in wanted[name]:
            continue
        logged = out[name]
        entry = logged.get(record_id)
        if entry is None:  # most records: one entry, the creation (kept as a plain pair)
            logged[record_id] = (same.setdefault(fields, fields), stamp)
            continue
        history = logged[record_id] = _history(entry)  # a second entry: fold from here on
        if not fields:  # a tombstone
            history.deleted = max(history.deleted, stamp)
            continue
        fs = history.expand()
        for f in fields.split(","):
            if stamp >= fs.get(f, ""):
                fs[f] = stamp
