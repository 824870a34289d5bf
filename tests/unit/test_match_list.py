"""The program-wide matches list: status filter, newest first, a peer educator's own only."""

from __future__ import annotations

from datetime import date

from peerdesk.domain.match_rules import CloseReason, MatchStatus
from peerdesk.domain.mentor_rules import MentorSide
from peerdesk.services.auth import SignedIn
from peerdesk.services.match_list import MatchListService
from peerdesk.services.users import UserService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import (
    audit_count,
    enroll,
    fixed_clock,
    make_mentor,
    matches,
    mentors,
)


def _list(signed: SignedIn) -> MatchListService:
    return MatchListService(signed.store, clock=fixed_clock)


def test_filters_by_status_newest_first(coordinator: SignedIn) -> None:
    svc, a = matches(coordinator), coordinator.actor
    first = svc.propose(
        a, enroll(coordinator), make_mentor(coordinator), proposed_on=date(2026, 3, 1)
    )
    second = svc.propose(
        a, enroll(coordinator), make_mentor(coordinator), proposed_on=date(2026, 4, 1)
    )
    third = svc.propose(
        a, enroll(coordinator), make_mentor(coordinator), proposed_on=date(2026, 5, 1)
    )
    svc.start(a, second.id, date(2026, 4, 2))
    svc.close(a, third.id, CloseReason.PARTICIPANT_WITHDREW, date(2026, 5, 2))
    listing = _list(coordinator)
    assert [m.id for m in listing.list_matches(a)] == [third.id, second.id, first.id]
    assert [m.id for m in listing.list_matches(a, statuses=(MatchStatus.ACTIVE,))] == [second.id]
    both = listing.list_matches(a, statuses=(MatchStatus.PROPOSED, MatchStatus.CLOSED))
    assert [m.id for m in both] == [third.id, first.id]
    assert listing.list_matches(a, statuses=(MatchStatus.PAUSED,)) == []
    assert [m.id for m in listing.list_matches(a, limit=1)] == [third.id]
    closed = listing.list_matches(a, statuses=(MatchStatus.CLOSED,))[0]
    assert closed.close_reason is CloseReason.PARTICIPANT_WITHDREW
    assert closed.closed_on == date(2026, 5, 2)


def test_a_peer_educator_sees_only_their_own(site: Site, coordinator: SignedIn) -> None:
    svc, a = matches(coordinator), coordinator.actor
    add_user(coordinator, "pe1", "peer_educator")
    uid = next(
        u.user_id for u in UserService(coordinator.store).list_users(a) if u.username == "pe1"
    )
    mine, theirs = make_mentor(coordinator), make_mentor(coordinator, side=MentorSide.COMMUNITY)
    mentors(coordinator).link_user(a, mine, uid)
    shared = enroll(coordinator, "active")
    my_match = svc.propose(a, shared, mine)
    svc.propose(a, shared, theirs)
    svc.propose(a, enroll(coordinator, "active"), theirs)
    peer = site.sign_in("pe1", USER_PASS)
    try:
        assert [m.id for m in _list(peer).list_matches(peer.actor)] == [my_match.id]
    finally:
        peer.store.close()
    assert len(_list(coordinator).list_matches(a)) == 3


def test_an_auditor_reads_every_match(site: Site, coordinator: SignedIn) -> None:
    svc, a = matches(coordinator), coordinator.actor
    made = svc.propose(a, enroll(coordinator), make_mentor(coordinator))
    add_user(coordinator, "aud1", "auditor")
    auditor = site.sign_in("aud1", USER_PASS)
    try:
        before = audit_count(coordinator)
        assert [m.id for m in _list(auditor).list_matches(auditor.actor)] == [made.id]
        assert audit_count(coordinator) == before  # a list read writes nothing
    finally:
        auditor.store.close()


def test_one_participants_matches_for_their_page(coordinator: SignedIn) -> None:
    svc, a = matches(coordinator), coordinator.actor
    person, other = enroll(coordinator), enroll(coordinator)
    old = svc.propose(a, person, make_mentor(coordinator), proposed_on=date(2026, 3, 1))
    svc.close(a, old.id, CloseReason.PARTICIPANT_WITHDREW, date(2026, 3, 5))
    new = svc.propose(a, person, make_mentor(coordinator), proposed_on=date(2026, 4, 1))
    svc.propose(a, other, make_mentor(coordinator), proposed_on=date(2026, 5, 1))
    listing = _list(coordinator)
    assert [m.id for m in listing.list_matches(a, participant_id=person)] == [new.id, old.id]
    open_only = listing.list_matches(a, participant_id=person, statuses=(MatchStatus.PROPOSED,))
    assert [m.id for m in open_only] == [new.id]
    assert listing.list_matches(a, participant_id="no-such-person") == []


def test_a_participants_open_matches_come_before_closed_ones(coordinator: SignedIn) -> None:
    svc, a = matches(coordinator), coordinator.actor
    person = enroll(coordinator)
    facility = make_mentor(coordinator, side=MentorSide.FACILITY)
    community = make_mentor(coordinator, side=MentorSide.COMMUNITY)
    current = svc.propose(a, person, facility, proposed_on=date(2026, 3, 1))
    ended = svc.propose(a, person, community, proposed_on=date(2026, 4, 1))
    svc.close(a, ended.id, CloseReason.PARTICIPANT_WITHDREW, date(2026, 4, 5))
    listing = _list(coordinator)
    # The page shows the current match first, then the history newest first.
    assert [m.id for m in listing.list_matches(a, participant_id=person)] == [current.id, ended.id]
    # The program-wide list stays newest first.
    assert [m.id for m in listing.list_matches(a)][:2] == [ended.id, current.id]
