"""The Sync screen at 200 % text in a 1280 x 800 window, in English and Spanish: no sideways
scrolling (the sites table, the import preview and the buttons fit; tables scroll inside)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_service import SyncService
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.sync_section import SyncSection
from tests.factories_sync import consent, enroll, facility_and_office
from tests.ui.test_audit4_coverage import make_window
from tests.ui.test_report_printing import SHOTS

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def sync_screen(qtbot: QtBot, signed: SignedIn) -> tuple[MainWindow, SyncSection]:
    window = make_window(qtbot, signed)
    window.show_section(Section.SYNC)
    section = window.pages[Section.SYNC]
    assert isinstance(section, SyncSection)
    qtbot.waitUntil(lambda: section.peer_model.rowCount() == 1)
    return window, section


def right_edge(widget: QWidget, frame_viewport: QWidget) -> int:
    return widget.mapTo(frame_viewport, QPoint(widget.width(), 0)).x()


def previewing(qtbot: QtBot, sites: Pair, tmp_path: Path) -> tuple[MainWindow, SyncSection]:
    fac, off = sites
    pid = enroll(fac, legal_last_name="Moreno")
    consent(fac, pid, off.actor.site_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, usb)
    window, section = sync_screen(qtbot, off)
    section.choose_bundle = lambda: out.path  # type: ignore[method-assign]
    section.import_bundle()
    assert section.preview_frame.isVisibleTo(section)
    qtbot.wait(50)
    return window, section


def overlapping(buttons: list[QPushButton]) -> bool:
    shown = [b.geometry() for b in buttons if b.isVisible()]
    return any(a.intersects(b) for i, a in enumerate(shown) for b in shown[i + 1 :])


@pytest.mark.parametrize("language", ["english", "spanish"])
def test_at_200_percent_the_sync_screen_does_not_scroll_sideways(
    qtbot: QtBot,
    sites: Pair,
    tmp_path: Path,
    large_text: None,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    request.getfixturevalue(language)
    window, section = previewing(qtbot, sites, tmp_path)
    section.job_bar.start("import")  # the bar and its Cancel, as during an import
    frame = window.frames[Section.SYNC]
    view = frame.viewport()
    qtbot.waitUntil(lambda: frame.horizontalScrollBar().maximum() == 0)
    # The sites table keeps room for rows under its two-line header (it was squeezed to it).
    table = section.peer_table
    assert table.viewport().height() >= 2 * table.verticalHeader().defaultSectionSize()
    for button in (
        section.apply_button,
        section.preview_frame.cancel_button,
        section.stop_button,
        section.import_button,
        section.export_button,
    ):
        assert right_edge(button, view) <= view.width(), button.text()
    qtbot.wait(50)  # the layout settles
    preview = section.preview_frame
    assert preview.table.geometry().bottom() < preview.apply_button.geometry().top()
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / f"E_sync_200_{language}.png"))
        frame.verticalScrollBar().setValue(frame.verticalScrollBar().maximum())
        window.grab().save(str(SHOTS / f"E_sync_200_{language}_end.png"))
    # The other tabs: the five buttons of Possible duplicates were one row (1,180 px).
    buttons = {
        section.conflicts_index: [section.keep_ours_button, section.keep_theirs_button],
        section.duplicates_index: [
            section.duplicates.open_imported_button,
            section.duplicates.open_local_button,
            section.duplicates.keep_both_button,
            section.duplicates.keep_local_button,
            section.duplicates.keep_imported_button,
        ],
    }
    for index, shown in buttons.items():
        section.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: frame.horizontalScrollBar().maximum() == 0)
        for button in shown:
            assert right_edge(button, view) <= view.width(), button.text()
        assert not overlapping(shown)
        if SHOTS.is_dir():
            qtbot.wait(50)
            frame.verticalScrollBar().setValue(frame.verticalScrollBar().maximum())
            window.grab().save(str(SHOTS / f"E_sync_200_{language}_tab{index}.png"))
    section.job_bar.finish()
