"""The transition packet's recipient box shows its whole text in Spanish, and a name too long
for any box is shortened with "…" and a tooltip, never cut mid-letter (issue-4 audit,
es-71-reports-packet-error)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.ui.fit_combo_box import FitComboBox
from peerdesk.ui.report_people_forms import PacketForm
from tests.ui.conftest import make_session
from tests.ui.test_reports_section import section_for


def needed_width(text: str) -> int:
    """What a plain combo box asks for to show ``text`` whole."""
    plain = QComboBox()
    plain.addItem(text)
    return plain.sizeHint().width()


def inside(widget: QWidget, ancestor: QWidget) -> bool:
    rect = widget.rect().translated(widget.mapTo(ancestor, widget.rect().topLeft()))
    return ancestor.rect().contains(rect)


@pytest.mark.usefixtures("spanish")
def test_the_recipient_shows_its_whole_text_in_spanish(qtbot: QtBot, coordinator: SignedIn) -> None:
    section = section_for(qtbot, make_session(coordinator))
    section.resize(1280, 700)
    section.choose("packet")
    form = section.forms["packet"]
    assert isinstance(form, PacketForm)
    qtbot.waitUntil(lambda: form.recipient.isVisible())
    box = form.recipient
    assert box.currentText().startswith("El único destinatario")
    assert box.width() >= needed_width(box.currentText())
    assert inside(box, section)
    assert box.toolTip() == ""  # nothing hidden


def test_a_name_too_long_is_shortened_with_a_tooltip(qtbot: QtBot) -> None:
    box = FitComboBox(min_chars=10)
    qtbot.addWidget(box)
    name = "Centro Comunitario de Reinserción y Apoyo Familiar del Condado Norte"
    box.addItem(name)
    box.setFixedWidth(160)
    box.show()
    assert box.shown_text().endswith("…") and len(box.shown_text()) < len(name)
    assert box.toolTip() == name
    assert box.minimumSizeHint().width() < box.sizeHint().width()  # a form may shrink it
    box.setFixedWidth(box.sizeHint().width())
    assert box.shown_text() == name and box.toolTip() == ""
