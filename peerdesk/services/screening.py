"""Targeted selection: eligibility screening, needs assessments, keep-separates.

Also holds what the program-records services (screening, consent, referrals, pathways,
incentives, outcomes) share: ``ServiceBase`` (store, clock, audited permission check) and
``load_participant`` (a live participant the actor may see, or ``NotFound``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    CompoundSelect,
    and_,
    case,
    exists,
    func,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    KeepSeparateRow,
    NeedAssessmentRow,
    ParticipantRow,
    ScreeningRow,
    SyncedMixin,
)
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import (
    NeedDomain,
    ScreeningDecision,
    check_fact_date,
    check_levels,
    check_screening,
    text,
)
from peerdesk.services.actor import Actor
from peerdesk.services.records import RecordWriter, ServiceBase, load_live, load_participant
from peerdesk.services.visibility import hides_treatment, visible_participants

R = TypeVar("R", bound=SyncedMixin)
#: A participant id, or a column or expression holding one.
IdArg = str | ColumnExpressionArgument[str]


# --- keep-separates as SQL, for matching and groups ----------------------------------------------
def keep_separate_select(participant_id: IdArg) -> CompoundSelect[str]:
    """SELECT of the ids of everyone to be kept apart from ``participant_id`` (both directions)."""
    ks = KeepSeparateRow
    return union(
        select(ks.other_participant_id.label("id")).where(
            ks.participant_id == participant_id, ks.deleted.is_(False)
        ),
        select(ks.participant_id.label("id")).where(
            ks.other_participant_id == participant_id, ks.deleted.is_(False)
        ),
    )


def kept_apart(a: IdArg, b: IdArg) -> ColumnElement[bool]:
    """Condition: a live keep-separate between ``a`` and ``b``, in either direction."""
    ks = KeepSeparateRow
    return exists().where(
        ks.deleted.is_(False),
        or_(
            and_(ks.participant_id == a, ks.other_participant_id == b),
            and_(ks.participant_id == b, ks.other_participant_id == a),
        ),
    )


def keep_separate_ids(s: Session, participant_id: str) -> frozenset[str]:
    """Ids of everyone to be kept apart from ``participant_id``, recorded in either direction."""
    return frozenset(s.scalars(keep_separate_select(participant_id)))


# --- results ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Screening:
    id: str
    participant_id: str
    screened_on: date
    #: Criterion key -> answer ("yes", "no" or a short note).
    criteria: MappingProxyType[str, str]
    decision: ScreeningDecision
    reason: str
    screened_by: str


@dataclass(frozen=True)
class NeedsAssessment:
    participant_id: str
    assessed_on: date
    assessed_by: str
    #: Domain -> level 0 (no need) .. 3 (high).
    levels: MappingProxyType[str, int]


@dataclass(frozen=True)
class KeepSeparate:
    """A keep-separate seen from one participant: ``other_participant_id`` is the other one."""

    id: str
    participant_id: str
    other_participant_id: str
    reason: str
    recorded_by: str


def _screening(r: ScreeningRow) -> Screening:
    criteria: dict[str, Any] = json.loads(r.criteria or "{}")
    return Screening(
        r.id,
        r.participant_id,
        r.screened_on,
        MappingProxyType({str(k): str(v) for k, v in criteria.items()}),
        ScreeningDecision(r.decision),
        r.reason,
        r.screened_by,
    )


def _assessments(rows: list[NeedAssessmentRow]) -> tuple[NeedsAssessment, ...]:
    """Group rows (ordered by date) into one assessment per date."""
    by_date: dict[date, list[NeedAssessmentRow]] = {}
    for r in rows:
        by_date.setdefault(r.assessed_on, []).append(r)
    return tuple(
        NeedsAssessment(
            group[0].participant_id,
            day,
            group[-1].assessed_by,
            MappingProxyType({r.domain: r.level for r in group}),
        )
        for day, group in by_date.items()
    )


def _treatment_filter(actor: Actor) -> list[ColumnElement[bool]]:
    """No substance-use need level for roles that may not read treatment information."""
    if hides_treatment(actor):
        return [NeedAssessmentRow.domain != NeedDomain.SUBSTANCE_USE.value]
    return []


class ScreeningService(ServiceBase):
    """Eligibility screening and needs assessments (PARTICIPANT_SCREEN to record)."""

    def screen(
        self,
        actor: Actor,
        participant_id: str,
        criteria: Mapping[str, str],
        decision: str,
        *,
        reason: str = "",
        screened_on: date,
    ) -> Screening:
        """Record a screening; the one with the latest date is the participant's current one."""
        self._require(actor, Action.PARTICIPANT_SCREEN, "screening")
        now = self.clock()
        answers, chosen, why = check_screening(criteria, decision, reason)
        with self.store.uow() as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            check_fact_date(
                screened_on, now.date(), "screened_on", "The screening date", p.date_of_birth
            )
            w = RecordWriter(s, actor, now)
            row = w.insert(
                ScreeningRow,
                participant_id=p.id,
                screened_on=screened_on,
                criteria=json.dumps(answers, separators=(",", ":")),
                decision=chosen.value,
                reason=why,
                screened_by=actor.username,
            )
            w.audit("screening.create", "screening", row.id)
            return _screening(row)

    def _screenings(self, actor: Actor, participant_id: str, limit: int | None) -> list[Screening]:
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            rows = s.scalars(
                select(ScreeningRow)
                .where(ScreeningRow.participant_id == p.id, ScreeningRow.deleted.is_(False))
                .order_by(ScreeningRow.screened_on.desc(), ScreeningRow.stamp.desc())
                .limit(limit)
            )
            return [_screening(r) for r in rows]

    def screenings(self, actor: Actor, participant_id: str) -> tuple[Screening, ...]:
        """Every screening of a participant, newest first."""
        return tuple(self._screenings(actor, participant_id, None))

    def current_screening(self, actor: Actor, participant_id: str) -> Screening | None:
        """The latest screening (by date, then by when it was recorded), or None."""
        found = self._screenings(actor, participant_id, 1)
        return found[0] if found else None

    def record_needs(
        self, actor: Actor, participant_id: str, levels: Mapping[str, int], *, assessed_on: date
    ) -> NeedsAssessment:
        """Record a level 0-3 in each of the nine domains; a second entry on a date corrects it."""
        self._require(actor, Action.PARTICIPANT_SCREEN, "need_assessment")
        now = self.clock()
        clean = check_levels(levels)
        with self.store.uow() as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            check_fact_date(
                assessed_on, now.date(), "assessed_on", "The assessment date", p.date_of_birth
            )
            same_day = {
                r.domain: r
                for r in s.scalars(
                    select(NeedAssessmentRow).where(
                        NeedAssessmentRow.participant_id == p.id,
                        NeedAssessmentRow.assessed_on == assessed_on,
                        NeedAssessmentRow.deleted.is_(False),
                    )
                )
            }
            w = RecordWriter(s, actor, now)
            for domain, level in clean.items():
                old = same_day.get(domain.value)
                if old is None:
                    w.insert(
                        NeedAssessmentRow,
                        participant_id=p.id,
                        assessed_on=assessed_on,
                        domain=domain.value,
                        level=level,
                        assessed_by=actor.username,
                    )
                else:
                    w.update(old, level=level, assessed_by=actor.username)
            w.audit("needs.record", "participant", p.id)
            return NeedsAssessment(
                p.id,
                assessed_on,
                actor.username,
                MappingProxyType({d.value: lvl for d, lvl in clean.items()}),
            )

    def needs_history(self, actor: Actor, participant_id: str) -> tuple[NeedsAssessment, ...]:
        """Every assessment of a participant, oldest first."""
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            rows = s.scalars(
                select(NeedAssessmentRow)
                .where(
                    NeedAssessmentRow.participant_id == p.id,
                    NeedAssessmentRow.deleted.is_(False),
                    *_treatment_filter(actor),
                )
                .order_by(NeedAssessmentRow.assessed_on, NeedAssessmentRow.stamp)
            )
            return _assessments(list(rows))

    def latest_needs(self, actor: Actor, participant_id: str) -> NeedsAssessment | None:
        """The most recent assessment, or None when the participant was never assessed."""
        na = NeedAssessmentRow
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            live = and_(na.participant_id == p.id, na.deleted.is_(False), *_treatment_filter(actor))
            last = select(func.max(na.assessed_on)).where(live).scalar_subquery()
            rows = s.scalars(select(na).where(live, na.assessed_on == last).order_by(na.stamp))
            found = _assessments(list(rows))
            return found[0] if found else None


class KeepSeparateService(ServiceBase):
    """People who must not be placed together (PARTICIPANT_EDIT to change)."""

    def add(
        self, actor: Actor, participant_id: str, other_participant_id: str, *, reason: str = ""
    ) -> KeepSeparate:
        """Record that two participants must be kept apart; once per pair, either direction."""
        self._require(actor, Action.PARTICIPANT_EDIT, "keep_separate")
        now = self.clock()
        why = text(reason, "reason", "The reason", 2000, lines=True)
        if participant_id == other_participant_id:
            raise ValidationError(
                "other_participant_id", "A person cannot be kept separate from themselves."
            )
        with self.store.uow() as uow:
            s = uow.session
            a = load_participant(s, actor, participant_id)
            b = load_participant(s, actor, other_participant_id)
            if s.scalar(select(kept_apart(a.id, b.id))):
                raise ValidationError(
                    "other_participant_id", "These two people are already kept separate."
                )
            w = RecordWriter(s, actor, now)
            row = w.insert(
                KeepSeparateRow,
                participant_id=a.id,
                other_participant_id=b.id,
                reason=why,
                recorded_by=actor.username,
            )
            w.audit("keep_separate.create", "keep_separate", row.id)
            return KeepSeparate(row.id, a.id, b.id, why, actor.username)

    def remove(self, actor: Actor, keep_separate_id: str) -> None:
        """End a keep-separate (the record stays as a tombstone for sync)."""
        self._require(actor, Action.PARTICIPANT_EDIT, "keep_separate")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            row = load_live(s, KeepSeparateRow, keep_separate_id, "keep_separate")
            load_participant(s, actor, row.participant_id)
            load_participant(s, actor, row.other_participant_id)
            w = RecordWriter(s, actor, now)
            w.tombstone(row)
            w.audit("keep_separate.delete", "keep_separate", row.id)

    def list_for(self, actor: Actor, participant_id: str) -> tuple[KeepSeparate, ...]:
        """The participant's keep-separates (with people the actor may see), either direction."""
        ks = KeepSeparateRow
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            rows = s.scalars(
                select(ks)
                .join(
                    ParticipantRow,
                    ParticipantRow.id
                    == case(
                        (ks.participant_id == p.id, ks.other_participant_id),
                        else_=ks.participant_id,
                    ),
                )
                .where(
                    ks.deleted.is_(False),
                    or_(ks.participant_id == p.id, ks.other_participant_id == p.id),
                    ParticipantRow.deleted.is_(False),
                    visible_participants(actor),
                )
                .order_by(ks.created_at, ks.id)
            )
            return tuple(
                KeepSeparate(
                    r.id,
                    p.id,
                    r.other_participant_id if r.participant_id == p.id else r.participant_id,
                    r.reason,
                    r.recorded_by,
                )
                for r in rows
            )
