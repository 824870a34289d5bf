"""Opening a backup unpacked in a staging folder: the secret, the checks, the audit entry.

The recovery code or a coordinator's passphrase (as it was at backup time) unwraps the data
key from the key slots inside the backup; the database must then pass SQLCipher's page
check and SQLite's structure check, be the site the manifest names, have a schema revision
this version knows, and (for a passphrase) name an active coordinator. The restore is
audited inside the copy, so the restored site's audit trail says who restored it.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from peerdesk.clock import Clock
from peerdesk.db import audit_log, keyslots
from peerdesk.db.store import DataPaths, Store
from peerdesk.domain import recovery_code
from peerdesk.domain.errors import KeySlotsDamaged
from peerdesk.domain.roles import Action, Role, is_allowed
from peerdesk.services import backup_archive as archive
from peerdesk.services import backup_copy
from peerdesk.services import restore_preview as preview
from peerdesk.services.actor import RECOVERY_ACTOR
from peerdesk.services.backup_archive import BackupError
from peerdesk.services.restore_preview import BackupSummary

NOTHING_CHANGED = "Nothing was changed."


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


def unlock(slots_raw: bytes, secret: RestoreSecret) -> bytes:
    """The data key, unwrapped from the backup's key slots by ``secret``.

    Raises:
        BackupError: ``damaged`` (unreadable slots) or ``wrong_secret``.
    """
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


def check_database(
    staging: Path, key: bytes, manifest: archive.Manifest, secret: RestoreSecret
) -> str:
    """Check the unpacked database; return the name to audit the restore under.

    Raises:
        BackupError: ``damaged``, ``too_new`` or ``not_allowed``.
    """
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


def audit_restore(
    staging: Path, key: bytes, actor: str, file_name: str, clock: Clock
) -> BackupSummary:
    """Audit ``backup.restore`` in the unpacked copy, leave it one durable file, and say
    what it holds."""
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
        summary = preview.summarize(engine)
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
    return summary
