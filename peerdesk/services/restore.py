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
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log, keyslots
from peerdesk.db.store import SLOTS_NAME, DataPaths, Store
from peerdesk.domain import recovery_code
from peerdesk.domain.errors import KeySlotsDamaged
from peerdesk.domain.roles import Action, Role, is_allowed
from peerdesk.fsutil import fsync_dir
from peerdesk.services import backup_archive as archive
from peerdesk.services import backup_copy
from peerdesk.services.actor import RECOVERY_ACTOR
from peerdesk.services.backup_archive import BackupError

NOTHING_CHANGED = "Nothing was changed."
STAGING_PREFIX = ".restore-"
LOCK_NAME = "peerdesk.lock"


@dataclass(frozen=True)
class RecoveryCodeSecret:
    """Unlock with the recovery code printed when the site was set up."""

    code: str


@dataclass(frozen=True)
class PassphraseSecret:
    """Unlock with a coordinator's user name and passphrase (as they were at backup time)."""

    username: str
    passphrase: str


RestoreSecret = RecoveryCodeSecret | PassphraseSecret


@dataclass(frozen=True)
class RestoreResult:
    """A backup installed into a data folder."""

    site_id: str
    backed_up_at: datetime
    data_dir: Path
    #: Where the files that were replaced now are (None when the folder held no site).
    replaced_dir: Path | None


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
    paths = DataPaths(Path(data_dir))
    backup_file = Path(backup_file)
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
    _remove_stale_staging(paths.root)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.root))
    try:
        try:
            contents = _unpack(backup_file, staging)
            key = _unlock(contents.slots, secret)
            actor = _check_database(staging, key, contents.manifest, secret)
            # Named as made, not as the file may have been renamed since (ids only).
            name = archive.backup_name(contents.manifest.site_id, contents.manifest.created_at)
            _audit_restore(staging, key, actor, name, clock)
            replaced = _install(paths, staging, clock)
        except OSError as exc:
            raise archive.backup_error_from_os(exc, paths.root, NOTHING_CHANGED) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(
        contents.manifest.site_id, contents.manifest.created_at, paths.root, replaced
    )


def check_backup(backup_file: Path) -> archive.Manifest:
    """Read ``backup_file`` through and check it against its manifest (no secret needed)."""
    try:
        return archive.read_archive(Path(backup_file)).manifest
    except OSError as exc:
        raise archive.backup_error_from_os(exc, Path(backup_file).parent, NOTHING_CHANGED) from None


def _unpack(backup_file: Path, staging: Path) -> archive.ArchiveContents:
    contents: archive.ArchiveContents | None = None
    for name in (archive.DB_MEMBER, SLOTS_NAME):
        fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        out = archive.OsFile(fd)
        try:
            if contents is None:
                contents = archive.read_archive(backup_file, extract_db=out)
            else:
                out.write(contents.slots)
            out.fsync()
        finally:
            out.close()
    assert contents is not None
    return contents


def _unlock(slots_raw: bytes, secret: RestoreSecret) -> bytes:
    try:
        slots = keyslots.KeySlots.from_bytes(slots_raw)
    except KeySlotsDamaged:
        raise archive.damaged() from None
    if isinstance(secret, RecoveryCodeSecret):
        canonical = recovery_code.canonical(secret.code)
        slot = slots.slots.get(keyslots.RECOVERY_LOOKUP)
        key = slot.unwrap(canonical) if (slot is not None and canonical) else None
    else:
        slot = slots.slots.get(slots.lookup_for(secret.username))
        if slot is None:
            # Spend the same time as a real attempt so timing does not reveal the name.
            keyslots.derive_kek(secret.passphrase, b"\0" * 16, keyslots.kdf_for_new_slots())
        key = slot.unwrap(secret.passphrase) if slot is not None else None
    if key is None:
        raise BackupError(
            "wrong_secret",
            "The recovery code, or the user name and passphrase, do not open this backup. "
            f"{NOTHING_CHANGED}",
        )
    return key


def _check_database(
    staging: Path, key: bytes, manifest: archive.Manifest, secret: RestoreSecret
) -> str:
    """Check the unpacked database; return the name to audit the restore under."""
    from peerdesk.db.migrate import known_revisions

    problems, _counts = backup_copy.check_database(staging / archive.DB_MEMBER, key)
    if problems:
        raise archive.damaged()
    site_id, revision = backup_copy.site_and_revision(staging / archive.DB_MEMBER, key)
    if site_id != manifest.site_id:
        raise archive.damaged()
    if revision not in known_revisions():
        raise BackupError(
            "too_new",
            "This backup was made by a newer version of peerdesk. Install the newer version "
            f"to restore it. {NOTHING_CHANGED}",
        )
    if isinstance(secret, RecoveryCodeSecret):
        return RECOVERY_ACTOR
    name = keyslots.normalize_username(secret.username)
    conn = backup_copy.open_keyed(staging / archive.DB_MEMBER, key)
    try:
        row = conn.execute("SELECT role, active FROM users WHERE username = ?", (name,)).fetchone()
    finally:
        conn.close()
    if row is None or not row[1] or not is_allowed(Role(row[0]), Action.BACKUP_RUN):
        raise BackupError(
            "not_allowed",
            "Only a coordinator's passphrase, or the recovery code, can restore a backup. "
            f"{NOTHING_CHANGED}",
        )
    return name


def _audit_restore(staging: Path, key: bytes, actor: str, file_name: str, clock: Clock) -> None:
    from sqlalchemy import text

    from peerdesk.db.engine import make_engine

    db = staging / archive.DB_MEMBER
    engine = make_engine(db, key)
    store = Store(DataPaths(staging), engine, bytearray(key))
    try:
        with store.uow() as uow:
            audit_log.append(
                uow.session,
                at=clock(),
                actor=actor,
                action="backup.restore",
                object_type="backup",
                object_id=file_name,
            )
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        store.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            (staging / (db.name + suffix)).unlink()
    fd = os.open(db, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
