"""The matches list across the program, filtered by status (the Matches screen's table).

A program may hold tens of thousands of matches: the list reads one page at a time, only the
columns it shows (plain tuples, never ORM objects), and says how many the filter finds in all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, false, func, or_, select

from peerdesk.db.models import MatchRow, MentorRow, ParticipantRow
from peerdesk.domain.match_rules import OPEN_STATUSES, CloseReason, MatchStatus
from peerdesk.domain.mentor_rules import MentorSide
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.match_queries import MatchInfo
from peerdesk.services.mentor_base import own_matches_only
from peerdesk.services.participant_search import text_branches
from peerdesk.services.records import ServiceBase
from peerdesk.services.visibility import visible_participants

#: Matches one page of the list holds; "Show more" reads the next page.
MATCH_PAGE = 200
#: The most matches one read returns.
MAX_ROWS = 2000

#: Only what the list shows and its actions need, in the order :func:`_info` reads them.
_COLUMNS = (
    MatchRow.id,
    MatchRow.participant_id,
    ParticipantRow.legal_last_name,
    ParticipantRow.preferred_name,
    ParticipantRow.legal_first_name,
    MatchRow.mentor_id,
    MentorRow.last_name,
    MentorRow.first_name,
    MentorRow.side,
    MatchRow.status,
    MatchRow.proposed_on,
    MatchRow.started_on,
    MatchRow.cadence_days,
    MatchRow.closed_on,
    MatchRow.close_reason,
    MatchRow.close_note,
    MatchRow.continues_match_id,
)


@dataclass(frozen=True)
class MatchPage:
    """One page of the matches a filter finds, and how many it finds in all.

    Attributes:
        rows: the page, in the list's order.
        total: every match the filter finds.
        offset: how many matches of the list come before this page.
    """

    rows: tuple[MatchInfo, ...]
    total: int
    offset: int = 0

    @property
    def cut(self) -> bool:
        """Whether more matches follow this page."""
        return self.total > self.offset + len(self.rows)


def _info(r: Sequence[Any]) -> MatchInfo:
    """A row of :data:`_COLUMNS` as a list row, both names "Last, First" like every list."""
    (mid, pid, p_last, p_pref, p_first, mentor_id, m_last, m_first, side, status) = r[:10]
    proposed, started, cadence, closed, reason, note, continues = r[10:]
    return MatchInfo(
        id=mid,
        participant_id=pid,
        participant_name=f"{p_last}, {p_pref or p_first}",
        mentor_id=mentor_id,
        mentor_name=f"{m_last}, {m_first}",
        mentor_side=MentorSide(side),
        status=MatchStatus(status),
        proposed_on=proposed,
        started_on=started,
        cadence_days=cadence,
        closed_on=closed,
        close_reason=CloseReason(reason) if reason else None,
        close_note=note,
        continues_match_id=continues,
    )


class MatchListService(ServiceBase):
    """Reads matches for the Matches screen; a peer educator sees only their own."""

    def _conditions(
        self,
        actor: Actor,
        statuses: tuple[MatchStatus, ...],
        participant_id: str | None,
        search: str,
    ) -> list[ColumnElement[bool]]:
        """What a listed match meets, as conditions on the matches table alone.

        Sorting and counting tens of thousands of matches then reads that table only (no
        join per row): the participant tests are subqueries answered from small indexes (the
        tombstoned ids, the name and DOC indexes of a search).
        """
        tombstoned = select(ParticipantRow.id).where(ParticipantRow.deleted.is_(True))
        conditions: list[ColumnElement[bool]] = [
            MatchRow.deleted.is_(False),
            MatchRow.participant_id.not_in(tombstoned),
            visible_participants(actor, MatchRow.participant_id),
            own_matches_only(actor, MatchRow.mentor_id),
        ]
        if statuses:
            conditions.append(MatchRow.status.in_([s.value for s in statuses]))
        if participant_id is not None:
            conditions.append(MatchRow.participant_id == participant_id)
        if search.strip():  # the participant's name or DOC number starts with the text
            branches = text_branches(search)
            found = select(ParticipantRow.id).where(or_(*branches)) if branches else None
            conditions.append(false() if found is None else MatchRow.participant_id.in_(found))
        return conditions

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

        The matches are filtered and sorted on their own table, then the rows kept are
        joined to their mentor and participant; participants the actor may not see are left
        out.
        """
        self._require(actor, Action.MATCH_VIEW, "match")
        limit = max(1, min(limit, MAX_ROWS))
        return self._read(actor, statuses, participant_id, search, limit, 0)

    def _read(
        self,
        actor: Actor,
        statuses: tuple[MatchStatus, ...],
        participant_id: str | None,
        search: str,
        limit: int,
        offset: int,
    ) -> list[MatchInfo]:
        """The page's ids sorted on the matches table alone, then their columns (a join for
        those rows only)."""
        page = select(MatchRow.id).where(*self._conditions(actor, statuses, participant_id, search))
        if participant_id is not None:  # the person's current match(es) before the history
            is_open = MatchRow.status.in_([s.value for s in OPEN_STATUSES])
            page = page.order_by(case((is_open, 0), else_=1))
        # The id last: rows with the same date and stamp keep one order from page to page.
        page = page.order_by(MatchRow.proposed_on.desc(), MatchRow.stamp.desc(), MatchRow.id.desc())
        with self.store.uow(write=False) as uow:
            s = uow.session
            ids = list(s.scalars(page.limit(limit).offset(offset)))
            if not ids:
                return []
            stmt = (
                select(*_COLUMNS)
                .join(MentorRow, MentorRow.id == MatchRow.mentor_id)
                .join(ParticipantRow, ParticipantRow.id == MatchRow.participant_id)
                .where(MatchRow.id.in_(ids))
            )
            found = {r[0]: _info(r) for r in s.execute(stmt)}
        return [found[i] for i in ids if i in found]

    def list_page(
        self,
        actor: Actor,
        *,
        statuses: tuple[MatchStatus, ...] = (),
        participant_id: str | None = None,
        search: str = "",
        limit: int = MATCH_PAGE,
        offset: int = 0,
    ) -> MatchPage:
        """One page of :meth:`list_matches` (same filters and order), and how many matches
        the filter finds in all.

        One row more than ``limit`` is read; only when it comes (or when the page is past the
        end) is the whole set counted, on the matches table alone with the same conditions.

        Args:
            actor: who reads (a peer educator: only their own matches).
            statuses: the statuses wanted (all when empty).
            participant_id: only this participant's matches.
            search: the participant's name or DOC number starts with this.
            limit: the page's size (kept between 1 and :data:`MAX_ROWS`).
            offset: how many matches of the list to skip (those already shown).
        """
        self._require(actor, Action.MATCH_VIEW, "match")
        limit, offset = max(1, min(limit, MAX_ROWS)), max(0, offset)
        rows = self._read(actor, statuses, participant_id, search, limit + 1, offset)
        if len(rows) <= limit and (rows or offset == 0):  # the last page: the total is known
            return MatchPage(tuple(rows), offset + len(rows), offset)
        count = (
            select(func.count())
            .select_from(MatchRow)
            .where(*self._conditions(actor, statuses, participant_id, search))
        )
        with self.store.uow(write=False) as uow:
            total = int(uow.session.scalar(count) or 0)
        if rows:  # rows came past this page: at least one more
            total = max(total, offset + limit + 1)
        return MatchPage(tuple(rows[:limit]), total, offset)
