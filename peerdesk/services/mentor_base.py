"""Shared plumbing of the mentor and match services: loading a mentor, counting open matches.

Writing synced rows goes through ``RecordWriter`` in services/records.py.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, func, select, true
from sqlalchemy.orm import Session

from peerdesk.db.models import MatchRow, MentorRow
from peerdesk.domain.errors import NotFound
from peerdesk.domain.match_rules import OPEN_STATUSES, MatchStatus
from peerdesk.domain.mentor_rules import Decision, MentorState, MentorStatus
from peerdesk.domain.roles import Action, is_allowed
from peerdesk.services.actor import Actor
from peerdesk.services.visibility import own_mentor_ids

OPEN_VALUES = tuple(s.value for s in OPEN_STATUSES)
RUNNING_VALUES = (MatchStatus.PROPOSED.value, MatchStatus.ACTIVE.value)


def load_mentor(s: Session, mentor_id: str) -> MentorRow:
    """The live mentor row, or ``NotFound``."""
    row = s.scalars(
        select(MentorRow).where(MentorRow.id == mentor_id, MentorRow.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFound("mentor", mentor_id)
    return row


def mentor_state(row: MentorRow) -> MentorState:
    return MentorState(
        status=MentorStatus(row.status),
        status_date=row.status_date,
        decision=Decision(row.decision),
        decision_on=row.decision_on,
        agreement_signed_on=row.agreement_signed_on,
    )


def _running_sum() -> Any:
    return func.coalesce(func.sum(case((MatchRow.status.in_(RUNNING_VALUES), 1), else_=0)), 0)


def open_counts() -> Any:
    """Subquery (mentor_id, open_matches, running_matches): one GROUP BY over open matches."""
    return (
        select(
            MatchRow.mentor_id.label("mentor_id"),
            func.count().label("open_matches"),
            _running_sum().label("running_matches"),
        )
        .where(MatchRow.status.in_(OPEN_VALUES), MatchRow.deleted.is_(False))
        .group_by(MatchRow.mentor_id)
        .subquery()
    )


def count_open(s: Session, mentor_id: str, *, except_match: str = "") -> tuple[int, int]:
    """(open, running) matches of one mentor, leaving out ``except_match``."""
    row = s.execute(
        select(
            func.count(),
            _running_sum(),
        ).where(
            MatchRow.mentor_id == mentor_id,
            MatchRow.status.in_(OPEN_VALUES),
            MatchRow.deleted.is_(False),
            MatchRow.id != except_match,
        )
    ).one()
    return int(row[0]), int(row[1])


def own_matches_only(actor: Actor, column: Any = MentorRow.id) -> ColumnElement[bool]:
    """Condition on ``column`` (a mentor id; ``MentorRow.id`` unless given, e.g.
    ``MatchRow.mentor_id``): everything for staff, own mentor records for a peer."""
    if is_allowed(actor.role, Action.PARTICIPANT_VIEW_ALL):
        return true()
    return own_mentor_ids(actor, column)
