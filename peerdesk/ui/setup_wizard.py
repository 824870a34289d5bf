"""First run: name the site, create the first coordinator, show the recovery code once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from peerdesk.domain.errors import ValidationError
from peerdesk.ui.messages import error_text
from peerdesk.ui.recovery_code_page import RecoveryCodePage
from peerdesk.ui.setup_pages import CoordinatorPage, SitePage
from peerdesk.ui.task_runner import Runner

#: ``create_site(site_name=, site_kind=, admin_username=, admin_passphrase=)``
CreateSiteFn = Callable[..., "InitResult"]


if TYPE_CHECKING:
    from peerdesk.services.site_setup import InitResult


class SetupWizard(QWizard):
    """Creates the site in an empty data folder, then shows its recovery code once.

    The coordinator page is a commit page: once the site exists there is no going back, and
    the wizard cannot be closed until the person ticks "I have written it down".

    Args:
        create_site: ``initialize_site`` bound to the data folder.
        runner: where ``create_site`` runs (it derives keys and writes files).
    """

    SITE_PAGE, COORDINATOR_PAGE, RECOVERY_PAGE = range(3)

    def __init__(
        self, create_site: CreateSiteFn, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._create_site = create_site
        self._runner = runner
        self.init_result: InitResult | None = None
        self.admin_username = ""
        self.setWindowTitle(self.tr("Set up peerdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create site"))
        self.setMinimumSize(620, 520)

        self.site_page = SitePage()
        self.coordinator_page = CoordinatorPage()
        self.recovery_page = RecoveryCodePage()
        self.setPage(self.SITE_PAGE, self.site_page)
        self.setPage(self.COORDINATOR_PAGE, self.coordinator_page)
        self.setPage(self.RECOVERY_PAGE, self.recovery_page)
        self.coordinator_page.create_requested.connect(self._create)

    # --- creating the site ------------------------------------------------------------------
    def _create(self) -> None:
        site = self.site_page
        coordinator = self.coordinator_page
        name = site.name_edit.text().strip()
        kind = site.kind()
        username = coordinator.username_edit.text().strip()
        passphrase = coordinator.passphrase_edit.text()
        coordinator.set_busy(True)
        self._runner.run(
            lambda: self._create_site(
                site_name=name,
                site_kind=kind,
                admin_username=username,
                admin_passphrase=passphrase,
            ),
            on_done=lambda result: self._created(result, username),
            on_error=self._failed,
            owner=self,
        )

    def _created(self, result: InitResult, username: str) -> None:
        self.init_result = result
        self.admin_username = username
        self.coordinator_page.set_busy(False)
        self.coordinator_page.mark_created()
        self.recovery_page.show_code(result.recovery_code, self.site_page.name_edit.text().strip())
        # Leave the commit page's validatePage before moving on.
        QTimer.singleShot(0, self.next)

    def _failed(self, exc: Exception) -> None:
        self.coordinator_page.set_busy(False)
        text = error_text(exc)
        if isinstance(exc, ValidationError) and exc.field in SitePage.FIELDS:
            self.back()
            self.site_page.show_field_error(exc.field, text)
        elif isinstance(exc, ValidationError):
            self.coordinator_page.show_field_error(exc.field, text)
        else:
            self.coordinator_page.show_field_error("", text)

    # --- closing ----------------------------------------------------------------------------
    def _must_stay_open(self) -> bool:
        if self.coordinator_page.busy:
            return True
        return self.init_result is not None and not self.recovery_page.confirmed()

    def reject(self) -> None:
        """Cancel, except while the site is being made or before the code is written down."""
        if not self._must_stay_open():
            super().reject()

    def accept(self) -> None:
        """Finish; the recovery code is wiped from the window and from memory we hold."""
        if self.init_result is None or not self.recovery_page.confirmed():
            return
        self.recovery_page.forget_code()
        self.init_result = replace(self.init_result, recovery_code="")
        super().accept()

    def code_label(self) -> QLabel:
        """The label that shows the recovery code (for tests)."""
        return self.recovery_page.code_label
