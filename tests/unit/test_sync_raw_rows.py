"""Rows read straight from the driver (``raw_rows``) say exactly what Core rows say.

The export reads its rows in wire form (dates as ISO text, yes/no as the driver gives them);
the payload it writes must be byte for byte what the Core rows (dates as ``date`` objects,
yes/no as ``bool``) gave, for every table and column the demo generator fills.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import bindparam, select

from peerdesk.services.auth import SignedIn
from peerdesk.services.demo import DemoService
from peerdesk.sync.payload_export import build_payload
from peerdesk.sync.payload_tables import SYNC_COLUMNS, SYNCED_TABLES, data_columns, table
from peerdesk.sync.raw_rows import bool_columns, fetch, fetch_batches, wire_select
from tests.factories_sync import facility_and_office

TODAY = date.today()


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SignedIn, SignedIn]]:
    def seed(fac: SignedIn, off: SignedIn) -> None:
        DemoService(fac.store).generate(fac.actor, 12, seed=3)

    yield from facility_and_office(tmp_path_factory.mktemp("raw"), seed=seed)


def _core_rows(signed: SignedIn, name: str) -> dict[str, dict[str, Any]]:
    """id -> the row as Core reads it (dates as ``date``, yes/no as ``bool``)."""
    t = table(name)
    with signed.store.uow(write=False) as uow:
        return {r["id"]: dict(r) for r in uow.session.execute(select(t)).mappings()}


def _wire(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def test_wire_rows_are_core_rows_with_dates_as_text(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, _ = sites
    dated = 0
    for name in sorted(SYNCED_TABLES):
        core = _core_rows(fac, name)
        names = [c.name for c in table(name).columns]
        with fac.store.uow(write=False) as uow:
            raw = fetch(uow.session.connection(), wire_select(name))
        assert len(raw) == len(core), name
        flags = set(bool_columns(name))
        for row in raw:
            got = dict(zip(names, row, strict=True))
            want = core[got["id"]]
            for col, value in got.items():
                if col in flags and value is not None:
                    assert value in (0, 1) and bool(value) is want[col], (name, col)
                else:
                    assert value == _wire(want[col]) and type(value) is type(_wire(want[col]))
                dated += isinstance(want[col], date)
    assert dated > 100  # the demo data has dates: the cast was exercised


def test_payload_rows_are_exactly_the_core_values(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, off = sites
    with fac.store.uow(write=False) as uow:
        body = json.loads(build_payload(uow.session, off.actor.site_id, 0, TODAY).data)
    cores: dict[str, dict[str, dict[str, Any]]] = {}
    seen_tables = set()
    for rec in body["records"]:
        name = rec["t"]
        core = cores.setdefault(name, _core_rows(fac, name))[rec["id"]]
        want = {c: _wire(core[c]) for c in (*SYNC_COLUMNS, *data_columns(name))}
        # Same JSON text: true/false stay booleans (not 0/1), dates the same ISO text.
        assert json.dumps(rec["row"], sort_keys=True) == json.dumps(want, sort_keys=True)
        seen_tables.add(name)
    assert {"participants", "consents", "goals", "matches", "mentors"} <= seen_tables


def test_fetch_binds_lists_and_refuses_values_needing_conversion(
    sites: tuple[SignedIn, SignedIn],
) -> None:
    fac, _ = sites
    t = table("participants")
    core = _core_rows(fac, "participants")
    some = sorted(core)[:3]
    at = [c.name for c in t.columns].index("id")
    with fac.store.uow(write=False) as uow:
        conn = uow.session.connection()
        rows = fetch(conn, wire_select("participants").where(t.c.id.in_([*some, "nope"])))
        assert sorted(r[at] for r in rows) == some
        assert fetch(conn, wire_select("participants").where(t.c.id == "nope")) == []
        with pytest.raises(TypeError):
            fetch(conn, select(t.c.id).where(t.c.date_of_birth == TODAY))
        with pytest.raises(TypeError):
            fetch(conn, select(t.c.id).where(t.c.deleted == bindparam("flag", True)))


def test_rows_in_batches_are_the_rows_all_at_once(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, _ = sites
    query = wire_select("participants").order_by(table("participants").c.id)
    with fac.store.uow(write=False) as uow:
        conn = uow.session.connection()
        whole = fetch(conn, query)
        batches = list(fetch_batches(conn, query, 3))
        assert len(whole) > 6 and [len(b) for b in batches[:-1]] == [3] * (len(batches) - 1)
        assert [r for b in batches for r in b] == whole
        assert list(fetch_batches(conn, query.where(table("participants").c.id == "nope"))) == []
