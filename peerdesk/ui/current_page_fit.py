"""Tabs and stacks that ask for the room of the page showing, not of their largest page.

A QTabWidget or QStackedWidget is as wide and as tall as its largest page, shown or not. At
200 % text that made the whole Administration section scroll down for the tall Sites and keys
tab while Users was showing, and the participant page scroll sideways for the participant
list's filters while the list was hidden. Pages not showing get an ``Ignored`` size policy,
so only the current page's minimum counts; the page frame scrolls for that one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget

_IGNORED = QSizePolicy.Policy.Ignored
_PREFERRED = QSizePolicy.Policy.Preferred


def fit_current_page(pages: QTabWidget | QStackedWidget) -> None:
    """From now on, ``pages`` asks only for the room of the page showing."""

    def follow(current: int) -> None:
        for index in range(pages.count()):
            page = pages.widget(index)
            policy = _PREFERRED if index == current else _IGNORED
            if page is not None and page.sizePolicy().horizontalPolicy() != policy:
                page.setSizePolicy(policy, policy)
        pages.updateGeometry()

    pages.currentChanged.connect(follow)
    follow(pages.currentIndex())
