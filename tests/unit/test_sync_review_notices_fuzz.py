"""Fuzz of the payload's ``conflicts`` key: a mutated notice is refused by name, or the
conflict rows it leaves hold values a person can write back into the record (checked like
a record's value). Each example runs in a transaction that is rolled back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from peerdesk.db.models import ConflictRow
from peerdesk.services.auth import SignedIn
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.import_history import DELETED
from peerdesk.sync.payload_apply import Exchange, apply_records, check_records, parse_payload
from peerdesk.sync.payload_tables import from_json_value
from tests.unit import test_sync_payload_fuzz as base

world = base.world


class Rollback(Exception):
    pass


TEXT = st.one_of(
    base.JSON.map(json.dumps),
    st.sampled_from(["NaN", "Infinity", "{", "", '"x"', "true", '{"preferred_name": 1}']),
    st.text(max_size=20),
)
KEYS = ["t", "id", "f", "kept", "other", "ks", "os"]


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    index=st.integers(0, 100),
    field=st.sampled_from(["housing_unit", "preferred_name", "date_of_birth", DELETED, "x"]),
    changes=st.lists(st.tuples(st.sampled_from(KEYS), TEXT | base.JSON), max_size=3),
)
def test_a_mutated_notice_is_refused_or_stored_writable(
    world: tuple[SignedIn, bytes], index: int, field: str, changes: list[tuple[str, Any]]
) -> None:
    off, data = world
    body = json.loads(data)
    people = [r for r in body["records"] if r["t"] == "participants"]
    rec = people[index % len(people)]
    here = off.actor.site_id
    stamp = f"{1:015d}-000000-{here}"
    n: dict[str, Any] = {"t": "participants", "id": rec["id"], "f": field}
    n.update({"kept": '"A"', "other": '"B"', "ks": rec["row"]["stamp"], "os": stamp})
    for key, value in changes:
        n[key] = value
    body["conflicts"] = [n]
    now = datetime.now(UTC)
    try:
        with off.store.uow() as uow:
            parsed = parse_payload(json.dumps(body).encode())
            check_records(uow.session, parsed, here, now)
            ex = Exchange(rec["row"]["origin_site_id"], "fuzz", 0, here, now)
            apply_records(uow.session, parsed, ex)
            for c in uow.session.scalars(select(ConflictRow)):
                kept, other = json.loads(c.kept_value), json.loads(c.other_value)
                if c.field == DELETED:
                    assert kept is True and isinstance(other, dict)
                    for f, v in other.items():
                        from_json_value(c.table_name, f, v)
                else:
                    from_json_value(c.table_name, c.field, kept)
                    from_json_value(c.table_name, c.field, other)
            raise Rollback
    except (BundleRejected, Rollback):
        pass
