"""Backups on failing devices: an I/O error at any step gives a plain message, leaves no file
that looks like a backup, and never touches the live database."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from peerdesk.services import backup_archive as archive
from peerdesk.services import backup_copy
from peerdesk.services.auth import SignedIn
from peerdesk.services.backup import create_backup
from peerdesk.services.backup_archive import BackupError
from peerdesk.services.backup_files import list_backups
from peerdesk.services.integrity import check_store
from peerdesk.services.restore import check_backup
from tests.conftest import Site
from tests.factories_backup import all_rows

#: The ``os`` calls a backup makes in Python; SQLite's own writes are covered below.
CALLS = ("open", "write", "read", "fsync", "replace", "lseek")
REASON = {errno.ENOSPC: "no_space", errno.EIO: "device", errno.EROFS: "not_writable"}


class FailAt:
    """Counts the ``os`` calls in ``CALLS``; the ``k``-th raises ``OSError(code)``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, k: int, code: int, calls=CALLS) -> None:
        self.count = 0
        self.k = k
        self.code = code
        self.failed = ""
        for name in calls:
            monkeypatch.setattr(os, name, self._wrap(name, getattr(os, name)))

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            if self.count == self.k:
                self.failed = name
                raise OSError(self.code, os.strerror(self.code))
            return real(*args, **kwargs)

        return call


def steps_of_one_backup(signed: SignedIn, folder: Path, calls=CALLS) -> int:
    with pytest.MonkeyPatch.context() as mp:
        counter = FailAt(mp, 0, errno.EIO, calls)
        path = create_backup(signed.store, signed.actor, folder).path
    path.unlink()
    return counter.count


def content(signed: SignedIn, site: Site) -> dict[str, Any]:
    rows = all_rows(site.paths, signed.store.data_key)
    rows.pop("audit_log")  # each failed attempt is audited
    rows["meta"] = [r for r in rows["meta"] if r[0] != "audit.head"]
    return rows


@pytest.fixture
def signed(coordinator: SignedIn) -> Iterator[SignedIn]:
    yield coordinator


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    ("code", "calls"),
    # A full disk fails writes; a removed drive fails everything, reads and seeks too.
    [(errno.ENOSPC, ("open", "write", "fsync", "replace")), (errno.EIO, CALLS)],
    ids=["disk-full", "drive-removed"],
)
def test_an_error_at_every_step_leaves_no_backup_and_a_sound_database(
    site: Site,
    signed: SignedIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    calls: tuple[str, ...],
) -> None:
    before = content(signed, site)
    steps = steps_of_one_backup(signed, tmp_path, calls)
    assert steps > 20  # opens, writes, fsyncs, renames (and reads back, seeks)
    failed_calls = set()
    survived: list[tuple[int, str]] = []
    for k in range(1, steps + 1):
        folder = tmp_path / f"step-{k}"
        folder.mkdir()
        with pytest.MonkeyPatch.context() as mp:
            injector = FailAt(mp, k, code, calls)
            try:
                made = create_backup(signed.store, signed.actor, folder).path
            except BackupError as exc:
                failed_calls.add(injector.failed)
                # zipfile reads some read-back errors as a bad archive: "did not read back".
                assert exc.reason in {REASON[code], "verify_failed"}, (k, injector.failed)
                assert str(exc).endswith("No backup file was written."), k
                assert list(folder.iterdir()) == [], (k, injector.failed)
            else:
                # zipfile works round a failing tell() by writing without seeking: still a
                # complete backup, checked like any other.
                survived.append((k, injector.failed))
                assert list(folder.iterdir()) == [made]
                check_backup(made)
    assert failed_calls == set(calls)
    assert {name for _k, name in survived} <= {"lseek"}, survived
    assert content(signed, site) == before
    assert check_store(signed.store, signed.actor).ok


@pytest.mark.parametrize(
    ("sqlite_message", "reason"),
    [("database or disk is full", "no_space"), ("disk I/O error", "device")],
)
def test_sqlite_failing_to_write_the_copy(
    signed: SignedIn,
    site: Site,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_message: str,
    reason: str,
) -> None:
    import sqlcipher3

    real = backup_copy.copy_database

    def failing(source: Any, target: Path, key: bytes, **kw: Any) -> dict[str, int]:
        def on_pages(done: int, total: int) -> None:
            raise sqlcipher3.OperationalError(sqlite_message)

        return real(source, target, key, on_pages=on_pages)

    monkeypatch.setattr(backup_copy, "copy_database", failing)
    with pytest.raises(BackupError) as caught:
        create_backup(signed.store, signed.actor, out)
    assert caught.value.reason == reason
    assert list(out.iterdir()) == []
    assert check_store(signed.store, signed.actor).ok


def test_a_read_back_that_differs_removes_the_file(
    signed: SignedIn, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive that returns other bytes than it was given: caught before the final name."""

    def corrupt(fh: archive.OsFile) -> None:
        size = os.lseek(fh.fd, 0, os.SEEK_END)
        os.lseek(fh.fd, size // 2, os.SEEK_SET)
        byte = os.read(fh.fd, 1)
        os.lseek(fh.fd, size // 2, os.SEEK_SET)
        os.write(fh.fd, bytes([byte[0] ^ 0xFF]))

    monkeypatch.setattr(archive, "drop_cache", corrupt)
    with pytest.raises(BackupError) as caught:
        create_backup(signed.store, signed.actor, out)
    assert caught.value.reason == "verify_failed"
    assert list(out.iterdir()) == []


def test_a_copy_with_other_row_counts_is_not_kept(
    signed: SignedIn, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = backup_copy.check_database

    def short_by_one(path: Path, key: bytes) -> tuple[list[str], dict[str, int]]:
        problems, counts = real(path, key)
        counts["users"] -= 1
        return problems, counts

    monkeypatch.setattr(backup_copy, "check_database", short_by_one)
    with pytest.raises(BackupError) as caught:
        create_backup(signed.store, signed.actor, out)
    assert caught.value.reason == "verify_failed"
    assert list(out.iterdir()) == []


def test_a_read_only_folder_is_said_plainly(
    signed: SignedIn, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.MonkeyPatch.context() as mp:
        FailAt(mp, 1, errno.EROFS, ("open",))
        with pytest.raises(BackupError) as caught:
            create_backup(signed.store, signed.actor, out)
    assert caught.value.reason == "not_writable"
    assert "read-only" in str(caught.value)


def test_after_a_failure_the_next_backup_works(
    signed: SignedIn, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.MonkeyPatch.context() as mp:
        FailAt(mp, 20, errno.ENOSPC)
        with pytest.raises(BackupError):
            create_backup(signed.store, signed.actor, out)
    path = create_backup(signed.store, signed.actor, out).path
    assert check_backup(path).site_id == signed.actor.site_id
    assert list_backups(out)[0].path == path
