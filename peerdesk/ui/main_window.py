"""The main window after sign-in. For now: which site, who is signed in, Lock and Sign out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QToolBar, QVBoxLayout, QWidget

from peerdesk.ui.messages import kind_label, role_label
from peerdesk.ui.widgets import enlarge, heading_label

if TYPE_CHECKING:
    from peerdesk.services.actor import Actor
    from peerdesk.services.site_info import SiteInfo


class MainWindow(QMainWindow):
    """Shows the site and the signed-in person; asks the app flow to lock or sign out.

    The window holds no store: closing the store is the app flow's job, so the window only
    emits ``lock_requested``, ``sign_out_requested`` or, when closed (quitting), ``closed``.

    Args:
        info: the site, from ``site_info``.
        actor: who is signed in.
    """

    lock_requested = Signal()
    sign_out_requested = Signal()
    closed = Signal()

    def __init__(self, info: SiteInfo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The title shows on the taskbar and in screen captures: nothing about any person.
        self.setWindowTitle("peerdesk")
        self.resize(900, 600)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setToolTip(self.tr("Lock peerdesk now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        menu = self.menuBar().addMenu(self.tr("&Session"))
        menu.addAction(self.lock_action)
        menu.addAction(self.sign_out_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        toolbar = QToolBar(self.tr("Session"))
        toolbar.setObjectName("session_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.sign_out_action)
        self.addToolBar(toolbar)

        self.site_name_label = heading_label(info.name, scale=1.8)
        self.site_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_label = self._value(kind_label(info.kind))
        self.user_label = self._value(actor.username)
        self.role_label = self._value(role_label(actor.role.value))

        form = QFormLayout()
        form.addRow(self._name(self.tr("This site is a:")), self.kind_label)
        form.addRow(self._name(self.tr("Signed in as:")), self.user_label)
        form.addRow(self._name(self.tr("Role:")), self.role_label)
        coming = QLabel(
            self.tr(
                "Participants, mentors, groups and reports are not in this version yet. "
                "When you step away, choose Lock (Ctrl+L) so nobody else can use your session."
            )
        )
        coming.setWordWrap(True)
        enlarge(coming, 1.1)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.site_name_label)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(coming)
        layout.addStretch(1)
        self.setCentralWidget(central)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window ends the session (the application then quits)."""
        self.closed.emit()
        super().closeEvent(event)

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        enlarge(label, 1.2)
        return label

    @staticmethod
    def _name(text: str) -> QLabel:
        label = QLabel(text)
        enlarge(label, 1.2)
        return label
