"""Moving between sign-in, the first passphrase change, the main window and locking."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from peerdesk.ui.change_passphrase_dialog import ChangePassphraseDialog
from peerdesk.ui.login_window import Authenticator, LoginWindow
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.messages import error_text
from peerdesk.ui.task_runner import Runner

if TYPE_CHECKING:
    # Services load SQLAlchemy's ORM (~0.4 s); the sign-in window must not wait for it.
    from peerdesk.services.auth import SignedIn
    from peerdesk.services.site_info import SiteInfo

log = logging.getLogger(__name__)


class AppFlow(QObject):
    """Owns the open store while someone is signed in, and which window is showing.

    Sign-in leads to the passphrase change when a coordinator set a temporary passphrase,
    then to the main window. Lock and Sign out close the store (on the worker thread, after
    any job in progress) and bring back the sign-in window.

    Args:
        auth: the sign-in service for the data folder.
        runner: the one worker thread all database work goes through.
    """

    def __init__(self, auth: Authenticator, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._signed: SignedIn | None = None
        self.login = LoginWindow(auth, runner)
        self.login.signed_in.connect(self._on_signed_in)
        self.main_window: MainWindow | None = None
        # One dialog, reused: it is a child of the sign-in window, which lives as long as
        # the application does.
        self.passphrase_dialog = ChangePassphraseDialog(runner, parent=self.login)
        self.passphrase_dialog.accepted.connect(self._passphrase_changed)
        self.passphrase_dialog.rejected.connect(self.sign_out)

    @property
    def signed(self) -> SignedIn | None:
        """The current session, if someone is signed in."""
        return self._signed

    def start(self, username: str = "") -> None:
        """Show the sign-in window (with ``username`` filled in, after setup)."""
        self.login.reset(username=username)
        self.login.show()
        self.login.raise_()
        self.login.activateWindow()

    # --- after sign-in ----------------------------------------------------------------------
    def _on_signed_in(self, signed: SignedIn) -> None:
        self._signed = signed
        if signed.must_change_passphrase:
            self._ask_for_own_passphrase(signed)
        else:
            self._open_main(signed)

    def _ask_for_own_passphrase(self, signed: SignedIn) -> None:
        from peerdesk.services.users import UserService

        users = UserService(signed.store)

        def change(current: str, new: str) -> None:
            users.change_own_passphrase(signed.actor, current, new)

        self.passphrase_dialog.ask(change)

    def _passphrase_changed(self) -> None:
        if self._signed is not None:
            self._open_main(self._signed)

    def _open_main(self, signed: SignedIn) -> None:
        from peerdesk.services.site_info import site_info

        self._runner.run(
            lambda: site_info(signed.store, signed.actor),
            on_done=lambda info: self._show_main(signed, info),
            on_error=self._open_failed,
            owner=self.login,
        )

    def _show_main(self, signed: SignedIn, info: SiteInfo) -> None:
        if self._signed is not signed:
            return  # locked or signed out in the meantime
        window = MainWindow(info, signed.actor)
        window.lock_requested.connect(self.lock)
        window.sign_out_requested.connect(self.sign_out)
        window.closed.connect(self._on_main_window_closed)
        self.main_window = window
        window.show()
        self.login.hide()
        self.login.reset()

    def _open_failed(self, exc: Exception) -> None:
        self.end_session()
        self.login.show_error(error_text(exc))

    # --- ending a session -------------------------------------------------------------------
    def lock(self) -> None:
        """Close the store and show the sign-in window with the user name filled in."""
        self.end_session(
            self.tr("peerdesk is locked. Sign in to continue."),
            keep_username=True,
            audit_action="session.lock",
        )

    def sign_out(self) -> None:
        """Close the store and show an empty sign-in window."""
        self.end_session(self.tr("You have signed out."), audit_action="session.sign_out")

    def end_session(
        self, notice: str = "", *, keep_username: bool = False, audit_action: str = ""
    ) -> None:
        """Close the store (on the worker, after any job in progress) and go back to sign-in."""
        signed, self._signed = self._signed, None
        username = signed.actor.username if (signed is not None and keep_username) else ""
        self.login.reset(notice=notice, username=username)
        self.login.show()
        self._drop_main_window()
        if signed is not None:
            self._close_store(signed, audit_action)

    def _drop_main_window(self) -> None:
        window, self.main_window = self.main_window, None
        if window is not None:
            window.hide()
            window.deleteLater()

    def _close_store(self, signed: SignedIn, audit_action: str = "") -> None:
        def close() -> None:
            try:
                if audit_action:
                    from peerdesk.services.audit import AuditService

                    AuditService(signed.store).record(
                        signed.actor, audit_action, "user", signed.actor.user_id
                    )
            finally:
                signed.store.close()

        self._runner.run(
            close,
            on_done=lambda _result: log.info("store closed"),
            on_error=lambda exc: log.error("closing the store failed", exc_info=exc),
        )

    def _on_main_window_closed(self) -> None:
        # Closing the main window quits the application; the store need not wait for that.
        signed, self._signed = self._signed, None
        self.main_window = None
        if signed is not None:
            self._close_store(signed)

    def shutdown(self) -> None:
        """Close the store if open, then stop the worker thread. Call once, at exit."""
        signed, self._signed = self._signed, None
        self._runner.shutdown(signed.store.close if signed is not None else None)
