"""Reading many rows for a bundle payload straight from the driver, in the payload's own form.

An export reads every travelling row and the change log behind it. Through Core each row
becomes a ``Row`` whose dates are parsed into ``date`` objects, only for the payload writer to
turn them back into the same ISO text: two thirds of the reading time. ``wire_select`` selects
a table's columns in their usual positions with each date column cast to text (on SQLite the
stored text itself, on PostgreSQL the ISO form), and ``fetch`` runs a Core query on the
connection's own driver cursor and returns plain tuples, without result processing. The SQL is
still SQLAlchemy's, compiled for the connection's dialect.

Rows read this way are in *wire form*: dates as ISO text, yes/no columns as the driver gives
them (``0``/``1`` on SQLite; ``payload_export`` writes them as ``true``/``false``).
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Select, String, Table, cast, select
from sqlalchemy.sql import ClauseElement

from peerdesk.sync.payload_tables import table

__all__ = ["bool_columns", "fetch", "fetch_batches", "wire_select"]

#: Parameter values ``fetch`` passes to the driver as they are (no bind processing needed).
_PLAIN = (str, int, float, type(None))


@functools.cache
def wire_select(name: str) -> Select[*tuple[Any, ...]]:
    """``select(table(name))`` with date columns cast to text (same names, same positions)."""
    t: Table = table(name)
    return select(
        *(cast(c, String).label(c.name) if isinstance(c.type, Date) else c for c in t.columns)
    )


@functools.cache
def bool_columns(name: str) -> tuple[str, ...]:
    """The yes/no columns of ``name`` (the driver may give them as 0/1)."""
    return tuple(c.name for c in table(name).columns if isinstance(c.type, Boolean))


def fetch(conn: Connection, query: ClauseElement) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as the driver returns them (plain tuples, no type processing).

    Args:
        conn: the session's connection (the query runs in its transaction).
        query: a Core select whose parameters are text, numbers or None (anything else would
            need the column type's bind processing: ``TypeError``).
    """
    rows: list[tuple[Any, ...]] = []
    for batch in fetch_batches(conn, query, 0):
        rows = batch
    return rows


def fetch_batches(
    conn: Connection, query: ClauseElement, size: int = 20_000
) -> Iterator[list[tuple[Any, ...]]]:
    """``fetch`` in lists of ``size`` rows (0: all at once), for a caller that folds many
    rows into less and need not hold them all."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    values = compiled.params
    for value in values.values():
        if not isinstance(value, _PLAIN) or isinstance(value, bool):
            raise TypeError(f"fetch passes only text and numbers, not {type(value).__name__}")
    params: Sequence[Any] | dict[str, Any]
    if conn.dialect.positional:
        params = tuple(values[k] for k in getattr(compiled, "positiontup", None) or ())
    else:
        params = values
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        if not size:
            yield typing.cast(list[tuple[Any, ...]], cursor.fetchall())  # DBAPI: tuples
            return
        while batch := cursor.fetchmany(size):
            yield typing.cast(list[tuple[Any, ...]], batch)
    finally:
        cursor.close()
