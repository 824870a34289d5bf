"""Message labels and paragraphs show text as typed, never as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from peerdesk.ui.widgets import message_label, paragraph, plain_text, set_message


def test_message_labels_and_paragraphs_are_plain_text(qapp: QApplication) -> None:
    label = message_label()
    set_message(label, "<b>Maria</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert paragraph("<i>x</i>").textFormat() == Qt.TextFormat.PlainText
    other = QLabel()
    assert other.textFormat() == Qt.TextFormat.AutoText  # the default, which plain_text changes
    plain_text(other)
    assert other.textFormat() == Qt.TextFormat.PlainText
