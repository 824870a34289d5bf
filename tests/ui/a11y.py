"""What a screen reader can name: shared by the accessibility tests."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

from peerdesk.ui.form_labels import INPUTS

__all__ = ["INPUTS", "spoken_name", "unnamed_inputs"]


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name: its accessible name, else the
    text of a label whose buddy is this very widget (Qt's own rule)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    return ""


def unnamed_inputs(root: QWidget) -> list[str]:
    """The visible input controls under ``root`` a screen reader cannot name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo or spin box: the box is named
        if not spoken_name(widget):
            hint = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
            found.append(f"{type(widget).__name__}({hint!r})")
    return found
