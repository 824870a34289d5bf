"""The matches list says when it is cut, searches by participant, shows "Last, First"."""

from __future__ import annotations

from datetime import date

from peerdesk.domain.match_rules import MatchStatus
from peerdesk.services.auth import SignedIn
from peerdesk.services.match_list import MatchListService, MatchPage
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import enroll, fixed_clock, make_mentor, matches


def _list(signed: SignedIn) -> MatchListService:
    return MatchListService(signed.store, clock=fixed_clock)


def _propose(signed: SignedIn, last: str, doc: str, day: int, mentor: str) -> str:
    person = enroll(signed, legal_last_name=last, legal_first_name="Rosa", doc_number=doc)
    made = matches(signed).propose(signed.actor, person, mentor, proposed_on=date(2026, 3, day))
    return made.id


def test_the_page_counts_what_it_leaves_out(coordinator: SignedIn) -> None:
    mentor = make_mentor(coordinator, first_name="Marta", last_name="Lopez", capacity=10)
    ids = [_propose(coordinator, f"Vega{i}", f"D{i}", i + 1, mentor) for i in range(5)]
    listing, a = _list(coordinator), coordinator.actor
    page = listing.list_page(a, limit=3)
    assert [m.id for m in page.rows] == ids[::-1][:3]  # the newest first
    assert page.total == 5 and page.cut
    whole = listing.list_page(a, limit=5)
    assert whole.total == 5 and not whole.cut and len(whole.rows) == 5
    assert listing.list_page(a, limit=4).total == 5
    assert listing.list_page(a, statuses=(MatchStatus.ACTIVE,)) == MatchPage((), 0)


def test_search_by_name_or_doc_prefix_and_names_last_first(coordinator: SignedIn) -> None:
    mentor = make_mentor(coordinator, first_name="Marta", last_name="Lopez", capacity=10)
    vega = _propose(coordinator, "Vega", "B100", 1, mentor)
    vance = _propose(coordinator, "Vance", "B200", 2, mentor)
    _propose(coordinator, "Okafor", "C300", 3, mentor)
    listing, a = _list(coordinator), coordinator.actor
    assert [m.id for m in listing.list_matches(a, search="va")] == [vance]
    assert [m.id for m in listing.list_matches(a, search="VEG")] == [vega]
    assert [m.id for m in listing.list_matches(a, search="b1")] == [vega]  # DOC number
    assert [m.id for m in listing.list_matches(a, search="Rosa veg")] == [vega]
    assert listing.list_matches(a, search="zzz") == []
    assert len(listing.list_matches(a, search="  ")) == 3  # blank: no filter
    page = listing.list_page(a, search="v", limit=1)
    assert page.total == 2 and page.cut
    found = listing.list_matches(a, search="vega")[0]
    assert found.participant_name == "Vega, Rosa"
    assert found.mentor_name == "Lopez, Marta"


def test_a_peer_educator_counts_only_their_own(site: Site, coordinator: SignedIn) -> None:
    add_user(coordinator, "peer", "peer_educator")
    other = make_mentor(coordinator, first_name="Joe", last_name="Brown", capacity=10)
    for i in range(3):
        _propose(coordinator, f"Vega{i}", f"D{i}", i + 1, other)
    peer = site.sign_in("peer", USER_PASS)
    try:
        page = _list(peer).list_page(peer.actor, limit=1)
        assert page == MatchPage((), 0)
    finally:
        peer.store.close()
