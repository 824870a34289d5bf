"""At 200 % text in a 1280 x 800 window the Reports section fits: nothing drawn over anything.

Before: the report's description was drawn over the list of reports (the page was given its
height without the wrapped lines), the list was cut by a sideways scroll bar, and the preview's
placeholder ran off sideways in its own scroll area. Now the chooser and the preview stand side
by side only when both fit (else one above the other), the wrapped texts get their whole height
and the page scrolls down instead.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.reports_section import ReportsSection
from tests.factories_sessions import World
from tests.ui.test_audit4_coverage import make_window
from tests.ui.test_large_text_pages import settle, sideways
from tests.ui.test_report_printing import SHOTS


def reports(qtbot: QtBot, world: World) -> tuple[MainWindow, ReportsSection]:
    window = make_window(qtbot, world.coord)
    window.resize(1280, 800)
    window.show_section(Section.REPORTS)
    section = window.pages[Section.REPORTS]
    assert isinstance(section, ReportsSection)
    settle()
    return window, section


def place(widget: QWidget, section: ReportsSection) -> QRect:
    return QRect(widget.mapTo(section, QPoint(0, 0)), widget.size())


def overlaps(section: ReportsSection) -> list[str]:
    """Pairs of the chooser's parts (and the preview) drawn over each other."""
    parts: list[tuple[str, QWidget]] = [
        ("heading", section.heading),
        ("list", section.kinds),
        ("description", section.description),
        ("form", section.form_box),
        ("language", section.language),
        ("make", section.generate_button),
        ("status", section.status),
        ("error", section.error),
        ("preview", section.result.area),
        ("pages", section.result.pages_label),
        ("save", section.result.save_button),
    ]
    shown = [(name, place(w, section)) for name, w in parts if w.isVisible()]
    found = []
    for index, (name, rect) in enumerate(shown):
        for other, other_rect in shown[index + 1 :]:
            if rect.intersects(other_rect):
                found.append(f"{name} {rect.getRect()} over {other} {other_rect.getRect()}")
    return found


def every_row_shown(section: ReportsSection) -> bool:
    """Each report's row is inside the list's viewport, or the list scrolls up and down."""
    kinds = section.kinds
    if kinds.verticalScrollBar().maximum() > 0:
        return True
    room = kinds.viewport().rect()
    return all(room.contains(kinds.visualItemRect(kinds.item(row))) for row in range(kinds.count()))


def check_every_report(window: MainWindow, section: ReportsSection, shot: str) -> None:
    frame = window.frames[Section.REPORTS]
    for row in range(section.kinds.count()):
        section.kinds.setCurrentRow(row)
        settle()
        kind = section.current_kind()
        assert section.description.text(), kind
        assert overlaps(section) == [], kind
        assert not place(section.description, section).intersects(place(section.kinds, section))
        assert every_row_shown(section), kind
        assert section.kinds.horizontalScrollBar().maximum() == 0, kind  # no title cut
        assert sideways(frame, section) == [], kind
        # The description shows its whole text: as tall as it needs at its width.
        label = section.description
        assert label.height() >= label.heightForWidth(label.width()), kind
        if SHOTS.is_dir() and row in (0, section.kinds.count() - 1):
            window.grab().save(str(SHOTS / f"I_{shot}_{kind}.png"))


def test_reports_fit_at_200_percent_in_spanish(
    qtbot: QtBot, world: World, spanish: None, large_text: None
) -> None:
    window, section = reports(qtbot, world)
    check_every_report(window, section, "reports_200_spanish")


def test_reports_fit_at_200_percent_in_english(
    qtbot: QtBot, world: World, english: None, large_text: None
) -> None:
    window, section = reports(qtbot, world)
    check_every_report(window, section, "reports_200_english")


@pytest.mark.parametrize("language", ["english", "spanish"])
def test_a_report_made_at_200_percent_still_fits(
    qtbot: QtBot, world: World, language: str, large_text: None, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue(language)
    window, section = reports(qtbot, world)
    assert section.body.stacked()  # the preview under the parameters, at the page's width
    section.generate()
    settle()
    assert section.has_report()
    assert section.status.isVisible() and section.result.pages_label.text()
    assert overlaps(section) == []
    assert sideways(window.frames[Section.REPORTS], section) == []
    for label in (section.status, section.result.pages_label):
        assert label.height() >= label.heightForWidth(label.width())
    assert section.body.stacked()  # still: the page does not jump when a report is made
    assert section.result.area.width() > section.kinds.width()
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / f"I_reports_200_{language}_made.png"))
        frame = window.frames[Section.REPORTS]
        frame.verticalScrollBar().setValue(frame.verticalScrollBar().maximum())
        settle()
        window.grab().save(str(SHOTS / f"I_reports_200_{language}_made_scrolled.png"))


def test_at_normal_size_the_preview_stands_beside_the_chooser(
    qtbot: QtBot, world: World, english: None
) -> None:
    window, section = reports(qtbot, world)
    check_every_report(window, section, "reports_100_english")
    chooser, preview = place(section.kinds, section), place(section.result.area, section)
    assert preview.left() > chooser.right()  # side by side
    assert preview.top() < chooser.bottom()
    frame = window.frames[Section.REPORTS]
    assert frame.verticalScrollBar().maximum() == 0  # the page fits: nothing to scroll
    section.choose("monthly")
    section.generate()
    settle()
    assert section.has_report() and not section.body.stacked()
    assert overlaps(section) == [] and frame.verticalScrollBar().maximum() == 0
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "I_reports_100_english_made.png"))


def test_a_message_next_to_a_field_at_200_percent_pushes_the_rest_down(
    qtbot: QtBot, world: World, spanish: None, large_text: None
) -> None:
    window, section = reports(qtbot, world)
    section.choose("packet")
    section.generate()  # nothing typed: the message shows next to the field
    settle()
    assert section.current_form().messages()
    form = section.form_box
    assert form.height() >= form.layout().totalHeightForWidth(form.width())
    assert overlaps(section) == []
    assert sideways(window.frames[Section.REPORTS], section) == []
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "I_reports_200_spanish_packet_error.png"))
