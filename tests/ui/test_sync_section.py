"""The Sync screen: write a bundle to a drive, import it at the other site, settle conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from peerdesk.domain.errors import NotFound
from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantService
from peerdesk.services.sync_service import SyncService
from peerdesk.ui.app_events import KEYS
from peerdesk.ui.sync_section import SyncSection, shown_value
from tests.factories_sync import (
    consent,
    enroll,
    facility_and_office,
    make_site,
    trust_both,
    unit_conflicts,
)
from tests.ui.conftest import make_session

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def section_for(qtbot: QtBot, signed: SignedIn) -> SyncSection:
    widget = SyncSection(make_session(signed))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    QAbstractItemModelTester(widget.peer_model, FATAL)
    QAbstractItemModelTester(widget.conflict_model, FATAL)
    return widget


def test_write_on_one_site_and_import_on_the_other(
    qtbot: QtBot, sites: Pair, tmp_path: Path
) -> None:
    fac, off = sites
    pid = enroll(fac, legal_last_name="Moreno")
    consent(fac, pid, off.actor.site_id)
    usb = tmp_path / "usb"
    usb.mkdir()

    facility = section_for(qtbot, fac)
    assert facility.peer_model.rowCount() == 1
    assert facility.peer_model.cell(facility.peer_model.row(0), 0) == "North Reentry Office"
    facility.choose_folder = lambda: usb  # type: ignore[method-assign]
    qtbot.mouseClick(facility.export_button, Qt.MouseButton.LeftButton)
    assert "safe to remove" in facility.result.text()
    written = list(usb.glob("peerdesk-*.zip"))
    assert len(written) == 1
    assert facility.peer_model.cell(facility.peer_model.row(0), 2) == "#1"

    office = section_for(qtbot, off)
    QAbstractItemModelTester(office.preview_model, FATAL)
    office.choose_bundle = lambda: written[0]  # type: ignore[method-assign]
    qtbot.mouseClick(office.import_button, Qt.MouseButton.LeftButton)
    # First what it will change, and nothing written yet.
    assert office.preview_frame.isVisibleTo(office)
    assert "from Riverside Unit" in office.preview_text.text()
    assert "Nothing has been imported yet" in office.preview_text.text()
    kinds = {office.preview_model.cell(office.preview_model.row(i), 0) for i in range(3)}
    assert {"Participant", "Consent"} <= kinds
    assert not office.import_button.isEnabled() and not office.export_button.isEnabled()
    people = ParticipantService(off.store)
    with pytest.raises(NotFound):
        people.get(off.actor, pid)
    reads: list[bool] = []
    reload = office.reload
    office.reload = lambda: reads.append(True) or reload()  # type: ignore[method-assign]
    qtbot.mouseClick(office.apply_button, Qt.MouseButton.LeftButton)
    assert office.result.text().startswith("Bundle #1 imported")
    assert len(reads) == 1  # one import, one reading of the screen
    assert office.error.text() == ""
    assert not office.preview_frame.isVisibleTo(office)
    assert people.get(off.actor, pid).profile.legal_last_name == "Moreno"
    qtbot.mouseClick(office.import_button, Qt.MouseButton.LeftButton)  # the same file again
    assert "already imported" in office.result.text()
    assert not office.preview_frame.isVisibleTo(office)


def test_cancelling_the_preview_imports_nothing(qtbot: QtBot, sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, usb)
    office = section_for(qtbot, off)
    office.choose_bundle = lambda: out.path  # type: ignore[method-assign]
    qtbot.mouseClick(office.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(office.cancel_button, Qt.MouseButton.LeftButton)
    assert not office.preview_frame.isVisibleTo(office) and office.import_button.isEnabled()
    with pytest.raises(NotFound):
        ParticipantService(off.store).get(off.actor, pid)
    assert SyncService(off.store).status(off.actor).peers[0].last_received_sequence == 0


def test_a_damaged_bundle_is_refused_with_its_reason(
    qtbot: QtBot, sites: Pair, tmp_path: Path
) -> None:
    _fac, off = sites
    bad = tmp_path / "peerdesk-000001-x.zip"
    bad.write_bytes(b"PK\x03\x04 not really a bundle")
    office = section_for(qtbot, off)
    office.choose_bundle = lambda: bad  # type: ignore[method-assign]
    qtbot.mouseClick(office.import_button, Qt.MouseButton.LeftButton)
    assert "not a complete peerdesk bundle" in office.error.text()
    assert office.result.text() == ""
    assert office.import_button.isEnabled()  # ready for the next try


def test_a_missing_drive_says_so(qtbot: QtBot, sites: Pair, tmp_path: Path) -> None:
    fac, _off = sites
    facility = section_for(qtbot, fac)
    facility.choose_folder = lambda: tmp_path / "no-such-drive"  # type: ignore[method-assign]
    qtbot.mouseClick(facility.export_button, Qt.MouseButton.LeftButton)
    assert facility.error.text() != ""
    assert facility.result.text() == ""


def test_conflicts_are_listed_and_settled(qtbot: QtBot, sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    (pid,) = unit_conflicts(fac, off, tmp_path)  # both changed the unit: one at the office

    office = section_for(qtbot, off)
    assert office.conflict_model.rowCount() == 1
    assert office.tabs.tabText(office.conflicts_index) == "Conflicts (1)"
    row = office.conflict_model.row(0)
    assert row.field == "housing_unit"
    model = office.conflict_model
    assert (
        model.cell(row, 0)
        == "Garcia, Luis ("
        + ParticipantService(off.store).get(off.actor, pid).profile.doc_number
        + ")"
    )
    assert model.cell(row, 1) == "Participant · Housing unit"  # words, not column names
    assert {model.cell(row, 2), model.cell(row, 3)} == {"C-9", "Community"}
    model_value = model.cell(row, 3)
    office.tabs.setCurrentIndex(office.conflicts_index)
    reads: list[bool] = []
    reload = office.reload
    office.reload = lambda: reads.append(True) or reload()  # type: ignore[method-assign]
    qtbot.mouseClick(office.keep_theirs_button, Qt.MouseButton.LeftButton)
    assert office.conflict_model.rowCount() == 0
    assert len(reads) == 1  # one settling, one reading of the screen
    unit = ParticipantService(off.store).get(off.actor, pid).profile.housing_unit
    assert unit == model_value == shown_value(row.other_value)


def test_a_site_trusted_elsewhere_appears(qtbot: QtBot, tmp_path: Path) -> None:
    fac = make_site(tmp_path, "Riverside Unit", "facility")
    off = make_site(tmp_path, "North Reentry Office", "office")
    try:
        section = section_for(qtbot, fac)
        assert section.peer_model.rowCount() == 0
        trust_both(fac, off)
        section._session.events.announce("users")
        assert section.peer_model.rowCount() == 0
        section._session.events.announce(KEYS)
        assert section.peer_model.rowCount() == 1
    finally:
        fac.store.close()
        off.store.close()


@pytest.mark.usefixtures("spanish")
def test_the_sites_table_fits_without_scrolling_in_spanish(qtbot: QtBot, sites: Pair) -> None:
    fac, _ = sites
    section = section_for(qtbot, fac)
    table = section.peer_table
    assert section.peer_model.rowCount() == 1
    header = table.horizontalHeader()
    assert "\n" in str(section.peer_model.headerData(4, Qt.Orientation.Horizontal))
    used = sum(header.sectionSize(c) for c in range(section.peer_model.columnCount()))
    assert used <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
