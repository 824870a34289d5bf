"""The PySide6 6.12.0 reference-count workaround applies only where it is needed."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from peerdesk.ui.pyside_workaround import needed


@pytest.mark.parametrize(
    ("pyside", "python", "expected"),
    [
        ((6, 12, 0), (3, 11), True),
        ((6, 12, 0), (3, 12), False),  # immortal None (PEP 683)
        ((6, 11, 3), (3, 11), False),
        ((6, 12, 1), (3, 11), False),  # assumed fixed: the test below says if not
    ],
)
def test_needed(pyside: tuple[int, ...], python: tuple[int, ...], expected: bool) -> None:
    assert needed(pyside, python) is expected


def test_slot_calls_keep_none_alive(qtbot: QtBot) -> None:
    """Fails on a PySide6 that loses references to None and is not in ``AFFECTED``."""
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: None)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        button.click()
    gc.collect()
    import PySide6

    lost = before - sys.getrefcount(None)
    affected = needed(tuple(PySide6.__version_info__[:3]), sys.version_info[:2])
    assert affected or lost < 100, f"PySide6 {PySide6.__version__} loses references to None"
