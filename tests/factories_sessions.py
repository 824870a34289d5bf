"""Factories for groups, sessions, contacts and notes tests.

Mentor, match and keep-separate rows are written straight through the ORM (their services are
built elsewhere); participants go through ``ParticipantService`` so they are real.
``build_world`` sets up a small program: a peer educator with a mentor record, a group they
facilitate with three members, another group they do not, and an active match with a mentee.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from peerdesk.clock import iso, utcnow
from peerdesk.db.models import (
    AttendanceRow,
    AuditRow,
    ChangeLogRow,
    ContactRow,
    GroupMemberRow,
    GroupRow,
    GroupSessionRow,
    KeepSeparateRow,
    MatchRow,
    MentorRow,
    NoteRow,
    UserRow,
)
from peerdesk.db.store import Store
from peerdesk.services.auth import SignedIn
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories import make_profile

TODAY = utcnow().date()


def synced(site_id: str, **values: Any) -> dict[str, Any]:
    """Every required sync column, plus ``values``."""
    now = iso(utcnow())
    base: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "origin_site_id": site_id,
        "created_at": now,
        "updated_at": now,
        "stamp": f"{0:015d}-000000-{site_id}",
        "deleted": False,
    }
    base.update(values)
    return base


def add_mentor(store: Store, site_id: str, *, user_id: str | None = None, **overrides: Any) -> str:
    values: dict[str, Any] = {
        "person_kind": "participant",
        "user_id": user_id,
        "last_name": "Reyes",
        "first_name": "Tomas",
        "side": "facility",
        "status": "active",
        "status_date": TODAY - timedelta(days=200),
        "capacity": 3,
    }
    values.update(overrides)
    with store.uow() as uow:
        row = MentorRow(**synced(site_id, **values))
        uow.session.add(row)
        return row.id


def add_match(
    store: Store,
    site_id: str,
    participant_id: str,
    mentor_id: str,
    *,
    status: str = "active",
    started_on: date | None = TODAY - timedelta(days=60),
    **overrides: Any,
) -> str:
    values: dict[str, Any] = {
        "participant_id": participant_id,
        "mentor_id": mentor_id,
        "status": status,
        "proposed_on": TODAY - timedelta(days=90),
        "started_on": started_on,
        "cadence_days": 7,
    }
    values.update(overrides)
    with store.uow() as uow:
        row = MatchRow(**synced(site_id, **values))
        uow.session.add(row)
        return row.id


def add_keep_separate(store: Store, site_id: str, a: str, b: str, **overrides: Any) -> str:
    with store.uow() as uow:
        row = KeepSeparateRow(
            **synced(site_id, participant_id=a, other_participant_id=b, recorded_by="maria")
        )
        for key, value in overrides.items():
            setattr(row, key, value)
        uow.session.add(row)
        return row.id


def enroll(signed: SignedIn, **overrides: Any) -> str:
    return ParticipantService(signed.store).enroll(signed.actor, make_profile(**overrides)).id


def user_id(store: Store, username: str) -> str:
    with store.uow(write=False) as uow:
        return uow.session.scalars(select(UserRow.id).where(UserRow.username == username)).one()


COUNTED = {
    "groups": GroupRow,
    "group_members": GroupMemberRow,
    "group_sessions": GroupSessionRow,
    "attendance": AttendanceRow,
    "contacts": ContactRow,
    "notes": NoteRow,
    "change_log": ChangeLogRow,
}


def counts(store: Store) -> dict[str, int]:
    """Rows per table (and audit entries with outcome ok): compare before/after a refusal."""
    with store.uow(write=False) as uow:
        s = uow.session
        out = {
            name: s.scalar(select(func.count()).select_from(m)) or 0 for name, m in COUNTED.items()
        }
        out["audit_ok"] = (
            s.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.outcome == "ok"))
            or 0
        )
        return out


def audit_entries(store: Store) -> list[tuple[str, str, str, str]]:
    """(actor, action, object_id, outcome) of every audit entry, oldest first."""
    with store.uow(write=False) as uow:
        return [
            (r.actor, r.action, r.object_id, r.outcome)
            for r in uow.session.scalars(select(AuditRow).order_by(AuditRow.seq))
        ]


@dataclass
class World:
    """A small program; ``close()`` signs the extra users out."""

    site: Site
    coord: SignedIn
    peer: SignedIn
    peer_mentor_id: str
    other_mentor_id: str
    group_id: str
    other_group_id: str
    members: list[str]
    outsider: str
    mentee: str
    match_id: str
    other_match_id: str
    extra: list[SignedIn] = field(default_factory=list)

    @property
    def site_id(self) -> str:
        return self.coord.actor.site_id

    def sign_in(self, username: str, role: str) -> SignedIn:
        add_user(self.coord, username, role)
        signed = self.site.sign_in(username, USER_PASS)
        self.extra.append(signed)
        return signed

    def close(self) -> None:
        for signed in [self.peer, *self.extra]:
            signed.store.close()


def build_world(site: Site, coord: SignedIn) -> World:
    store, site_id = coord.store, coord.actor.site_id
    add_user(coord, "pe1", "peer_educator")
    peer_mentor = add_mentor(store, site_id, user_id=user_id(store, "pe1"))
    other_mentor = add_mentor(store, site_id, last_name="Okafor")
    groups = GroupService(store)
    group = groups.create(coord.actor, "Thinking for a Change", "T4C", "Chapel").id
    other = groups.create(coord.actor, "Parenting Inside", "", "Library").id
    groups.add_facilitator(coord.actor, group, peer_mentor)
    groups.add_facilitator(coord.actor, other, other_mentor)
    joined = TODAY - timedelta(days=30)
    members = [
        enroll(coord, legal_last_name=name, legal_first_name="Ana")
        for name in ("Adams", "Baker", "Cruz")
    ]
    for pid in members:
        groups.add_member(coord.actor, group, pid, joined)
    outsider = enroll(coord, legal_last_name="Diaz")
    groups.add_member(coord.actor, other, outsider, joined)
    mentee = enroll(coord, legal_last_name="Evans")
    match = add_match(store, site_id, mentee, peer_mentor)
    other_match = add_match(store, site_id, outsider, other_mentor)
    peer = site.sign_in("pe1", USER_PASS)
    return World(
        site,
        coord,
        peer,
        peer_mentor,
        other_mentor,
        group,
        other,
        members,
        outsider,
        mentee,
        match,
        other_match,
    )
