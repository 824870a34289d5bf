"""The warning shown shortly before the idle lock, while the person can still keep working.

The lock drops whatever is typed and not saved (the form is part of the records it hides),
so someone who stepped away for a moment gets a minute's notice in the window, and the
taskbar entry flashes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget


class IdleBanner(QLabel):
    """A strip across the window: "peerdesk locks in about a minute"; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle_banner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "#idle_banner { background: palette(highlight); color: palette(highlighted-text);"
            " padding: 8px 16px; font-weight: bold; }"
        )
        self.setAccessibleName(self.tr("Lock warning"))
        self.hide()

    def show_warning(self, seconds: int, unsaved: bool) -> None:
        """Say the window locks in ``seconds``; ``unsaved``: a page has changes not saved."""
        if unsaved:
            text = self.tr(
                "No activity for a while: peerdesk locks in %1 seconds, and your unsaved "
                "changes will be lost. Move the mouse or press a key to keep working."
            )
        else:
            text = self.tr(
                "No activity for a while: peerdesk locks in %1 seconds to protect the "
                "records. Move the mouse or press a key to keep working."
            )
        # Never fewer than 25: the warning comes at least 30 s ahead, checked every 5 s.
        text = text.replace("%1", str(max(1, seconds)))
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        QApplication.alert(self.window())

    def clear_warning(self) -> None:
        """Input came: hide the warning."""
        self.hide()
        self.clear()
