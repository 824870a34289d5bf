"""Fast, deterministic writing of synced rows for the demo generator.

Rows are plain dicts buffered per table and written with one ``INSERT`` per batch (executemany),
parents before children (``Base.metadata.sorted_tables``), inside the caller's transaction.
Each row gets the sync columns: an id derived from the seeded random generator, the local site,
``created_at``/``updated_at`` now, and its own update stamp, issued after the store's last stamp
exactly as ``hlc.tick`` would, so stamps keep increasing. Each row also gets a change-log entry
naming all its fields, so demo records travel in sync bundles like any others.

Per-dialect seam: on SQLite the ``INSERT`` compiled from the table is run at driver level with
tuples (dates as ISO text, which is how the SQLite dialect stores ``Date``), skipping
SQLAlchemy's per-row parameter processing, which costs as much as SQLite's own work here. Other
databases get the ordinary Core executemany.
"""

from __future__ import annotations

import contextlib
import random
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, Engine, Table, insert
from sqlalchemy.orm import Session

from peerdesk.clock import iso
from peerdesk.db.models import Base, ChangeLogRow, SyncedMixin
from peerdesk.domain.hlc import Stamp, tick

#: Rows per INSERT statement.
BATCH = 5000
#: SQLite page cache while generating, in KiB. Rows arrive in random-id order, so most index
#: pages are touched again and again; with the usual 128 MiB the cache spills constantly and a
#: 100,000-participant run is two to three times slower. SQLite allocates it only as used.
GENERATION_CACHE_KIB = 1024 * 1024
_MIXIN = ("id", "origin_site_id", "created_at", "updated_at", "stamp", "deleted")
_MAX_COUNTER = 999_999
#: UUID version 4 and RFC 4122 variant bits, as ``uuid.UUID(int=n, version=4)`` sets them.
_CLEAR = ~(0xF000 << 64) & ~(0xC000 << 48)
_SET = (0x4000 << 64) | (0x8000 << 48)


class Ids:
    """``str(uuid.UUID(int=rng.getrandbits(128), version=4))``, three times faster."""

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits

    def __call__(self) -> str:
        h = "%032x" % ((self._bits(128) & _CLEAR) | _SET)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Stamps:
    """The update stamps ``hlc.tick`` issues after ``last`` at physical time ``now_ms``.

    While the counter has room this only adds one to it (what ``tick`` does when the physical
    time has not passed the last stamp); past its six digits the wall clock moves on 1 ms.
    """

    def __init__(self, last: Stamp, now_ms: int) -> None:
        self._now_ms = now_ms
        self._set(last)
        self._fresh = True

    def _set(self, stamp: Stamp) -> None:
        self._wall, self._counter, self._node = stamp.wall_ms, stamp.counter, stamp.node
        self._head = f"{self._wall:015d}-"
        self._tail = f"-{self._node}"

    @property
    def last(self) -> Stamp:
        return Stamp(self._wall, self._counter, self._node)

    def __call__(self) -> str:
        if self._fresh or self._counter >= _MAX_COUNTER:
            physical = self._now_ms if self._fresh else self._wall + 1
            self._fresh = False
            self._set(tick(self.last, physical, self._node))
        else:
            self._counter += 1
        return f"{self._head}{self._counter:06d}{self._tail}"


@contextlib.contextmanager
def large_cache(engine: Engine) -> Iterator[None]:
    """On SQLite, a larger page cache for this thread's connection while the block runs.

    The engine keeps one connection per thread, so the unit of work inside the block uses the
    same connection; the usual size is restored after it has committed or rolled back.
    """
    if engine.dialect.name != "sqlite":
        yield
        return
    with engine.connect() as conn:
        before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
        conn.exec_driver_sql(f"PRAGMA cache_size = -{GENERATION_CACHE_KIB}")
    try:
        yield
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


def _defaults(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table.columns:
        default = col.default
        if default is not None and getattr(default, "is_scalar", False):
            out[col.name] = default.arg  # type: ignore[attr-defined]
        elif col.nullable and not col.primary_key:
            out[col.name] = None
    return out


class BatchWriter:
    """Buffers new synced rows and writes them in FK order; counts rows per table."""

    def __init__(
        self, session: Session, site_id: str, now: datetime, stamps: Stamps, ids: Ids
    ) -> None:
        self.session = session
        self.site_id = site_id
        self.at = iso(now)
        self.stamps = stamps
        self.ids = ids
        self.counts: Counter[str] = Counter()
        self._buffers: dict[str, list[dict[str, Any]]] = {}
        self._log: list[dict[str, Any]] = []
        self._order = [t for t in Base.metadata.sorted_tables if "origin_site_id" in t.columns]
        self._defaults = {t.name: _defaults(t) for t in self._order}
        self._fields = {
            t.name: ",".join(c.name for c in t.columns if c.name not in _MIXIN) for t in self._order
        }
        self._driver_level = session.get_bind().dialect.name == "sqlite"
        self._sql: dict[str, str] = {}

    def add(self, model: type[SyncedMixin], row: dict[str, Any]) -> str:
        """Buffer one new row of ``model`` (``row`` may carry its ``id``); returns the id."""
        name: str = model.__tablename__  # type: ignore[attr-defined]
        rid = row.get("id") or self.ids()
        stamp = self.stamps()
        full = self._defaults[name] | row
        full["id"] = rid
        full["origin_site_id"] = self.site_id
        full["created_at"] = full["updated_at"] = self.at
        full["stamp"] = stamp
        full["deleted"] = False
        self._buffers.setdefault(name, []).append(full)
        self._log.append(
            {"table_name": name, "record_id": rid, "stamp": stamp, "fields": self._fields[name]}
        )
        return rid

    def flush(self) -> None:
        """Write every buffered row, parents first, then their change-log entries."""
        for table in self._order:
            rows = self._buffers.pop(table.name, None)
            if rows:
                self._insert(table, rows)
                self.counts[table.name] += len(rows)
        if self._log:
            self._insert(ChangeLogRow.__table__, self._log)  # type: ignore[arg-type]
            self._log = []

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not self._driver_level:
            for i in range(0, len(rows), BATCH):
                self.session.execute(insert(table), rows[i : i + BATCH])
            return
        cols = [c.name for c in table.columns if c.name in rows[0]]
        sql = self._sql.get(table.name)
        if sql is None:
            dialect = self.session.get_bind().dialect
            sql = str(insert(table).compile(dialect=dialect, column_keys=cols))
            self._sql[table.name] = sql
        getter = itemgetter(*cols)
        dates = [i for i, c in enumerate(cols) if isinstance(table.c[c].type, Date)]
        conn = self.session.connection()
        for i in range(0, len(rows), BATCH):
            values = [getter(r) for r in rows[i : i + BATCH]]
            if dates:
                values = [_iso_dates(v, dates) for v in values]
            conn.exec_driver_sql(sql, values)


def _iso_dates(values: tuple[Any, ...], positions: list[int]) -> tuple[Any, ...]:
    out = list(values)
    for i in positions:
        d = out[i]
        if d is not None:
            out[i] = date.isoformat(d)
    return tuple(out)
