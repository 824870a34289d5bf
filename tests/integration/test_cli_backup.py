"""``peerdesk backup`` and ``peerdesk restore`` as an administrator runs them, and a backup
killed at random moments."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peerdesk.db.store import DataPaths
from peerdesk.services.backup_archive import TEMP_PREFIX
from peerdesk.services.integrity import check_store
from peerdesk.services.restore import check_backup
from tests.conftest import ADMIN, ADMIN_PASS, Site, child_env
from tests.factories_backup import backups_in
from tests.factories_demo import generate
from tests.integration.test_cli import as_admin, ok, one_error_line, run

pytestmark = pytest.mark.slow


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def _backup(site: Site, stick: Path) -> Path:
    out = ok(as_admin(site.paths.root, "backup", "--out", str(stick)))
    [path] = backups_in(stick)
    assert (
        out.splitlines()[0]
        == f"backup written and verified: {path} ({path.stat().st_size / 1e6:.1f} MB)"
    )
    return path


def test_backup_then_restore_on_another_computer(site: Site, stick: Path, tmp_path: Path) -> None:
    path = _backup(site, stick)
    other = tmp_path / "other-computer"
    out = ok(run(other, "restore", str(path), PEERDESK_RECOVERY_CODE=site.init.recovery_code))
    assert out.splitlines()[0].startswith(f"restored site {site.init.site_id} from the backup of ")
    assert "check" not in out
    assert ok(as_admin(other, "check")).startswith("database sound; audit trail intact")


def test_restore_with_a_coordinator_passphrase(site: Site, stick: Path, tmp_path: Path) -> None:
    path = _backup(site, stick)
    other = tmp_path / "other"
    ok(run(other, "restore", str(path), "--user", ADMIN, PEERDESK_PASSPHRASE=ADMIN_PASS))
    assert DataPaths(other).is_initialized()


def test_restore_over_a_site_needs_replace_and_keeps_the_old_files(site: Site, stick: Path) -> None:
    path = _backup(site, stick)
    before = sorted(p.name for p in site.paths.root.iterdir())
    line = one_error_line(
        run(site.paths.root, "restore", str(path), PEERDESK_RECOVERY_CODE=site.init.recovery_code)
    )
    assert "already holds a peerdesk site" in line and "--replace" in line
    assert sorted(p.name for p in site.paths.root.iterdir()) == before

    out = ok(
        run(
            site.paths.root,
            "restore",
            str(path),
            "--replace",
            PEERDESK_RECOVERY_CODE=site.init.recovery_code,
        )
    )
    [kept] = [p for p in site.paths.root.iterdir() if p.name.startswith("replaced-")]
    assert f"the files it replaced are kept in {kept}" in out
    assert (kept / "peerdesk.db").exists() and (kept / "keyslots.json").exists()
    ok(as_admin(site.paths.root, "check"))


def test_a_wrong_recovery_code_writes_nothing(site: Site, stick: Path, tmp_path: Path) -> None:
    path = _backup(site, stick)
    other = tmp_path / "other"
    line = one_error_line(
        run(other, "restore", str(path), PEERDESK_RECOVERY_CODE="AAAA-BBBB-CCCC-DDDD")
    )
    assert "do not open this backup" in line
    assert not other.exists() or [p.name for p in other.iterdir()] == []


def test_errors_are_one_line(site: Site, tmp_path: Path) -> None:
    line = one_error_line(as_admin(site.paths.root, "backup", "--out", str(tmp_path / "gone")))
    assert "does not exist" in line
    line = one_error_line(run(tmp_path / "d", "restore", str(tmp_path / "nothing.pdbackup")))
    assert "There is no file" in line
    bogus = tmp_path / "bogus.pdbackup"
    bogus.write_bytes(b"PK\x03\x04 not really")
    line = one_error_line(run(tmp_path / "d", "restore", str(bogus), PEERDESK_RECOVERY_CODE="x"))
    assert "is not a peerdesk backup" in line
    assert not (tmp_path / "d" / "peerdesk.db").exists()


CHILD = """
import os, sys
from pathlib import Path
from peerdesk.db.store import DataPaths
from peerdesk.services.auth import AuthService
from peerdesk.services.backup import create_backup
signed = AuthService(DataPaths(Path(sys.argv[1]))).sign_in(
    os.environ["PEERDESK_USER"], os.environ["PEERDESK_PASSPHRASE"])
print("ready", flush=True)
while True:
    create_backup(signed.store, signed.actor, Path(sys.argv[2]))
"""


def test_a_backup_killed_at_random_moments_leaves_only_complete_backups(
    site: Site, stick: Path
) -> None:
    """SIGKILL while backups are being written, in a loop, at random moments: every file
    named like a backup is complete and verifies, and the live database stays sound."""
    signed = site.sign_in()
    generate(signed, 40, seed=9)
    signed.store.close()
    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    env = child_env(PEERDESK_USER=ADMIN, PEERDESK_PASSPHRASE=ADMIN_PASS)
    for _round in range(4):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(site.paths.root), str(stick)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", child.stderr
            # The last round lasts long enough for at least one backup to finish.
            time.sleep(rng.uniform(0.0, 0.8) if _round < 3 else 1.5)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL, (seed, child.stderr.read())
        for entry in stick.iterdir():
            if entry.name.startswith(TEMP_PREFIX):
                continue  # an unfinished backup: never named like one
            assert check_backup(entry).site_id == site.init.site_id, (seed, entry.name)
    assert backups_in(stick), seed
    signed = site.sign_in()
    try:
        assert check_store(signed.store, signed.actor).ok, seed
    finally:
        signed.store.close()
