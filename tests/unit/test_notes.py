"""Notes: sensitivity reading rule (Python and SQL agree), writing, co-signature, removal."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from peerdesk.db.models import NoteRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.note_rules import Sensitivity, can_read, can_write, clean_body
from peerdesk.domain.roles import Role
from peerdesk.services.actor import Actor
from peerdesk.services.auth import SignedIn
from peerdesk.services.contacts import ContactDraft, ContactService
from peerdesk.services.notes import NoteService, readable_notes
from peerdesk.services.sessions import AttendanceMark, SessionDraft, SessionService
from peerdesk.services.users import UserService
from tests.conftest import Site
from tests.factories_sessions import (
    World,
    add_match,
    add_mentor,
    audit_entries,
    build_world,
    counts,
    enroll,
    synced,
)

R, S = Role, Sensitivity
#: The rule as the issue states it: (role, own note?, sensitivity) -> may read.
EXPECTED = {
    **{(R.COORDINATOR, own, s): True for own in (True, False) for s in S},
    **{(R.REENTRY_STAFF, own, s): True for own in (True, False) for s in S},
    **{(R.AUDITOR, own, s): False for own in (True, False) for s in S},
    (R.PEER_EDUCATOR, True, S.GENERAL): True,
    (R.PEER_EDUCATOR, True, S.SENSITIVE): True,
    (R.PEER_EDUCATOR, True, S.SUD): False,
    (R.PEER_EDUCATOR, False, S.GENERAL): True,
    (R.PEER_EDUCATOR, False, S.SENSITIVE): False,
    (R.PEER_EDUCATOR, False, S.SUD): False,
}


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def _notes(signed: SignedIn) -> NoteService:
    return NoteService(signed.store)


def _session(w: World) -> str:
    marks = tuple(AttendanceMark(pid, "present") for pid in w.members)
    draft = SessionDraft(w.group_id, "10:00", 60, marks)
    return SessionService(w.peer.store).record(w.peer.actor, draft).id


def _contact(w: World) -> str:
    draft = ContactDraft(w.match_id, 30, "in_person")
    return ContactService(w.peer.store).record(w.peer.actor, draft).id


# --- the reading rule ------------------------------------------------------------------------
@pytest.mark.parametrize(("role", "own", "sensitivity"), sorted(EXPECTED))
def test_can_read_matches_the_issue(role: Role, own: bool, sensitivity: Sensitivity) -> None:
    author = "me" if own else "someone"
    assert can_read(role, "me", author, sensitivity) is EXPECTED[(role, own, sensitivity)]


def test_sql_condition_agrees_with_python_rule(coordinator: SignedIn) -> None:
    site_id = coordinator.actor.site_id
    pid = enroll(coordinator)
    notes: dict[str, tuple[str, Sensitivity]] = {}
    with coordinator.store.uow() as uow:
        for author, sens in itertools.product(("me", "someone"), S):
            row = NoteRow(
                **synced(
                    site_id,
                    participant_id=pid,
                    author=author,
                    author_role="coordinator",
                    written_at="2026-01-01T00:00:00.000000Z",
                    sensitivity=sens.value,
                    body="text",
                )
            )
            uow.session.add(row)
            notes[row.id] = (author, sens)
    for role in Role:
        actor = Actor("user-id", "me", role, site_id)
        with coordinator.store.uow(write=False) as uow:
            by_sql = set(uow.session.scalars(select(NoteRow.id).where(readable_notes(actor))))
        by_python = {
            nid for nid, (author, sens) in notes.items() if can_read(role, "me", author, sens)
        }
        by_issue = {
            nid for nid, (author, sens) in notes.items() if EXPECTED[(role, author == "me", sens)]
        }
        assert by_sql == by_python == by_issue, role


def test_who_may_write_what() -> None:
    assert can_write(R.PEER_EDUCATOR, S.SENSITIVE) and not can_write(R.PEER_EDUCATOR, S.SUD)
    assert can_write(R.REENTRY_STAFF, S.SUD) and can_write(R.COORDINATOR, S.SUD)
    assert not any(can_write(R.AUDITOR, s) for s in S)
    assert clean_body("  line one\r\nline two\t \n") == "line one\nline two"
    for bad in ("", "  \n ", "bell\x07", "x" * 20_001):
        with pytest.raises(ValidationError):
            clean_body(bad)


# --- writing -----------------------------------------------------------------------------------
def test_peer_writes_notes_that_need_cosign(world: World) -> None:
    session, contact = _session(world), _contact(world)
    svc, a = _notes(world.peer), world.peer.actor
    on_session = svc.write(a, world.members[0], "Good focus.", session_id=session)
    on_contact = svc.write(
        a, world.mentee, "Worried about housing.", "sensitive", contact_id=contact
    )
    assert on_session.needs_cosign and on_session.author_role == "peer_educator"
    assert on_contact.sensitivity is S.SENSITIVE and on_contact.contact_id == contact
    reentry = world.sign_in("re1", "reentry_staff")
    sud = _notes(reentry).write(
        reentry.actor, world.mentee, "MAT intake.", "sud", contact_id=contact
    )
    assert not sud.needs_cosign
    creates = [e for e in audit_entries(world.coord.store) if e[1] == "note.create"]
    assert [e[2] for e in creates] == [on_session.id, on_contact.id, sud.id]


def test_bad_notes_are_refused_and_nothing_written(world: World) -> None:
    session, contact = _session(world), _contact(world)
    svc, a, w = _notes(world.peer), world.peer.actor, world
    cases = [
        ("body", lambda: svc.write(a, w.mentee, "  ", contact_id=contact)),
        ("body", lambda: svc.write(a, w.mentee, "x" * 20_001, contact_id=contact)),
        ("sensitivity", lambda: svc.write(a, w.mentee, "x", "sud", contact_id=contact)),
        ("sensitivity", lambda: svc.write(a, w.mentee, "x", "secret", contact_id=contact)),
        ("session_id", lambda: svc.write(a, w.mentee, "x")),
        ("session_id", lambda: svc.write(a, w.mentee, "x", session_id=session, contact_id=contact)),
        ("session_id", lambda: svc.write(a, w.mentee, "x", session_id=session)),  # not on roster
        ("contact_id", lambda: svc.write(a, w.members[0], "x", contact_id=contact)),
    ]
    before = counts(world.coord.store)
    for field, call in cases:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == field
    assert counts(world.coord.store) == before


def test_peer_cannot_attach_to_what_is_not_theirs(world: World) -> None:
    coord = world.coord
    other_session = (
        SessionService(coord.store)
        .record(
            coord.actor,
            SessionDraft(
                world.other_group_id, "10:00", 60, (AttendanceMark(world.outsider, "present"),)
            ),
        )
        .id
    )
    other_contact = (
        ContactService(coord.store)
        .record(coord.actor, ContactDraft(world.other_match_id, 30, "phone"))
        .id
    )
    svc, a = _notes(world.peer), world.peer.actor
    before = counts(coord.store)
    with pytest.raises(NotFound):  # the participant is not theirs
        svc.write(a, world.outsider, "x", session_id=other_session)
    # Even for someone they see, a session of another group or another mentor's contact is not.
    with pytest.raises(NotFound):
        svc.write(a, world.members[0], "x", session_id=other_session)
    with pytest.raises(NotFound):
        svc.write(a, world.mentee, "x", contact_id=other_contact)
    assert counts(coord.store)["notes"] == before["notes"]
    auditor = world.sign_in("aud1", "auditor")
    with pytest.raises(PermissionDenied):
        _notes(auditor).write(auditor.actor, world.mentee, "x", contact_id=other_contact)


# --- co-signature, edits, removal ------------------------------------------------------------
def test_cosign(world: World) -> None:
    contact = _contact(world)
    note = _notes(world.peer).write(world.peer.actor, world.mentee, "Met.", contact_id=contact)
    coord = _notes(world.coord)
    assert [n.id for n in coord.awaiting_cosign(world.coord.actor)] == [note.id]
    signed = coord.cosign(world.coord.actor, note.id)
    assert signed.cosigned_by == "maria" and signed.cosigned_at
    assert coord.awaiting_cosign(world.coord.actor) == ()
    with pytest.raises(ValidationError) as err:
        coord.cosign(world.coord.actor, note.id)
    assert err.value.field == "note_id"
    own = coord.write(world.coord.actor, world.mentee, "Mine.", contact_id=contact)
    with pytest.raises(ValidationError):  # a coordinator's note needs no co-signature
        coord.cosign(world.coord.actor, own.id)
    with pytest.raises(PermissionDenied):  # peer educators do not co-sign
        _notes(world.peer).cosign(world.peer.actor, note.id)


def test_nobody_cosigns_their_own_note(world: World) -> None:
    # A coordinator who wrote a note while still a peer educator cannot co-sign it.
    pid = world.mentee
    with world.coord.store.uow() as uow:
        row = NoteRow(
            **synced(
                world.site_id,
                participant_id=pid,
                author="maria",
                author_role="peer_educator",
                written_at="2026-01-01T00:00:00.000000Z",
                sensitivity="general",
                body="old note",
                needs_cosign=True,
            )
        )
        uow.session.add(row)
        note_id = row.id
    before = counts(world.coord.store)
    with pytest.raises(PermissionDenied):
        _notes(world.coord).cosign(world.coord.actor, note_id)
    assert counts(world.coord.store) == before
    assert ("maria", "note.cosign", note_id, "denied") in audit_entries(world.coord.store)


def test_edit_only_by_author_before_cosign(world: World) -> None:
    contact = _contact(world)
    peer, a = _notes(world.peer), world.peer.actor
    note = peer.write(a, world.mentee, "Draft.", contact_id=contact)
    assert peer.edit(a, note.id, "Draft.") is False
    assert peer.edit(a, note.id, "Final.", "sensitive") is True
    with pytest.raises(ValidationError) as err:
        peer.edit(a, note.id, "x", "sud")
    assert err.value.field == "sensitivity"
    with pytest.raises(PermissionDenied):
        _notes(world.coord).edit(world.coord.actor, note.id, "Supervisor's words.")
    _notes(world.coord).cosign(world.coord.actor, note.id)
    before = counts(world.coord.store)
    with pytest.raises(ValidationError) as err:
        peer.edit(a, note.id, "Changed after signing.")
    assert err.value.field == "note_id"
    assert counts(world.coord.store) == before
    assert _notes(world.coord).get(world.coord.actor, note.id).body == "Final."
    extra = _notes(world.coord).addendum(world.coord.actor, note.id, "Addendum: housing found.")
    assert (extra.contact_id, extra.participant_id, extra.sensitivity) == (
        contact,
        world.mentee,
        S.SENSITIVE,
    )


def test_tombstone_rules(world: World) -> None:
    contact = _contact(world)
    peer, a = _notes(world.peer), world.peer.actor
    first = peer.write(a, world.mentee, "Oops, wrong person.", contact_id=contact)
    peer.tombstone(a, first.id)
    with pytest.raises(NotFound):
        peer.get(a, first.id)
    second = peer.write(a, world.mentee, "Kept.", contact_id=contact)
    _notes(world.coord).cosign(world.coord.actor, second.id)
    with pytest.raises(PermissionDenied):
        peer.tombstone(a, second.id)
    reentry = world.sign_in("re1", "reentry_staff")
    with pytest.raises(PermissionDenied):
        _notes(reentry).tombstone(reentry.actor, second.id)
    _notes(world.coord).tombstone(world.coord.actor, second.id)
    with world.coord.store.uow(write=False) as uow:
        assert uow.session.get(NoteRow, second.id).deleted is True  # type: ignore[union-attr]


# --- reading through the service -----------------------------------------------------------------
def test_reading_follows_the_rule_and_is_audited(world: World) -> None:
    contact = _contact(world)
    reentry = world.sign_in("re1", "reentry_staff")
    auditor = world.sign_in("aud1", "auditor")
    r, p = _notes(reentry), _notes(world.peer)
    theirs = {
        s: r.write(reentry.actor, world.mentee, f"{s} by staff", s, contact_id=contact).id
        for s in S
    }
    mine = p.write(world.peer.actor, world.mentee, "mine", "sensitive", contact_id=contact).id
    seen = {n.id for n in p.for_participant(world.peer.actor, world.mentee)}
    assert seen == {theirs[S.GENERAL], mine}
    for hidden in (theirs[S.SENSITIVE], theirs[S.SUD]):
        with pytest.raises(NotFound):
            p.get(world.peer.actor, hidden)
    assert len(r.for_participant(reentry.actor, world.mentee)) == 4
    views = [e for e in audit_entries(world.coord.store) if e[1] == "note.view"]
    assert [(e[0], e[2]) for e in views] == [("pe1", world.mentee), ("re1", world.mentee)]
    with pytest.raises(PermissionDenied):
        _notes(auditor).for_participant(auditor.actor, world.mentee)
    with pytest.raises(NotFound):  # not their participant
        p.for_participant(world.peer.actor, world.outsider)


def test_rules_follow_a_role_changed_while_signed_in(world: World) -> None:
    staff = world.sign_in("re1", "reentry_staff")
    # re1 also mentors the mentee, so the mentee and the match stay theirs after the change.
    mentor = add_mentor(world.coord.store, world.site_id, user_id=staff.actor.user_id)
    match = add_match(world.coord.store, world.site_id, world.mentee, mentor)
    draft = ContactDraft(match, 30, "phone")
    contact = ContactService(world.coord.store).record(world.coord.actor, draft).id
    notes = _notes(staff)
    sud = notes.write(staff.actor, world.mentee, "MAT intake.", "sud", contact_id=contact)
    general = notes.write(staff.actor, world.mentee, "Met.", contact_id=contact)
    UserService(world.coord.store).change_role(world.coord.actor, "re1", "peer_educator")
    # staff.actor still says reentry_staff; the rules follow the account's role now.
    assert {n.id for n in notes.for_participant(staff.actor, world.mentee)} == {general.id}
    with pytest.raises(NotFound):
        notes.get(staff.actor, sud.id)
    with pytest.raises(ValidationError) as err:
        notes.write(staff.actor, world.mentee, "More.", "sud", contact_id=contact)
    assert err.value.field == "sensitivity"
    assert notes.write(staff.actor, world.mentee, "Peer now.", contact_id=contact).needs_cosign
