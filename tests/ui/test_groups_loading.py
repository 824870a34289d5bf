"""The groups list says it is loading while the worker reads, and stops saying so after."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.ui.groups_section import GroupsSection
from tests.ui.conftest import make_session
from tests.ui.test_dashboard import DeferredRunner


def held_section(qtbot: QtBot, coordinator: SignedIn) -> tuple[GroupsSection, DeferredRunner]:
    runner = DeferredRunner()
    section = GroupsSection(make_session(coordinator, runner), "Groups and sessions")
    qtbot.addWidget(section)
    section.resize(1000, 600)
    section.show()
    return section, runner


def test_loading_until_the_rows_arrive(english: None, qtbot: QtBot, coordinator: SignedIn) -> None:
    section, runner = held_section(qtbot, coordinator)
    page = section.list_page
    assert page.count_label.isVisible() and page.count_label.text() == "Loading…"
    assert not page.empty_label.isVisible()
    runner.drain()
    assert page.count_label.text() == "Groups: 0"
    assert page.empty_label.isVisible()
    page.reload()
    assert page.count_label.text() == "Loading…"
    runner.drain()
    assert page.count_label.text() == "Groups: 0"


def test_a_failed_read_clears_the_loading_state(
    english: None, qtbot: QtBot, coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    section, runner = held_section(qtbot, coordinator)
    page = section.list_page

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(page._services.groups, "my_groups", broken)
    runner.drain()
    assert page.count_label.text() == ""
    assert page.error_label.isVisible() and page.error_label.text()
