"""Impact measures: the period arithmetic and the definitions, as plain Python.

The counting itself happens in SQL (services/measures.py); this module holds what a measure
*means*, so a report and a test can state it the same way. These are performance-monitoring
figures, not evidence of effect.

Definitions (for a period [start, end)):
- enrolled: participants who entered "enrolled" in the period.
- eligible / admitted: participants screened eligible in the period / of those, enrolled by
  the period's end.
- active: participants with a group session attended (present) or a held contact in the period.
- matched: participants with a started match open at any time in the period.
- new matches pre/post release: matches started in the period, split by whether the start was
  before the participant's actual release date (no release date yet counts as pre-release).
- sessions held; attendance rate = present / (present + absent) over held sessions; excused
  absences (lockdown, count, medical, court...) are facility-caused and left out.
- contacts per match per month: held contacts / matched participants' open matches, scaled to a
  30-day month.
- median match length: days from start to close for matches closed in the period.
- completions pre/post release: participants who reached "completed" in the period, split by
  release as above.
- referrals by type: made in the period, and how many of them are completed.
- outcomes by checkpoint: outcome records dated in the period.
- return to custody within one year: of participants released in the 12 months that ended one
  year before the period's end, the share with a return to custody recorded at any checkpoint
  up to 365 days; only those with a 365-day outcome or a recorded return count.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    """A half-open date range [start, end)."""

    start: date
    end: date

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1)
        return cls(start, end)

    @classmethod
    def parse_month(cls, text: str) -> Period:
        """``YYYY-MM`` -> that month; raises ValueError with a plain message."""
        try:
            year_s, month_s = text.strip().split("-")
            year, month = int(year_s), int(month_s)
            if len(year_s) != 4 or not 1 <= month <= 12:
                raise ValueError
        except ValueError:
            raise ValueError(f"'{text}' is not a month like 2026-03.") from None
        return cls.month(year, month)

    def previous(self) -> Period:
        """The period of the same kind just before: the previous month for a month."""
        if self.start.day == 1 and self.end.day == 1:
            prev_start = (self.start - timedelta(days=1)).replace(day=1)
            return Period(prev_start, self.start)
        return Period(self.start - (self.end - self.start), self.start)

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def rate(numerator: int, denominator: int) -> float | None:
    """A share in [0, 1], or None when there is nothing to divide by."""
    return None if denominator == 0 else numerator / denominator


def median_days(lengths: Sequence[int]) -> float | None:
    return float(statistics.median(lengths)) if lengths else None


@dataclass(frozen=True)
class ReferralCount:
    service_type: str
    made: int
    completed: int


@dataclass(frozen=True)
class OutcomeCount:
    checkpoint_days: int
    recorded: int
    stable_housing: int
    employed: int
    returned_to_custody: int


@dataclass(frozen=True)
class Measures:
    period: Period
    enrolled: int
    eligible: int
    admitted: int
    active: int
    matched: int
    new_matches_pre_release: int
    new_matches_post_release: int
    sessions_held: int
    attendance_present: int
    attendance_absent: int
    contacts_held: int
    open_matches: int
    median_match_days: float | None
    completions_pre_release: int
    completions_post_release: int
    referrals: tuple[ReferralCount, ...] = field(default=())
    outcomes: tuple[OutcomeCount, ...] = field(default=())
    custody_cohort: int = 0
    custody_returned: int = 0

    @property
    def attendance_rate(self) -> float | None:
        return rate(self.attendance_present, self.attendance_present + self.attendance_absent)

    @property
    def contacts_per_match_month(self) -> float | None:
        if self.open_matches == 0:
            return None
        return self.contacts_held / self.open_matches * 30 / self.period.days

    @property
    def return_to_custody_rate(self) -> float | None:
        return rate(self.custody_returned, self.custody_cohort)
