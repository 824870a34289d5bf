"""Printing a report off the GUI thread: progress, Cancel, failures, the window stays usable."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from peerdesk.ui import pdf_render
from peerdesk.ui.pdf_render import render_preview
from peerdesk.ui.print_job import stop_all
from peerdesk.ui.report_preview import ReportPreview
from peerdesk.ui.session import UiSession
from tests.ui.conftest import OFFSCREEN_NOISE

PAGES = 5
#: Where pictures of the screens go for a person to look at, when that folder exists.
SHOTS = Path("/tmp/work/shots")


def pdf_of(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=letter)
    for n in range(pages):
        canvas.drawString(72, 700, f"page {n + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setResolution(72)
    return printer


@pytest.fixture
def preview(qtbot: QtBot, session: UiSession) -> ReportPreview:
    widget = ReportPreview(session)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    pdf = pdf_of(PAGES)
    widget.show_report(pdf, render_preview(pdf), "report.pdf")
    return widget


class Gate:
    """Holds the print thread before page ``at`` until opened; records its threads."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.opened = threading.Event()
        self.threads: set[int] = set()
        self.pages = 0

    def wrap(self, real: Callable[..., QImage]) -> Callable[..., QImage]:
        def image(page: Any, dpi: float) -> QImage:
            self.threads.add(threading.get_ident())
            self.pages += 1
            if self.pages > self.at:
                # A timeout, not a hang, if the GUI thread never gets to open the gate.
                assert self.opened.wait(10), "the gate was never opened"
            return real(page, dpi)

        return image


def said(preview: ReportPreview) -> list[str]:
    texts: list[str] = []
    preview.said.connect(texts.append)
    preview.failed.connect(texts.append)
    return texts


def test_printing_shows_progress_and_sends_every_page(
    qtbot: QtBot, preview: ReportPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(preview, "ask_printer", lambda: file_printer(out))
    gate = Gate(at=2)
    monkeypatch.setattr(pdf_render, "_image", gate.wrap(pdf_render._image))
    texts = said(preview)
    values: list[int] = []
    preview.print_progress.valueChanged.connect(values.append)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    # The print thread waits before page 3, yet the GUI thread goes on: the bar moves.
    qtbot.waitUntil(lambda: preview.print_progress.value() == 2, timeout=10_000)
    assert preview.print_progress.isVisible() and preview.print_progress.maximum() == PAGES
    assert preview.cancel_print_button.isVisible() and preview.cancel_print_button.isEnabled()
    assert not preview.print_button.isEnabled()  # one print run at a time
    assert preview.save_button.isEnabled()  # saving still works meanwhile
    assert threading.get_ident() not in gate.threads  # pages are drawn off the GUI thread
    if SHOTS.is_dir():
        preview.grab().save(str(SHOTS / "report-printing.png"))
    gate.opened.set()
    qtbot.waitUntil(lambda: not preview.is_printing(), timeout=20_000)
    assert texts == [f"Sent {PAGES} pages to the printer."]
    assert len(PdfReader(out).pages) == PAGES
    assert values[-1] == PAGES and values == sorted(values)
    assert not preview.print_progress.isVisible() and not preview.cancel_print_button.isVisible()
    assert preview.print_button.isEnabled()


def test_cancel_stops_after_the_page_being_printed(
    qtbot: QtBot, preview: ReportPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(preview, "ask_printer", lambda: file_printer(out))
    gate = Gate(at=1)
    monkeypatch.setattr(pdf_render, "_image", gate.wrap(pdf_render._image))
    texts = said(preview)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.print_progress.value() == 1, timeout=10_000)
    qtbot.mouseClick(preview.cancel_print_button, Qt.MouseButton.LeftButton)
    assert not preview.cancel_print_button.isEnabled()
    gate.opened.set()  # page 2 finishes, then the run stops
    qtbot.waitUntil(lambda: not preview.is_printing(), timeout=20_000)
    assert texts == [f"Printing was cancelled after 2 of {PAGES} pages."]
    assert gate.pages == 2  # no page after the cancel was rasterised
    assert preview.print_button.isEnabled()


@pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE, r"^QPainter::begin\(\): Returned false$")
def test_a_printer_that_cannot_start_is_reported(
    qtbot: QtBot, preview: ReportPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nowhere = tmp_path / "no-such-folder" / "out.pdf"
    monkeypatch.setattr(preview, "ask_printer", lambda: file_printer(nowhere))
    texts = said(preview)
    preview.print_report()
    qtbot.waitUntil(lambda: not preview.is_printing(), timeout=20_000)
    assert texts == ["The report could not be printed. Check the printer."]
    assert not nowhere.exists() and preview.print_button.isEnabled()


def test_no_printer_chosen_prints_nothing(
    qtbot: QtBot, preview: ReportPreview, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview, "ask_printer", lambda: None)
    texts = said(preview)
    preview.print_report()
    assert not preview.is_printing() and texts == []


def test_quitting_stops_a_print_run_and_waits_for_it(
    qtbot: QtBot, preview: ReportPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview, "ask_printer", lambda: file_printer(tmp_path / "q.pdf"))
    gate = Gate(at=1)
    monkeypatch.setattr(pdf_render, "_image", gate.wrap(pdf_render._image))
    preview.print_report()
    job = preview.print_job
    assert job is not None
    qtbot.waitUntil(lambda: preview.print_progress.value() == 1, timeout=10_000)
    opener = threading.Timer(0.2, gate.opened.set)  # the page in progress finishes meanwhile
    opener.start()
    stop_all()  # what the application runs when it quits
    opener.join()
    assert job.isFinished() and job.cancelled and gate.pages == 2
    qtbot.waitUntil(lambda: not preview.is_printing(), timeout=10_000)
