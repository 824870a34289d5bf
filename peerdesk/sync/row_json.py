"""A payload record's ``row`` written as JSON by SQLite while the row is read.

Building each record's ``row`` as a Python dict and handing 400,000 of them to ``json.dumps``
was half of an export's own time (issue 5 profile: dict building 2.4 s, encoding 2.6 s of 12 s
at 10,000 participants). SQLite's ``json_object`` writes the same object in C as part of the
query: ``payload_select`` is ``raw_rows.wire_select`` with one more column at the end, the
row's carried columns (``payload_tables.SYNC_COLUMNS`` and data columns, sorted by name, as
``sort_keys`` would order them) as JSON text. Every other column keeps its position, so the
consent walk in ``payload_scope`` reads rows as before.

The text parses to exactly what the dict path gives (a test compares both on every synced
table): text, whole numbers and NULL as they are stored (dates are stored as ISO text), yes/no
columns as ``true``/``false``. Synced tables hold no floating-point or binary columns
(``carried`` refuses them, so a new one cannot slip through with different formatting). Letters
outside ASCII are written as UTF-8 rather than ``\\u`` escapes; ``payload_checks`` reads UTF-8.

Only SQLite (and SQLCipher) has ``json_object`` with this output; on another database
``payload_select`` is ``wire_select`` and ``payload_export`` builds the dict itself.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Select, String, Text, literal_column
from sqlalchemy.engine import Dialect

from peerdesk.sync.payload_tables import SYNC_COLUMNS, data_columns, table
from peerdesk.sync.raw_rows import wire_select

__all__ = ["carried", "has_row_json", "payload_select"]

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
def _json_select(name: str) -> Select[Any]:
    return wire_select(name).add_columns(literal_column(_row_json_sql(name)).label("_row_json"))


def payload_select(name: str, dialect: Dialect) -> Select[Any]:
    """``wire_select(name)``, plus (on SQLite) the row's ``row`` JSON text as a last column."""
    return _json_select(name) if has_row_json(dialect) else wire_select(name)
