"""An upper bound on a mentor's matching score that a database query can compute.

Suggestions (``services/match_suggest.py``) do not score every active mentor in Python. The
database orders the mentors by this bound and returns the first few hundred; those are scored
exactly with ``matching.rank_mentors``. The result is the same as scoring everyone as long as
the bound is never below the true score: a mentor left out has a bound no higher than the last
one returned, so once the N-th best exact score is above that, nobody left out could reach the
top N (and when it is not, the service asks for everyone whose bound could).

The bound, part by part (``matching`` has the weights):

- language, county, lived experience, interests: "the mentor's stored text may hold the
  participant's key". Matching folds case with ``str.casefold`` and collapses whitespace; SQL
  ``lower()`` folds only ASCII letters the same way everywhere. So a text with any non-ASCII
  character *may* match (full points), and an ASCII text may match only if its ``lower()``
  holds the key's longest word (a key that is not ASCII can never come from ASCII text).
  Each shared tag needs its own key's words, so the count of keys that may match is never below
  the count of shared tags, and the points grow with the count.
- age: exact. A band of ages around the participant's is a range of birth dates, found by
  bisection with the same age function the score uses.
- gender preference: a mentor must match it to be suggested, so each suggested mentor gets its
  points; the same text test preselects who may match.
- room: 1 to 5 points; the bound counts the most.

``bound_score`` computes the bound in Python exactly as the query does, so a property test can
check that it is never below the score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.domain.matching import (
    CLOSE_AGE_POINTS,
    CLOSE_AGE_YEARS,
    COUNTY_POINTS,
    GENDER_POINTS,
    LANGUAGE_POINTS,
    MAX_ROOM_POINTS,
    NEAR_AGE_POINTS,
    NEAR_AGE_YEARS,
    MatchProfile,
    MentorCandidate,
    _age,
    _county_key,
    _key,
    _keys,
    experience_points,
    interest_points,
)


@dataclass(frozen=True)
class TextTerm:
    """A participant's key that a mentor's stored text may hold.

    Attributes:
        word: the key's longest word, case-folded (one word keeps the query's shape fixed).
        ascii_only: False when the key is not ASCII: then only a non-ASCII text may hold it.
    """

    word: str
    ascii_only: bool


@dataclass(frozen=True)
class AgeBand:
    """Mentors born from ``earliest`` to ``latest`` (inclusive) get ``points`` for age."""

    earliest: date
    latest: date
    points: int


@dataclass(frozen=True)
class ScoreBound:
    """Everything the query needs to compute the bound for one participant.

    Attributes:
        language: the primary language's key, or None when it gives no points.
        county: the county of release's key (without "County"), or None.
        experiences: one term per lived-experience key.
        experience_points: points by how many ``experiences`` may match (index = count).
        interests: one term per interest key.
        interest_points: points by how many ``interests`` may match.
        age_bands: closest band first.
        gender: a suggested mentor's gender must hold this term; None for no preference.
        fixed_points: points every suggested mentor may get whatever their texts (gender
            preference met, the most room points).
    """

    language: TextTerm | None
    county: TextTerm | None
    experiences: tuple[TextTerm, ...]
    experience_points: tuple[int, ...]
    interests: tuple[TextTerm, ...]
    interest_points: tuple[int, ...]
    age_bands: tuple[AgeBand, ...]
    gender: TextTerm | None
    fixed_points: int


def _term(key: str) -> TextTerm | None:
    words = key.split()
    if not words:
        return None
    return TextTerm(max(words, key=len), key.isascii())


def born_between(today: date, youngest: int, oldest: int) -> tuple[date, date] | None:
    """The birth dates of people aged ``youngest`` to ``oldest`` on ``today`` (inclusive)."""
    if youngest > oldest:
        return None

    def age(ordinal: int) -> int:
        return _age(date.fromordinal(ordinal), today)

    first, last = date.min.toordinal(), date.max.toordinal()
    # Age never rises as the birth date moves later: bisect each end.
    lo, hi = first, last + 1  # earliest ordinal with age <= oldest
    while lo < hi:
        mid = (lo + hi) // 2
        if age(mid) <= oldest:
            hi = mid
        else:
            lo = mid + 1
    earliest = lo
    lo, hi = first - 1, last  # latest ordinal with age >= youngest
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if age(mid) >= youngest:
            lo = mid
        else:
            hi = mid - 1
    latest = lo
    if earliest > last or latest < first or earliest > latest:
        return None
    return date.fromordinal(earliest), date.fromordinal(latest)


def score_bound(participant: MatchProfile, today: date) -> ScoreBound:
    """The bound's terms for ``participant`` (see the module docstring)."""
    experiences = tuple(
        t for t in (_term(k) for k in _keys(participant.lived_experience)) if t is not None
    )
    interests = tuple(t for t in (_term(k) for k in _keys(participant.interests)) if t is not None)
    bands: list[AgeBand] = []
    if participant.date_of_birth is not None:
        own = _age(participant.date_of_birth, today)
        for years, points in (
            (CLOSE_AGE_YEARS, CLOSE_AGE_POINTS),
            (NEAR_AGE_YEARS, NEAR_AGE_POINTS),
        ):
            span = born_between(today, own - years, own + years)
            if span is not None:
                bands.append(AgeBand(span[0], span[1], points))
    gender = _term(_key(participant.gender_preference))
    return ScoreBound(
        language=_term(_key(participant.language)),
        county=_term(_county_key(participant.county)),
        experiences=experiences,
        experience_points=tuple(experience_points(n) for n in range(len(experiences) + 1)),
        interests=interests,
        interest_points=tuple(interest_points(n) for n in range(len(interests) + 1)),
        age_bands=tuple(bands),
        gender=gender,
        fixed_points=MAX_ROOM_POINTS + (GENDER_POINTS if gender is not None else 0),
    )


def may_hold(term: TextTerm, stored: str) -> bool:
    """What the query's text test answers for ``stored`` (SQL ``lower``/``LIKE`` semantics)."""
    if not stored.isascii():
        return True
    if not term.ascii_only:
        return False
    return term.word in stored.lower()


def bound_score(bound: ScoreBound, mentor: MentorCandidate) -> int:
    """The bound for one mentor, computed as the query computes it.

    The mentor's tag sets are joined with commas, as they are stored.
    """
    total = bound.fixed_points
    if bound.language is not None and may_hold(bound.language, ",".join(mentor.languages)):
        total += LANGUAGE_POINTS
    if bound.county is not None and may_hold(bound.county, mentor.county):
        total += COUNTY_POINTS
    lived = ",".join(mentor.lived_experience)
    total += bound.experience_points[sum(may_hold(t, lived) for t in bound.experiences)]
    liked = ",".join(mentor.interests)
    total += bound.interest_points[sum(may_hold(t, liked) for t in bound.interests)]
    if mentor.date_of_birth is not None:
        for band in bound.age_bands:
            if band.earliest <= mentor.date_of_birth <= band.latest:
                total += band.points
                break
    return total
