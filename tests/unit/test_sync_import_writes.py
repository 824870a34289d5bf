"""The import's bulk writes store exactly what a plain Core insert stores."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import create_engine, insert, select

from peerdesk.db.models import Base
from peerdesk.sync.import_writes import existing_ids, insert_rows
from peerdesk.sync.payload_tables import SYNC_COLUMNS, data_columns, table

STAMP = "001764000000000-000000-5f0c1a52-0000-4000-8000-000000000001"


def person(**over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {c: "" for c in data_columns("participants")}
    row.update(
        id=str(uuid.uuid4()),
        origin_site_id="5f0c1a52-0000-4000-8000-000000000001",
        created_at="2026-11-28T12:00:00.000000Z",
        updated_at="2026-11-28T12:00:00.000000Z",
        stamp=STAMP,
        deleted=False,
        doc_number="A1",
        date_of_birth=date(1980, 2, 29),
        projected_release_date=None,
        actual_release_date=date(2026, 1, 2),
        risk_level=None,
        status_date=date(2026, 11, 1),
        status="active",
        legal_last_name="Núñez",
    )
    row.update(over)
    return row


def test_bulk_insert_matches_a_core_insert() -> None:
    engine = create_engine("sqlite://")
    t = table("participants")
    Base.metadata.create_all(engine, tables=[t])
    cols = ("id", *SYNC_COLUMNS, *data_columns("participants"))
    fast, plain = person(doc_number="A1"), person(doc_number="A2", deleted=True)
    older = person(doc_number="A3")
    del older["interests"]  # a row without a column takes the plain path (its default)
    with engine.begin() as conn:
        insert_rows(conn, t, cols, [fast, older])
        conn.execute(insert(t), [plain])
        rows = {r.doc_number: r._asdict() for r in conn.execute(select(t))}
        assert existing_ids(conn, t, [fast["id"], "nope", plain["id"]]) == {
            fast["id"],
            plain["id"],
        }
        many = [str(uuid.uuid4()) for _ in range(1203)]
        assert existing_ids(conn, t, [*many, older["id"]]) == {older["id"]}
    a, b = rows["A1"], rows["A2"]
    skip = {"id", "doc_number", "deleted"}
    assert {k: v for k, v in a.items() if k not in skip} == {
        k: v for k, v in b.items() if k not in skip
    }
    assert a["date_of_birth"] == date(1980, 2, 29) and a["deleted"] is False
    assert b["deleted"] is True and rows["A3"]["interests"] == ""
