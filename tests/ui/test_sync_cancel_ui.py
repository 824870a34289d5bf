"""Cancel on the Sync screen: while a bundle is written, checked or imported, Cancel stops it,
says nothing was written, and gives the buttons back; past the point of no return it is off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.domain.errors import NotFound
from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantService
from peerdesk.services.sync_service import ExportResult, SyncService
from peerdesk.ui.sync_section import SyncSection
from tests.factories_sync import consent, enroll, facility_and_office
from tests.ui.conftest import make_session
from tests.ui.test_dashboard import DeferredRunner

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def section_for(qtbot: QtBot, signed: SignedIn, runner: DeferredRunner) -> SyncSection:
    widget = SyncSection(make_session(signed, runner))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    with qtbot.waitActive(widget):  # the keyboard focus needs an active window
        widget.show()
        widget.activateWindow()
    runner.drain()  # the first reading of the screen
    return widget


def bundle_for_office(fac: SignedIn, off: SignedIn, tmp_path: Path) -> tuple[str, ExportResult]:
    pid = enroll(fac, legal_last_name="Moreno")
    consent(fac, pid, off.actor.site_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    return pid, SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, usb)


def idle(section: SyncSection) -> bool:
    return (
        not section.job_bar.isVisibleTo(section)
        and section.import_button.isEnabled()
        and section.export_button.isEnabled()
    )


def ready_to_write(
    qtbot: QtBot, sites: Pair, tmp_path: Path
) -> tuple[SyncSection, DeferredRunner, Path]:
    """The facility's Sync screen (jobs kept until drained) with one person to send, writing
    to an empty folder."""
    fac, off = sites
    consent(fac, enroll(fac), off.actor.site_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    runner = DeferredRunner()
    section = section_for(qtbot, fac, runner)
    section.choose_folder = lambda: usb  # type: ignore[method-assign]
    return section, runner, usb


def test_cancelling_an_export_writes_nothing(qtbot: QtBot, sites: Pair, tmp_path: Path) -> None:
    fac, _ = sites
    section, runner, usb = ready_to_write(qtbot, sites, tmp_path)
    section.export_button.setFocus()
    qtbot.keyClick(section.export_button, Qt.Key.Key_Space)
    assert section.job_bar.isVisibleTo(section) and section.stop_button.isEnabled()
    assert not section.export_button.isEnabled() and not section.import_button.isEnabled()
    assert QApplication.focusWidget() is section.stop_button  # Space again cancels
    assert section.stop_button.accessibleName() == "Cancel writing the bundle"
    qtbot.keyClick(section.stop_button, Qt.Key.Key_Space)
    assert section.result.text() == "Cancelling…" and not section.stop_button.isEnabled()
    runner.drain()
    assert section.result.text().startswith("Writing the bundle was cancelled. Nothing was")
    assert section.error.text() == ""
    assert idle(section)
    assert QApplication.focusWidget() is section.import_button  # the focus is not lost
    assert list(usb.iterdir()) == []
    assert SyncService(fac.store).status(fac.actor).peers[0].last_sent_sequence == 0
    # And the next try writes bundle #1.
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    runner.drain()
    assert section.result.text().startswith("Bundle #1 written and checked")


def test_cancel_goes_off_once_the_bundle_has_its_name(
    qtbot: QtBot, sites: Pair, tmp_path: Path
) -> None:
    section, runner, _ = ready_to_write(qtbot, sites, tmp_path)
    seen: list[tuple[bool, str]] = []
    section.job_bar.relay.passed.connect(
        lambda: seen.append((section.stop_button.isEnabled(), section.stop_button.toolTip()))
    )
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    runner.drain()
    assert seen == [(False, "Too late to cancel: the work is being completed and checked.")]
    assert "safe to remove" in section.result.text()
    assert idle(section)


def test_cancelling_the_check_of_a_bundle_imports_nothing(
    qtbot: QtBot, sites: Pair, tmp_path: Path
) -> None:
    fac, off = sites
    _pid, out = bundle_for_office(fac, off, tmp_path)
    runner = DeferredRunner()
    office = section_for(qtbot, off, runner)
    office.choose_bundle = lambda: out.path  # type: ignore[method-assign]
    qtbot.mouseClick(office.import_button, Qt.MouseButton.LeftButton)
    assert office.stop_button.accessibleName() == "Cancel checking the bundle"
    qtbot.mouseClick(office.stop_button, Qt.MouseButton.LeftButton)
    runner.drain()
    assert office.result.text() == "Checking the bundle was cancelled. Nothing was imported."
    assert not office.preview_frame.isVisibleTo(office)
    assert not office.job_bar.isVisibleTo(office) and office.import_button.isEnabled()


def test_cancelling_an_import_changes_nothing(qtbot: QtBot, sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    pid, out = bundle_for_office(fac, off, tmp_path)
    runner = DeferredRunner()
    office = section_for(qtbot, off, runner)
    office.choose_bundle = lambda: out.path  # type: ignore[method-assign]
    qtbot.mouseClick(office.import_button, Qt.MouseButton.LeftButton)
    runner.drain()
    assert office.preview_frame.isVisibleTo(office)
    qtbot.mouseClick(office.apply_button, Qt.MouseButton.LeftButton)
    assert office.stop_button.accessibleName() == "Cancel the import"
    qtbot.mouseClick(office.stop_button, Qt.MouseButton.LeftButton)
    runner.drain()
    assert office.result.text() == (
        "The import was cancelled. Nothing was imported and no record was changed."
    )
    assert office.error.text() == ""
    assert not office.job_bar.isVisibleTo(office) and office.import_button.isEnabled()
    people = ParticipantService(off.store)
    with pytest.raises(NotFound):
        people.get(off.actor, pid)
    assert SyncService(off.store).status(off.actor).peers[0].last_received_sequence == 0
    # Importing it again works: nothing was recorded as imported.
    qtbot.mouseClick(office.import_button, Qt.MouseButton.LeftButton)
    runner.drain()
    qtbot.mouseClick(office.apply_button, Qt.MouseButton.LeftButton)
    runner.drain()
    assert office.result.text().startswith("Bundle #1 imported")
    assert people.get(off.actor, pid).profile.legal_last_name == "Moreno"
