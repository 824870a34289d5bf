"""The peer educators list read a page at a time: order, totals, filters, search, roles."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.match_rules import CloseReason
from peerdesk.domain.mentor_rules import MentorSide, MentorStatus
from peerdesk.services.auth import SignedIn
from peerdesk.services.mentor_queries import MENTOR_PAGE_MOST, MentorSummaryPage
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import audit_count, enroll, make_mentor, matches, mentors


def _page_ids(page: MentorSummaryPage) -> list[str]:
    return [m.id for m in page.rows]


def test_pages_follow_the_whole_list_in_name_order(coordinator: SignedIn) -> None:
    svc, a = mentors(coordinator), coordinator.actor
    for last in ("Ortiz", "Baker", "Lopez", "Vega", "Adams"):
        make_mentor(coordinator, active=False, last_name=last)
    whole = [m.id for m in svc.list_mentors(a)]
    first = svc.mentor_page(a, limit=2)
    second = svc.mentor_page(a, limit=2, offset=2)
    last = svc.mentor_page(a, limit=2, offset=4)
    assert _page_ids(first) + _page_ids(second) + _page_ids(last) == whole
    assert [m.last_name for m in first.rows] == ["Adams", "Baker"]
    assert (first.total, second.total, last.total) == (5, 5, 5)
    assert first.cut and second.cut and not last.cut
    assert (first.offset, second.offset, last.offset) == (0, 2, 4)
    assert svc.mentor_page(a) == MentorSummaryPage(tuple(svc.list_mentors(a)), 5, 0)
    past = svc.mentor_page(a, limit=2, offset=9)  # past the end: no rows, still the total
    assert past.rows == () and past.total == 5 and not past.cut


def test_the_same_name_keeps_one_order_across_pages(coordinator: SignedIn) -> None:
    svc, a = mentors(coordinator), coordinator.actor
    made = {
        make_mentor(coordinator, active=False, last_name="Lee", first_name="Sam") for _ in range(5)
    }
    seen = [m for offset in range(5) for m in _page_ids(svc.mentor_page(a, limit=1, offset=offset))]
    assert sorted(seen) == seen and set(seen) == made  # by id, each once
    assert svc.mentor_page(a, limit=3).total == 5


def test_filters_and_search_are_counted_in_sql(coordinator: SignedIn) -> None:
    svc, a = mentors(coordinator), coordinator.actor
    active = make_mentor(coordinator, last_name="Garcia", first_name="Ana")
    community = make_mentor(
        coordinator, active=False, last_name="Gallo", first_name="Luis", side=MentorSide.COMMUNITY
    )
    other = make_mentor(coordinator, active=False, last_name="Perez", first_name="Gabriela")
    make_mentor(coordinator, active=False, last_name="Smith", first_name="Jo")
    assert _page_ids(svc.mentor_page(a, status=MentorStatus.ACTIVE)) == [active]
    assert _page_ids(svc.mentor_page(a, side=MentorSide.COMMUNITY)) == [community]
    found = svc.mentor_page(a, search="ga", limit=2)  # a last or a first name, any case
    assert _page_ids(found) == [community, active] and found.total == 3 and found.cut
    assert _page_ids(svc.mentor_page(a, search="ga", limit=2, offset=2)) == [other]
    assert _page_ids(svc.mentor_page(a, search="GAB PER")) == [other]  # every word
    assert _page_ids(svc.mentor_page(a, search="ga", status=MentorStatus.ACTIVE)) == [active]
    assert svc.mentor_page(a, search="%") == MentorSummaryPage((), 0)  # a wildcard is a letter
    assert svc.mentor_page(a, search="zz") == MentorSummaryPage((), 0)
    assert svc.mentor_page(a, search="   ").total == 4  # blank: no search


def test_the_page_counts_open_mentees(coordinator: SignedIn) -> None:
    svc, a = mentors(coordinator), coordinator.actor
    busy = make_mentor(coordinator, last_name="Busy", capacity=5)
    make_mentor(coordinator, active=False, last_name="Idle")
    made = [
        matches(coordinator).propose(a, enroll(coordinator), busy, proposed_on=date(2026, 3, 1))
        for _ in range(3)
    ]
    matches(coordinator).start(a, made[0].id, date(2026, 3, 2))
    matches(coordinator).close(a, made[1].id, CloseReason.PARTICIPANT_WITHDREW, date(2026, 3, 3))
    rows = {m.last_name: m for m in svc.mentor_page(a).rows}
    assert rows["Busy"].open_matches == 2 and rows["Busy"].capacity == 5
    assert rows["Idle"].open_matches == 0
    assert svc.mentor_page(a, limit=1).rows[0] == rows["Busy"]  # the same row on any page


def test_limits_are_kept_in_range_and_reads_write_nothing(coordinator: SignedIn) -> None:
    svc, a = mentors(coordinator), coordinator.actor
    for _ in range(3):
        make_mentor(coordinator, active=False)
    before = audit_count(coordinator)
    assert len(svc.mentor_page(a, limit=0).rows) == 1
    assert len(svc.mentor_page(a, limit=-5, offset=-3).rows) == 1
    assert svc.mentor_page(a, offset=-3).offset == 0
    assert MENTOR_PAGE_MOST >= 1000
    assert audit_count(coordinator) == before


def test_a_peer_educator_may_not_list_peer_educators(site: Site, coordinator: SignedIn) -> None:
    make_mentor(coordinator, active=False)
    add_user(coordinator, "pe1", "peer_educator")
    add_user(coordinator, "aud1", "auditor")
    peer = site.sign_in("pe1", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            mentors(peer).mentor_page(peer.actor)
    finally:
        peer.store.close()
    auditor = site.sign_in("aud1", USER_PASS)
    try:
        assert mentors(auditor).mentor_page(auditor.actor).total == 1
    finally:
        auditor.store.close()
