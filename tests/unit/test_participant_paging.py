"""Keyset ("after") and offset paging of the participants list give exactly the list in order.

The list reads a further page ``after`` the sort key of the last row it holds, and a page at
an offset by picking ids from the index first (participant_search.ListQuery). Both must give
the rows one ordered query gives, page for page: for every sort in both directions, with
ties (the same name many times), NULL release dates and empty housing units, tombstones, a
text search, a status filter read either way, and a peer educator who sees only some people.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

import peerdesk.services.participants as participants
from peerdesk.domain.participant import ParticipantStatus
from peerdesk.services.actor import Actor
from peerdesk.services.auth import SignedIn
from peerdesk.services.groups import GroupService
from peerdesk.services.participant_search import ListQuery
from peerdesk.services.participants import ParticipantQuery, ParticipantService
from tests.conftest import Site
from tests.factories import make_profile
from tests.factories_sessions import TODAY, build_world

SORTS = ["name", "doc_number", "status", "release", "unit"]
LAST = ["Ma", "Marsh", "Núñez", "Adams"]
FIRST = ["Ana", "Luis", "Ángel"]


def enroll_ties(signed: SignedIn, count: int = 30) -> list[str]:
    """``count`` people with many equal sort keys; some tombstoned, some screened."""
    svc = ParticipantService(signed.store)
    a = signed.actor
    rng = random.Random(11)
    ids = [
        svc.enroll(
            a,
            make_profile(
                doc_number=f"K{i:03d}",
                legal_last_name=rng.choice(LAST),
                legal_first_name=rng.choice(FIRST),
                housing_unit=rng.choice(["", "A", "B"]),
                projected_release_date=rng.choice(
                    [None, None, date(2027, 1, 1), date(2027, 1, 1) + timedelta(days=9)]
                ),
            ),
        ).id
        for i in range(count)
    ]
    for pid in ids[::3]:
        svc.change_status(a, pid, ParticipantStatus.SCREENED, date.today())
    for pid in ids[::7]:
        svc.tombstone(a, pid)
    return ids


def whole(svc: ParticipantService, actor: Actor, query: ParticipantQuery) -> list[str]:
    """The list in one ordered query: what OFFSET paging slices."""
    return [r.id for r in svc.search(actor, replace(query, offset=0, limit=1000)).rows]


def by_keyset(
    svc: ParticipantService, actor: Actor, query: ParticipantQuery, size: int
) -> list[str]:
    """The list read as the table model reads it: each page after the last row's key."""
    got: list[str] = []
    page = svc.search(actor, replace(query, offset=0, limit=size))
    while page.rows:
        got.extend(r.id for r in page.rows)
        assert page.last_key is not None
        page = svc.search(actor, replace(query, offset=len(got), limit=size, after=page.last_key))
    return got


def by_offset(
    svc: ParticipantService, actor: Actor, query: ParticipantQuery, size: int
) -> list[str]:
    got: list[str] = []
    for offset in range(0, 1000, size):
        rows = svc.search(actor, replace(query, offset=offset, limit=size)).rows
        if not rows:
            return got
        got.extend(r.id for r in rows)
    raise AssertionError("more pages than rows")


def queries(sorts: list[str] = SORTS) -> list[ParticipantQuery]:
    found = []
    for sort in sorts:
        for descending in (False, True):
            base = ParticipantQuery(sort=sort, descending=descending)
            found += [
                base,
                replace(base, text="ma"),  # the name indexes' branches, then the rows
                replace(base, text="k0"),  # a DOC number prefix
                replace(base, statuses=(ParticipantStatus.SCREENED,)),
                replace(base, housing_unit="A"),
            ]
    return found


@pytest.mark.parametrize("sort", SORTS)
def test_keyset_and_offset_pages_are_the_ordered_list(coordinator: SignedIn, sort: str) -> None:
    enroll_ties(coordinator)
    svc = ParticipantService(coordinator.store)
    a = coordinator.actor
    for query in queries([sort]):
        want = whole(svc, a, query)
        assert want, query  # every query finds someone, so a wrong page would show
        assert by_keyset(svc, a, query, 3) == want, query
        assert by_offset(svc, a, query, 7) == want, query


@pytest.mark.parametrize("sort", SORTS)
def test_broad_filters_and_searches_page_the_same(
    coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch, sort: str
) -> None:
    # Every status filter and search "broad": read along the sort's index, each row tested.
    monkeypatch.setattr(participants, "BROAD_FILTER", 0)
    enroll_ties(coordinator)
    svc = ParticipantService(coordinator.store)
    a = coordinator.actor
    for query in queries([sort]):
        if query.statuses or query.text:
            want = whole(svc, a, query)
            assert want, query
            assert by_keyset(svc, a, query, 3) == want, query
            assert by_offset(svc, a, query, 7) == want, query


def test_the_data_has_ties_nulls_and_empty_units(coordinator: SignedIn) -> None:
    enroll_ties(coordinator)
    rows = (
        ParticipantService(coordinator.store)
        .search(coordinator.actor, ParticipantQuery(limit=1000))
        .rows
    )
    names = [(r.legal_last_name, r.legal_first_name) for r in rows]
    assert len(set(names)) < len(names) // 2  # so the id decides many places
    assert any(r.projected_release_date is None for r in rows)
    assert any(r.projected_release_date is not None for r in rows)
    assert any(r.housing_unit == "" for r in rows)
    assert len(rows) == 30 - len(range(0, 30, 7))  # tombstones never listed


@pytest.mark.parametrize("descending", [False, True])
def test_a_peer_educator_pages_through_only_their_people(site: Site, descending: bool) -> None:
    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        ids = enroll_ties(coordinator)
        groups = GroupService(coordinator.store)
        for pid in ids[1::2]:
            if pid not in ids[::7]:
                groups.add_member(coordinator.actor, world.group_id, pid, TODAY)
        svc = ParticipantService(world.peer.store)
        peer = world.peer.actor
        everyone = set(whole(svc, coordinator.actor, ParticipantQuery()))
        for query in queries():
            if query.housing_unit or query.statuses or query.descending != descending:
                continue  # the filters' paging is checked above; here, what the peer sees
            want = whole(svc, peer, query)
            assert want, query
            assert set(want) < everyone
            assert by_keyset(svc, peer, query, 3) == want, query
            assert by_offset(svc, peer, query, 3) == want, query
        assert world.outsider not in whole(svc, peer, ParticipantQuery())
    finally:
        world.close()
        coordinator.store.close()


def test_a_page_after_a_key_skips_nothing_when_rows_change_between_pages(
    coordinator: SignedIn,
) -> None:
    enroll_ties(coordinator)
    svc = ParticipantService(coordinator.store)
    a = coordinator.actor
    query = ParticipantQuery(sort="release", limit=10)
    first = svc.search(a, query)
    # Someone on the first page is removed: counting off 10 rows would now skip a person.
    svc.tombstone(a, first.rows[0].id)
    want = whole(svc, a, query)
    second = svc.search(a, replace(query, offset=10, after=first.last_key))
    assert [r.id for r in second.rows] == want[9:19]
    offset_page = svc.search(a, replace(query, offset=10))
    assert [r.id for r in offset_page.rows] == want[10:20]  # what OFFSET does: one skipped


def test_a_key_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError, match="one value per sort key"):
        ListQuery([], "", "name", False).page(0, 10, after=("ma",))
