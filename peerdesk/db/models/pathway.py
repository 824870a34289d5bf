"""Program pathways (phases and milestones), each participant's progress, and goals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class PathwayRow(SyncedMixin, Base):
    __tablename__ = "pathways"

    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")


class PathwayPhaseRow(SyncedMixin, Base):
    __tablename__ = "pathway_phases"

    pathway_id: Mapped[str] = mapped_column(ForeignKey("pathways.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    #: orientation | pre_release | transition | post_release | completion
    kind: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)


class MilestoneRow(SyncedMixin, Base):
    __tablename__ = "pathway_milestones"

    phase_id: Mapped[str] = mapped_column(ForeignKey("pathway_phases.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer)


class ParticipantPhaseRow(SyncedMixin, Base):
    """A participant entered a phase of a pathway on a date."""

    __tablename__ = "participant_phases"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    phase_id: Mapped[str] = mapped_column(ForeignKey("pathway_phases.id"))
    entered_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))


class MilestoneAchievementRow(SyncedMixin, Base):
    __tablename__ = "milestone_achievements"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    milestone_id: Mapped[str] = mapped_column(ForeignKey("pathway_milestones.id"))
    achieved_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))


class GoalRow(SyncedMixin, Base):
    __tablename__ = "goals"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    domain: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[str] = mapped_column(String(20))  # open | in_progress | achieved | dropped
    set_on: Mapped[date] = mapped_column(Date)
    target_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status_on: Mapped[date] = mapped_column(Date)
