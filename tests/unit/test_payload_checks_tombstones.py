"""The consent rule's one exception: a deleted participant may reach a site that enrolled it
or holds it without a consent naming that site (it only tells the site a record ended)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from peerdesk.db.models import ConsentRow
from peerdesk.services.auth import SignedIn
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.payload_apply import Incoming, check_records, parse_payload
from peerdesk.sync.payload_export import build_payload
from tests.factories_sync import consent, delete_row, enroll, exchange, facility_and_office

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def participant_record(fac: SignedIn, off: SignedIn) -> tuple[Incoming, str]:
    pid = enroll(fac)
    cid = consent(fac, pid, off.actor.site_id)
    with fac.store.uow(write=False) as uow:
        data = build_payload(uow.session, off.actor.site_id, 0, date.today()).data
    (record,) = [r for r in parse_payload(data) if r.table == "participants"]
    return record, cid


def deleted(r: Incoming) -> Incoming:
    return replace(r, row={**r.row, "deleted": True}, ds=r.row["stamp"])


def check(signed: SignedIn, records: list[Incoming]) -> None:
    with signed.store.uow(write=False) as uow:
        check_records(uow.session, records, signed.actor.site_id, datetime.now(UTC))


def test_a_stranger_tombstone_is_refused(sites: Pair) -> None:
    fac, off = sites
    record, _cid = participant_record(fac, off)
    for r in (record, deleted(record)):  # neither enrolled nor held at the office
        with pytest.raises(BundleRejected) as err:
            check(off, [r])
        assert "record 1, participants: no consent naming this site covers it" in str(err.value)


def test_a_held_record_may_end_without_consent(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    record, cid = participant_record(fac, off)
    exchange(fac, off, tmp_path / "usb")
    delete_row(off, ConsentRow, cid)  # the office holds the record, no consent covers it now
    check(off, [deleted(record)])
    with pytest.raises(BundleRejected):
        check(off, [record])  # a live record still needs a consent


def test_an_own_record_may_come_back_deleted(sites: Pair) -> None:
    fac, off = sites
    record, _cid = participant_record(fac, off)
    check(fac, [deleted(record)])  # enrolled here; no consent names the facility itself
    with pytest.raises(BundleRejected):
        check(fac, [record])
