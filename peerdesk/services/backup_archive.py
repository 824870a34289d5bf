"""The backup file: one ZIP (stored members) holding the encrypted database, the key slots and
a manifest, written and read through ``os`` calls only.

Members, in this order: ``keyslots.json`` (the key slots exactly as in the data folder),
``peerdesk.db`` (the SQLCipher database, still encrypted with the site's data key) and
``manifest.json`` last (format, versions, site id, creation time, SHA-256 and size of the
other two). The manifest names no person: only ids, versions and hashes.

Every byte goes through ``os.open``/``os.write``/``os.read``/``os.fsync``/``os.replace``, so a
failing device (disk full, drive pulled out) surfaces as an ``OSError`` that
:func:`backup_error_from_os` turns into a :class:`BackupError` in plain words, and tests can
inject those errors at every step.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from peerdesk.domain.errors import PeerdeskError

FORMAT = "peerdesk-backup"
FORMAT_VERSION = 1
SUFFIX = ".pdbackup"
PREFIX = "peerdesk-backup-"
#: Temporary files of an unfinished backup start with this; they never end in ``SUFFIX``.
TEMP_PREFIX = ".peerdesk-backup-"
DB_MEMBER = "peerdesk.db"
SLOTS_MEMBER = "keyslots.json"
MANIFEST_MEMBER = "manifest.json"
MEMBERS = (SLOTS_MEMBER, DB_MEMBER, MANIFEST_MEMBER)
CHUNK = 1024 * 1024
#: ``peerdesk-backup-<site-short>-<YYYYmmdd-HHMMSS>[-N].pdbackup``
NAME_RE = re.compile(
    r"^peerdesk-backup-(?P<site>[0-9a-z]{1,32})-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d{1,4}))?"
    r"\.pdbackup$"
)
_MAX_MANIFEST = 64 * 1024
_MAX_SLOTS = 16 * 1024 * 1024


class BackupError(PeerdeskError):
    """A backup or restore could not be done; nothing was changed.

    Attributes:
        reason: what went wrong, for the UI to word: ``no_space``, ``not_writable``,
            ``device``, ``write_failed``, ``verify_failed``, ``cancelled``, ``no_folder``,
            ``not_a_backup``, ``damaged``, ``too_new``, ``wrong_secret``, ``not_allowed``,
            ``not_empty``, ``in_use``, ``halfway``.
        folder: the folder concerned, when there is one ("" otherwise).
    """

    def __init__(self, reason: str, message: str, folder: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.folder = folder


_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}
_DEVICE = {errno.EIO, errno.ENXIO, errno.ENODEV, errno.ENOENT, errno.ESTALE}


def backup_error_from_os(exc: OSError, folder: Path, done: str) -> BackupError:
    """A plain-words :class:`BackupError` for an ``OSError`` met while writing in ``folder``.

    Args:
        exc: the error.
        folder: where peerdesk was writing.
        done: what is true afterwards, e.g. "No backup file was written."
    """
    code = exc.errno
    where = str(folder)
    if code in _NO_SPACE:
        return BackupError(
            "no_space",
            f"There is not enough free space in {where}. Free some space or choose another "
            f"folder. {done}",
            where,
        )
    if code in _NOT_WRITABLE:
        return BackupError(
            "not_writable",
            f"peerdesk cannot write to {where}: it is read-only or you may not write there. "
            f"Choose another folder. {done}",
            where,
        )
    if code in _DEVICE:
        return BackupError(
            "device",
            f"The drive holding {where} stopped responding or was removed. Check the drive "
            f"and try again. {done}",
            where,
        )
    return BackupError(
        "write_failed", f"Writing to {where} failed ({exc.strerror or 'error'}). {done}", where
    )


def backup_error_from_sqlite(exc: Exception, folder: Path, done: str) -> BackupError:
    """The same for an error SQLite reports while writing the database copy."""
    text = str(exc).lower()
    if "full" in text:
        code = errno.ENOSPC
    elif "readonly" in text or "read-only" in text or "unable to open" in text:
        code = errno.EACCES
    elif "i/o" in text:
        code = errno.EIO
    else:
        code = 0
    return backup_error_from_os(OSError(code, "the database copy failed"), folder, done)


class OsFile:
    """A binary file over a descriptor using only ``os`` calls (what :mod:`zipfile` needs)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.closed = False

    @classmethod
    def open_read(cls, path: Path) -> OsFile:
        return cls(os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0)))

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            written = os.write(self.fd, view)
            if written <= 0:
                raise OSError(errno.EIO, "nothing written")
            view = view[written:]
        return total

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            parts = []
            while chunk := os.read(self.fd, CHUNK):
                parts.append(chunk)
            return b"".join(parts)
        parts = []
        while size > 0:
            chunk = os.read(self.fd, min(size, CHUNK))
            if not chunk:
                break
            parts.append(chunk)
            size -= len(chunk)
        return b"".join(parts)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return os.lseek(self.fd, offset, whence)

    def tell(self) -> int:
        return os.lseek(self.fd, 0, os.SEEK_CUR)

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        """Nothing is buffered here."""

    def fsync(self) -> None:
        os.fsync(self.fd)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self.fd)


@dataclass(frozen=True)
class Manifest:
    """What ``manifest.json`` says."""

    format_version: int
    app_version: str
    schema_version: str
    site_id: str
    created_at: datetime
    #: member name -> (sha256 hex, size in bytes)
    members: dict[str, tuple[str, int]]

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "site_id": self.site_id,
            "created_at": self.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "members": {
                name: {"sha256": sha, "size": size}
                for name, (sha, size) in sorted(self.members.items())
            },
        }
        return (json.dumps(body, indent=1, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        """Parse a manifest; ``BackupError("damaged")`` or ``("too_new")`` when unusable."""
        try:
            body = json.loads(raw.decode("ascii"))
            if not isinstance(body, dict) or body.get("format") != FORMAT:
                raise ValueError("not a backup manifest")
            version = int(body["format_version"])
            if version > FORMAT_VERSION:
                raise BackupError(
                    "too_new",
                    "This backup was made by a newer version of peerdesk. Install the newer "
                    "version to restore it. Nothing was changed.",
                )
            members = {
                str(name): (str(m["sha256"]), int(m["size"]))
                for name, m in dict(body["members"]).items()
            }
            if set(members) != {SLOTS_MEMBER, DB_MEMBER}:
                raise ValueError("unexpected members")
            created = datetime.strptime(str(body["created_at"]), "%Y-%m-%dT%H:%M:%SZ")
            return cls(
                format_version=version,
                app_version=str(body["app_version"]),
                schema_version=str(body["schema_version"]),
                site_id=str(body["site_id"]),
                created_at=created.replace(tzinfo=UTC),
                members=members,
            )
        except BackupError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise damaged() from exc


def damaged() -> BackupError:
    return BackupError(
        "damaged",
        "This backup file is damaged or has been changed, so it cannot be restored. Use "
        "another backup. Nothing was changed.",
    )


def not_a_backup(path: Path) -> BackupError:
    return BackupError(
        "not_a_backup",
        f"{path.name} is not a peerdesk backup (or it is incomplete). Nothing was changed.",
    )


def site_short(site_id: str) -> str:
    """The first 8 letters and digits of a site id, as used in backup names."""
    return re.sub(r"[^0-9a-z]", "", site_id.lower())[:8] or "site"


def backup_name(site_id: str, created_at: datetime, n: int = 0) -> str:
    """``peerdesk-backup-<site short>-<YYYYmmdd-HHMMSS>[-n].pdbackup`` (UTC)."""
    short = site_short(site_id)
    stamp = created_at.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{PREFIX}{short}-{stamp}{f'-{n}' if n else ''}{SUFFIX}"


def _zipinfo(name: str, created_at: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=created_at.astimezone(UTC).timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    return info


def write_archive(
    fh: OsFile,
    *,
    slots: bytes,
    db_path: Path,
    manifest_for: Callable[[dict[str, tuple[str, int]]], Manifest],
    on_chunk: Callable[[int], None] | None = None,
) -> Manifest:
    """Write the three members to ``fh``; return the manifest written (with the hashes)."""
    members: dict[str, tuple[str, int]] = {}
    created = manifest_for({}).created_at
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
        zf.writestr(_zipinfo(SLOTS_MEMBER, created), slots)
        members[SLOTS_MEMBER] = (hashlib.sha256(slots).hexdigest(), len(slots))
        digest = hashlib.sha256()
        size = 0
        src = OsFile.open_read(db_path)
        try:
            with zf.open(_zipinfo(DB_MEMBER, created), "w", force_zip64=True) as out:
                while chunk := os.read(src.fd, CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                    if on_chunk is not None:
                        on_chunk(size)
        finally:
            src.close()
        members[DB_MEMBER] = (digest.hexdigest(), size)
        manifest = manifest_for(members)
        zf.writestr(_zipinfo(MANIFEST_MEMBER, created), manifest.to_bytes())
    return manifest


@dataclass(frozen=True)
class ArchiveContents:
    """A backup file read and checked against its manifest."""

    manifest: Manifest
    slots: bytes


def read_archive(
    path: Path,
    *,
    extract_db: OsFile | None = None,
    on_chunk: Callable[[int], None] | None = None,
) -> ArchiveContents:
    """Read ``path``, check every member against the manifest (and the ZIP's CRCs).

    Args:
        path: the backup file.
        extract_db: where to copy the database member while checking it, if anywhere.
        on_chunk: told the bytes of the database member read so far.

    Raises:
        BackupError: ``not_a_backup``, ``damaged`` or ``too_new``; ``OSError`` from the device.
    """
    fh = OsFile.open_read(path)
    try:
        try:
            zf = zipfile.ZipFile(fh, "r")
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise not_a_backup(path) from exc
        with zf:
            names = [i.filename for i in zf.infolist()]
            if MANIFEST_MEMBER not in names:
                raise not_a_backup(path)
            if sorted(names) != sorted(MEMBERS):
                raise damaged()
            try:
                if zf.getinfo(MANIFEST_MEMBER).file_size > _MAX_MANIFEST:
                    raise damaged()
                manifest = Manifest.from_bytes(zf.read(MANIFEST_MEMBER))
                if zf.getinfo(SLOTS_MEMBER).file_size > _MAX_SLOTS:
                    raise damaged()
                slots = zf.read(SLOTS_MEMBER)
                _expect(manifest, SLOTS_MEMBER, hashlib.sha256(slots).hexdigest(), len(slots))
                digest = hashlib.sha256()
                size = 0
                with zf.open(DB_MEMBER, "r") as member:
                    while chunk := member.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        if extract_db is not None:
                            extract_db.write(chunk)
                        if on_chunk is not None:
                            on_chunk(size)
                _expect(manifest, DB_MEMBER, digest.hexdigest(), size)
            except (zipfile.BadZipFile, EOFError, ValueError, zipfile.LargeZipFile) as exc:
                raise damaged() from exc
    finally:
        fh.close()
    return ArchiveContents(manifest, slots)


def _expect(manifest: Manifest, name: str, sha: str, size: int) -> None:
    if manifest.members.get(name) != (sha, size):
        raise damaged()


def drop_cache(fh: OsFile) -> None:
    """Ask the OS to forget its cached pages of ``fh`` so a re-read comes from the device."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fh.fd, 0, 0, os.POSIX_FADV_DONTNEED)
