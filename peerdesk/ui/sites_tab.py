"""Administration > Sites and keys: this site's key card and fingerprint, the sites trusted,
trusting a card after its fingerprint is read aloud, revoking a key, replacing this site's key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.app_events import KEYS
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.messages import error_text, kind_label
from peerdesk.ui.row_table_model import Index, RowTableModel
from peerdesk.ui.sites_dialogs import (
    TrustCardDialog,
    fingerprint_font,
    revoke_box,
    rotate_box,
    spoken_fingerprint,
)
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import OK_STYLE, hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.key_card_preview import CardPreview, CardPreviewService, OwnCard
    from peerdesk.services.trust import CardExport, TrustedKey, TrustResult, TrustService
    from peerdesk.ui.session import UiSession

_STATUS = {
    "current": QT_TRANSLATE_NOOP("TrustedKeyTableModel", "In use"),
    "replaced": QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Replaced by a newer key"),
    "revoked": QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Revoked on %1"),
}

#: Dark red and grey that read well on the light table background (see widgets.ERROR_STYLE).
_STATUS_COLORS = {"revoked": "#a4161a", "replaced": "#555555"}


class TrustedKeyTableModel(RowTableModel["TrustedKey"]):
    """Every key of another site trusted here: the one in use, replaced and revoked ones."""

    COL_SITE, COL_KIND, COL_FINGERPRINT, COL_STATUS, COL_TRUSTED = range(5)
    CONTEXT: ClassVar[str] = "TrustedKeyTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Site"),
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Kind"),
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Fingerprint"),
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Status"),
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Trusted"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if role == Qt.ItemDataRole.ToolTipRole and valid:
            return self.cell(self.row(index.row()), index.column())  # a narrowed column's text
        if role == Qt.ItemDataRole.ForegroundRole and valid and index.column() == self.COL_STATUS:
            color = _STATUS_COLORS.get(self.row(index.row()).status)
            return QBrush(QColor(color)) if color else None
        return super().data(index, role)

    def cell(self, row: TrustedKey, column: int) -> str:
        if column == self.COL_STATUS:
            text = QCoreApplication.translate(
                self.CONTEXT, str(_STATUS.get(row.status, row.status))
            )
            return text.replace("%1", (row.revoked_at or "")[:10])
        if column == self.COL_TRUSTED:
            return (
                QCoreApplication.translate("TrustedKeyTableModel", "%1 by %2")
                .replace("%1", row.trusted_at[:10])
                .replace("%2", row.trusted_by)
            )
        values = (row.site_name, kind_label(row.site_kind), row.fingerprint)
        return values[column] if 0 <= column < len(values) else ""


#: The widest a column grows to fit its text, in pixels (longer text is elided; see tooltip).
MAX_COLUMN_WIDTH = 260


def fit_columns(table: QTableView) -> None:
    """Size the columns to their text, none wider than :data:`MAX_COLUMN_WIDTH`."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount() - 1):  # the last one stretches
        table.setColumnWidth(column, min(table.columnWidth(column) + 12, MAX_COLUMN_WIDTH))


def page_shortcut(keys: QKeySequence.StandardKey, page: QWidget, slot: Callable[[], None]) -> None:
    """A shortcut that works while the focus is in ``page`` (sections share one window)."""
    shortcut = QShortcut(QKeySequence(keys), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)  # a long site name wraps instead of widening the page
    return label


class SitesTab(QWidget):
    """This site's key card, and the other sites whose cards it trusts.

    Args:
        session: the signed-in session (a role that may manage keys).
    """

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from peerdesk.services.key_card_preview import CardPreviewService
        from peerdesk.services.trust import TrustService

        self._session = session
        store = session.services.participants.store
        self._trust: TrustService = TrustService(store)
        self._cards: CardPreviewService = CardPreviewService(store)
        self.own: OwnCard | None = None
        self.dialog: QDialog | None = None

        # This site's card.
        self.site_label = _bold("")
        self.fingerprint_label = QLabel("—")
        self.fingerprint_label.setFont(fingerprint_font(self.font(), 2.0))
        self.fingerprint_label.setWordWrap(True)  # breaks between groups at 200 % text
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.setAccessibleName(self.tr("This site's fingerprint"))
        self.save_button = QPushButton(self.tr("&Save key card…"))
        self.save_button.setAccessibleName(self.tr("Save this site's key card"))
        self.save_button.setToolTip(self.tr("Save this site's key card to a file (Ctrl+S)"))
        page_shortcut(QKeySequence.StandardKey.Save, self, self.save_card)
        self.save_button.clicked.connect(self.save_card)
        self.rotate_button = QPushButton(self.tr("Replace this site's key…"))
        self.rotate_button.clicked.connect(self.rotate_key)
        own_buttons = FlowLayout()  # more lines when narrow (200 % text, Spanish)
        own_buttons.addWidget(self.save_button)
        own_buttons.addWidget(self.rotate_button)
        own_box = QGroupBox(self.tr("This site's key card"))
        own = QVBoxLayout(own_box)
        own_hint = hint_label(
            self.tr(
                "Save the card on a USB stick and take it to each site you exchange bundles "
                "with. Then read them this fingerprint by phone, or give it on paper:"
            )
        )
        own.addWidget(self.site_label)
        own.addWidget(own_hint)
        own.addWidget(self.fingerprint_label)
        own.addLayout(own_buttons)

        # The sites trusted.
        self.model = TrustedKeyTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Trusted sites"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = hint_label(
            self.tr("No other site is trusted yet. Trust a site's key card to exchange bundles.")
        )
        self.trust_button = QPushButton(self.tr("&Trust a site's card…"))
        self.trust_button.setAccessibleName(self.tr("Trust a site's key card"))
        self.trust_button.setToolTip(self.tr("Open another site's key card to trust it (Ctrl+O)"))
        page_shortcut(QKeySequence.StandardKey.Open, self, self.trust_card)
        self.trust_button.clicked.connect(self.trust_card)
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected site's key"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        trust_buttons = FlowLayout()
        trust_buttons.addWidget(self.trust_button)
        trust_buttons.addWidget(self.revoke_button)
        trusted_box = QGroupBox(self.tr("Trusted sites"))
        trusted = QVBoxLayout(trusted_box)
        trusted.addWidget(self.empty_label)
        trusted.addWidget(self.table, 1)
        trusted.addLayout(trust_buttons)

        self.message = message_label(style=OK_STYLE)
        self.error_label = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(self.message)
        layout.addWidget(self.error_label)
        layout.addWidget(trusted_box, 1)
        keep_whole(self)  # more lines at 200 % text: the page scrolls down, nothing overlaps
        self._update_buttons()

    # --- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read this site's card and the keys trusted."""
        s, cards, trust = self._session, self._cards, self._trust

        def read() -> tuple[OwnCard, tuple[TrustedKey, ...]]:
            return cards.own_card(s.actor), trust.list_trusted(s.actor)

        s.runner.run(read, on_done=self._loaded, on_error=self._show_error, owner=self)

    def _loaded(self, result: tuple[OwnCard, tuple[TrustedKey, ...]]) -> None:
        own, keys = result
        self.own = own
        self.site_label.setText(f"{own.site_name} — {kind_label(own.site_kind)}")
        self.fingerprint_label.setText(spoken_fingerprint(own.card.fingerprint))
        self.model.set_rows(keys)
        fit_columns(self.table)
        self.empty_label.setVisible(not keys)
        self._update_buttons()

    def selected(self) -> TrustedKey | None:
        """The key on the selected line, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        key = self.selected()
        self.revoke_button.setEnabled(key is not None and key.status != "revoked")
        self.save_button.setEnabled(self.own is not None)

    def _clear(self) -> None:
        set_message(self.message, "")
        set_message(self.error_label, "")

    def _show_error(self, exc: Exception) -> None:
        set_message(self.error_label, error_text(exc))

    def _changed(self, text: str) -> None:
        set_message(self.message, text)
        self._session.events.announce(KEYS)
        self.reload()

    # --- choosing files (replaced in tests) -----------------------------------------------------
    def choose_card_target(self, suggested: str) -> Path | None:
        """Ask where to save this site's card (a USB stick)."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save this site's key card"),
            suggested,
            self.tr("Key cards (*.json)"),
        )
        return Path(name) if name else None

    def choose_card(self) -> Path | None:
        """Ask for another site's card file."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a site's key card"), "", self.tr("Key cards (*.json)")
        )
        return Path(name) if name else None

    # --- this site's card -----------------------------------------------------------------------
    def save_card(self) -> None:
        """Save this site's card to a chosen file."""
        from peerdesk.services.key_card_preview import card_file_name

        if self.own is None:
            return
        target = self.choose_card_target(card_file_name(self.own.site_name))
        if target is None:
            return
        self._clear()
        s, trust = self._session, self._trust
        s.runner.run(
            lambda: trust.export_card(s.actor, target),
            on_done=lambda card: self._saved(card, target),
            on_error=self._show_error,
            owner=self,
        )

    def _saved(self, card: CardExport, target: Path) -> None:
        set_message(
            self.message,
            self.tr("Key card saved as %1. Its fingerprint is %2.")
            .replace("%1", target.name)
            .replace("%2", card.fingerprint),
        )
        self._session.events.announce(KEYS)

    def rotate_key(self) -> None:
        """Ask, then give this site a new key."""
        box = rotate_box(self)
        s, trust = self._session, self._trust

        def answered(_result: int) -> None:
            self.dialog = None
            box.deleteLater()
            if box.buttonRole(box.clickedButton()) is QMessageBox.ButtonRole.AcceptRole:
                self._clear()
                s.runner.run(
                    lambda: trust.rotate_own_key(s.actor),
                    on_done=self._rotated,
                    on_error=self._show_error,
                    owner=self,
                )

        self._open(box, answered)

    def _rotated(self, card: CardExport) -> None:
        self._changed(
            self.tr(
                "This site has a new key; its fingerprint is %1. Save the new key card and give "
                "it to every site you exchange bundles with."
            ).replace("%1", card.fingerprint)
        )

    # --- other sites' cards ---------------------------------------------------------------------
    def trust_card(self) -> None:
        """Pick a card file, then confirm its fingerprint in the trust dialog."""
        path = self.choose_card()
        if path is None:
            return
        self._clear()
        s, cards = self._session, self._cards
        s.runner.run(
            lambda: cards.preview_file(s.actor, path),
            on_done=self._confirm_card,
            on_error=self._show_error,
            owner=self,
        )

    def _confirm_card(self, preview: CardPreview) -> None:
        dialog = TrustCardDialog(self._session, self._trust, preview, self)

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and dialog.trust_result is not None:
                self._changed(self.trusted_text(dialog.trust_result))

        self._open(dialog, finished)

    def trusted_text(self, result: TrustResult) -> str:
        """What to say once a card is trusted, from the trust service's outcome."""
        name = result.key.site_name
        if result.outcome == "already_trusted":
            text = self.tr("%1's card was already trusted; nothing changed.")
        elif result.outcome == "rotated" or result.replaced_key_ids:
            text = self.tr("%1's new key is trusted: this replaces the site's earlier key.")
        else:
            text = self.tr("%1 is trusted now. You can write bundles for it on the Sync screen.")
        return text.replace("%1", name)

    def revoke_selected(self) -> None:
        """Ask, then revoke the selected key."""
        key = self.selected()
        if key is None or key.status == "revoked":
            return
        box = revoke_box(self, key.site_name, key.status == "current")
        s, trust = self._session, self._trust

        def answered(_result: int) -> None:
            self.dialog = None
            box.deleteLater()
            if box.buttonRole(box.clickedButton()) is QMessageBox.ButtonRole.AcceptRole:
                self._clear()
                s.runner.run(
                    lambda: trust.revoke(s.actor, key.site_id, key.key_id),
                    on_done=lambda _ids: self._changed(
                        self.tr("The key of %1 is revoked.").replace("%1", key.site_name)
                    ),
                    on_error=self._show_error,
                    owner=self,
                )

        self._open(box, answered)

    def _open(self, dialog: QDialog, finished: Callable[[int], None]) -> None:
        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
