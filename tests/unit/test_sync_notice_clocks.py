"""A conflict notice is held to the record rule for clocks: a stamp more than a day ahead of
this site's clock refuses the bundle (nothing stored, this site's clock not moved), as a record
stamped so would; a notice within the limit is kept as before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from peerdesk.db.change_tracking import LAST_STAMP_KEY
from peerdesk.db.models import AuditRow, ConflictRow, MetaRow, ParticipantRow
from peerdesk.domain.hlc import MAX_DRIFT_MS
from peerdesk.services.auth import SignedIn
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.import_notices import Notice, check_notices, notice_rows
from peerdesk.sync.payload_checks import invalid
from tests.factories_sync import edit_row, exchange, facility_and_office, snapshot
from tests.unit.test_sync_apply import Usb, shared

Pair = tuple[SignedIn, SignedIn]
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def wall(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def stamp(ms: int, node: str) -> str:
    return f"{ms:015d}-000000-{node}"


def notice(pid: str, node: str, ks: str, os_: str | None = None) -> dict[str, str]:
    base = {"t": "participants", "id": pid, "f": "housing_unit", "kept": '"A"', "other": '"B"'}
    return {**base, "ks": ks, "os": os_ or ks.replace(ks.split("-", 2)[2], node)}


def sending(monkeypatch: pytest.MonkeyPatch, extra: list[dict[str, str]]) -> None:
    """The sender's next bundle carries ``extra`` notices (a sender with a bad clock, or a
    forged payload signed by a trusted key)."""
    from peerdesk.services import sync_service

    chosen = sync_service.build_payload

    def build(s: Any, recipient: str, acked: int, on: date, *rest: Any) -> Any:
        payload = chosen(s, recipient, acked, on, *rest)
        body = json.loads(payload.data)
        body["conflicts"] = extra
        data = json.dumps(body, separators=(",", ":"), allow_nan=False).encode("ascii")
        return replace(payload, data=data)

    monkeypatch.setattr(sync_service, "build_payload", build)


def held(signed: SignedIn) -> dict[str, Any]:
    with signed.store.uow(write=False) as uow:
        s = uow.session
        clock = s.get(MetaRow, LAST_STAMP_KEY)
        return {
            "synced": snapshot(signed),
            "conflicts": sorted(c.kept_stamp for c in s.scalars(select(ConflictRow))),
            "clock": clock.value if clock is not None else None,
        }


def refusals(signed: SignedIn) -> int:
    with signed.store.uow(write=False) as uow:
        q = select(func.count()).where(AuditRow.action == "sync.import_refused")
        return int(uow.session.scalar(q.select_from(AuditRow)) or 0)


def test_a_notice_stamped_far_ahead_refuses_the_bundle(
    sites: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")  # the record travels again
    here, there = off.actor.site_id, fac.actor.site_id
    far = wall(datetime.now(UTC)) + MAX_DRIFT_MS + 60_000
    before = held(off)
    for bad in (
        notice(pid, here, stamp(far, there), stamp(1, here)),  # the winner's stamp
        notice(pid, here, stamp(1, there), stamp(far, here)),  # "this site's" own stamp
    ):
        sending(monkeypatch, [bad])
        with pytest.raises(BundleRejected) as err:
            exchange(fac, off, usb())
        assert err.value.reason == "invalid_record"
        assert "in the future" in err.value.message
        assert held(off) == before  # nothing stored, clock where it was
    assert refusals(off) == 2


def test_a_notice_within_the_limit_is_kept(
    sites: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")
    here, there = off.actor.site_id, fac.actor.site_id
    soon = wall(datetime.now(UTC)) + 3_600_000  # an hour ahead: a clock a little off
    ok = notice(pid, here, stamp(soon, there), stamp(1, here))
    sending(monkeypatch, [ok])
    exchange(fac, off, usb())
    assert stamp(soon, there) in held(off)["conflicts"]


def test_the_limit_is_the_records_limit() -> None:
    here, there = "5f0c1a52-0000-4000-8000-00000000000b", "5f0c1a52-0000-4000-8000-00000000000c"
    pid = "5f0c1a52-0000-4000-8000-00000000000a"
    edge = wall(NOW) + MAX_DRIFT_MS

    def one(ks_ms: int) -> list[Notice]:
        return [
            Notice(
                "participants",
                pid,
                "housing_unit",
                '"A"',
                '"B"',
                stamp(ks_ms, there),
                stamp(1, here),
            )
        ]

    present = {("participants", pid)}
    check_notices(one(edge), present, here, invalid, NOW)  # exactly a day ahead: accepted
    check_notices(one(edge + 1), present, here, invalid)  # without a time: not checked here
    with pytest.raises(BundleRejected):
        check_notices(one(edge + 1), present, here, invalid, NOW)
    assert len(notice_rows(one(edge), set(), "b", "2026-11-28T12:00:00.000000Z")) == 1
    with pytest.raises(BundleRejected):  # applying checks it too, whoever called the checks
        notice_rows(one(edge + 1), set(), "b", "2026-11-28T12:00:00.000000Z")
    later = (NOW + timedelta(milliseconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert len(notice_rows(one(edge + 1), set(), "b", later)) == 1
