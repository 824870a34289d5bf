"""Participant rules: statuses and their transitions, risk levels, and profile checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from peerdesk.domain.errors import ValidationError


class ParticipantStatus(StrEnum):
    REFERRED = "referred"
    SCREENED = "screened"
    ENROLLED = "enrolled"
    ACTIVE = "active"
    RELEASED = "released"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    TRANSFERRED = "transferred"


_S = ParticipantStatus
TRANSITIONS: dict[ParticipantStatus, frozenset[ParticipantStatus]] = {
    _S.REFERRED: frozenset({_S.SCREENED, _S.WITHDRAWN, _S.TRANSFERRED}),
    _S.SCREENED: frozenset({_S.ENROLLED, _S.WITHDRAWN, _S.TRANSFERRED}),
    _S.ENROLLED: frozenset({_S.ACTIVE, _S.RELEASED, _S.WITHDRAWN, _S.TRANSFERRED}),
    _S.ACTIVE: frozenset({_S.RELEASED, _S.COMPLETED, _S.WITHDRAWN, _S.TRANSFERRED}),
    _S.RELEASED: frozenset({_S.ACTIVE, _S.COMPLETED, _S.WITHDRAWN}),
    # A person who left can be referred again later.
    _S.COMPLETED: frozenset({_S.REFERRED}),
    _S.WITHDRAWN: frozenset({_S.REFERRED}),
    _S.TRANSFERRED: frozenset({_S.REFERRED}),
}


class RiskLevel(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


def check_transition(current: ParticipantStatus, new: ParticipantStatus) -> None:
    if new not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[current]))
        raise ValidationError(
            "status", f"A {current.value} participant can only become: {allowed}."
        )


_DOC = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")


@dataclass(frozen=True)
class ParticipantProfile:
    """What a person types on the participant form."""

    doc_number: str
    legal_last_name: str
    legal_first_name: str
    date_of_birth: date
    preferred_name: str = ""
    aliases: tuple[str, ...] = ()
    facility: str = ""
    housing_unit: str = ""
    primary_language: str = ""
    gender_identity: str = ""
    release_county: str = ""
    release_city: str = ""
    projected_release_date: date | None = None
    actual_release_date: date | None = None
    risk_level: RiskLevel | None = None
    #: Tags used by matching, e.g. ("recovery", "veteran"); free words, compared folded.
    lived_experience: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    #: "" (no preference), "female", "male" or "nonbinary".
    mentor_gender_preference: str = ""


GENDER_PREFERENCES = ("", "female", "male", "nonbinary")


def _tags(values: tuple[str, ...], field: str, label: str) -> tuple[str, ...]:
    tags: list[str] = []
    for value in values:
        tag = " ".join(value.replace(",", " ").split()).lower()
        if len(tag) > 40:
            raise ValidationError(field, f"{label}: each entry is at most 40 characters.")
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > 20:
        raise ValidationError(field, f"{label}: at most 20 entries.")
    return tuple(tags)


def _text(value: str, field: str, label: str, max_len: int, required: bool = False) -> str:
    text = " ".join(value.split())
    if required and not text:
        raise ValidationError(field, f"{label} is required.")
    if len(text) > max_len:
        raise ValidationError(field, f"{label} is too long (at most {max_len} characters).")
    return text


def clean_profile(p: ParticipantProfile, today: date) -> ParticipantProfile:
    """Return the profile with whitespace tidied, or raise ``ValidationError`` for a field."""
    doc = p.doc_number.strip().upper()
    if not _DOC.match(doc):
        raise ValidationError("doc_number", "The DOC number is 1 to 20 letters, digits or dashes.")
    last = _text(p.legal_last_name, "legal_last_name", "The legal last name", 80, True)
    first = _text(p.legal_first_name, "legal_first_name", "The legal first name", 80, True)
    if p.date_of_birth > today:
        raise ValidationError("date_of_birth", "The date of birth cannot be in the future.")
    if p.date_of_birth.year < 1900:
        raise ValidationError("date_of_birth", "The date of birth is before 1900.")
    for field, value in (
        ("projected_release_date", p.projected_release_date),
        ("actual_release_date", p.actual_release_date),
    ):
        if value is not None and value <= p.date_of_birth:
            raise ValidationError(field, "The release date must be after the date of birth.")
    if p.actual_release_date is not None and p.actual_release_date > today:
        raise ValidationError(
            "actual_release_date", "The actual release date cannot be in the future."
        )
    aliases = tuple(a for a in (_text(x, "aliases", "An alias", 120) for x in p.aliases) if a)
    if len(aliases) > 20:
        raise ValidationError("aliases", "At most 20 aliases.")
    return ParticipantProfile(
        doc_number=doc,
        legal_last_name=last,
        legal_first_name=first,
        date_of_birth=p.date_of_birth,
        preferred_name=_text(p.preferred_name, "preferred_name", "The preferred name", 80),
        aliases=aliases,
        facility=_text(p.facility, "facility", "The facility", 120),
        housing_unit=_text(p.housing_unit, "housing_unit", "The housing unit", 40),
        primary_language=_text(p.primary_language, "primary_language", "The language", 40),
        gender_identity=_text(p.gender_identity, "gender_identity", "Gender identity", 40),
        release_county=_text(p.release_county, "release_county", "The county", 80),
        release_city=_text(p.release_city, "release_city", "The city", 80),
        projected_release_date=p.projected_release_date,
        actual_release_date=p.actual_release_date,
        risk_level=p.risk_level,
        lived_experience=_tags(p.lived_experience, "lived_experience", "Lived experience"),
        interests=_tags(p.interests, "interests", "Interests"),
        mentor_gender_preference=_gender_preference(p.mentor_gender_preference),
    )


def _gender_preference(value: str) -> str:
    pref = value.strip().lower()
    if pref not in GENDER_PREFERENCES:
        raise ValidationError(
            "mentor_gender_preference", "The mentor preference is female, male, nonbinary or none."
        )
    return pref
