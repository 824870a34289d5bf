"""The matches list across the program, filtered by status (the Matches screen's table)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import Select, case, false, func, or_, select

from peerdesk.db.models import MatchRow, MentorRow, ParticipantRow
from peerdesk.domain.match_rules import OPEN_STATUSES, MatchStatus
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.match_queries import MatchInfo, match_info
from peerdesk.services.mentor_base import own_matches_only
from peerdesk.services.participant_search import text_branches
from peerdesk.services.records import ServiceBase
from peerdesk.services.visibility import visible_participants

_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")

#: Most matches one list shows (the newest first). A program may hold tens of thousands, so
#: :meth:`MatchListService.list_page` also says how many the filter found in all.
MAX_ROWS = 2000


@dataclass(frozen=True)
class MatchPage:
    """The newest matches a filter finds, and how many it finds in all."""

    rows: tuple[MatchInfo, ...]
    #: Every match the filter finds; more than ``len(rows)`` when the list was cut.
    total: int

    @property
    def cut(self) -> bool:
        """Whether more matches exist than the rows shown."""
        return self.total > len(self.rows)


def _listed(m: MatchRow, mentor: MentorRow, p: ParticipantRow) -> MatchInfo:
    """The match with both names "Last, First", as every other list shows people."""
    first = p.preferred_name or p.legal_first_name
    return replace(
        match_info(m, mentor, p),
        participant_name=f"{p.legal_last_name}, {first}",
        mentor_name=f"{mentor.last_name}, {mentor.first_name}",
    )


class MatchListService(ServiceBase):
    """Reads matches for the Matches screen; a peer educator sees only their own."""

    def _conditions(
        self,
        actor: Actor,
        statuses: tuple[MatchStatus, ...],
        participant_id: str | None,
        search: str,
    ) -> list[Any]:
        conditions: list[Any] = [
            MatchRow.deleted.is_(False),
            ParticipantRow.deleted.is_(False),
            visible_participants(actor),
            own_matches_only(actor),
        ]
        if statuses:
            conditions.append(MatchRow.status.in_([s.value for s in statuses]))
        if participant_id is not None:
            conditions.append(MatchRow.participant_id == participant_id)
        if search.strip():  # the participant's name or DOC number starts with the text
            branches = text_branches(search)
            conditions.append(or_(*branches) if branches else false())
        return conditions

    def _joined(
        self,
        stmt: _S,
        actor: Actor,
        statuses: tuple[MatchStatus, ...],
        participant_id: str | None,
        search: str,
    ) -> _S:
        """``stmt`` over the matches joined to their mentor and participant, filtered."""
        return (
            stmt.join(MentorRow, MentorRow.id == MatchRow.mentor_id)
            .join(ParticipantRow, ParticipantRow.id == MatchRow.participant_id)
            .where(*self._conditions(actor, statuses, participant_id, search))
        )

    def list_matches(
        self,
        actor: Actor,
        *,
        statuses: tuple[MatchStatus, ...] = (),
        participant_id: str | None = None,
        search: str = "",
        limit: int = MAX_ROWS,
    ) -> list[MatchInfo]:
        """Matches in any of ``statuses`` (all when empty), newest proposal first; only
        ``participant_id``'s when given (their page's Matches tab), the open ones first;
        only those whose participant's name or DOC number starts with ``search`` when given.

        One query joining the mentor and the participant; participants the actor may not see
        are left out.
        """
        self._require(actor, Action.MATCH_VIEW, "match")
        return self._read(actor, statuses, participant_id, search, max(1, min(limit, MAX_ROWS)))

    def _read(
        self,
        actor: Actor,
        statuses: tuple[MatchStatus, ...],
        participant_id: str | None,
        search: str,
        limit: int,
    ) -> list[MatchInfo]:
        stmt = self._joined(
            select(MatchRow, MentorRow, ParticipantRow), actor, statuses, participant_id, search
        ).limit(limit)
        if participant_id is not None:  # the person's current match(es) before the history
            is_open = MatchRow.status.in_([s.value for s in OPEN_STATUSES])
            stmt = stmt.order_by(case((is_open, 0), else_=1))
        stmt = stmt.order_by(MatchRow.proposed_on.desc(), MatchRow.stamp.desc())
        with self.store.uow(write=False) as uow:
            return [_listed(m, mentor, p) for m, mentor, p in uow.session.execute(stmt)]

    def list_page(
        self,
        actor: Actor,
        *,
        statuses: tuple[MatchStatus, ...] = (),
        participant_id: str | None = None,
        search: str = "",
        limit: int = MAX_ROWS,
    ) -> MatchPage:
        """Like :meth:`list_matches`, and how many matches the filter finds in all.

        One row more than ``limit`` is read; only when it comes is the whole set counted (a
        count on the same joins and indexes, without reading the rows).
        """
        self._require(actor, Action.MATCH_VIEW, "match")
        limit = max(1, min(limit, MAX_ROWS))
        rows = self._read(actor, statuses, participant_id, search, limit + 1)
        if len(rows) <= limit:
            return MatchPage(tuple(rows), len(rows))
        count = self._joined(
            select(func.count()).select_from(MatchRow), actor, statuses, participant_id, search
        )
        with self.store.uow(write=False) as uow:
            total = uow.session.scalar(count) or 0
        return MatchPage(tuple(rows[:limit]), max(total, limit + 1))
