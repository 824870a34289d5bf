"""The "Referrals waiting" tab at scale: a page at a time, "show more", and a loading state."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.services.referrals import ReferralService
from peerdesk.ui import referrals_section
from peerdesk.ui.app_events import PARTNERS
from peerdesk.ui.referrals_section import ReferralsSection
from tests.factories_records import enroll, make_partner_info
from tests.ui.conftest import make_session
from tests.ui.test_dashboard import DeferredRunner

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
START = date(2026, 3, 1)


def make_waiting(coordinator: SignedIn, count: int) -> list[str]:
    """``count`` waiting referrals, made on successive days; the ids oldest first."""
    rs = ReferralService(coordinator.store)
    a = coordinator.actor
    partner = rs.add_partner(a, make_partner_info())
    pid = enroll(coordinator)
    return [
        rs.make(a, pid, partner.id, "housing", made_on=START + timedelta(days=n)).id
        for n in range(count)
    ]


def listed(section: ReferralsSection) -> list[str]:
    m = section.waiting_model
    return [m.row(r).referral.id for r in range(m.rowCount())]


@pytest.fixture
def held(
    qtbot: QtBot, coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> tuple[ReferralsSection, DeferredRunner]:
    monkeypatch.setattr(referrals_section, "WAITING_STEP", 3)
    runner = DeferredRunner()
    section = ReferralsSection(make_session(coordinator, runner))
    qtbot.addWidget(section)
    QAbstractItemModelTester(section.waiting_model, FATAL)
    section.tabs.setCurrentIndex(section.waiting_index)
    section.resize(1000, 600)
    return section, runner


def test_first_page_then_show_more(
    english: None, coordinator: SignedIn, held: tuple[ReferralsSection, DeferredRunner]
) -> None:
    ids = make_waiting(coordinator, 7)
    section, runner = held
    section.show()
    # Nothing read yet: the tab says it is loading, not an empty list.
    assert section.waiting_count.isVisible()
    assert section.waiting_count.text() == "Loading the referrals waiting…"
    assert not section.more_button.isVisible() and section.waiting_model.rowCount() == 0
    runner.drain()
    assert listed(section) == ids[:3]
    assert section.waiting_count.text() == "3 listed, 4 more"
    assert section.more_button.isVisible() and section.more_button.text() == "Show 3 more"

    section.more_button.click()
    assert section.more_button.text() == "Loading…" and not section.more_button.isEnabled()
    section.show_more_waiting()  # a second click while reading asks for nothing more
    assert len(runner.jobs) == 1
    runner.drain()
    assert listed(section) == ids[:6]
    assert section.waiting_table.currentIndex().row() == 3  # at the first new one
    assert section.more_button.text() == "Show 1 more"
    section.more_button.click()
    runner.drain()
    assert listed(section) == ids
    assert section.waiting_count.text() == "7 referrals waiting"
    assert not section.more_button.isVisible()


def test_a_change_reloads_as_many_as_listed(
    english: None, coordinator: SignedIn, held: tuple[ReferralsSection, DeferredRunner]
) -> None:
    ids = make_waiting(coordinator, 7)
    section, runner = held
    section.show()
    runner.drain()
    section.more_button.click()
    runner.drain()
    ReferralService(coordinator.store).move(
        coordinator.actor, ids[0], "declined", on=START + timedelta(days=20)
    )
    section._session.events.announce(PARTNERS)
    assert section.waiting_count.text() == "Loading the referrals waiting…"
    assert listed(section) == ids[:6]  # the old rows stay until the new ones come
    runner.drain()
    assert listed(section) == ids[1:7]
    assert section.waiting_count.text() == "6 referrals waiting"


def test_none_waiting_and_a_failed_read(
    english: None, held: tuple[ReferralsSection, DeferredRunner], monkeypatch: pytest.MonkeyPatch
) -> None:
    section, runner = held
    section.show()
    runner.drain()
    assert section.waiting_count.text() == "No referrals waiting."

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(section._session.services.referrals, "waiting_page", broken)
    section.reload_waiting()
    runner.drain()
    assert section.waiting_message.isVisible() and section.waiting_message.text()
    assert section.waiting_count.text() == "No referrals waiting."
    assert not section.waiting_loading


def test_columns_are_measured_not_fitted_to_rows(
    held: tuple[ReferralsSection, DeferredRunner], monkeypatch: pytest.MonkeyPatch
) -> None:
    section, runner = held

    def refuse() -> None:
        raise AssertionError("resizeColumnsToContents reads every row")

    monkeypatch.setattr(section.waiting_table, "resizeColumnsToContents", refuse)
    section.show()
    runner.drain()
    table = section.waiting_table
    metrics = table.fontMetrics()
    for column, sample in referrals_section.WAITING_SAMPLES.items():
        width = table.horizontalHeader().sectionSize(column)
        assert width >= metrics.horizontalAdvance(sample), column
