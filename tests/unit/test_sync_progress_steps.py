"""The Sync screen's bar moves while a payload is built and applied, and Cancel can stop the
work between tables there (``on_step`` of ``build_payload`` and ``apply_records``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_progress import SyncCancelled, SyncProgress
from peerdesk.services.sync_service import SyncService
from tests.factories_sync import consent, enroll, facility_and_office, note
from tests.unit.test_sync_cancel import cancelling_at, everything, files

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    def seed(fac: SignedIn, off: SignedIn) -> None:
        for name in ("Moreno", "Okafor", "Reyes"):
            pid = enroll(fac, legal_last_name=name)
            consent(fac, pid, off.actor.site_id)
            note(fac, pid, "a note")

    yield from facility_and_office(tmp_path, seed=seed)


def test_the_bar_moves_inside_building_and_applying(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = tmp_path / "usb"
    usb.mkdir()
    seen: list[int] = []
    bundle = SyncService(fac.store).export_bundle(
        fac.actor, off.actor.site_id, usb, progress=SyncProgress(seen.append)
    )
    assert seen == sorted(seen)
    assert len([p for p in seen if 0 < p < 50]) >= 3  # walk, change log, tables
    seen.clear()
    SyncService(off.store).import_bundle(off.actor, bundle.path, progress=SyncProgress(seen.append))
    assert seen == sorted(seen)
    assert len([p for p in seen if 40 < p < 90]) >= 2  # participants, consents, notes


def test_cancel_between_tables_of_the_apply_changes_nothing(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, usb)
    before = everything(off)
    steps: list[int] = []
    with pytest.raises(SyncCancelled):
        SyncService(off.store).import_bundle(
            off.actor, bundle.path, progress=cancelling_at(41, steps)
        )
    assert everything(off) == before
    assert 40 < max(steps) < 90  # stopped inside the apply, not after it


def test_cancel_between_tables_of_the_build_writes_nothing(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = tmp_path / "usb"
    usb.mkdir()
    steps: list[int] = []
    with pytest.raises(SyncCancelled):
        SyncService(fac.store).export_bundle(
            fac.actor, off.actor.site_id, usb, progress=cancelling_at(34, steps)
        )
    assert files(usb) == []
    assert 34 <= max(steps) < 50  # stopped inside the build, not after it
