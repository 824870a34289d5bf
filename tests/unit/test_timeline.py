"""A participant's timeline: order, what each role sees, audit, and a bounded number of queries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from peerdesk.domain.errors import NotFound
from peerdesk.domain.participant import ParticipantStatus
from peerdesk.services.auth import SignedIn
from peerdesk.services.contacts import ContactDraft, ContactService
from peerdesk.services.groups import GroupService
from peerdesk.services.notes import NoteService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.sessions import AttendanceMark, SessionDraft, SessionService
from peerdesk.services.timeline import (
    ContactItem,
    NoteItem,
    SessionItem,
    StatusItem,
    Timeline,
    TimelineService,
)
from tests.conftest import Site
from tests.factories_sessions import TODAY, World, add_match, audit_entries, build_world


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def _kinds(t: Timeline) -> list[str]:
    return [type(i).__name__ for i in t.items]


def _history(w: World) -> dict[str, str]:
    """Give the mentee a history in both groups and both matches; returns some record ids."""
    coord, peer = w.coord, w.peer
    groups = GroupService(coord.store)
    joined = TODAY - timedelta(days=20)
    groups.add_member(coord.actor, w.group_id, w.mentee, joined)
    groups.add_member(coord.actor, w.other_group_id, w.mentee, joined)
    ParticipantService(coord.store).change_status(
        coord.actor, w.mentee, ParticipantStatus.SCREENED, TODAY
    )
    mine = SessionService(peer.store).record(
        peer.actor,
        SessionDraft(
            w.group_id,
            "09:00",
            60,
            tuple(AttendanceMark(p, "present") for p in [*w.members, w.mentee]),
            held_on=TODAY - timedelta(days=3),
        ),
    )
    marks = (AttendanceMark(w.outsider, "present"), AttendanceMark(w.mentee, "absent", "court"))
    theirs = SessionService(coord.store).record(
        coord.actor, SessionDraft(w.other_group_id, "14:00", 60, marks, TODAY - timedelta(days=2))
    )
    my_contact = ContactService(peer.store).record(
        peer.actor, ContactDraft(w.match_id, 30, "phone", TODAY - timedelta(days=5))
    )
    second_match = add_match(coord.store, w.site_id, w.mentee, w.other_mentor_id)
    their_contact = ContactService(coord.store).record(
        coord.actor, ContactDraft(second_match, 45, "in_person", TODAY - timedelta(days=1))
    )
    notes_peer, notes_coord = NoteService(peer.store), NoteService(coord.store)
    peer_note = notes_peer.write(peer.actor, w.mentee, "Calm.", contact_id=my_contact.id)
    coord_general = notes_coord.write(coord.actor, w.mentee, "Ok.", contact_id=their_contact.id)
    coord_sud = notes_coord.write(coord.actor, w.mentee, "MAT.", "sud", contact_id=their_contact.id)
    return {
        "mine": mine.id,
        "theirs": theirs.id,
        "my_contact": my_contact.id,
        "their_contact": their_contact.id,
        "peer_note": peer_note.id,
        "coord_general": coord_general.id,
        "coord_sud": coord_sud.id,
    }


def _ids(t: Timeline) -> set[str]:
    out = set()
    for i in t.items:
        if isinstance(i, SessionItem):
            out.add(i.session_id)
        elif isinstance(i, ContactItem):
            out.add(i.contact_id)
        elif isinstance(i, NoteItem):
            out.add(i.note.id)
    return out


def test_coordinator_sees_everything_newest_first(world: World) -> None:
    ids = _history(world)
    t = TimelineService(world.coord.store).participant_timeline(world.coord.actor, world.mentee)
    assert _ids(t) == set(ids.values())
    keys = [(i.on, i.at) for i in t.items]
    assert keys == sorted(keys, reverse=True)
    # today: 3 notes and 2 status changes; then the contact, the two sessions, the other contact.
    assert _kinds(t)[5:] == ["ContactItem", "SessionItem", "SessionItem", "ContactItem"]
    assert sorted(i.status for i in t.items if isinstance(i, StatusItem)) == [
        "referred",
        "screened",
    ]
    absent = next(
        i for i in t.items if isinstance(i, SessionItem) and i.session_id == ids["theirs"]
    )
    assert (absent.attendance, absent.reason_code, absent.group_name) == (
        "absent",
        "court",
        "Parenting Inside",
    )
    mine = [e for e in audit_entries(world.coord.store) if e[0] == "maria"][-2:]
    assert [(e[1], e[2]) for e in mine] == [
        ("timeline.view", world.mentee),
        ("note.view", world.mentee),
    ]


def test_peer_sees_only_their_groups_matches_and_readable_notes(world: World) -> None:
    ids = _history(world)
    t = TimelineService(world.peer.store).participant_timeline(world.peer.actor, world.mentee)
    assert _ids(t) == {ids["mine"], ids["my_contact"], ids["peer_note"], ids["coord_general"]}
    with pytest.raises(NotFound):
        TimelineService(world.peer.store).participant_timeline(world.peer.actor, world.outsider)


def test_auditor_sees_no_notes_and_no_note_view_is_logged(world: World) -> None:
    ids = _history(world)
    auditor = world.sign_in("aud1", "auditor")
    t = TimelineService(auditor.store).participant_timeline(auditor.actor, world.mentee)
    assert not any(isinstance(i, NoteItem) for i in t.items)
    assert {ids["mine"], ids["theirs"], ids["my_contact"], ids["their_contact"]} == _ids(t)
    logged = [(e[1], e[2]) for e in audit_entries(world.coord.store) if e[0] == "aud1"]
    assert logged[-1] == ("timeline.view", world.mentee)
    assert ("note.view", world.mentee) not in logged


def test_limit(world: World) -> None:
    _history(world)
    svc = TimelineService(world.coord.store)
    full = svc.participant_timeline(world.coord.actor, world.mentee)
    assert (
        svc.participant_timeline(world.coord.actor, world.mentee, limit=3).items == full.items[:3]
    )
    with pytest.raises(NotFound):
        svc.participant_timeline(world.coord.actor, "no-such-person")


_BOOKKEEPING = ("users", "meta", "audit_log")


def _selects(signed: SignedIn, run: Any) -> tuple[int, int]:
    """(queries reading records, all SELECTs) while ``run`` runs."""
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(signed.store.engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(signed.store.engine, "before_cursor_execute", count)
    records = [s for s in seen if not s.split("FROM", 1)[1].lstrip().startswith(_BOOKKEEPING)]
    return len(records), len(seen)


def test_a_handful_of_queries_however_long_the_history(world: World) -> None:
    coord = world.coord
    svc = TimelineService(coord.store)
    few, _ = _selects(coord, lambda: svc.participant_timeline(coord.actor, world.mentee))
    _history(world)
    notes = NoteService(coord.store)
    contact = ContactService(coord.store).record(
        coord.actor, ContactDraft(world.match_id, 20, "video")
    )
    for n in range(30):
        notes.write(coord.actor, world.mentee, f"note {n}", contact_id=contact.id)
    t: list[Timeline] = []
    many, total = _selects(
        coord, lambda: t.append(svc.participant_timeline(coord.actor, world.mentee))
    )
    assert len(t[0].items) > 35
    # The participant, then sessions, contacts, status changes and notes: one query each.
    assert few == many == 5
    assert total <= 14  # plus reading the role (twice) and writing two audit entries
