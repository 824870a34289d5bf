"""Factories for mentors and matches: valid by default, any field overridden by keyword.

Mentor and match services in tests run on a fixed clock (``NOW``, 1 June 2026) so that "the
future" is the same every day the suite runs.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select, update

from peerdesk.db.models import AuditRow, KeepSeparateRow, ParticipantRow
from peerdesk.domain.mentor_rules import (
    Gender,
    MentorProfile,
    MentorSide,
    MentorStatus,
    PersonKind,
    SelectionStep,
    StepResult,
)
from peerdesk.domain.participant import ParticipantStatus
from peerdesk.services.auth import SignedIn
from peerdesk.services.matches import MatchService
from peerdesk.services.mentors import MentorService
from peerdesk.services.participants import ParticipantService
from tests.factories import make_profile
from tests.factories_rows import add_row

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
TODAY = NOW.date()

_n = itertools.count(1)


def fixed_clock() -> datetime:
    return NOW


def mentors(signed: SignedIn) -> MentorService:
    return MentorService(signed.store, clock=fixed_clock)


def matches(signed: SignedIn) -> MatchService:
    return MatchService(signed.store, clock=fixed_clock)


def make_mentor_profile(**overrides: Any) -> MentorProfile:
    n = next(_n)
    base = MentorProfile(
        last_name=f"Mentor{n}",
        first_name="Dana",
        side=MentorSide.FACILITY,
        date_of_birth=date(1980, 5, 2),
        gender=Gender.FEMALE,
        languages=("English",),
        county="Cook",
        lived_experience=("recovery",),
        interests=("chess",),
        capacity=3,
    )
    return replace(base, **overrides)


def enroll(
    signed: SignedIn,
    status: str = "enrolled",
    *,
    status_date: date = date(2026, 1, 5),
    row: dict[str, Any] | None = None,
    **profile: Any,
) -> str:
    """Enroll a participant directly in ``status``; ``row`` sets columns the profile lacks
    (lived_experience, interests, mentor_gender_preference)."""
    made = ParticipantService(signed.store).enroll(
        signed.actor,
        make_profile(**profile),
        status=ParticipantStatus(status),
        status_date=status_date,
    )
    if row:
        with signed.store.uow() as uow:
            uow.session.execute(
                update(ParticipantRow).where(ParticipantRow.id == made.id).values(**row)
            )
    return made.id


def approve(signed: SignedIn, mentor_id: str, on: date = date(2026, 2, 10)) -> None:
    """Record the four selection steps passed and approve."""
    svc = mentors(signed)
    for i, step in enumerate(SelectionStep):
        svc.record_step(signed.actor, mentor_id, step, StepResult.PASSED, date(2026, 2, 1 + i))
    svc.decide(signed.actor, mentor_id, approve=True, reason="Strong references", decided_on=on)


def activate(signed: SignedIn, mentor_id: str, on: date = date(2026, 2, 15)) -> None:
    """Approve, record the signed agreement, and make the mentor active on ``on``."""
    svc = mentors(signed)
    approve(signed, mentor_id)
    detail = svc.get(signed.actor, mentor_id)
    svc.update(signed.actor, mentor_id, replace(detail.profile, agreement_signed_on=on))
    svc.change_status(signed.actor, mentor_id, MentorStatus.ACTIVE, on)


def make_mentor(
    signed: SignedIn,
    *,
    active: bool = True,
    kind: PersonKind = PersonKind.VOLUNTEER,
    **overrides: Any,
) -> str:
    """A staff or volunteer mentor (active unless ``active=False``); returns its id."""
    made = mentors(signed).create(
        signed.actor, kind, make_mentor_profile(**overrides), status_date=date(2026, 1, 20)
    )
    if active:
        activate(signed, made.id)
    return made.id


def keep_separate(signed: SignedIn, a: str, b: str) -> None:
    with signed.store.uow() as uow:
        add_row(
            uow.session,
            KeepSeparateRow,
            signed.actor.site_id,
            participant_id=a,
            other_participant_id=b,
            recorded_by=signed.actor.username,
        )


def audit_count(signed: SignedIn) -> int:
    with signed.store.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditRow)) or 0)


def count_rows(signed: SignedIn, model: type) -> int:
    with signed.store.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def audit_actions(signed: SignedIn) -> list[str]:
    with signed.store.uow(write=False) as uow:
        return list(uow.session.scalars(select(AuditRow.action).order_by(AuditRow.seq)))
