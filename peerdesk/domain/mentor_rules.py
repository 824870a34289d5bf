"""Mentor rules: who a mentor is, their selection, statuses and what each status needs.

A mentor (peer educator) is selected in four steps (application, interview, reference check,
background check). A coordinator then approves or declines, saying why. Only an approved
mentor goes into training; only an approved mentor with a signed roles-and-expectations
agreement becomes active. A declined applicant leaves as "exited"; someone who applies again
gets a new mentor record and a new selection.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from peerdesk.domain.errors import ValidationError


class PersonKind(StrEnum):
    """Who the mentor is. A participant (current or former) is linked to their record."""

    PARTICIPANT = "participant"
    STAFF = "staff"
    VOLUNTEER = "volunteer"


class MentorSide(StrEnum):
    """Where the mentor works: inside the facility or in the community after release."""

    FACILITY = "facility"
    COMMUNITY = "community"


class MentorStatus(StrEnum):
    APPLICANT = "applicant"
    IN_TRAINING = "in_training"
    ACTIVE = "active"
    INACTIVE = "inactive"
    EXITED = "exited"


class SelectionStep(StrEnum):
    APPLICATION = "application"
    INTERVIEW = "interview"
    REFERENCE = "reference"
    BACKGROUND = "background"


class StepResult(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    PENDING = "pending"


class Decision(StrEnum):
    NONE = ""
    APPROVED = "approved"
    DECLINED = "declined"


class Gender(StrEnum):
    """A mentor's gender as matching compares it with a participant's preference."""

    NOT_RECORDED = ""
    FEMALE = "female"
    MALE = "male"
    NONBINARY = "nonbinary"


_M = MentorStatus
#: Exited is final: a person who comes back applies again as a new mentor record.
TRANSITIONS: dict[MentorStatus, frozenset[MentorStatus]] = {
    _M.APPLICANT: frozenset({_M.IN_TRAINING, _M.ACTIVE, _M.EXITED}),
    _M.IN_TRAINING: frozenset({_M.ACTIVE, _M.INACTIVE, _M.EXITED}),
    _M.ACTIVE: frozenset({_M.INACTIVE, _M.EXITED}),
    _M.INACTIVE: frozenset({_M.ACTIVE, _M.IN_TRAINING, _M.EXITED}),
    _M.EXITED: frozenset(),
}

_LABELS = {
    _M.APPLICANT: "an applicant",
    _M.IN_TRAINING: "in training",
    _M.ACTIVE: "active",
    _M.INACTIVE: "inactive",
    _M.EXITED: "exited",
}

#: Most mentees one mentor can have at once, whatever their own capacity says.
MAX_CAPACITY = 20


@dataclass(frozen=True)
class MentorProfile:
    """What a person types on the mentor form (for a participant, copied from their record)."""

    last_name: str
    first_name: str
    side: MentorSide
    date_of_birth: date | None = None
    gender: Gender = Gender.NOT_RECORDED
    languages: tuple[str, ...] = ()
    county: str = ""
    lived_experience: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    capacity: int = 3
    agreement_signed_on: date | None = None


@dataclass(frozen=True)
class StepOutcome:
    """One recorded selection step (a step may be recorded several times; the last counts)."""

    step: SelectionStep
    result: StepResult
    completed_on: date


@dataclass(frozen=True)
class MentorState:
    """What the status rules need to know about a mentor."""

    status: MentorStatus
    status_date: date
    decision: Decision
    decision_on: date | None
    agreement_signed_on: date | None


E = TypeVar("E", bound=StrEnum)


def choice(kind: type[E], value: str, field: str, label: str) -> E:
    """``value`` as a member of ``kind``, or ``ValidationError`` listing the choices."""
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(m.value for m in kind if m.value)
        raise ValidationError(field, f"{label} must be one of: {options}.") from None


def text(value: str, field: str, label: str, max_len: int, required: bool = False) -> str:
    """``value`` with spaces tidied; raises for empty (if required), too long, control chars."""
    cleaned = " ".join(unicodedata.normalize("NFC", value).split())
    if required and not cleaned:
        raise ValidationError(field, f"{label} is required.")
    if len(cleaned) > max_len:
        raise ValidationError(field, f"{label} is too long (at most {max_len} characters).")
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise ValidationError(field, f"{label} contains control characters.")
    return cleaned


def long_text(value: str, field: str, label: str, max_len: int = 4000) -> str:
    """Free text such as a note: line breaks kept, ends trimmed, length and characters checked."""
    cleaned = unicodedata.normalize("NFC", value).strip()
    if len(cleaned) > max_len:
        raise ValidationError(field, f"{label} is too long (at most {max_len} characters).")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in cleaned):
        raise ValidationError(field, f"{label} contains control characters.")
    return cleaned


def tags(values: Iterable[str], field: str, label: str, *, lower: bool = True) -> tuple[str, ...]:
    """A tidy list of short tags (no commas, no repeats, at most 20 of 40 characters each)."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in values:
        for part in raw.split(","):
            tag = text(part, field, label, 40)
            if lower:
                tag = tag.casefold()
            if tag and tag.casefold() not in seen:
                seen.add(tag.casefold())
                out.append(tag)
    if len(out) > 20:
        raise ValidationError(field, f"At most 20 entries for {label.lower()}.")
    return tuple(out)


def split_tags(stored: str) -> tuple[str, ...]:
    """Comma-separated stored text back to a tuple (empty entries dropped)."""
    return tuple(t.strip() for t in stored.split(",") if t.strip())


def not_future(when: date, today: date, field: str, label: str = "The date") -> None:
    if when > today:
        raise ValidationError(field, f"{label} cannot be in the future.")


def clean_mentor_profile(p: MentorProfile, today: date) -> MentorProfile:
    """Return the profile tidied, or raise ``ValidationError`` naming the field."""
    last = text(p.last_name, "last_name", "The last name", 80, True)
    first = text(p.first_name, "first_name", "The first name", 80, True)
    if p.date_of_birth is not None:
        not_future(p.date_of_birth, today, "date_of_birth", "The date of birth")
        if p.date_of_birth.year < 1900:
            raise ValidationError("date_of_birth", "The date of birth is before 1900.")
    if not 1 <= p.capacity <= MAX_CAPACITY:
        raise ValidationError(
            "capacity", f"Capacity is the most mentees at once: 1 to {MAX_CAPACITY}."
        )
    if p.agreement_signed_on is not None:
        not_future(p.agreement_signed_on, today, "agreement_signed_on", "The agreement date")
        if p.date_of_birth is not None and p.agreement_signed_on <= p.date_of_birth:
            raise ValidationError(
                "agreement_signed_on", "The agreement date must be after the date of birth."
            )
    return MentorProfile(
        last_name=last,
        first_name=first,
        side=choice(MentorSide, p.side, "side", "The side"),
        date_of_birth=p.date_of_birth,
        gender=choice(Gender, p.gender, "gender", "Gender"),
        languages=tags(p.languages, "languages", "Languages", lower=False),
        county=text(p.county, "county", "The county", 80),
        lived_experience=tags(p.lived_experience, "lived_experience", "Lived experience"),
        interests=tags(p.interests, "interests", "Interests"),
        capacity=p.capacity,
        agreement_signed_on=p.agreement_signed_on,
    )


def gender_from_identity(identity: str) -> Gender:
    """The matching gender for a participant's free-text gender identity ("" if unclear)."""
    folded = identity.strip().casefold().replace("-", "").replace(" ", "")
    aliases = {
        "female": Gender.FEMALE,
        "woman": Gender.FEMALE,
        "f": Gender.FEMALE,
        "male": Gender.MALE,
        "man": Gender.MALE,
        "m": Gender.MALE,
        "nonbinary": Gender.NONBINARY,
    }
    return aliases.get(folded, Gender.NOT_RECORDED)


def latest_results(steps: Iterable[StepOutcome]) -> dict[SelectionStep, StepResult]:
    """The result that counts for each step: the last one recorded (steps in recorded order)."""
    out: dict[SelectionStep, StepResult] = {}
    for s in steps:
        out[s.step] = s.result
    return out


def check_step_date(step: SelectionStep, on: date, steps: Iterable[StepOutcome]) -> None:
    """Steps follow an application: none before the application is recorded or dated."""
    applications = [s.completed_on for s in steps if s.step is SelectionStep.APPLICATION]
    if step is SelectionStep.APPLICATION:
        return
    if not applications:
        raise ValidationError("step", "Record the application before the other selection steps.")
    if on < min(applications):
        raise ValidationError("completed_on", "This step cannot be dated before the application.")


def check_can_record_step(state: MentorState) -> None:
    if state.decision is not Decision.NONE or state.status is not MentorStatus.APPLICANT:
        raise ValidationError(
            "step", "The selection decision has been made; steps can no longer be recorded."
        )


def check_decision(
    state: MentorState, approve: bool, reason: str, on: date, steps: Iterable[StepOutcome]
) -> None:
    """Raise unless this applicant may be approved (or declined) on ``on`` for ``reason``.

    Approval needs every selection step's last result to be "passed". Either decision needs a
    reason, and cannot be dated before the applicant's status date or any recorded step.
    """
    steps = list(steps)
    if state.status is not MentorStatus.APPLICANT or state.decision is not Decision.NONE:
        raise ValidationError("decision", "A decision has already been made for this mentor.")
    if not reason:
        raise ValidationError("reason", "Say why: a reason is required for the decision.")
    if on < state.status_date or any(on < s.completed_on for s in steps):
        raise ValidationError(
            "decided_on", "The decision cannot be dated before the selection steps."
        )
    if approve:
        results = latest_results(steps)
        missing = [s.value for s in SelectionStep if results.get(s) is not StepResult.PASSED]
        if missing:
            raise ValidationError(
                "decision",
                "Approval needs every selection step passed. Not passed yet: "
                + ", ".join(missing)
                + ".",
            )


def check_status_change(
    state: MentorState, new: MentorStatus, when: date, open_matches: int, running_matches: int
) -> None:
    """Raise unless the mentor may move to ``new`` on ``when``.

    Args:
        state: the mentor now.
        new: the status asked for.
        when: the date it takes effect.
        open_matches: the mentor's proposed, active and paused matches.
        running_matches: of those, the proposed and active ones (paused ones may wait).
    """
    if new not in TRANSITIONS[state.status]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[state.status])) or "nothing"
        raise ValidationError(
            "status", f"A mentor who is {_LABELS[state.status]} can only become: {allowed}."
        )
    if when < state.status_date:
        raise ValidationError("effective_date", "The date is before the mentor's current status.")
    if new in (MentorStatus.IN_TRAINING, MentorStatus.ACTIVE):
        if state.decision is not Decision.APPROVED:
            raise ValidationError("status", "The mentor must be approved first.")
        if state.decision_on is not None and when < state.decision_on:
            raise ValidationError("effective_date", "The date is before the approval.")
    if new is MentorStatus.ACTIVE:
        if state.agreement_signed_on is None:
            raise ValidationError(
                "status", "Record the signed roles-and-expectations agreement first."
            )
        if when < state.agreement_signed_on:
            raise ValidationError("effective_date", "The date is before the signed agreement.")
    if new is MentorStatus.EXITED and open_matches:
        raise ValidationError(
            "status", "Close or hand off this mentor's open matches before they exit."
        )
    if new is MentorStatus.INACTIVE and running_matches:
        raise ValidationError(
            "status", "Pause, close or hand off this mentor's matches before they become inactive."
        )


def check_training(course: str, hours: float, completed_on: date, today: date) -> str:
    """The tidied course name, or ``ValidationError``."""
    name = text(course, "course", "The course", 120, True)
    if not 0 < hours <= 1000:
        raise ValidationError("hours", "Hours must be more than 0 and at most 1000.")
    not_future(completed_on, today, "completed_on")
    return name


def check_certification(name: str, issued_on: date, expires_on: date | None, today: date) -> str:
    """The tidied certification name, or ``ValidationError``."""
    cleaned = text(name, "name", "The certification", 120, True)
    not_future(issued_on, today, "issued_on", "The issue date")
    if expires_on is not None and expires_on <= issued_on:
        raise ValidationError("expires_on", "The expiry date must be after the issue date.")
    return cleaned
