"""Architecture rules: nothing below ui/ loads Qt; start-up stays light; no network."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from tests.conftest import child_env


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


def test_sign_in_window_does_not_wait_for_heavy_modules() -> None:
    """What the sign-in window needs loads before it shows; the rest loads at sign-in."""
    loaded = _modules_after(
        "import peerdesk.app, peerdesk.ui.app_flow, peerdesk.ui.login_window, "
        "peerdesk.ui.single_instance, peerdesk.db.store"
    )
    for heavy in ("sqlalchemy", "alembic", "reportlab", "asyncio", "filelock"):
        assert heavy not in loaded, heavy
    assert "peerdesk.ui.main_window" not in loaded  # imports every section


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
