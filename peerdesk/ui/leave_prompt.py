"""The question asked before leaving a form with changes not saved: Save, Discard or Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

Proceed = Callable[[], None]


def ask_before_leaving(
    parent: QWidget,
    question: str,
    detail: str,
    *,
    save: Callable[[Proceed], None],
    discard: Proceed,
    proceed: Proceed,
    closed: Proceed,
) -> QMessageBox:
    """Open the question (window-modal, so Ctrl+L and the idle lock still work) and return it.

    Save calls ``save(proceed)`` (which proceeds once saved), Discard calls ``discard()`` then
    ``proceed()``, Cancel does neither. ``closed()`` runs first whatever the answer, for the
    caller to forget the question.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("peerdesk")
    box.setText(question)
    box.setInformativeText(detail)
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)

    def chosen(_result: int) -> None:
        button = box.standardButton(box.clickedButton())
        closed()
        box.deleteLater()
        if button == QMessageBox.StandardButton.Save:
            save(proceed)
        elif button == QMessageBox.StandardButton.Discard:
            discard()
            proceed()

    box.finished.connect(chosen)
    box.open()
    return box
