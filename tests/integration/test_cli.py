"""The command line, run as a child process the way an administrator runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk import __version__
from peerdesk.db.engine import connect_raw
from peerdesk.db.record_types import COUNTED_RECORDS
from peerdesk.db.store import DataPaths
from peerdesk.domain.errors import AccountLocked, AuthenticationFailed
from peerdesk.services.auth import AuthService
from tests.conftest import ADMIN, ADMIN_PASS, USER_PASS, Site, add_user, child_env

pytestmark = pytest.mark.slow

NEW_PASS = "quiet meadow after rainfall"
OTHER_PASS = "copper kettle whistles loudly"
SECRET_VARS = ("PEERDESK_PASSPHRASE", "PEERDESK_NEW_PASSPHRASE", "PEERDESK_RECOVERY_CODE")


def run(data_dir: Path | None, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m peerdesk [--data-dir DIR] ARGS`` with only the given secrets set."""
    base = child_env(**env)
    for name in (*SECRET_VARS, "PEERDESK_DATA_DIR", "PEERDESK_USER"):
        if name not in env:
            base.pop(name, None)
    prefix = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *prefix, *args],
        env=base,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def as_admin(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    env.setdefault("PEERDESK_PASSPHRASE", ADMIN_PASS)
    return run(data_dir, *args, "--user", ADMIN, **env)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def one_error_line(
    result: subprocess.CompletedProcess[str], code: int = 1, prefix: str = "peerdesk: "
) -> str:
    """Assert a clean failure: exit ``code``, one line on stderr, no traceback; return it."""
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(prefix)
    return lines[0]


def user_rows(data_dir: Path) -> dict[str, list[str]]:
    listing = ok(as_admin(data_dir, "user", "list"))
    return {line.split("\t")[0]: line.split("\t")[1:] for line in listing.splitlines()}


def can_sign_in(paths: DataPaths, user: str, passphrase: str) -> bool:
    try:
        AuthService(paths).sign_in(user, passphrase).store.close()
    except AuthenticationFailed:
        return False
    return True


# --- init, info, version ----------------------------------------------------------------------
def test_version() -> None:
    assert ok(run(None, "--version")).strip() == f"peerdesk {__version__}"


def test_init_then_info(tmp_path: Path) -> None:
    data = tmp_path / "site"
    out = ok(
        run(
            data,
            *("init", "--site-name", "Riverside Unit", "--site-kind", "facility"),
            *("--admin", ADMIN),
            PEERDESK_NEW_PASSPHRASE=ADMIN_PASS,
        )
    )
    [code_line] = [line for line in out.splitlines() if line.startswith("recovery code:")]
    assert re.fullmatch(r"recovery code: ([0-9A-Z]{5}-){4}[0-9A-Z]{5}", code_line)
    assert "site: Riverside Unit (facility)" in out.splitlines()
    info = ok(as_admin(data, "info")).splitlines()
    assert info[0] == "site: Riverside Unit"
    for label, _ in COUNTED_RECORDS:
        matching = [line for line in info if re.fullmatch(rf"{label}: \d+", line)]
        assert len(matching) == 1, (label, info)
    assert "users: 1" in info
    assert "sites: 1" in info


def test_init_refuses_a_weak_passphrase_and_leaves_nothing(tmp_path: Path) -> None:
    data = tmp_path / "site"
    result = run(
        data,
        *("init", "--site-name", "Riverside Unit", "--site-kind", "facility", "--admin", ADMIN),
        PEERDESK_NEW_PASSPHRASE="passwordpassword",
    )
    assert "passphrase" in one_error_line(result).lower()
    assert not (data / "peerdesk.db").exists()


def test_data_dir_comes_from_the_environment(site: Site) -> None:
    result = run(
        None,
        *("info", "--user", ADMIN),
        PEERDESK_DATA_DIR=str(site.paths.root),
        PEERDESK_PASSPHRASE=ADMIN_PASS,
    )
    assert "site: Riverside Unit" in ok(result).splitlines()


# --- accounts ---------------------------------------------------------------------------------
def test_user_commands(site: Site) -> None:
    data = site.paths.root
    assert "added jose" in ok(
        as_admin(
            data,
            "user",
            "add",
            "jose",
            "--role",
            "peer_educator",
            PEERDESK_NEW_PASSPHRASE=USER_PASS,
        )
    )
    assert user_rows(data)["jose"] == ["peer_educator", "active"]

    changed = run(
        data,
        *("user", "change-passphrase", "--user", "jose"),
        PEERDESK_PASSPHRASE=USER_PASS,
        PEERDESK_NEW_PASSPHRASE=NEW_PASS,
    )
    assert ok(changed).strip() == "passphrase changed."
    assert can_sign_in(site.paths, "jose", NEW_PASS)

    assert ok(as_admin(data, "user", "role", "jose", "auditor")).strip() == "jose is now auditor."
    assert user_rows(data)["jose"] == ["auditor", "active"]

    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            AuthService(site.paths).sign_in("jose", OTHER_PASS)
    assert user_rows(data)["jose"] == ["auditor", "active, locked 15 min"]
    assert "jose is unlocked." in ok(as_admin(data, "user", "unlock", "jose"))
    assert user_rows(data)["jose"] == ["auditor", "active"]

    reset = as_admin(data, "user", "reset-passphrase", "jose", PEERDESK_NEW_PASSPHRASE=OTHER_PASS)
    assert "passphrase reset for jose" in ok(reset)
    assert can_sign_in(site.paths, "jose", OTHER_PASS)
    assert not can_sign_in(site.paths, "jose", NEW_PASS)

    assert "jose is disabled." in ok(as_admin(data, "user", "disable", "jose"))
    assert user_rows(data)["jose"] == ["auditor", "disabled"]
    assert not can_sign_in(site.paths, "jose", OTHER_PASS)


def test_a_refused_command_is_one_line(site: Site) -> None:
    signed = site.sign_in()
    add_user(signed, "jose", "peer_educator")
    signed.store.close()
    denied = run(site.paths.root, "user", "list", "--user", "jose", PEERDESK_PASSPHRASE=USER_PASS)
    assert "does not allow" in one_error_line(denied)


# --- audit and recovery -----------------------------------------------------------------------
def test_audit_verify_passes_then_fails_after_tampering(site: Site) -> None:
    assert "audit trail intact" in ok(as_admin(site.paths.root, "audit", "verify"))
    signed = site.sign_in()
    raw = connect_raw(site.paths.db, signed.store.data_key)
    try:
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")
    finally:
        raw.close()
        signed.store.close()
    broken = as_admin(site.paths.root, "audit", "verify")
    assert "BROKEN at entry 3" in one_error_line(broken, prefix="audit trail")
    assert broken.stdout == ""


def test_recover_resets_and_unlocks(site: Site) -> None:
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            AuthService(site.paths).sign_in(ADMIN, OTHER_PASS)
    typed_code = site.init.recovery_code.lower().replace("-", " ")
    result = run(
        site.paths.root,
        *("recover", "--user", ADMIN),
        PEERDESK_RECOVERY_CODE=typed_code,
        PEERDESK_NEW_PASSPHRASE=NEW_PASS,
    )
    assert "passphrase reset for maria" in ok(result)
    assert can_sign_in(site.paths, ADMIN, NEW_PASS)
    assert not can_sign_in(site.paths, ADMIN, ADMIN_PASS)


def test_recover_with_a_wrong_code_is_one_line(site: Site) -> None:
    result = run(
        site.paths.root,
        *("recover", "--user", ADMIN),
        PEERDESK_RECOVERY_CODE="AAAAA-AAAAA-AAAAA-AAAAA-AAAAA",
        PEERDESK_NEW_PASSPHRASE=NEW_PASS,
    )
    one_error_line(result)
    assert can_sign_in(site.paths, ADMIN, ADMIN_PASS)


# --- errors -----------------------------------------------------------------------------------
def test_wrong_passphrase(site: Site) -> None:
    result = as_admin(site.paths.root, "info", PEERDESK_PASSPHRASE=OTHER_PASS)
    assert one_error_line(result) == f"peerdesk: {AuthenticationFailed()}"
    assert result.stdout == ""


def test_missing_user(site: Site) -> None:
    result = run(site.paths.root, "info", PEERDESK_PASSPHRASE=ADMIN_PASS)
    assert "--user" in one_error_line(result)


def test_unknown_command_is_a_usage_error(site: Site) -> None:
    result = run(site.paths.root, "frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "usage:" in result.stderr


def test_info_on_an_empty_folder(tmp_path: Path) -> None:
    result = run(tmp_path, "info", "--user", ADMIN, PEERDESK_PASSPHRASE=ADMIN_PASS)
    assert "No peerdesk site" in one_error_line(result)


def test_no_passphrase_and_no_terminal(site: Site) -> None:
    result = run(site.paths.root, "info", "--user", ADMIN)
    assert "PEERDESK_PASSPHRASE" in one_error_line(result)


def _overwrite_middle(db: Path) -> None:
    size = db.stat().st_size
    with db.open("r+b") as f:
        f.seek(size // 2)
        f.write(b"\xa5" * 512)


def _truncate(fraction: float):  # type: ignore[no-untyped-def]
    def damage(db: Path) -> None:
        with db.open("r+b") as f:
            f.truncate(int(db.stat().st_size * fraction))

    return damage


@pytest.mark.parametrize("damage", [_truncate(0), _truncate(0.5)], ids=["empty", "half"])
def test_damaged_database_is_one_clear_line(site: Site, damage) -> None:  # type: ignore[no-untyped-def]
    damage(site.paths.db)
    line = one_error_line(as_admin(site.paths.root, "info"))
    assert "damaged" in line


def test_check_finds_damage_in_pages_other_commands_never_read(site: Site) -> None:
    # SQLCipher verifies a page when it is read; `check` reads them all.
    assert as_admin(site.paths.root, "check").returncode == 0
    _overwrite_middle(site.paths.db)
    line = one_error_line(as_admin(site.paths.root, "check"))
    assert "damaged" in line and "page" in line


def _edit_slot(path: Path) -> None:
    body = json.loads(path.read_bytes())
    body["slots"][0]["kdf"]["t"] += 1  # checksum no longer matches
    path.write_text(json.dumps(body))


@pytest.mark.parametrize(
    "damage",
    [Path.unlink, lambda p: p.write_bytes(b"{not json"), _edit_slot],
    ids=["missing", "garbage", "edited"],
)
def test_damaged_key_file_is_one_line(site: Site, damage) -> None:  # type: ignore[no-untyped-def]
    damage(site.paths.slots)
    line = one_error_line(as_admin(site.paths.root, "info"))
    assert "keyslots.json" in line
