"""Form helpers: a date field people type into, and messages shown next to their field."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from peerdesk.ui.widgets import message_label, set_message, stacked

_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


class DateInputError(ValueError):
    """What was typed in a date field is not a date; ``str()`` is the translated message."""


def format_date(value: date | None) -> str:
    """A date as shown everywhere in peerdesk: ``1985-04-23`` (never ambiguous)."""
    return value.isoformat() if value is not None else ""


class DateField(QLineEdit):
    """A date typed as year-month-day; empty means "not known"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(10)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))

    def set_date(self, value: date | None) -> None:
        """Show ``value`` (or nothing)."""
        self.setText(format_date(value))

    def date_value(self) -> date | None:
        """The date typed, or ``None`` when the field is empty.

        Raises:
            DateInputError: the text is not a date.
        """
        text = self.text().strip()
        if not text:
            return None
        found = _DATE.match(text)
        if found is None:
            raise DateInputError(
                self.tr("Type the date as year-month-day, for example 1985-04-23.")
            )
        try:
            return date(*(int(part) for part in found.groups()))
        except ValueError:
            raise DateInputError(self.tr("There is no such date.")) from None


class FieldErrors:
    """Message labels next to named fields, for the ``field`` of a ``ValidationError``.

    Args:
        general: where a message goes when its field is not on the form.
    """

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def field(self, name: str, widget: QWidget, *extra: QWidget) -> QWidget:
        """``widget`` with its (hidden) message label under it, registered as ``name``."""
        label = message_label()
        self._fields[name] = (widget, label)
        return stacked(widget, *extra, label)

    def names(self) -> tuple[str, ...]:
        """The field names registered."""
        return tuple(self._fields)

    def label(self, name: str) -> QLabel:
        """The message label of field ``name``."""
        return self._fields[name][1]

    def clear(self) -> None:
        """Hide every message."""
        for _widget, label in self._fields.values():
            set_message(label, "")
        set_message(self.general, "")

    def show(self, name: str, text: str) -> None:
        """Show ``text`` next to field ``name`` and put the cursor there."""
        target = self._fields.get(name)
        if target is None:
            set_message(self.general, text)
            return
        widget, label = target
        set_message(label, text)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def messages(self) -> dict[str, str]:
        """The messages showing, by field name (``""`` for the general one); for tests."""
        shown = {name: lbl.text() for name, (_w, lbl) in self._fields.items() if lbl.text()}
        if self.general.text():
            shown[""] = self.general.text()
        return shown
