"""Writing to removable media: verified writes, and every failure leaves nothing valid-looking."""

from __future__ import annotations

import errno
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk.sync.bundle_format import BundleHeader, open_bundle, write_bundle
from peerdesk.sync.errors import MediaError
from peerdesk.sync.media import FileOps, write_verified
from tests.factories_sync import PAYLOAD, WHEN, make_party, state_for

DATA = [b"header-", b"x" * 3_000_000, b"-end"]
STEPS = ("open_new", "write", "fsync", "close", "replace", "fsync_dir", "read_chunks")


class FaultyOps(FileOps):
    """Real file operations, except that ``fail_at`` raises ``OSError(code)`` on its
    ``nth`` call; ``stick_gone`` makes every later unlink fail too (a pulled drive)."""

    def __init__(
        self, fail_at: str = "", code: int = errno.EIO, nth: int = 1, stick_gone: bool = False
    ) -> None:
        self.fail_at, self.code, self.nth, self.stick_gone = fail_at, code, nth, stick_gone
        self.calls: dict[str, int] = {}
        self.failed = False

    def _maybe_fail(self, op: str) -> None:
        self.calls[op] = self.calls.get(op, 0) + 1
        if op == self.fail_at and self.calls[op] == self.nth:
            self.failed = True
            raise OSError(self.code, "injected")

    def open_new(self, path: Path) -> int:
        self._maybe_fail("open_new")
        return super().open_new(path)

    def write(self, fd: int, data: memoryview) -> int:
        self._maybe_fail("write")
        return super().write(fd, data)

    def fsync(self, fd: int) -> None:
        self._maybe_fail("fsync")
        super().fsync(fd)

    def close(self, fd: int) -> None:
        self._maybe_fail("close")
        super().close(fd)

    def replace(self, src: Path, dst: Path) -> None:
        self._maybe_fail("replace")
        super().replace(src, dst)

    def fsync_dir(self, directory: Path) -> None:
        self._maybe_fail("fsync_dir")
        super().fsync_dir(directory)

    def read_chunks(self, path: Path) -> Iterator[bytes]:
        self._maybe_fail("read_chunks")
        yield from super().read_chunks(path)

    def unlink(self, path: Path) -> None:
        if self.stick_gone and self.failed:
            raise OSError(errno.ENODEV, "gone")
        super().unlink(path)

    def free_bytes(self, directory: Path) -> int | None:
        return 1_000_000 if self.code == errno.ENOSPC else None


def _files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_a_verified_write_leaves_exactly_the_file(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = write_verified(tmp_path, "b.zip", DATA, progress=lambda d, t: seen.append((d, t)))
    assert path == tmp_path / "b.zip"
    assert path.read_bytes() == b"".join(DATA)
    assert _files(tmp_path) == ["b.zip"]
    assert seen[-1][0] == seen[-1][1] and seen == sorted(seen)


def test_short_writes_are_completed(tmp_path: Path) -> None:
    class Dribble(FileOps):
        def write(self, fd: int, data: memoryview) -> int:
            return super().write(fd, data[:7])

    path = write_verified(tmp_path, "b.zip", [b"0123456789" * 10], fs=Dribble())
    assert path.read_bytes() == b"0123456789" * 10


def test_missing_folder_and_existing_file(tmp_path: Path) -> None:
    with pytest.raises(MediaError) as err:
        write_verified(tmp_path / "gone", "b.zip", DATA)
    assert err.value.reason == "missing_target"
    (tmp_path / "b.zip").write_bytes(b"old")
    with pytest.raises(MediaError) as err:
        write_verified(tmp_path, "b.zip", DATA)
    assert err.value.reason == "exists"
    assert (tmp_path / "b.zip").read_bytes() == b"old"


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("stick_gone", [False, True])
def test_a_failure_at_any_step_leaves_no_file_under_the_final_name(
    tmp_path: Path, step: str, stick_gone: bool
) -> None:
    fs = FaultyOps(step, errno.EIO, nth=2 if step == "write" else 1, stick_gone=stick_gone)
    with pytest.raises(MediaError) as err:
        write_verified(tmp_path, "b.zip", DATA, fs=fs)
    assert err.value.reason == "removed"
    left = _files(tmp_path)
    if not stick_gone:
        assert left == []
    else:
        # What a pulled drive keeps can only be the hidden temporary file (never complete under
        # the final name), unless the rename already happened: then it is the whole, synced
        # file, which import checks like any other.
        for name in left:
            assert name.endswith(".partial") or (
                name == "b.zip" and (tmp_path / name).read_bytes() == b"".join(DATA)
            )


@pytest.mark.parametrize(
    ("code", "reason", "words"),
    [
        (errno.ENOSPC, "full", "The drive is full: the file needs 4 MB; free at least 3 MB"),
        (errno.EDQUOT, "full", "free at least"),
        (errno.EROFS, "read_only", "read-only"),
        (errno.EACCES, "no_permission", "may not write"),
        (errno.EPERM, "no_permission", "may not write"),
        (errno.ENODEV, "removed", "was it removed?"),
        (errno.ENOENT, "removed", "was it removed?"),
        (errno.EIO, "removed", "was it removed?"),
        (errno.EFBIG, "too_big", "too big"),
        (errno.EINVAL, "io", "failed"),
    ],
)
def test_errors_become_clear_messages(tmp_path: Path, code: int, reason: str, words: str) -> None:
    with pytest.raises(MediaError) as err:
        write_verified(tmp_path, "b.zip", DATA, fs=FaultyOps("write", code, nth=2))
    assert err.value.reason == reason
    assert words in str(err.value)
    assert _files(tmp_path) == []


def test_full_drive_at_open_and_read_only_at_rename(tmp_path: Path) -> None:
    with pytest.raises(MediaError) as err:
        write_verified(tmp_path, "b.zip", DATA, fs=FaultyOps("open_new", errno.EROFS))
    assert err.value.reason == "read_only"
    with pytest.raises(MediaError) as err:
        write_verified(tmp_path, "b.zip", DATA, fs=FaultyOps("fsync", errno.ENOSPC))
    assert err.value.reason == "full" and "Nothing was written" in str(err.value)
    assert _files(tmp_path) == []


def test_a_read_back_that_differs_deletes_the_file(tmp_path: Path) -> None:
    class Corrupting(FileOps):
        def read_chunks(self, path: Path) -> Iterator[bytes]:
            for block in super().read_chunks(path):
                yield block[:-1] + b"?"

    with pytest.raises(MediaError) as err:
        write_verified(tmp_path, "b.zip", DATA, fs=Corrupting())
    assert err.value.reason == "verify_failed"
    assert _files(tmp_path) == []

    class Longer(FileOps):
        def read_chunks(self, path: Path) -> Iterator[bytes]:
            yield from super().read_chunks(path)
            yield b"more"

    with pytest.raises(MediaError):
        write_verified(tmp_path, "b.zip", DATA, fs=Longer())
    assert _files(tmp_path) == []


def test_an_interrupt_cleans_up_and_propagates(tmp_path: Path) -> None:
    class Interrupted(FileOps):
        def fsync(self, fd: int) -> None:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_verified(tmp_path, "b.zip", DATA, fs=Interrupted())
    assert _files(tmp_path) == []


# --- bundles -------------------------------------------------------------------------------
FACILITY = make_party()
OFFICE = make_party(kind="office", name="Office")


def _write(target: Path, fs: FileOps | None = None):
    return write_bundle(
        target,
        PAYLOAD,
        BundleHeader(FACILITY.site_id, OFFICE.site_id, 1, counts={"participants": 20}),
        signing_key=FACILITY.keys.signing_key,
        recipients=[OFFICE.keys.age_recipient(), FACILITY.keys.age_recipient()],
        created_at=WHEN,
        fs=fs,
    )


def test_write_bundle_then_import_it(tmp_path: Path) -> None:
    written = _write(tmp_path)
    assert written.path.name == f"peerdesk-000001-{written.manifest.bundle_id}.zip"
    assert written.size == written.path.stat().st_size
    opened = open_bundle(written.path, state_for(OFFICE, FACILITY))
    assert opened.manifest_sha256 == written.manifest_sha256
    assert opened.decrypt() == PAYLOAD


def test_no_plaintext_on_the_drive_or_in_a_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    stick = tmp_path / "stick"
    stick.mkdir()
    written = _write(stick)
    assert _files(temp) == []
    assert _files(stick) == [written.path.name]
    assert b"PLAINTEXT-MARKER" not in written.path.read_bytes()


@pytest.mark.parametrize("step", STEPS)
def test_write_bundle_failing_at_any_step_leaves_no_bundle(tmp_path: Path, step: str) -> None:
    with pytest.raises(MediaError):
        _write(tmp_path, FaultyOps(step, errno.ENOSPC))
    assert _files(tmp_path) == []
