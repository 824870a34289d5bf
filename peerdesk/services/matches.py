"""Match use cases: propose, start, pause, resume, close, hand off at release.

Reads (lists and matching suggestions) are in ``services.match_queries`` and are part of
``MatchService`` too. Who may be matched with whom is ``domain.match_rules.check_pairing``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from peerdesk.db.models import MatchRow, MentorRow, ParticipantRow
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.match_rules import (
    CloseReason,
    MatchStatus,
    Pairing,
    check_cadence,
    check_close,
    check_move,
    check_pairing,
)
from peerdesk.domain.mentor_rules import (
    MentorSide,
    MentorStatus,
    choice,
    long_text,
    not_future,
)
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.match_queries import MatchInfo, MatchQueries, match_info
from peerdesk.services.mentor_base import OPEN_VALUES, count_open, load_mentor
from peerdesk.services.records import RecordWriter, ServiceBase
from peerdesk.services.screening import kept_apart
from peerdesk.services.visibility import visible_participants

OBJECT = "match"


def _keep_separate(s: Session, a: str, b: str) -> bool:
    """A live keep-separate between participants ``a`` and ``b``, in either direction."""
    return bool(s.scalar(select(kept_apart(a, b))))


def _open_on_side(s: Session, participant_id: str, side: str, except_match: str) -> bool:
    return bool(
        s.scalar(
            select(
                exists().where(
                    MatchRow.participant_id == participant_id,
                    MatchRow.status.in_(OPEN_VALUES),
                    MatchRow.deleted.is_(False),
                    MatchRow.id != except_match,
                    MatchRow.mentor_id == MentorRow.id,
                    MentorRow.side == side,
                )
            )
        )
    )


class MatchService(MatchQueries, ServiceBase):
    """Mentor assignments: their life from proposal to closing, and suggestions."""

    # --- loading and checks ------------------------------------------------------------------
    def _participant(self, s: Session, actor: Actor, participant_id: str) -> ParticipantRow:
        row = s.scalars(
            select(ParticipantRow).where(
                ParticipantRow.id == participant_id,
                ParticipantRow.deleted.is_(False),
                visible_participants(actor),
            )
        ).first()
        if row is None:
            raise NotFound("participant", participant_id)
        return row

    @staticmethod
    def _match(s: Session, match_id: str) -> MatchRow:
        row = s.scalars(
            select(MatchRow).where(MatchRow.id == match_id, MatchRow.deleted.is_(False))
        ).first()
        if row is None:
            raise NotFound("match", match_id)
        return row

    @staticmethod
    def _check_pairing(
        s: Session,
        participant: ParticipantRow,
        mentor: MentorRow,
        *,
        starting: bool,
        except_match: str = "",
    ) -> None:
        open_matches, _ = count_open(s, mentor.id, except_match=except_match)
        check_pairing(
            Pairing(
                participant_id=participant.id,
                participant_status=participant.status,
                mentor_participant_id=mentor.participant_id,
                mentor_status=MentorStatus(mentor.status),
                mentor_capacity=mentor.capacity,
                mentor_open_matches=open_matches,
                keep_separate=mentor.participant_id is not None
                and _keep_separate(s, mentor.participant_id, participant.id),
                other_open_on_side=_open_on_side(s, participant.id, mentor.side, except_match),
            ),
            starting=starting,
        )

    @staticmethod
    def _check_start_date(match: MatchRow, mentor: MentorRow, on: date, field: str) -> None:
        if on < match.proposed_on:
            raise ValidationError(field, "The start date is before the match was proposed.")
        if on < mentor.status_date:
            raise ValidationError(field, "The start date is before the mentor became active.")

    # --- changes -------------------------------------------------------------------------------
    def propose(
        self,
        actor: Actor,
        participant_id: str,
        mentor_id: str,
        *,
        cadence_days: int = 7,
        proposed_on: date | None = None,
    ) -> MatchInfo:
        """Propose a mentor for a participant (the mentor may still be in training)."""
        self._require(actor, Action.MATCH_MANAGE, OBJECT)
        check_cadence(cadence_days)
        today = self._today()
        when = proposed_on or today
        not_future(when, today, "proposed_on")
        with self.store.uow() as uow:
            s = uow.session
            participant = self._participant(s, actor, participant_id)
            mentor = load_mentor(s, mentor_id)
            self._check_pairing(s, participant, mentor, starting=False)
            if when < mentor.status_date:
                raise ValidationError(
                    "proposed_on",
                    "The proposal is dated before the mentor started training or became active.",
                )
            w = RecordWriter(s, actor, self.clock())
            row = w.insert(
                MatchRow,
                participant_id=participant.id,
                mentor_id=mentor.id,
                status=MatchStatus.PROPOSED.value,
                proposed_on=when,
                started_on=None,
                cadence_days=cadence_days,
                closed_on=None,
                close_reason="",
                close_note="",
                continues_match_id=None,
            )
            w.audit("match.propose", OBJECT, row.id)
            return match_info(row, mentor, participant)

    def start(self, actor: Actor, match_id: str, started_on: date) -> None:
        """Start a proposed match: the mentor must be active and have room (see rules)."""
        self._require(actor, Action.MATCH_MANAGE, OBJECT, match_id)
        not_future(started_on, self._today(), "started_on")
        with self.store.uow() as uow:
            s = uow.session
            row = self._match(s, match_id)
            if row.status != MatchStatus.PROPOSED.value:
                raise ValidationError("status", "Only a proposed match can be started.")
            participant = self._participant(s, actor, row.participant_id)
            mentor = load_mentor(s, row.mentor_id)
            self._check_pairing(s, participant, mentor, starting=True, except_match=row.id)
            self._check_start_date(row, mentor, started_on, "started_on")
            w = RecordWriter(s, actor, self.clock())
            w.update(row, status=MatchStatus.ACTIVE.value, started_on=started_on)
            w.audit("match.start", OBJECT, row.id)

    def pause(self, actor: Actor, match_id: str) -> None:
        """Pause an active match (it still counts against the mentor's capacity)."""
        self._require(actor, Action.MATCH_MANAGE, OBJECT, match_id)
        with self.store.uow() as uow:
            s = uow.session
            row = self._match(s, match_id)
            check_move(MatchStatus(row.status), MatchStatus.PAUSED)
            w = RecordWriter(s, actor, self.clock())
            w.update(row, status=MatchStatus.PAUSED.value)
            w.audit("match.pause", OBJECT, row.id)

    def resume(self, actor: Actor, match_id: str) -> None:
        """Resume a paused match; the mentor must be active and the participant matchable."""
        self._require(actor, Action.MATCH_MANAGE, OBJECT, match_id)
        with self.store.uow() as uow:
            s = uow.session
            row = self._match(s, match_id)
            if row.status != MatchStatus.PAUSED.value:
                raise ValidationError("status", "Only a paused match can be resumed.")
            participant = self._participant(s, actor, row.participant_id)
            mentor = load_mentor(s, row.mentor_id)
            self._check_pairing(s, participant, mentor, starting=True, except_match=row.id)
            w = RecordWriter(s, actor, self.clock())
            w.update(row, status=MatchStatus.ACTIVE.value)
            w.audit("match.resume", OBJECT, row.id)

    def close(
        self,
        actor: Actor,
        match_id: str,
        reason: CloseReason,
        closed_on: date,
        note: str = "",
    ) -> None:
        """Close an open match with a reason ("other" needs a note)."""
        self._require(actor, Action.MATCH_MANAGE, OBJECT, match_id)
        text = long_text(note, "note", "The note", 2000)
        reason = choice(CloseReason, reason, "reason", "The closing reason")
        with self.store.uow() as uow:
            s = uow.session
            row = self._match(s, match_id)
            check_move(MatchStatus(row.status), MatchStatus.CLOSED)
            self._close(RecordWriter(s, actor, self.clock()), row, reason, closed_on, text)

    def _close(
        self, w: RecordWriter, row: MatchRow, reason: CloseReason, closed_on: date, note: str
    ) -> None:
        check_close(reason, note, closed_on, row.started_on or row.proposed_on, self._today())
        w.update(
            row,
            status=MatchStatus.CLOSED.value,
            closed_on=closed_on,
            close_reason=reason.value,
            close_note=note,
        )
        w.audit("match.close", OBJECT, row.id)

    def handoff(
        self,
        actor: Actor,
        match_id: str,
        community_mentor_id: str,
        on: date,
        *,
        cadence_days: int | None = None,
    ) -> MatchInfo:
        """At release, close the facility match and continue with a community-side mentor.

        Both happen in one unit of work: the facility match closes on ``on`` with reason
        "released_handoff", and an active community match starts on ``on`` continuing it. A
        match already proposed with that community mentor is started rather than duplicated.
        """
        self._require(actor, Action.MATCH_MANAGE, OBJECT, match_id)
        if cadence_days is not None:
            check_cadence(cadence_days)
        not_future(on, self._today(), "handoff_on")
        with self.store.uow() as uow:
            s = uow.session
            old = self._match(s, match_id)
            if old.status not in (MatchStatus.ACTIVE.value, MatchStatus.PAUSED.value):
                raise ValidationError(
                    "match_id", "Only an active or paused match can be handed off."
                )
            old_mentor = load_mentor(s, old.mentor_id)
            if old_mentor.side != MentorSide.FACILITY.value:
                raise ValidationError(
                    "match_id", "Only a match with a facility-side mentor is handed off at release."
                )
            mentor = load_mentor(s, community_mentor_id)
            if mentor.side != MentorSide.COMMUNITY.value:
                raise ValidationError(
                    "community_mentor_id", "Choose a community-side mentor for the handoff."
                )
            participant = self._participant(s, actor, old.participant_id)
            proposed = s.scalars(
                select(MatchRow).where(
                    MatchRow.participant_id == participant.id,
                    MatchRow.mentor_id == mentor.id,
                    MatchRow.status == MatchStatus.PROPOSED.value,
                    MatchRow.deleted.is_(False),
                )
            ).first()
            self._check_pairing(
                s, participant, mentor, starting=True, except_match=proposed.id if proposed else ""
            )
            if old.started_on is not None and on < old.started_on:
                raise ValidationError("handoff_on", "The handoff is before the match started.")
            if on < mentor.status_date:
                raise ValidationError(
                    "handoff_on", "The handoff is before the community mentor became active."
                )
            if proposed is not None and on < proposed.proposed_on:
                raise ValidationError(
                    "handoff_on", "The handoff is before the community match was proposed."
                )
            w = RecordWriter(s, actor, self.clock())
            self._close(w, old, CloseReason.RELEASED_HANDOFF, on, "")
            cadence = cadence_days or (proposed.cadence_days if proposed else old.cadence_days)
            if proposed is not None:
                w.update(
                    proposed,
                    status=MatchStatus.ACTIVE.value,
                    started_on=on,
                    cadence_days=cadence,
                    continues_match_id=old.id,
                )
                new = proposed
            else:
                new = w.insert(
                    MatchRow,
                    participant_id=participant.id,
                    mentor_id=mentor.id,
                    status=MatchStatus.ACTIVE.value,
                    proposed_on=on,
                    started_on=on,
                    cadence_days=cadence,
                    closed_on=None,
                    close_reason="",
                    close_note="",
                    continues_match_id=old.id,
                )
            w.audit("match.handoff", OBJECT, new.id)
            return match_info(new, mentor, participant)
