"""Helpers for report tests: reading PDFs back, checking them with qpdf, and consent rows."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import AuditRow, ConsentRow, SiteRow
from peerdesk.services.auth import SignedIn
from tests.factories_rows import add_row

OFFICE_ID = "0ff1ce00-0000-4000-8000-000000000001"
OTHER_OFFICE_ID = "0ff1ce00-0000-4000-8000-000000000002"


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_lines(pdf: bytes) -> list[str]:
    """Every non-empty text line of the document, stripped (table cells come one per line)."""
    return [line.strip() for text in page_texts(pdf) for line in text.splitlines() if line.strip()]


def cells_after(lines: list[str], label: str, n: int) -> list[str]:
    """The ``n`` cells printed after the row label ``label`` (its first occurrence)."""
    i = lines.index(label)
    return lines[i + 1 : i + 1 + n]


def qpdf_check(pdf: bytes, tmp_path: Path) -> None:
    """``qpdf --check`` finds no damage (skipped only where qpdf is not installed)."""
    qpdf = shutil.which("qpdf")
    assert qpdf is not None, "qpdf is needed (apt-get install qpdf; .ci/run installs it)"
    path = tmp_path / "checked.pdf"
    path.write_bytes(pdf)
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def add_office(
    signed: SignedIn, site_id: str = OFFICE_ID, name: str = "County Reentry Office"
) -> str:
    """Another site this store knows (as a trusted peer would be)."""
    with signed.store.uow() as uow:
        uow.session.add(
            SiteRow(
                id=site_id,
                name=name,
                kind="office",
                is_local=False,
                created_at="2026-01-01T00:00:00.000000Z",
            )
        )
    return site_id


def add_consent(
    s: Session,
    site: str,
    participant_id: str,
    *,
    recipient_site_id: str | None = OFFICE_ID,
    general: bool = True,
    sud: bool = False,
    signed_on: date = date(2026, 1, 5),
    expires_on: date | None = None,
    revoked_on: date | None = None,
) -> Any:
    return add_row(
        s,
        ConsentRow,
        site,
        participant_id=participant_id,
        discloser="Riverside Unit",
        recipient_name="County Reentry Office",
        recipient_site_id=recipient_site_id,
        information="Program records",
        purpose="Continuity of care after release",
        scope_general=general,
        scope_sud=sud,
        signed_on=signed_on,
        expires_on=expires_on,
        expires_event="",
        right_to_revoke_explained=True,
        revoked_on=revoked_on,
        recorded_by="maria",
    )


def audit_rows(signed: SignedIn, action_prefix: str = "") -> list[AuditRow]:
    with signed.store.uow(write=False) as uow:
        stmt = select(AuditRow).order_by(AuditRow.seq)
        if action_prefix:
            stmt = stmt.where(AuditRow.action.startswith(action_prefix))
        return list(uow.session.scalars(stmt))


def audit_count(signed: SignedIn) -> int:
    with signed.store.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditRow)) or 0)
