"""The matches list across the program, filtered by status (the Matches screen's table)."""

from __future__ import annotations

from sqlalchemy import case, select

from peerdesk.db.models import MatchRow, MentorRow, ParticipantRow
from peerdesk.domain.match_rules import OPEN_STATUSES, MatchStatus
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.match_queries import MatchInfo, match_info
from peerdesk.services.mentor_base import own_matches_only
from peerdesk.services.records import ServiceBase
from peerdesk.services.visibility import visible_participants

#: Most matches one list shows (the newest first); a program has a few hundred at most.
MAX_ROWS = 2000


class MatchListService(ServiceBase):
    """Reads matches for the Matches screen; a peer educator sees only their own."""

    def list_matches(
        self,
        actor: Actor,
        *,
        statuses: tuple[MatchStatus, ...] = (),
        participant_id: str | None = None,
        limit: int = MAX_ROWS,
    ) -> list[MatchInfo]:
        """Matches in any of ``statuses`` (all when empty), newest proposal first; only
        ``participant_id``'s when given (their page's Matches tab), the open ones first.

        One query joining the mentor and the participant; participants the actor may not see
        are left out.
        """
        self._require(actor, Action.MATCH_VIEW, "match")
        limit = max(1, min(limit, MAX_ROWS))
        stmt = (
            select(MatchRow, MentorRow, ParticipantRow)
            .join(MentorRow, MentorRow.id == MatchRow.mentor_id)
            .join(ParticipantRow, ParticipantRow.id == MatchRow.participant_id)
            .where(
                MatchRow.deleted.is_(False),
                ParticipantRow.deleted.is_(False),
                visible_participants(actor),
                own_matches_only(actor),
            )
            .limit(limit)
        )
        if participant_id is not None:  # the person's current match(es) before the history
            is_open = MatchRow.status.in_([s.value for s in OPEN_STATUSES])
            stmt = stmt.order_by(case((is_open, 0), else_=1))
        stmt = stmt.order_by(MatchRow.proposed_on.desc(), MatchRow.stamp.desc())
        if statuses:
            stmt = stmt.where(MatchRow.status.in_([s.value for s in statuses]))
        if participant_id is not None:
            stmt = stmt.where(MatchRow.participant_id == participant_id)
        with self.store.uow(write=False) as uow:
            return [match_info(m, mentor, p) for m, mentor, p in uow.session.execute(stmt)]
