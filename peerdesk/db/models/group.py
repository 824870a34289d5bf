"""Groups, their facilitators and members, group sessions and attendance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.synced import SyncedMixin


class GroupRow(SyncedMixin, Base):
    __tablename__ = "groups"

    name: Mapped[str] = mapped_column(String(120))
    curriculum: Mapped[str] = mapped_column(String(120), default="")
    location: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(default=True)


class GroupFacilitatorRow(SyncedMixin, Base):
    __tablename__ = "group_facilitators"

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id"), index=True)


class GroupMemberRow(SyncedMixin, Base):
    __tablename__ = "group_members"

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class GroupSessionRow(SyncedMixin, Base):
    __tablename__ = "group_sessions"
    __table_args__ = (
        Index("ix_group_sessions_group_on", "group_id", "held_on"),
        # Covering index for the measures (migration 0006).
        Index("ix_group_sessions_measure", "held_on", "status", "deleted", "id"),
    )

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"))
    module: Mapped[str] = mapped_column(String(120), default="")
    held_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # HH:MM, facility time
    duration_minutes: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(20))  # held | cancelled
    cancel_reason: Mapped[str] = mapped_column(String(30), default="")
    recorded_by: Mapped[str] = mapped_column(String(64))


class SessionFacilitatorRow(SyncedMixin, Base):
    __tablename__ = "session_facilitators"

    session_id: Mapped[str] = mapped_column(ForeignKey("group_sessions.id"), index=True)
    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentors.id"), index=True)


class AttendanceRow(SyncedMixin, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        # Covering index for the measures (migration 0006).
        Index("ix_attendance_measure", "session_id", "status", "deleted", "participant_id"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("group_sessions.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # present | absent | excused
    #: Facility reason for an absence: lockdown | count | medical | court | visit | work | other.
    reason_code: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")
