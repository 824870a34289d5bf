"""The setup wizard prints the recovery code (issue 4: "shows the recovery code once with a
button to print it (PDF)"): one page, to the printer chosen, never to a file of ours."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from peerdesk.ui.setup_wizard import SetupWizard
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_report_printing import SHOTS, file_printer
from tests.ui.test_setup_wizard import Button, click, fill_coordinator, fill_site_page, wizard

__all__ = ["wizard"]  # the fixture, used by name


def on_recovery_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    fill_site_page(qtbot, wizard)
    fill_coordinator(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.RECOVERY_PAGE)


def test_recovery_code_page_has_a_print_button(qtbot: QtBot, wizard: SetupWizard) -> None:
    on_recovery_page(qtbot, wizard)
    page = wizard.recovery_page
    buttons = [
        b
        for b in page.findChildren(QAbstractButton)
        if b.isVisible() and "print" in b.text().replace("&", "").lower()
    ]
    assert buttons, "no Print button on the recovery-code page"
    assert buttons[0].isEnabled()
    if SHOTS.is_dir():
        wizard.grab().save(str(SHOTS / "wizard-recovery-print.png"))


def test_print_sends_one_page_with_the_code_to_the_printer(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_recovery_page(qtbot, wizard)
    page = wizard.recovery_page
    out = tmp_path / "printer.pdf"  # stands for the printer the person picked
    monkeypatch.setattr(page, "ask_printer", lambda: file_printer(out))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.print_job is None, timeout=20_000)
    assert page.print_status.text().startswith("Sent to the printer.")
    assert len(PdfReader(out).pages) == 1
    assert page.print_button.isEnabled()  # a second copy may be printed
    # Written down: Finish wipes the code, and there is nothing left to print.
    page.confirm_box.setChecked(True)
    click(qtbot, wizard, Button.FinishButton)
    assert not page.print_button.isEnabled()


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, wizard: SetupWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_recovery_page(qtbot, wizard)
    page = wizard.recovery_page
    monkeypatch.setattr(page, "ask_printer", lambda: None)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert page.print_job is None and page.print_status.text() == ""
    assert page.print_button.isEnabled()


@pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE, r"^QPainter::begin\(\): Returned false$")
def test_a_printer_that_fails_says_so(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_recovery_page(qtbot, wizard)
    page = wizard.recovery_page
    nowhere = tmp_path / "missing folder" / "printer.pdf"
    monkeypatch.setattr(page, "ask_printer", lambda: file_printer(nowhere))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.print_job is None, timeout=20_000)
    assert page.print_status.text() == "The code could not be printed. Check the printer."
    assert not nowhere.exists()
