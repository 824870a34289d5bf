"""Form labels that name their control, for Alt+letter and for screen readers.

``QFormLayout.addRow(text, field)`` makes the label the buddy of ``field``. When ``field`` is
a container (the control with its message label under it, a hint, a caps-lock warning), the
control itself gets no name: a screen reader says "edit" and Alt+letter lands on nothing.
:func:`add_row` adds the row and points the label at the control inside.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: The controls a person types in or picks from, which a label should name.
INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def spoken(text: str) -> str:
    """A label's text as a name: no mnemonic ``&``, no trailing colon."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return plain.strip().rstrip(":").strip()


def input_of(widget: QWidget) -> QWidget:
    """``widget`` if it is a control, else the first control inside it (else ``widget``)."""
    if isinstance(widget, INPUTS):
        return widget
    for child in widget.findChildren(QWidget):
        if isinstance(child, INPUTS) and not isinstance(
            child.parentWidget(), (QComboBox, QAbstractSpinBox)
        ):
            return child
    return widget


def label_field(label: QWidget | None, widget: QWidget) -> None:
    """Make ``label`` name the control of ``widget``: its buddy, and its accessible name
    unless the control already has one."""
    if not isinstance(label, QLabel):
        return
    target = input_of(widget)
    label.setBuddy(target)
    if not target.accessibleName().strip() and spoken(label.text()):
        target.setAccessibleName(spoken(label.text()))


def add_row(form: QFormLayout, text: str, field: QWidget, control: QWidget | None = None) -> None:
    """``form.addRow(text, field)`` with the label naming ``control`` (default: the first
    control inside ``field``)."""
    form.addRow(text, field)
    label_field(form.labelForField(field), control if control is not None else field)


def align_labels(forms: Iterable[QFormLayout]) -> None:
    """Give the labels of ``forms`` (shown one above the other) the width of the widest, so
    their fields start at the same place."""
    labels: list[QLabel] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                labels.append(widget)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
