"""The search box of a paged list: a line edit that asks for a new list a short while after
the last key (or at once on Enter), so typing a name runs one read, not one per letter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

#: Wait after the last key before reading the list again (ms).
SEARCH_DELAY_MS = 300


def search_box(
    owner: QWidget, placeholder: str, name: str, search: Callable[[], None]
) -> tuple[QLineEdit, QTimer]:
    """A search box calling ``search`` after typing stops or on Enter, and its timer (stop it
    when the list is read for another reason).

    Args:
        owner: the list page (parent of the timer).
        placeholder: the grey hint inside the box.
        name: its accessible name.
        search: reads the list for the text now in the box.
    """
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setClearButtonEnabled(True)
    edit.setMaxLength(100)
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(search)
    edit.textChanged.connect(timer.start)
    edit.returnPressed.connect(search)
    return edit, timer
