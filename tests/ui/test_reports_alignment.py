"""On the Reports screen the form showing and the Language row line up (their fields start at
the same place), in English and in Spanish, whatever report is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.ui.reports_section import ReportsSection
from peerdesk.ui.session import UiSession
from tests.ui.test_reports_section import section_for


def field_x(section: ReportsSection, widget: QWidget) -> int:
    return widget.mapTo(section, QPoint(0, 0)).x()


@pytest.mark.parametrize("language", ["english", "spanish"])
def test_every_forms_fields_start_where_the_language_box_starts(
    qtbot: QtBot, session: UiSession, language: str, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue(language)
    section = section_for(qtbot, session)
    checked = 0
    for row in range(section.kinds.count()):
        section.kinds.setCurrentRow(row)
        qtbot.wait(5)
        form = section.forms[section.current_kind()]
        if form.layout_.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows:
            continue  # labels above their fields: nothing to line up
        fields = [
            form.layout_.itemAt(r, QFormLayout.ItemRole.FieldRole)
            for r in range(form.layout_.rowCount())
        ]
        first = next((f.widget() for f in fields if f is not None and f.widget() is not None), None)
        if first is None or not first.isVisible():
            continue
        assert field_x(section, first) == field_x(section, section.language), form
        checked += 1
    assert checked >= 3
