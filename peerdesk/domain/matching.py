"""Matching suggestions: rank available mentors for one participant, with readable reasons.

Every point of a score comes from one reason a coordinator can read, so the reasons' points
always add up to the score. The weights (they add up to 100):

==================  ======  ===================================================================
reason              points  when
==================  ======  ===================================================================
language            20      the mentor speaks the participant's primary language
county              20      the mentor's county is the participant's county of release
lived experience    25      15 for the first shared tag (e.g. recovery), 5 for each more
interests           10      5 for each shared interest, at most 2
age                 10      10 when ages are within 10 years, 5 when within 20
gender preference   10      the participant asked for a mentor of this gender and it matches
room                5       1 per free place (capacity minus open matches), at most 5
==================  ======  ===================================================================

Candidates who get no suggestion at all (see ``exclusion``): a mentor who is not active, is at
capacity, is the participant themself, has a keep-separate with the participant, is already
matched with them, or does not meet the participant's gender preference.

Texts compare without regard to case or surrounding spaces; a county matches with or without
the word "County" ("Cook" and "Cook County").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from peerdesk.domain.mentor_rules import MentorStatus

LANGUAGE_POINTS = 20
COUNTY_POINTS = 20
FIRST_EXPERIENCE_POINTS = 15
MORE_EXPERIENCE_POINTS = 5
MAX_EXPERIENCE_POINTS = 25
INTEREST_POINTS = 5
MAX_INTEREST_POINTS = 10
CLOSE_AGE_YEARS, CLOSE_AGE_POINTS = 10, 10
NEAR_AGE_YEARS, NEAR_AGE_POINTS = 20, 5
GENDER_POINTS = 10
MAX_ROOM_POINTS = 5

MAX_SCORE = (
    LANGUAGE_POINTS
    + COUNTY_POINTS
    + MAX_EXPERIENCE_POINTS
    + MAX_INTEREST_POINTS
    + CLOSE_AGE_POINTS
    + GENDER_POINTS
    + MAX_ROOM_POINTS
)


class Exclusion(StrEnum):
    """Why a mentor is not suggested at all."""

    NOT_ACTIVE = "not_active"
    AT_CAPACITY = "at_capacity"
    SELF = "self"
    KEEP_SEPARATE = "keep_separate"
    ALREADY_MATCHED = "already_matched"
    GENDER_PREFERENCE = "gender_preference"


@dataclass(frozen=True)
class MatchProfile:
    """The participant as matching sees them."""

    participant_id: str
    date_of_birth: date | None = None
    language: str = ""
    county: str = ""
    lived_experience: frozenset[str] = frozenset()
    interests: frozenset[str] = frozenset()
    #: "" for no preference, else the gender value a mentor must have.
    gender_preference: str = ""
    #: Participants this one must be kept apart from (either direction of a keep-separate).
    keep_separate_ids: frozenset[str] = frozenset()
    #: Mentors this participant already has an open match with.
    current_mentor_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MentorCandidate:
    """One mentor as matching sees them."""

    mentor_id: str
    status: MentorStatus
    capacity: int
    open_matches: int
    participant_id: str | None = None
    date_of_birth: date | None = None
    gender: str = ""
    languages: frozenset[str] = frozenset()
    county: str = ""
    lived_experience: frozenset[str] = frozenset()
    interests: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Reason:
    """One part of a score: a code for programs, points, and a sentence for people."""

    code: str
    points: int
    text: str


@dataclass(frozen=True)
class Suggestion:
    mentor_id: str
    score: int
    reasons: tuple[Reason, ...]


@lru_cache(maxsize=8192)
def _key(value: str) -> str:
    # Cached: ranking folds the same few hundred words for every candidate.
    return " ".join(value.casefold().split())


def _county_key(value: str) -> str:
    key = _key(value)
    return key.removesuffix(" county").strip() if key != "county" else key


def _keys(values: Iterable[str]) -> dict[str, str]:
    if isinstance(values, frozenset):
        return _keys_cached(values)
    return _keys_uncached(values)


@lru_cache(maxsize=4096)
def _keys_cached(values: frozenset[str]) -> dict[str, str]:
    return _keys_uncached(values)


def _keys_uncached(values: Iterable[str]) -> dict[str, str]:
    """Normalized key -> the text as first given (empty values dropped)."""
    out: dict[str, str] = {}
    for v in values:
        k = _key(v)
        if k and k not in out:
            out[k] = " ".join(v.split())
    return out


def _experience_steps(shared: int) -> list[int]:
    """The points of each shared lived-experience tag in turn (first 15, then 5, capped)."""
    steps: list[int] = []
    total = 0
    for i in range(shared):
        points = FIRST_EXPERIENCE_POINTS if i == 0 else MORE_EXPERIENCE_POINTS
        points = min(points, MAX_EXPERIENCE_POINTS - total)
        if points <= 0:
            break
        total += points
        steps.append(points)
    return steps


def experience_points(shared: int) -> int:
    """Lived-experience points for ``shared`` tags in common."""
    return sum(_experience_steps(shared))


def interest_points(shared: int) -> int:
    """Interest points for ``shared`` interests in common."""
    return INTEREST_POINTS * min(shared, MAX_INTEREST_POINTS // INTEREST_POINTS)


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def room(mentor: MentorCandidate) -> int:
    """Free places: capacity minus open matches (never below zero)."""
    return max(0, mentor.capacity - mentor.open_matches)


def exclusion(participant: MatchProfile, mentor: MentorCandidate) -> Exclusion | None:
    """Why ``mentor`` cannot be suggested for ``participant``, or None if they can be."""
    if mentor.status is not MentorStatus.ACTIVE:
        return Exclusion.NOT_ACTIVE
    if mentor.participant_id is not None and mentor.participant_id == participant.participant_id:
        return Exclusion.SELF
    if mentor.participant_id is not None and mentor.participant_id in participant.keep_separate_ids:
        return Exclusion.KEEP_SEPARATE
    if mentor.mentor_id in participant.current_mentor_ids:
        return Exclusion.ALREADY_MATCHED
    if room(mentor) <= 0:
        return Exclusion.AT_CAPACITY
    preference = _key(participant.gender_preference)
    if preference and _key(mentor.gender) != preference:
        return Exclusion.GENDER_PREFERENCE
    return None


def reasons_for(participant: MatchProfile, mentor: MentorCandidate, today: date) -> list[Reason]:
    """Every reason ``mentor`` suits ``participant``, with its points (see the module table),
    the largest first (equal points in the table's order), as a coordinator reads them."""
    out: list[Reason] = []
    language = _key(participant.language)
    if language and language in _keys(mentor.languages):
        out.append(
            Reason("language", LANGUAGE_POINTS, f"Speaks {' '.join(participant.language.split())}")
        )
    county = _county_key(participant.county)
    if county and county == _county_key(mentor.county):
        where = " ".join(participant.county.split())
        text = (
            f"Both releasing to {where}"
            if mentor.participant_id is not None
            else f"Based in {where}, the county of release"
        )
        out.append(Reason("county", COUNTY_POINTS, text))
    shared = _keys(participant.lived_experience).keys() & _keys(mentor.lived_experience).keys()
    given = _keys(participant.lived_experience)
    for tag, points in zip(sorted(shared), _experience_steps(len(shared)), strict=False):
        out.append(Reason("lived_experience", points, f"Shared lived experience: {given[tag]}"))
    interests = _keys(participant.interests)
    shared_interests = sorted(interests.keys() & _keys(mentor.interests).keys())
    for tag in shared_interests[: MAX_INTEREST_POINTS // INTEREST_POINTS]:
        out.append(Reason("interest", INTEREST_POINTS, f"Shared interest: {interests[tag]}"))
    if participant.date_of_birth is not None and mentor.date_of_birth is not None:
        gap = abs(_age(participant.date_of_birth, today) - _age(mentor.date_of_birth, today))
        if gap <= CLOSE_AGE_YEARS:
            out.append(Reason("age", CLOSE_AGE_POINTS, f"Age within {CLOSE_AGE_YEARS} years"))
        elif gap <= NEAR_AGE_YEARS:
            out.append(Reason("age", NEAR_AGE_POINTS, f"Age within {NEAR_AGE_YEARS} years"))
    preference = _key(participant.gender_preference)
    if preference and _key(mentor.gender) == preference:
        out.append(
            Reason("gender", GENDER_POINTS, f"Is the mentor gender asked for ({preference})")
        )
    free = room(mentor)
    if free > 0:
        noun = "mentee" if free == 1 else "mentees"
        out.append(Reason("room", min(free, MAX_ROOM_POINTS), f"Has room for {free} more {noun}"))
    out.sort(key=lambda r: -r.points)  # stable: equal points keep the table's order
    return out


def rank_mentors(
    participant: MatchProfile, mentors: Sequence[MentorCandidate], today: date
) -> list[Suggestion]:
    """Suggestions for ``participant``, best first; excluded mentors get none.

    Ties are broken by more free places, then by mentor id, so the order is stable.

    Args:
        participant: who needs a mentor.
        mentors: the candidates (any status; the rule excludes those who cannot be matched).
        today: the date ages are computed on.

    Returns:
        One suggestion per mentor who may be matched, with a score from 0 to 100 that is the
        sum of its reasons' points.
    """
    ranked: list[tuple[int, int, str, Suggestion]] = []
    for m in mentors:
        if exclusion(participant, m) is not None:
            continue
        reasons = tuple(reasons_for(participant, m, today))
        score = sum(r.points for r in reasons)
        ranked.append((-score, -room(m), m.mentor_id, Suggestion(m.mentor_id, score, reasons)))
    ranked.sort(key=lambda t: t[:3])
    return [t[3] for t in ranked]
