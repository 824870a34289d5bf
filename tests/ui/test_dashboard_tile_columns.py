"""The dashboard's measure cards: as many per row as the width holds (at most four), so at
200 % text the page grows downwards instead of scrolling sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.ui.charts import TileGrid, tile_grid


def _settle() -> None:
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _tile(text: str) -> QWidget:
    tile = QWidget()
    QVBoxLayout(tile).addWidget(QLabel(text))
    return tile


def test_the_columns_follow_the_width(qtbot: QtBot) -> None:
    holder = QWidget()
    grid = tile_grid([_tile(f"Measure {i}") for i in range(7)], 4)
    assert isinstance(grid, TileGrid)
    QVBoxLayout(holder).addWidget(grid)
    qtbot.addWidget(holder)
    holder.show()
    narrowest = grid.tile_width()
    seen = []
    for width in (narrowest * 6, narrowest * 3 + 40, narrowest * 2 + 40, narrowest + 40):
        holder.resize(width, 600)
        _settle()
        seen.append(grid.columns)
        assert grid.minimumSizeHint().width() <= width  # never wider than the room given
    assert seen == sorted(seen, reverse=True) and seen[0] == 4 and seen[-1] == 1
    assert sum(len(row) for row in grid.rows()) == 7
    holder.resize(narrowest * 6, 600)
    _settle()
    assert grid.columns == 4  # and back
