"""The dashboard fills in as answers come: placeholders first, this month's numbers, the
alerts and the chart's months in any order, stale answers dropped (a change, another month,
the screen left), and "N more" per kind of alert with a way to list them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.domain.alerts import Alert, AlertKind
from peerdesk.services.auth import SignedIn
from peerdesk.services.dashboard import AlertRow, Figure
from peerdesk.ui.session import UiSession
from tests.ui.conftest import make_session
from tests.ui.test_dashboard import (
    THIS_MONTH,
    DeferredRunner,
    FakeService,
    make_dashboard,
    tile_texts,
)
from tests.unit.test_dashboard_service import month_world


def test_the_figures_fill_in_as_they_come_and_late_answers_are_dropped(
    qtbot: QtBot, english: None, coordinator: SignedIn
) -> None:
    month_world(coordinator, THIS_MONTH)
    runner = DeferredRunner()
    widget = make_dashboard(qtbot, make_session(coordinator, runner))
    first, alerts, earlier = runner.jobs  # this month, the alerts, the chart's months
    tile = widget.tiles[Figure.ENROLLED]
    assert widget.busy and widget.months == ()
    assert tile_texts(widget, Figure.ENROLLED) == ("…", " ")
    assert tile.accessibleName() == "Enrolled: loading…"
    assert tile.chart.placeholder == "Loading…"
    quiet = widget.alerts.kind_labels[AlertKind.NO_RECENT_CONTACT]
    assert quiet.text() == quiet.accessibleName() == "No recent contact: Loading…"
    tile_height = widget.tile_area.height()
    first()
    assert tile_texts(widget, Figure.ENROLLED) == ("2", "Previous month: 1")
    assert widget.busy and tile.chart.values == ()  # the chart's months are on their way
    assert tile.chart.accessibleDescription() == "Loading…"
    assert tile.chart.placeholder == "Loading…"  # drawn in the chart's place
    assert widget.tile_area.height() == tile_height  # nothing moved
    widget.show_previous_month()  # asked again before the chart's months came
    alerts()
    earlier()  # for the other month: dropped
    assert widget.months == () and tile_texts(widget, Figure.ENROLLED) == ("…", " ")
    assert quiet.text() != "No recent contact: Loading…"  # the alerts are in
    new_first, new_earlier = runner.jobs[3:]
    new_earlier()  # the chart's months first this time: held until the month's come
    assert widget.busy and widget.months == ()
    new_first()
    assert not widget.busy
    assert widget.months[-1].period == THIS_MONTH.previous() and len(widget.months) == 6
    assert tile_texts(widget, Figure.ENROLLED) == ("1", "Previous month: 0")
    assert tile.chart.values == (0, 0, 0, 0, 0, 1)
    assert tile.chart.placeholder == ""


def quiet_row(n: int) -> AlertRow:
    alert = Alert(AlertKind.NO_RECENT_CONTACT, "match", f"m{n}", f"p{n}", date.today(), 20 + n)
    return AlertRow(f"Last{n}", "Ana", doc_number=f"D{n}", alert=alert)


def test_alerts_before_figures_and_a_stale_answer_after_a_change(
    qtbot: QtBot, english: None, session: UiSession
) -> None:
    runner = DeferredRunner()
    service = FakeService((quiet_row(1), quiet_row(2)))
    widget = make_dashboard(qtbot, make_session_like(session, runner), service)
    first, alerts, earlier = runner.jobs
    service.rows = (quiet_row(3),)  # the data changes before the worker gets there...
    session.events.announce("contacts")  # ...and the dashboard hears of it
    first_again, alerts_again, earlier_again = runner.jobs[3:]
    alerts()  # the answer to the first request: stale, not shown
    assert widget.alerts_model.rowCount() == 0
    assert widget.alerts.loading
    alerts_again()  # the alerts before the figures: shown at once
    assert widget.alerts_model.rowCount() == 1
    assert widget.alerts_model.row(0).alert.record_id == "m3"
    assert widget.busy and tile_texts(widget, Figure.ENROLLED)[0] == "…"
    earlier(), first()  # stale: dropped, and neither asked the service
    assert widget.busy and service.month_calls == 0
    first_again(), earlier_again()
    assert not widget.busy and service.month_calls == 2
    assert widget.alerts.heading.text() == "Alerts (1)"


def make_session_like(session: UiSession, runner: DeferredRunner) -> UiSession:
    from dataclasses import replace

    return replace(session, runner=runner)


def test_leaving_the_screen_cancels_the_queued_reads(
    qtbot: QtBot, english: None, session: UiSession
) -> None:
    runner = DeferredRunner()
    service = FakeService((quiet_row(1),))
    widget = make_dashboard(qtbot, make_session_like(session, runner), service)
    widget.hide()  # e.g. the participant list was opened before the answers came
    for job in runner.jobs:
        job()
    assert service.month_calls == 0 and service.alert_calls == []  # no work done
    assert widget.alerts_model.rowCount() == 0
    widget.show()  # back: read again
    for job in runner.jobs[3:]:
        job()
    assert service.month_calls == 2 and widget.alerts_model.rowCount() == 1
    assert not widget.busy and not widget.alerts.loading
    widget.hide()  # nothing on its way: nothing to read again when shown
    widget.show()
    assert len(runner.jobs) == 6


def test_n_more_shows_only_when_there_are_more_and_lists_them(
    qtbot: QtBot, english: None, session: UiSession
) -> None:
    cert = AlertRow(
        "A", "B", alert=Alert(AlertKind.CERTIFICATION_EXPIRING, "mentor", "c1", None, None, 9)
    )
    service = FakeService(
        (quiet_row(1), quiet_row(2), cert),
        totals={AlertKind.NO_RECENT_CONTACT: 1502, AlertKind.CERTIFICATION_EXPIRING: 1},
    )
    widget = make_dashboard(qtbot, session, service)
    panel = widget.alerts
    labels = {kind: label.text() for kind, label in panel.kind_labels.items()}
    assert labels == {
        AlertKind.NO_RECENT_CONTACT: "No recent contact: 2 listed, and 1,500 more",
        AlertKind.RELEASE_NOT_READY: "Release not prepared: none",
        AlertKind.CERTIFICATION_EXPIRING: "Certification expiring: 1",
    }
    more = panel.more_buttons[AlertKind.NO_RECENT_CONTACT]
    assert more.isVisible() and more.text() == "Show 300 more"
    assert more.accessibleName() == "Show 300 more: No recent contact"
    assert not panel.more_buttons[AlertKind.RELEASE_NOT_READY].isVisible()
    assert not panel.more_buttons[AlertKind.CERTIFICATION_EXPIRING].isVisible()
    assert widget.alerts.heading.text() == "Alerts (1,503)"
    service.rows = (quiet_row(1), quiet_row(2), quiet_row(3), cert)
    more.setFocus()
    qtbot.keyClick(more, Qt.Key.Key_Space)
    # Only that kind is read again, with 300 more asked for; the others stay as they were.
    assert service.alert_calls[-1] == (
        {AlertKind.NO_RECENT_CONTACT: 600},
        (AlertKind.NO_RECENT_CONTACT,),
    )
    assert widget.alerts_model.rowCount() == 4
    assert (
        panel.kind_labels[AlertKind.CERTIFICATION_EXPIRING].text()
        == labels[AlertKind.CERTIFICATION_EXPIRING]
    )
    assert panel.kind_labels[AlertKind.NO_RECENT_CONTACT].text() == (
        "No recent contact: 3 listed, and 1,499 more"
    )
    assert widget.alerts_table.currentIndex().row() == 2  # the first new one, at the top
    panel.limits[AlertKind.NO_RECENT_CONTACT] = 3000  # as far as the service goes
    widget.reload()
    assert not more.isVisible()


def test_the_panel_steps_match_the_service() -> None:
    from peerdesk.services import dashboard
    from peerdesk.ui import dashboard_alerts

    assert dashboard_alerts.STEP == dashboard.ALERTS_PER_KIND
    assert dashboard_alerts.MOST == dashboard.MAX_ALERTS_PER_KIND


def test_the_numbers_of_a_row_stay_level_when_a_title_wraps(
    qtbot: QtBot, spanish: None, coordinator: SignedIn
) -> None:
    widget = make_dashboard(qtbot, make_session(coordinator, DeferredRunner()))
    widget.resize(900, 700)  # narrow: "Sesiones de grupo realizadas" takes two lines
    qtbot.wait(50)
    first_row = [widget.tiles[f] for f in list(Figure)[:4]]
    wrapped = [t.title_label for t in first_row if t.title_label.text().startswith("Sesiones")]
    assert wrapped, "the long Spanish title is in the first row"
    line = wrapped[0].fontMetrics().lineSpacing()
    assert wrapped[0].heightForWidth(wrapped[0].width()) > line  # it does wrap
    levels = {t.value_label.mapTo(widget, t.value_label.rect().topLeft()).y() for t in first_row}
    assert len(levels) == 1  # every number of the row at the same height
