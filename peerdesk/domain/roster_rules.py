"""Roster rows: which columns a roster file has, and turning one row into a participant profile.

A roster is a table (CSV or spreadsheet) with one participant per row. The rules here are pure:
they take the header and the cells as already read from the file, and return either a cleaned
profile or the reasons the row is bad, each as (line, field, message). The field is the roster
field name (``doc_number``, ``last_name``, ...), the name used in ``--map name=column``.

Rows are checked with ``clean_profile``, so a roster accepts exactly what the participant form
accepts. An empty optional cell means "not given": it leaves a stored value as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.participant import ParticipantProfile, clean_profile

#: Roster field -> ParticipantProfile attribute.
ROSTER_FIELDS: Mapping[str, str] = {
    "doc_number": "doc_number",
    "last_name": "legal_last_name",
    "first_name": "legal_first_name",
    "date_of_birth": "date_of_birth",
    "housing_unit": "housing_unit",
    "projected_release_date": "projected_release_date",
    "primary_language": "primary_language",
    "preferred_name": "preferred_name",
    "facility": "facility",
    "gender_identity": "gender_identity",
    "release_county": "release_county",
    "release_city": "release_city",
    "actual_release_date": "actual_release_date",
}
#: The columns a roster is expected to have (in this order when we write one).
DEFAULT_COLUMNS: tuple[str, ...] = (
    "doc_number",
    "last_name",
    "first_name",
    "date_of_birth",
    "housing_unit",
    "projected_release_date",
    "primary_language",
)
REQUIRED_FIELDS: tuple[str, ...] = ("doc_number", "last_name", "first_name", "date_of_birth")
DATE_FIELDS = frozenset({"date_of_birth", "projected_release_date", "actual_release_date"})
#: Guards against runaway files: rows after the header, and characters in one cell.
MAX_ROWS = 200_000
MAX_CELL_CHARS = 1000

_FIELD_OF_ATTR = {attr: name for name, attr in ROSTER_FIELDS.items()}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FORMULA_START = ("=", "+", "-", "@")
_PROFILE_ATTRS = frozenset(f.name for f in fields(ParticipantProfile))
assert set(ROSTER_FIELDS.values()) <= _PROFILE_ATTRS


@dataclass(frozen=True, order=True)
class RowError:
    """Why one row of the file is bad: its line number, the roster field and a sentence."""

    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class RosterEntry:
    """A good row: the cleaned profile and the profile attributes the row gives a value for."""

    line: int
    profile: ParticipantProfile
    given: frozenset[str]

    @property
    def doc_number(self) -> str:
        return self.profile.doc_number

    def values(self) -> dict[str, Any]:
        """Profile attribute -> value, for the attributes this row gives."""
        return {attr: getattr(self.profile, attr) for attr in sorted(self.given)}


def _key(name: str) -> str:
    """How header names are compared: BOM, spaces and case do not matter."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    """``["last_name=Surname", ...]`` -> ``{"last_name": "Surname"}``.

    Raises:
        ValidationError: on ``map`` for a malformed pair, an unknown field or a field twice.
    """
    mapping: dict[str, str] = {}
    known = ", ".join(ROSTER_FIELDS)
    for pair in pairs:
        name, sep, column = pair.partition("=")
        name, column = name.strip(), column.strip()
        if not sep or not name or not column:
            raise ValidationError(
                "map", f"'{pair}' is not like name=column (e.g. last_name=Surname)."
            )
        if name not in ROSTER_FIELDS:
            raise ValidationError("map", f"'{name}' is not a roster field. Fields: {known}.")
        if name in mapping:
            raise ValidationError("map", f"'{name}' is mapped twice.")
        mapping[name] = column
    return mapping


def column_positions(header: Sequence[str], mapping: Mapping[str, str]) -> dict[str, int]:
    """Roster field -> position in the row, from the header row and the ``--map`` pairs.

    Raises:
        ValidationError: on ``columns`` when a required or mapped column is missing or a
            needed column name appears twice. This is checked before any row.
    """
    where: dict[str, list[int]] = {}
    for i, name in enumerate(header):
        if name.strip():
            where.setdefault(_key(name), []).append(i)
    positions: dict[str, int] = {}
    missing: list[str] = []
    for name in ROSTER_FIELDS:
        column = mapping.get(name, name)
        found = where.get(_key(column), [])
        if len(found) > 1:
            raise ValidationError("columns", f"The column '{column}' appears more than once.")
        if found:
            positions[name] = found[0]
        elif name in REQUIRED_FIELDS or name in mapping:
            missing.append(column)
    if missing:
        raise ValidationError(
            "columns",
            "The file has no column named " + ", ".join(f"'{m}'" for m in missing) + ". "
            "Check the first row, or say which column to use with --map name=column.",
        )
    return positions


def cell_text(value: object) -> str:
    """A cell as read from CSV (text) or a spreadsheet (number, date, ...), as text."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def is_blank(cells: Sequence[object]) -> bool:
    """Whether every cell of a row is empty (such rows are skipped)."""
    return all(not cell_text(c).strip() for c in cells)


def _check_cell(text: str) -> str | None:
    """Why a cell's text cannot be taken at all, or None."""
    if len(text) > MAX_CELL_CHARS:
        return f"The cell is too long (more than {MAX_CELL_CHARS} characters)."
    stripped = text.strip()
    if len(stripped) > 1 and stripped.startswith(_FORMULA_START):
        return "The cell looks like a spreadsheet formula (starts with =, +, - or @)."
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\r\n" for ch in text):
        return "The cell contains control characters."
    return None


def _parse_date(text: str) -> date:
    if not _ISO_DATE.match(text):
        raise ValueError("The date must be written YYYY-MM-DD, for example 1988-04-12.")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError("The date does not exist in the calendar.") from None


def parse_row(
    line: int, cells: Sequence[object], positions: Mapping[str, int], today: date
) -> RosterEntry | list[RowError]:
    """One data row -> a cleaned ``RosterEntry``, or every reason the row is bad."""
    errors: list[RowError] = []
    values: dict[str, Any] = {}
    for name, pos in positions.items():
        text = cell_text(cells[pos]) if pos < len(cells) else ""
        problem = _check_cell(text)
        if problem:
            errors.append(RowError(line, name, problem))
            continue
        text = text.strip()
        if not text:
            if name in REQUIRED_FIELDS:
                errors.append(RowError(line, name, "This cell is required and is empty."))
            continue
        if name in DATE_FIELDS:
            try:
                values[ROSTER_FIELDS[name]] = _parse_date(text)
            except ValueError as exc:
                errors.append(RowError(line, name, str(exc)))
            continue
        values[ROSTER_FIELDS[name]] = text
    if errors:
        return errors
    try:
        profile = clean_profile(ParticipantProfile(**values), today)
    except ValidationError as exc:
        return [RowError(line, _FIELD_OF_ATTR.get(exc.field, exc.field), exc.message)]
    return RosterEntry(line, profile, frozenset(values))


def duplicate_docs(entries: Iterable[RosterEntry]) -> list[RowError]:
    """Every row whose DOC number appears on more than one row (which one is right is unknown)."""
    lines: dict[str, list[int]] = {}
    for e in entries:
        lines.setdefault(e.doc_number, []).append(e.line)
    errors: list[RowError] = []
    for found in lines.values():
        if len(found) > 1:
            where = ", ".join(str(n) for n in found[:5]) + (", ..." if len(found) > 5 else "")
            for n in found:
                errors.append(
                    RowError(n, "doc_number", f"The DOC number is on more than one row ({where}).")
                )
    return errors
