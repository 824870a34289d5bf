"""Logging to a rotating file in the per-user log folder; never to the user's terminal.

Log lines carry ids and outcomes only: never names, notes or passphrases.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path


def configure() -> Path | None:
    """Send peerdesk's log records to ``peerdesk.log``; return its path (None if unwritable)."""
    from peerdesk.paths import log_dir

    root = logging.getLogger()
    if any(getattr(h, "_peerdesk", False) for h in root.handlers):
        return None
    directory = Path(os.environ.get("PEERDESK_LOG_DIR") or log_dir())
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            directory / "peerdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        path: Path | None = directory / "peerdesk.log"
    except OSError:
        handler = logging.NullHandler()
        path = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._peerdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
