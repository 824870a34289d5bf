"""The dashboard's data: the month's figures over several months, and the alerts with names.

Both are read-only views over :mod:`peerdesk.services.measures` (the counting) and
:mod:`peerdesk.services.alerts` (the rules); this module only shapes them for the screen:

- :meth:`DashboardService.months` counts the figures of a run of calendar months in one unit of
  work (one permission check, oldest month first), so the screen can show each figure with the
  month before and a small chart;
- :meth:`DashboardService.alerts` flattens the most urgent of today's alerts into rows carrying
  the names the screen shows (the participant's, or the mentor's for a certification), in the
  order of :class:`~peerdesk.domain.alerts.AlertKind`, with how many there are of each kind
  (the names come from the alert queries themselves, joined to the listed rows only).

Viewing the dashboard writes no audit entry (like searching the participant list): it shows
counts and names the role already sees; a refused permission is audited by ``require``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from peerdesk.clock import Clock, utcnow
from peerdesk.db.store import Store
from peerdesk.domain.alerts import Alert, AlertKind
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.measures import Measures, Period
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.alerts import AlertPeople, AlertService
from peerdesk.services.measures import compute

#: Months shown by default: the month picked and the five before it.
DEFAULT_MONTHS = 6
#: The longest run of months one call counts.
MAX_MONTHS = 24


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


@dataclass(frozen=True, kw_only=True)
class AlertRow(AlertPeople):
    """An alert with the names to show (see ``AlertPeople``); ``alert`` says what opening it
    shows."""

    alert: Alert

    @property
    def participant_id(self) -> str:
        """The participant to open, or ``""`` when the alert is not about a participant."""
        return self.alert.participant_id or ""


def is_month(period: Period) -> bool:
    """Whether ``period`` is exactly one calendar month."""
    return period.start.day == 1 and Period.month(period.start.year, period.start.month) == period


#: At first, at most this many alerts of each kind on the dashboard, the most urgent first.
ALERTS_PER_KIND = 300
#: The most alerts of one kind a single call lists, however many are asked for.
MAX_ALERTS_PER_KIND = 3000


@dataclass(frozen=True)
class DashboardAlerts:
    """The alerts listed (grouped by kind, in :class:`AlertKind` order, most urgent first in
    each kind) and how many there are of each kind in all.

    A kind the actor may not see, or that was not asked for, is absent from ``totals``.
    """

    rows: tuple[AlertRow, ...]
    totals: dict[AlertKind, int]

    def listed(self, kind: AlertKind) -> int:
        """How many alerts of ``kind`` are in ``rows``."""
        return sum(1 for r in self.rows if r.alert.kind is kind)

    def more(self, kind: AlertKind) -> int:
        """How many alerts of ``kind`` there are beyond those listed."""
        return max(0, self.totals.get(kind, 0) - self.listed(kind))


def months_ending(last: Period, count: int) -> tuple[Period, ...]:
    """The ``count`` calendar months that end with ``last``, oldest first."""
    months = [last]
    while len(months) < count:
        months.append(months[-1].previous())
    return tuple(reversed(months))


def _row(alert: Alert, people: Mapping[str, AlertPeople]) -> AlertRow:
    who = people.get(alert.record_id, _NOBODY)
    return AlertRow(**dataclasses.asdict(who), alert=alert)


_NOBODY = AlertPeople("", "")


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

    def alerts(
        self,
        actor: Actor,
        limits: Mapping[AlertKind, int] | None = None,
        kinds: Collection[AlertKind] | None = None,
    ) -> DashboardAlerts:
        """Today's alerts the actor may see, as rows with names, grouped by kind: the most
        urgent of each kind (a list of thousands helps nobody), and how many there are of each.

        Args:
            actor: who asks.
            limits: how many of a kind to list (default :data:`ALERTS_PER_KIND`; each is kept
                between 1 and :data:`MAX_ALERTS_PER_KIND`).
            kinds: read only these kinds (default: every kind the actor may see).

        Raises:
            PermissionDenied: the account is disabled.
        """
        wanted = {
            kind: min(max(1, (limits or {}).get(kind, ALERTS_PER_KIND)), MAX_ALERTS_PER_KIND)
            for kind in AlertKind
        }
        found = AlertService(self.store, self.clock).most_urgent(
            actor, ALERTS_PER_KIND, dict(wanted), kinds
        )
        rows = tuple(
            _row(a, found.people) for kind in AlertKind for a in found.alerts.get(kind, [])
        )
        return DashboardAlerts(rows, dict(found.totals))
