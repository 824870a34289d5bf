"""QA pass on the Sync screen: one settlement per click burst, and focus kept by the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.services.sync_service import SyncService
from peerdesk.ui.sync_section import SyncSection
from tests.factories_sync import (
    consent,
    enroll,
    facility_and_office,
    unit_conflicts,
)
from tests.ui.conftest import make_session
from tests.ui.test_sync_section import Pair
from tests.ui.test_sync_section_review import twins

SHOTS = Path("/tmp/work/shots")


class DeferredRunner:
    """Keeps each job until the test runs it, as the worker thread would later."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], None]] = []

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        owner: QObject | None = None,
    ) -> None:
        def job() -> None:
            try:
                result = fn()
            except Exception as exc:
                on_error(exc)
            else:
                on_done(result)

        self.jobs.append(job)

    def run_all(self) -> None:
        while self.jobs:
            self.jobs.pop(0)()

    def shutdown(self, last: Callable[[], None] | None = None) -> None:
        if last is not None:
            last()


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def two_conflicts(fac: Any, off: Any, tmp_path: Path) -> None:
    unit_conflicts(fac, off, tmp_path, [{}, {"legal_last_name": "Moreno"}])


def section(qtbot: QtBot, signed: Any, runner: Any = None) -> SyncSection:
    widget = SyncSection(make_session(signed, runner))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    if runner is not None:
        runner.run_all()
    return widget


def test_qa_double_click_on_a_conflict_button_settles_one_conflict(
    qtbot: QtBot, sites: Pair, tmp_path: Path
) -> None:
    fac, off = sites
    two_conflicts(fac, off, tmp_path)
    runner = DeferredRunner()
    office = section(qtbot, off, runner)
    office.tabs.setCurrentIndex(office.conflicts_index)
    assert office.conflict_model.rowCount() == 2
    office.grab().save(str(SHOTS / "qa_sync_conflicts.png"))
    # A double-click: two clicks before the worker answers.
    qtbot.mouseClick(office.keep_ours_button, Qt.MouseButton.LeftButton)
    assert not office.keep_ours_button.isEnabled()  # busy: a second click does nothing
    qtbot.mouseClick(office.keep_ours_button, Qt.MouseButton.LeftButton)
    runner.run_all()
    assert office.conflict_error.text() == ""
    assert len(SyncService(off.store).list_conflicts(off.actor)) == 1
    assert office.conflict_model.rowCount() == 1
    assert office.keep_ours_button.isEnabled()


def test_qa_double_click_on_not_the_same_person_records_it_once(
    qtbot: QtBot, sites: Pair, tmp_path: Path
) -> None:
    fac, off = sites
    twins(fac, off, tmp_path)
    runner = DeferredRunner()
    office = section(qtbot, off, runner)
    tab = office.duplicates
    office.tabs.setCurrentIndex(office.duplicates_index)
    office.grab().save(str(SHOTS / "qa_sync_duplicates.png"))
    qtbot.mouseClick(tab.keep_both_button, Qt.MouseButton.LeftButton)
    assert not tab.keep_both_button.isEnabled()
    qtbot.mouseClick(tab.keep_both_button, Qt.MouseButton.LeftButton)
    runner.run_all()
    assert tab.error.text() == ""
    assert tab.result.text() == "Both records are kept."
    assert tab.model.rowCount() == 0


@pytest.mark.parametrize("key_button", ["cancel_button", "apply_button"])
def test_qa_focus_stays_on_the_screen_after_the_preview_closes(
    qtbot: QtBot, sites: Pair, tmp_path: Path, key_button: str
) -> None:
    fac, off = sites
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, usb)
    office = section(qtbot, off)
    with qtbot.waitActive(office):
        office.activateWindow()
    office.choose_bundle = lambda: out.path  # type: ignore[method-assign]
    office.import_button.setFocus()
    qtbot.keyClick(office.import_button, Qt.Key.Key_Space)
    assert office.preview_frame.isVisibleTo(office)
    office.grab().save(str(SHOTS / "qa_sync_preview.png"))
    button = getattr(office, key_button)
    button.setFocus()
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not office.preview_frame.isVisibleTo(office)
    focused = QApplication.focusWidget()
    assert focused is office.import_button, focused
