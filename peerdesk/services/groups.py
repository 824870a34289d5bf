"""Groups: create, rename, deactivate; facilitators; members (with keep-separates); my groups.

Also holds the helpers the program-records services (groups, sessions, contacts, notes,
timeline) share: ``RecordWriter`` (one update stamp per user action, change log and audit
entries), ``deny`` (a permission denial decided inside a unit of work, audited so it survives
the rollback), ``permit`` (``require`` plus the actor's current role), and the group visibility
conditions. They would sit better in a module of their own (services/records.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, true
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import (
    GroupFacilitatorRow,
    GroupMemberRow,
    GroupRow,
    GroupSessionRow,
    MentorRow,
    ParticipantRow,
)
from peerdesk.db.store import Store
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.roles import Action, is_allowed
from peerdesk.domain.session_rules import check_not_future, clean_text
from peerdesk.services.actor import Actor
from peerdesk.services.records import RecordWriter, permit
from peerdesk.services.screening import keep_separate_select
from peerdesk.services.validation import required_text
from peerdesk.services.visibility import own_mentor_ids, visible_participants


def _group_name(value: str) -> str:
    return " ".join(required_text(value, "name", "The group name", 120).split())


def facilitated_group_ids(actor: Actor) -> Select[Any]:
    """Ids of the groups a mentor record linked to ``actor``'s account facilitates."""
    return (
        select(GroupFacilitatorRow.group_id)
        .join(MentorRow, MentorRow.id == GroupFacilitatorRow.mentor_id)
        .where(own_mentor_ids(actor), GroupFacilitatorRow.deleted.is_(False))
    )


def visible_groups(actor: Actor) -> ColumnElement[bool]:
    """Condition on ``GroupRow.id``: every group, or for a peer educator those they facilitate.

    Raises:
        PermissionDenied: the role may see no participants at all.
    """
    if is_allowed(actor.role, Action.PARTICIPANT_VIEW_ALL):
        return true()
    if not is_allowed(actor.role, Action.PARTICIPANT_VIEW_ASSIGNED):
        raise PermissionDenied(Action.PARTICIPANT_VIEW_ALL.value, actor.role.value)
    return GroupRow.id.in_(facilitated_group_ids(actor))


def load_group(s: Session, actor: Actor, group_id: str) -> GroupRow:
    """A group ``actor`` may see, not tombstoned; ``NotFound`` otherwise."""
    row = s.scalars(
        select(GroupRow).where(
            GroupRow.id == group_id, GroupRow.deleted.is_(False), visible_groups(actor)
        )
    ).first()
    if row is None:
        raise NotFound("group", group_id)
    return row


def load_session(s: Session, actor: Actor, session_id: str) -> GroupSessionRow:
    """A group session of a live group ``actor`` may see, not tombstoned; else ``NotFound``."""
    row = s.scalars(
        select(GroupSessionRow)
        .join(GroupRow, GroupRow.id == GroupSessionRow.group_id)
        .where(
            GroupSessionRow.id == session_id,
            GroupSessionRow.deleted.is_(False),
            GroupRow.deleted.is_(False),
            visible_groups(actor),
        )
    ).first()
    if row is None:
        raise NotFound("session", session_id)
    return row


def current_members(group_id: str, on: date | None = None) -> Select[Any]:
    """Participant ids in the group on ``on`` (or now, when None), not tombstoned."""
    stmt = select(GroupMemberRow.participant_id).where(
        GroupMemberRow.group_id == group_id, GroupMemberRow.deleted.is_(False)
    )
    if on is None:
        return stmt.where(GroupMemberRow.left_on.is_(None))
    return stmt.where(
        GroupMemberRow.joined_on <= on,
        or_(GroupMemberRow.left_on.is_(None), GroupMemberRow.left_on > on),
    )


@dataclass(frozen=True)
class GroupSummary:
    """One group in a list, with its current member count and facilitators' mentor ids."""

    id: str
    name: str
    curriculum: str
    location: str
    active: bool
    member_count: int
    facilitator_ids: tuple[str, ...]


class GroupService:
    """Coordinators (and reentry staff) set groups up; everyone with a role lists theirs."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def _require(self, actor: Actor, action: Action = Action.GROUP_MANAGE) -> Actor:
        return permit(self.store, actor, action, "group", self.clock)

    def _load(self, s: Session, actor: Actor, group_id: str) -> GroupRow:
        return load_group(s, actor, group_id)

    @staticmethod
    def _check_name_free(s: Session, name: str, own_id: str = "") -> None:
        clash = s.scalars(
            select(GroupRow.id).where(
                func.lower(GroupRow.name) == name.lower(),
                GroupRow.deleted.is_(False),
                GroupRow.id != own_id,
            )
        ).first()
        if clash:
            raise ValidationError("name", "Another group already has this name.")

    # --- the group ---------------------------------------------------------------------------
    def create(
        self, actor: Actor, name: str, curriculum: str = "", location: str = ""
    ) -> GroupSummary:
        """Start a new, active group with no members yet."""
        actor = self._require(actor)
        clean_name = _group_name(name)
        values = {
            "curriculum": clean_text(curriculum, "curriculum", "The curriculum", 120),
            "location": clean_text(location, "location", "The location", 120),
        }
        with self.store.uow() as uow:
            self._check_name_free(uow.session, clean_name)
            w = RecordWriter(uow.session, actor, self.clock())
            row = w.insert(GroupRow, name=clean_name, active=True, **values)
            w.audit("group.create", "group", row.id)
            return GroupSummary(row.id, row.name, row.curriculum, row.location, True, 0, ())

    def update(
        self,
        actor: Actor,
        group_id: str,
        *,
        name: str | None = None,
        curriculum: str | None = None,
        location: str | None = None,
    ) -> bool:
        """Rename a group or change its curriculum or location; False when nothing changed."""
        actor = self._require(actor)
        values: dict[str, str] = {}
        if name is not None:
            values["name"] = _group_name(name)
        if curriculum is not None:
            values["curriculum"] = clean_text(curriculum, "curriculum", "The curriculum", 120)
        if location is not None:
            values["location"] = clean_text(location, "location", "The location", 120)
        with self.store.uow() as uow:
            row = self._load(uow.session, actor, group_id)
            if "name" in values:
                self._check_name_free(uow.session, values["name"], own_id=row.id)
            w = RecordWriter(uow.session, actor, self.clock())
            if not w.update(row, **values):
                return False
            w.audit("group.update", "group", row.id)
            return True

    def rename(self, actor: Actor, group_id: str, name: str) -> bool:
        """Give a group a new name (unique among groups)."""
        return self.update(actor, group_id, name=name)

    def set_active(self, actor: Actor, group_id: str, active: bool) -> bool:
        """Deactivate (no new sessions or members) or reactivate a group."""
        actor = self._require(actor)
        with self.store.uow() as uow:
            row = self._load(uow.session, actor, group_id)
            w = RecordWriter(uow.session, actor, self.clock())
            if not w.update(row, active=active):
                return False
            w.audit("group.activate" if active else "group.deactivate", "group", row.id)
            return True

    def deactivate(self, actor: Actor, group_id: str) -> bool:
        return self.set_active(actor, group_id, False)

    # --- facilitators ------------------------------------------------------------------------
    def add_facilitator(self, actor: Actor, group_id: str, mentor_id: str) -> None:
        """Make a mentor (peer educator) a facilitator of an active group."""
        actor = self._require(actor)
        with self.store.uow() as uow:
            s = uow.session
            group = self._load(s, actor, group_id)
            if not group.active:
                raise ValidationError("group_id", "This group is no longer active.")
            mentor = s.get(MentorRow, mentor_id)
            if mentor is None or mentor.deleted:
                raise NotFound("mentor", mentor_id)
            already = s.scalars(
                select(GroupFacilitatorRow.id).where(
                    GroupFacilitatorRow.group_id == group.id,
                    GroupFacilitatorRow.mentor_id == mentor_id,
                    GroupFacilitatorRow.deleted.is_(False),
                )
            ).first()
            if already:
                raise ValidationError("mentor_id", "This mentor already facilitates the group.")
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(GroupFacilitatorRow, group_id=group.id, mentor_id=mentor_id)
            w.audit("group.facilitator_add", "group_facilitator", row.id)

    def remove_facilitator(self, actor: Actor, group_id: str, mentor_id: str) -> None:
        """Stop a mentor facilitating a group (past sessions keep their facilitators)."""
        actor = self._require(actor)
        with self.store.uow() as uow:
            s = uow.session
            group = self._load(s, actor, group_id)
            row = s.scalars(
                select(GroupFacilitatorRow).where(
                    GroupFacilitatorRow.group_id == group.id,
                    GroupFacilitatorRow.mentor_id == mentor_id,
                    GroupFacilitatorRow.deleted.is_(False),
                )
            ).first()
            if row is None:
                raise NotFound("facilitator", mentor_id)
            w = RecordWriter(s, actor, self.clock())
            w.tombstone(row)
            w.audit("group.facilitator_remove", "group_facilitator", row.id)

    # --- members -----------------------------------------------------------------------------
    def add_member(
        self, actor: Actor, group_id: str, participant_id: str, joined_on: date | None = None
    ) -> None:
        """Put a participant in an active group.

        Refused when the participant is already a member, or has a keep-separate (in either
        direction) with any current member.
        """
        actor = self._require(actor)
        today = self.clock().date()
        joined = check_not_future(joined_on or today, today, "joined_on", "The join date")
        with self.store.uow() as uow:
            s = uow.session
            group = self._load(s, actor, group_id)
            if not group.active:
                raise ValidationError("group_id", "This group is no longer active.")
            person = s.scalars(
                select(ParticipantRow.id).where(
                    ParticipantRow.id == participant_id,
                    ParticipantRow.deleted.is_(False),
                    visible_participants(actor),
                )
            ).first()
            if person is None:
                raise NotFound("participant", participant_id)
            members = current_members(group.id)
            if s.scalars(members.where(GroupMemberRow.participant_id == person)).first():
                raise ValidationError("participant_id", "This person is already in the group.")
            clash = s.scalars(
                members.where(GroupMemberRow.participant_id.in_(keep_separate_select(person)))
            ).first()
            if clash:
                raise ValidationError(
                    "participant_id",
                    "This person must be kept separate from a current member of this group.",
                )
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                GroupMemberRow, group_id=group.id, participant_id=person, joined_on=joined
            )
            w.audit("group.member_add", "group_member", row.id)

    def remove_member(
        self, actor: Actor, group_id: str, participant_id: str, left_on: date | None = None
    ) -> None:
        """Record that a participant left a group on ``left_on`` (default today)."""
        actor = self._require(actor)
        today = self.clock().date()
        left = check_not_future(left_on or today, today, "left_on", "The leaving date")
        with self.store.uow() as uow:
            s = uow.session
            group = self._load(s, actor, group_id)
            row = s.scalars(
                select(GroupMemberRow).where(
                    GroupMemberRow.group_id == group.id,
                    GroupMemberRow.participant_id == participant_id,
                    GroupMemberRow.left_on.is_(None),
                    GroupMemberRow.deleted.is_(False),
                )
            ).first()
            if row is None:
                raise NotFound("group member", participant_id)
            if left < row.joined_on:
                raise ValidationError("left_on", "The leaving date is before the join date.")
            w = RecordWriter(s, actor, self.clock())
            w.update(row, left_on=left)
            w.audit("group.member_remove", "group_member", row.id)

    # --- reads -------------------------------------------------------------------------------
    def my_groups(
        self, actor: Actor, *, include_inactive: bool = False
    ) -> tuple[GroupSummary, ...]:
        """Groups the actor may see (a peer educator: those they facilitate), by name."""
        actor = self._require(actor, Action.SESSION_VIEW)
        counts = (
            select(GroupMemberRow.group_id, func.count().label("n"))
            .join(ParticipantRow, ParticipantRow.id == GroupMemberRow.participant_id)
            .where(
                GroupMemberRow.left_on.is_(None),
                GroupMemberRow.deleted.is_(False),
                ParticipantRow.deleted.is_(False),
            )
            .group_by(GroupMemberRow.group_id)
            .subquery()
        )
        stmt = (
            select(GroupRow, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.group_id == GroupRow.id)
            .where(GroupRow.deleted.is_(False), visible_groups(actor))
            .order_by(func.lower(GroupRow.name), GroupRow.id)
        )
        if not include_inactive:
            stmt = stmt.where(GroupRow.active.is_(True))
        with self.store.uow(write=False) as uow:
            s = uow.session
            rows = list(s.execute(stmt).all())
            facilitators: dict[str, list[str]] = {}
            if rows:
                for gid, mid in s.execute(
                    select(GroupFacilitatorRow.group_id, GroupFacilitatorRow.mentor_id).where(
                        GroupFacilitatorRow.group_id.in_([g.id for g, _ in rows]),
                        GroupFacilitatorRow.deleted.is_(False),
                    )
                ):
                    facilitators.setdefault(gid, []).append(mid)
            return tuple(
                GroupSummary(
                    g.id,
                    g.name,
                    g.curriculum,
                    g.location,
                    g.active,
                    int(n),
                    tuple(sorted(facilitators.get(g.id, []))),
                )
                for g, n in rows
            )
