"""The small layout pieces behind issue 4's 200 % pages: a wrapping button row, tabs that ask
for the room of the page showing only, and word-wrapped text never squeezed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.ui.current_page_fit import fit_current_page
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.whole_text import keep_whole

LONG = "A sentence long enough to take several lines when its label is narrow. " * 3


def button_row(qtbot: QtBot, align_right: bool = False) -> tuple[QWidget, list[QPushButton]]:
    box = QWidget()
    qtbot.addWidget(box)
    row = FlowLayout(box, align_right=align_right)
    buttons = [QPushButton(f"Button number {i}") for i in range(5)]
    for button in buttons:
        row.addWidget(button)
    return box, buttons


def test_buttons_go_onto_more_lines_when_narrow(qtbot: QtBot) -> None:
    box, buttons = button_row(qtbot)
    row = box.layout()
    assert isinstance(row, FlowLayout)
    one_line = row.sizeHint()
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSize().width() == widest  # one button per line at worst
    assert row.heightForWidth(one_line.width()) == one_line.height()
    narrow = widest * 2 + 10
    assert row.heightForWidth(narrow) >= 3 * buttons[0].sizeHint().height()
    box.resize(narrow, row.heightForWidth(narrow))
    box.show()
    qtbot.waitExposed(box)
    tops = sorted({b.geometry().top() for b in buttons})
    assert len(tops) == 3
    assert all(b.geometry().right() < narrow for b in buttons)
    hidden = buttons[0]
    hidden.hide()  # a hidden button takes no place
    box.layout().activate()
    assert buttons[1].geometry().left() == 0


def test_a_right_aligned_row_ends_at_the_right_edge(qtbot: QtBot) -> None:
    box, buttons = button_row(qtbot, align_right=True)
    box.resize(3000, 60)
    box.show()
    qtbot.waitExposed(box)
    assert buttons[-1].geometry().right() == 2999
    assert buttons[0].geometry().left() > 1000


def wide_and_narrow() -> tuple[QWidget, QWidget]:
    wide = QWidget()  # asks for its room through its layout, as pages do
    wide_layout = QVBoxLayout(wide)
    for _ in range(30):
        wide_layout.addWidget(QLabel("W" * 200))
    narrow = QWidget()
    QVBoxLayout(narrow).addWidget(QLabel("Short"))
    return wide, narrow


def test_a_tab_widget_asks_for_the_room_of_the_tab_showing(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    wide, narrow = wide_and_narrow()
    tabs.addTab(narrow, "Narrow")
    tabs.addTab(wide, "Wide")
    assert tabs.minimumSizeHint().width() >= 1500  # Qt's own: the largest page counts
    fit_current_page(tabs)
    assert tabs.minimumSizeHint().width() < 600
    assert tabs.minimumSizeHint().height() < 500
    tabs.setCurrentWidget(wide)
    assert tabs.minimumSizeHint().width() >= 1500
    tabs.setCurrentWidget(narrow)
    assert tabs.minimumSizeHint().width() < 600


def test_a_stack_asks_for_the_room_of_the_page_showing(qtbot: QtBot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    wide, narrow = wide_and_narrow()
    stack.addWidget(wide)
    stack.addWidget(narrow)
    fit_current_page(stack)
    assert stack.minimumSizeHint().width() >= 1500
    stack.setCurrentWidget(narrow)
    assert stack.minimumSizeHint().width() < 600


def test_wrapped_text_keeps_all_its_lines_at_every_width(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel(LONG)
    label.setWordWrap(True)
    QVBoxLayout(page).addWidget(label)
    keep_whole(page)
    page.resize(900, 50)
    page.show()
    qtbot.waitExposed(page)
    wide_need = page.minimumHeight()
    assert wide_need >= label.heightForWidth(label.width())
    page.resize(250, 50)
    qtbot.waitUntil(lambda: page.minimumHeight() > wide_need)
    assert page.minimumHeight() >= label.heightForWidth(label.width())
    page.resize(900, page.height())
    qtbot.waitUntil(lambda: page.minimumHeight() == wide_need)  # and back when wider
    page.hide()
    assert page.minimumHeight() == 0  # hidden (a tab not showing): asks for nothing
