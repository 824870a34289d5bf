"""Roster files for import tests: CSV and XLSX written from plain rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from peerdesk.domain.roster_rules import DEFAULT_COLUMNS

HEADER = list(DEFAULT_COLUMNS)


def roster_row(doc: str = "A100", **overrides: str) -> list[str]:
    """One good roster row in the default column order, with any column overridden."""
    base = {
        "doc_number": doc,
        "last_name": "Núñez",
        "first_name": "José",
        "date_of_birth": "1988-04-12",
        "housing_unit": "B-2",
        "projected_release_date": "2027-03-01",
        "primary_language": "Spanish",
    }
    base.update(overrides)
    return [base[c] for c in HEADER]


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]],
    header: Sequence[str] = HEADER,
    *,
    bom: bool = True,
) -> Path:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(("\ufeff" if bom else "").encode() + buf.getvalue().encode("utf-8"))
    return path


def write_xlsx(
    path: Path, rows: Sequence[Sequence[object]], header: Sequence[str] = HEADER
) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
