"""Property: random edits, deletions and exchanges on two sites converge, losing nothing silently.

Each example takes a fresh participant both sites hold (consent both ways), applies random
edits of three fields and deletions on either side with exchanges in between, then exchanges
until both sides are up to date. Then both sites hold the same row (every column), and every
edit that no later edit saw (a "maximal" edit) either is the final value or is kept in a
conflict record on one of the sites.

Slow for a unit test (real bundles: sign, encrypt, write, verify, import; ~3 s for the set
of examples on a quiet machine); kept small on purpose.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from peerdesk.db.models import ConflictRow
from peerdesk.services.auth import SignedIn
from tests.factories_sync import facility_and_office, make_site, trust_both
from tests.sync_exchange import Exchanges

FIELDS = ("housing_unit", "release_city", "preferred_name")
SIDES = ("fac", "off")


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[dict[str, SignedIn]]:
    yield from facility_and_office(tmp_path, keyed=True)


def kept_aside(signed: SignedIn, pid: str, name: str) -> set[Any]:
    with signed.store.uow(write=False) as uow:
        rows = uow.session.scalars(
            select(ConflictRow.other_value).where(
                ConflictRow.record_id == pid, ConflictRow.field == name
            )
        )
        return {json.loads(v) for v in rows}


op = st.one_of(
    st.tuples(
        st.just("edit"), st.sampled_from(SIDES), st.sampled_from(FIELDS), st.sampled_from("abc")
    ),
    st.tuples(st.just("send"), st.sampled_from(SIDES)),
    st.tuples(st.just("delete"), st.sampled_from(SIDES)),
)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(op, max_size=7))
def test_two_sites_converge_and_lose_nothing_silently(
    sites: dict[str, SignedIn], tmp_path: Path, ops: list[tuple[Any, ...]]
) -> None:
    ex = Exchanges(sites, tmp_path)
    pid = ex.share()
    ex.play(pid, ops)
    final = ex.converged(pid, [("fac", "off"), ("off", "fac"), ("fac", "off")])
    assert final["deleted"] == ex.deleted
    assert ex.lost_silently(pid, final, kept_aside) == []


EDGES = (("fac", "off"), ("off", "fac"), ("east", "off"), ("off", "east"))


@pytest.fixture
def three(sites: dict[str, SignedIn], tmp_path: Path) -> Iterator[dict[str, SignedIn]]:
    east = make_site(tmp_path, "East Unit", "facility")
    trust_both(east, sites["off"])
    yield {**sites, "east": east}
    east.store.close()


op3 = st.one_of(
    st.tuples(
        st.just("edit"),
        st.sampled_from(("fac", "off", "east")),
        st.sampled_from(FIELDS),
        st.sampled_from("abc"),
    ),
    st.tuples(st.just("send"), st.sampled_from(EDGES)),
)


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(op3, max_size=8))
def test_two_facilities_and_an_office_converge(
    three: dict[str, SignedIn], tmp_path: Path, ops: list[tuple[Any, ...]]
) -> None:
    """The same property over a star: two facilities exchange only with the office."""
    ex = Exchanges(three, tmp_path)
    pid = ex.share()
    ex.play(pid, ops)
    final = ex.converged(pid, EDGES * 2)
    assert ex.lost_silently(pid, final, kept_aside) == []
