"""The waiting referrals read a page at a time: order, total, offsets, visibility unchanged."""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.services.auth import SignedIn
from peerdesk.services.referrals import WAITING_MOST, PartnerInfo, ReferralService
from tests.conftest import Site
from tests.factories_records import enroll, make_partner_info, peer_world, svc

START = date(2026, 3, 1)


def make_waiting(coordinator: SignedIn, count: int) -> list[str]:
    """``count`` referrals made on successive days (given newest first); returns the ids
    oldest first, as the list shows them."""
    rs = svc(ReferralService, coordinator)
    a = coordinator.actor
    partner = rs.add_partner(a, make_partner_info())
    people = [enroll(coordinator, doc_number=f"W{n}") for n in range(2)]
    made = [
        rs.make(a, people[n % 2], partner.id, "housing", made_on=START + timedelta(days=n))
        for n in reversed(range(count))
    ]
    return [r.id for r in reversed(made)]


def test_pages_follow_the_list_order_and_count_all(coordinator: SignedIn) -> None:
    ids = make_waiting(coordinator, 7)
    rs = svc(ReferralService, coordinator)
    a = coordinator.actor
    assert [w.referral.id for w in rs.waiting(a)] == ids
    first = rs.waiting_page(a, limit=3)
    assert ([w.referral.id for w in first.rows], first.total, first.offset) == (ids[:3], 7, 0)
    second = rs.waiting_page(a, limit=3, offset=3)
    assert ([w.referral.id for w in second.rows], second.offset) == (ids[3:6], 3)
    last = rs.waiting_page(a, limit=3, offset=6)
    assert ([w.referral.id for w in last.rows], last.total) == (ids[6:], 7)
    past = rs.waiting_page(a, limit=3, offset=9)  # past the end: still counted
    assert (past.rows, past.total) == ((), 7)
    dates = [w.referral.status_on for w in rs.waiting_page(a).rows]
    assert dates == sorted(dates) and len(dates) == 7
    row = first.rows[0]
    assert row.doc_number in {"W0", "W1"} and row.referral.organization


def test_finished_referrals_leave_the_pages_and_the_total(coordinator: SignedIn) -> None:
    ids = make_waiting(coordinator, 4)
    rs = svc(ReferralService, coordinator)
    a = coordinator.actor
    rs.move(a, ids[0], "declined", on=START + timedelta(days=5))
    rs.move(a, ids[1], "accepted", on=START + timedelta(days=9))  # still waiting, later now
    page = rs.waiting_page(a, limit=2)
    assert page.total == 3
    assert [w.referral.id for w in page.rows] == [ids[2], ids[3]]
    assert [w.referral.id for w in rs.waiting_page(a, limit=2, offset=2).rows] == [ids[1]]


def test_limits_out_of_range_are_kept_in_range(coordinator: SignedIn) -> None:
    make_waiting(coordinator, 2)
    rs = svc(ReferralService, coordinator)
    a = coordinator.actor
    assert len(rs.waiting_page(a, limit=0).rows) == 1
    assert len(rs.waiting_page(a, limit=WAITING_MOST + 50, offset=-4).rows) == 2
    assert rs.waiting_page(a, offset=-4).offset == 0


def test_a_peer_educator_pages_only_their_mentees(site: Site, coordinator: SignedIn) -> None:
    world = peer_world(site, coordinator)
    rs = svc(ReferralService, coordinator)
    a = coordinator.actor
    housing = rs.add_partner(a, make_partner_info())
    clinic = rs.add_partner(a, PartnerInfo("Harbor Recovery", ("substance_use_treatment",)))
    mine = rs.make(a, world.mentee, housing.id, "housing", made_on=START)
    rs.make(a, world.mentee, clinic.id, "substance_use_treatment", made_on=START)
    rs.make(a, world.stranger, housing.id, "housing", made_on=START)
    try:
        peer = svc(ReferralService, world.peer)
        page = peer.waiting_page(world.peer.actor)
        # Nobody else's, and no treatment referral for a role that may not read them.
        assert ([w.referral.id for w in page.rows], page.total) == ([mine.id], 1)
        assert rs.waiting_page(a).total == 3
    finally:
        world.peer.store.close()
