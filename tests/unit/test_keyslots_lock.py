"""The key-slot file is changed by one program at a time (GUI and commands on one folder)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from peerdesk.db import keyslots
from peerdesk.domain.errors import KeySlotsBusy
from peerdesk.services.auth import AuthService
from peerdesk.services.users import UserService
from tests.conftest import ADMIN, ADMIN_PASS, USER_PASS, Site, child_env

ROOT = Path(__file__).parents[2]


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        env=child_env(),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


HOLD = """
import sys, time
from pathlib import Path
from peerdesk.db import keyslots
with keyslots.locked(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_a_sign_in_waits_for_another_programs_change(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = _child(HOLD, str(site.paths.slots), "1.5")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(keyslots, "LOCK_TIMEOUT_SECONDS", 0.2)
        keyslots._LOCKS.clear()
        started = time.monotonic()
        with pytest.raises(KeySlotsBusy, match="Try again in a moment"):
            AuthService(site.paths).sign_in(ADMIN, ADMIN_PASS)
        assert time.monotonic() - started < 1.4  # gave up after the timeout, said why
    finally:
        holder.wait(timeout=30)
    keyslots._LOCKS.clear()
    signed = AuthService(site.paths).sign_in(ADMIN, ADMIN_PASS)  # free again
    signed.store.close()


ADD_USERS = """
import sys
from peerdesk.db.store import DataPaths
from peerdesk.services.auth import AuthService
from peerdesk.services.users import UserService
paths = DataPaths(__import__("pathlib").Path(sys.argv[1]))
signed = AuthService(paths).sign_in(sys.argv[2], sys.argv[3])
users = UserService(signed.store)
for i in range(int(sys.argv[5])):
    users.add_user(signed.actor, f"{sys.argv[4]}{i}", "peer_educator", sys.argv[6])
signed.store.close()
print("done", flush=True)
"""


def test_two_programs_adding_users_lose_no_key_slot(site: Site) -> None:
    """Without the lock, each program's read-change-write of keyslots.json drops the other's
    new slots; with it, every new account can sign in."""
    children = [
        _child(ADD_USERS, str(site.paths.root), ADMIN, ADMIN_PASS, prefix, "6", USER_PASS)
        for prefix in ("alpha", "bravo")
    ]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err[-2000:]
        assert out.strip() == "done"
    slots = keyslots.load(site.paths.slots)
    for prefix in ("alpha", "bravo"):
        for i in range(6):
            assert slots.has_user_slot(f"{prefix}{i}"), f"{prefix}{i} lost its key slot"
    AuthService(site.paths).sign_in("bravo5", USER_PASS).store.close()
    signed = AuthService(site.paths).sign_in(ADMIN, ADMIN_PASS)
    try:
        assert len(UserService(signed.store).list_users(signed.actor)) == 13
    finally:
        signed.store.close()


def test_the_lock_is_reentrant_within_a_thread(site: Site) -> None:
    with keyslots.locked(site.paths.slots), keyslots.locked(site.paths.slots):
        slots = keyslots.load(site.paths.slots)
    assert slots.slots
