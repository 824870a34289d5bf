"""Composition root: builds the services and the windows and wires them together."""

from __future__ import annotations

from pathlib import Path


def run_gui(data_dir: Path) -> int:
    """Start the desktop application on ``data_dir``."""
    import sys

    from PySide6.QtWidgets import QApplication

    from peerdesk.db.store import DataPaths
    from peerdesk.services.auth import AuthService
    from peerdesk.ui.login_window import LoginWindow

    app = QApplication.instance() or QApplication(sys.argv)
    paths = DataPaths(data_dir)
    window = LoginWindow(AuthService(paths), paths)
    window.show()
    return int(app.exec())
