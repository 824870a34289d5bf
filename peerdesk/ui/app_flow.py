"""Moving between sign-in, the first passphrase change, the main window and the lock screen."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from peerdesk.ui.login_window import Authenticator, LoginWindow

if TYPE_CHECKING:
    # Only what the sign-in window needs loads before it shows (bench 3 times the start;
    # tests/unit/test_layers.py keeps the rest out). The main window imports every section
    # and services load SQLAlchemy's ORM (~0.4 s): they load at sign-in. Even Qt's ``Qt``
    # namespace waits: PySide6 builds its ~90 enums on first use (~15 ms).
    from peerdesk.db.store import Store
    from peerdesk.domain.navigation import Section
    from peerdesk.services.actor import Actor
    from peerdesk.services.auth import SignedIn
    from peerdesk.services.site_info import SiteInfo
    from peerdesk.ui.change_passphrase_dialog import ChangePassphraseDialog
    from peerdesk.ui.idle_lock import IdleWatch
    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.preferences import Preferences
    from peerdesk.ui.restore_texts import ReplaceRequest
    from peerdesk.ui.session import Services, UiSession
    from peerdesk.ui.task_runner import Runner

log = logging.getLogger(__name__)

ServicesFactory = Callable[["Store"], "Services"]


@dataclass(frozen=True)
class _Opened:
    info: SiteInfo
    services: Services
    idle_minutes: int


@dataclass(frozen=True)
class _Locked:
    """A locked session: who, and where they were. No store and no key are kept."""

    actor: Actor
    section: Section | None


class AppFlow(QObject):
    """Owns the open store while someone is signed in, and which window is showing.

    Sign-in leads to the passphrase change when a coordinator set a temporary passphrase,
    then to the main window. Lock (Ctrl+L, or no input for the idle minutes) closes the store
    and shows the lock screen: the same user's passphrase reopens the session where it was; a
    coordinator's ends it (audited ``session.ended_by``). Sign out and Switch user close the
    store and show an empty sign-in window.

    Args:
        auth: the sign-in service for the data folder.
        runner: the one worker thread all database work goes through.
        services: builds the services of an open store (``peerdesk.app.build_services``).
        preferences: the data folder's preferences.
        idle: the idle watch (one with a fake clock in tests); made at the first sign-in
            when not given.
    """

    def __init__(
        self,
        auth: Authenticator,
        runner: Runner,
        services: ServicesFactory,
        preferences: Preferences,
        idle: IdleWatch | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services_factory = services
        self._preferences = preferences
        self._signed: SignedIn | None = None
        self._locked: _Locked | None = None
        self.session: UiSession | None = None
        self._idle: IdleWatch | None = None
        if idle is not None:
            self._watch(idle)
        self._auth = auth
        self.main_window: MainWindow | None = None
        self._build_login()

    def _build_login(self) -> None:
        self.login = LoginWindow(self._auth, self._runner)
        self.login.signed_in.connect(self._on_signed_in)
        self.login.restore_requested.connect(self._restore_damaged)
        self._passphrase_dialog: ChangePassphraseDialog | None = None

    @property
    def passphrase_dialog(self) -> ChangePassphraseDialog:
        """The first-passphrase dialog, made when first needed.

        One dialog, reused: it is a child of the sign-in window, which lives as long as the
        application does (or until the language changes).
        """
        if self._passphrase_dialog is None or self._passphrase_dialog.parent() is not self.login:
            from peerdesk.ui.change_passphrase_dialog import ChangePassphraseDialog

            dialog = ChangePassphraseDialog(self._runner, parent=self.login)
            dialog.accepted.connect(self._passphrase_changed)
            dialog.rejected.connect(self.sign_out)
            self._passphrase_dialog = dialog
        return self._passphrase_dialog

    @property
    def idle(self) -> IdleWatch:
        """The idle watch, made when first needed: nobody is signed in before that."""
        if self._idle is None:
            from peerdesk.ui.idle_lock import IdleWatch

            return self._watch(IdleWatch(parent=self))
        return self._idle

    def _watch(self, idle: IdleWatch) -> IdleWatch:
        self._idle = idle
        idle.idle.connect(self.lock)
        idle.lock_requested.connect(self.lock)
        return idle

    def _stop_idle(self) -> None:
        if self._idle is not None:
            self._idle.stop()

    @property
    def signed(self) -> SignedIn | None:
        """The current session, if someone is signed in."""
        return self._signed

    @property
    def locked_user(self) -> str:
        """Who locked the workstation (``""`` when it is not locked)."""
        return self._locked.actor.username if self._locked is not None else ""

    def start(self, username: str = "") -> None:
        """Show the sign-in window (with ``username`` filled in, after setup)."""
        self.login.reset(username=username)
        self.login.show()
        # Just shown, so not minimized: bring_forward's un-minimizing (which needs the
        # ``Qt`` enums) has nothing to do.
        self.login.raise_()
        self.login.activateWindow()

    def bring_forward(self) -> None:
        """Raise the window showing (a second start of peerdesk asks for this)."""
        from PySide6.QtCore import Qt

        for window in (self.main_window, self.login):
            if window is not None and window.isVisible():
                window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
                window.raise_()
                window.activateWindow()
                return

    # --- after sign-in ----------------------------------------------------------------------
    def _on_signed_in(self, signed: SignedIn) -> None:
        from peerdesk.domain.navigation import may_end_sessions_of_others

        locked = self._locked
        if locked is None:
            self._accept(signed)
        elif signed.actor.user_id == locked.actor.user_id:
            self._locked = None
            self._record(signed, "session.unlock", locked.actor.user_id)
            self._accept(signed, resume=locked.section)
        elif may_end_sessions_of_others(signed.actor.role):
            self._locked = None
            self._record(signed, "session.ended_by", locked.actor.user_id)
            self._accept(signed)
        else:
            self._close_store(signed, "session.unlock_refused", locked.actor.user_id)
            self.login.show_locked(locked.actor.username)
            self.login.show_error(
                self.tr("Only %1 or a coordinator can unlock this session.").replace(
                    "%1", locked.actor.username
                )
            )

    def _accept(self, signed: SignedIn, resume: Section | None = None) -> None:
        self._signed = signed
        if signed.must_change_passphrase:
            self._ask_for_own_passphrase(signed)
        else:
            self._open_main(signed, resume)

    def _record(self, signed: SignedIn, action: str, user_id: str) -> None:
        def record() -> None:
            from peerdesk.services.audit import AuditService

            AuditService(signed.store).record(signed.actor, action, "user", user_id)

        self._runner.run(
            record,
            on_done=lambda _r: None,
            on_error=lambda exc: log.error("could not audit %s", action, exc_info=exc),
        )

    def _ask_for_own_passphrase(self, signed: SignedIn) -> None:
        from peerdesk.services.users import UserService

        users = UserService(signed.store)

        def change(current: str, new: str) -> None:
            users.change_own_passphrase(signed.actor, current, new)

        self.passphrase_dialog.ask(change)

    def _passphrase_changed(self) -> None:
        if self._signed is not None:
            self._open_main(self._signed)

    def _open_main(self, signed: SignedIn, resume: Section | None = None) -> None:
        factory = self._services_factory

        def open_session() -> _Opened:
            from peerdesk.services.site_info import site_info

            info = site_info(signed.store, signed.actor, counts=False)
            services = factory(signed.store)
            return _Opened(info, services, services.settings.get("idle_lock_minutes"))

        self._runner.run(
            open_session,
            on_done=lambda opened: self._show_main(signed, opened, resume),
            on_error=self._open_failed,
            owner=self.login,
        )

    def _show_main(self, signed: SignedIn, opened: _Opened, resume: Section | None) -> None:
        if self._signed is not signed:
            return  # locked or signed out in the meantime
        from peerdesk.ui.app_events import AppEvents
        from peerdesk.ui.session import UiSession

        events = AppEvents(self)
        events.changed.connect(self._on_changed)
        session = UiSession(signed.actor, opened.services, self._runner, events, self._preferences)
        self.session = session
        from peerdesk.ui.main_window import MainWindow

        window = MainWindow(opened.info, session, start_section=resume)
        geometry = self._preferences.window_geometry
        if not geometry.isEmpty():
            window.restoreGeometry(geometry)
        state = self._preferences.window_state
        if not state.isEmpty():
            window.restoreState(state)
        window.lock_requested.connect(self.lock)
        window.sign_out_requested.connect(self.sign_out)
        window.switch_user_requested.connect(self.switch_user)
        window.replace_data_requested.connect(self._replace_data)
        window.closed.connect(self._on_main_window_closed)
        self.idle.warning.connect(window.warn_idle)
        self.idle.resumed.connect(window.idle_banner.clear_warning)
        self.main_window = window
        window.show()
        self.login.hide()
        self.login.reset()
        self.idle.start(opened.idle_minutes)

    def _on_changed(self, what: frozenset[str]) -> None:
        from peerdesk.ui.app_events import APPEARANCE, SETTINGS

        session = self.session
        if APPEARANCE in what and session is not None:
            self._restyle()
            return
        if SETTINGS not in what or session is None:
            return
        settings = session.services.settings
        self._runner.run(
            lambda: settings.get("idle_lock_minutes"),
            on_done=self.idle.set_minutes,
            on_error=lambda exc: log.error("reading the idle lock setting", exc_info=exc),
        )

    def _restyle(self) -> None:
        """Apply a new language, text size or contrast at once: the windows are built again
        (Qt's translations are read when a widget is made), at the section showing."""
        signed, window = self._signed, self.main_window
        if signed is None or window is None:
            return
        from peerdesk.ui.appearance import apply_look

        apply_look(self._preferences)
        section = window.current_section()
        self._drop_main_window()
        old_login = self.login
        self._build_login()
        old_login.hide()
        old_login.deleteLater()
        self._open_main(signed, resume=section)

    # --- restoring a backup -----------------------------------------------------------------
    def _restore_damaged(self) -> None:
        """The site cannot be opened: restore it from a backup (its files are kept aside)."""
        from peerdesk.ui.restore_entry import restore_damaged_site

        login = self.login
        restore_damaged_site(
            login, self._runner, self._auth.paths.root, on_restored=lambda _r: login.reset()
        )

    def _replace_data(self, request: ReplaceRequest) -> None:
        """Administration › Backups › Restore: end the session, then install the backup."""
        from peerdesk.ui.restore_entry import replace_after_sign_out

        replace_after_sign_out(self, request, self._runner)

    def _open_failed(self, exc: Exception) -> None:
        from peerdesk.ui.messages import error_text

        self.end_session()
        self.login.show_error(error_text(exc))

    # --- ending a session -------------------------------------------------------------------
    def lock(self) -> None:
        """Close the store and show the lock screen for the signed-in user."""
        signed = self._signed
        if signed is None:
            return
        window = self.main_window
        section = window.current_section() if window is not None else None
        self.end_session(audit_action="session.lock")
        self._locked = _Locked(signed.actor, section)
        self.login.show_locked(signed.actor.username)

    def sign_out(self) -> None:
        """Close the store and show an empty sign-in window."""
        self.end_session(self.tr("You have signed out."), audit_action="session.sign_out")

    def switch_user(self) -> None:
        """End this session so the next person can sign in on the shared computer."""
        self.end_session(
            self.tr("Session ended. The next person can sign in."),
            audit_action="session.switch_user",
        )

    def end_session(
        self, notice: str = "", *, keep_username: bool = False, audit_action: str = ""
    ) -> None:
        """Close the store (on the worker, after any job in progress) and go back to sign-in."""
        self._stop_idle()
        self._locked = None
        signed, self._signed = self._signed, None
        username = signed.actor.username if (signed is not None and keep_username) else ""
        self.login.reset(notice=notice, username=username)
        self.login.show()
        self._drop_main_window()
        if signed is not None:
            self._close_store(signed, audit_action)

    def _remember_geometry(self, window: MainWindow) -> None:
        """Keep the window's size, place, maximized state and toolbar for the next one."""
        self._preferences.set_window_geometry(window.saveGeometry())
        self._preferences.set_window_state(window.saveState())

    def _drop_main_window(self) -> None:
        window, self.main_window = self.main_window, None
        if window is not None and window.isVisible():
            self._remember_geometry(window)
        if self.session is not None:
            self.session.events.deleteLater()
            self.session = None
        if window is not None:
            # Its dialogs and questions are windows of their own: hide them now, not when
            # the deferred delete comes round, so nothing of the session stays on screen.
            for child in window.findChildren(QWidget):
                if child.isWindow() and child.isVisible():
                    child.hide()
            window.hide()
            window.deleteLater()

    def _close_store(self, signed: SignedIn, audit_action: str = "", object_id: str = "") -> None:
        def close() -> None:
            try:
                if audit_action:
                    from peerdesk.services.audit import AuditService

                    AuditService(signed.store).record(
                        signed.actor, audit_action, "user", object_id or signed.actor.user_id
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
        self._stop_idle()
        signed, self._signed = self._signed, None
        if self.main_window is not None:
            self._remember_geometry(self.main_window)
        self.main_window = None
        if signed is not None:
            self._backup_on_close(signed)
            self._close_store(signed)

    def _backup_on_close(self, signed: SignedIn) -> None:
        """Queue the automatic backup before the store closes; it logs its own failures."""

        def backup() -> None:
            from peerdesk.services.backup import backup_on_close

            backup_on_close(signed.store, signed.actor)

        self._runner.run(
            backup,
            on_done=lambda _result: None,
            on_error=lambda exc: log.error("automatic backup failed", exc_info=exc),
        )

    def shutdown(self) -> None:
        """Close the store if open, then stop the worker thread. Call once, at exit."""
        self._stop_idle()
        signed, self._signed = self._signed, None
        self._runner.shutdown(signed.store.close if signed is not None else None)
