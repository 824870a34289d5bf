"""One peerdesk per data folder: a second start brings the first forward or says it is open."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.ui.single_instance import LOCK_NAME, SingleInstance, StartDecision, server_name
from tests.conftest import child_env

SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from peerdesk.ui.single_instance import SingleInstance
app = QCoreApplication([])
print(SingleInstance(Path(sys.argv[1])).start(timeout_ms=5000).value, flush=True)
"""


def test_the_socket_name_depends_on_the_folder(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert str(tmp_path) not in server_name(tmp_path / "a")  # no path in a name others see


def test_local_sockets_pass_the_network_guard() -> None:
    """The guard blocks network families only; a local (Unix) socket is not the network."""
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no Unix sockets here (Windows uses named pipes)")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.connect_ex("/nonexistent/peerdesk-test")  # refused, but not by the guard
    from tests_netguard_impl import NetworkUsed

    with (
        pytest.raises(NetworkUsed),
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s,
    ):
        s.connect(("127.0.0.1", 9))


def test_a_second_instance_in_the_same_folder_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.start() is StartDecision.FIRST
    assert (tmp_path / LOCK_NAME).exists()
    try:
        second = SingleInstance(tmp_path)
        assert not second._lock.tryLock(0)
        other_folder = tmp_path / "other"
        other_folder.mkdir()
        third = SingleInstance(other_folder)
        assert third.start() is StartDecision.FIRST
        third.release()
    finally:
        first.release()
    again = SingleInstance(tmp_path)
    assert again.start() is StartDecision.FIRST  # free again
    again.release()


@pytest.mark.slow
def test_a_second_start_brings_the_first_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.start() is StartDecision.FIRST
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=20_000):
            child = subprocess.Popen(
                [sys.executable, "-c", SECOND_START, str(tmp_path)],
                env=child_env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=20_000)
        out, err = child.communicate()
        assert out.strip() == StartDecision.FORWARDED.value, err
    finally:
        first.release()


@pytest.mark.slow
def test_a_folder_open_elsewhere_is_reported(tmp_path: Path) -> None:
    """The lock is held but nobody answers (another account, another computer)."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
            "print(lock.tryLock(0), flush=True); time.sleep(60)",
            str(tmp_path / LOCK_NAME),
        ],
        env=child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert SingleInstance(tmp_path).start(timeout_ms=300) is StartDecision.OPEN_ELSEWHERE
    finally:
        holder.kill()
        holder.wait()
    # Its process is gone: the lock it left is taken over.
    after = SingleInstance(tmp_path)
    assert after.start() is StartDecision.FIRST
    after.release()


def test_the_socket_name_is_a_hash_of_the_folder_and_the_account(tmp_path: Path) -> None:
    """The name must not change between versions: a newer start asks an older instance."""
    import getpass
    import hashlib

    key = f"{tmp_path.resolve()}\0{getpass.getuser()}".encode()
    assert server_name(tmp_path) == "peerdesk-" + hashlib.sha256(key).hexdigest()[:24]


def test_the_lock_can_be_taken_before_listening(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.start(listen=False) is StartDecision.FIRST
    try:
        assert not SingleInstance(tmp_path).ask_first_to_raise(timeout_ms=100)  # nobody yet
        first.listen()
        first.listen()  # once is enough; again changes nothing
        assert first._server is not None and first._server.isListening()
    finally:
        first.release()
    after = SingleInstance(tmp_path)
    after.listen()  # without the lock: no socket
    assert after._server is None


LATE_LISTENER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from peerdesk.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
print(instance.start(listen=False).value, flush=True)
QTimer.singleShot(300, instance.listen)  # like the app: it listens once its window is up
instance.raise_requested.connect(lambda: QTimer.singleShot(100, app.quit))
QTimer.singleShot(20_000, app.quit)
app.exec()
instance.release()
"""


@pytest.mark.slow
def test_a_second_start_waits_for_a_first_that_is_not_listening_yet(tmp_path: Path) -> None:
    """Started twice at once (a double click): the second waits for the first to listen
    instead of saying the folder is open elsewhere."""
    first = subprocess.Popen(
        [sys.executable, "-c", LATE_LISTENER, str(tmp_path)],
        env=child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == StartDecision.FIRST.value
        assert SingleInstance(tmp_path).start(timeout_ms=5_000) is StartDecision.FORWARDED
        assert first.wait(20) == 0
    finally:
        first.kill()
        first.wait()
