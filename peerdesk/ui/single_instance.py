"""One running peerdesk per data folder.

The first instance holds a lock file in the data folder and listens on a local socket (a
named pipe on Windows, a Unix socket elsewhere: never a network connection) named from the
folder's path. A second start finds the lock taken and asks the first, through the socket, to
bring its window forward; when nobody answers, the data folder is open elsewhere (another
account, or another computer on a shared folder).

The application takes the lock before its first window and starts listening just after that
window shows (loading QtNetwork costs ~10 ms); a second start in between waits for the
listener (:data:`LISTENER_GRACE_MS`).
"""

from __future__ import annotations

import getpass
import time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

LOCK_NAME = "peerdesk.lock"
#: How long a second start waits for the holder of the lock to listen, at most.
LISTENER_GRACE_MS = 1_000
_RAISE = b"raise\n"
_DONE = b"ok\n"


class StartDecision(Enum):
    """What a starting instance should do."""

    FIRST = "first"  # run normally
    FORWARDED = "forwarded"  # the running instance came forward: quit quietly
    OPEN_ELSEWHERE = "open_elsewhere"  # say the folder is in use, then quit


def server_name(data_dir: Path) -> str:
    """The local socket name for ``data_dir``: the same for every start by the same account."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment
        user = ""
    key = f"{data_dir.expanduser().resolve()}\0{user}".encode()
    # SHA-256 through Qt: ``hashlib`` would load OpenSSL (~3 ms) before the sign-in window.
    digest = QCryptographicHash.hash(QByteArray(key), QCryptographicHash.Algorithm.Sha256)
    return "peerdesk-" + bytes(digest.toHex().data()).decode("ascii")[:24]


class SingleInstance(QObject):
    """The lock and the socket of one data folder.

    ``raise_requested`` is emitted (in the first instance) when a second start asks for the
    window to come forward.

    Args:
        data_dir: the data folder (it must exist).
    """

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # Never treat a held lock as stale because of its age: on a shared folder it may
        # belong to another computer. A lock left by a crashed process on this computer is
        # still taken over (Qt checks whether its process is alive).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def is_first(self) -> bool:
        """Whether this instance holds the lock."""
        return self._lock.isLocked()

    def start(self, timeout_ms: int = 2_000, *, listen: bool = True) -> StartDecision:
        """Take the lock and listen; or ask the instance holding it to come forward.

        Args:
            timeout_ms: how long to wait for the running instance's answer.
            listen: start listening at once; with ``False`` the caller calls :meth:`listen`
                soon after (once its window shows).
        """
        if self._lock.tryLock(0):
            if listen:
                self.listen()
            return StartDecision.FIRST
        if self.ask_first_to_raise(timeout_ms):
            return StartDecision.FORWARDED
        return StartDecision.OPEN_ELSEWHERE

    def listen(self) -> None:
        """Answer later starts (they ask this instance to come forward). Needs the lock."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        # The lock is ours, so a socket left with this name is from a crashed instance.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        server.listen(self.name)
        self._server = server

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
            self.raise_requested.emit()
            socket.write(QByteArray(_DONE))
            socket.flush()
        socket.disconnectFromServer()

    def ask_first_to_raise(self, timeout_ms: int = 2_000) -> bool:
        """Ask the running instance to bring its window forward; ``True`` when it answered.

        Blocks for at most about ``timeout_ms`` (it runs before any window exists). While
        nobody listens yet, it tries again for up to :data:`LISTENER_GRACE_MS`: the holder of
        the lock may still be starting.
        """
        from PySide6.QtNetwork import QLocalSocket

        not_yet = (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        )
        give_up = time.monotonic() + min(timeout_ms, LISTENER_GRACE_MS) / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(timeout_ms):
                break
            if socket.error() not in not_yet or time.monotonic() >= give_up:
                return False
            time.sleep(0.02)
        socket.write(QByteArray(_RAISE))
        socket.waitForBytesWritten(timeout_ms)
        answered = socket.waitForReadyRead(timeout_ms) and bytes(
            socket.readAll().data()
        ).startswith(_DONE.strip())
        socket.disconnectFromServer()
        return answered

    def release(self) -> None:
        """Stop listening and give the lock back (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
