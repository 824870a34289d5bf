"""CSV files for spreadsheets: UTF-8 with a BOM, and no cell a spreadsheet would run as a formula.

Excel on Windows reads a UTF-8 file as UTF-8 (so "Peña" stays "Peña") only when it starts with
a byte-order mark. A text cell that begins with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage
return, which some programs skip before reading a formula) is prefixed with a single quote, so
the spreadsheet shows it as text instead of evaluating it (OWASP "CSV injection"). Numbers and
dates written by peerdesk itself are not text cells and are left as they are.

Which rows and columns go in each file is decided by ``services.export_queries``; this module
only writes them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CsvValue = str | int | float | bool | date | None


def neutralise(text: str) -> str:
    """``text`` made safe to open in a spreadsheet (a leading quote before a formula start)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell(value: CsvValue) -> str:
    """One value as CSV text: dates ISO, booleans yes/no, None empty, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return neutralise(value)


def to_csv(header: Sequence[str], rows: Iterable[Sequence[CsvValue]]) -> bytes:
    """A whole CSV file: BOM, header, one line per row, CRLF line ends (as Excel writes)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return out.getvalue().encode("utf-8-sig")
