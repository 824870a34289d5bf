"""Choosing the data folder: --data-dir, PEERDESK_DATA_DIR, portable mode, per-user folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from peerdesk import paths


@pytest.fixture
def frozen_at(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Pretend to be an installed build whose program is ``<tmp>/app/peerdesk``."""
    folder = tmp_path / "app"
    folder.mkdir()
    exe = folder / "peerdesk"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv("PEERDESK_DATA_DIR", raising=False)
    return folder


@pytest.fixture
def per_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the platform's per-user folders somewhere known."""
    home = tmp_path / "home"
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(home / "data"))
    monkeypatch.setattr("platformdirs.user_log_dir", lambda *a, **k: str(home / "log"))
    return home


def mark_portable(folder: Path) -> None:
    (folder / paths.PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")


def test_marker_beside_the_frozen_program_puts_data_and_logs_beside_it(
    frozen_at: Path, per_user: Path
) -> None:
    mark_portable(frozen_at)
    assert paths.resolve_data_dir(None) == frozen_at.resolve() / "data"
    assert paths.log_dir() == frozen_at.resolve() / "logs"


def test_without_the_marker_the_per_user_folder_is_used(frozen_at: Path, per_user: Path) -> None:
    assert paths.portable_dir() is None
    assert paths.resolve_data_dir(None) == per_user / "data"
    assert paths.log_dir() == per_user / "log"


def test_a_folder_named_like_the_marker_does_not_count(frozen_at: Path, per_user: Path) -> None:
    (frozen_at / paths.PORTABLE_MARKER).mkdir()
    assert paths.resolve_data_dir(None) == per_user / "data"


def test_environment_variable_beats_the_marker(
    frozen_at: Path, per_user: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    mark_portable(frozen_at)
    monkeypatch.setenv("PEERDESK_DATA_DIR", str(tmp_path / "from-env"))
    assert paths.resolve_data_dir(None) == tmp_path / "from-env"


def test_command_line_beats_environment_and_marker(
    frozen_at: Path, per_user: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    mark_portable(frozen_at)
    monkeypatch.setenv("PEERDESK_DATA_DIR", str(tmp_path / "from-env"))
    assert paths.resolve_data_dir(str(tmp_path / "from-cli")) == tmp_path / "from-cli"


def test_a_source_run_ignores_a_marker_beside_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, per_user: Path
) -> None:
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    python.write_bytes(b"")
    mark_portable(python.parent)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.delenv("PEERDESK_DATA_DIR", raising=False)
    assert paths.program_dir() is None
    assert paths.resolve_data_dir(None) == per_user / "data"


def test_the_cli_uses_the_portable_folder(frozen_at: Path, per_user: Path) -> None:
    from peerdesk.cli import _paths, build_parser

    mark_portable(frozen_at)
    args = build_parser().parse_args(["info"])
    assert _paths(args) == frozen_at.resolve() / "data"
