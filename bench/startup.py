"""Benchmark 3: start-up import cost, each in a fresh interpreter, against ``python -c pass``."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
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


def _loaded_by(module: str, env: dict[str, str]) -> list[str]:
    code = f"import sys, {module}\nprint(' '.join(m for m in {WATCHED!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    ).stdout
    return out.split()


def run(repeats: int) -> Section:
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-pycache-") as pycache:
        return _run_all(repeats, _child_env(pycache))


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
        title=f"3. start-up imports in a fresh interpreter (median of {repeats})",
        rows=rows,
        notes=notes,
    )
