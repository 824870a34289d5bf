"""Preselected suggestions give exactly what ranking every active mentor gives.

``services/match_suggest.py`` lets the database return only the mentors with the highest upper
bound on their score. These tests compare it, on seeded random data full of near-misses (case,
accents, "County", whitespace, characters whose case folding differs from SQL ``lower()``),
with a plain full scan written here, for first batches small enough that both the "proved
from the first batch" and the "fetch the rest" paths run.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import KeepSeparateRow, MatchRow, MentorRow, ParticipantRow
from peerdesk.domain.matching import (
    MatchProfile,
    MentorCandidate,
    Suggestion,
    experience_points,
    interest_points,
    rank_mentors,
    reasons_for,
)
from peerdesk.domain.matching_bounds import _age, born_between, bound_score, score_bound
from peerdesk.domain.mentor_rules import MentorSide, MentorStatus, split_tags
from peerdesk.services import match_suggest
from peerdesk.services.auth import SignedIn
from peerdesk.services.matches import MatchService
from tests.factories_rows import add_row

TODAY = date(2026, 6, 1)
OPEN = ("proposed", "active", "paused")

# Near-misses on purpose: the same word in other cases, with accents, with "County", with odd
# whitespace, and characters whose casefold() is ASCII ("ß", "ſ", the Kelvin sign).
LANGUAGES = ["English", "english", "Spanish", "ESPAÑOL", "español", "Straße", "STRASSE",
             "Viet Namese", "viet\u00a0namese", "Tagalog", "Sign  Language"]  # fmt: skip
COUNTIES = ["Cook", "Cook County", "COOK", "Lake", "lake county", "Kane", "County", "Cöok",
            "CÖOK county", ""]  # fmt: skip
LIVED = ["recovery", "Recovery", "foster_care", "veteran", "parent", "ſtudent", "student",
         "gang exit", "Gang\tExit", "Ünion", "ünion", "100%", "a_b"]  # fmt: skip
INTERESTS = ["chess", "CHESS", "art", "martial arts", "music", "\u212aite", "kite", "50%_off"]
GENDERS = ["male", "female", "Female", "nonbinary", " NonBinary ", ""]
PREFERENCES = ["", "", "female", "male", "nonbinary"]


def _some(rng: random.Random, words: list[str], most: int) -> str:
    return ", ".join(rng.sample(words, rng.randint(0, most)))


def _dob(rng: random.Random) -> date:
    return date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))


def _world(signed: SignedIn, seed: int, mentors: int = 70) -> list[str]:
    """Participants, mentors, matches and keep-separates at random; returns participant ids."""
    rng = random.Random(seed)
    site = signed.actor.site_id
    with signed.store.uow() as uow:
        s = uow.session
        people = [
            add_row(
                s,
                ParticipantRow,
                site,
                date_of_birth=_dob(rng),
                primary_language=rng.choice([*LANGUAGES, ""]),
                release_county=rng.choice(COUNTIES),
                lived_experience=_some(rng, LIVED, 3),
                interests=_some(rng, INTERESTS, 3),
                mentor_gender_preference=rng.choice(PREFERENCES),
            ).id
            for _ in range(25)
        ]
        ids = []
        for _ in range(mentors):
            linked = rng.random() < 0.3
            ids.append(
                add_row(
                    s,
                    MentorRow,
                    site,
                    person_kind="participant" if linked else "volunteer",
                    participant_id=rng.choice(people) if linked else None,
                    last_name="M",
                    first_name=f"N{len(ids)}",
                    date_of_birth=_dob(rng) if rng.random() < 0.9 else None,
                    gender=rng.choice(GENDERS),
                    languages=_some(rng, LANGUAGES, 2),
                    county=rng.choice(COUNTIES),
                    lived_experience=_some(rng, LIVED, 3),
                    interests=_some(rng, INTERESTS, 3),
                    side=rng.choice(["facility", "community"]),
                    status=rng.choice(["active"] * 5 + ["inactive", "in_training"]),
                    status_date=date(2026, 1, 1),
                    capacity=rng.randint(1, 7),
                    deleted=rng.random() < 0.05,
                ).id
            )
        for _ in range(60):
            add_row(
                s,
                MatchRow,
                site,
                participant_id=rng.choice(people),
                mentor_id=rng.choice(ids),
                status=rng.choice([*OPEN, "closed"]),
                proposed_on=date(2026, 1, 5),
                deleted=rng.random() < 0.1,
            )
        for _ in range(8):
            a, b = rng.sample(people, 2)
            add_row(
                s,
                KeepSeparateRow,
                site,
                participant_id=a,
                other_participant_id=b,
                recorded_by="maria",
                deleted=rng.random() < 0.2,
            )
    return people


@dataclass
class _Snapshot:
    """Every row the suggestions read, loaded once."""

    people: dict[str, ParticipantRow]
    mentors: list[MentorRow]
    apart: list[tuple[str, str]]
    live: list[MatchRow]

    @classmethod
    def load(cls, s: Session) -> _Snapshot:
        return cls(
            people={p.id: p for p in s.scalars(select(ParticipantRow))},
            mentors=[m for m in s.scalars(select(MentorRow)) if not m.deleted],
            apart=[
                (k.participant_id, k.other_participant_id)
                for k in s.scalars(select(KeepSeparateRow))
                if not k.deleted
            ],
            live=[m for m in s.scalars(select(MatchRow)) if not m.deleted and m.status in OPEN],
        )

    def open_count(self, mentor_id: str) -> int:
        return sum(1 for m in self.live if m.mentor_id == mentor_id)

    def reference(self, pid: str, limit: int, side: MentorSide | None) -> list[Suggestion]:
        """Every mentor row through ``rank_mentors``: the plain full scan."""
        p = self.people[pid]
        apart = {b if a == pid else a for a, b in self.apart if pid in (a, b)}
        open_by = Counter(m.mentor_id for m in self.live)
        profile = MatchProfile(
            participant_id=pid,
            date_of_birth=p.date_of_birth,
            language=p.primary_language,
            county=p.release_county,
            lived_experience=frozenset(split_tags(p.lived_experience)),
            interests=frozenset(split_tags(p.interests)),
            gender_preference=p.mentor_gender_preference,
            keep_separate_ids=frozenset(apart),
            current_mentor_ids=frozenset(m.mentor_id for m in self.live if m.participant_id == pid),
        )
        candidates = [
            MentorCandidate(
                mentor_id=m.id,
                status=MentorStatus(m.status),
                capacity=m.capacity,
                open_matches=open_by[m.id],
                participant_id=m.participant_id,
                date_of_birth=m.date_of_birth,
                gender=m.gender,
                languages=frozenset(split_tags(m.languages)),
                county=m.county,
                lived_experience=frozenset(split_tags(m.lived_experience)),
                interests=frozenset(split_tags(m.interests)),
            )
            for m in self.mentors
            if side is None or m.side == side.value
        ]
        return rank_mentors(profile, candidates, TODAY)[:limit]


def _clock() -> datetime:
    return datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_suggestions_equal_a_full_scan_whatever_the_first_batch(
    coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    people = _world(coordinator, seed)
    svc = MatchService(coordinator.store, clock=_clock)
    batches: list[int] = []
    real = match_suggest._candidates

    def spy(s: Session, stmt: Any, params: Any) -> Any:
        got = real(s, stmt, params)
        batches.append(len(got))
        return got

    monkeypatch.setattr(match_suggest, "_candidates", spy)
    queries_per_call: Counter[int] = Counter()
    rng = random.Random(seed)
    with coordinator.store.uow(write=False) as uow:
        world = _Snapshot.load(uow.session)
        rows = {m.id: m for m in world.mentors}
    for cap in (1, 4, 1000):
        monkeypatch.setattr(match_suggest, "CAP", cap)
        for pid in people:
            limit = rng.choice([1, 2, 3, 10])
            side = rng.choice([None, None, MentorSide.FACILITY, MentorSide.COMMUNITY])
            batches.clear()
            got = svc.suggest_mentors(coordinator.actor, pid, limit, side=side)
            queries_per_call[len(batches)] += 1
            want = world.reference(pid, limit, side)
            assert [(g.mentor_id, g.score, g.reasons) for g in got] == [
                (w.mentor_id, w.score, w.reasons) for w in want
            ], (seed, cap, pid, limit, side)
            for g in got:
                row = rows[g.mentor_id]
                assert g.mentor_name == f"{row.first_name} {row.last_name}"
                assert g.side.value == row.side
                assert g.room == row.capacity - world.open_count(g.mentor_id)
    # Both paths ran: answers proved from the first batch, and answers that needed the rest.
    assert queries_per_call[1] > 0 and queries_per_call[2] > 0


def test_first_batch_alone_when_it_proves_the_answer(coordinator: SignedIn) -> None:
    people = _world(coordinator, 7, mentors=40)
    svc = MatchService(coordinator.store, clock=_clock)
    with coordinator.store.uow(write=False) as uow:
        world = _Snapshot.load(uow.session)
    for pid in people:
        want = world.reference(pid, 100, None)
        got = svc.suggest_mentors(coordinator.actor, pid, 100)
        assert [(g.mentor_id, g.score) for g in got] == [(w.mentor_id, w.score) for w in want]


# --- the bound, in pure Python --------------------------------------------------------------------
TRICKY = st.text(alphabet=st.sampled_from("aAsSkKeéÉßſ\u212a\u00a0\t _%,"), max_size=8)
TAGS = st.frozensets(TRICKY, max_size=3)
DATES = st.dates(date(1940, 1, 1), date(2010, 12, 31))
profiles = st.builds(
    MatchProfile,
    participant_id=st.just("p"),
    date_of_birth=st.none() | DATES,
    language=TRICKY,
    county=TRICKY | st.sampled_from(["Cook County", "county", "COOK"]),
    lived_experience=TAGS,
    interests=TAGS,
    gender_preference=st.sampled_from(["", "female", "Male"]),
)
mentors = st.builds(
    MentorCandidate,
    mentor_id=st.just("m"),
    status=st.just(MentorStatus.ACTIVE),
    capacity=st.integers(1, 8),
    open_matches=st.integers(0, 8),
    date_of_birth=st.none() | DATES,
    gender=st.sampled_from(["", "female", "FEMALE", "male"]),
    languages=TAGS,
    county=TRICKY | st.sampled_from(["cook", "Cook county", "County"]),
    lived_experience=TAGS,
    interests=TAGS,
)


@given(profiles, mentors)
def test_bound_is_never_below_the_score(p: MatchProfile, m: MentorCandidate) -> None:
    ranked = rank_mentors(p, [m], TODAY)
    if ranked:
        assert bound_score(score_bound(p, TODAY), m) >= ranked[0].score


@given(DATES, DATES)
def test_age_bands_are_exactly_the_birth_dates_in_range(born: date, mentor_born: date) -> None:
    p = MatchProfile(participant_id="p", date_of_birth=born)
    m = MentorCandidate(mentor_id="m", status=MentorStatus.ACTIVE, capacity=1, open_matches=1)
    age_reason = [r.points for r in reasons_for(p, replace(m, date_of_birth=mentor_born), TODAY)
                  if r.code == "age"]  # fmt: skip
    bands = score_bound(p, TODAY).age_bands
    in_band = [b.points for b in bands if b.earliest <= mentor_born <= b.latest][:1]
    assert in_band == age_reason


def test_born_between_edges() -> None:
    span = born_between(TODAY, 30, 30)
    assert span == (date(1995, 6, 2), date(1996, 6, 1))
    assert _age(span[0], TODAY) == 30 and _age(span[1], TODAY) == 30
    assert born_between(TODAY, 5, 4) is None


def test_points_by_count_match_the_reasons() -> None:
    assert [experience_points(n) for n in range(5)] == [0, 15, 20, 25, 25]
    assert [interest_points(n) for n in range(4)] == [0, 5, 10, 10]
