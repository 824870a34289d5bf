"""Backup files in a folder: finding them by name, keeping the newest, clearing left-overs.

Only names that ``backup_archive.NAME_RE`` matches count as backups, so anything else in a
folder (pre-migration copies, a person's own files) is never touched.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from peerdesk.services import backup_archive as archive

#: Temporary files older than this in a backup folder are left-overs of a crash.
STALE_TEMP_S = 3600.0


@dataclass(frozen=True)
class BackupFile:
    """A backup found in a folder (from its name and size; the file is not opened)."""

    path: Path
    created_at: datetime
    size: int


def list_backups(folder: Path, site_id: str = "") -> list[BackupFile]:
    """peerdesk backups in ``folder``, newest first (only those of ``site_id`` if given)."""
    found: list[BackupFile] = []
    short = archive.site_short(site_id) if site_id else ""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = archive.NAME_RE.match(entry.name)
        if match is None or (short and match["site"] != short):
            continue
        try:
            created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupFile(entry, created, size))
    found.sort(key=lambda b: (b.created_at, _suffix_number(b.path.name)), reverse=True)
    return found


def _suffix_number(name: str) -> int:
    match = archive.NAME_RE.match(name)
    return int(match["n"]) if match and match["n"] else 0


def rotate_backups(folder: Path, keep: int, site_id: str = "") -> list[Path]:
    """Delete all but the newest ``keep`` backups in ``folder`` (``keep`` <= 0 keeps all).

    Only files named like peerdesk backups (of ``site_id``, when given) are considered, so
    pre-migration copies and anything else in the folder stay. Left-over temporary files of
    a backup that crashed more than an hour ago (``.peerdesk-backup-*``) are removed too.

    Returns:
        The files deleted.
    """
    deleted: list[Path] = []
    if keep > 0:
        for old in list_backups(folder, site_id)[keep:]:
            with contextlib.suppress(OSError):
                old.path.unlink()
                deleted.append(old.path)
    remove_stale_temps(folder)
    return deleted


def remove_stale_temps(folder: Path) -> None:
    """Delete temporary files that a backup killed more than an hour ago left in ``folder``."""
    now = datetime.now(UTC).timestamp()
    with contextlib.suppress(OSError):
        for entry in folder.glob(archive.TEMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_TEMP_S:
                    entry.unlink()
