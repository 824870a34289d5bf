"""Roles that may not read substance-use treatment records get no treatment information."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from peerdesk.domain.navigation import RecordTab, record_tabs
from peerdesk.domain.roles import Role
from peerdesk.services.auth import SignedIn
from peerdesk.services.pathways import GoalService
from peerdesk.services.referrals import PartnerInfo, ReferralService
from peerdesk.services.screening import ScreeningService
from tests.conftest import Site
from tests.factories_sessions import build_world

TODAY = date.today()
LEVELS = {
    "housing": 3,
    "healthcare": 1,
    "mental_health": 2,
    "substance_use": 3,
    "employment": 2,
    "education": 1,
    "id_documents": 0,
    "transportation": 1,
    "family": 0,
}


def test_peer_educators_get_no_treatment_information(site: Site, coordinator: SignedIn) -> None:
    world = build_world(site, coordinator)
    try:
        actor, pid = coordinator.actor, world.mentee
        ScreeningService(coordinator.store).record_needs(
            actor, pid, LEVELS, assessed_on=TODAY - timedelta(days=3)
        )
        referrals = ReferralService(coordinator.store)
        clinic = referrals.add_partner(
            actor, PartnerInfo("Harbor Recovery", ("substance_use_treatment",))
        )
        housing = referrals.add_partner(actor, PartnerInfo("Hope Housing", ("housing",)))
        referrals.make(actor, pid, clinic.id, "substance_use_treatment", made_on=TODAY)
        referrals.make(actor, pid, housing.id, "housing", made_on=TODAY)
        goals = GoalService(coordinator.store)
        goals.set_goal(actor, pid, "Keep going to meetings", set_on=TODAY, domain="substance_use")
        goals.set_goal(actor, pid, "Find a room to rent", set_on=TODAY, domain="housing")

        peer = world.peer
        needs = ScreeningService(peer.store).needs_history(peer.actor, pid)
        assert "substance_use" not in needs[0].levels and needs[0].levels["housing"] == 3
        latest = ScreeningService(peer.store).latest_needs(peer.actor, pid)
        assert latest is not None and "substance_use" not in latest.levels
        seen = ReferralService(peer.store).list_for(peer.actor, pid)
        assert [r.service_type for r in seen] == ["housing"]
        assert [
            w.referral.service_type for w in ReferralService(peer.store).waiting(peer.actor)
        ] == ["housing"]
        assert [g.domain for g in GoalService(peer.store).goals(peer.actor, pid)] == ["housing"]

        # The coordinator (who may read treatment records) sees everything.
        full = ScreeningService(coordinator.store).needs_history(actor, pid)
        assert full[0].levels["substance_use"] == 3
        assert len(referrals.list_for(actor, pid)) == 2
        assert len(goals.goals(actor, pid)) == 2
    finally:
        world.peer.store.close()


@pytest.mark.parametrize(
    ("role", "hidden"),
    [
        (Role.COORDINATOR, set()),
        (Role.REENTRY_STAFF, set()),
        (Role.PEER_EDUCATOR, {RecordTab.SCREENING, RecordTab.CONSENT, RecordTab.OUTCOMES}),
        (Role.AUDITOR, {RecordTab.SCREENING}),
    ],
)
def test_record_tabs_per_role(role: Role, hidden: set[RecordTab]) -> None:
    assert set(RecordTab) - set(record_tabs(role)) == hidden
