"""The Reports section: choose, check, make (with progress and cancel), preview, save, print."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantService
from peerdesk.services.sessions import AttendanceMark, SessionDraft, SessionService
from peerdesk.services.site_info import site_info
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.report_forms import ExportForm
from peerdesk.ui.report_people_forms import CertificateForm, PacketForm, SigninForm
from peerdesk.ui.reports_section import ReportsSection
from peerdesk.ui.session import UiSession
from peerdesk.ui.task_runner import TaskRunner
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_reports import add_consent, add_office, audit_rows, pdf_lines
from tests.factories_sessions import World, build_world
from tests.ui.conftest import make_session
from tests.unit.test_measures import _scenario

OCTOBER_DAY = date(2026, 11, 15)


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    built = build_world(site, coordinator)
    yield built
    built.close()


def section_for(qtbot: QtBot, session: UiSession) -> ReportsSection:
    section = ReportsSection(session)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    return section


@pytest.fixture
def section(qtbot: QtBot, coordinator: SignedIn) -> ReportsSection:
    session = make_session(coordinator)
    return section_for(qtbot, UiSession(**{**session.__dict__, "today": lambda: OCTOBER_DAY}))


def doc_of(signed: SignedIn, participant_id: str) -> str:
    detail = ParticipantService(signed.store).get(signed.actor, participant_id)
    return detail.profile.doc_number


def make(section: ReportsSection) -> None:
    QTest.keyClick(section.generate_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def preview_is_a_page(section: ReportsSection) -> None:
    pixmap = section.preview_pixmap()
    assert not pixmap.isNull()
    ratio = pixmap.height() / pixmap.width()
    assert 1.25 < ratio < 1.45, ratio  # letter 1.29, A4 1.41: a portrait page
    image = pixmap.toImage()
    # Something is printed on it: not one colour all over.
    colours = {
        QColor(image.pixel(x, y)).lightness()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height() // 3, 7)
    }
    assert min(colours) < 100 and max(colours) > 240


# --- choosing -------------------------------------------------------------------------------
def test_each_report_chosen_with_the_keyboard(section: ReportsSection) -> None:
    keys = [
        section.kinds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(section.kinds.count())
    ]
    assert keys == [
        "monthly",
        "grant",
        "packet",
        "signin",
        "attendance",
        "agreement",
        "certificate",
        "export",
    ]
    section.kinds.setFocus()
    seen = [section.current_kind()]
    for _ in keys[1:]:
        QTest.keyClick(section.kinds, Qt.Key.Key_Down)
        seen.append(section.current_kind())
        shown = [k for k, form in section.forms.items() if form.isVisibleTo(section)]
        assert shown == [seen[-1]]
        assert section.description.text()
    assert seen == keys
    for widget in (section.kinds, section.language, section.progress_bar):
        assert widget.accessibleName()


def test_roles_without_report_rights_get_no_section(qtbot: QtBot, site: Site, world: World) -> None:
    peer_window = MainWindow(
        site_info(world.peer.store, world.peer.actor), make_session(world.peer)
    )
    qtbot.addWidget(peer_window)
    assert Section.REPORTS not in peer_window.pages
    coord_window = MainWindow(
        site_info(world.coord.store, world.coord.actor), make_session(world.coord)
    )
    qtbot.addWidget(coord_window)
    assert isinstance(coord_window.pages[Section.REPORTS], ReportsSection)


def test_auditor_has_no_csv_export(qtbot: QtBot, site: Site, coordinator: SignedIn) -> None:
    add_user(coordinator, "audrey", "auditor")
    auditor = site.sign_in("audrey", USER_PASS)
    try:
        section = section_for(qtbot, make_session(auditor))
        assert "export" not in section.forms and "monthly" in section.forms
    finally:
        auditor.store.close()


# --- making, previewing, saving, printing ----------------------------------------------------
def test_monthly_report_made_previewed_and_saved(
    section: ReportsSection, coordinator: SignedIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _scenario(coordinator)
    section.choose("monthly")
    assert section.forms["monthly"].month.text() == "2026-10"  # last month by default
    steps: list[int] = []
    section.progress_bar.valueChanged.connect(steps.append)
    make(section)
    assert section.has_report(), section.current_form().messages()
    assert [s for s in steps if s][:3] == [5, 40, 75]  # 0 first, as the bar is reset
    assert not section.progress_bar.isVisible() and not section.cancel_button.isVisible()
    preview_is_a_page(section)
    assert section.result.save_button.isEnabled() and section.result.print_button.isEnabled()

    out = tmp_path / "out"
    out.mkdir()
    target = out / "october"  # no suffix typed: .pdf is added
    monkeypatch.setattr(section.result, "ask_save_path", lambda: str(target))
    QTest.keyClick(section, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = out / "october.pdf"
    lines = pdf_lines(saved.read_bytes())
    assert lines[lines.index("Enrolled") + 1] == "1"  # the figure test_measures works out
    first = PdfReader(saved).pages[0].extract_text()
    assert "October 2026" in first or "2026-10" in first
    assert [p.name for p in out.iterdir()] == ["october.pdf"]  # no temporary file left
    assert section.status.text()


def test_printed_on_a_pdf_printer_with_every_page(
    qtbot: QtBot,
    section: ReportsSection,
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    section.choose("signin")
    form = section.forms["signin"]
    assert isinstance(form, SigninForm)
    assert form.group.count() == 2 and form.sessions.currentData() == ""  # a blank sheet
    make(section)
    assert section.has_report(), form.messages()
    preview_is_a_page(section)
    out = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        p.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        p.setResolution(96)
        return p

    monkeypatch.setattr(section.result, "ask_printer", printer)
    section.result.print_button.click()
    assert section.result.is_printing()  # on its own thread: the window goes on
    qtbot.waitUntil(lambda: not section.result.is_printing(), timeout=20_000)
    assert section.result.pdf is not None
    assert len(PdfReader(out).pages) == len(PdfReader(io.BytesIO(section.result.pdf)).pages)
    assert "1" in section.status.text()


def test_sign_in_sheet_of_a_recorded_session(section: ReportsSection, world: World) -> None:
    SessionService(world.coord.store).record(
        world.coord.actor,
        SessionDraft(
            world.group_id,
            "10:00",
            60,
            tuple(AttendanceMark(pid, "present") for pid in world.members),
            module="Module 3",
        ),
    )
    section.choose("signin")
    form = section.forms["signin"]
    assert isinstance(form, SigninForm)
    form.group.setCurrentIndex(form.group.findData(world.group_id))
    assert form.sessions.count() == 2 and form.sessions.currentIndex() == 1
    assert not form.on_date.isVisibleTo(form)
    make(section)
    assert section.has_report(), form.messages()
    assert any(
        r.action == "report.signin" and r.object_type == "session" for r in audit_rows(world.coord)
    )


def test_packet_for_a_participant_found_by_name(
    section: ReportsSection, coordinator: SignedIn, world: World
) -> None:
    add_office(coordinator)
    with coordinator.store.uow() as uow:
        add_consent(
            uow.session, coordinator.actor.site_id, world.mentee, signed_on=date(2020, 1, 1)
        )
    section.choose("packet")
    form = section.forms["packet"]
    assert isinstance(form, PacketForm)
    QTest.keyClicks(form.finder.search, "Evans")
    QTest.keyClick(form.finder.search, Qt.Key.Key_Return)
    assert form.finder.results.count() == 1
    assert form.recipient.count() == 1 and form.recipient.currentText() == "County Reentry Office"
    make(section)
    assert section.has_report(), form.messages()
    assert "Prepared for County Reentry Office" in "\n".join(pdf_lines(section.result.pdf or b""))


def test_packet_to_a_partner_without_a_site(
    section: ReportsSection, coordinator: SignedIn, world: World
) -> None:
    with coordinator.store.uow() as uow:
        row = add_consent(
            uow.session,
            coordinator.actor.site_id,
            world.mentee,
            recipient_site_id=None,
            signed_on=date(2020, 1, 1),
        )
        row.recipient_name = "Casa Esperanza"
    section.choose("packet")
    form = section.forms["packet"]
    assert isinstance(form, PacketForm)
    form.finder.search.setText(doc_of(coordinator, world.mentee))
    form.finder.search_now()
    assert "Casa Esperanza" in form.recipient.currentText()
    make(section)
    assert section.has_report(), form.messages()
    assert "Prepared for Casa Esperanza" in "\n".join(pdf_lines(section.result.pdf or b""))


# --- bad parameters ---------------------------------------------------------------------------
def test_no_month_is_shown_next_to_the_field(
    section: ReportsSection, coordinator: SignedIn
) -> None:
    before = len(audit_rows(coordinator, "report."))
    form = section.forms["monthly"]
    for text, expected in (("", "Type the month"), ("2026-13", "year-month")):
        form.month.setText(text)
        make(section)
        assert expected in form.messages()["month"]
        assert form.errors.label("month").isVisibleTo(section)
        assert not section.has_report() and not section.result.save_button.isEnabled()
    assert len(audit_rows(coordinator, "report.")) == before


def test_grant_period_checked(section: ReportsSection) -> None:
    section.choose("grant")
    form = section.forms["grant"]
    form.start.setText("2026-04-01")
    form.end.setText("2026-03-31")
    make(section)
    assert "before" in form.messages()["end"]
    form.end.setText("2026-02-30")
    make(section)
    assert "no such date" in form.messages()["end"]
    assert not section.has_report()


def test_unknown_doc_number(section: ReportsSection, coordinator: SignedIn, world: World) -> None:
    before = len(audit_rows(coordinator, "report."))
    for kind in ("packet", "certificate"):
        section.choose(kind)
        form = section.forms[kind]
        assert isinstance(form, PacketForm | CertificateForm)
        form.finder.search.setText("Z999")
        form.finder.search_now()
        assert "No participant you can see matches" in form.messages()["participant"]
        make(section)  # the DOC number as typed goes to the service, which finds no one
        assert form.messages()["participant"] == "No participant you can see has this DOC number."
        assert not section.has_report()
    assert len(audit_rows(coordinator, "report.")) == before


def test_certificate_needs_a_completion(
    section: ReportsSection, coordinator: SignedIn, world: World
) -> None:
    section.choose("certificate")
    form = section.forms["certificate"]
    form.finder.search.setText(doc_of(coordinator, world.mentee))
    make(section)
    assert "no recorded completion" in form.messages()["participant"]
    assert not section.has_report()


def test_export_needs_a_folder_then_writes_the_files(
    section: ReportsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section.choose("export")
    form = section.forms["export"]
    assert isinstance(form, ExportForm)
    make(section)
    assert "Choose the folder" in form.messages()["folder"]
    form.folder.setText(str(tmp_path / "missing"))
    make(section)
    assert "does not exist" in form.messages()["folder"]
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(form, "ask_folder", lambda: str(out))
    form.browse_button.click()
    make(section)
    assert sorted(p.name for p in out.iterdir()) == [
        "matches.csv",
        "measures.csv",
        "participants.csv",
        "referrals.csv",
        "sessions.csv",
    ]
    assert "5" in section.status.text()


# --- cancelling --------------------------------------------------------------------------------
def test_cancel_stops_a_long_report(section: ReportsSection, coordinator: SignedIn) -> None:
    before = len(audit_rows(coordinator, "report."))
    shown: list[bool] = []

    def press_cancel(value: int) -> None:
        if value > 0:  # pressed while the first step runs
            shown.append(section.cancel_button.isVisible())
            section.cancel_button.click()

    section.progress_bar.valueChanged.connect(press_cancel)
    make(section)
    assert shown == [True]
    assert "cancelled" in section.current_form().messages()[""]
    assert not section.has_report() and section.generate_button.isEnabled()
    assert len(audit_rows(coordinator, "report.")) == before


def test_reports_without_progress_show_no_cancel(
    section: ReportsSection, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, bool, bool]] = []
    runner = section._session.runner
    run = runner.run

    def watching(fn: Callable[[], Any], on_done: Any, on_error: Any, owner: Any = None) -> None:
        bar = section.progress_bar
        busy = bar.maximum() == 0  # no steps to show: a busy bar
        seen.append((section.current_kind(), busy, section.cancel_button.isVisibleTo(section)))
        run(fn, on_done, on_error, owner)

    monkeypatch.setattr(runner, "run", watching)
    for kind in ("agreement", "monthly"):
        section.choose(kind)
        if kind == "agreement":  # a peer educator is chosen by name first
            finder = section.forms["agreement"].mentor  # type: ignore[attr-defined]
            finder.search_edit.setText("okafor")
            finder.search_now()
        make(section)
        assert section.has_report(), section.current_form().messages()
    assert seen[-1] == ("monthly", False, True)
    assert ("agreement", True, False) in seen


def test_made_on_the_worker_thread(
    qtbot: QtBot, coordinator: SignedIn, thread_runner: TaskRunner
) -> None:
    """The real runner: the report and its preview are made off the GUI thread."""
    _scenario(coordinator)
    session = make_session(coordinator, thread_runner)
    section = section_for(qtbot, UiSession(**{**session.__dict__, "today": lambda: OCTOBER_DAY}))
    steps: list[int] = []
    section.progress_bar.valueChanged.connect(steps.append)
    make(section)
    assert not section.generate_button.isEnabled()  # running: a second click waits
    qtbot.waitUntil(section.has_report, timeout=20_000)
    preview_is_a_page(section)
    assert [s for s in steps if s][:3] == [5, 40, 75]
    assert section.generate_button.isEnabled()
