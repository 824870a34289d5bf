"""Benchmark 3: start-up cost, each in a fresh interpreter.

- import cost: ``python -c "import peerdesk.cli"`` (and the sign-in window's module) against
  ``python -c pass``;
- start to the visible sign-in window: ``python -m bench.gui_child start DATA_DIR`` (peerdesk's
  ``run_gui`` on a throw-away site) against ``python -m bench.gui_child bare`` (a bare PySide6
  window started the same way), each printing when its first window is shown and quitting.
  The same children as bench 6's start row, but both with warm bytecode; target within 1.5x.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

from bench.report import Row, Section, median

#: Modules ``import peerdesk.cli`` must not load (slow imports that only some commands need).
FORBIDDEN = ("alembic", "sqlalchemy.orm", "reportlab", "openpyxl")
#: Also reported, for information.
WATCHED = (*FORBIDDEN, "sqlalchemy", "PySide6", "cryptography", "argon2", "sqlcipher3")


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _child_env(pycache: str) -> dict[str, str]:
    """Children write and reuse bytecode, as an installed app would, but in a temporary
    cache folder (``PYTHONPYCACHEPREFIX``) so that the source tree is left alone."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def _run(code: str, env: dict[str, str]) -> float:
    start = perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return perf_counter() - start


def _cpu_of_children() -> float:
    """CPU seconds used by finished child processes so far (0 where Python cannot tell)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _window(args: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """Seconds from starting ``bench.gui_child`` with ``args`` until it has shown its first
    window and exited; its CPU seconds are appended to ``cpu``."""
    cpu_before = _cpu_of_children()
    start = perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "bench.gui_child", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    took = perf_counter() - start
    if cpu is not None:
        cpu.append(_cpu_of_children() - cpu_before)
    if out.returncode != 0 or '"shown": true' not in out.stdout:
        raise SystemExit(f"bench.gui_child {args[0]} failed:\n{out.stderr[-2000:]}")
    return took


def _site(root: Path) -> Path:
    """A throw-away site to start on (production key cost: the bench unsets the weak one)."""
    from peerdesk.db.store import DataPaths
    from peerdesk.services.site_setup import initialize_site

    data = root / "data"
    initialize_site(
        DataPaths(data),
        site_name="Startup",
        site_kind="facility",
        admin_username="timing",
        admin_passphrase="violet tractor beside quiet lake",  # noqa: S106 (throw-away site)
    )
    return data


def start_ratio(repeats: int, root: Path, data: Path | None = None) -> tuple[Row, str]:
    """The start row (sign-in window against a bare PySide6 window) with warm bytecode for
    both, in a cache folder under ``root``; on the site in ``data`` (a throw-away one if
    None). Bench 6 uses it too, so both benches time the start the same way."""
    return _window_rows(max(repeats, 7), _child_env(str(root / "pycache")), root, data)


def _window_rows(
    repeats: int, env: dict[str, str], root: Path, data_dir: Path | None = None
) -> tuple[Row, str]:
    env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PEERDESK_TEST_WEAK_KDF", None)
    data = str(data_dir or _site(root))
    runs = {"bare": ["bare"], "peerdesk": ["start", data]}
    for args in runs.values():  # warm-up: bytecode and the OS file cache, for both
        _window(args, env)
    times: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for i in range(repeats):
        names = list(runs) if i % 2 == 0 else list(reversed(runs))
        for name in names:
            times[name].append(_window(runs[name], env, cpu[name]))
    ours, bare = median(times["peerdesk"]), median(times["bare"])
    row = Row("start to visible sign-in window / bare PySide6 window", ours, bare)
    note = (
        f"sign-in window: +{(ours - bare) * 1e3:.0f} ms over a bare PySide6 window (fastest "
        f"{min(times['peerdesk']) * 1e3:.0f} vs {min(times['bare']) * 1e3:.0f} ms); "
        "target within 1.5x"
    )
    ours_cpu, bare_cpu = median(cpu["peerdesk"]), median(cpu["bare"])
    if bare_cpu > 0:  # CPU time is what a busy machine disturbs least
        note += (
            f"; CPU time {ours_cpu * 1e3:.0f} vs {bare_cpu * 1e3:.0f} ms = "
            f"{ours_cpu / bare_cpu:.2f}x"
        )
    return row, note


def _loaded_by(module: str, env: dict[str, str]) -> list[str]:
    code = f"import sys, {module}\nprint(' '.join(m for m in {WATCHED!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    ).stdout
    return out.split()


def run(repeats: int) -> Section:
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-startup-") as tmp:
        pycache = Path(tmp) / "pycache"
        env = _child_env(str(pycache))
        section = _run_all(repeats, env)
        if _module_exists("PySide6"):
            row, note = start_ratio(repeats, Path(tmp))
            section.rows.append(row)
            section.notes.append(note)
        return section


def _run_all(repeats: int, env: dict[str, str]) -> Section:
    targets = ["peerdesk.cli", "peerdesk.ui.login_window"]
    present = [t for t in targets if _module_exists(t)]
    codes = {"pass": "pass", **{t: f"import {t}" for t in present}}
    for code in codes.values():  # warm-up: compile to bytecode, fill the OS file cache
        _run(code, env)
    times: dict[str, list[float]] = {name: [] for name in codes}
    for i in range(repeats):
        names = list(codes) if i % 2 == 0 else list(reversed(codes))
        for name in names:
            times[name].append(_run(codes[name], env))
    base = median(times["pass"])
    rows = []
    notes = []
    for target in targets:
        label = f"python -c 'import {target}' / 'pass'"
        if target not in present:
            rows.append(Row(label, None, None))
            notes.append(f"{target}: module not present, skipped")
            continue
        t = median(times[target])
        rows.append(Row(label, t, base))
        loaded = _loaded_by(target, env)
        bad = [m for m in loaded if m in FORBIDDEN]
        notes.append(
            f"{target}: +{(t - base) * 1e3:.0f} ms over a bare interpreter; heavy modules "
            f"loaded: {', '.join(loaded) or 'none'}"
            + (f"  <-- MUST NOT load {', '.join(bad)}" if bad and target.endswith(".cli") else "")
        )
    return Section(
        title=f"3. start-up in a fresh interpreter (median of {repeats}; windows: of "
        f"{max(repeats, 7)})",
        rows=rows,
        notes=notes,
    )
