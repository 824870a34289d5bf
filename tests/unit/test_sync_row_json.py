"""SQLite's JSON text of a payload row says exactly what the Python-built row says (row_json)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Column, Float, MetaData, String, Table, update

from peerdesk.services.auth import SignedIn
from peerdesk.services.demo import DemoService
from peerdesk.sync import payload_export, row_json
from peerdesk.sync.payload_export import build_payload
from peerdesk.sync.payload_tables import SYNCED_TABLES, table
from peerdesk.sync.raw_rows import bool_columns, fetch
from tests.factories_sync import facility_and_office

TODAY = date.today()
#: Quotes, a backslash, control characters, letters outside ASCII and beyond the BMP.
AWKWARD = 'Ana "la" \\ Núñez\n\t\x01\x1f — 漢字 😀 \u2028'


def _same(a: str, b: str) -> bool:
    """Whether two JSON texts hold the same values (``false`` is not ``0`` here)."""
    return json.dumps(json.loads(a), sort_keys=True) == json.dumps(json.loads(b), sort_keys=True)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SignedIn, SignedIn]]:
    def seed(fac: SignedIn, off: SignedIn) -> None:
        DemoService(fac.store).generate(fac.actor, 12, seed=4)
        with fac.store.uow() as uow:  # awkward text straight into every participant's row
            t = table("participants")
            uow.session.execute(update(t).values(legal_first_name=AWKWARD, preferred_name=""))

    yield from facility_and_office(tmp_path_factory.mktemp("rowjson"), seed=seed)


def test_sqlite_json_parses_to_the_python_row_for_every_table(
    sites: tuple[SignedIn, SignedIn],
) -> None:
    fac, _ = sites
    checked = awkward = flags = 0
    with fac.store.uow(write=False) as uow:
        conn = uow.session.connection()
        assert row_json.has_row_json(conn.dialect)
        for name in sorted(SYNCED_TABLES):
            id_at = row_json.row_positions(name)["id"]
            wide = {r[id_at]: r for r in fetch(conn, row_json.full_select(name))}
            narrow = fetch(conn, row_json.payload_select(name, conn.dialect))
            assert len(narrow) == len(wide)
            for row in narrow:
                assert len(row) == len(row_json.walk_columns(name)) + 1
                assert row[:-1] == wide[row[id_at]][: len(row) - 1]  # the walk columns
                record = json.loads(row[-1])  # the usual record, as the export keeps it
                assert record == {
                    "ds": "",
                    "fs": {},
                    "id": row[id_at],
                    "row": record["row"],
                    "t": name,
                }
                sql_text = row_json.row_text(name, row[-1])
                assert json.loads(sql_text) == record["row"]
                python_text = payload_export._row_text(name, wide[row[id_at]])
                assert _same(sql_text, python_text), name
                assert list(json.loads(sql_text)) == list(row_json.carried(name))  # key order
                checked += 1
                awkward += AWKWARD in json.loads(sql_text).values()
                flags += sum(1 for c in bool_columns(name) if f'"{c}":true' in sql_text)
    assert checked > 400 and awkward >= 12 and flags > 0


def test_the_payload_is_the_same_with_or_without_sqlite_json(
    sites: tuple[SignedIn, SignedIn], monkeypatch: pytest.MonkeyPatch
) -> None:
    fac, off = sites
    with fac.store.uow(write=False) as uow:
        fast = build_payload(uow.session, off.actor.site_id, 0, TODAY)
    monkeypatch.setattr(row_json, "has_row_json", lambda dialect: False)
    with fac.store.uow(write=False) as uow:
        slow = build_payload(uow.session, off.actor.site_id, 0, TODAY)
    assert _same(fast.data.decode(), slow.data.decode())
    assert fast.counts == slow.counts and sum(fast.counts.values()) > 400
    assert "Núñez".encode() in fast.data  # UTF-8 as SQLite wrote it
    assert b"\\u00fa" in slow.data  # the Python path escapes it


def test_a_column_type_without_a_faithful_json_form_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scored = Table("scored", MetaData(), Column("id", String), Column("score", Float))
    monkeypatch.setattr(row_json, "table", lambda name: scored)
    monkeypatch.setattr(row_json, "carried", lambda name: ("id", "score"))
    with pytest.raises(TypeError, match=r"scored\.score"):
        row_json._row_json_sql.__wrapped__("scored")
