"""Which participants an actor may see, as one SQL condition every service reuses.

Coordinators, reentry staff and auditors see every participant of the store. A peer educator
sees only their own mentees (a proposed, active or paused match with a mentor record linked to
their account) and the current members of groups they facilitate.

The role is read from the users table inside the same query, not from the ``Actor`` made at
sign-in, so a role change or a disabled account narrows what an open session sees at once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import QueryableAttribute

from peerdesk.db.models import (
    GroupFacilitatorRow,
    GroupMemberRow,
    MatchRow,
    MentorRow,
    ParticipantRow,
    UserRow,
)
from peerdesk.domain.roles import Action, Role, is_allowed
from peerdesk.services.actor import Actor

OPEN_MATCH_STATUSES = ("proposed", "active", "paused")


def own_mentor_ids(actor: Actor, column: Any = MentorRow.id) -> ColumnElement[bool]:
    """Condition on ``column`` (a mentor id; ``MentorRow.id`` unless given): mentor records
    linked to the actor's account."""
    return column.in_(  # type: ignore[no-any-return]
        select(MentorRow.id).where(MentorRow.user_id == actor.user_id, MentorRow.deleted.is_(False))
    )


def _current_role_in(actor: Actor, action: Action) -> ColumnElement[bool]:
    """True when the actor's account is active and its role (now) allows ``action``."""
    roles = [r.value for r in Role if is_allowed(r, action)]
    return exists(
        select(UserRow.id).where(
            UserRow.id == actor.user_id, UserRow.active.is_(True), UserRow.role.in_(roles)
        )
    )


def visible_participants(
    actor: Actor, participant_id: QueryableAttribute[str] | None = None
) -> ColumnElement[bool]:
    """Condition on ``ParticipantRow.id`` limiting rows to what ``actor`` may see now.

    Args:
        actor: who is looking.
        participant_id: test this column (a participant id in another table, such as
            ``MatchRow.participant_id``) instead, so a query need not join participants.
    """
    pid = ParticipantRow.id if participant_id is None else participant_id
    mine = select(MentorRow.id).where(
        MentorRow.user_id == actor.user_id, MentorRow.deleted.is_(False)
    )
    mentees = select(MatchRow.participant_id).where(
        MatchRow.mentor_id.in_(mine),
        MatchRow.status.in_(OPEN_MATCH_STATUSES),
        MatchRow.deleted.is_(False),
    )
    my_groups = select(GroupFacilitatorRow.group_id).where(
        GroupFacilitatorRow.mentor_id.in_(mine), GroupFacilitatorRow.deleted.is_(False)
    )
    members = select(GroupMemberRow.participant_id).where(
        GroupMemberRow.group_id.in_(my_groups),
        GroupMemberRow.left_on.is_(None),
        GroupMemberRow.deleted.is_(False),
    )
    return or_(
        _current_role_in(actor, Action.PARTICIPANT_VIEW_ALL),
        and_(
            _current_role_in(actor, Action.PARTICIPANT_VIEW_ASSIGNED),
            or_(pid.in_(mentees), pid.in_(members)),
        ),
    )


def hides_treatment(actor: Actor) -> bool:
    """Whether ``actor``'s role may not read substance-use treatment information.

    Such roles (peer educators, auditors) get no substance-use need level, no referral to
    substance-use treatment and no goal in that area, even for participants they may see:
    these say the person is in or needs treatment (42 CFR Part 2).
    """
    return not is_allowed(actor.role, Action.NOTE_READ_SUD)
