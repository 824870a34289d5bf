"""Groups: create, rename, deactivate, facilitators, members, keep-separates, roles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from peerdesk.db.models import ChangeLogRow, GroupMemberRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from tests.conftest import Site
from tests.factories_sessions import (
    TODAY,
    World,
    add_keep_separate,
    add_mentor,
    audit_entries,
    build_world,
    counts,
    enroll,
)


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def _svc(signed: SignedIn) -> GroupService:
    return GroupService(signed.store)


def test_create_rename_deactivate(coordinator: SignedIn) -> None:
    svc, a = _svc(coordinator), coordinator.actor
    g = svc.create(a, "  Anger   Management ", "AM-101", "Gym")
    assert g.name == "Anger Management" and g.active and g.member_count == 0
    assert svc.rename(a, g.id, "Anger Management") is False  # unchanged: nothing written
    assert svc.rename(a, g.id, "Managing Anger") is True
    assert [x.name for x in svc.my_groups(a)] == ["Managing Anger"]
    assert svc.deactivate(a, g.id) is True
    assert svc.my_groups(a) == ()
    assert [x.active for x in svc.my_groups(a, include_inactive=True)] == [False]
    assert svc.set_active(a, g.id, True) is True
    actions = [e[1] for e in audit_entries(coordinator.store)]
    for action in ("group.create", "group.update", "group.deactivate", "group.activate"):
        assert action in actions
    with coordinator.store.uow(write=False) as uow:
        fields = list(
            uow.session.scalars(
                select(ChangeLogRow.fields)
                .where(ChangeLogRow.record_id == g.id)
                .order_by(ChangeLogRow.seq)
            )
        )
    assert set(fields[0].split(",")) == {"name", "curriculum", "location", "active"}
    assert fields[1:] == ["name", "active", "active"]


@pytest.mark.parametrize(
    ("name", "curriculum", "field"),
    [
        ("", "", "name"),
        ("   ", "", "name"),
        ("x" * 121, "", "name"),
        ("Fine", "c" * 121, "curriculum"),
        ("Fine", "bad\x07", "curriculum"),
        ("thinking FOR a change", "", "name"),  # same name, other case
    ],
)
def test_bad_groups_are_refused_and_nothing_written(
    coordinator: SignedIn, name: str, curriculum: str, field: str
) -> None:
    svc = _svc(coordinator)
    svc.create(coordinator.actor, "Thinking for a Change")
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        svc.create(coordinator.actor, name, curriculum)
    assert err.value.field == field
    assert counts(coordinator.store) == before


def test_rename_to_a_taken_name_is_refused(coordinator: SignedIn) -> None:
    svc, a = _svc(coordinator), coordinator.actor
    svc.create(a, "One")
    two = svc.create(a, "Two")
    with pytest.raises(ValidationError) as err:
        svc.rename(a, two.id, "ONE")
    assert err.value.field == "name"
    with pytest.raises(NotFound):
        svc.rename(a, "no-such-group", "Three")


def test_facilitators(world: World) -> None:
    svc, a = _svc(world.coord), world.coord.actor
    mine = {g.id: g for g in svc.my_groups(a)}
    assert mine[world.group_id].facilitator_ids == (world.peer_mentor_id,)
    with pytest.raises(ValidationError) as err:
        svc.add_facilitator(a, world.group_id, world.peer_mentor_id)
    assert err.value.field == "mentor_id"
    with pytest.raises(NotFound):
        svc.add_facilitator(a, world.group_id, "no-such-mentor")
    gone = add_mentor(world.coord.store, world.site_id, deleted=True)
    with pytest.raises(NotFound):
        svc.add_facilitator(a, world.group_id, gone)
    svc.add_facilitator(a, world.group_id, world.other_mentor_id)
    svc.remove_facilitator(a, world.group_id, world.peer_mentor_id)
    mine = {g.id: g for g in svc.my_groups(a)}
    assert mine[world.group_id].facilitator_ids == (world.other_mentor_id,)
    with pytest.raises(NotFound):
        svc.remove_facilitator(a, world.group_id, world.peer_mentor_id)
    # The peer educator no longer facilitates the group, so it leaves their list.
    assert _svc(world.peer).my_groups(world.peer.actor) == ()


def test_member_add_and_remove(world: World) -> None:
    svc, a = _svc(world.coord), world.coord.actor
    counts_by_group = {g.id: g.member_count for g in svc.my_groups(a)}
    assert counts_by_group[world.group_id] == 3
    new = enroll(world.coord, legal_last_name="Flores")
    svc.add_member(a, world.group_id, new)
    with pytest.raises(ValidationError) as err:
        svc.add_member(a, world.group_id, new)
    assert err.value.field == "participant_id"
    with pytest.raises(ValidationError) as err:
        svc.remove_member(a, world.group_id, new, TODAY - timedelta(days=1))
    assert err.value.field == "left_on"
    with pytest.raises(ValidationError) as err:
        svc.remove_member(a, world.group_id, new, TODAY + timedelta(days=1))
    assert err.value.field == "left_on"
    svc.remove_member(a, world.group_id, new)
    with pytest.raises(NotFound):
        svc.remove_member(a, world.group_id, new)
    svc.add_member(a, world.group_id, new)  # joining again is a new membership
    with world.coord.store.uow(write=False) as uow:
        rows = list(
            uow.session.scalars(select(GroupMemberRow).where(GroupMemberRow.participant_id == new))
        )
    assert sorted(r.left_on is None for r in rows) == [False, True]


@pytest.mark.parametrize("case", ["future", "deleted", "unknown", "inactive"])
def test_bad_member_additions(world: World, case: str) -> None:
    svc, a = _svc(world.coord), world.coord.actor
    pid = enroll(world.coord, legal_last_name="Gomez")
    joined = None
    if case == "future":
        joined = TODAY + timedelta(days=1)
    elif case == "deleted":
        ParticipantService(world.coord.store).tombstone(a, pid)
    elif case == "unknown":
        pid = "no-such-person"
    else:
        svc.deactivate(a, world.group_id)
    before = counts(world.coord.store)
    expected = NotFound if case in ("deleted", "unknown") else ValidationError
    with pytest.raises(expected):
        svc.add_member(a, world.group_id, pid, joined)
    assert counts(world.coord.store) == before


@pytest.mark.parametrize("direction", ["newcomer_first", "member_first"])
def test_keep_separates_block_joining_either_way(world: World, direction: str) -> None:
    svc, a, store = _svc(world.coord), world.coord.actor, world.coord.store
    newcomer = enroll(world.coord, legal_last_name="Hale")
    member = world.members[1]
    pair = (newcomer, member) if direction == "newcomer_first" else (member, newcomer)
    add_keep_separate(store, world.site_id, *pair)
    before = counts(store)
    with pytest.raises(ValidationError) as err:
        svc.add_member(a, world.group_id, newcomer)
    assert err.value.field == "participant_id"
    assert counts(store) == before
    # Another group is fine; so is this one once the other person has left it.
    svc.add_member(a, world.other_group_id, newcomer)
    svc.remove_member(a, world.group_id, member)
    svc.add_member(a, world.group_id, newcomer)


def test_removed_keep_separate_no_longer_blocks(world: World) -> None:
    newcomer = enroll(world.coord, legal_last_name="Ibarra")
    add_keep_separate(world.coord.store, world.site_id, newcomer, world.members[0], deleted=True)
    _svc(world.coord).add_member(world.coord.actor, world.group_id, newcomer)


def test_roles(world: World) -> None:
    auditor = world.sign_in("aud1", "auditor")
    reentry = world.sign_in("re1", "reentry_staff")
    for signed in (world.peer, auditor):
        before = counts(world.coord.store)
        with pytest.raises(PermissionDenied):
            _svc(signed).create(signed.actor, "Not allowed")
        with pytest.raises(PermissionDenied):
            _svc(signed).add_member(signed.actor, world.group_id, world.outsider)
        with pytest.raises(PermissionDenied):
            _svc(signed).deactivate(signed.actor, world.group_id)
        assert counts(world.coord.store) == before
    denied = [e for e in audit_entries(world.coord.store) if e[3] == "denied"]
    assert {(e[0], e[1]) for e in denied} == {
        ("pe1", "group.manage"),
        ("aud1", "group.manage"),
    }
    # Reentry staff manage groups; auditors list every group; a peer only their own.
    _svc(reentry).create(reentry.actor, "Reentry circle")
    assert len(_svc(auditor).my_groups(auditor.actor)) == 3
    assert [g.id for g in _svc(world.peer).my_groups(world.peer.actor)] == [world.group_id]
