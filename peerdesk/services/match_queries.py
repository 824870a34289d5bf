"""Reading matches (a peer educator sees only their own) and suggesting mentors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import literal, select, union_all
from sqlalchemy.orm import Session

from peerdesk.db.models import KeepSeparateRow, MatchRow, MentorRow, ParticipantRow
from peerdesk.domain.errors import NotFound
from peerdesk.domain.match_rules import CloseReason, MatchStatus
from peerdesk.domain.matching import MatchProfile, Reason, room
from peerdesk.domain.mentor_rules import MentorSide
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.match_suggest import best_mentors, tags
from peerdesk.services.mentor_base import OPEN_VALUES, own_matches_only
from peerdesk.services.records import ServiceBase
from peerdesk.services.visibility import own_mentor_ids, visible_participants


@dataclass(frozen=True)
class MatchInfo:
    """One match as lists show it."""

    id: str
    participant_id: str
    participant_name: str
    mentor_id: str
    mentor_name: str
    mentor_side: MentorSide
    status: MatchStatus
    proposed_on: date
    started_on: date | None
    cadence_days: int
    closed_on: date | None
    close_reason: CloseReason | None
    close_note: str
    #: The facility match this community match continues after release.
    continues_match_id: str | None


@dataclass(frozen=True)
class MentorSuggestion:
    """A ranked mentor for a participant, with the reasons behind the score."""

    mentor_id: str
    mentor_name: str
    side: MentorSide
    score: int
    reasons: tuple[Reason, ...]
    room: int


def match_info(m: MatchRow, mentor: MentorRow, p: ParticipantRow) -> MatchInfo:
    first = p.preferred_name or p.legal_first_name
    return MatchInfo(
        id=m.id,
        participant_id=p.id,
        participant_name=f"{first} {p.legal_last_name}",
        mentor_id=mentor.id,
        mentor_name=f"{mentor.first_name} {mentor.last_name}",
        mentor_side=MentorSide(mentor.side),
        status=MatchStatus(m.status),
        proposed_on=m.proposed_on,
        started_on=m.started_on,
        cadence_days=m.cadence_days,
        closed_on=m.closed_on,
        close_reason=CloseReason(m.close_reason) if m.close_reason else None,
        close_note=m.close_note,
        continues_match_id=m.continues_match_id,
    )


class MatchQueries(ServiceBase):
    """The reading part of ``MatchService``."""

    def _matches(self, s: Session, actor: Actor, *conditions: Any) -> list[MatchInfo]:
        stmt = (
            select(MatchRow, MentorRow, ParticipantRow)
            .join(MentorRow, MentorRow.id == MatchRow.mentor_id)
            .join(ParticipantRow, ParticipantRow.id == MatchRow.participant_id)
            .where(
                MatchRow.deleted.is_(False),
                ParticipantRow.deleted.is_(False),
                visible_participants(actor),
                own_matches_only(actor),
                *conditions,
            )
            .order_by(MatchRow.proposed_on, MatchRow.stamp)
        )
        return [match_info(m, mentor, p) for m, mentor, p in s.execute(stmt)]

    def list_for_participant(self, actor: Actor, participant_id: str) -> list[MatchInfo]:
        """A participant's matches, oldest first (a peer educator: only their own)."""
        self._require(actor, Action.MATCH_VIEW, "match")
        with self.store.uow(write=False) as uow:
            s = uow.session
            seen = s.scalar(
                select(ParticipantRow.id).where(
                    ParticipantRow.id == participant_id,
                    ParticipantRow.deleted.is_(False),
                    visible_participants(actor),
                )
            )
            if seen is None:
                raise NotFound("participant", participant_id)
            return self._matches(s, actor, MatchRow.participant_id == participant_id)

    def list_for_mentor(self, actor: Actor, mentor_id: str) -> list[MatchInfo]:
        """A mentor's matches, oldest first (a peer educator: only their own mentor record)."""
        self._require(actor, Action.MATCH_VIEW, "match")
        with self.store.uow(write=False) as uow:
            s = uow.session
            seen = s.scalar(
                select(MentorRow.id).where(
                    MentorRow.id == mentor_id,
                    MentorRow.deleted.is_(False),
                    own_matches_only(actor),
                )
            )
            if seen is None:
                raise NotFound("mentor", mentor_id)
            return self._matches(s, actor, MatchRow.mentor_id == mentor_id)

    def list_mine(self, actor: Actor, *, open_only: bool = True) -> list[MatchInfo]:
        """The matches of the mentor records linked to the actor's own account."""
        self._require(actor, Action.MATCH_VIEW, "match")
        conditions: list[Any] = [own_mentor_ids(actor)]
        if open_only:
            conditions.append(MatchRow.status.in_(OPEN_VALUES))
        with self.store.uow(write=False) as uow:
            return self._matches(uow.session, actor, *conditions)

    def suggest_mentors(
        self,
        actor: Actor,
        participant_id: str,
        limit: int = 10,
        *,
        side: MentorSide | None = None,
    ) -> list[MentorSuggestion]:
        """Active mentors ranked for a participant (``domain.matching``), best first.

        Three queries whatever the number of mentors: the participant; their keep-separates and
        current mentors; and the few hundred mentors with the highest upper bound on their
        score, with their open-match counts (``match_suggest``). The list is the same as
        ranking every active mentor; a fourth query is needed only when that first batch
        cannot prove it.
        """
        self._require(actor, Action.MATCH_MANAGE, "match")
        limit = max(1, min(limit, 100))
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = s.scalars(
                select(ParticipantRow).where(
                    ParticipantRow.id == participant_id,
                    ParticipantRow.deleted.is_(False),
                    visible_participants(actor),
                )
            ).first()
            if p is None:
                raise NotFound("participant", participant_id)
            ks = KeepSeparateRow
            related = union_all(
                select(literal("ks"), ks.other_participant_id).where(
                    ks.participant_id == p.id, ks.deleted.is_(False)
                ),
                select(literal("ks"), ks.participant_id).where(
                    ks.other_participant_id == p.id, ks.deleted.is_(False)
                ),
                select(literal("mentor"), MatchRow.mentor_id).where(
                    MatchRow.participant_id == p.id,
                    MatchRow.status.in_(OPEN_VALUES),
                    MatchRow.deleted.is_(False),
                ),
            )
            keep_apart: set[str] = set()
            current: set[str] = set()
            for kind, other in s.execute(related):
                (keep_apart if kind == "ks" else current).add(other)
            profile = MatchProfile(
                participant_id=p.id,
                date_of_birth=p.date_of_birth,
                language=p.primary_language,
                county=p.release_county,
                lived_experience=tags(p.lived_experience),
                interests=tags(p.interests),
                gender_preference=p.mentor_gender_preference,
                keep_separate_ids=frozenset(keep_apart),
                current_mentor_ids=frozenset(current),
            )
            ranked, by_id = best_mentors(s, profile, self._today(), limit, side)
        return [
            MentorSuggestion(
                mentor_id=sg.mentor_id,
                mentor_name=by_id[sg.mentor_id].name,
                side=by_id[sg.mentor_id].side,
                score=sg.score,
                reasons=sg.reasons,
                room=room(by_id[sg.mentor_id].mentor),
            )
            for sg in ranked
        ]
