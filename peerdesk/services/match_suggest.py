"""The candidate mentors for a suggestion list, preselected by the database.

Ranking every active mentor in Python costs a row and a score per mentor (about 0.7 s at
12,500 mentors). Instead one query orders the mentors who may be suggested by an upper bound
on their score (``domain/matching_bounds.py``) and returns the first ``cap`` of them with their
open-match counts; ``matching.rank_mentors`` scores those exactly. The N-th best exact score is
then compared with the lowest bound returned: when it is higher, no mentor left out can reach
the top N, and the list is the one a full scan gives. When it is not (or fewer than N could be
suggested among them), a second query returns every mentor whose bound reaches that score (or
every candidate), so the answer is always the full scan's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, and_, bindparam, case, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from peerdesk.db.models import MatchRow, MentorRow
from peerdesk.domain.matching import (
    COUNTY_POINTS,
    LANGUAGE_POINTS,
    MatchProfile,
    MentorCandidate,
    Suggestion,
    rank_mentors,
)
from peerdesk.domain.matching_bounds import ScoreBound, TextTerm, score_bound
from peerdesk.domain.mentor_rules import MentorSide, MentorStatus, split_tags
from peerdesk.services.mentor_base import OPEN_VALUES

#: How many mentors the first query returns (at least four times the list asked for).
CAP = 100

M = MentorRow
AGE_SLOTS = 2


@dataclass(frozen=True)
class Candidate:
    """A mentor as the suggestion list needs them: what ranking sees, plus name and side."""

    mentor: MentorCandidate
    name: str
    side: MentorSide


@lru_cache(maxsize=4096)
def tags(stored: str) -> frozenset[str]:
    """A stored comma-separated list as a set (cached: thousands of mentors share a few)."""
    return frozenset(split_tags(stored))


# --- the statement: one shape per (term slots, side, current mentors, kind), built once --------
# Every participant-specific value is a named parameter, and a missing term is switched off by
# one, so the statement is built and compiled once per shape, not once per participant.
def _p(name: str, type_: Any) -> Any:
    return bindparam(name, type_=type_)


class _HoldsFolded(ColumnElement[bool]):
    """``text`` contains ``word`` (lower-case ASCII) whatever the case of ASCII letters.

    SQLite's ``LIKE`` already ignores the case of ASCII letters, and ``lower()`` on every row
    costs more than the rest of the query; PostgreSQL has ``ILIKE``; elsewhere ``lower()``.
    """

    inherit_cache = True
    type = Boolean()

    def __init__(self, text: Any, word: Any) -> None:
        self.text = text
        self.word = word


@compiles(_HoldsFolded)
def _holds_default(element: _HoldsFolded, compiler: Any, **kw: Any) -> str:
    text, word = compiler.process(element.text, **kw), compiler.process(element.word, **kw)
    return f"(lower({text}) LIKE '%' || {word} || '%' ESCAPE '/')"


@compiles(_HoldsFolded, "sqlite")
def _holds_sqlite(element: _HoldsFolded, compiler: Any, **kw: Any) -> str:
    text, word = compiler.process(element.text, **kw), compiler.process(element.word, **kw)
    return f"({text} LIKE '%' || {word} || '%' ESCAPE '/')"


@compiles(_HoldsFolded, "postgresql")
def _holds_postgresql(element: _HoldsFolded, compiler: Any, **kw: Any) -> str:
    text, word = compiler.process(element.text, **kw), compiler.process(element.word, **kw)
    return f"({text} ILIKE '%' || {word} || '%' ESCAPE '/')"


def _may_hold(column: Any, slot: str) -> Any:
    """SQL for ``matching_bounds.may_hold`` on slot ``slot`` (false when switched off)."""
    not_ascii = func.length(column) != func.octet_length(column)
    holds = _HoldsFolded(column, _p(f"{slot}_word", String))
    return and_(
        _p(f"{slot}_on", Boolean),
        or_(not_ascii, and_(_p(f"{slot}_ascii", Boolean), holds)),
    )


def _count_points(column: Any, prefix: str, slots: int) -> Any:
    held = sum((case((_may_hold(column, f"{prefix}{i}"), 1), else_=0) for i in range(slots)), 0)
    by_count = {n: _p(f"{prefix}_pts{n}", Integer) for n in range(1, slots + 1)}
    return case(by_count, value=held, else_=0)


def _bound_column(lived_slots: int, interest_slots: int) -> Any:
    """SQL for ``matching_bounds.bound_score`` over ``mentors``."""
    age = case(
        *(
            (
                and_(
                    _p(f"age{i}_on", Boolean),
                    M.date_of_birth.between(_p(f"age{i}_lo", Date), _p(f"age{i}_hi", Date)),
                ),
                _p(f"age{i}_pts", Integer),
            )
            for i in range(AGE_SLOTS)
        ),
        else_=0,
    )
    return (
        _p("fixed", Integer)
        + case((_may_hold(M.languages, "lang"), LANGUAGE_POINTS), else_=0)
        + case((_may_hold(M.county, "county"), COUNTY_POINTS), else_=0)
        + _count_points(M.lived_experience, "lived", lived_slots)
        + _count_points(M.interests, "liked", interest_slots)
        + age
    )


@lru_cache(maxsize=64)
def _statement(lived_slots: int, interest_slots: int, side: bool, current: bool, kind: str) -> Any:
    """Mentors who may be suggested with their bound and open matches, best bound first.

    ``kind``: "top" (the first ``cap``), "reach" (bound at least ``threshold``) or "all".
    """
    bound = _bound_column(lived_slots, interest_slots)
    inner = select(
        M.id,
        M.first_name,
        M.last_name,
        M.side,
        M.capacity,
        M.participant_id,
        M.date_of_birth,
        M.gender,
        M.languages,
        M.county,
        M.lived_experience,
        M.interests,
        bound.label("bound"),
    ).where(
        M.deleted.is_(False),
        M.status == MentorStatus.ACTIVE.value,
        or_(
            M.participant_id.is_(None),
            M.participant_id.not_in(bindparam("apart", expanding=True)),
        ),
        # A gender preference leaves out who cannot meet it (the ranking checks exactly).
        or_(~_p("gender_on", Boolean), _may_hold(M.gender, "gender")),
    )
    if current:
        inner = inner.where(M.id.not_in(bindparam("current", expanding=True)))
    if side:
        inner = inner.where(M.side == _p("side", String))
    if kind == "top":
        inner = inner.order_by(inner.selected_columns.bound.desc(), M.id)
        inner = inner.limit(_p("cap", Integer))
    elif kind == "reach":
        inner = inner.where(bound >= _p("threshold", Integer))
    sq = inner.subquery()
    open_n = (
        select(func.count())
        .where(
            MatchRow.mentor_id == sq.c.id,
            MatchRow.status.in_(OPEN_VALUES),
            MatchRow.deleted.is_(False),
        )
        .scalar_subquery()
    )
    return select(sq, open_n.label("open_matches")).order_by(sq.c.bound.desc(), sq.c.id)


def _slots(n: int) -> int:
    """Term slots for ``n`` terms: a multiple of four, so a few shapes cover everyone."""
    return max(4, -(-n // 4) * 4)


def _text(params: dict[str, Any], slot: str, term: TextTerm | None) -> None:
    word = term.word if term is not None else ""
    params[f"{slot}_on"] = term is not None
    params[f"{slot}_ascii"] = term is not None and term.ascii_only
    params[f"{slot}_word"] = word.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _params(bound: ScoreBound, profile: MatchProfile, side: MentorSide | None) -> dict[str, Any]:
    params: dict[str, Any] = {
        "fixed": bound.fixed_points,
        "apart": [profile.participant_id, *sorted(profile.keep_separate_ids)],
        "gender_on": bound.gender is not None,
    }
    if profile.current_mentor_ids:
        params["current"] = sorted(profile.current_mentor_ids)
    if side is not None:
        params["side"] = side.value
    _text(params, "lang", bound.language)
    _text(params, "county", bound.county)
    _text(params, "gender", bound.gender)
    for prefix, terms, points in (
        ("lived", bound.experiences, bound.experience_points),
        ("liked", bound.interests, bound.interest_points),
    ):
        slots = _slots(len(terms))
        for i in range(slots):
            _text(params, f"{prefix}{i}", terms[i] if i < len(terms) else None)
        for n in range(1, slots + 1):
            params[f"{prefix}_pts{n}"] = points[min(n, len(terms))]
    for i in range(AGE_SLOTS):
        band = bound.age_bands[i] if i < len(bound.age_bands) else None
        params[f"age{i}_on"] = band is not None
        params[f"age{i}_lo"] = band.earliest if band else date.min
        params[f"age{i}_hi"] = band.latest if band else date.min
        params[f"age{i}_pts"] = band.points if band else 0
    return params


def _candidates(s: Session, stmt: Any, params: dict[str, Any]) -> list[tuple[Candidate, int]]:
    out: list[tuple[Candidate, int]] = []
    for row in s.execute(stmt, params):
        mentor = MentorCandidate(
            mentor_id=row.id,
            status=MentorStatus.ACTIVE,
            capacity=row.capacity,
            open_matches=int(row.open_matches),
            participant_id=row.participant_id,
            date_of_birth=row.date_of_birth,
            gender=row.gender,
            languages=tags(row.languages),
            county=row.county,
            lived_experience=tags(row.lived_experience),
            interests=tags(row.interests),
        )
        name = f"{row.first_name} {row.last_name}"
        out.append((Candidate(mentor, name, MentorSide(row.side)), int(row.bound)))
    return out


def best_mentors(
    s: Session,
    profile: MatchProfile,
    today: date,
    limit: int,
    side: MentorSide | None = None,
    cap: int | None = None,
) -> tuple[list[Suggestion], dict[str, Candidate]]:
    """The top ``limit`` suggestions a full scan of the active mentors would give.

    Args:
        s: an open session.
        profile: the participant, with their keep-separates and current mentors.
        today: the date ages are computed on.
        limit: how many suggestions to return.
        side: only mentors of this side, or all.
        cap: how many mentors the first query returns (default ``CAP``; tests make it small).

    Returns:
        The suggestions, best first, and every candidate scored, by mentor id.
    """
    bound = score_bound(profile, today)
    cap = max(CAP if cap is None else cap, 4 * limit)
    shape = (
        _slots(len(bound.experiences)),
        _slots(len(bound.interests)),
        side is not None,
        bool(profile.current_mentor_ids),
    )
    params = _params(bound, profile, side)
    first = _candidates(s, _statement(*shape, "top"), {**params, "cap": cap})
    seen = {c.mentor.mentor_id: c for c, _b in first}
    ranked = rank_mentors(profile, [c.mentor for c in seen.values()], today)
    if len(first) == cap and not (len(ranked) >= limit and ranked[limit - 1].score > first[-1][1]):
        # Someone left out might still reach the top: fetch everyone whose bound could.
        if len(ranked) >= limit:
            more = _candidates(
                s, _statement(*shape, "reach"), {**params, "threshold": ranked[limit - 1].score}
            )
        else:
            more = _candidates(s, _statement(*shape, "all"), params)
        for c, _b in more:
            seen.setdefault(c.mentor.mentor_id, c)
        ranked = rank_mentors(profile, [c.mentor for c in seen.values()], today)
    return ranked[:limit], seen
