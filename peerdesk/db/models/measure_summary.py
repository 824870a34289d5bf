"""Summaries the month's measures read instead of counting raw records (migration 0007).

These tables are derived data, kept right by database triggers that migration 0007 creates on
``attendance``, ``contacts``, ``group_sessions``, ``matches``, ``outcomes``, ``referrals``
and ``participants``: every write to those tables,
whichever code makes it (services, merges, retention purge, sync import, raw SQL), updates
them in the same transaction. The application never writes them and they never travel in a
bundle (not synced: no ``origin_site_id``).

Also here: covering indexes on ``matches`` and ``participants`` that the measures read.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.db.models.base import Base
from peerdesk.db.models.match import MatchRow
from peerdesk.db.models.participant import ParticipantRow


class ActivityMonthRow(Base):
    """One participant's attendance and contacts in one calendar month.

    Counts only what the measures count: attendance rows (not deleted) of held sessions (not
    deleted) dated in the month, split present / absent, and held contacts (not deleted) dated
    in the month. A row exists only while one of the counts is above zero. Deleted
    participants keep their rows; the measures leave them out when they read.
    """

    __tablename__ = "activity_months"
    __table_args__ = ({"sqlite_with_rowid": False},)

    #: ``YYYY-MM``: the first seven characters of the ISO date.
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    participant_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    present: Mapped[int] = mapped_column(Integer)
    absent: Mapped[int] = mapped_column(Integer)
    contacts: Mapped[int] = mapped_column(Integer)


class OpenMatchStartRow(Base):
    """A participant with a started match that is not closed, and the earliest such start.

    Only matches that are not deleted count. A participant with no such match has no row.
    """

    __tablename__ = "open_match_starts"
    __table_args__ = (
        Index("ix_open_match_starts_started", "first_started_on"),
        {"sqlite_with_rowid": False},
    )

    participant_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    first_started_on: Mapped[date] = mapped_column(Date)


class CustodyFollowUpRow(Base):
    """A participant with a follow-up that the return-to-custody measure counts.

    A row exists while the participant has an outcome (not deleted) at a checkpoint up to 365
    days that records a return to custody (``returned``), or a 365-day outcome (``followed``).
    ``released_on`` is the participant's actual release date, copied when it changes.
    """

    __tablename__ = "custody_follow_ups"
    __table_args__ = (
        Index("ix_custody_follow_ups_released", "released_on", "returned"),
        {"sqlite_with_rowid": False},
    )

    participant_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    released_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    returned: Mapped[bool] = mapped_column(Boolean)
    followed: Mapped[bool] = mapped_column(Boolean)


class ReferralMonthRow(Base):
    """Referrals (not deleted) made in one calendar month for one service type, and how many
    of them are completed. Referrals of deleted participants count here; the measures take
    those out when they read."""

    __tablename__ = "referral_months"
    __table_args__ = ({"sqlite_with_rowid": False},)

    #: ``YYYY-MM``: the first seven characters of the ISO date.
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    service_type: Mapped[str] = mapped_column(String(30), primary_key=True)
    made: Mapped[int] = mapped_column(Integer)
    completed: Mapped[int] = mapped_column(Integer)


_matches = MatchRow.__table__.c
_participants = ParticipantRow.__table__.c
#: Matches by close date with every column the measures read (open and closed matches).
Index(
    "ix_matches_closed",
    _matches.closed_on,
    _matches.deleted,
    _matches.started_on,
    _matches.participant_id,
    _matches.status,
)
#: A participant's release date by id, without reading the participant's row.
Index("ix_participants_release_by_id", _participants.id, _participants.actual_release_date)
