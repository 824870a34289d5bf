"""Where peerdesk keeps its data: ``--data-dir``, else ``PEERDESK_DATA_DIR``, else the
platform's per-user data folder (``%LOCALAPPDATA%\\peerdesk`` on Windows)."""

from __future__ import annotations

import os
from pathlib import Path


def default_data_dir() -> Path:
    env = os.environ.get("PEERDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("peerdesk", appauthor=False))


def resolve_data_dir(cli_value: str | None) -> Path:
    return Path(cli_value).expanduser() if cli_value else default_data_dir()


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("peerdesk", appauthor=False))
