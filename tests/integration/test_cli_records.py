"""``peerdesk roster import`` and ``peerdesk demo``, run as child processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ADMIN, ADMIN_PASS, Site, child_env
from tests.factories_roster import roster_row, write_csv, write_xlsx

pytestmark = pytest.mark.slow


def as_admin(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m peerdesk --data-dir DIR ARGS --user maria`` with the passphrase set."""
    env = child_env(PEERDESK_PASSPHRASE=ADMIN_PASS)
    for name in ("PEERDESK_NEW_PASSPHRASE", "PEERDESK_RECOVERY_CODE", "PEERDESK_DATA_DIR"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", "--data-dir", str(data_dir), *args, "--user", ADMIN],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """Exit 0 and no traceback; stderr may hold progress or the bad rows skipped."""
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    return result.stdout


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """Exit 1 with exactly one ``peerdesk: ...`` line on stderr."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("peerdesk: "), result.stderr
    return lines[0]


def _info_count(site: Site, label: str) -> int:
    out = ok(as_admin(site.paths.root, "info"))
    line = next(x for x in out.splitlines() if x.startswith(f"{label}: "))
    return int(line.split(": ")[1])


def test_roster_import_good_file_then_update(site: Site, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "roster.csv", [roster_row("A1"), roster_row("A2")])
    result = as_admin(site.paths.root, "roster", "import", str(path))
    assert ok(result).strip() == "imported: 2 new, 0 updated, 0 unchanged (2 rows read, 0 bad)."
    assert result.stderr == ""
    xlsx = write_xlsx(tmp_path / "roster.xlsx", [roster_row("A1", housing_unit="C-9")])
    out = ok(as_admin(site.paths.root, "roster", "import", str(xlsx)))
    assert "0 new, 1 updated" in out
    assert _info_count(site, "participants") == 2


def test_roster_import_bad_rows(site: Site, tmp_path: Path) -> None:
    rows = [roster_row("A1"), roster_row("A2", date_of_birth="12/01/1980"), roster_row("A3")]
    path = write_csv(tmp_path / "roster.csv", rows)
    result = as_admin(site.paths.root, "roster", "import", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("line 3: date_of_birth: ")
    assert lines[-1].startswith("nothing was imported: 1 of 3 rows are bad")
    assert _info_count(site, "participants") == 0

    dry = ok(
        as_admin(site.paths.root, "roster", "import", str(path), "--dry-run", "--skip-invalid")
    )
    assert "dry run, nothing was written" in dry and "2 new" in dry
    assert _info_count(site, "participants") == 0

    result = as_admin(site.paths.root, "roster", "import", str(path), "--skip-invalid")
    assert "imported: 2 new" in ok(result) and "1 bad" in result.stdout
    assert result.stderr.startswith("line 3: date_of_birth: ")
    assert _info_count(site, "participants") == 2


def test_roster_import_mapping_and_file_errors(site: Site, tmp_path: Path) -> None:
    header = ["Inmate", "Surname", "Given", "Born"]
    path = write_csv(tmp_path / "r.csv", [["Q7", "Peña", "Inés", "1979-07-07"]], header)
    maps = ["--map", "doc_number=Inmate", "--map", "last_name=Surname"]
    maps += ["--map", "first_name=Given", "--map", "date_of_birth=Born"]
    assert "1 new" in ok(as_admin(site.paths.root, "roster", "import", str(path), *maps))
    line = one_error_line(as_admin(site.paths.root, "roster", "import", str(path)))
    assert "no column named" in line
    line = one_error_line(as_admin(site.paths.root, "roster", "import", str(path), "--map", "x"))
    assert "name=column" in line
    line = one_error_line(as_admin(site.paths.root, "roster", "import", str(tmp_path / "no.csv")))
    assert "There is no file" in line
    (tmp_path / "latin1.csv").write_bytes(b"doc_number,last_name\nA1,Pe\xf1a\n")
    line = one_error_line(
        as_admin(site.paths.root, "roster", "import", str(tmp_path / "latin1.csv"))
    )
    assert "UTF-8" in line


def test_demo_fills_an_empty_site_once(site: Site) -> None:
    args = ("demo", "--participants", "60", "--seed", "2", "--as-of", "2026-03-01")
    result = as_admin(site.paths.root, *args)
    out = ok(result)
    assert out.splitlines()[0].startswith(
        "demo data for 60 participants (seed 2, as of 2026-03-01)"
    )
    assert "participants: 60" in out.splitlines()
    assert result.stderr.splitlines()[-1] == "demo data: 100%"
    assert _info_count(site, "participants") == 60
    line = one_error_line(as_admin(site.paths.root, *args))
    assert "--append" in line
    ok(as_admin(site.paths.root, *args, "--append"))
    assert _info_count(site, "participants") == 120
    assert "audit trail intact" in ok(as_admin(site.paths.root, "audit", "verify"))
    line = one_error_line(as_admin(site.paths.root, "demo", "--participants", "5", "--as-of", "x"))
    assert "--as-of" in line
