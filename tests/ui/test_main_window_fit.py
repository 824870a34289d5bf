"""At 200 % text the main window still fits a 1366 x 768 screen: a page wider than the window
scrolls inside it instead of widening the window past the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.services.site_info import site_info
from peerdesk.ui.appearance import Appearance
from peerdesk.ui.main_window import MainWindow
from tests.conftest import Site
from tests.ui.conftest import make_session
from tests.ui.test_dashboard import DeferredRunner

SCREEN_WIDTH = 1366


def test_the_window_fits_the_screen_at_200_percent_text(qtbot: QtBot, site: Site) -> None:
    app = QApplication.instance()
    look = Appearance(app)
    look.apply(200, False)
    coordinator = site.sign_in()
    try:
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor),
            make_session(coordinator, DeferredRunner()),
        )
        qtbot.addWidget(window)
        window.show()
        assert window.minimumSizeHint().width() <= SCREEN_WIDTH
        # A page wider than a narrow window (Sync at 200 % in a 600 px window) scrolls, whole.
        window.show_section(Section.SYNC)
        sync = window.pages[Section.SYNC]
        assert window.current_page() is sync
        window.resize(600, 700)
        qtbot.waitUntil(lambda: window.width() <= 700)
        frame = window.frames[Section.SYNC]
        assert sync.width() >= sync.minimumSizeHint().width()
        assert frame.horizontalScrollBar().maximum() > 0
        window.resize(2600, 900)
        qtbot.waitUntil(lambda: frame.horizontalScrollBar().maximum() == 0)
    finally:
        look.apply(100, False)
        coordinator.store.close()
