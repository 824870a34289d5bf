"""``peerdesk report ...`` and ``peerdesk export csv``, run as child processes.

The children run ``python -m peerdesk`` (``cli.py`` registers the report commands).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.services.auth import SignedIn
from tests.conftest import ADMIN, ADMIN_PASS, Site, child_env
from tests.factories_reports import add_consent, add_office, pdf_lines, qpdf_check
from tests.unit.test_measures import _scenario

pytestmark = pytest.mark.slow


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
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
        cwd=Path(__file__).parents[2],
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("peerdesk: "), result.stderr
    return lines[0]


def test_monthly_report_written_whole(site: Site, coordinator: SignedIn, tmp_path: Path) -> None:
    _scenario(coordinator)
    out = tmp_path / "out" / "monthly.pdf"
    out.parent.mkdir()
    result = run(site.paths.root, "report", "monthly", "--month", "2026-10", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}")
    pdf = out.read_bytes()
    qpdf_check(pdf, tmp_path)
    lines = pdf_lines(pdf)
    assert lines[lines.index("Enrolled") + 1] == "1"
    assert [p.name for p in out.parent.iterdir()] == ["monthly.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("monthly", "--month", "2026-13"), "--month: '2026-13' is not a month like 2026-03."),
        (("grant", "--from", "2026-02-30", "--to", "2026-03-31"), "--from: '2026-02-30'"),
        (("grant", "--from", "2026-04-01", "--to", "2026-03-31"), "--to is before --from."),
        (("packet", "Z999"), "No participant found for DOC number Z999."),
        (("signin", "no-such-session"), "No session found for no-such-session."),
        (
            ("monthly", "--month", "2026-10", "--language", "es", "--out", "/nonexistent/r.pdf"),
            "does not exist",
        ),
    ],
)
def test_one_clear_line_and_no_file(
    site: Site, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    extra = () if "--out" in args else ("--out", str(folder / "r.pdf"))
    line = one_error_line(run(site.paths.root, "report", *args, *extra))
    assert message in line
    assert list(folder.iterdir()) == []


def test_output_into_a_file_or_a_folder_is_refused(site: Site, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    line = one_error_line(
        run(
            site.paths.root,
            "report",
            "monthly",
            "--month",
            "2026-10",
            "--out",
            str(blocker / "r.pdf"),
        )
    )
    assert "does not exist" in line
    line = one_error_line(
        run(site.paths.root, "report", "monthly", "--month", "2026-10", "--out", str(tmp_path))
    )
    assert "is a folder" in line
    assert [p.name for p in tmp_path.iterdir()] == ["plain-file"]


def test_packet_and_csv_export(site: Site, coordinator: SignedIn, tmp_path: Path) -> None:
    _scenario(coordinator)
    office = add_office(coordinator)
    from sqlalchemy import select

    from peerdesk.db.models import ParticipantRow

    with coordinator.store.uow() as uow:
        first = uow.session.scalars(
            select(ParticipantRow).where(ParticipantRow.deleted.is_(False)).limit(1)
        ).one()
        add_consent(uow.session, coordinator.actor.site_id, first.id)
        doc = first.doc_number
    out = tmp_path / "packet.pdf"
    result = run(site.paths.root, "report", "packet", doc, "--out", str(out), "--language", "es")
    assert result.returncode == 0, result.stderr
    assert "Paquete de transición" in pdf_lines(out.read_bytes())
    folder = tmp_path / "csv"
    folder.mkdir()
    result = run(site.paths.root, "export", "csv", "--out", str(folder), "--recipient", office)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "matches.csv",
        "measures.csv",
        "participants.csv",
        "referrals.csv",
        "sessions.csv",
    ]
    participants = (folder / "participants.csv").read_bytes()
    assert participants.startswith(b"\xef\xbb\xbf")
    assert participants.count(b"\r\n") == 2  # the header and the one consenting participant
