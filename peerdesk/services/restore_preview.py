"""What a backup file holds, for showing it before anything changes.

Without the key, a backup tells its manifest: the site id, when it was made, by which
version of peerdesk and at which schema revision, and the SHA-256 of each member, which
:func:`preview_backup` checks by reading the whole file. Once a secret has unlocked it
(``restore.prepare_restore``), :func:`summarize` adds the site's name and record counts from
the unpacked database.
"""

from __future__ import annotations

import errno
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.services import backup_archive as archive
from peerdesk.services.backup_archive import BackupError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

Progress = Callable[[int, int], object]
Cancel = Callable[[], bool]
NOTHING_CHANGED = "Nothing was changed."
#: Room kept free beyond the unpacked database: its journal while the restore is audited.
SPARE_BYTES = 32 * 1024 * 1024
#: The records a summary counts (tombstones left out), in the order they are shown.
RECORD_TABLES = ("participants", "mentors", "groups", "group_sessions", "users")


@dataclass(frozen=True)
class BackupPreview:
    """A backup file read through and checked against its manifest (no key needed)."""

    path: Path
    size: int
    site_id: str
    created_at: datetime
    app_version: str
    schema_version: str
    #: Bytes of the database inside (what a restore unpacks).
    database_size: int


@dataclass(frozen=True)
class BackupSummary:
    """What an unlocked backup holds: the site's name and its records, by table."""

    site_name: str
    counts: dict[str, int]


def cancelled() -> BackupError:
    """The error a cancelled restore ends with."""
    return BackupError("cancelled", f"The restore was cancelled. {NOTHING_CHANGED}")


def read_manifest(path: Path) -> archive.Manifest:
    """The manifest of ``path`` only (quick: the members are not hashed).

    Raises:
        BackupError: ``not_a_backup``, ``damaged`` or ``too_new``.
    """
    path = Path(path)
    if not path.is_file():
        raise archive.not_a_backup(path)
    try:
        fh = archive.OsFile.open_read(path)
        try:
            try:
                zf = zipfile.ZipFile(fh, "r")
            except (zipfile.BadZipFile, EOFError, ValueError) as exc:
                raise archive.not_a_backup(path) from exc
            with zf:
                names = {i.filename for i in zf.infolist()}
                if archive.MANIFEST_MEMBER not in names:
                    raise archive.not_a_backup(path)
                if names != set(archive.MEMBERS):
                    raise archive.damaged()
                try:
                    raw = zf.read(archive.MANIFEST_MEMBER)
                except (zipfile.BadZipFile, EOFError, ValueError) as exc:
                    raise archive.damaged() from exc
                return archive.Manifest.from_bytes(raw)
        finally:
            fh.close()
    except OSError as exc:
        raise archive.backup_error_from_os(exc, path.parent, NOTHING_CHANGED) from None


def check_schema(manifest: archive.Manifest) -> None:
    """Refuse a backup whose schema revision this version of peerdesk does not know."""
    from peerdesk.db.migrate import known_revisions

    if manifest.schema_version not in known_revisions():
        raise BackupError(
            "too_new",
            "This backup was made by a newer version of peerdesk. Install the newer version "
            f"to restore it. {NOTHING_CHANGED}",
        )


def preview_backup(
    path: Path, progress: Progress | None = None, cancel: Cancel | None = None
) -> BackupPreview:
    """Read ``path`` through, check every member's SHA-256 and say what it is.

    Args:
        path: the ``.pdbackup`` file.
        progress: told ``(percent, 100)`` as the file is read.
        cancel: asked as the file is read; True stops (``BackupError("cancelled")``).

    Raises:
        BackupError: ``not_a_backup``, ``damaged``, ``too_new``, ``cancelled``, or a reason
            for the device failing. Nothing is written anywhere.
    """
    path = Path(path)
    manifest = read_manifest(path)
    check_schema(manifest)
    total = max(1, manifest.members[archive.DB_MEMBER][1])

    def on_chunk(done: int) -> None:
        if cancel is not None and cancel():
            raise cancelled()
        if progress is not None:
            progress(min(99, done * 100 // total), 100)

    try:
        contents = archive.read_archive(path, on_chunk=on_chunk)
        size = path.stat().st_size
    except OSError as exc:
        raise archive.backup_error_from_os(exc, path.parent, NOTHING_CHANGED) from None
    found = contents.manifest
    if progress is not None:
        progress(100, 100)
    return BackupPreview(
        path=path,
        size=size,
        site_id=found.site_id,
        created_at=found.created_at,
        app_version=found.app_version,
        schema_version=found.schema_version,
        database_size=found.members[archive.DB_MEMBER][1],
    )


def check_free_space(folder: Path, manifest: archive.Manifest) -> None:
    """Refuse to start when ``folder`` cannot hold the unpacked backup.

    Raises:
        BackupError: ``no_space``; nothing was written.
    """
    needed = sum(size for _sha, size in manifest.members.values()) + SPARE_BYTES
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise archive.backup_error_from_os(exc, folder, NOTHING_CHANGED) from None
    if free < needed:
        raise archive.backup_error_from_os(
            OSError(errno.ENOSPC, "not enough space"), folder, NOTHING_CHANGED
        )


def summarize(engine: Engine) -> BackupSummary:
    """The local site's name and the records of :data:`RECORD_TABLES` in an unlocked copy."""
    from sqlalchemy import func, select

    from peerdesk.db.models import Base
    from peerdesk.db.models.site import SiteRow

    counts: dict[str, int] = {}
    with engine.connect() as conn:
        name = conn.execute(select(SiteRow.name).where(SiteRow.is_local.is_(True))).scalar()
        for table_name in RECORD_TABLES:
            table = Base.metadata.tables[table_name]
            query = select(func.count()).select_from(table)
            if "deleted" in table.c:
                query = query.where(table.c.deleted.is_(False))
            counts[table_name] = int(conn.execute(query).scalar_one())
    return BackupSummary(str(name or ""), counts)
