"""Backups: a verified, encrypted copy of the site in one file, made by hand or at close.

``create_backup`` copies the live database with SQLCipher (see ``backup_copy``), checks the
copy (every page, the structure, the same row count in every table), packs it with the key
slots and a manifest into ``peerdesk-backup-<site>-<YYYYmmdd-HHMMSS>.pdbackup``
(``backup_archive``), writes that under a temporary name in the target folder, fsyncs it,
reads it back from the device and checks every member's SHA-256, and only then renames it to
its final name (and fsyncs the folder). Any failure removes the temporary files: a file named
``*.pdbackup`` is always complete and verified. The backup stays encrypted with the site's
data key; the key slots inside it let any user's passphrase or the printed recovery code
unlock it on another computer (``restore``).

Automatic backups go to the data folder's ``backups/`` when the application closes; the
newest ``backups_to_keep`` of them are kept. Pre-migration backups there have other names and
are never touched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from peerdesk import __version__
from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log
from peerdesk.db.store import Store
from peerdesk.db.uow import DAMAGED_MESSAGE
from peerdesk.domain.errors import StoreDamaged
from peerdesk.domain.roles import Action
from peerdesk.fsutil import fsync_dir
from peerdesk.services import backup_archive as archive
from peerdesk.services import backup_copy
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.backup_archive import BackupError
from peerdesk.services.backup_files import (
    BackupFile,
    list_backups,
    remove_stale_temps,
    rotate_backups,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], object]
Cancel = Callable[[], bool]
NOTHING_WRITTEN = "No backup file was written."


@dataclass(frozen=True)
class BackupResult:
    """A backup written and verified."""

    path: Path
    site_id: str
    created_at: datetime
    size: int
    tables: int
    rows: int


def create_backup(
    store: Store,
    actor: Actor,
    out_dir: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    clock: Clock = utcnow,
) -> BackupResult:
    """Write a verified backup of the open store into ``out_dir``.

    Args:
        store: the open store.
        actor: who asks (``backup.run``: coordinators).
        out_dir: an existing folder (a USB drive, a network share...).
        progress: told ``(percent, 100)`` as the work goes on.
        cancel: asked between steps; True stops the backup (``BackupError("cancelled")``).
        clock: the time source.

    Raises:
        PermissionDenied: the role may not make backups.
        BackupError: the folder is missing, full, read-only or gone, or the copy did not
            verify. No ``*.pdbackup`` file is left behind; the live database is untouched.
    """
    require(store, actor, Action.BACKUP_RUN, object_type="backup", clock=clock)
    return _backup_and_audit(store, actor, Path(out_dir), progress, cancel, clock)


def _backup_and_audit(
    store: Store,
    actor: Actor,
    out_dir: Path,
    progress: Progress | None,
    cancel: Cancel | None,
    clock: Clock,
) -> BackupResult:
    try:
        result = write_backup(store, out_dir, progress, cancel, clock=clock)
    except BackupError as exc:
        _audit(store, actor, exc.reason, "failed", clock)
        raise
    _audit(store, actor, result.path.name, "ok", clock)
    return result


def _audit(store: Store, actor: Actor, object_id: str, outcome: str, clock: Clock) -> None:
    with store.uow() as uow:
        audit_log.append(
            uow.session,
            at=clock(),
            actor=actor.username,
            action="backup.create",
            object_type="backup",
            object_id=object_id,
            outcome=outcome,
        )


def write_backup(
    store: Store,
    out_dir: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    clock: Clock = utcnow,
) -> BackupResult:
    """The work of :func:`create_backup` without the permission check and the audit entry."""
    if not out_dir.is_dir():
        raise BackupError(
            "no_folder",
            f"The folder {out_dir} does not exist or is not reachable. {NOTHING_WRITTEN}",
            str(out_dir),
        )

    def step(percent: int) -> None:
        if cancel is not None and cancel():
            raise BackupError("cancelled", f"The backup was cancelled. {NOTHING_WRITTEN}")
        if progress is not None:
            progress(percent, 100)

    remove_stale_temps(out_dir)
    created = clock().astimezone(UTC).replace(microsecond=0)
    key = store.data_key
    temps: list[Path] = []
    try:
        step(0)
        fd, scratch_name = tempfile.mkstemp(
            prefix=archive.TEMP_PREFIX, suffix=".db.tmp", dir=out_dir
        )
        os.close(fd)
        scratch = Path(scratch_name)
        temps += [scratch, Path(scratch_name + "-journal")]
        counts, site_id, schema = _copy(store, scratch, key, step)
        step(60)
        problems, copied = backup_copy.check_database(scratch, key)
        if problems or copied != counts:
            log.error("backup copy did not verify: %s", "; ".join(problems) or "row counts differ")
            raise _verify_failed()
        step(70)
        slots = _read_bytes(store.paths.slots)
        fd, zip_name = tempfile.mkstemp(prefix=archive.TEMP_PREFIX, suffix=".zip.tmp", dir=out_dir)
        tmp_zip = Path(zip_name)
        temps.append(tmp_zip)
        fh = archive.OsFile(fd)
        try:
            size_total = max(1, scratch.stat().st_size)
            manifest = archive.write_archive(
                fh,
                slots=slots,
                db_path=scratch,
                manifest_for=lambda members: archive.Manifest(
                    archive.FORMAT_VERSION, __version__, schema, site_id, created, members
                ),
                on_chunk=lambda done: step(70 + 20 * done // size_total),
            )
            fh.fsync()
            archive.drop_cache(fh)
        finally:
            fh.close()
        step(90)
        # Read it back from the device: the members must be exactly what was written.
        if archive.read_archive(tmp_zip).manifest != manifest:
            raise _verify_failed()
        step(98)
        final = _free_name(out_dir, site_id, created)
        os.replace(tmp_zip, final)
        temps.remove(tmp_zip)
        try:
            fsync_dir(out_dir)
            size = final.stat().st_size
        except OSError:
            # Not known to be on the device: a file with a backup's name must be one.
            _remove_quietly(final)
            raise
        step(100)
    except OSError as exc:
        raise archive.backup_error_from_os(exc, out_dir, NOTHING_WRITTEN) from None
    except BackupError as exc:
        if exc.reason in {"damaged", "not_a_backup"}:  # the read-back found other bytes
            raise _verify_failed() from None
        raise
    except Exception as exc:
        if _is_sqlite_error(exc):
            if "malformed" in str(exc) or "not a database" in str(exc):
                raise StoreDamaged(DAMAGED_MESSAGE) from None
            raise archive.backup_error_from_sqlite(exc, out_dir, NOTHING_WRITTEN) from None
        raise
    finally:
        for temp in temps:
            _remove_quietly(temp)
    return BackupResult(final, site_id, created, size, len(counts), sum(counts.values()))


def _copy(
    store: Store, scratch: Path, key: bytes, step: Callable[[int], None]
) -> tuple[dict[str, int], str, str]:
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        site = conn.execute("SELECT id FROM sites WHERE is_local = 1").fetchone()
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        counts = backup_copy.copy_database(
            conn,
            scratch,
            key,
            on_pages=lambda done, total: step(5 + 55 * done // max(1, total)),
        )
    finally:
        raw.close()
    return counts, str(site[0]) if site else "", str(rev[0]) if rev else ""


def _verify_failed() -> BackupError:
    return BackupError(
        "verify_failed",
        "The backup did not read back exactly as written, so it was removed. The drive may be "
        f"failing: try another one, and run 'peerdesk check'. {NOTHING_WRITTEN}",
    )


def _is_sqlite_error(exc: Exception) -> bool:
    import sqlcipher3

    return isinstance(exc, sqlcipher3.Error)


def _read_bytes(path: Path) -> bytes:
    fh = archive.OsFile.open_read(path)
    try:
        return fh.read()
    finally:
        fh.close()


def _free_name(folder: Path, site_id: str, created: datetime) -> Path:
    for n in range(1000):
        candidate = folder / archive.backup_name(site_id, created, n)
        if not candidate.exists():
            return candidate
    raise BackupError("write_failed", f"Too many backups with the same time. {NOTHING_WRITTEN}")


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# --- automatic backups ----------------------------------------------------------------------------
def automatic_backup(store: Store, actor: Actor, *, clock: Clock = utcnow) -> BackupResult | None:
    """Back up into the data folder's ``backups/`` and keep the newest ``backups_to_keep``.

    Housekeeping, not a way to move data out (the copy stays in the data folder, encrypted),
    so it runs for every role. Returns None when the setting turns automatic backups off, or
    when nothing was done since the newest automatic backup (every change is audited, so the
    last audit entry is then that backup's own).
    """
    from sqlalchemy import select

    from peerdesk.db.models import AuditRow
    from peerdesk.services.settings import read_setting

    folder = store.paths.backups
    with store.uow(write=False) as uow:
        keep = read_setting(uow.session, "backups_to_keep")
        last = uow.session.execute(
            select(AuditRow.action, AuditRow.outcome, AuditRow.object_id)
            .order_by(AuditRow.seq.desc())
            .limit(1)
        ).first()
    if keep <= 0:
        return None
    newest = list_backups(folder, actor.site_id)[:1]
    own_entry = ("backup.create", "ok", newest[0].path.name) if newest else None
    if last is not None and tuple(last) == own_entry:
        return None
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise archive.backup_error_from_os(exc, folder, NOTHING_WRITTEN) from None
    result = _backup_and_audit(store, actor, folder, None, None, clock)
    rotate_backups(folder, keep, result.site_id)
    return result


def backup_on_close(store: Store, actor: Actor) -> BackupResult | None:
    """:func:`automatic_backup` that never raises: a failure is logged (no names, no paths
    beyond the data folder's) and closing goes on."""
    try:
        result = automatic_backup(store, actor)
    except BackupError as exc:
        log.warning("automatic backup at close failed: %s", exc.reason)
        return None
    except Exception:
        log.exception("automatic backup at close failed")
        return None
    if result is not None:
        log.info("automatic backup written: %s (%d bytes)", result.path.name, result.size)
    return result


class BackupService:
    """Backups for the windows: make one, list the automatic ones."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def create(
        self,
        actor: Actor,
        out_dir: Path,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> BackupResult:
        """See :func:`create_backup`."""
        return create_backup(self.store, actor, out_dir, progress, cancel, clock=self.clock)

    def automatic_backups(self, actor: Actor) -> list[BackupFile]:
        """The automatic backups in the data folder, newest first."""
        require(self.store, actor, Action.BACKUP_RUN, object_type="backup", clock=self.clock)
        return list_backups(self.store.paths.backups, actor.site_id)

    def automatic_folder(self) -> Path:
        """Where automatic backups go."""
        return self.store.paths.backups
