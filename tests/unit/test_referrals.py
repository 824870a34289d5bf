"""Community partners and referrals: directory, service types, status moves and dates, roles."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.screening_rules import (
    REFERRAL_MOVES,
    ReferralStatus,
    check_move,
    check_service_types,
)
from peerdesk.services.auth import SignedIn
from peerdesk.services.referrals import ReferralService
from tests.conftest import Site
from tests.factories_records import (
    BORN,
    TODAY,
    audit_actions,
    counts,
    enroll,
    make_partner_info,
    peer_world,
    sign_in_as,
    svc,
)

R = ReferralStatus


# --- rules ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("current", "new", "ok"),
    [
        (R.MADE, R.ACCEPTED, True),
        (R.MADE, R.DECLINED, True),
        (R.MADE, R.COMPLETED, False),
        (R.ACCEPTED, R.COMPLETED, True),
        (R.ACCEPTED, R.DECLINED, True),
        (R.ACCEPTED, R.MADE, False),
        (R.COMPLETED, R.DECLINED, False),
        (R.DECLINED, R.ACCEPTED, False),
        (R.MADE, R.MADE, False),
    ],
)
def test_referral_moves(current: R, new: R, ok: bool) -> None:
    if ok:
        check_move(REFERRAL_MOVES, current, new, "status", "referral")
    else:
        with pytest.raises(ValidationError) as err:
            check_move(REFERRAL_MOVES, current, new, "status", "referral")
        assert err.value.field == "status"


def test_service_types_fixed_set_in_fixed_order() -> None:
    assert [t.value for t in check_service_types([" legal", "housing", "legal"])] == [
        "housing",
        "legal",
    ]
    for bad in ([], ["massage"]):
        with pytest.raises(ValidationError) as err:
            check_service_types(bad)
        assert err.value.field == "service_types"


# --- partners ------------------------------------------------------------------------------------
def test_partner_directory(coordinator: SignedIn) -> None:
    rs = svc(ReferralService, coordinator)
    a = coordinator.actor
    harbor = rs.add_partner(a, make_partner_info())
    rs.add_partner(
        a,
        make_partner_info(
            organization="New Dawn Recovery", service_types=("substance_use_treatment",)
        ),
    )
    assert harbor.service_types == ("housing", "benefits")
    assert [p.organization for p in rs.partners(a)] == [
        "Harbor Street Housing Services",
        "New Dawn Recovery",
    ]
    assert [p.organization for p in rs.partners(a, service_type="housing")] == [
        "Harbor Street Housing Services"
    ]
    assert [p.organization for p in rs.partners(a, service_type="substance_use_treatment")] == [
        "New Dawn Recovery"
    ]
    assert rs.partners(a, service_type="legal") == ()
    with pytest.raises(ValidationError):
        rs.partners(a, service_type="massage")
    info = make_partner_info(active=False)
    assert rs.update_partner(a, harbor.id, info) is True
    assert rs.update_partner(a, harbor.id, info) is False
    assert [p.organization for p in rs.partners(a)] == ["New Dawn Recovery"]
    assert len(rs.partners(a, include_inactive=True)) == 2
    rs.remove_partner(a, harbor.id)
    assert len(rs.partners(a, include_inactive=True)) == 1
    with pytest.raises(NotFound):
        rs.update_partner(a, harbor.id, info)


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"organization": "  "}, "organization"),
        ({"organization": "harbor street housing services"}, "organization"),  # already listed
        ({"service_types": ()}, "service_types"),
        ({"service_types": ("housing", "spa")}, "service_types"),
        ({"phone": "5" * 41}, "phone"),
        ({"contact_name": "a\x07b"}, "contact_name"),
    ],
)
def test_bad_partners_write_nothing(
    coordinator: SignedIn, override: dict[str, Any], field: str
) -> None:
    rs = svc(ReferralService, coordinator)
    rs.add_partner(coordinator.actor, make_partner_info())
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        rs.add_partner(coordinator.actor, make_partner_info(**override))
    assert err.value.field == field
    assert counts(coordinator.store) == before


# --- referrals -----------------------------------------------------------------------------------
def test_referral_lifecycle(coordinator: SignedIn) -> None:
    rs = svc(ReferralService, coordinator)
    a = coordinator.actor
    p = enroll(coordinator)
    partner = rs.add_partner(a, make_partner_info())
    made = rs.make(a, p, partner.id, "housing", made_on=date(2026, 5, 1))
    assert (made.status, made.status_on, made.organization) == (
        R.MADE,
        date(2026, 5, 1),
        "Harbor Street Housing Services",
    )
    assert [r.id for r in rs.open_referrals(a)] == [made.id]
    accepted = rs.move(a, made.id, "accepted", on=date(2026, 5, 3))
    assert accepted.status is R.ACCEPTED and accepted.made_on == date(2026, 5, 1)
    before = counts(coordinator.store)
    for status, on, field in (
        ("completed", date(2026, 5, 2), "status_on"),  # before the last status date
        ("completed", TODAY + timedelta(days=1), "status_on"),
        ("made", date(2026, 5, 4), "status"),
        ("lost", date(2026, 5, 4), "status"),
    ):
        with pytest.raises(ValidationError) as err:
            rs.move(a, made.id, status, on=on)
        assert err.value.field == field
    assert counts(coordinator.store) == before
    done = rs.move(a, made.id, "completed", on=date(2026, 5, 3))
    assert done.status is R.COMPLETED
    with pytest.raises(ValidationError, match="cannot change"):
        rs.move(a, made.id, "declined", on=TODAY)
    assert rs.open_referrals(a) == ()
    assert [r.status for r in rs.list_for(a, p)] == [R.COMPLETED]
    with pytest.raises(ValidationError):  # a partner with referrals is only deactivated
        rs.remove_partner(a, partner.id)
    actions = [x for x, _ in audit_actions(coordinator.store)]
    assert actions.count("referral.status") == 2 and "referral.create" in actions


@pytest.mark.parametrize(
    ("service_type", "made_on", "field"),
    [
        ("legal", TODAY, "service_type"),  # not offered by this partner
        ("spa", TODAY, "service_type"),
        ("housing", TODAY + timedelta(days=1), "made_on"),
        ("housing", BORN - timedelta(days=1), "made_on"),
    ],
)
def test_bad_referrals_write_nothing(
    coordinator: SignedIn, service_type: str, made_on: date, field: str
) -> None:
    rs = svc(ReferralService, coordinator)
    p = enroll(coordinator)
    partner = rs.add_partner(coordinator.actor, make_partner_info())
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        rs.make(coordinator.actor, p, partner.id, service_type, made_on=made_on)
    assert err.value.field == field
    assert counts(coordinator.store) == before


def test_no_referral_to_an_inactive_or_unknown_partner(coordinator: SignedIn) -> None:
    rs = svc(ReferralService, coordinator)
    p = enroll(coordinator)
    partner = rs.add_partner(coordinator.actor, make_partner_info(active=False))
    with pytest.raises(ValidationError) as err:
        rs.make(coordinator.actor, p, partner.id, "housing", made_on=TODAY)
    assert err.value.field == "partner_id"
    with pytest.raises(NotFound):
        rs.make(coordinator.actor, p, "no-partner", "housing", made_on=TODAY)
    with pytest.raises(NotFound):
        rs.make(coordinator.actor, "no-person", partner.id, "housing", made_on=TODAY)


def test_referral_roles_and_visibility(site: Site, coordinator: SignedIn) -> None:
    world = peer_world(site, coordinator)
    rs = svc(ReferralService, coordinator)
    partner = rs.add_partner(coordinator.actor, make_partner_info())
    mine = rs.make(coordinator.actor, world.mentee, partner.id, "housing", made_on=TODAY)
    rs.make(coordinator.actor, world.stranger, partner.id, "housing", made_on=TODAY)
    try:
        peer = svc(ReferralService, world.peer)
        pa = world.peer.actor
        assert [r.id for r in peer.list_for(pa, world.mentee)] == [mine.id]
        assert [r.id for r in peer.open_referrals(pa)] == [mine.id]
        with pytest.raises(NotFound):
            peer.list_for(pa, world.stranger)
        assert len(peer.partners(pa)) == 1  # the directory is open to read
        with pytest.raises(PermissionDenied):
            peer.make(pa, world.mentee, partner.id, "housing", made_on=TODAY)
        with pytest.raises(PermissionDenied):
            peer.add_partner(pa, make_partner_info(organization="Other"))
    finally:
        world.peer.store.close()
    auditor = sign_in_as(site, coordinator, "au1", "auditor")
    try:
        with pytest.raises(PermissionDenied):
            svc(ReferralService, auditor).move(auditor.actor, mine.id, "accepted", on=TODAY)
    finally:
        auditor.store.close()
    staff = sign_in_as(site, coordinator, "re1", "reentry_staff")
    try:
        svc(ReferralService, staff).move(staff.actor, mine.id, "accepted", on=TODAY)
    finally:
        staff.store.close()
    assert ("referral.manage", "denied") in audit_actions(coordinator.store)
