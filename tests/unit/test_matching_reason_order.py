"""A suggestion's reasons read largest contribution first (issue-4 audit,
en/es-51-matches-suggestions): the coordinator sees first what weighs most."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.matching import MatchProfile, MentorCandidate, rank_mentors
from tests.unit.test_matching import TODAY, _mentor, _participant, candidates, participants


def test_the_reasons_of_the_audit_screen_read_largest_first() -> None:
    # Rosa Vega and Marta Lopez on es-51: language, county, experience, interest, age, room.
    mentor = _mentor(
        date_of_birth=date(1985, 3, 1),
        languages=frozenset({"Spanish"}),
        county="Cook",
        lived_experience=frozenset({"recovery"}),
        interests=frozenset({"chess"}),
        capacity=3,
        open_matches=0,
    )
    participant = _participant(
        lived_experience=frozenset({"recovery"}), interests=frozenset({"chess"})
    )
    [s] = rank_mentors(participant, [mentor], TODAY)
    assert [(r.code, r.points) for r in s.reasons] == [
        ("language", 20),
        ("county", 20),
        ("lived_experience", 15),
        ("age", 10),
        ("interest", 5),
        ("room", 3),
    ]


@given(participants, st.lists(candidates, max_size=6))
def test_every_suggestion_lists_its_reasons_by_points(
    p: MatchProfile, mentors: list[MentorCandidate]
) -> None:
    for s in rank_mentors(p, mentors, TODAY):
        points = [r.points for r in s.reasons]
        assert points == sorted(points, reverse=True)
