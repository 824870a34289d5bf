"""Searching the open matches a contact can be recorded for: names, DOC number, mentor, roles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.text_keys import fold
from peerdesk.services.auth import SignedIn
from peerdesk.services.contact_queries import MAX_PAGE, MAX_SEARCH_LENGTH
from peerdesk.services.contacts import ContactService
from tests.conftest import Site
from tests.factories_sessions import World, add_match, add_mentor, build_world, counts, enroll


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def found(signed: SignedIn, text: str, limit: int = 50) -> list[str]:
    page = ContactService(signed.store).find_open_matches(signed.actor, text, limit)
    return [m.id for m in page.rows]


def test_by_participant_name_doc_number_and_mentor(world: World) -> None:
    coord = world.coord
    both = {world.match_id, world.other_match_id}
    assert set(found(coord, "")) == both
    assert found(coord, "ev") == [world.match_id]  # Evans
    assert found(coord, "  DIAZ ") == [world.other_match_id]
    assert found(coord, "okafor") == [world.other_match_id]  # the mentor's name
    assert set(found(coord, "tomas")) == both  # both mentors are called Tomas
    assert found(coord, "tomas okafor") == [world.other_match_id]  # every word must match
    assert found(coord, "evans okafor") == []
    assert found(coord, "zzz") == []
    [evans] = ContactService(coord.store).find_open_matches(coord.actor, "evans").rows
    assert evans.participant_id == world.mentee and evans.mentor_name == "Tomas Reyes"
    assert found(coord, evans.doc_number.lower()) == [world.match_id]  # the DOC number


def test_accents_and_case_do_not_matter(world: World) -> None:
    pid = enroll(world.coord, legal_last_name="Núñez", legal_first_name="José")
    mentor = add_mentor(world.coord.store, world.site_id, last_name="Peña", first_name="Iñaki")
    match = add_match(world.coord.store, world.site_id, pid, mentor)
    assert found(world.coord, "nunez") == [match]
    assert found(world.coord, "NÚÑEZ jose") == [match]
    assert found(world.coord, "pena") == [match]


def test_a_peer_educator_finds_only_their_own_mentees(world: World) -> None:
    assert found(world.peer, "") == [world.match_id]
    assert found(world.peer, "diaz") == []  # a mentee of another mentor
    assert found(world.peer, "okafor") == []
    assert found(world.peer, "evans") == [world.match_id]


def test_closed_and_deleted_matches_are_not_offered(world: World) -> None:
    closed = world.members[0]
    add_match(world.coord.store, world.site_id, closed, world.peer_mentor_id, status="closed")
    assert closed not in {
        m.participant_id
        for m in ContactService(world.coord.store).find_open_matches(world.coord.actor).rows
    }


def test_pages_say_when_there_is_more(world: World) -> None:
    for name in ("Qaron", "Qabbot", "Qabel"):
        add_match(
            world.coord.store,
            world.site_id,
            enroll(world.coord, legal_last_name=name),
            world.other_mentor_id,
        )
    service = ContactService(world.coord.store)
    first = service.find_open_matches(world.coord.actor, "qa", limit=2)
    assert [m.participant_name.split(",")[0] for m in first.rows] == ["Qabbot", "Qabel"]
    assert first.more
    everyone = service.find_open_matches(world.coord.actor, "qa", limit=3)
    assert len(everyone.rows) == 3 and not everyone.more
    assert service.find_open_matches(world.coord.actor, "", limit=10_000).rows  # clamped
    assert len(service.find_open_matches(world.coord.actor, "", limit=0).rows) == 1
    assert MAX_PAGE >= 50


def test_too_long_a_search_is_refused_and_changes_nothing(world: World) -> None:
    before = counts(world.coord.store)
    with pytest.raises(ValidationError) as caught:
        found(world.coord, "x" * (MAX_SEARCH_LENGTH + 1))
    assert caught.value.field == "text"
    assert counts(world.coord.store) == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet="aeinorsvzADEÑñ -", max_size=12))
def test_every_row_found_matches_every_word(world: World, text: str) -> None:
    page = ContactService(world.coord.store).find_open_matches(world.coord.actor, text)
    words = fold(text).split()[:4]
    for row in page.rows:
        names = fold(f"{row.participant_name} {row.mentor_name}").replace(",", "").split()
        by_doc = " " not in text.strip() and row.doc_number.startswith(text.strip().upper())
        assert by_doc or all(any(n.startswith(w) for n in names) for w in words)
