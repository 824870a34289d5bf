"""Where a restore starts outside Administration, and how a replacement is finished.

- :func:`offer_restore_in_wizard`: "Restore from a backup…" on the setup wizard's first page,
  for an empty data folder (a new or replaced computer).
- :func:`restore_damaged_site`: from the sign-in window, when the site cannot be opened.
- :func:`replace_after_sign_out`: the app flow's half of Administration › Backups ›
  Restore: end the session (the store closes on the worker), then install the prepared
  backup, then say how it went on the sign-in window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard

if TYPE_CHECKING:
    # The dialog loads on first use: this module is imported before the first window shows.
    from peerdesk.services.restore import RestoreResult
    from peerdesk.ui.app_flow import AppFlow
    from peerdesk.ui.restore_dialog import RestoreDialog
    from peerdesk.ui.restore_texts import ReplaceRequest
    from peerdesk.ui.task_runner import Runner

RESTORE_BUTTON = QWizard.WizardButton.CustomButton1


def offer_restore_in_wizard(
    wizard: QWizard, runner: Runner, data_dir: Path, on_restored: Callable[[], None]
) -> None:
    """Add "Restore from a backup…" to ``wizard``'s first page.

    Args:
        wizard: the setup wizard (its first page is the only one with the button).
        runner: where the restore runs.
        data_dir: the empty data folder.
        on_restored: called once the backup is in place and its dialog closed (show the
            sign-in window there; the wizard is hidden first).
    """
    wizard.setButtonText(
        RESTORE_BUTTON, QCoreApplication.translate("RestoreEntry", "Restore from a backup…")
    )
    first = wizard.startId()

    def show_button(page_id: int) -> None:
        wizard.setOption(QWizard.WizardOption.HaveCustomButton1, page_id == first)

    def open_dialog(which: int) -> None:
        from peerdesk.ui.restore_dialog import RestoreDialog, RestoreMode

        if which != RESTORE_BUTTON.value:
            return
        dialog = RestoreDialog(runner, data_dir, RestoreMode.EMPTY, parent=wizard)
        dialog.setObjectName("restore_dialog")

        def closed(_code: int) -> None:
            dialog.deleteLater()
            if dialog.restore_result is not None:
                on_restored()  # the sign-in window shows before the wizard goes
                wizard.hide()

        dialog.finished.connect(closed)
        dialog.open()

    wizard.currentIdChanged.connect(show_button)
    wizard.customButtonClicked.connect(open_dialog)
    show_button(wizard.currentId() if wizard.currentId() != -1 else first)


def restore_damaged_site(
    parent: QWidget,
    runner: Runner,
    data_dir: Path,
    on_restored: Callable[[RestoreResult], None] | None = None,
) -> RestoreDialog:
    """Open the restore dialog over a site that cannot be opened (its files are kept aside).

    Returns:
        The dialog (open, window-modal); ``on_restored`` is called once the backup is in
        place.
    """
    from peerdesk.ui.restore_dialog import RestoreDialog, RestoreMode

    dialog = RestoreDialog(runner, data_dir, RestoreMode.DAMAGED, parent=parent)
    if on_restored is not None:
        dialog.restored.connect(on_restored)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def replace_after_sign_out(flow: AppFlow, request: ReplaceRequest, runner: Runner) -> None:
    """End the signed-in session, then install ``request`` and report on the sign-in window.

    The store closes on the worker thread after the job in progress; the install is queued
    behind it on the same thread, so it runs only once the store is closed.
    """
    flow.end_session(audit_action="session.sign_out")
    login = flow.login

    def done(result: RestoreResult) -> None:
        login.reset(notice=request.done_text(result))

    def failed(exc: Exception) -> None:
        login.reset()
        login.show_error(request.failure_text(exc))

    runner.run(request.install, on_done=done, on_error=failed, owner=login)
