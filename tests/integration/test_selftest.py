"""``peerdesk selftest``: the installation check IT runs (and the build runs on the bundle)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk import selftest
from peerdesk.cli import build_parser
from peerdesk.db import keyslots
from tests.conftest import child_env

pytestmark = pytest.mark.slow

STEP_NAMES = [name for name, _ in selftest.STEPS]


def test_selftest_passes_from_source_and_reaches_the_sign_in_window(tmp_path: Path) -> None:
    real = tmp_path / "real-data"
    env = child_env(QT_QPA_PLATFORM="offscreen", PEERDESK_DATA_DIR=str(real))
    result = subprocess.run(
        [sys.executable, "-m", "peerdesk", "selftest"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok   {n}" for n in STEP_NAMES]
    assert lines[-1] == "selftest passed"
    assert "Traceback" not in result.stderr
    # The child ran with the suite's weak-KDF setting, from source: the step says so.
    assert "test-only setting of a source run" in result.stdout
    assert "sign-in window" in lines[-2]
    # The real data folder was only checked; the test site lived in a deleted temporary one.
    assert real.is_dir() and list(real.iterdir()) == []


def test_an_unwritable_data_folder_fails_with_a_plain_reason(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = io.StringIO()
    status = selftest.run_selftest(out, data_dir=blocker / "data", gui=False)
    lines = out.getvalue().splitlines()
    assert status == 1
    assert lines[1].startswith("FAIL data folder: peerdesk cannot write its data folder")
    assert lines[-1] == "selftest FAILED"
    assert len(lines) == 3  # nothing after the failure ran


def test_an_installed_build_with_weak_key_slots_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guard behind the frozen-build rule: weak slots in a frozen build are an error."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(keyslots, "kdf_for_new_slots", lambda: keyslots._TEST_KDF)
    out = io.StringIO()
    status = selftest.run_selftest(out, data_dir=tmp_path / "real", gui=False)
    assert status == 1
    assert "FAIL create site: an installed build wrote weak key slots" in out.getvalue()


def test_selftest_is_left_out_of_the_command_list_but_parses() -> None:
    parser = build_parser()
    assert "selftest" not in parser.format_help()
    args = parser.parse_args(["selftest", "--offscreen", "--no-gui"])
    assert args.func is selftest.cmd_selftest and args.offscreen and args.no_gui
