"""The matches list read a page at a time: stable order, totals, filters, who sees what."""

from __future__ import annotations

from datetime import date

from peerdesk.domain.match_rules import MatchStatus
from peerdesk.services.auth import SignedIn
from peerdesk.services.match_list import MAX_ROWS, MatchListService, MatchPage
from peerdesk.services.participants import ParticipantService
from peerdesk.services.users import UserService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import audit_count, enroll, fixed_clock, make_mentor, matches, mentors


def _list(signed: SignedIn) -> MatchListService:
    return MatchListService(signed.store, clock=fixed_clock)


def _ids(page: MatchPage) -> list[str]:
    return [m.id for m in page.rows]


def _propose(signed: SignedIn, mentor: str, day: int, last: str = "Vega", doc: str = "") -> str:
    person = enroll(
        signed,
        legal_last_name=last,
        legal_first_name="Rosa",
        **({"doc_number": doc} if doc else {}),
    )
    return matches(signed).propose(signed.actor, person, mentor, proposed_on=date(2026, 3, day)).id


def test_pages_follow_the_whole_list_newest_first(coordinator: SignedIn) -> None:
    mentor = make_mentor(coordinator, capacity=10)
    made = [_propose(coordinator, mentor, day) for day in (1, 5, 3, 4, 2)]
    listing, a = _list(coordinator), coordinator.actor
    whole = [m.id for m in listing.list_matches(a)]
    assert whole == [made[1], made[3], made[2], made[4], made[0]]  # by proposal, newest first
    pages = [listing.list_page(a, limit=2, offset=offset) for offset in (0, 2, 4)]
    assert [i for page in pages for i in _ids(page)] == whole
    assert [p.total for p in pages] == [5, 5, 5]
    assert [p.cut for p in pages] == [True, True, False]
    assert [p.offset for p in pages] == [0, 2, 4]
    past = listing.list_page(a, limit=2, offset=7)  # past the end: no rows, still the total
    assert past == MatchPage((), 5, 7) and not past.cut
    first = listing.list_page(a, limit=2).rows[0]
    assert first == listing.list_matches(a)[0]  # the same plain row either way
    assert first.participant_name == "Vega, Rosa" and first.mentor_name.endswith(", Dana")


def test_the_same_day_keeps_one_order_across_pages(coordinator: SignedIn) -> None:
    mentor = make_mentor(coordinator, capacity=10)
    made = {_propose(coordinator, mentor, 1) for _ in range(6)}
    listing, a = _list(coordinator), coordinator.actor
    seen = [
        i for offset in range(0, 6, 2) for i in _ids(listing.list_page(a, limit=2, offset=offset))
    ]
    assert len(seen) == 6 and set(seen) == made  # each once, none skipped
    assert seen == [m.id for m in listing.list_matches(a)]


def test_filters_and_search_page_and_count_together(coordinator: SignedIn) -> None:
    mentor = make_mentor(coordinator, capacity=10)
    svc, a = matches(coordinator), coordinator.actor
    vega = [_propose(coordinator, mentor, day, "Vega", f"V{day}") for day in (1, 2, 3)]
    ortiz = _propose(coordinator, mentor, 4, "Ortiz", "O4")
    svc.start(a, vega[0], date(2026, 3, 10))
    svc.start(a, ortiz, date(2026, 3, 10))
    listing = _list(coordinator)
    searched = listing.list_page(a, search="veg", limit=2)
    assert _ids(searched) == [vega[2], vega[1]] and searched.total == 3 and searched.cut
    assert _ids(listing.list_page(a, search="veg", limit=2, offset=2)) == [vega[0]]
    active = listing.list_page(a, statuses=(MatchStatus.ACTIVE,), limit=1)
    assert _ids(active) == [ortiz] and active.total == 2
    both = listing.list_page(a, statuses=(MatchStatus.ACTIVE,), search="V2")  # no: proposed
    assert both == MatchPage((), 0)
    assert _ids(listing.list_page(a, search="O4")) == [ortiz]  # a DOC number
    person = listing.list_matches(a, search="V3")[0].participant_id
    mine = listing.list_page(a, participant_id=person)
    assert _ids(mine) == [vega[2]] and mine.total == 1


def test_a_removed_participant_is_neither_listed_nor_counted(coordinator: SignedIn) -> None:
    mentor = make_mentor(coordinator, capacity=10)
    kept = [_propose(coordinator, mentor, day) for day in (1, 2, 3)]
    gone = _propose(coordinator, mentor, 4)
    listing, a = _list(coordinator), coordinator.actor
    person = listing.list_page(a, limit=1).rows[0].participant_id
    ParticipantService(coordinator.store, clock=fixed_clock).tombstone(a, person)
    page = listing.list_page(a, limit=2)
    assert gone not in _ids(page) and page.total == 3 and page.cut
    assert _ids(page) + _ids(listing.list_page(a, limit=2, offset=2)) == kept[::-1]


def test_a_peer_educator_pages_through_their_own_only(site: Site, coordinator: SignedIn) -> None:
    a = coordinator.actor
    add_user(coordinator, "pe1", "peer_educator")
    uid = next(
        u.user_id for u in UserService(coordinator.store).list_users(a) if u.username == "pe1"
    )
    mine, theirs = make_mentor(coordinator, capacity=10), make_mentor(coordinator, capacity=10)
    mentors(coordinator).link_user(a, mine, uid)
    own = [_propose(coordinator, mine, day) for day in (1, 2, 3)]
    for day in (4, 5, 6):
        _propose(coordinator, theirs, day)
    peer = site.sign_in("pe1", USER_PASS)
    try:
        listing = _list(peer)
        first = listing.list_page(peer.actor, limit=2)
        rest = listing.list_page(peer.actor, limit=2, offset=2)
        assert first.total == 3 and rest.total == 3  # the others' matches not counted
        assert _ids(first) + _ids(rest) == own[::-1]
        assert listing.list_page(peer.actor, search="vega").total == 3
    finally:
        peer.store.close()
    assert _list(coordinator).list_page(a).total == 6


def test_limits_are_kept_in_range_and_reads_write_nothing(coordinator: SignedIn) -> None:
    mentor = make_mentor(coordinator, capacity=10)
    for day in (1, 2):
        _propose(coordinator, mentor, day)
    listing, a = _list(coordinator), coordinator.actor
    before = audit_count(coordinator)
    assert len(listing.list_page(a, limit=0).rows) == 1
    assert listing.list_page(a, limit=MAX_ROWS + 5, offset=-1) == listing.list_page(a)
    assert audit_count(coordinator) == before
