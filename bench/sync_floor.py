"""Bench 8's second pair of baselines: what any export or import of the same records must pay
when the records live in an encrypted database.

The first baselines (``bench.sync``) start from the payload already in memory: JSON and age
alone. An export cannot start there: it reads the rows from SQLCipher; an import cannot end
there: it writes them. These floors do only that, with nothing peerdesk adds (no consent
walk, no change log, no checks, no compression, no file):

- export floor: read the travelling rows of every table with plain ``SELECT *`` on the
  driver's cursor, encode them as JSON (lists of values) and encrypt with age;
- import floor: decrypt and parse that, and insert the same rows with one ``executemany`` per
  table into an empty database of the same schema (a second site), in one transaction that
  is rolled back.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import pyrage

from bench.report import median, timed


def _rows(store: Any, wanted: dict[str, set[str]]) -> dict[str, list[list[Any]]]:
    """table -> the rows of ``wanted`` ids (every column, as the driver gives them)."""
    out: dict[str, list[list[Any]]] = {}
    with store.uow(write=False) as uow:
        cursor = uow.session.connection().connection.cursor()
        try:
            for name, ids in wanted.items():
                cursor.execute(f'SELECT * FROM "{name}"')
                at = [d[0] for d in cursor.description].index("id")
                out[name] = [list(r) for r in cursor.fetchall() if r[at] in ids]
        finally:
            cursor.close()
    return out


def floors(body: dict[str, Any], source: Any, empty: Any, repeats: int) -> tuple[float, float]:
    """(export floor, import floor) in seconds for the records of payload ``body``.

    Args:
        body: the parsed payload (which records of which tables travel).
        source: the exporting site's store (read only).
        empty: a store of the same schema holding none of these records (written, rolled back).
        repeats: runs per figure (median).
    """
    wanted: dict[str, set[str]] = defaultdict(set)
    for rec in body["records"]:
        wanted[rec["t"]].add(rec["id"])
    identity = pyrage.x25519.Identity.generate()
    recipient = identity.to_public()
    sealed: list[bytes] = []

    def export() -> None:
        sealed[:] = [pyrage.encrypt(json.dumps(_rows(source, wanted)).encode(), [recipient])]

    exported = median([timed(export) for _ in range(repeats)])

    def import_() -> None:
        tables = json.loads(pyrage.decrypt(sealed[0], [identity]))
        with empty.uow() as uow:
            conn = uow.session.connection()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # the floor skips order
            cursor = conn.connection.cursor()
            try:
                for name, rows in tables.items():
                    if rows:
                        marks = ",".join("?" * len(rows[0]))
                        cursor.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
            finally:
                cursor.close()
            uow.session.rollback()

    imported = median([timed(import_) for _ in range(repeats)])
    return exported, imported
