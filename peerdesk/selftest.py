"""``peerdesk selftest``: prove that this installation works, without touching real data.

A diagnostic for facility IT and for the build (not listed in ``peerdesk --help``; documented
in installer/README.md). In a temporary data folder that is deleted afterwards it:

1. reports the version, whether this is an installed (frozen) build, and where the real data
   folder is (and that it can be written);
2. creates a site with a random passphrase and checks the key slots use the production
   Argon2id cost (an installed build must never honour the test-only weak setting);
3. signs in (unlocks the SQLCipher database) and reports the SQLCipher version;
4. runs the integrity check (every page and the audit chain), then closes the database;
5. writes a small PDF with the report fonts;
6. checks the compiled translations load;
7. starts the desktop application on the temporary folder and waits until the sign-in
   window is shown, then quits.

One line per step (``ok`` or ``FAIL``) on standard output; exit status 0 when every step
passed, 1 otherwise. Nothing is written outside the temporary folder except the usual log
file (and the real data folder, which is created if missing, as the application would).
"""

from __future__ import annotations

import argparse
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from peerdesk.db.store import DataPaths

#: User name and site of the throw-away site.
SELFTEST_USER = "selftest"
SELFTEST_SITE = "Self test"
#: How long the sign-in window may take to appear.
GUI_TIMEOUT_S = 60.0


class StepFailed(Exception):
    """A step did not give the expected result; the message says what was wrong."""


@dataclass
class _Context:
    """What the steps hand on to each other."""

    root: Path
    real_data_dir: Path | None
    passphrase: str = field(default_factory=lambda: "selftest " + secrets.token_urlsafe(24))
    signed: object | None = None


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


# --- steps: each returns the detail to print after "ok" ------------------------------------
def _step_about(ctx: _Context) -> str:
    from peerdesk import __version__

    kind = "installed build" if _frozen() else "source"
    return (
        f"peerdesk {__version__} ({kind}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} {platform.machine()}"
    )


def _step_real_data_dir(ctx: _Context) -> str:
    from peerdesk.db.store import DataPaths
    from peerdesk.paths import default_data_dir, portable_dir

    root = ctx.real_data_dir or default_data_dir()
    DataPaths(root).ensure_writable()  # raises DataDirUnusable with a plain message
    if ctx.real_data_dir is not None:
        how = "--data-dir"
    elif os.environ.get("PEERDESK_DATA_DIR"):
        how = "PEERDESK_DATA_DIR"
    elif portable_dir() is not None:
        how = "portable mode"
    else:
        how = "per-user folder"
    return f"{root} ({how}) is writable; the test itself uses a temporary folder"


def _data_paths(ctx: _Context) -> DataPaths:
    from peerdesk.db.store import DataPaths

    return DataPaths(ctx.root / "data")


def _step_init(ctx: _Context) -> str:
    from peerdesk.db import keyslots
    from peerdesk.services.site_setup import initialize_site

    paths = _data_paths(ctx)
    initialize_site(
        paths,
        site_name=SELFTEST_SITE,
        site_kind="facility",
        admin_username=SELFTEST_USER,
        admin_passphrase=ctx.passphrase,
    )
    production = keyslots.DEFAULT_KDF
    costs = {slot.kdf for slot in keyslots.load(paths.slots).slots.values()}
    weak = [
        k
        for k in costs
        if k.memory_kib < production.memory_kib or k.time_cost < production.time_cost
    ]
    shown = weak[0] if weak else production
    described = (
        f"Argon2id t={shown.time_cost}, {shown.memory_kib // 1024} MiB, {shown.parallelism} lanes"
    )
    if costs and not weak:
        return f"site created in a temporary folder; key slots use {described} (production)"
    if _frozen():
        raise StepFailed(f"an installed build wrote weak key slots ({described})")
    return f"site created; key slots use {described} (test-only setting of a source run)"


def _step_sign_in(ctx: _Context) -> str:
    from sqlalchemy import text

    from peerdesk.services.auth import AuthService

    signed = AuthService(_data_paths(ctx)).sign_in(SELFTEST_USER, ctx.passphrase)
    ctx.signed = signed
    with signed.store.engine.connect() as conn:
        version = conn.execute(text("PRAGMA cipher_version")).scalar()
        provider = conn.execute(text("PRAGMA cipher_provider")).scalar()
        provider_version = conn.execute(text("PRAGMA cipher_provider_version")).scalar()
    if not version:
        raise StepFailed("the database library is not SQLCipher: no encryption")
    return f"database unlocked; SQLCipher {version} ({provider} {provider_version})"


def _step_check(ctx: _Context) -> str:
    from peerdesk.services.auth import SignedIn
    from peerdesk.services.integrity import check_store

    signed = ctx.signed
    assert isinstance(signed, SignedIn)
    try:
        result = check_store(signed.store, signed.actor)
    finally:
        signed.store.close()
        ctx.signed = None
    if not result.ok:
        raise StepFailed("; ".join(result.problems) or "the check did not pass")
    entries = result.audit.checked if result.audit else 0
    return f"integrity check passed ({entries} audit entries); database closed"


def _step_pdf(ctx: _Context) -> str:
    import io

    from reportlab.pdfgen.canvas import Canvas

    from peerdesk.reports.fonts import REGULAR, register_fonts

    register_fonts()
    out = io.BytesIO()
    pdf = Canvas(out)
    pdf.setFont(REGULAR, 12)
    pdf.drawString(72, 720, "Año, señal, über: peerdesk selftest")
    pdf.save()
    data = out.getvalue()
    if not data.startswith(b"%PDF-") or REGULAR.encode() not in data:
        raise StepFailed("the PDF was not written with the report font")
    return f"PDF with the report fonts written ({len(data)} bytes)"


def _step_translations(ctx: _Context) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from peerdesk.ui.i18n import SUPPORTED, translations_dir

    missing = []
    for language in SUPPORTED:
        if not QTranslator().load(f"peerdesk_{language}", str(translations_dir())):
            missing.append(f"peerdesk_{language}.qm")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_es", qt_dir):
        missing.append("qtbase_es.qm")
    if missing:
        raise StepFailed("translations missing: " + ", ".join(missing))
    return "translations load (" + ", ".join(SUPPORTED) + ")"


def _step_gui(ctx: _Context) -> str:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from peerdesk.app import run_gui
    from peerdesk.ui.login_window import LoginWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    started = time.perf_counter()
    shown: list[float] = []

    def poll() -> None:
        if any(isinstance(w, LoginWindow) and w.isVisible() for w in app.topLevelWidgets()):
            shown.append(time.perf_counter() - started)
            poller.stop()
            QTimer.singleShot(0, app.quit)

    def give_up() -> None:
        for widget in app.topLevelWidgets():
            widget.close()
        app.quit()

    poller = QTimer()
    poller.setInterval(20)
    poller.timeout.connect(poll)
    poller.start()
    QTimer.singleShot(int(GUI_TIMEOUT_S * 1000), give_up)
    status = run_gui(_data_paths(ctx).root)
    poller.stop()
    if not shown:
        raise StepFailed(
            f"the sign-in window did not appear within {GUI_TIMEOUT_S:.0f} s (exit {status})"
        )
    platform_name = app.platformName()
    return f"desktop application showed the sign-in window ({platform_name}) and quit"


STEPS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("about", _step_about),
    ("data folder", _step_real_data_dir),
    ("create site", _step_init),
    ("sign in", _step_sign_in),
    ("integrity", _step_check),
    ("report fonts", _step_pdf),
    ("translations", _step_translations),
    ("desktop", _step_gui),
)


def _needs_offscreen() -> bool:
    """A Linux machine without a display: Qt's default platform would abort the process."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


def run_selftest(
    out: TextIO | None = None,
    *,
    data_dir: Path | None = None,
    offscreen: bool = False,
    gui: bool = True,
) -> int:
    """Run every step in a temporary data folder; print one line per step; 0 if all passed.

    Args:
        out: where the lines go (standard output by default).
        data_dir: the real data folder given with ``--data-dir`` (only checked for writing).
        offscreen: draw the window off screen (implied on Linux without a display).
        gui: include the desktop step.
    """
    stream = out or sys.stdout
    if offscreen or _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    root = Path(tempfile.mkdtemp(prefix="peerdesk-selftest-"))
    ctx = _Context(root=root, real_data_dir=data_dir)
    failed = False
    try:
        for name, step in STEPS:
            if name == "desktop" and not gui:
                continue
            began = time.perf_counter()
            try:
                detail = step(ctx)
            except Exception as exc:
                reason = str(exc) or type(exc).__name__
                print(f"FAIL {name}: {reason}", file=stream, flush=True)
                failed = True
                break
            took = time.perf_counter() - began
            print(f"ok   {name}: {detail} [{took:.2f} s]", file=stream, flush=True)
    finally:
        signed = ctx.signed
        if signed is not None:
            signed.store.close()  # type: ignore[attr-defined]
        shutil.rmtree(root, ignore_errors=True)
    print("selftest FAILED" if failed else "selftest passed", file=stream, flush=True)
    return 1 if failed else 0


def cmd_selftest(args: argparse.Namespace) -> int:
    """``peerdesk selftest``."""
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else None
    return run_selftest(data_dir=data_dir, offscreen=args.offscreen, gui=not args.no_gui)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``selftest`` to the command line, left out of the command list on purpose."""
    p = sub.add_parser(
        "selftest",
        description="Check this installation in a temporary data folder: create a site, "
        "sign in, check, close, write a PDF, load translations and open the sign-in window. "
        "Real data is never touched.",
    )
    p.add_argument("--offscreen", action="store_true", help="draw no window on screen")
    p.add_argument("--no-gui", action="store_true", help="skip the desktop step")
    p.set_defaults(func=cmd_selftest)
