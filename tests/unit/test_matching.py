"""Matching suggestions: weights, readable reasons, exclusions, and score properties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.matching import (
    MAX_SCORE,
    Exclusion,
    MatchProfile,
    MentorCandidate,
    exclusion,
    rank_mentors,
)
from peerdesk.domain.mentor_rules import MentorStatus

TODAY = date(2026, 6, 1)


def _participant(**kw: object) -> MatchProfile:
    base = MatchProfile(
        participant_id="p1",
        date_of_birth=date(1990, 1, 1),
        language="Spanish",
        county="Cook County",
        lived_experience=frozenset({"recovery", "parent"}),
        interests=frozenset({"chess", "music", "running"}),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def _mentor(mentor_id: str = "m1", **kw: object) -> MentorCandidate:
    base = MentorCandidate(
        mentor_id=mentor_id, status=MentorStatus.ACTIVE, capacity=3, open_matches=1
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_weights_add_up_to_100() -> None:
    assert MAX_SCORE == 100


def test_full_match_reads_as_plain_reasons() -> None:
    mentor = _mentor(
        participant_id="p9",
        date_of_birth=date(1985, 3, 1),
        gender="female",
        languages=frozenset({"English", "spanish"}),
        county="cook",
        lived_experience=frozenset({"Recovery", "parent", "veteran"}),
        interests=frozenset({"chess", "music", "running"}),
        capacity=3,
        open_matches=1,
    )
    [s] = rank_mentors(_participant(gender_preference="female"), [mentor], TODAY)
    texts = [r.text for r in s.reasons]
    # Largest contribution first; equal points in the order of the module's table.
    assert texts == [
        "Speaks Spanish",
        "Both releasing to Cook County",
        "Shared lived experience: parent",
        "Age within 10 years",
        "Is the mentor gender asked for (female)",
        "Shared lived experience: recovery",
        "Shared interest: chess",
        "Shared interest: music",
        "Has room for 2 more mentees",
    ]
    assert [r.points for r in s.reasons] == [20, 20, 15, 10, 10, 5, 5, 5, 2]
    assert s.score == 92 == sum(r.points for r in s.reasons)


def test_partial_reasons() -> None:
    staff = _mentor(county="Cook", date_of_birth=date(1972, 1, 1), capacity=2, open_matches=1)
    [s] = rank_mentors(_participant(), [staff], TODAY)
    assert [r.text for r in s.reasons] == [
        "Based in Cook County, the county of release",
        "Age within 20 years",
        "Has room for 1 more mentee",
    ]
    assert s.score == 20 + 5 + 1
    far = _mentor(date_of_birth=date(1950, 1, 1))
    assert [r.code for r in rank_mentors(_participant(), [far], TODAY)[0].reasons] == ["room"]
    silent = rank_mentors(_participant(language=""), [_mentor(languages=frozenset({""}))], TODAY)
    assert [r.code for r in silent[0].reasons] == ["room"]


def test_exclusions() -> None:
    p = _participant(
        keep_separate_ids=frozenset({"p7"}),
        current_mentor_ids=frozenset({"m-current"}),
        gender_preference="male",
    )
    cases = {
        Exclusion.NOT_ACTIVE: _mentor(status=MentorStatus.INACTIVE, gender="male"),
        Exclusion.SELF: _mentor(participant_id="p1", gender="male"),
        Exclusion.KEEP_SEPARATE: _mentor(participant_id="p7", gender="male"),
        Exclusion.ALREADY_MATCHED: _mentor("m-current", gender="male"),
        Exclusion.AT_CAPACITY: _mentor(capacity=2, open_matches=2, gender="male"),
        Exclusion.GENDER_PREFERENCE: _mentor(gender="female"),
    }
    for why, mentor in cases.items():
        assert exclusion(p, mentor) is why
        assert rank_mentors(p, [mentor], TODAY) == []
    assert exclusion(p, _mentor(gender="male")) is None
    in_training = _mentor(status=MentorStatus.IN_TRAINING)
    assert exclusion(_participant(), in_training) is Exclusion.NOT_ACTIVE


def test_order_is_by_score_then_room_then_id() -> None:
    p = _participant()
    a = _mentor("a", capacity=3, open_matches=2)
    b = _mentor("b", capacity=3, open_matches=2)
    c = _mentor("c", languages=frozenset({"Spanish"}))
    d = _mentor("d", capacity=12, open_matches=0)  # room points stop at 5...
    e = _mentor("e", capacity=6, open_matches=0)  # ...so d and e tie; d has more room
    order = [s.mentor_id for s in rank_mentors(p, [b, a, e, d, c], TODAY)]
    assert order == ["c", "d", "e", "a", "b"]


# --- properties -----------------------------------------------------------------------------------
WORDS = st.sampled_from(["recovery", "parent", "veteran", "chess", "music", "faith", "art"])
PLACES = st.sampled_from(["", "Cook", "Cook County", "Lake", "Will"])
LANGS = st.sampled_from(["", "English", "Spanish", "Polish"])
GENDERS = st.sampled_from(["", "female", "male", "nonbinary"])
DOBS = st.one_of(st.none(), st.dates(date(1940, 1, 1), date(2008, 1, 1)))
IDS = st.sampled_from(["p1", "p2", "p3", "p4"])

participants = st.builds(
    MatchProfile,
    participant_id=IDS,
    date_of_birth=DOBS,
    language=LANGS,
    county=PLACES,
    lived_experience=st.frozensets(WORDS, max_size=5),
    interests=st.frozensets(WORDS, max_size=5),
    gender_preference=GENDERS,
    keep_separate_ids=st.frozensets(IDS, max_size=2),
    current_mentor_ids=st.frozensets(st.sampled_from(["m0", "m1", "m2"]), max_size=1),
)
candidates = st.builds(
    MentorCandidate,
    mentor_id=st.sampled_from(["m0", "m1", "m2", "m3", "m4", "m5"]),
    status=st.sampled_from(list(MentorStatus)),
    capacity=st.integers(1, 20),
    open_matches=st.integers(0, 20),
    participant_id=st.one_of(st.none(), IDS),
    date_of_birth=DOBS,
    gender=GENDERS,
    languages=st.frozensets(LANGS, max_size=3),
    county=PLACES,
    lived_experience=st.frozensets(WORDS, max_size=5),
    interests=st.frozensets(WORDS, max_size=5),
)


@given(participants, st.lists(candidates, max_size=8))
def test_scores_are_sums_within_0_to_100_and_excluded_never_appear(
    p: MatchProfile, mentors: list[MentorCandidate]
) -> None:
    ranked = rank_mentors(p, mentors, TODAY)
    for s in ranked:
        assert 0 <= s.score <= 100
        assert s.score == sum(r.points for r in s.reasons)
        assert all(r.points > 0 and r.text for r in s.reasons)
    shown = [s.mentor_id for s in ranked]
    allowed = [m.mentor_id for m in mentors if exclusion(p, m) is None]
    assert sorted(shown) == sorted(allowed)
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)


def _score(p: MatchProfile, m: MentorCandidate) -> int | None:
    ranked = rank_mentors(p, [m], TODAY)
    return ranked[0].score if ranked else None


@given(participants, candidates, WORDS, WORDS)
def test_adding_a_shared_characteristic_never_lowers_a_score(
    p: MatchProfile, m: MentorCandidate, experience: str, interest: str
) -> None:
    before = _score(p, m)
    if before is None:
        return
    richer = [
        replace(m, languages=m.languages | {p.language}),
        replace(m, county=p.county),
        replace(m, lived_experience=m.lived_experience | {experience}),
        replace(m, interests=m.interests | {interest}),
        replace(m, date_of_birth=p.date_of_birth or m.date_of_birth),
    ]
    for better in richer:
        after = _score(p, better)
        assert after is not None and after >= before
    # The participant naming more of what they share also never lowers it.
    more = replace(
        p,
        lived_experience=p.lived_experience | {experience},
        interests=p.interests | {interest},
    )
    after = _score(more, m)
    assert after is not None and after >= before
