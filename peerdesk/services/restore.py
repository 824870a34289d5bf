"""Restoring a backup file into a data folder, on this computer or another one.

Order: the data folder may take it (no site there, or ``replace``) -> the file is a complete
peerdesk backup whose members match its manifest -> the recovery code or a coordinator's
passphrase unwraps the data key from the key slots inside it -> the database, unpacked into a
staging folder inside the data folder, passes SQLCipher's page check and SQLite's integrity
check and is the site the manifest names -> ``backup.restore`` is audited in it -> install.

Install: with ``replace``, the site files already there are moved (never deleted) into
``<data folder>/replaced-<YYYYmmdd-HHMMSS>/``, database first so the old site disappears in one
rename; then the key slots and, last, the database are renamed into place (the commit point).
An interruption anywhere leaves either no site (run the restore again; the old files wait in
``replaced-...``) or the restored one. Any failure before the install changes nothing.

Two steps for the window (``restore_backup`` runs both, for the command line):
:func:`prepare_restore` does everything up to the install (with progress and Cancel, and a
free-space check first) while the site there may still be open; :func:`install_restore`
swaps the files once it is closed. What a backup is, before any secret, is
``restore_preview``'s; the secret and the checks of the unpacked copy are ``restore_unlock``'s.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from peerdesk.clock import Clock, utcnow
from peerdesk.db.store import SLOTS_NAME, DataPaths
from peerdesk.fsutil import fsync_dir
from peerdesk.services import backup_archive as archive
from peerdesk.services import restore_preview as preview
from peerdesk.services.backup_archive import BackupError
from peerdesk.services.restore_preview import BackupSummary, Cancel, Progress
from peerdesk.services.restore_unlock import PassphraseSecret as PassphraseSecret
from peerdesk.services.restore_unlock import RecoveryCodeSecret as RecoveryCodeSecret
from peerdesk.services.restore_unlock import RestoreSecret as RestoreSecret
from peerdesk.services.restore_unlock import (
    audit_restore,
    check_database,
    unlock,
)

NOTHING_CHANGED = "Nothing was changed."
STAGING_PREFIX = ".restore-"
LOCK_NAME = "peerdesk.lock"


@dataclass(frozen=True)
class RestoreResult:
    """A backup installed into a data folder."""

    site_id: str
    backed_up_at: datetime
    data_dir: Path
    #: Where the files that were replaced now are (None when the folder held no site).
    replaced_dir: Path | None


@dataclass(frozen=True)
class PreparedRestore:
    """A backup unpacked, unlocked and checked in a staging folder inside the data folder.

    Nothing in the data folder has changed yet: :func:`install_restore` puts it in place,
    :func:`discard_restore` forgets it.
    """

    data_dir: Path
    staging: Path
    replace: bool
    site_id: str
    backed_up_at: datetime
    app_version: str
    schema_version: str
    summary: BackupSummary


def restore_backup(
    backup_file: Path,
    data_dir: Path,
    secret: RestoreSecret,
    *,
    replace: bool = False,
    clock: Clock = utcnow,
) -> RestoreResult:
    """Check ``backup_file`` and install it as the site of ``data_dir``.

    Raises:
        BackupError: ``not_empty`` (a site is there and ``replace`` is False), ``in_use``,
            ``not_a_backup``, ``damaged``, ``too_new``, ``wrong_secret``, ``not_allowed``
            (the passphrase is not a coordinator's), or an I/O reason: nothing is changed.
            ``halfway``: the install failed and the old files could not be put back; the
            message says where they are.
        DataDirUnusable: the data folder cannot be written.
    """
    prepared = prepare_restore(backup_file, data_dir, secret, replace=replace, clock=clock)
    try:
        return install_restore(prepared, clock=clock)
    finally:
        discard_restore(prepared)


def prepare_restore(
    backup_file: Path,
    data_dir: Path,
    secret: RestoreSecret,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    clock: Clock = utcnow,
) -> PreparedRestore:
    """Everything :func:`restore_backup` does before the data folder changes.

    The backup is unpacked into a staging folder inside ``data_dir``, unlocked with
    ``secret``, checked, and the restore is audited in it. The site in the data folder (if
    any) may stay open meanwhile.

    Args:
        backup_file: the ``.pdbackup`` file.
        data_dir: the data folder to restore into.
        secret: the recovery code or a coordinator's name and passphrase.
        replace: whether a site already in ``data_dir`` may be replaced.
        progress: told ``(percent, 100)`` as the work goes on.
        cancel: asked between steps and while unpacking; True stops
            (``BackupError("cancelled")``), leaving nothing behind.
        clock: the time source.

    Raises:
        BackupError, DataDirUnusable: as :func:`restore_backup`; nothing is changed.
    """
    paths = DataPaths(Path(data_dir))
    backup_file = Path(backup_file)

    def step(percent: int) -> None:
        if cancel is not None and cancel():
            raise preview.cancelled()
        if progress is not None:
            progress(percent, 100)

    if paths.is_initialized() and not replace:
        raise BackupError(
            "not_empty",
            f"{paths.root} already holds a peerdesk site. Restore into an empty folder, or "
            f"confirm replacing it (its files are kept in a 'replaced-...' folder). "
            f"{NOTHING_CHANGED}",
            str(paths.root),
        )
    if _open_elsewhere(paths.root):
        raise BackupError(
            "in_use",
            f"peerdesk is open on {paths.root}. Close it first. {NOTHING_CHANGED}",
            str(paths.root),
        )
    if not backup_file.is_file():
        raise archive.not_a_backup(backup_file)
    paths.ensure_writable()
    manifest = preview.read_manifest(backup_file)
    preview.check_free_space(paths.root, manifest)
    step(0)
    _remove_stale_staging(paths.root)
    try:
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.root))
    except OSError as exc:
        raise archive.backup_error_from_os(exc, paths.root, NOTHING_CHANGED) from None
    try:
        total = max(1, manifest.members.get(archive.DB_MEMBER, ("", 0))[1])
        contents = _unpack(backup_file, staging, lambda done: step(60 * done // total))
        step(62)
        key = unlock(contents.slots, secret)
        step(70)
        actor = check_database(staging, key, contents.manifest, secret)
        step(90)
        # Named as made, not as the file may have been renamed since (ids only).
        name = archive.backup_name(contents.manifest.site_id, contents.manifest.created_at)
        summary = audit_restore(staging, key, actor, name, clock)
        step(100)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise archive.backup_error_from_os(exc, paths.root, NOTHING_CHANGED) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    found = contents.manifest
    return PreparedRestore(
        paths.root,
        staging,
        replace,
        found.site_id,
        found.created_at,
        found.app_version,
        found.schema_version,
        summary,
    )


def install_restore(prepared: PreparedRestore, *, clock: Clock = utcnow) -> RestoreResult:
    """Put a prepared backup in place (the site there, if any, is moved aside, not deleted).

    Call it once the site in the data folder is closed. The staging folder is gone afterwards
    whatever happens.

    Raises:
        BackupError: an I/O reason (the old site is back as it was: nothing changed),
            ``halfway`` (the message says where the old files are), or ``not_empty`` when a
            site appeared since the restore was prepared without ``replace``.
    """
    paths = DataPaths(prepared.data_dir)
    try:
        if not (prepared.staging / archive.DB_MEMBER).is_file():
            raise archive.damaged()
        if paths.is_initialized() and not prepared.replace:
            raise BackupError(
                "not_empty",
                f"{paths.root} already holds a peerdesk site. Restore into an empty folder, "
                "or confirm replacing it (its files are kept in a 'replaced-...' folder). "
                f"{NOTHING_CHANGED}",
                str(paths.root),
            )
        try:
            replaced = _install(paths, prepared.staging, clock)
        except OSError as exc:
            raise archive.backup_error_from_os(exc, paths.root, NOTHING_CHANGED) from None
    finally:
        discard_restore(prepared)
    return RestoreResult(prepared.site_id, prepared.backed_up_at, paths.root, replaced)


def discard_restore(prepared: PreparedRestore) -> None:
    """Remove a prepared restore's staging folder (nothing else is touched)."""
    shutil.rmtree(prepared.staging, ignore_errors=True)


def check_backup(backup_file: Path) -> archive.Manifest:
    """Read ``backup_file`` through and check it against its manifest (no secret needed)."""
    try:
        return archive.read_archive(Path(backup_file)).manifest
    except OSError as exc:
        raise archive.backup_error_from_os(exc, Path(backup_file).parent, NOTHING_CHANGED) from None


def _unpack(
    backup_file: Path, staging: Path, on_chunk: Callable[[int], None]
) -> archive.ArchiveContents:
    contents: archive.ArchiveContents | None = None
    for name in (archive.DB_MEMBER, SLOTS_NAME):
        fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        out = archive.OsFile(fd)
        try:
            if contents is None:
                contents = archive.read_archive(backup_file, extract_db=out, on_chunk=on_chunk)
            else:
                out.write(contents.slots)
            out.fsync()
        finally:
            out.close()
    assert contents is not None
    return contents


def _install(paths: DataPaths, staging: Path, clock: Clock) -> Path | None:
    root = paths.root
    site_files = [paths.db, root / (paths.db.name + "-wal"), root / (paths.db.name + "-shm")]
    present = [p for p in (*site_files, paths.slots) if p.exists()]
    replaced: Path | None = None
    moved: list[Path] = []
    try:
        if present:
            stamp = clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
            replaced = root / f"replaced-{stamp}"
            n = 1
            while replaced.exists():
                n += 1
                replaced = root / f"replaced-{stamp}-{n}"
            replaced.mkdir()
            for path in present:  # the database first: the old site is gone in one rename
                os.replace(path, replaced / path.name)
                moved.append(path)
            fsync_dir(replaced)
            fsync_dir(root)
        os.replace(staging / SLOTS_NAME, paths.slots)
        os.replace(staging / archive.DB_MEMBER, paths.db)  # the commit point
    except OSError:
        if replaced is not None and not _put_back(replaced, moved):
            raise BackupError(
                "halfway",
                f"The restore stopped halfway and the data folder holds no site now. The "
                f"previous site's files are in {replaced}: move them back into {root}, or run "
                "the restore again.",
                str(root),
            ) from None
        raise
    fsync_dir(root)
    return replaced


def _put_back(replaced: Path, moved: list[Path]) -> bool:
    """Undo the moves into ``replaced`` (best effort); True when all is as it was."""
    try:
        for path in reversed(moved):
            os.replace(replaced / path.name, path)
        replaced.rmdir()
    except OSError:
        return not moved or all(p.exists() for p in moved)
    return True


def _remove_stale_staging(root: Path) -> None:
    for leftover in root.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _open_elsewhere(root: Path) -> bool:
    """Whether a running peerdesk on this computer holds the data folder's lock file."""
    lock = root / LOCK_NAME
    if os.name != "posix" or not lock.exists():
        return False
    try:
        pid = int(lock.read_text(encoding="ascii", errors="replace").splitlines()[0])
    except (OSError, ValueError, IndexError):
        return False
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
