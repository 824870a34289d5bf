"""The Sync screen's review lists: possible duplicates (open, merge, keep both) and a deletion
that buried an edit (shown in words, never brought back)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from peerdesk.db.models import ParticipantRow
from peerdesk.services.sync_duplicates import SyncDuplicateService
from tests.factories_sync import (
    consent,
    delete_row,
    edit_row,
    enroll,
    exchange,
    facility_and_office,
    note,
)
from tests.ui.test_sync_section import FATAL, Pair, section_for
from tests.unit.test_sync_apply import Usb, person, shared


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def twins(fac: object, off: object, tmp_path: Path) -> tuple[str, str]:
    theirs = enroll(fac, doc_number="K1001", legal_last_name="Okafor", legal_first_name="Ada")
    consent(fac, theirs, off.actor.site_id)  # type: ignore[attr-defined]
    mine = enroll(off, doc_number="K1001", legal_last_name="Okafor", legal_first_name="Ada")
    note(off, mine, "seen at the office")
    exchange(fac, off, tmp_path / "usb")
    return theirs, mine


def test_possible_duplicates_are_listed_opened_and_merged(
    qtbot: QtBot,
    sites: Pair,
    tmp_path: Path,
) -> None:
    fac, off = sites
    theirs, mine = twins(fac, off, tmp_path)
    office = section_for(qtbot, off)
    tab = office.duplicates
    QAbstractItemModelTester(tab.model, FATAL)
    assert office.tabs.tabText(office.duplicates_index) == "Possible duplicates (1)"
    row = tab.model.row(0)
    assert tab.model.cell(row, 0).startswith("Okafor, Ada · K1001")
    assert tab.model.cell(row, 0).endswith("Riverside Unit")
    assert tab.model.cell(row, 1).endswith("North Reentry Office")
    assert tab.model.cell(row, 2) == "Same DOC number"
    with qtbot.waitSignal(office.open_participant_requested) as opened:
        qtbot.mouseClick(tab.open_local_button, Qt.MouseButton.LeftButton)
    assert opened.args == [mine]
    with qtbot.waitSignal(office.open_participant_requested) as opened:
        qtbot.mouseClick(tab.open_imported_button, Qt.MouseButton.LeftButton)
    assert opened.args == [theirs]
    asked: list[str] = []
    tab.confirm = lambda text: asked.append(text) or False  # type: ignore[method-assign]
    qtbot.mouseClick(tab.keep_imported_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Okafor, Ada" in asked[0]
    assert not person(off, mine)["deleted"]  # said no: nothing merged
    tab.confirm = lambda _text: True  # type: ignore[method-assign]
    qtbot.mouseClick(tab.keep_imported_button, Qt.MouseButton.LeftButton)
    assert tab.result.text().startswith("Merged:")
    assert person(off, mine)["deleted"] and not person(off, theirs)["deleted"]
    assert tab.model.rowCount() == 0  # the screen read the list again
    assert office.tabs.tabText(office.duplicates_index) == "Possible duplicates"


def test_keep_both(qtbot: QtBot, sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    theirs, mine = twins(fac, off, tmp_path)
    office = section_for(qtbot, off)
    qtbot.mouseClick(office.duplicates.keep_both_button, Qt.MouseButton.LeftButton)
    assert office.duplicates.model.rowCount() == 0
    assert SyncDuplicateService(off.store).list_duplicates(off.actor) == ()
    assert not person(off, mine)["deleted"] and not person(off, theirs)["deleted"]


def test_a_deletion_over_an_edit_is_shown_in_words(
    qtbot: QtBot,
    sites: Pair,
    tmp_path: Path,
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(off, ParticipantRow, pid, housing_unit="O-7", status="released")
    delete_row(fac, ParticipantRow, pid)
    exchange(fac, off, usb())
    office = section_for(qtbot, off)
    model = office.conflict_model
    row = model.row(0)
    assert model.cell(row, 0).startswith("Garcia, Luis (")  # deleted, still named
    assert model.cell(row, 1) == "Participant · Deleted"
    assert model.cell(row, 2) == "Yes"
    assert model.cell(row, 3) == "Housing unit: O-7; Status: Released"
    office.tabs.setCurrentIndex(office.conflicts_index)
    assert office.keep_ours_button.isEnabled() and not office.keep_theirs_button.isEnabled()
    qtbot.mouseClick(office.keep_ours_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0 and person(off, pid)["deleted"]
