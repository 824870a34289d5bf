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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from peerdesk.db.models import ConflictRow, ParticipantRow
from peerdesk.services.auth import SignedIn
from tests.factories_sync import (
    consent,
    delete_row,
    edit_row,
    enroll,
    exchange,
    make_site,
    trust_both,
)

FIELDS = ("housing_unit", "release_city", "preferred_name")
SIDES = ("fac", "off")


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[dict[str, SignedIn]]:
    fac = make_site(tmp_path, "Riverside Unit", "facility")
    off = make_site(tmp_path, "North Reentry Office", "office")
    trust_both(fac, off)
    yield {"fac": fac, "off": off}
    fac.store.close()
    off.store.close()


@dataclass
class Edit:
    side: str
    field: str
    value: str
    seen: frozenset[int]


@dataclass
class Model:
    """Which edits each site has seen (an exchange passes on everything the sender knows)."""

    edits: list[Edit] = field(default_factory=list)
    known: dict[str, set[int]] = field(default_factory=lambda: {"fac": set(), "off": set()})

    def edit(self, side: str, name: str, value: str) -> None:
        self.edits.append(Edit(side, name, value, frozenset(self.known[side])))
        self.known[side].add(len(self.edits) - 1)

    def send(self, sender: str, receiver: str) -> None:
        self.known[receiver] |= self.known[sender]

    def maximal(self) -> list[Edit]:
        """Edits no later edit saw. Two edits that wrote the same value to the same field are
        one fact: when a later edit saw either of them, it replaced that value knowingly."""
        seen_by_later = set().union(*(e.seen for e in self.edits)) if self.edits else set()
        replaced = {(self.edits[i].field, self.edits[i].value) for i in seen_by_later}
        return [
            e
            for i, e in enumerate(self.edits)
            if i not in seen_by_later and (e.field, e.value) not in replaced
        ]


def row(signed: SignedIn, pid: str) -> dict[str, Any]:
    t = ParticipantRow.__table__
    with signed.store.uow(write=False) as uow:
        return dict(uow.session.execute(select(t).where(t.c.id == pid)).mappings().one())


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
    fac, off = sites["fac"], sites["off"]
    counter = iter(range(10**6))

    def send(sender: str, receiver: str) -> None:
        exchange(sites[sender], sites[receiver], tmp_path / f"usb{next(counter)}-{id(ops)}")
        model.send(sender, receiver)

    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    model = Model()
    send("fac", "off")
    consent(off, pid, fac.actor.site_id)
    send("off", "fac")
    deleted = False
    for o in ops:
        if o[0] == "edit":
            _, side, name, value = o
            if row(sites[side], pid)[name] != value:
                edit_row(sites[side], ParticipantRow, pid, **{name: value})
                model.edit(side, name, value)
        elif o[0] == "send":
            send(o[1], "off" if o[1] == "fac" else "fac")
        elif not row(sites[o[1]], pid)["deleted"]:
            delete_row(sites[o[1]], ParticipantRow, pid)
            deleted = True
    send("fac", "off")
    send("off", "fac")
    send("fac", "off")
    final = row(fac, pid)
    assert final == row(off, pid)
    assert final["deleted"] == deleted
    for e in model.maximal():
        if final[e.field] != e.value:
            lost = kept_aside(fac, pid, e.field) | kept_aside(off, pid, e.field)
            assert e.value in lost, f"edit {e} lost without a conflict record"


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
    counter = iter(range(10**6))
    model = Model(known={k: set() for k in three})

    def send(sender: str, receiver: str) -> None:
        folder = tmp_path / f"s{next(counter)}-{id(ops)}"
        exchange(three[sender], three[receiver], folder)
        model.send(sender, receiver)

    fac, off, east = three["fac"], three["off"], three["east"]
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    send("fac", "off")
    consent(off, pid, fac.actor.site_id)
    consent(off, pid, east.actor.site_id)
    send("off", "east")
    consent(east, pid, off.actor.site_id)
    send("east", "off")
    send("off", "fac")
    for o in ops:
        if o[0] == "edit":
            _, side, name, value = o
            if row(three[side], pid)[name] != value:
                edit_row(three[side], ParticipantRow, pid, **{name: value})
                model.edit(side, name, value)
        else:
            send(*o[1])
    for _ in range(2):
        for edge in EDGES:
            send(*edge)
    final = row(fac, pid)
    assert final == row(off, pid) == row(east, pid)
    for e in model.maximal():
        if final[e.field] != e.value:
            lost = set().union(*(kept_aside(s, pid, e.field) for s in three.values()))
            assert e.value in lost, f"edit {e} lost without a conflict record"
