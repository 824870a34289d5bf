"""The dashboard: worked figures on the tiles, the month picker, the busy state, the alerts
opening records, refreshing on changes, the role differences, and the charts painting."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from peerdesk.db.models import ParticipantRow, PartnerRow, ReferralRow
from peerdesk.domain.alerts import Alert, AlertKind, ReleaseGap
from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.measures import Period
from peerdesk.domain.navigation import Section
from peerdesk.domain.roles import Role
from peerdesk.services.auth import SignedIn
from peerdesk.services.dashboard import (
    AlertRow,
    DashboardAlerts,
    Figure,
    MonthFigures,
    months_ending,
)
from peerdesk.services.site_info import site_info
from peerdesk.ui.alert_table_model import COL_DETAILS, COL_PERSON, AlertTableModel
from peerdesk.ui.charts import BarChart, FigureTile
from peerdesk.ui.dashboard_section import DashboardSection
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.session import UiSession
from peerdesk.ui.task_runner import TaskRunner
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_rows import add_row
from tests.factories_sessions import build_world
from tests.ui.conftest import make_session
from tests.unit.test_dashboard_service import month_world

THIS_MONTH = Period.month(date.today().year, date.today().month)


def make_dashboard(qtbot: QtBot, session: UiSession, service: Any = None) -> DashboardSection:
    widget = DashboardSection(session, service)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def tile_texts(widget: DashboardSection, figure: Figure) -> tuple[str, str]:
    tile = widget.tiles[figure]
    return tile.value_label.text(), tile.previous_label.text()


def cell(model: AlertTableModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


# --- figures --------------------------------------------------------------------------------
def test_tiles_show_the_worked_figures(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    world = month_world(coordinator, THIS_MONTH)
    widget = make_dashboard(qtbot, session)
    assert not widget.busy and widget.tile_area.isEnabled()
    assert widget.month_label.text() == THIS_MONTH.start.strftime("%B %Y")
    assert tile_texts(widget, Figure.ENROLLED) == ("2", "Previous month: 1")
    assert tile_texts(widget, Figure.ACTIVE) == ("3", "Previous month: 2")
    assert tile_texts(widget, Figure.MATCHED) == ("2", "Previous month: 2")
    assert tile_texts(widget, Figure.SESSIONS) == ("2", "Previous month: 1")
    assert tile_texts(widget, Figure.ATTENDANCE_RATE) == ("67%", "Previous month: 100%")
    per_match = world.month.contacts_per_match
    previous_per_match = world.previous.contacts_per_match
    assert per_match is not None and previous_per_match is not None
    assert tile_texts(widget, Figure.CONTACTS_PER_MATCH) == (
        f"{per_match:.1f}",
        f"Previous month: {previous_per_match:.1f}",
    )
    assert tile_texts(widget, Figure.REFERRALS) == ("2", "Previous month: 1")
    # The chart is not the only carrier: the numbers are in the accessible text too.
    enrolled = widget.tiles[Figure.ENROLLED]
    assert enrolled.accessibleName() == "Enrolled: 2. Previous month: 1."
    assert enrolled.chart.values == (0, 0, 0, 0, 1, 2)
    assert enrolled.chart.accessibleDescription().endswith(f"{widget.month_label.text()}: 2")
    assert widget.tiles[Figure.ATTENDANCE_RATE].chart.values[:4] == (None,) * 4


def test_the_month_picker_moves_back_and_forth(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    month_world(coordinator, THIS_MONTH)
    widget = make_dashboard(qtbot, session)
    assert not widget.next_button.isEnabled()  # nothing to count after this month
    qtbot.mouseClick(widget.previous_button, Qt.MouseButton.LeftButton)
    previous = THIS_MONTH.previous()
    assert widget.month == previous
    assert widget.month_label.text() == previous.start.strftime("%B %Y")
    assert widget.months[-1].period == previous and len(widget.months) == 6
    assert tile_texts(widget, Figure.ENROLLED) == ("1", "Previous month: 0")
    assert tile_texts(widget, Figure.ATTENDANCE_RATE) == ("100%", "Previous month: —")
    assert widget.next_button.isEnabled()
    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert widget.month == THIS_MONTH and not widget.next_button.isEnabled()
    assert tile_texts(widget, Figure.ENROLLED) == ("2", "Previous month: 1")
    widget.show_next_month()  # the shortcut while disabled: still this month
    assert widget.month == THIS_MONTH


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

    def drain(self) -> None:
        """Run every job held, and those they queue, in order."""
        while self.jobs:
            self.jobs.pop(0)()

    def shutdown(self, last: Callable[[], None] | None = None) -> None:
        if last is not None:
            last()


class FakeService:
    """A dashboard service answering from lists (or raising)."""

    def __init__(
        self,
        rows: tuple[AlertRow, ...] = (),
        error: Exception | None = None,
        totals: Mapping[AlertKind, int] | None = None,
    ) -> None:
        self.rows = rows
        self.error = error
        self.totals = dict(totals or {})
        self.month_calls = 0
        self.alert_calls: list[tuple[dict[AlertKind, int], tuple[AlertKind, ...]]] = []

    def months(self, actor: object, last: Period, count: int) -> tuple[MonthFigures, ...]:
        self.month_calls += 1
        if self.error is not None:
            raise self.error
        return tuple(MonthFigures(p, 1, 1, 1, 1, None, None, 1) for p in months_ending(last, count))

    def alerts(
        self,
        actor: object,
        limits: Mapping[AlertKind, int] | None = None,
        kinds: Collection[AlertKind] | None = None,
    ) -> DashboardAlerts:
        self.alert_calls.append((dict(limits or {}), tuple(kinds or ())))
        wanted = kinds or tuple(AlertKind)
        rows = tuple(r for r in self.rows if r.alert.kind in wanted)
        totals = {k: self.totals.get(k, sum(r.alert.kind is k for r in rows)) for k in wanted}
        return DashboardAlerts(rows, totals)


def test_a_refusal_shows_a_message(qtbot: QtBot, english: None, session: UiSession) -> None:
    widget = make_dashboard(qtbot, session, FakeService(error=PermissionDenied("report.run", "x")))
    assert not widget.busy
    assert widget.error_label.isVisible() and widget.error_label.text()
    assert tile_texts(widget, Figure.ENROLLED)[0] == "—"


def test_changes_named_in_events_refresh_it(
    qtbot: QtBot, session: UiSession, coordinator: SignedIn
) -> None:
    month_world(coordinator, THIS_MONTH)
    widget = make_dashboard(qtbot, session)
    assert tile_texts(widget, Figure.REFERRALS)[0] == "2"
    site_id = coordinator.actor.site_id
    with coordinator.store.uow() as uow:
        s = uow.session
        person = add_row(s, ParticipantRow, site_id, date_of_birth=date(1990, 1, 1))
        partner = add_row(s, PartnerRow, site_id, organization="Work", service_types="work")
        add_row(
            s,
            ReferralRow,
            site_id,
            participant_id=person.id,
            partner_id=partner.id,
            service_type="employment",
            status="made",
            made_on=THIS_MONTH.start,
            status_on=THIS_MONTH.start,
            made_by="maria",
        )
    session.events.announce("users")
    assert tile_texts(widget, Figure.REFERRALS)[0] == "2"  # not named: not counted again
    session.events.announce("participants")  # what the Referrals tab announces
    assert tile_texts(widget, Figure.REFERRALS)[0] == "3"


def test_a_hidden_dashboard_counts_again_when_shown(qtbot: QtBot, session: UiSession) -> None:
    service = FakeService()
    widget = make_dashboard(qtbot, session, service)
    assert service.month_calls == 2  # this month and the one before, then the chart's
    widget.hide()
    session.events.announce("participants")
    assert service.month_calls == 2  # nobody looking: counted when shown
    widget.show()
    assert service.month_calls == 4


# --- alerts ---------------------------------------------------------------------------------
@pytest.fixture
def world_window(qtbot: QtBot, site: Site) -> Iterator[tuple[MainWindow, Any]]:
    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor), make_session(coordinator)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        yield window, world
    finally:
        world.close()
        coordinator.store.close()


def test_the_alerts_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, english: None, world_window: tuple[MainWindow, Any]
) -> None:
    window, _world = world_window
    dashboard = window.pages[Section.DASHBOARD]
    assert isinstance(dashboard, DashboardSection)
    model = dashboard.alerts_model
    assert model.rowCount() == 2  # both active matches have had no contact for 60 days
    qtmodeltester.check(model)
    assert dashboard.alerts.heading.text() == "Alerts (2)"
    people = sorted(cell(model, r, COL_PERSON) for r in range(2))
    assert people == ["Diaz, Luis", "Evans, Luis"]
    details = {cell(model, r, COL_PERSON): cell(model, r, COL_DETAILS) for r in range(2)}
    assert details["Evans, Luis"] == "Days without a contact: 60. Mentor: Reyes, Tomas"
    assert details["Diaz, Luis"] == "Days without a contact: 60. Mentor: Okafor, Tomas"
    tip = model.data(model.index(0, COL_DETAILS), Qt.ItemDataRole.ToolTipRole)
    assert tip == cell(model, 0, COL_DETAILS)  # the clipped column reads in full
    assert model.data(model.index(0, COL_PERSON), Qt.ItemDataRole.ToolTipRole) is None


def test_enter_on_an_alert_opens_the_participant(
    qtbot: QtBot, english: None, world_window: tuple[MainWindow, Any]
) -> None:
    window, world = world_window
    assert window.current_section() is Section.DASHBOARD  # where a coordinator lands
    dashboard = window.pages[Section.DASHBOARD]
    assert isinstance(dashboard, DashboardSection)
    model, table = dashboard.alerts_model, dashboard.alerts_table
    row = next(r for r in range(model.rowCount()) if model.row(r).participant_id == world.mentee)
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_section() is Section.PARTICIPANTS
    section = window.pages[Section.PARTICIPANTS]
    assert isinstance(section, ParticipantsSection)
    assert section.currentWidget() is section.participant_page
    assert section.participant_page.participant_id == world.mentee
    assert section.participant_page.title.text() == "Evans, Luis"


def test_other_alerts_read_as_text(qtbot: QtBot, english: None, session: UiSession) -> None:
    today = date.today()
    rows = (
        AlertRow(
            "Soon",
            "Ben",
            "Benny",
            "S1",
            alert=Alert(
                AlertKind.RELEASE_NOT_READY,
                "participant",
                "p1",
                "p1",
                today + timedelta(days=9),
                9,
                (ReleaseGap.NO_CONSENT, ReleaseGap.NO_POST_RELEASE_MENTOR),
            ),
        ),
        AlertRow(
            "Okafor",
            "Tomas",
            alert=Alert(AlertKind.CERTIFICATION_EXPIRING, "mentor", "m1", None, today, 20),
        ),
    )
    widget = make_dashboard(qtbot, session, FakeService(rows))
    model = widget.alerts_model
    assert [cell(model, r, c) for r in range(2) for c in range(5)] == [
        "Release not prepared",
        "Soon, Ben “Benny”",
        "S1",
        (today + timedelta(days=9)).isoformat(),
        "Days to release: 9. Missing: consent in force, a mentor after release",
        "Certification expiring",
        "Okafor, Tomas",
        "",
        today.isoformat(),
        "Days left: 20",
    ]
    with qtbot.waitSignal(widget.open_mentor_requested) as opened:
        widget.alerts_table.doubleClicked.emit(model.index(1, 0))
    assert opened.args == ["m1"]
    with qtbot.waitSignal(widget.open_participant_requested) as opened:
        widget.alerts_table.activated.emit(model.index(0, 2))
    assert opened.args == ["p1"]


def test_no_alerts_says_so(qtbot: QtBot, english: None, session: UiSession) -> None:
    widget = make_dashboard(qtbot, session, FakeService())
    texts = [label.text() for label in widget.alerts.kind_labels.values()]
    assert texts == [
        "No recent contact: none",
        "Release not prepared: none",
        "Certification expiring: none",
    ]
    assert widget.alerts.heading.text() == "Alerts (0)"
    assert widget.alerts_table.accessibleDescription() == "No alerts today."
    assert not any(b.isVisible() for b in widget.alerts.more_buttons.values())


# --- roles ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("role", "has_dashboard"),
    [
        (Role.COORDINATOR, True),
        (Role.REENTRY_STAFF, True),
        (Role.AUDITOR, True),
        (Role.PEER_EDUCATOR, False),
    ],
)
def test_who_gets_the_dashboard(
    qtbot: QtBot, site: Site, coordinator: SignedIn, role: Role, has_dashboard: bool
) -> None:
    signed = coordinator
    if role is not Role.COORDINATOR:
        add_user(coordinator, "who", role.value)
        signed = site.sign_in("who", USER_PASS)
    try:
        window = MainWindow(site_info(signed.store, signed.actor), make_session(signed))
        qtbot.addWidget(window)
        assert (Section.DASHBOARD in window.pages) is has_dashboard
        assert (window.current_section() is Section.DASHBOARD) is has_dashboard
    finally:
        if signed is not coordinator:
            signed.store.close()


# --- charts ---------------------------------------------------------------------------------
def highlight_pixels(widget: BarChart | FigureTile) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colour = widget.palette().color(QPalette.ColorRole.Highlight)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)) == colour
    )


def drawn_pixels(widget: BarChart) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = QColor(image.pixel(image.width() - 1, 0))
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)) != background
    )


def test_the_chart_paints_empty_and_full(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(180, 80)
    chart.show()
    assert highlight_pixels(chart) == 0  # nothing to draw but the base line
    base_only = drawn_pixels(chart)
    chart.set_placeholder("Loading…")
    assert drawn_pixels(chart) > base_only + 20  # the words, where the bars will be
    chart.set_placeholder("")
    chart.set_series([3, 0, None, 5, 2, 8], ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
    full = highlight_pixels(chart)
    assert full > 100  # this month's bar, the tallest
    assert drawn_pixels(chart) > base_only + 500
    chart.set_series([None, None])
    assert 0 < highlight_pixels(chart) < full / 5  # a dash, not a bar
    chart.set_series([0.0, 0.0, 0.0])
    chart.resize(20, 10)
    chart.grab()  # tiny: still paints without error
    with pytest.raises(ValueError, match="one label per value"):
        chart.set_series([1, 2], ["Jun"])


def test_keyboard_moves_the_month_and_counts_again(qtbot: QtBot, session: UiSession) -> None:
    row = AlertRow(
        "A", "B", alert=Alert(AlertKind.CERTIFICATION_EXPIRING, "mentor", "m1", None, None, 9)
    )
    service = FakeService((row,))
    widget = make_dashboard(qtbot, session, service)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.alerts_table.setFocus()
    # A button's shortcut "clicks" it with a short animation: wait for the click.
    qtbot.keyClick(widget.alerts_table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: widget.month == THIS_MONTH.previous())
    qtbot.keyClick(widget.alerts_table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: widget.month == THIS_MONTH)
    calls = service.month_calls
    qtbot.keyClick(widget.alerts_table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: service.month_calls == calls + 2)


def test_figures_are_counted_on_the_worker_thread(
    qtbot: QtBot, coordinator: SignedIn, thread_runner: TaskRunner
) -> None:
    month_world(coordinator, THIS_MONTH)
    widget = make_dashboard(qtbot, make_session(coordinator, thread_runner))
    assert widget.busy  # the answer comes later, from the worker
    qtbot.waitUntil(lambda: not widget.busy and len(widget.months) == 6)
    assert widget.months[-1].enrolled == 2
    # As the app does: the worker closes the store it used, then stops.
    thread_runner.shutdown(coordinator.store.close)
