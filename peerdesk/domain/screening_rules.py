"""Rules of targeted selection and of the program records that follow it (no database here).

Screening criteria and decisions, needs domains and levels, partner service types and the
referral status table, pathway phase kinds and goal statuses, incentive kinds and amounts, and
the outcome checkpoints with their value sets. A date a user records as a fact is checked by
``check_fact_date``: not in the future, and not before the person was born.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from peerdesk.domain.errors import ValidationError

E = TypeVar("E", bound=StrEnum)


# --- shared checks ---------------------------------------------------------------------------
def choice(kind: type[E], value: str, field: str, label: str) -> E:
    """``value`` as a member of ``kind``, or a ``ValidationError`` listing the choices."""
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(m.value for m in kind)
        raise ValidationError(field, f"{label} '{value}' is not one of: {options}.") from None


def text(
    value: str, field: str, label: str, max_len: int, *, required: bool = False, lines: bool = False
) -> str:
    """Text a user typed: tidied, bounded, free of control characters (``lines`` keeps breaks)."""
    norm = unicodedata.normalize("NFC", value)
    if lines:
        cleaned = "\n".join(" ".join(line.split()) for line in norm.strip().splitlines())
    else:
        cleaned = " ".join(norm.split())
    if required and not cleaned:
        raise ValidationError(field, f"{label} is required.")
    if len(cleaned) > max_len:
        raise ValidationError(field, f"{label} is too long (at most {max_len} characters).")
    if any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in cleaned):
        raise ValidationError(field, f"{label} contains control characters.")
    return cleaned


def check_fact_date(
    when: date, today: date, field: str, label: str, born: date | None = None
) -> date:
    """A date something happened: not after ``today`` and not before ``born`` (when known)."""
    if when > today:
        raise ValidationError(field, f"{label} cannot be in the future.")
    if born is not None and when < born:
        raise ValidationError(field, f"{label} is before the person's date of birth.")
    return when


def check_move(moves: Mapping[E, frozenset[E]], current: E, new: E, field: str, label: str) -> None:
    """Refuse ``current -> new`` unless the table ``moves`` allows it."""
    allowed = moves[current]
    if new not in allowed:
        if not allowed:
            raise ValidationError(field, f"A {current.value} {label} cannot change any more.")
        options = ", ".join(sorted(s.value for s in allowed))
        raise ValidationError(field, f"A {current.value} {label} can only become: {options}.")


# --- screening ---------------------------------------------------------------------------------
class Criterion(StrEnum):
    """The questions of the eligibility screening."""

    INTEREST_CONFIRMED = "interest_confirmed"
    TIME_REMAINING_MONTHS_OK = "time_remaining_months_ok"
    NO_DISQUALIFYING_INCIDENT = "no_disqualifying_incident"
    AGREES_TO_EXPECTATIONS = "agrees_to_expectations"


class ScreeningDecision(StrEnum):
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    DEFERRED = "deferred"


MAX_ANSWER = 200
_CRITERIA = frozenset(c.value for c in Criterion)


def check_screening(
    criteria: Mapping[str, str], decision: str, reason: str
) -> tuple[dict[str, str], ScreeningDecision, str]:
    """Clean a screening: known criteria only, and a decision the answers support.

    An answer is "yes", "no" or a short note. "Eligible" needs every criterion answered and
    none answered "no"; "ineligible" and "deferred" need a reason.
    """
    answers: dict[str, str] = {}
    for key, value in criteria.items():
        if key not in _CRITERIA:
            raise ValidationError("criteria", f"'{key}' is not a screening question.")
        answer = text(value, "criteria", "An answer", MAX_ANSWER, required=True)
        answers[key] = answer.lower() if answer.lower() in ("yes", "no") else answer
    chosen = choice(ScreeningDecision, decision, "decision", "The decision")
    why = text(reason, "reason", "The reason", 2000, lines=True)
    if chosen is ScreeningDecision.ELIGIBLE:
        if any(c.value not in answers for c in Criterion):
            raise ValidationError("criteria", "Answer every question before deciding eligible.")
        if "no" in answers.values():
            raise ValidationError(
                "decision", "A question was answered no, so the person cannot be eligible."
            )
    elif not why:
        raise ValidationError("reason", f"Give the reason for the {chosen.value} decision.")
    return {c.value: answers[c.value] for c in Criterion if c.value in answers}, chosen, why


# --- needs -------------------------------------------------------------------------------------
class NeedDomain(StrEnum):
    HOUSING = "housing"
    HEALTHCARE = "healthcare"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    EMPLOYMENT = "employment"
    EDUCATION = "education"
    ID_DOCUMENTS = "id_documents"
    TRANSPORTATION = "transportation"
    FAMILY = "family"


#: 0 no need, 1 low, 2 moderate, 3 high.
MAX_LEVEL = 3


def check_levels(levels: Mapping[str, int]) -> dict[NeedDomain, int]:
    """A full assessment: a level 0-3 for each of the nine domains, nothing else."""
    out: dict[NeedDomain, int] = {}
    for key, level in levels.items():
        domain = choice(NeedDomain, key, "levels", "The need domain")
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= MAX_LEVEL:
            raise ValidationError("levels", f"The level for {key} must be 0, 1, 2 or 3.")
        out[domain] = level
    missing = [d.value for d in NeedDomain if d not in out]
    if missing:
        raise ValidationError(
            "levels", f"Give a level for every domain; missing: {', '.join(missing)}."
        )
    return {d: out[d] for d in NeedDomain}


# --- partners and referrals ---------------------------------------------------------------------
class ServiceType(StrEnum):
    HOUSING = "housing"
    HEALTHCARE = "healthcare"
    SUBSTANCE_USE_TREATMENT = "substance_use_treatment"
    EMPLOYMENT = "employment"
    EDUCATION = "education"
    ID_DOCUMENTS = "id_documents"
    LEGAL = "legal"
    BENEFITS = "benefits"
    MENTAL_HEALTH = "mental_health"
    TRANSPORTATION = "transportation"
    FAMILY = "family"


def check_service_types(values: Iterable[str]) -> tuple[ServiceType, ...]:
    """At least one known service type; duplicates dropped, in the fixed order."""
    chosen = {choice(ServiceType, v.strip(), "service_types", "The service type") for v in values}
    if not chosen:
        raise ValidationError("service_types", "Choose at least one service the partner offers.")
    return tuple(t for t in ServiceType if t in chosen)


def split_service_types(stored: str) -> tuple[str, ...]:
    return tuple(t for t in stored.split(",") if t)


class ReferralStatus(StrEnum):
    MADE = "made"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"


_R = ReferralStatus
REFERRAL_MOVES: Mapping[ReferralStatus, frozenset[ReferralStatus]] = {
    _R.MADE: frozenset({_R.ACCEPTED, _R.DECLINED}),
    _R.ACCEPTED: frozenset({_R.COMPLETED, _R.DECLINED}),
    _R.COMPLETED: frozenset(),
    _R.DECLINED: frozenset(),
}


# --- pathways and goals ---------------------------------------------------------------------------
class PhaseKind(StrEnum):
    """Kinds of pathway phase, in the order a participant goes through them."""

    ORIENTATION = "orientation"
    PRE_RELEASE = "pre_release"
    TRANSITION = "transition"
    POST_RELEASE = "post_release"
    COMPLETION = "completion"


PHASE_ORDER: Mapping[PhaseKind, int] = {k: i for i, k in enumerate(PhaseKind)}


MAX_MILESTONES = 50


@dataclass(frozen=True)
class PhaseDraft:
    """One phase as typed on the pathway form, with its milestones in order."""

    name: str
    kind: str
    milestones: tuple[str, ...] = ()


def clean_phases(phases: Sequence[PhaseDraft]) -> list[tuple[str, PhaseKind, list[str]]]:
    """(name, kind, milestone names) per phase: named, in kind order, no name twice."""
    out: list[tuple[str, PhaseKind, list[str]]] = []
    for ph in phases:
        name = text(ph.name, "phases", "A phase name", 120, required=True)
        kind = choice(PhaseKind, ph.kind, "phases", "The phase kind")
        names = [text(m, "milestones", "A milestone", 120, required=True) for m in ph.milestones]
        if len(names) > MAX_MILESTONES:
            raise ValidationError("milestones", f"A phase has at most {MAX_MILESTONES} milestones.")
        check_unique(names, "milestones", "The milestone")
        out.append((name, kind, names))
    check_phase_kinds(k for _, k, _ in out)
    check_unique((n for n, _, _ in out), "phases", "The phase")
    return out


def check_phase_kinds(kinds: Iterable[PhaseKind]) -> None:
    """Phases of one pathway follow the kind order (several phases may share a kind)."""
    ranks = [PHASE_ORDER[k] for k in kinds]
    if not ranks:
        raise ValidationError("phases", "A pathway needs at least one phase.")
    if ranks != sorted(ranks):
        order = ", ".join(k.value for k in PhaseKind)
        raise ValidationError("phases", f"Phases must follow the order: {order}.")


def check_unique(names: Iterable[str], field: str, label: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise ValidationError(field, f"{label} '{name}' appears twice.")
        seen.add(name.casefold())


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


_G = GoalStatus
GOAL_MOVES: Mapping[GoalStatus, frozenset[GoalStatus]] = {
    _G.OPEN: frozenset({_G.IN_PROGRESS, _G.DROPPED}),
    _G.IN_PROGRESS: frozenset({_G.ACHIEVED, _G.DROPPED}),
    _G.ACHIEVED: frozenset(),
    _G.DROPPED: frozenset(),
}


# --- incentives ---------------------------------------------------------------------------------
class IncentiveKind(StrEnum):
    CERTIFICATE = "certificate"
    COMMISSARY_CREDIT = "commissary_credit"
    PRIVILEGE = "privilege"
    RECOGNITION = "recognition"


#: The largest commissary credit one award may carry ($1,000): larger is surely a typing slip.
MAX_AMOUNT_CENTS = 100_000


def check_amount(kind: IncentiveKind, amount_cents: int | None) -> int | None:
    """An amount in cents for a commissary credit (required, positive); none for other kinds."""
    if kind is not IncentiveKind.COMMISSARY_CREDIT:
        if amount_cents is not None:
            raise ValidationError("amount_cents", "Only a commissary credit has an amount.")
        return None
    if amount_cents is None or isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise ValidationError("amount_cents", "Give the amount of the commissary credit.")
    if not 0 < amount_cents <= MAX_AMOUNT_CENTS:
        raise ValidationError(
            "amount_cents",
            f"The amount must be more than 0 and at most {MAX_AMOUNT_CENTS // 100} dollars.",
        )
    return amount_cents


# --- outcomes -----------------------------------------------------------------------------------
#: Days after the actual release: 0 is the outcome at release.
CHECKPOINTS: tuple[int, ...] = (0, 30, 90, 180, 365)


class HousingOutcome(StrEnum):
    STABLE = "stable"
    UNSTABLE = "unstable"
    HOMELESS = "homeless"
    UNKNOWN = "unknown"


class EmploymentOutcome(StrEnum):
    EMPLOYED = "employed"
    UNEMPLOYED = "unemployed"
    UNKNOWN = "unknown"


def checkpoint_date(released_on: date | None, days: int, recorded_on: date) -> date:
    """The date a checkpoint falls due; refuses unknown checkpoints, no release, early records."""
    if isinstance(days, bool) or days not in CHECKPOINTS:
        options = ", ".join(str(d) for d in CHECKPOINTS)
        raise ValidationError("checkpoint_days", f"The checkpoint must be one of: {options} days.")
    if released_on is None:
        raise ValidationError(
            "checkpoint_days", "Record the actual release date before recording outcomes."
        )
    due = released_on + timedelta(days=days)
    if recorded_on < due:
        raise ValidationError(
            "recorded_on",
            f"This checkpoint falls due on {due.isoformat()}; it cannot be recorded before.",
        )
    return due


#: Yes / no / unknown (None) answers of an outcome; "after release" events cannot be at release.
OUTCOME_FLAGS = ("in_treatment", "rearrested", "returned_to_custody", "completed_program")
_AFTER_RELEASE = ("rearrested", "returned_to_custody")


def check_outcome(
    days: int, housing: str, employment: str, flags: Mapping[str, bool | None]
) -> tuple[HousingOutcome, EmploymentOutcome]:
    """The outcome's value sets: housing and employment choices, yes/no/unknown flags."""
    home = choice(HousingOutcome, housing, "housing", "The housing outcome")
    work = choice(EmploymentOutcome, employment, "employment", "The employment outcome")
    for name in OUTCOME_FLAGS:
        value = flags.get(name)
        if value is not None and not isinstance(value, bool):
            raise ValidationError(name, "Answer yes, no, or leave it unknown.")
        if days == 0 and value and name in _AFTER_RELEASE:
            raise ValidationError(name, "At release this has not happened yet; leave it unknown.")
    return home, work
