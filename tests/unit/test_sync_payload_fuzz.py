"""Fuzz of the payload checks: a mutated payload is refused by name or applies cleanly.

Whatever a (trusted but broken) sender puts in a record, ``parse_payload`` + ``check_records``
either refuse it with ``BundleRejected`` or ``apply_records`` stores it without a database
error. Each example runs in a transaction that is rolled back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.services.auth import SignedIn
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.payload_apply import Exchange, apply_records, check_records, parse_payload
from peerdesk.sync.payload_export import build_payload
from tests.factories_sync import consent, enroll, make_site, note, trust_both


class Rollback(Exception):
    pass


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SignedIn, bytes]]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PEERDESK_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
        root = tmp_path_factory.mktemp("fuzz")
        fac = make_site(root, "Riverside Unit", "facility")
        off = make_site(root, "North Reentry Office", "office")
        trust_both(fac, off)
        for i in range(2):
            pid = enroll(fac)
            consent(fac, pid, off.actor.site_id, scope_sud=i == 0)
            note(fac, pid, "general")
            note(fac, pid, "part 2", "sud")
        with fac.store.uow(write=False) as uow:
            data = build_payload(uow.session, off.actor.site_id, 0, date.today()).data
        fac.store.close()
        yield off, data
        off.store.close()


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**60), 2**60)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["2026-01-01", "", "sud", "sensitive", "participants", "x" * 300]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=5,
)


@st.composite
def mutation(draw: st.DrawFn) -> tuple[int, str, str, Any]:
    index = draw(st.integers(0, 100))
    where = draw(st.sampled_from(["row", "top", "fs", "delete"]))
    key = draw(
        st.text(max_size=12)
        | st.sampled_from(
            [
                "id",
                "t",
                "ds",
                "stamp",
                "deleted",
                "body",
                "participant_id",
                "sensitivity",
                "date_of_birth",
                "scope_sud",
                "recipient_site_id",
            ]
        )
    )
    return index, where, key, draw(JSON)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutations=st.lists(mutation(), min_size=1, max_size=3))
def test_a_mutated_payload_is_refused_or_applies(
    world: tuple[SignedIn, bytes], mutations: list[tuple[int, str, str, Any]]
) -> None:
    off, data = world
    body = json.loads(data)
    records = body["records"]
    for index, where, key, value in mutations:
        rec = records[index % len(records)]
        if where == "row":
            rec["row"][key] = value
        elif where == "fs":
            rec["fs"][key] = value
        elif where == "delete":
            rec["row"].pop(key, None)
        else:
            rec[key] = value
    raw = json.dumps(body).encode()
    now = datetime.now(UTC)
    try:
        with off.store.uow() as uow:
            parsed = parse_payload(raw)
            check_records(uow.session, parsed, off.actor.site_id, now)
            ex = Exchange(records[0]["row"]["origin_site_id"], "fuzz", 0, off.actor.site_id, now)
            apply_records(uow.session, parsed, ex)
            raise Rollback
    except (BundleRejected, Rollback):
        pass
