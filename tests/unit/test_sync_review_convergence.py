"""Review: the star of two facilities and an office converges with deletions too (the
original star property has edits only), and no edit is lost without a conflict record
(a deletion that buried an edit keeps it in a ``deleted`` conflict's set-aside value).
People resolve conflicts along the way; after a full exchange no conflict is open at one
site and settled at another (``import_settled``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from peerdesk.db.models import ConflictRow, ParticipantRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_service import SyncService
from tests.factories_sync import consent, delete_row, enroll, exchange
from tests.sync_exchange import Exchanges, row
from tests.unit import test_sync_convergence as base

sites = base.sites
EDGES = base.EDGES
SITES = ("fac", "off", "east")
three = base.three


def set_aside(signed: SignedIn, pid: str, name: str) -> set[Any]:
    """Values of ``name`` kept in a conflict: its own, or buried by a deletion."""
    with signed.store.uow(write=False) as uow:
        rows = uow.session.execute(
            select(ConflictRow.field, ConflictRow.other_value).where(
                ConflictRow.record_id == pid, ConflictRow.field.in_((name, "deleted"))
            )
        )
        out: set[Any] = set()
        for f, v in rows:
            value = json.loads(v)
            if f == name:
                out.add(value)
            elif name in value:
                out.add(value[name])
        return out


op = st.one_of(
    st.tuples(
        st.just("edit"),
        st.sampled_from(SITES),
        st.sampled_from(base.FIELDS),
        st.sampled_from("abc"),
    ),
    st.tuples(st.just("send"), st.sampled_from(EDGES)),
    st.tuples(st.just("delete"), st.sampled_from(SITES)),
    st.tuples(st.just("resolve"), st.sampled_from(SITES), st.sampled_from(("kept", "other"))),
)


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    ops=st.lists(op, max_size=8),
    resolver=st.sampled_from(SITES),
    keep=st.sampled_from(("kept", "other")),
)
def test_a_star_with_deletions_converges(
    three: dict[str, SignedIn],
    tmp_path: Path,
    ops: list[tuple[Any, ...]],
    resolver: str,
    keep: str,
) -> None:
    ex = Exchanges(three, tmp_path)
    pid = ex.share()
    ex.play(pid, ops)
    final = ex.converged(pid, EDGES * 2)
    assert final["deleted"] == ex.deleted
    assert ex.lost_silently(pid, final, set_aside) == []
    assert ex.split_settlements(pid) == []
    # One site's people settle what is still open there: after a full exchange the other
    # sites holding those conflicts have closed them too, and nothing was lost.
    ex.resolve_all(pid, resolver, keep)
    final = ex.converged(pid, EDGES * 2)
    assert ex.lost_silently(pid, final, set_aside) == []
    assert ex.split_settlements(pid) == []
    for s in three.values():  # every site's list opens (notices included)
        SyncService(s.store).list_conflicts(s.actor)


def test_two_sites_deleting_the_same_record_converge(
    three: dict[str, SignedIn], tmp_path: Path
) -> None:
    """Found by the property above: the later of two tombstones must travel on."""
    fac, off, east = three["fac"], three["off"], three["east"]
    n = iter(range(100))

    def send(a: SignedIn, b: SignedIn) -> None:
        exchange(a, b, tmp_path / f"t{next(n)}")

    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    send(fac, off)
    consent(off, pid, fac.actor.site_id)
    consent(off, pid, east.actor.site_id)
    send(off, east)
    consent(east, pid, off.actor.site_id)
    send(east, off)
    send(off, fac)
    delete_row(fac, ParticipantRow, pid)
    delete_row(east, ParticipantRow, pid)
    send(off, east)
    for _ in range(2):
        for a, b in EDGES:
            send(three[a], three[b])
    assert row(fac, pid) == row(off, pid) == row(east, pid)


@pytest.mark.parametrize("resolver", SITES)
@pytest.mark.parametrize("keep", ["kept", "other"])
def test_a_conflict_between_two_facilities_is_settled_everywhere(
    three: dict[str, SignedIn], tmp_path: Path, resolver: str, keep: str
) -> None:
    """The office relays: the two facilities' values meet there (and at the facility whose
    value lost, through a notice); whoever resolves it, every copy ends closed."""
    ex = Exchanges(three, tmp_path)
    pid = ex.share()
    ex.play(
        pid,
        [
            ("edit", "fac", "housing_unit", "a"),
            ("edit", "east", "housing_unit", "b"),
            ("send", ("fac", "off")),
            ("send", ("east", "off")),
            ("send", ("off", "fac")),
            ("send", ("off", "east")),
        ],
    )
    held = {name: ex.open_count(pid, name) for name in SITES}
    assert held["off"] == 1 and sum(held.values()) >= 2
    ex.resolve_all(pid, resolver, keep)
    final = ex.converged(pid, EDGES * 2)
    assert ex.split_settlements(pid) == []
    assert ex.lost_silently(pid, final, set_aside) == []
    if held[resolver]:
        assert all(ex.open_count(pid, name) == 0 for name in SITES)
