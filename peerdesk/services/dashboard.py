"""The dashboard's data: the month's figures over several months, and the alerts with names.

Both are read-only views over :mod:`peerdesk.services.measures` (the counting) and
:mod:`peerdesk.services.alerts` (the rules); this module only shapes them for the screen:

- :meth:`DashboardService.months` counts the figures of a run of calendar months in one unit of
  work (one permission check, oldest month first), so the screen can show each figure with the
  month before and a small chart;
- :meth:`DashboardService.alerts` flattens today's alerts into rows carrying the names the
  screen shows (the participant's, or the mentor's for a certification), in the order of
  :class:`~peerdesk.domain.alerts.AlertKind`.

Viewing the dashboard writes no audit entry (like searching the participant list): it shows
counts and names the role already sees; a refused permission is audited by ``require``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import MatchRow, MentorRow, ParticipantRow
from peerdesk.db.store import Store
from peerdesk.domain.alerts import Alert, AlertKind
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.measures import Measures, Period
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.alerts import AlertService
from peerdesk.services.measures import compute

#: Months shown by default: the month picked and the five before it.
DEFAULT_MONTHS = 6
#: The longest run of months one call counts.
MAX_MONTHS = 24
#: Ids per ``IN (...)`` list when names are looked up (well under every database's limit).
_ID_CHUNK = 500

T = TypeVar("T")


class Figure(StrEnum):
    """A figure shown on the dashboard; the value is the :class:`MonthFigures` field."""

    ENROLLED = "enrolled"
    ACTIVE = "active"
    MATCHED = "matched"
    SESSIONS = "sessions"
    ATTENDANCE_RATE = "attendance_rate"
    CONTACTS_PER_MATCH = "contacts_per_match"
    REFERRALS = "referrals"


@dataclass(frozen=True)
class MonthFigures:
    """One month's dashboard figures (definitions in :mod:`peerdesk.domain.measures`).

    ``attendance_rate`` is a share in [0, 1]; it and ``contacts_per_match`` (held contacts per
    open match, scaled to a 30-day month) are ``None`` when there is nothing to divide by.
    """

    period: Period
    enrolled: int
    active: int
    matched: int
    sessions: int
    attendance_rate: float | None
    contacts_per_match: float | None
    referrals: int

    @classmethod
    def of(cls, m: Measures) -> MonthFigures:
        """The dashboard's figures out of the full measures of a month."""
        return cls(
            period=m.period,
            enrolled=m.enrolled,
            active=m.active,
            matched=m.matched,
            sessions=m.sessions_held,
            attendance_rate=m.attendance_rate,
            contacts_per_match=m.contacts_per_match_month,
            referrals=sum(r.made for r in m.referrals),
        )

    def value(self, figure: Figure) -> float | None:
        """The value of ``figure`` this month."""
        result: float | None = getattr(self, figure.value)
        return result


@dataclass(frozen=True)
class AlertRow:
    """An alert with the names to show; ``alert`` says what opening it shows.

    For a participant's alert (no recent contact, release not ready) the names are the
    participant's, and for a match the mentor's name is given too; for an expiring
    certification the names are the mentor's and ``doc_number`` is empty.
    """

    alert: Alert
    last_name: str
    first_name: str
    preferred_name: str = ""
    doc_number: str = ""
    mentor_last_name: str = ""
    mentor_first_name: str = ""

    @property
    def participant_id(self) -> str:
        """The participant to open, or ``""`` when the alert is not about a participant."""
        return self.alert.participant_id or ""


def is_month(period: Period) -> bool:
    """Whether ``period`` is exactly one calendar month."""
    return period.start.day == 1 and Period.month(period.start.year, period.start.month) == period


#: At most this many alerts of each kind on the dashboard, the most urgent first.
ALERTS_PER_KIND = 300


def months_ending(last: Period, count: int) -> tuple[Period, ...]:
    """The ``count`` calendar months that end with ``last``, oldest first."""
    months = [last]
    while len(months) < count:
        months.append(months[-1].previous())
    return tuple(reversed(months))


def _chunks(items: Sequence[T], size: int = _ID_CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _participant_names(s: Session, ids: Iterable[str]) -> dict[str, tuple[str, str, str, str]]:
    wanted = sorted(set(ids))
    names: dict[str, tuple[str, str, str, str]] = {}
    P = ParticipantRow
    for chunk in _chunks(wanted):
        for pid, last, first, preferred, doc in s.execute(
            select(
                P.id, P.legal_last_name, P.legal_first_name, P.preferred_name, P.doc_number
            ).where(P.id.in_(chunk))
        ):
            names[pid] = (last, first, preferred or "", doc)
    return names


def _mentor_names(s: Session, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    wanted = sorted(set(ids))
    names: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(wanted):
        for mid, last, first in s.execute(
            select(MentorRow.id, MentorRow.last_name, MentorRow.first_name).where(
                MentorRow.id.in_(chunk)
            )
        ):
            names[mid] = (last, first)
    return names


def _mentor_of_matches(s: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    mentors: dict[str, str] = {}
    for chunk in _chunks(wanted):
        for match_id, mentor_id in s.execute(
            select(MatchRow.id, MatchRow.mentor_id).where(MatchRow.id.in_(chunk))
        ):
            mentors[match_id] = mentor_id
    return mentors


def _rows(s: Session, alerts: Sequence[Alert]) -> list[AlertRow]:
    people = _participant_names(s, (a.participant_id for a in alerts if a.participant_id))
    match_mentor = _mentor_of_matches(s, (a.record_id for a in alerts if a.record_type == "match"))
    mentor_ids = [a.record_id for a in alerts if a.record_type == "mentor"]
    mentors = _mentor_names(s, [*mentor_ids, *match_mentor.values()])
    rows = []
    for a in alerts:
        if a.participant_id:
            last, first, preferred, doc = people.get(a.participant_id, ("", "", "", ""))
            mentor = mentors.get(match_mentor.get(a.record_id, ""), ("", ""))
            rows.append(AlertRow(a, last, first, preferred, doc, *mentor))
        else:
            last, first = mentors.get(a.record_id, ("", ""))
            rows.append(AlertRow(a, last, first))
    return rows


class DashboardService:
    """What the dashboard shows: figures over months and today's alerts.

    Args:
        store: the open store.
        clock: "now" (today's date decides the alerts).
    """

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def months(
        self, actor: Actor, last: Period, count: int = DEFAULT_MONTHS
    ) -> tuple[MonthFigures, ...]:
        """The figures of the ``count`` months ending with the month ``last``, oldest first.

        Raises:
            ValidationError: ``last`` is not a calendar month, or ``count`` is not 1 to
                :data:`MAX_MONTHS`.
            PermissionDenied: the role may not run reports.
        """
        if not is_month(last):
            raise ValidationError("month", "Pick a calendar month, from its first day.")
        if not 1 <= count <= MAX_MONTHS:
            raise ValidationError("count", f"Show between 1 and {MAX_MONTHS} months.")
        require(self.store, actor, Action.REPORT_RUN, object_type="measures", clock=self.clock)
        with self.store.uow(write=False) as uow:
            return tuple(
                MonthFigures.of(compute(uow.session, p)) for p in months_ending(last, count)
            )

    def alerts(self, actor: Actor) -> tuple[AlertRow, ...]:
        """Today's alerts the actor may see, as rows with names, grouped by kind: the
        :data:`ALERTS_PER_KIND` most urgent of each kind (a list of thousands helps nobody;
        the names of each are read, which costs).

        Raises:
            PermissionDenied: the account is disabled.
        """
        grouped = AlertService(self.store, self.clock).most_urgent(actor, ALERTS_PER_KIND).alerts
        flat = [a for kind in AlertKind for a in grouped.get(kind, [])]
        if not flat:
            return ()
        with self.store.uow(write=False) as uow:
            return tuple(_rows(uow.session, flat))
