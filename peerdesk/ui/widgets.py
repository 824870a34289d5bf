"""Small building blocks shared by the windows: message labels and the passphrase field.

A rule for every window: never store ``None`` as item data (combo boxes, list items, actions)
and never read data Qt may hold empty. PySide6 6.12.0 hands back ``None`` from an empty QVariant
without taking a reference, so each such read lowers None's reference count for good; on Python
3.11 the interpreter then aborts ("deallocating None"). Use ``""`` or ``0`` for "any"/"none".
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

#: Dark red that stays readable on the light window background of every platform style.
#: Smallest base text size, in points. Many users read from a distance or with poor eyesight;
#: a larger size chosen in the system settings is kept.
MIN_POINT_SIZE = 11.0
ERROR_STYLE = "color: #a4161a; font-weight: bold;"
WARNING_STYLE = "color: #7a4d00; font-weight: bold;"
OK_STYLE = "color: #1b5e20; font-weight: bold;"


def apply_base_font(app: QApplication) -> None:
    """Raise the application's text size to at least :data:`MIN_POINT_SIZE`."""
    font = QFont(app.font())
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)


def stacked(*widgets: QWidget) -> QWidget:
    """Widgets one under the other with little space: a field, its hint and its message.

    Hidden widgets (an empty message) take no room.
    """
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its word-wrapped text at its present width.

    When a wrapped message appears, Qt squeezes the fields of a top-level window instead of
    making the window taller; call this after showing or hiding a message.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed <= 0:
        needed = layout.totalSizeHint().height()
    window.setMinimumHeight(needed)
    if window.height() < needed:
        window.resize(window.width(), needed)


def plain_text(label: QLabel) -> None:
    """Show ``label``'s text as typed, never as markup (``Qt.TextFormat.PlainText``).

    Set through the Qt property: the first use of ``Qt`` makes PySide6 build all its ~90
    enums (~15 ms), and the sign-in window, which has message labels, shows before that.
    """
    label.setProperty("textFormat", 0)  # Qt::PlainText


def message_label(style: str = ERROR_STYLE, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label for an inline message; hidden until it has text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    plain_text(label)
    label.setVisible(False)
    return label


def set_message(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``, or hide the label when ``text`` is empty."""
    label.setText(text)
    label.setVisible(bool(text))


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped paragraph of plain text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    plain_text(label)
    return label


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped line of advice under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def heading_label(text: str, scale: float = 1.6, parent: QWidget | None = None) -> QLabel:
    """A bold heading, ``scale`` times the normal text size."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def enlarge(widget: QWidget, scale: float = 1.15) -> None:
    """Make a widget's text a little bigger than the surrounding text."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


class PassphraseEdit(QLineEdit):
    """A hidden-text field that guesses whether Caps Lock is on.

    Qt cannot ask the keyboard for the Caps Lock state, so the field watches typed letters:
    a capital letter without Shift, or a small letter with Shift, means Caps Lock is on.
    """

    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(256)
        self._caps_lock = False

    @property
    def caps_lock(self) -> bool:
        """Whether the last letter typed looked like Caps Lock was on."""
        return self._caps_lock

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.upper() != text.lower():
            shift = bool(event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
            caps = text.isupper() != shift
            if caps != self._caps_lock:
                self._caps_lock = caps
                self.caps_lock_changed.emit(caps)
        super().keyPressEvent(event)
