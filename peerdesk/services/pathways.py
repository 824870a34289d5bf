"""Program pathways (ordered phases with milestones), each participant's progress, and goals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    GoalRow,
    MilestoneAchievementRow,
    MilestoneRow,
    ParticipantPhaseRow,
    PathwayPhaseRow,
    PathwayRow,
)
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import (
    GOAL_MOVES,
    GoalStatus,
    NeedDomain,
    PhaseDraft,
    PhaseKind,
    check_fact_date,
    check_move,
    choice,
    clean_phases,
    text,
)
from peerdesk.services.actor import Actor
from peerdesk.services.records import RecordWriter, ServiceBase, load_live, load_participant
from peerdesk.services.visibility import hides_treatment


@dataclass(frozen=True)
class Milestone:
    id: str
    name: str
    position: int


@dataclass(frozen=True)
class Phase:
    id: str
    name: str
    kind: PhaseKind
    position: int
    milestones: tuple[Milestone, ...]


@dataclass(frozen=True)
class Pathway:
    id: str
    name: str
    description: str
    phases: tuple[Phase, ...]


@dataclass(frozen=True)
class PhaseProgress:
    phase: Phase
    entered_on: date | None
    #: Milestone id -> date achieved, for the milestones reached.
    achieved: tuple[tuple[str, date], ...]


@dataclass(frozen=True)
class Progress:
    """Where a participant is on their pathway."""

    participant_id: str
    pathway_id: str
    pathway_name: str
    current_phase_id: str
    phases: tuple[PhaseProgress, ...]
    milestones_achieved: int
    milestones_total: int


@dataclass(frozen=True)
class Goal:
    id: str
    participant_id: str
    description: str
    domain: str
    status: GoalStatus
    set_on: date
    target_on: date | None
    status_on: date


def _goal(r: GoalRow) -> Goal:
    return Goal(
        r.id,
        r.participant_id,
        r.description,
        r.domain,
        GoalStatus(r.status),
        r.set_on,
        r.target_on,
        r.status_on,
    )


def _load_pathway(s: Session, pathway_id: str) -> Pathway:
    row = load_live(s, PathwayRow, pathway_id, "pathway")
    phases = list(
        s.scalars(
            select(PathwayPhaseRow)
            .where(PathwayPhaseRow.pathway_id == row.id, PathwayPhaseRow.deleted.is_(False))
            .order_by(PathwayPhaseRow.position)
        )
    )
    milestones: dict[str, list[Milestone]] = {ph.id: [] for ph in phases}
    for m in s.scalars(
        select(MilestoneRow)
        .where(MilestoneRow.phase_id.in_(list(milestones)), MilestoneRow.deleted.is_(False))
        .order_by(MilestoneRow.position)
    ):
        milestones[m.phase_id].append(Milestone(m.id, m.name, m.position))
    return Pathway(
        row.id,
        row.name,
        row.description,
        tuple(
            Phase(ph.id, ph.name, PhaseKind(ph.kind), ph.position, tuple(milestones[ph.id]))
            for ph in phases
        ),
    )


class PathwayService(ServiceBase):
    """Pathway definitions (PATHWAY_MANAGE) and participant progress (PARTICIPANT_EDIT)."""

    def define(
        self, actor: Actor, name: str, phases: Sequence[PhaseDraft], *, description: str = ""
    ) -> Pathway:
        """Define a pathway: phases in order (orientation ... completion), each with milestones."""
        self._require(actor, Action.PATHWAY_MANAGE, "pathway")
        now = self.clock()
        title = text(name, "name", "The pathway name", 120, required=True)
        about = text(description, "description", "The description", 4000, lines=True)
        clean = clean_phases(phases)
        with self.store.uow() as uow:
            s = uow.session
            if s.scalars(
                select(PathwayRow.id).where(
                    func.lower(PathwayRow.name) == title.lower(), PathwayRow.deleted.is_(False)
                )
            ).first():
                raise ValidationError("name", "A pathway with this name already exists.")
            w = RecordWriter(s, actor, now)
            row = w.insert(PathwayRow, name=title, description=about)
            for position, (phase_name, kind, milestones) in enumerate(clean, start=1):
                ph = w.insert(
                    PathwayPhaseRow,
                    pathway_id=row.id,
                    name=phase_name,
                    kind=kind.value,
                    position=position,
                )
                for i, m in enumerate(milestones, start=1):
                    w.insert(MilestoneRow, phase_id=ph.id, name=m, position=i)
            w.audit("pathway.create", "pathway", row.id)
            return _load_pathway(s, row.id)

    def get(self, actor: Actor, pathway_id: str) -> Pathway:
        self._require(actor, Action.SITE_VIEW, "pathway")
        with self.store.uow(write=False) as uow:
            return _load_pathway(uow.session, pathway_id)

    def pathways(self, actor: Actor) -> tuple[Pathway, ...]:
        """Every pathway defined, by name."""
        self._require(actor, Action.SITE_VIEW, "pathway")
        with self.store.uow(write=False) as uow:
            s = uow.session
            ids = s.scalars(
                select(PathwayRow.id)
                .where(PathwayRow.deleted.is_(False))
                .order_by(func.lower(PathwayRow.name), PathwayRow.id)
            )
            return tuple(_load_pathway(s, i) for i in list(ids))

    # --- progress ------------------------------------------------------------------------------
    def enter_phase(
        self, actor: Actor, participant_id: str, phase_id: str, *, entered_on: date
    ) -> None:
        """Record that the participant entered a phase: later in the same pathway, never back."""
        self._require(actor, Action.PARTICIPANT_EDIT, "participant_phase")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            check_fact_date(entered_on, now.date(), "entered_on", "The date", p.date_of_birth)
            phase = s.scalars(
                select(PathwayPhaseRow)
                .join(PathwayRow, PathwayRow.id == PathwayPhaseRow.pathway_id)
                .where(
                    PathwayPhaseRow.id == phase_id,
                    PathwayPhaseRow.deleted.is_(False),
                    PathwayRow.deleted.is_(False),
                )
            ).first()
            if phase is None:
                raise NotFound("phase", phase_id)
            current = s.execute(
                select(ParticipantPhaseRow.entered_on, PathwayPhaseRow)
                .join(PathwayPhaseRow, PathwayPhaseRow.id == ParticipantPhaseRow.phase_id)
                .where(
                    ParticipantPhaseRow.participant_id == p.id,
                    ParticipantPhaseRow.deleted.is_(False),
                )
                .order_by(ParticipantPhaseRow.entered_on.desc(), PathwayPhaseRow.position.desc())
                .limit(1)
            ).first()
            if current is not None:
                since, at = current
                if at.pathway_id != phase.pathway_id:
                    raise ValidationError("phase_id", "This participant follows another pathway.")
                if phase.position <= at.position:
                    raise ValidationError(
                        "phase_id", "Phases go forward only: this one is not after the current one."
                    )
                if entered_on < since:
                    raise ValidationError(
                        "entered_on",
                        "The date is before the participant entered the current phase.",
                    )
            w = RecordWriter(s, actor, now)
            row = w.insert(
                ParticipantPhaseRow,
                participant_id=p.id,
                phase_id=phase.id,
                entered_on=entered_on,
                recorded_by=actor.username,
            )
            w.audit("pathway.enter_phase", "participant_phase", row.id)

    def achieve_milestone(
        self, actor: Actor, participant_id: str, milestone_id: str, *, achieved_on: date
    ) -> None:
        """Record a milestone reached (once), on or after the day its phase was entered."""
        self._require(actor, Action.PARTICIPANT_EDIT, "milestone_achievement")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            check_fact_date(achieved_on, now.date(), "achieved_on", "The date", p.date_of_birth)
            milestone = load_live(s, MilestoneRow, milestone_id, "milestone")
            entered = s.scalar(
                select(func.min(ParticipantPhaseRow.entered_on)).where(
                    ParticipantPhaseRow.participant_id == p.id,
                    ParticipantPhaseRow.phase_id == milestone.phase_id,
                    ParticipantPhaseRow.deleted.is_(False),
                )
            )
            if entered is None:
                raise ValidationError(
                    "milestone_id", "The participant has not entered this milestone's phase."
                )
            if s.scalars(
                select(MilestoneAchievementRow.id).where(
                    MilestoneAchievementRow.participant_id == p.id,
                    MilestoneAchievementRow.milestone_id == milestone.id,
                    MilestoneAchievementRow.deleted.is_(False),
                )
            ).first():
                raise ValidationError("milestone_id", "This milestone is already recorded.")
            if achieved_on < entered:
                raise ValidationError(
                    "achieved_on", "The date is before the participant entered this phase."
                )
            w = RecordWriter(s, actor, now)
            row = w.insert(
                MilestoneAchievementRow,
                participant_id=p.id,
                milestone_id=milestone.id,
                achieved_on=achieved_on,
                recorded_by=actor.username,
            )
            w.audit("pathway.milestone", "milestone_achievement", row.id)

    def progress(self, actor: Actor, participant_id: str) -> Progress | None:
        """The participant's pathway, phases entered and milestones reached; None if not started."""
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            entries = s.execute(
                select(
                    ParticipantPhaseRow.phase_id,
                    ParticipantPhaseRow.entered_on,
                    PathwayPhaseRow.pathway_id,
                )
                .join(PathwayPhaseRow, PathwayPhaseRow.id == ParticipantPhaseRow.phase_id)
                .where(
                    ParticipantPhaseRow.participant_id == p.id,
                    ParticipantPhaseRow.deleted.is_(False),
                )
                .order_by(ParticipantPhaseRow.entered_on, PathwayPhaseRow.position)
            ).all()
            if not entries:
                return None
            current_phase, _, pathway_id = entries[-1]
            pathway = _load_pathway(s, pathway_id)
            entered = {ph: on for ph, on, _ in entries}
            achieved: dict[str, date] = {
                m: on
                for m, on in s.execute(
                    select(
                        MilestoneAchievementRow.milestone_id, MilestoneAchievementRow.achieved_on
                    ).where(
                        MilestoneAchievementRow.participant_id == p.id,
                        MilestoneAchievementRow.deleted.is_(False),
                    )
                )
            }
            phases = tuple(
                PhaseProgress(
                    ph,
                    entered.get(ph.id),
                    tuple((m.id, achieved[m.id]) for m in ph.milestones if m.id in achieved),
                )
                for ph in pathway.phases
            )
            return Progress(
                p.id,
                pathway.id,
                pathway.name,
                current_phase,
                phases,
                sum(len(ph.achieved) for ph in phases),
                sum(len(ph.phase.milestones) for ph in phases),
            )


class GoalService(ServiceBase):
    """A participant's goals (PARTICIPANT_EDIT): open -> in_progress -> achieved | dropped."""

    def set_goal(
        self,
        actor: Actor,
        participant_id: str,
        description: str,
        *,
        set_on: date,
        domain: str = "",
        target_on: date | None = None,
    ) -> Goal:
        """Set a new goal (status open), optionally in a needs domain and with a target date."""
        self._require(actor, Action.PARTICIPANT_EDIT, "goal")
        now = self.clock()
        what = text(description, "description", "The goal", 1000, required=True, lines=True)
        area = choice(NeedDomain, domain, "domain", "The domain").value if domain else ""
        with self.store.uow() as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            check_fact_date(set_on, now.date(), "set_on", "The date", p.date_of_birth)
            if target_on is not None and target_on < set_on:
                raise ValidationError("target_on", "The target date is before the goal was set.")
            w = RecordWriter(s, actor, now)
            row = w.insert(
                GoalRow,
                participant_id=p.id,
                description=what,
                domain=area,
                status=GoalStatus.OPEN.value,
                set_on=set_on,
                target_on=target_on,
                status_on=set_on,
            )
            w.audit("goal.create", "goal", row.id)
            return _goal(row)

    def move_goal(self, actor: Actor, goal_id: str, status: str, *, on: date) -> Goal:
        """Change a goal's status on ``on`` (allowed moves only; dates never go back)."""
        self._require(actor, Action.PARTICIPANT_EDIT, "goal")
        now = self.clock()
        new = choice(GoalStatus, status, "status", "The goal status")
        with self.store.uow() as uow:
            s = uow.session
            row = load_live(s, GoalRow, goal_id, "goal")
            load_participant(s, actor, row.participant_id)
            check_move(GOAL_MOVES, GoalStatus(row.status), new, "status", "goal")
            check_fact_date(on, now.date(), "status_on", "The date")
            if on < row.status_on:
                raise ValidationError("status_on", "The date is before the goal's last change.")
            w = RecordWriter(s, actor, now)
            w.update(row, status=new.value, status_on=on)
            w.audit("goal.status", "goal", row.id)
            return _goal(row)

    def goals(self, actor: Actor, participant_id: str) -> tuple[Goal, ...]:
        """A participant's goals, oldest first."""
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            rows = s.scalars(
                select(GoalRow)
                .where(GoalRow.participant_id == p.id, GoalRow.deleted.is_(False))
                .where(
                    *(
                        [GoalRow.domain != NeedDomain.SUBSTANCE_USE.value]
                        if hides_treatment(actor)
                        else []
                    )
                )
                .order_by(GoalRow.set_on, GoalRow.stamp)
            )
            return tuple(_goal(r) for r in rows)
