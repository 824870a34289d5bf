"""A contact and its note recorded in one unit of work; the matches offered for a contact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from peerdesk.db.models import NoteRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.session_recording import ContactEntry, ContactRecordingService
from tests.conftest import Site
from tests.factories_sessions import TODAY, World, add_match, audit_entries, build_world, counts


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def _svc(signed: SignedIn) -> ContactRecordingService:
    return ContactRecordingService(signed.store)


def _notes(signed: SignedIn) -> list[NoteRow]:
    with signed.store.uow(write=False) as uow:
        return list(uow.session.scalars(select(NoteRow)))


def test_contact_and_note_are_written_together(world: World) -> None:
    entry = ContactEntry(
        world.match_id, 45, "phone", TODAY - timedelta(days=1), "Asked about work.", "sensitive"
    )
    done = _svc(world.peer).record_contact(world.peer.actor, entry)
    assert done.contact.duration_minutes == 45
    assert done.contact.participant_id == world.mentee
    assert done.contact.recorded_by == "pe1"
    [note] = _notes(world.peer)
    assert note.id == done.note_id
    assert note.contact_id == done.contact.id
    assert note.participant_id == world.mentee
    assert note.sensitivity == "sensitive"
    assert note.needs_cosign  # a peer educator's note waits for a co-signature
    actions = [a for _, a, _, o in audit_entries(world.peer.store) if o == "ok"]
    assert actions[-2:] == ["contact.record", "note.create"]


def test_contact_without_note_writes_no_note(world: World) -> None:
    done = _svc(world.coord).record_contact(
        world.coord.actor, ContactEntry(world.match_id, 20, "in_person")
    )
    assert done.note_id == ""
    assert done.contact.contact_on == TODAY
    assert _notes(world.coord) == []


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (ContactEntry("", 0, "phone"), "duration_minutes"),
        (ContactEntry("", 601, "phone"), "duration_minutes"),
        (ContactEntry("", 30, "fax"), "mode"),
        (ContactEntry("", 30, "phone", TODAY + timedelta(days=1)), "contact_on"),
        (ContactEntry("", 30, "phone", TODAY - timedelta(days=365)), "contact_on"),
        (ContactEntry("", 30, "phone", note="x" * 20_001), "note"),
        (ContactEntry("", 30, "phone", note="Talked.", note_sensitivity="sud"), "sensitivity"),
        (ContactEntry("", 30, "phone", note="Talked.", note_sensitivity="secret"), "sensitivity"),
    ],
)
def test_bad_input_writes_nothing(world: World, entry: ContactEntry, field: str) -> None:
    entry = ContactEntry(
        world.match_id,
        entry.duration_minutes,
        entry.mode,
        entry.contact_on,
        entry.note,
        entry.note_sensitivity,
    )
    before = counts(world.coord.store)
    with pytest.raises(ValidationError) as caught:
        _svc(world.peer).record_contact(world.peer.actor, entry)
    assert caught.value.field == field
    assert counts(world.coord.store) == before


def test_a_failing_note_rolls_the_contact_back(world: World) -> None:
    """The note is checked before anything is written: no contact without its note."""
    before = counts(world.coord.store)
    entry = ContactEntry(world.match_id, 30, "phone", note="\x00bad", note_sensitivity="general")
    with pytest.raises(ValidationError):
        _svc(world.peer).record_contact(world.peer.actor, entry)
    assert counts(world.coord.store) == before


def test_closed_match_is_refused(world: World) -> None:
    closed = add_match(
        world.coord.store, world.site_id, world.members[0], world.peer_mentor_id, status="closed"
    )
    before = counts(world.coord.store)
    with pytest.raises(ValidationError) as caught:
        _svc(world.coord).record_contact(world.coord.actor, ContactEntry(closed, 30, "phone"))
    assert caught.value.field == "match_id"
    assert counts(world.coord.store) == before


def test_peer_educator_cannot_record_for_someone_elses_match(world: World) -> None:
    before = counts(world.coord.store)
    with pytest.raises(NotFound):
        _svc(world.peer).record_contact(
            world.peer.actor, ContactEntry(world.other_match_id, 30, "phone")
        )
    assert counts(world.coord.store) == before


def test_auditor_may_not_record(world: World) -> None:
    auditor = world.sign_in("aud1", "auditor")
    before = counts(world.coord.store)
    with pytest.raises(PermissionDenied):
        _svc(auditor).record_contact(auditor.actor, ContactEntry(world.match_id, 30, "phone"))
    assert counts(world.coord.store) == before


def test_open_matches_follow_visibility(world: World) -> None:
    mine = _svc(world.peer).open_matches(world.peer.actor)
    assert [m.id for m in mine] == [world.match_id]
    assert mine[0].participant_name.startswith("Evans, ")
    everyone = _svc(world.coord).open_matches(world.coord.actor)
    assert {m.id for m in everyone} == {world.match_id, world.other_match_id}
    names = [m.participant_name for m in everyone]
    assert names == sorted(names)


def test_open_matches_leave_out_closed_ones(world: World) -> None:
    add_match(
        world.coord.store, world.site_id, world.members[0], world.peer_mentor_id, status="closed"
    )
    assert [m.id for m in _svc(world.peer).open_matches(world.peer.actor)] == [world.match_id]
