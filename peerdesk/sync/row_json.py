"""A payload record's ``row`` written as JSON by SQLite while the row is read.

Building each record's ``row`` as a Python dict and handing 400,000 of them to ``json.dumps``
was half of an export's own time (issue 5 profile: dict building 2.4 s, encoding 2.6 s of 12 s
at 10,000 participants). SQLite's ``json_object`` writes the same object in C as part of the
query: ``payload_select`` reads the few columns the export looks at one by one
(``walk_columns``: id, stamp, the references, the participant and kind columns, at the
positions ``row_positions`` gives) and then the row's carried columns
(``payload_tables.SYNC_COLUMNS`` and data columns, sorted by name, as ``sort_keys`` would
order them) as one JSON text. Reading every column as well as the JSON made Python build each
value twice: at 10,000 participants the narrow read takes half the time of the wide one.

The text parses to exactly what the dict path gives (a test compares both on every synced
table): text, whole numbers and NULL as they are stored (dates are stored as ISO text), yes/no
columns as ``true``/``false``. Synced tables hold no floating-point or binary columns
(``carried`` refuses them, so a new one cannot slip through with different formatting). Letters
outside ASCII are written as UTF-8 rather than ``\\u`` escapes; ``payload_checks`` reads UTF-8.

Only SQLite (and SQLCipher) has ``json_object`` with this output; on another database
``payload_select`` reads the walk columns and then every other column (``full_select``, in wire
form: ``raw_rows``), and ``payload_export`` builds the dict itself.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Select, String, Text, cast, literal_column, select
from sqlalchemy.engine import Dialect

from peerdesk.sync.payload_tables import (
    KIND_COLUMNS,
    OWNED,
    SYNC_COLUMNS,
    data_columns,
    refs,
    table,
)

__all__ = [
    "USUAL_HEAD",
    "carried",
    "full_order",
    "full_select",
    "has_row_json",
    "payload_select",
    "record_tail",
    "row_positions",
    "row_text",
    "walk_columns",
]

#: Column types whose stored SQLite value ``json_object`` writes as the dict path would.
_AS_STORED = (String, Text, Integer, Date)


@functools.cache
def carried(name: str) -> tuple[str, ...]:
    """The columns a record of ``name`` carries in its ``row``, sorted by name."""
    keep = set(SYNC_COLUMNS) | set(data_columns(name))
    return tuple(sorted(c.name for c in table(name).columns if c.name in keep))


def has_row_json(dialect: Dialect) -> bool:
    """Whether ``payload_select`` adds the JSON column on this database."""
    return dialect.name == "sqlite"


@functools.cache
def _row_json_sql(name: str) -> str:
    """The SQL expression of the JSON column for ``name`` (identifiers from the models only)."""
    t = table(name)
    parts: list[str] = []
    for column in carried(name):
        col = t.c[column]
        ref = f'"{t.name}"."{col.name}"'
        if isinstance(col.type, Boolean):
            value = (
                f"CASE WHEN {ref} IS NULL THEN NULL WHEN {ref} "
                "THEN json('true') ELSE json('false') END"
            )
        elif isinstance(col.type, _AS_STORED):
            value = ref
        else:  # a float would be formatted differently from Python's repr: not silently
            raise TypeError(f"{name}.{column}: {type(col.type).__name__} has no JSON form here")
        parts.append(f"'{col.name}', {value}")
    return f"json_object({', '.join(parts)})"


@functools.cache
def walk_columns(name: str) -> tuple[str, ...]:
    """The columns of ``name`` the export reads one by one, first in every payload row: id,
    stamp, the references, the participant column, the kind column (``KIND_COLUMNS``) and a
    consent's recipient site and tombstone flag."""
    wanted = ["id", "stamp", *(r.column for r in refs(name))]
    if name in OWNED:
        wanted.append(OWNED[name])
    if name in KIND_COLUMNS:
        wanted.append(KIND_COLUMNS[name])
    if name == "consents":
        wanted += ["recipient_site_id", "deleted"]
    return tuple(dict.fromkeys(wanted))


@functools.cache
def row_positions(name: str) -> dict[str, int]:
    """Position of each walk column in a payload row of ``name`` (the same on every
    database)."""
    return {c: i for i, c in enumerate(walk_columns(name))}


@functools.cache
def full_order(name: str) -> tuple[str, ...]:
    """The walk columns, then every other column of ``name`` (the rows ``full_select`` reads)."""
    walk = walk_columns(name)
    return (*walk, *(c.name for c in table(name).columns if c.name not in walk))


def _wire(name: str, columns: tuple[str, ...]) -> list[Any]:
    """``columns`` of ``name`` in wire form (dates as their ISO text, as in ``raw_rows``)."""
    t = table(name)
    return [
        cast(t.c[c], String).label(c) if isinstance(t.c[c].type, Date) else t.c[c] for c in columns
    ]


@functools.cache
def full_select(name: str) -> Select[Any]:
    """Every column of ``name`` in wire form, in ``full_order``: the payload row where the
    database writes no JSON."""
    return select(*_wire(name, full_order(name)))


#: How the payload record of a row starts when its ``ds`` and ``fs`` are empty (not deleted,
#: every field last set at the record's stamp: most records); keys in sorted order.
USUAL_HEAD = '{"ds":"","fs":{},"id":'
_ROW_KEY = ',"row":'


@functools.cache
def record_tail(name: str) -> str:
    """How every payload record of table ``name`` ends."""
    return ',"t":' + json.dumps(name) + "}"


@functools.cache
def _record_sql(name: str) -> str:
    """SQL writing the whole usual payload record of a row of ``name`` (``USUAL_HEAD``, the
    id, the row, ``record_tail``): the export keeps it as it is for most records."""
    id_ref = f'"{table(name).name}"."id"'
    return (
        f"'{USUAL_HEAD}' || json_quote({id_ref}) || '{_ROW_KEY}' || {_row_json_sql(name)} "
        f"|| '{record_tail(name)}'"
    )


def row_text(name: str, record: str) -> str:
    """The ``row`` JSON inside a usual record of ``name`` as ``payload_select`` wrote it (for
    a record whose ``ds`` or ``fs`` is not empty after all)."""
    start = record.index(_ROW_KEY, len(USUAL_HEAD)) + len(_ROW_KEY)  # a JSON id has no '"'
    return record[start : len(record) - len(record_tail(name))]


@functools.cache
def _json_select(name: str) -> Select[Any]:
    record: Any = literal_column(_record_sql(name)).label("_record")
    return select(*_wire(name, walk_columns(name)), record)


def payload_select(name: str, dialect: Dialect) -> Select[Any]:
    """The walk columns of ``name`` and, on SQLite, the row's usual payload record after them
    (the ``row`` JSON inside it: ``row_text``; elsewhere every other column: ``full_select``)."""
    return _json_select(name) if has_row_json(dialect) else full_select(name)
