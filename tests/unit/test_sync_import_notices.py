"""Conflicts travel back: the site whose value lost gets the same conflict in its own list with
the next bundle (next to the record), once; bad notices are refused like any bad record."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from peerdesk.db.models import ParticipantRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.payload_apply import check_records, parse_payload
from peerdesk.sync.payload_export import build_payload
from tests.factories_sync import delete_row, edit_row, facility_and_office
from tests.unit.test_sync_apply import Usb, conflicts, exchange, person, shared, stamp_of

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def test_the_losing_site_learns_of_the_conflict(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")
    edit_row(off, ParticipantRow, pid, housing_unit="O-7")
    assert stamp_of(off, pid) > stamp_of(fac, pid)  # the office's value wins
    assert exchange(fac, off, usb()).conflicts == 1  # the office sees both first
    assert conflicts(fac) == []
    assert exchange(off, fac, usb()).conflicts == 1  # ... and tells the facility
    (mine,) = conflicts(fac)
    (theirs,) = conflicts(off)
    same = ("record_id", "field", "kept_value", "other_value", "kept_stamp", "other_stamp")
    assert all(getattr(mine, k) == getattr(theirs, k) for k in same)
    assert mine.other_site_id == theirs.other_site_id == fac.actor.site_id
    assert json.loads(mine.other_value) == "F-1"
    (listed,) = SyncService(fac.store).list_conflicts(fac.actor)
    assert not listed.kept_is_ours  # the facility's own value was set aside
    # Again: nothing new on either side.
    assert exchange(fac, off, usb()).conflicts == 0
    assert exchange(off, fac, usb()).conflicts == 0
    assert (len(conflicts(fac)), len(conflicts(off))) == (1, 1)
    # The facility puts its value back; it travels like any edit.
    SyncService(fac.store).resolve_conflict(fac.actor, listed.id, "other")
    exchange(fac, off, usb())
    assert person(off, pid)["housing_unit"] == person(fac, pid)["housing_unit"] == "F-1"


def test_a_settled_conflict_sends_no_notice(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")
    edit_row(off, ParticipantRow, pid, housing_unit="O-7")
    exchange(fac, off, usb())
    (c,) = SyncService(off.store).list_conflicts(off.actor)
    SyncService(off.store).resolve_conflict(off.actor, c.id, "kept")
    assert exchange(off, fac, usb()).conflicts == 0 and conflicts(fac) == []


def test_a_deletion_notice_reaches_the_editing_site(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    delete_row(fac, ParticipantRow, pid)
    edit_row(off, ParticipantRow, pid, preferred_name="Lu")
    assert exchange(off, fac, usb()).conflicts == 1  # the facility sees the edit it buried
    assert exchange(fac, off, usb()).conflicts == 1  # the office learns its edit was buried
    (c,) = conflicts(off)
    assert c.field == "deleted" and json.loads(c.other_value) == {"preferred_name": "Lu"}
    assert person(off, pid)["deleted"]


# --- refusals ------------------------------------------------------------------------------
@pytest.fixture
def payload(sites: Pair, tmp_path: Path) -> tuple[Pair, dict[str, Any], str]:
    fac, off = sites
    pid = shared(fac, off, Usb(tmp_path))
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")
    with fac.store.uow(write=False) as uow:
        body = json.loads(build_payload(uow.session, off.actor.site_id, 0, date.today()).data)
    return sites, body, pid


def notice(pid: str, os_site: str, **over: str) -> dict[str, str]:
    stamp = f"{1:015d}-000000-{os_site}"
    base = {"t": "participants", "id": pid, "f": "housing_unit", "kept": '"A"'}
    return {**base, "other": '"B"', "ks": stamp, "os": stamp, **over}


def check(signed: SignedIn, body: dict[str, Any]) -> None:
    records = parse_payload(json.dumps(body).encode())
    with signed.store.uow(write=False) as uow:
        check_records(uow.session, records, signed.actor.site_id, datetime.now(UTC))


def test_bad_notices_are_refused(payload: tuple[Pair, dict[str, Any], str]) -> None:
    (_fac, off), body, pid = payload
    here = off.actor.site_id
    check(off, {**body, "conflicts": [notice(pid, here)]})  # a good one passes
    other = "5f0c1a52-0000-4000-8000-000000000003"
    bad = [
        ("not a list", {"x": 1}),
        ("wrong layout", [{"t": "participants"}]),
        ("unknown field", [notice(pid, here, f="password")]),
        ("not JSON", [notice(pid, here, kept="{nope")]),
        ("bad stamp", [notice(pid, here, os="yesterday")]),
        ("not in the bundle", [notice("5f0c1a52-0000-4000-8000-00000000000a", here)]),
        ("another site's value", [notice(pid, other)]),
        ("not text", [{**notice(pid, here), "kept": 1}]),
    ]
    for why, notices in bad:
        with pytest.raises(BundleRejected) as err:
            check(off, {**body, "conflicts": notices})
        assert err.value.reason == "invalid_record", why
    with pytest.raises(BundleRejected):
        check(off, {**body, "extra": []})  # any other key is still refused
