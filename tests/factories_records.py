"""Factories for the program-records tests (screening, consent, referrals, pathways, incentives,
outcomes): valid input by default, any field overridden by keyword.

Services run on a fixed clock (``NOW``, 1 June 2026) so "the future" is the same every day the
suite runs. Participants are enrolled through ``ParticipantService``; mentor and match rows for
a peer educator's world are written straight through the ORM (their services are elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select

from peerdesk.db.models import (
    AuditRow,
    ChangeLogRow,
    ConsentRow,
    GoalRow,
    IncentiveRow,
    KeepSeparateRow,
    MatchRow,
    MentorRow,
    MilestoneAchievementRow,
    MilestoneRow,
    NeedAssessmentRow,
    OutcomeRow,
    ParticipantPhaseRow,
    PartnerRow,
    PathwayPhaseRow,
    PathwayRow,
    ReferralRow,
    ScreeningRow,
    UserRow,
)
from peerdesk.db.store import Store
from peerdesk.domain.consent_rules import ConsentTerms
from peerdesk.domain.participant import ParticipantStatus
from peerdesk.domain.screening_rules import Criterion, NeedDomain, PhaseDraft, PhaseKind
from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantService
from peerdesk.services.referrals import PartnerInfo
from tests.conftest import USER_PASS, Site, add_user
from tests.factories import make_profile
from tests.factories_rows import add_row

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
BORN = date(1988, 4, 12)

S = TypeVar("S")


def fixed_clock() -> datetime:
    return NOW


def svc(kind: Callable[..., S], signed: SignedIn) -> S:
    """A service of ``kind`` over the signed-in store, on the fixed clock."""
    return kind(signed.store, clock=fixed_clock)


def enroll(signed: SignedIn, status: str = "active", **profile: Any) -> str:
    """A participant (born ``BORN``) in ``status``; returns the id."""
    return (
        ParticipantService(signed.store)
        .enroll(
            signed.actor,
            make_profile(**profile),
            status=ParticipantStatus(status),
            status_date=date(2026, 1, 5),
        )
        .id
    )


ALL_YES = {c.value: "yes" for c in Criterion}
ALL_LOW = {d.value: 1 for d in NeedDomain}


def make_terms(**overrides: Any) -> ConsentTerms:
    base = ConsentTerms(
        discloser="Riverside Unit peer program",
        recipient_name="County Reentry Office",
        information="Attendance, mentoring contacts, goals and referrals.",
        purpose="Continuity of reentry support after release.",
        signed_on=date(2026, 3, 1),
        expires_on=date(2027, 3, 1),
        right_to_revoke_explained=True,
        recipient_site_id="site-reentry",
    )
    return replace(base, **overrides)


def make_partner_info(**overrides: Any) -> PartnerInfo:
    base = PartnerInfo(
        organization="Harbor Street Housing Services",
        service_types=("housing", "benefits"),
        contact_name="Rosa Diaz",
        phone="555-0100",
        address="12 Main St",
        county="Cook",
    )
    return replace(base, **overrides)


STANDARD_PHASES = (
    PhaseDraft("Orientation", PhaseKind.ORIENTATION, ("Attended orientation", "Signed agreement")),
    PhaseDraft("Pre-release", PhaseKind.PRE_RELEASE, ("Reentry plan drafted",)),
    PhaseDraft("Transition", PhaseKind.TRANSITION, ("Housing plan confirmed",)),
    PhaseDraft("Post-release", PhaseKind.POST_RELEASE, ("Contact within 72 hours",)),
    PhaseDraft("Completion", PhaseKind.COMPLETION, ("Completion celebrated",)),
)

COUNTED = {
    "screenings": ScreeningRow,
    "need_assessments": NeedAssessmentRow,
    "keep_separates": KeepSeparateRow,
    "consents": ConsentRow,
    "partners": PartnerRow,
    "referrals": ReferralRow,
    "pathways": PathwayRow,
    "pathway_phases": PathwayPhaseRow,
    "pathway_milestones": MilestoneRow,
    "participant_phases": ParticipantPhaseRow,
    "milestone_achievements": MilestoneAchievementRow,
    "goals": GoalRow,
    "incentives": IncentiveRow,
    "outcomes": OutcomeRow,
    "change_log": ChangeLogRow,
}


def counts(store: Store) -> dict[str, int]:
    """Rows per table and successful audit entries: compare before and after a refusal."""
    with store.uow(write=False) as uow:
        s = uow.session
        out = {n: s.scalar(select(func.count()).select_from(m)) or 0 for n, m in COUNTED.items()}
        out["audit_ok"] = (
            s.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.outcome == "ok"))
            or 0
        )
        return out


def audit_actions(store: Store) -> list[tuple[str, str]]:
    """(action, outcome) of every audit entry, oldest first."""
    with store.uow(write=False) as uow:
        return [
            (r.action, r.outcome)
            for r in uow.session.scalars(select(AuditRow).order_by(AuditRow.seq))
        ]


@dataclass
class PeerWorld:
    """A peer educator (signed in) with one mentee; ``stranger`` is nobody of theirs."""

    peer: SignedIn
    mentee: str
    stranger: str
    mentor_id: str


def peer_world(site: Site, coordinator: SignedIn) -> PeerWorld:
    """Add peer educator ``pe1`` with a mentor record and an active match; sign them in.

    The caller closes ``world.peer.store``.
    """
    mentee = enroll(coordinator, doc_number="M1")
    stranger = enroll(coordinator, doc_number="M2")
    add_user(coordinator, "pe1", "peer_educator")
    with coordinator.store.uow() as uow:
        s = uow.session
        uid = s.scalars(select(UserRow.id).where(UserRow.username == "pe1")).one()
        site_id = coordinator.actor.site_id
        mentor = add_row(
            s,
            MentorRow,
            site_id,
            person_kind="participant",
            user_id=uid,
            last_name="Reyes",
            first_name="Tomas",
            side="facility",
            status="active",
            status_date=date(2026, 1, 1),
        )
        add_row(
            s,
            MatchRow,
            site_id,
            participant_id=mentee,
            mentor_id=mentor.id,
            status="active",
            proposed_on=date(2026, 2, 1),
            started_on=date(2026, 2, 5),
        )
        mentor_id = mentor.id
    return PeerWorld(site.sign_in("pe1", USER_PASS), mentee, stranger, mentor_id)


def sign_in_as(site: Site, coordinator: SignedIn, username: str, role: str) -> SignedIn:
    """Add an account with ``role`` and sign it in (the caller closes ``.store``)."""
    add_user(coordinator, username, role)
    return site.sign_in(username, USER_PASS)
