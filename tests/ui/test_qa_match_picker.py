"""QA pass on the contact dialog's mentee search: Spanish, keyboard only, model checked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from tests.conftest import Site
from tests.factories_sessions import World, build_world
from tests.ui.test_group_dialogs import open_contact_dialog, search, shown_ids
from tests.ui.test_groups_section import key, make_section

SHOTS = Path("/tmp/work/shots")
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def test_qa_contact_search_in_spanish_by_keyboard(
    qtbot: QtBot, spanish: None, world: World
) -> None:
    section = make_section(qtbot, world.coord, "Grupos y sesiones")
    dialog = open_contact_dialog(qtbot, section)
    QAbstractItemModelTester(dialog.picker.model, FATAL)
    dialog.grab().save(str(SHOTS / "qa_contact_es_start.png"))
    assert dialog.picker.search_edit.hasFocus()
    search(qtbot, dialog, "zzz")
    qtbot.waitUntil(dialog.picker.status.isVisible)
    assert shown_ids(dialog) == []
    dialog.grab().save(str(SHOTS / "qa_contact_es_none.png"))
    assert "zzz" in dialog.picker.status.text()
    search(qtbot, dialog, "evans")
    assert shown_ids(dialog) == [world.match_id]
    dialog.grab().save(str(SHOTS / "qa_contact_es_found.png"))
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.date_edit.hasFocus() and dialog.isVisible()
    assert dialog.picker.match_id() == world.match_id
