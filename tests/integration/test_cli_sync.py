"""`peerdesk sync` end to end, and an import killed at random moments (all or nothing)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from peerdesk.db.models import BundleLogRow, SyncPeerRow
from peerdesk.db.store import DataPaths
from peerdesk.services.auth import AuthService
from peerdesk.services.integrity import check_store
from tests.conftest import ADMIN, ADMIN_PASS, child_env
from tests.factories_sync import consent, enroll, make_site, note, snapshot, trust_both
from tests.integration.test_cli import as_admin, ok, one_error_line


@pytest.fixture
def roots(tmp_path: Path) -> Iterator[tuple[Path, Path, str, str]]:
    """A facility and an office that trust each other; two consented participants, one not."""
    fac = make_site(tmp_path, "Riverside Unit", "facility")
    off = make_site(tmp_path, "North Reentry Office", "office")
    trust_both(fac, off)
    for i in range(3):
        pid = enroll(fac)
        note(fac, pid, f"note {i}")
        if i < 2:
            consent(fac, pid, off.actor.site_id)
    ids = (fac.actor.site_id, off.actor.site_id)
    fac.store.close()
    off.store.close()
    yield fac.store.paths.root, off.store.paths.root, *ids


def test_export_import_status(roots: tuple[Path, Path, str, str], tmp_path: Path) -> None:
    fac, off, _fac_id, off_id = roots
    stick = tmp_path / "stick"
    stick.mkdir()
    printed = ok(as_admin(fac, "sync", "export", "--to", off_id, "--out", str(stick)))
    bundle = Path(printed.splitlines()[0])
    assert bundle.parent == stick and bundle.is_file()
    assert "safe to remove" in printed
    got = ok(as_admin(off, "sync", "import", str(bundle)))
    assert "participants: 2" in got and "notes: 2" in got and "consents: 2" in got
    assert "already imported" in ok(as_admin(off, "sync", "import", str(bundle)))
    status = ok(as_admin(fac, "sync", "status"))
    line = next(x for x in status.splitlines() if off_id in x)
    assert line.split("\t")[3:5] == ["1", "0"]
    assert "conflicts waiting: 0" in status
    # Refusals: one plain line, exit 1.
    refused = one_error_line(as_admin(fac, "sync", "import", str(bundle)))
    assert "written by this site" in refused
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04junk")
    assert "not a complete peerdesk bundle" in one_error_line(
        as_admin(off, "sync", "import", str(junk))
    )
    line = one_error_line(
        as_admin(
            fac,
            "sync",
            "export",
            "--to",
            "5f0c1a52-0000-4000-8000-000000000009",
            "--out",
            str(stick),
        )
    )
    assert "trust" in line
    assert "folder" in one_error_line(
        as_admin(fac, "sync", "export", "--to", off_id, "--out", str(tmp_path / "none"))
    )


CHILD = """
import os, sys
from pathlib import Path
from peerdesk.db.store import DataPaths
from peerdesk.services.auth import AuthService
from peerdesk.services.sync_service import SyncService
signed = AuthService(DataPaths(Path(sys.argv[1]))).sign_in(
    os.environ["PEERDESK_USER"], os.environ["PEERDESK_PASSPHRASE"])
svc = SyncService(signed.store)
print("ready", flush=True)
svc.import_bundle(signed.actor, Path(sys.argv[2]))
print("done", flush=True)
"""


def _state(root: Path) -> tuple[Any, ...]:
    signed = AuthService(DataPaths(root)).sign_in(ADMIN, ADMIN_PASS)
    try:
        assert check_store(signed.store, signed.actor).ok
        with signed.store.uow(write=False) as uow:
            s = uow.session
            logged = sorted(s.scalars(select(BundleLogRow.id)))
            peers = sorted(
                (p.site_id, p.last_received_sequence, p.acked_change_seq)
                for p in s.scalars(select(SyncPeerRow))
            )
        return snapshot(signed), logged, peers
    finally:
        signed.store.close()


def _child(root: Path, bundle: Path) -> subprocess.Popen[str]:
    env = child_env(PEERDESK_USER=ADMIN, PEERDESK_PASSPHRASE=ADMIN_PASS)
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root), str(bundle)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_an_import_killed_at_random_moments_is_all_or_nothing(
    tmp_path: Path,
) -> None:
    """SIGKILL a child importing a bundle at random moments: the office database opens, passes
    the integrity check, and holds exactly the state before or after the import."""
    fac = make_site(tmp_path, "Riverside Unit", "facility")
    off = make_site(tmp_path, "North Reentry Office", "office")
    trust_both(fac, off)
    for i in range(30):
        pid = enroll(fac)
        consent(fac, pid, off.actor.site_id, scope_sud=True)
        note(fac, pid, f"note {i}")
        note(fac, pid, f"part 2 note {i}", "sud")
    from peerdesk.services.sync_service import SyncService

    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, stick).path
    office = off.store.paths.root
    fac.store.close()
    off.store.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(office, pristine)
    before = _state(pristine)
    # A full run on a copy: the "after" state, and how long the import itself takes.
    done = tmp_path / "done"
    shutil.copytree(pristine, done)
    child = _child(done, bundle)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    started = time.monotonic()
    assert child.stdout.readline().strip() == "done", child.stderr and child.stderr.read()
    span = time.monotonic() - started
    child.wait(timeout=60)
    after = _state(done)
    assert after != before and len(after[1]) == 1
    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    seen = set()
    for round_ in range(5):
        shutil.rmtree(office)
        shutil.copytree(pristine, office)
        child = _child(office, bundle)
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", child.stderr
            time.sleep(rng.uniform(0.0, span * 1.1))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        got = _state(office)
        assert got in (before, after), (seed, round_)
        seen.add(got == after)
    print(f"crash rounds seed={seed}: ended imported={sorted(seen)} (import took {span:.2f}s)")


EXPORT_CHILD = """
import os, sys
from pathlib import Path
from peerdesk.db.store import DataPaths
from peerdesk.services.auth import AuthService
from peerdesk.services.sync_service import SyncService
signed = AuthService(DataPaths(Path(sys.argv[1]))).sign_in(
    os.environ["PEERDESK_USER"], os.environ["PEERDESK_PASSPHRASE"])
svc = SyncService(signed.store)
print("ready", flush=True)
while True:
    svc.export_bundle(signed.actor, sys.argv[2], Path(sys.argv[3]))
"""


def test_an_export_killed_at_random_moments_leaves_only_good_bundles(
    roots: tuple[Path, Path, str, str], tmp_path: Path
) -> None:
    """SIGKILL a child writing bundles in a loop: the database stays sound, every file named
    like a bundle opens and decrypts at the office, and no sequence number is used twice."""
    from peerdesk.sync.bundle_format import open_bundle
    from peerdesk.sync.keyring import DbReceiverState

    fac, off, _fac_id, off_id = roots
    stick = tmp_path / "stick"
    stick.mkdir()
    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    env = child_env(PEERDESK_USER=ADMIN, PEERDESK_PASSPHRASE=ADMIN_PASS)
    for round_ in range(4):
        child = subprocess.Popen(
            [sys.executable, "-c", EXPORT_CHILD, str(fac), off_id, str(stick)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", child.stderr
            time.sleep(rng.uniform(0.0, 0.6) if round_ < 3 else 1.0)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL, (seed, child.stderr and child.stderr.read())
    named = sorted(p for p in stick.iterdir() if p.name.startswith("peerdesk-"))
    assert named, seed
    sequences = [p.name.split("-")[1] for p in named]
    assert len(set(sequences)) == len(sequences), seed
    _state(fac)  # opens, integrity check passes
    office = AuthService(DataPaths(off)).sign_in(ADMIN, ADMIN_PASS)
    try:
        with office.store.uow(write=False) as uow:
            state = DbReceiverState(uow.session)
            for p in named:
                assert open_bundle(p, state).decrypt(), (seed, p.name)
    finally:
        office.store.close()
