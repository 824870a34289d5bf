"""Spanish headers and labels fit their columns (matches, mentor suggestions); the group of a
session being recorded shows its whole name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from peerdesk.domain.match_rules import MatchStatus
from peerdesk.domain.mentor_rules import MentorSide
from peerdesk.services.auth import SignedIn
from peerdesk.services.groups import GroupService
from peerdesk.ui.column_fit import CELL_PADDING
from peerdesk.ui.groups_section import GroupsSection
from peerdesk.ui.matches_section import MatchesSection
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.session import UiSession
from tests.conftest import Site
from tests.factories_sessions import World, build_world
from tests.ui.conftest import make_session


def assert_headers_fit(table: QTableView) -> None:
    """Every header but the last (it stretches) is as wide as its text."""
    model, header = table.model(), table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(model.columnCount() - 1):
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert metrics.horizontalAdvance(text) + CELL_PADDING // 2 <= header.sectionSize(column), (
            text
        )


@pytest.mark.usefixtures("spanish")
def test_matches_and_suggestions_headers_fit_in_spanish(qtbot: QtBot, session: UiSession) -> None:
    section = MatchesSection(session, "Emparejamientos")
    qtbot.addWidget(section)
    section.resize(1050, 650)
    section.show()
    qtbot.waitExposed(section)
    table = section.list_tab.table
    assert table.model().headerData(6, Qt.Orientation.Horizontal) == "Contacto cada"
    assert_headers_fit(table)
    metrics = table.fontMetrics()
    for status in MatchStatus:  # every status a match can show fits
        assert metrics.horizontalAdvance(mentor_label("match_status", status.value)) < (
            table.columnWidth(3)
        )
    for side in MentorSide:
        assert metrics.horizontalAdvance(mentor_label("side", side.value)) < table.columnWidth(2)
    tab = section.suggestions_tab
    assert tab is not None
    assert tab.suggestion_table.model().headerData(3, Qt.Orientation.Horizontal) == "Puntuación"
    assert_headers_fit(tab.suggestion_table)
    assert_headers_fit(tab.people_table)


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    built = build_world(site, coordinator)
    yield built
    built.close()


@pytest.mark.usefixtures("spanish")
def test_a_long_group_name_shows_whole_while_recording(qtbot: QtBot, world: World) -> None:
    name = "Pathways to Change Sep 2026 A"
    group = GroupService(world.coord.store).create(world.coord.actor, name, "PTC", "Chapel").id
    section = GroupsSection(make_session(world.coord), "Grupos y sesiones")
    qtbot.addWidget(section)
    section.resize(1050, 700)  # the section's room in a 1280-pixel window
    section.show()
    qtbot.waitExposed(section)
    section.record_session(group)
    page = section.recording_page
    assert page is not None
    qtbot.waitUntil(lambda: page.group_combo.currentText() == name)
    combo = page.group_combo
    qtbot.waitUntil(lambda: combo.width() >= combo.minimumWidth())
    assert combo.fontMetrics().horizontalAdvance(name) <= combo.width() - 30  # the arrow
    assert combo.toolTip() == name
