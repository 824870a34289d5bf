"""Writing one file to removable media so that it is either complete and checked, or absent.

Steps: write under a hidden temporary name (``.NAME.XXXX.partial``), fsync, rename to the
final name, fsync the folder, drop the file from the page cache where the platform allows and
read it back, comparing size and SHA-256 with what was meant. Only when this returns is the
file "safe to remove". Any failure removes what was written (as far as the drive still
answers) and raises ``MediaError`` with a plain sentence: a full drive, a read-only drive, a
drive pulled out, a folder we may not write, or a read-back that differs.

Only bytes handed in are written (callers hand in ciphertext); nothing else goes to the drive
or to a temporary folder. All file-system calls go through ``FileOps`` so tests can make any
one of them fail.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import math
import os
import secrets
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from peerdesk.sync.errors import MediaError

CHUNK = 1 << 20
#: What to tell the user once ``write_verified`` returned.
SAFE_TO_REMOVE = "The file is written and checked: it is safe to remove the drive."
Progress = Callable[[int, int], None]

_FULL = {errno.ENOSPC, errno.EDQUOT}
_REMOVED = {
    errno.EIO,
    errno.ENODEV,
    errno.ENOENT,
    errno.ENXIO,
    errno.ESTALE,
    errno.ENOTDIR,
    errno.EBADF,
    *([errno.ENOMEDIUM] if hasattr(errno, "ENOMEDIUM") else []),
}


class FileOps:
    """The file-system calls the writer makes (the real ones)."""

    def exists(self, path: Path) -> bool:
        return path.exists()

    def open_new(self, path: Path) -> int:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        return os.open(path, flags, 0o600)

    def write(self, fd: int, data: memoryview) -> int:
        return os.write(fd, data)

    def fsync(self, fd: int) -> None:
        os.fsync(fd)

    def close(self, fd: int) -> None:
        os.close(fd)

    def replace(self, src: Path, dst: Path) -> None:
        os.replace(src, dst)

    def fsync_dir(self, directory: Path) -> None:
        if os.name != "posix":
            return
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        except OSError as exc:  # some file systems cannot fsync a folder; the file is synced
            if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
                raise
        finally:
            os.close(fd)

    def read_chunks(self, path: Path) -> Iterator[bytes]:
        """The file's bytes, read from the device rather than the cache where possible."""
        with open(path, "rb") as fh:
            if hasattr(os, "posix_fadvise"):
                with contextlib.suppress(OSError):
                    os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            while block := fh.read(CHUNK):
                yield block

    def unlink(self, path: Path) -> None:
        path.unlink()

    def free_bytes(self, directory: Path) -> int | None:
        try:
            return shutil.disk_usage(directory).free
        except OSError:
            return None


class _ReadBackDiffers(Exception):
    pass


def write_verified(
    target_dir: Path,
    name: str,
    chunks: Sequence[bytes | memoryview],
    *,
    fs: FileOps | None = None,
    progress: Progress | None = None,
    before_rename: Callable[[], None] | None = None,
) -> Path:
    """Write ``chunks`` as ``target_dir/name``, then read the file back and check it.

    Args:
        target_dir: the folder on the drive; it must exist.
        name: the final file name; nothing of that name may be there yet.
        chunks: the file's bytes, in order.
        fs: file-system calls (tests pass one that fails on purpose).
        progress: called with (bytes done, total) while writing and reading back.
        before_rename: called once the whole file is written and synced, just before it
            gets its final name: from then on a failure may leave a complete copy on a drive
            that stopped answering (the caller then treats the file as possibly delivered).

    Returns:
        The final path, once the file is written, synced and read back intact.

    Raises:
        MediaError: with nothing that looks like a complete file left behind.
    """
    fs = fs or FileOps()
    total = sum(len(c) for c in chunks)
    if not target_dir.is_dir():
        raise MediaError(
            "missing_target",
            f"The folder {target_dir} is not there. Plug the drive in (or choose another "
            "folder) and try again. Nothing was written.",
        )
    final = target_dir / name
    if fs.exists(final):
        raise MediaError(
            "exists", f"A file named {name} is already in {target_dir}. Nothing was written."
        )
    tmp = target_dir / f".{name}.{secrets.token_hex(4)}.partial"
    fd: int | None = None
    renamed = False
    try:
        fd = fs.open_new(tmp)
        digest = _write_all(fs, fd, chunks, total, progress)
        fs.fsync(fd)
        fs.close(fd)
        fd = None
        if before_rename is not None:
            before_rename()
        fs.replace(tmp, final)
        renamed = True
        fs.fsync_dir(target_dir)
        _read_back(fs, final, digest, total, progress)
    except OSError as exc:
        _clean_up(fs, fd, tmp, final if renamed else None)
        raise _media_error(exc, fs, target_dir, total) from None
    except _ReadBackDiffers:
        _clean_up(fs, fd, tmp, final)
        raise MediaError(
            "verify_failed",
            "The file read back from the drive is not what was written, so the drive may be "
            "failing. It was deleted; try another drive.",
        ) from None
    except BaseException:
        _clean_up(fs, fd, tmp, final if renamed else None)
        raise
    return final


def _write_all(
    fs: FileOps,
    fd: int,
    chunks: Sequence[bytes | memoryview],
    total: int,
    progress: Progress | None,
) -> str:
    digest = hashlib.sha256()
    done = 0
    for chunk in chunks:
        view = memoryview(chunk)
        digest.update(view)
        for start in range(0, len(view), CHUNK):
            block = view[start : start + CHUNK]
            while block:
                written = fs.write(fd, block)
                if written <= 0:
                    raise OSError(errno.EIO, "write returned nothing")
                block = block[written:]
                done += written
            if progress:
                progress(done, total * 2)
    return digest.hexdigest()


def _read_back(fs: FileOps, path: Path, digest: str, total: int, progress: Progress | None) -> None:
    check = hashlib.sha256()
    size = 0
    for block in fs.read_chunks(path):
        check.update(block)
        size += len(block)
        if size > total:
            break
        if progress:
            progress(total + size, total * 2)
    if size != total or check.hexdigest() != digest:
        raise _ReadBackDiffers


def _clean_up(fs: FileOps, fd: int | None, tmp: Path, final: Path | None) -> None:
    """Best effort: a pulled drive cannot be cleaned; what is left is incomplete anyway."""
    if fd is not None:
        with contextlib.suppress(OSError):
            fs.close(fd)
    for path in (tmp, final):
        if path is not None:
            with contextlib.suppress(OSError):
                fs.unlink(path)


def _media_error(exc: OSError, fs: FileOps, target_dir: Path, total: int) -> MediaError:
    code = exc.errno
    if code in _FULL:
        need = max(1, math.ceil(total / 1_000_000))
        free = fs.free_bytes(target_dir)
        missing = need if free is None else max(1, math.ceil((total - free) / 1_000_000))
        return MediaError(
            "full",
            f"The drive is full: the file needs {need} MB; free at least {missing} MB and "
            "try again. Nothing was written.",
        )
    if code == errno.EROFS:
        return MediaError(
            "read_only",
            "The drive is read-only (check its write-protect switch, or ask IT how it is "
            "mounted). Nothing was written.",
        )
    if code in (errno.EACCES, errno.EPERM):
        return MediaError(
            "no_permission",
            f"peerdesk may not write to {target_dir}. Choose another folder or drive. "
            "Nothing was written.",
        )
    if code == errno.EFBIG:
        return MediaError(
            "too_big",
            "The file is too big for this drive's format. Use a drive formatted as exFAT or "
            "NTFS. Nothing was written.",
        )
    if code in _REMOVED:
        return MediaError(
            "removed",
            "The drive stopped answering while the file was written (was it removed?). Plug "
            "it back in and write again. Nothing was confirmed: an incomplete file left on the "
            "drive is refused on import.",
        )
    return MediaError(
        "io",
        f"Writing to {target_dir} failed ({exc.strerror or 'input/output error'}). "
        "Nothing usable was written; try again or use another drive.",
    )
