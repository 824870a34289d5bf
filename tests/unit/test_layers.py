"""Architecture rules: nothing below ui/ loads Qt; start-up stays light; no network."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Site, child_env


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        env=child_env(),
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


@pytest.mark.parametrize(
    "package",
    [
        "peerdesk.domain",
        "peerdesk.db",
        "peerdesk.services",
        "peerdesk.sync",
        "peerdesk.reports",
    ],
)
def test_lower_layers_never_load_qt(package: str) -> None:
    import importlib
    import pkgutil

    pkg = importlib.import_module(package)
    # Alembic's env.py and revision files run only inside Alembic; they are not modules.
    names = [package] + [
        m.name
        for m in pkgutil.walk_packages(pkg.__path__, prefix=package + ".")
        if ".migrations." not in m.name
    ]
    loaded = _modules_after("\n".join(f"import {n}" for n in names))
    assert not any(m == "PySide6" or m.startswith("PySide6.") for m in loaded)


def test_domain_imports_nothing_of_other_layers() -> None:
    loaded = _modules_after("import peerdesk.domain.roles, peerdesk.domain.audit_chain")
    for layer in ("db", "services", "sync", "reports", "ui"):
        assert f"peerdesk.{layer}" not in loaded
    assert "sqlalchemy" not in loaded


def test_cli_start_does_not_import_heavy_modules() -> None:
    loaded = _modules_after("import peerdesk.cli")
    for heavy in ("alembic", "sqlalchemy", "reportlab", "openpyxl", "PySide6"):
        assert heavy not in loaded


#: Loaded at sign-in or later, never before the sign-in window shows: libraries only some
#: work needs, and peerdesk modules that load many others (main_window imports every section,
#: session the services' types, messages every service sentence).
NOT_BEFORE_SIGN_IN = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "openpyxl",
    "asyncio",
    "filelock",
    "argon2",
    "cryptography",
    "sqlcipher3",
    "peerdesk.services",
    "peerdesk.ui.main_window",
    "peerdesk.ui.setup_wizard",
    "peerdesk.ui.session",
    "peerdesk.ui.messages",
    "peerdesk.ui.idle_lock",
    "PySide6.QtNetwork",  # the single-instance socket listens once the window is up
    "peerdesk.db.keyslots",  # and with it hashlib (OpenSSL), secrets, datetime...
    "hashlib",
    "ctypes",
)


def test_sign_in_window_does_not_wait_for_heavy_modules() -> None:
    """What the sign-in window needs loads before it shows; the rest loads at sign-in."""
    loaded = _modules_after(
        "import peerdesk.app, peerdesk.ui.app_flow, peerdesk.ui.login_window, "
        "peerdesk.ui.single_instance, peerdesk.db.store"
    )
    for heavy in NOT_BEFORE_SIGN_IN:
        assert heavy not in loaded, heavy


FIRST_WINDOW = """
import json, sys
from pathlib import Path
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
seen = {}

class FirstShow(QObject):
    def eventFilter(self, watched, event):
        if not seen and event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow():
            seen.update(window=type(watched).__name__, modules=sorted(sys.modules),
                        qt_enums="Qt" in vars(QtCore))
            QTimer.singleShot(0, app.quit)
        return False

first_show = FirstShow()
app.installEventFilter(first_show)
from peerdesk.app import run_gui
run_gui(Path(sys.argv[1]))
print(json.dumps(seen))
"""


def _first_window(data_dir: Path) -> dict[str, object]:
    """Start the real application on ``data_dir``; what was loaded when its window showed."""
    out = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=child_env(QT_QPA_PLATFORM="offscreen", PEERDESK_LANG="en"),
    ).stdout
    seen: dict[str, object] = json.loads(out.splitlines()[-1])
    return seen


def test_the_sign_in_window_shows_before_anything_heavy_loads(site: Site) -> None:
    """The real start (``run_gui``), not just imports: nothing it runs before the sign-in
    window shows may load what only signing in needs."""
    seen = _first_window(site.paths.root)
    assert seen["window"] == "LoginWindow"
    loaded = set(seen["modules"])  # type: ignore[call-overload]
    for heavy in NOT_BEFORE_SIGN_IN:
        assert heavy not in loaded, heavy
    # PySide6 builds all ~90 enums of ``Qt`` at its first use (~15 ms): the sign-in window
    # shows without it.
    assert seen["qt_enums"] is False


def test_an_empty_data_folder_still_starts_with_the_setup_wizard(tmp_path: Path) -> None:
    seen = _first_window(tmp_path / "new")
    assert seen["window"] == "SetupWizard"


def test_network_guard_is_active() -> None:
    """The suite-wide guard turns any network attempt into a failure."""
    from tests_netguard_impl import NetworkUsed

    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkUsed):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()


def test_network_guard_reaches_child_processes() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
        capture_output=True,
        text=True,
        env=child_env(),
    )
    assert proc.returncode != 0
    assert "NetworkUsed" in proc.stderr
