"""The Sync screen after a bundle that settles a conflict resolved at the other site: the
conflict leaves the list, and the import says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_service import SyncService
from tests.factories_sync import (
    exchange,
    facility_and_office,
    unit_conflicts,
)
from tests.ui.test_sync_section import section_for

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def test_a_conflict_settled_at_the_office_leaves_the_facility_list(
    qtbot: QtBot, sites: Pair, tmp_path: Path
) -> None:
    fac, off = sites
    unit_conflicts(fac, off, tmp_path)  # the office sees both values first
    exchange(off, fac, tmp_path / "d")  # ... and tells the facility: both list it
    facility = section_for(qtbot, fac)
    assert facility.conflict_model.rowCount() == 1
    svc = SyncService(off.store)
    (c,) = svc.list_conflicts(off.actor)
    svc.resolve_conflict(off.actor, c.id, "kept")  # settled at the office
    usb = tmp_path / "e"
    usb.mkdir()
    written = svc.export_bundle(off.actor, fac.actor.site_id, usb).path

    facility.choose_bundle = lambda: written  # type: ignore[method-assign]
    qtbot.mouseClick(facility.import_button, Qt.MouseButton.LeftButton)
    preview = facility.preview_frame
    assert "Conflicts settled at the other site, to be closed here: 1." in preview.text.text()
    assert preview.table.isHidden()  # nothing new or updated: no empty table
    assert facility.conflict_model.rowCount() == 1  # only a preview so far
    qtbot.mouseClick(facility.apply_button, Qt.MouseButton.LeftButton)
    assert "Conflicts settled at the other site and closed here: 1." in facility.result.text()
    assert facility.conflict_model.rowCount() == 0
    assert facility.tabs.tabText(facility.conflicts_index) == "Conflicts"
