"""The "Show N more" button under a list read one page at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QPushButton


def more_button(clicked: Callable[[], None]) -> QPushButton:
    """A hidden "Show more" button calling ``clicked``; hidden, it keeps its line's height."""
    button = QPushButton()
    button.clicked.connect(clicked)
    policy = button.sizePolicy()
    policy.setRetainSizeWhenHidden(True)  # the line keeps its height: nothing jumps
    button.setSizePolicy(policy)
    button.setVisible(False)
    return button


def show_remaining(
    button: QPushButton, remaining: int, page_size: int, text: str, spoken: str
) -> None:
    """Offer the next page when ``remaining`` rows are not listed yet, else hide ``button``.

    Args:
        button: the button of :func:`more_button`.
        remaining: how many rows the list has beyond those shown.
        page_size: how many one page adds.
        text: the translated label, ``%1`` the rows the next page adds ("Show %1 &more").
        spoken: the translated name a screen reader says, with ``%1`` too.
    """
    step = QLocale().toString(min(page_size, max(remaining, 0)))
    button.setText(text.replace("%1", step))
    button.setAccessibleName(spoken.replace("%1", step))
    button.setEnabled(remaining > 0)
    button.setVisible(remaining > 0)
