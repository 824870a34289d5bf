"""The peer educators list says it is loading while the worker reads (12,500 rows take a while)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.ui.peer_educators_section import PeerEducatorsSection
from tests.factories_mentors import make_mentor
from tests.ui.conftest import make_session
from tests.ui.test_dashboard import DeferredRunner


def held_section(
    qtbot: QtBot, coordinator: SignedIn
) -> tuple[PeerEducatorsSection, DeferredRunner]:
    runner = DeferredRunner()
    section = PeerEducatorsSection(make_session(coordinator, runner), "Peer educators")
    qtbot.addWidget(section)
    section.resize(1000, 600)
    section.show()
    return section, runner


def test_loading_until_the_rows_arrive(english: None, qtbot: QtBot, coordinator: SignedIn) -> None:
    make_mentor(coordinator, first_name="Marta", last_name="Lopez")
    section, runner = held_section(qtbot, coordinator)
    page = section.list_page
    assert page.count_label.isVisible() and page.count_label.text() == "Loading…"
    assert not page.empty_label.isVisible()
    runner.drain()
    assert page.model.rowCount() == 1
    one = QCoreApplication.translate("MentorListPage", "%n peer educator(s)", "", 1)
    assert page.count_label.text() == one  # "1 peer educator" once the plural forms ship
    page.status_combo.setCurrentIndex(page.status_combo.count() - 1)  # a new filter: a new read
    assert page.count_label.text() == "Loading…"
    runner.drain()
    assert page.count_label.text() != "Loading…"


def test_a_failed_read_clears_the_loading_state(
    english: None, qtbot: QtBot, coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    section, runner = held_section(qtbot, coordinator)
    page = section.list_page

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(page._session.services.mentors, "mentor_page", broken)
    runner.drain()
    assert page.count_label.text() == ""
    assert page.error_label.isVisible() and page.error_label.text()
