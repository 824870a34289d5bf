"""What each report builder is given: plain frozen data, gathered and filtered by services.

Builders never query. Everything here has already passed the role and consent filters of
``services.report_queries``, so a builder prints all it is handed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from peerdesk.domain.measures import Measures, Period, ReferralCount, rate


@dataclass(frozen=True)
class ReportContext:
    """Who made the report, where, when and in which language."""

    site_name: str
    generated_at: datetime
    generated_by: str
    language: str = "en"


# --- monthly -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class MonthlyData:
    context: ReportContext
    current: Measures
    previous: Measures


# --- grant -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ServiceLine:
    """Referrals of one service type in the period."""

    service_type: str
    participants: int
    made: int
    completed: int


@dataclass(frozen=True)
class GrantFigures:
    """Second Chance Act style figures for one reporting period (see i18n grant_definitions)."""

    period: Period
    served: int
    risk_low: int
    risk_moderate: int
    risk_high: int
    eligible: int
    admitted: int
    new_matches_pre_release: int
    new_matches_post_release: int
    services: tuple[ServiceLine, ...]
    mentored: int
    contacts_held: int
    grouped: int
    sessions_held: int
    completed_pre: int
    left_pre: int
    completed_post: int
    left_post: int

    @property
    def risk_medium_high(self) -> int:
        return self.risk_moderate + self.risk_high

    @property
    def risk_not_assessed(self) -> int:
        return self.served - self.risk_low - self.risk_medium_high

    @property
    def risk_medium_high_share(self) -> float | None:
        return rate(self.risk_medium_high, self.served)

    @property
    def admission_rate(self) -> float | None:
        return rate(self.admitted, self.eligible)

    @property
    def completion_rate_pre(self) -> float | None:
        return rate(self.completed_pre, self.completed_pre + self.left_pre)

    @property
    def completion_rate_post(self) -> float | None:
        return rate(self.completed_post, self.completed_post + self.left_post)


@dataclass(frozen=True)
class GrantData:
    context: ReportContext
    figures: GrantFigures


# --- transition packet -------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonFacts:
    doc_number: str
    legal_last_name: str
    legal_first_name: str
    preferred_name: str
    date_of_birth: date
    facility: str
    housing_unit: str
    primary_language: str
    projected_release_date: date | None
    actual_release_date: date | None
    release_county: str
    release_city: str
    status: str
    risk_level: str


@dataclass(frozen=True)
class PhaseLine:
    name: str
    entered_on: date | None
    achieved: int
    total: int


@dataclass(frozen=True)
class PathwayFacts:
    name: str
    phases: tuple[PhaseLine, ...]
    current_phase: str

    @property
    def achieved(self) -> int:
        return sum(p.achieved for p in self.phases)

    @property
    def total(self) -> int:
        return sum(p.total for p in self.phases)


@dataclass(frozen=True)
class GoalLine:
    description: str
    domain: str
    status: str
    set_on: date
    target_on: date | None


@dataclass(frozen=True)
class ReferralLine:
    service_type: str
    organization: str
    contact_name: str
    phone: str
    address: str
    status: str
    made_on: date


@dataclass(frozen=True)
class MentorFacts:
    name: str
    status: str
    proposed_on: date
    started_on: date | None
    cadence_days: int


@dataclass(frozen=True)
class NoteLine:
    written_on: date
    sensitivity: str
    body: str


@dataclass(frozen=True)
class ConsentCopy:
    """The consent a disclosure relies on, printed with it (42 CFR 2.32 asks for a copy)."""

    discloser: str
    recipient_name: str
    information: str
    purpose: str
    signed_on: date
    expires_on: date | None
    expires_event: str
    scope_general: bool
    scope_sud: bool


@dataclass(frozen=True)
class SudSection:
    """Substance-use treatment information (42 CFR Part 2), only when consent names it."""

    goals: tuple[GoalLine, ...] = ()
    referrals: tuple[ReferralLine, ...] = ()
    notes: tuple[NoteLine, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.goals or self.referrals or self.notes)


@dataclass(frozen=True)
class PacketData:
    """A transition packet after the consent filter: ``None``/empty parts are left out."""

    context: ReportContext
    recipient: str
    person: PersonFacts
    consents: tuple[ConsentCopy, ...]
    general: bool
    pathway: PathwayFacts | None = None
    goals: tuple[GoalLine, ...] = ()
    referrals: tuple[ReferralLine, ...] = ()
    mentor: MentorFacts | None = None
    notes: tuple[NoteLine, ...] = ()
    sud: SudSection = field(default_factory=SudSection)


# --- groups ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RosterLine:
    legal_last_name: str
    legal_first_name: str
    preferred_name: str
    doc_number: str
    housing_unit: str


@dataclass(frozen=True)
class SigninData:
    context: ReportContext
    group_name: str
    held_on: date
    start_time: str
    module: str
    location: str
    facilitators: tuple[str, ...]
    roster: tuple[RosterLine, ...]
    cancel_reason: str = ""
    blank_lines: int = 4


@dataclass(frozen=True)
class GroupAttendance:
    group_name: str
    held: int
    cancelled: int
    present: int
    absent: int
    excused: int

    @property
    def attendance_rate(self) -> float | None:
        return rate(self.present, self.present + self.absent)


@dataclass(frozen=True)
class AttendanceData:
    context: ReportContext
    period: Period
    groups: tuple[GroupAttendance, ...]


# --- agreement and certificate -------------------------------------------------------------------
@dataclass(frozen=True)
class AgreementData:
    context: ReportContext
    mentor_name: str
    side: str
    capacity: int
    signed_on: date | None


@dataclass(frozen=True)
class CertificateData:
    context: ReportContext
    person_name: str
    completed_on: date
    #: "participant" or "peer_educator".
    kind: str
    pathway: str = ""
    training_hours: float = 0.0
    courses: int = 0


__all__ = [
    "AgreementData",
    "AttendanceData",
    "CertificateData",
    "ConsentCopy",
    "GoalLine",
    "GrantData",
    "GrantFigures",
    "GroupAttendance",
    "MentorFacts",
    "MonthlyData",
    "NoteLine",
    "PacketData",
    "PathwayFacts",
    "PersonFacts",
    "PhaseLine",
    "ReferralCount",
    "ReferralLine",
    "ReportContext",
    "RosterLine",
    "ServiceLine",
    "SigninData",
    "SudSection",
]
