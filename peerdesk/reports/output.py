"""Writing reports and exports to disk: whole files or nothing, with plain error messages.

A report is built in memory, then written to a temporary file in the destination folder,
flushed to disk and renamed over the destination (``fsutil.atomic_write_bytes``). Any failure
removes the temporary file, so a reader never finds half a PDF. Several files (a CSV export)
are written one by one; if one fails, those already written by this run are removed again.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path

from peerdesk.domain.errors import PeerdeskError
from peerdesk.fsutil import atomic_write_bytes


class OutputError(PeerdeskError):
    """The report or export cannot be written where the user asked."""


def check_output_file(path: Path) -> Path:
    """Refuse, before any work is done, a destination that cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name for the report.")
    if not folder.is_dir():
        raise OutputError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"Cannot write to the folder {folder}: permission denied.")
    return path


def check_output_folder(folder: Path) -> Path:
    """Refuse a destination folder that does not exist or cannot be written."""
    if not folder.is_dir():
        raise OutputError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"Cannot write to the folder {folder}: permission denied.")
    return folder


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).rstrip(".").lower()


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole (or leave ``path`` as it was and raise ``OutputError``)."""
    try:
        atomic_write_bytes(path, data)
    except OSError as err:
        raise OutputError(f"Could not write {path}: {_reason(err)}.") from err


def write_files(folder: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write each named file into ``folder``; on a failure remove this run's files and raise."""
    written: list[Path] = []
    try:
        for name, data in files.items():
            target = folder / name
            write_file(target, data)
            written.append(target)
    except BaseException:
        for done in written:
            with contextlib.suppress(OSError):
                done.unlink()
        raise
    return written
