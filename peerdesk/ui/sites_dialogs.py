"""Dialogs of the "Sites and keys" tab: trusting a site's card after typing its fingerprint,
and the questions asked before revoking a key or replacing this site's own key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.messages import kind_label
from peerdesk.ui.widgets import WARNING_STYLE, enlarge, grow_to_fit, hint_label, paragraph

if TYPE_CHECKING:
    from peerdesk.services.key_card_preview import CardPreview
    from peerdesk.services.trust import TrustResult, TrustService
    from peerdesk.ui.session import UiSession


def fingerprint_font(base: QFont, scale: float = 1.0) -> QFont:
    """A fixed-width font, so the groups of a fingerprint line up and 0 and O differ."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(base.pointSizeF() * scale)
    return font


def spoken_fingerprint(fingerprint: str) -> str:
    """A fingerprint spaced for reading aloud: ``7K3QX  0ZP4M  W9HRT  C2EGB``."""
    return "  ".join(fingerprint.split("-"))


class TrustCardDialog(FormDialog):
    """Shows whose card this is and asks for the fingerprint the site read aloud.

    The field is never filled in: the person types what they were told, and the trust
    service compares it with the card (a mismatch stores nothing and is shown by the field).

    Args:
        session: the signed-in session (its runner runs the trust step).
        service: the trust service.
        preview: the card file as read by ``CardPreviewService``.
    """

    def __init__(
        self,
        session: UiSession,
        service: TrustService,
        preview: CardPreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Trust a site's key card"),
            self.tr(
                "Phone the other site, or take the paper they sent, and have the fingerprint "
                "of their card read to you. Type it below exactly as you hear it."
            ),
            self.tr("Trust this site"),
            parent,
        )
        self.setMinimumWidth(560)
        self._session = session
        self._service = service
        self.preview = preview
        self.trust_result: TrustResult | None = None
        self.site_label = QLabel(preview.site_name)
        self.site_label.setAccessibleName(self.tr("Site named on the card"))
        enlarge(self.site_label, 1.2)
        self.kind_label = QLabel(kind_label(preview.site_kind))
        self.form.addRow(self.tr("Site:"), self.site_label)
        self.form.addRow(self.tr("Kind:"), self.kind_label)
        self.notice = paragraph("")
        self.notice.setStyleSheet(WARNING_STYLE)
        if preview.replaces_key:
            self.notice.setText(
                self.tr(
                    "This site is already trusted here. This card holds a new key: it "
                    "replaces the site's earlier key. Confirm it with the site all the same."
                )
            )
        elif preview.already_trusted:
            self.notice.setText(self.tr("This card is already trusted here."))
        self.notice.setVisible(bool(self.notice.text()))
        self.form.addRow(self.notice)
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setMaxLength(40)
        self.fingerprint_edit.setFont(fingerprint_font(self.font(), 1.3))
        self.fingerprint_edit.setAccessibleName(self.tr("Fingerprint read to you"))
        hint = hint_label(
            self.tr(
                "20 letters and digits in 4 groups of 5. Capital or small letters, spaces "
                "and dashes do not matter."
            )
        )
        self.add_field(self.tr("&Fingerprint:"), "fingerprint", self.fingerprint_edit, hint)
        self.fingerprint_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # the wrapped notice and hint need their height at this width
        self.resize(self.width(), self.minimumHeight())  # and no more: no gaps between rows

    def job(self) -> Job | None:
        typed = self.fingerprint_edit.text().strip()
        if not typed:
            self.show_error(
                "fingerprint", self.tr("Type the fingerprint the other site read to you.")
            )
            return None
        s, service, data = self._session, self._service, self.preview.data
        return lambda: service.trust_card(s.actor, data, typed)

    def _done(self, result: Any) -> None:
        self.trust_result = result
        super()._done(result)

    def messages(self) -> dict[str, str]:
        """The messages showing, by field (for tests)."""
        return self.errors.messages()


def _box(parent: QWidget, title: str, text: str, detail: str, yes_text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def revoke_box(parent: QWidget, site_name: str, current: bool) -> QMessageBox:
    """The question asked before revoking a site's key (Cancel is the default)."""
    detail = QCoreApplication.translate(
        "SitesDialogs",
        "Bundles signed with this key are refused from now on. Do this when the site's "
        "computer or key card may be in the wrong hands. It cannot be undone.",
    )
    if current:
        detail += " " + QCoreApplication.translate(
            "SitesDialogs",
            "You cannot write bundles for %1 until you trust a new key card from the site.",
        ).replace("%1", site_name)
    revoke = QCoreApplication.translate("SitesDialogs", "Revoke key")
    question = QCoreApplication.translate("SitesDialogs", "Stop trusting this key of %1?")
    return _box(parent, revoke, question.replace("%1", site_name), detail, revoke)


def rotate_box(parent: QWidget) -> QMessageBox:
    """The question asked before replacing this site's own key (Cancel is the default)."""
    return _box(
        parent,
        QCoreApplication.translate("SitesDialogs", "Replace this site's key"),
        QCoreApplication.translate("SitesDialogs", "Replace this site's key?"),
        QCoreApplication.translate(
            "SitesDialogs",
            "peerdesk makes a new key for this site. Then save the new key card and give it "
            "to every site you exchange bundles with, and read them its new fingerprint: "
            "until they trust it, they refuse the bundles you write. Bundles already "
            "on their way can still be opened.",
        ),
        QCoreApplication.translate("SitesDialogs", "Replace key"),
    )
