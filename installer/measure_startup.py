"""Time from starting peerdesk to its sign-in window, for the built program and a source run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/measure_startup.py [--runs 5]

A throw-away site is created in a temporary folder; each run starts the desktop program on it
and asks it, over its single-instance socket, to come forward. The running program answers
only once its event loop runs, which is after the sign-in window is shown, so the time to the
answer is the time to a usable sign-in window. Prints the median and range of each. A
measurement tool (startup speed is not asserted anywhere), run by hand.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QByteArray, QCoreApplication  # noqa: E402
from PySide6.QtNetwork import QLocalSocket  # noqa: E402

from peerdesk.db.store import DataPaths  # noqa: E402
from peerdesk.services.site_setup import initialize_site  # noqa: E402
from peerdesk.ui.single_instance import _DONE, _RAISE, server_name  # noqa: E402


def _answered(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(50):
        return False
    socket.write(QByteArray(_RAISE))
    socket.waitForBytesWritten(1000)
    ok = socket.waitForReadyRead(5000) and bytes(socket.readAll().data()).startswith(_DONE.strip())
    socket.disconnectFromServer()
    return ok


def time_to_window(command: list[str], data_dir: Path, env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until the sign-in window answers."""
    name = server_name(data_dir)
    started = time.perf_counter()
    child = subprocess.Popen(
        [*command, "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not _answered(name):
            if child.poll() is not None:
                raise SystemExit(f"{command[0]} stopped early with status {child.returncode}")
            if time.perf_counter() - started > 60:
                raise SystemExit("no sign-in window within 60 s")
            time.sleep(0.005)
        return time.perf_counter() - started
    finally:
        child.terminate()
        child.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "peerdesk" / "peerdesk"))
    args = parser.parse_args()
    QCoreApplication([])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PEERDESK_TEST_WEAK_KDF"] = "1"  # only makes the throw-away site quick
    env = dict(os.environ)
    env.setdefault("PEERDESK_LOG_DIR", tempfile.mkdtemp(prefix="peerdesk-log-"))
    with tempfile.TemporaryDirectory(prefix="peerdesk-startup-") as tmp:
        data = Path(tmp) / "data"
        initialize_site(
            DataPaths(data),
            site_name="Startup",
            site_kind="facility",
            admin_username="timing",
            admin_passphrase="violet tractor beside quiet lake",  # noqa: S106 (throw-away site)
        )
        for label, command in (
            ("installed build", [args.bundle]),
            ("python -m peerdesk", [sys.executable, "-m", "peerdesk"]),
        ):
            time_to_window(command, data, env)  # warm the file cache
            runs = [time_to_window(command, data, env) for _ in range(args.runs)]
            print(
                f"{label}: sign-in window after {statistics.median(runs):.2f} s "
                f"(median of {len(runs)}; {min(runs):.2f}-{max(runs):.2f} s)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
