"""Locking the window after some minutes without keyboard or mouse input.

An application-wide event filter notes the time of the last input; a slow timer compares it
with the limit. Recording a time is all the filter does, so input stays cheap, and the clock
and the timer interval are injectable so tests move time forward instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from peerdesk.domain.settings_rules import SPECS

#: The longest idle time allowed, whatever a setting says (CJIS AC-11: 30 minutes at most).
MAX_MINUTES = SPECS["idle_lock_minutes"].maximum
DEFAULT_MINUTES = SPECS["idle_lock_minutes"].default
#: How long before the lock the person is warned (at most half the limit).
WARN_SECONDS = 60.0

_T = QEvent.Type
INPUT_EVENTS = frozenset(
    {
        _T.KeyPress,
        _T.MouseButtonPress,
        _T.MouseButtonDblClick,
        _T.MouseMove,
        _T.Wheel,
        _T.TouchBegin,
        _T.TabletPress,
        _T.InputMethod,
    }
)


class IdleWatch(QObject):
    """Emits ``idle`` once when no input came for the set number of minutes.

    Args:
        clock: seconds from a monotonic clock (``time.monotonic``; a fake one in tests).
        check_ms: how often the timer compares the last input with the limit.
    """

    idle = Signal()
    #: The lock comes in about ``int`` seconds: say so while the person can still act.
    warning = Signal(int)
    #: Input came after a warning: the lock is off again.
    resumed = Signal()
    #: Ctrl+L pressed while a dialog is open (the window's own shortcut cannot fire then).
    lock_requested = Signal()

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        check_ms: int = 5_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit_s = DEFAULT_MINUTES * 60.0
        self._last_input = clock()
        self._warned = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        """Whether the watch is counting (someone is signed in)."""
        return self._timer.isActive()

    @property
    def minutes(self) -> int:
        """The current limit, in minutes."""
        return int(self._limit_s // 60)

    def set_minutes(self, minutes: int) -> None:
        """Change the limit; it is kept between 1 and :data:`MAX_MINUTES`."""
        self._limit_s = max(1, min(int(minutes), MAX_MINUTES)) * 60.0

    def start(self, minutes: int) -> None:
        """Start counting from now, with a limit of ``minutes``."""
        self.set_minutes(minutes)
        self._last_input = self._clock()
        self._warned = False
        app = QCoreApplication.instance()
        if app is not None and not self.running:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (after a lock or a sign-out)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def seconds_idle(self) -> float:
        """Seconds since the last input."""
        return self._clock() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
            if self._warned:
                self._warned = False
                self.resumed.emit()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_L
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and QApplication.activeModalWidget() is not None
        ):
            # Qt gives no shortcut to the main window while a dialog is open; Ctrl+L must
            # lock all the same (the lock hides every window of the session).
            self.lock_requested.emit()
            return True
        return False

    def check(self) -> None:
        """Emit ``idle`` (and stop) when the limit has passed since the last input, and
        ``warning`` once when it is near."""
        if not self.running:
            return
        idle_s = self.seconds_idle()
        if idle_s >= self._limit_s:
            self.stop()
            self._warned = False
            self.idle.emit()
        elif not self._warned and idle_s >= self._limit_s - min(WARN_SECONDS, self._limit_s / 2):
            self._warned = True
            self.warning.emit(round(self._limit_s - idle_s))
