"""Roster rules: column mapping, header checks, row parsing and in-file duplicates (pure)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roster_rules import (
    DEFAULT_COLUMNS,
    MAX_CELL_CHARS,
    RosterEntry,
    RowError,
    cell_text,
    column_positions,
    duplicate_docs,
    is_blank,
    parse_mapping,
    parse_row,
)
from tests.factories_roster import HEADER, roster_row

TODAY = date(2026, 11, 28)
POS = column_positions(HEADER, {})


def _row(line: int = 2, **overrides: str) -> RosterEntry | list[RowError]:
    return parse_row(line, roster_row(**overrides), POS, TODAY)


def _errors(**overrides: str) -> list[RowError]:
    result = _row(**overrides)
    assert isinstance(result, list), result
    return result


# --- mapping and header ---------------------------------------------------------------------
def test_parse_mapping() -> None:
    assert parse_mapping([" last_name = Surname ", "doc_number=Inmate #"]) == {
        "last_name": "Surname",
        "doc_number": "Inmate #",
    }
    assert parse_mapping([]) == {}


@pytest.mark.parametrize(
    "pairs", [["last_name"], ["=Surname"], ["last_name="], ["nickname=Nick"], ["a=b=c"]]
)
def test_bad_mapping(pairs: list[str]) -> None:
    with pytest.raises(ValidationError) as err:
        parse_mapping(pairs)
    assert err.value.field == "map"


def test_mapping_a_field_twice_is_refused() -> None:
    with pytest.raises(ValidationError, match="twice"):
        parse_mapping(["last_name=A", "last_name=B"])


def test_default_header_positions_ignore_bom_case_and_spaces() -> None:
    header = ["\ufeffDOC_Number", " Last_Name ", "first_name", "DATE_OF_BIRTH", "extra"]
    assert column_positions(header, {}) == {
        "doc_number": 0,
        "last_name": 1,
        "first_name": 2,
        "date_of_birth": 3,
    }
    assert column_positions(HEADER, {}) == {name: i for i, name in enumerate(DEFAULT_COLUMNS)}


def test_mapped_columns_replace_default_names() -> None:
    header = ["Inmate", "Surname", "Given", "DOB", "last_name"]
    mapping = {"doc_number": "inmate", "last_name": "Surname", "first_name": "Given"}
    positions = column_positions(header, {**mapping, "date_of_birth": "DOB"})
    assert positions == {"doc_number": 0, "last_name": 1, "first_name": 2, "date_of_birth": 3}


def test_missing_required_columns_are_one_error_naming_all() -> None:
    with pytest.raises(ValidationError) as err:
        column_positions(["doc_number", "last_name"], {})
    assert err.value.field == "columns"
    assert "'first_name'" in err.value.message and "'date_of_birth'" in err.value.message


def test_a_mapped_column_must_exist_even_if_optional() -> None:
    with pytest.raises(ValidationError, match="'Unit'"):
        column_positions(HEADER, {"housing_unit": "Unit"})


def test_a_needed_column_twice_is_refused() -> None:
    with pytest.raises(ValidationError, match="more than once"):
        column_positions([*HEADER, "Last_Name"], {})


# --- rows -----------------------------------------------------------------------------------
def test_good_row_is_cleaned() -> None:
    entry = _row(doc=" a-12 ", last_name="  de la   Cruz ", housing_unit="")
    assert isinstance(entry, RosterEntry)
    p = entry.profile
    assert (p.doc_number, p.legal_last_name, p.legal_first_name) == ("A-12", "de la Cruz", "José")
    assert p.date_of_birth == date(1988, 4, 12)
    assert p.projected_release_date == date(2027, 3, 1)
    # An empty cell is "not given": it must not overwrite a stored value.
    assert "housing_unit" not in entry.given
    assert entry.values()["legal_last_name"] == "de la Cruz"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"doc": ""}, "doc_number"),
        ({"doc": "bad doc!"}, "doc_number"),
        ({"last_name": " "}, "last_name"),
        ({"first_name": ""}, "first_name"),
        ({"date_of_birth": ""}, "date_of_birth"),
        ({"date_of_birth": "04/12/1988"}, "date_of_birth"),
        ({"date_of_birth": "1988-4-12"}, "date_of_birth"),
        ({"date_of_birth": "2023-02-30"}, "date_of_birth"),
        ({"date_of_birth": (TODAY + timedelta(days=1)).isoformat()}, "date_of_birth"),
        ({"date_of_birth": "1850-01-01"}, "date_of_birth"),
        ({"projected_release_date": "1980-01-01"}, "projected_release_date"),
        ({"projected_release_date": "soon"}, "projected_release_date"),
        ({"last_name": "x" * 81}, "last_name"),
        ({"housing_unit": "x" * 41}, "housing_unit"),
        ({"housing_unit": "x" * (MAX_CELL_CHARS + 1)}, "housing_unit"),
        ({"last_name": '=HYPERLINK("http://x")'}, "last_name"),
        ({"first_name": "+1+2"}, "first_name"),
        ({"primary_language": "@SUM(A1)"}, "primary_language"),
        ({"housing_unit": "-2+3"}, "housing_unit"),
        ({"last_name": "Smith\x00"}, "last_name"),
    ],
)
def test_bad_cells_name_the_roster_field(overrides: dict[str, str], field: str) -> None:
    errors = _errors(**overrides)
    assert [(e.line, e.field) for e in errors] == [(2, field)]
    assert errors[0].message.endswith(".")


def test_every_bad_cell_of_a_row_is_reported() -> None:
    errors = _errors(doc="", date_of_birth="12/1/80", housing_unit="=A1")
    assert {e.field for e in errors} == {"doc_number", "date_of_birth", "housing_unit"}


def test_short_rows_are_padded_with_empty_cells() -> None:
    result = parse_row(5, ["A1", "Lee", "Kim", "1990-01-01"], POS, TODAY)
    assert isinstance(result, RosterEntry)
    assert result.given == {"doc_number", "legal_last_name", "legal_first_name", "date_of_birth"}
    assert isinstance(parse_row(5, ["A1", "Lee"], POS, TODAY), list)


def test_spreadsheet_cells_become_text() -> None:
    assert cell_text(None) == ""
    assert cell_text(12345.0) == "12345"
    assert cell_text(12.5) == "12.5"
    assert cell_text(datetime(1988, 4, 12)) == "1988-04-12"
    assert cell_text(date(1988, 4, 12)) == "1988-04-12"
    cells = [1234.0, "Lee", "Kim", datetime(1990, 1, 2), None, date(2027, 1, 1), None]
    entry = parse_row(3, cells, POS, TODAY)
    assert isinstance(entry, RosterEntry)
    assert entry.profile.doc_number == "1234"
    assert entry.profile.projected_release_date == date(2027, 1, 1)
    assert is_blank([None, " ", ""]) and not is_blank([None, 0])


def test_duplicate_docs_mark_every_occurrence() -> None:
    entries = [_row(line=n, doc=d) for n, d in ((2, "A1"), (3, "b2"), (4, "a1"), (9, "A1"))]
    assert all(isinstance(e, RosterEntry) for e in entries)
    errors = duplicate_docs([e for e in entries if isinstance(e, RosterEntry)])
    assert sorted(e.line for e in errors) == [2, 4, 9]
    assert all(e.field == "doc_number" and "(2, 4, 9)" in e.message for e in errors)
    assert str(errors[0]).startswith("line 2: doc_number: ")


# --- properties -----------------------------------------------------------------------------
@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
def test_any_real_birth_date_is_read_back(dob: date) -> None:
    result = _row(date_of_birth=dob.isoformat(), projected_release_date="")
    assert isinstance(result, RosterEntry)
    assert result.profile.date_of_birth == dob


@given(st.lists(st.text(max_size=30), min_size=7, max_size=7))
def test_any_cells_give_an_entry_or_row_errors_never_a_crash(cells: list[str]) -> None:
    result = parse_row(7, cells, POS, TODAY)
    if isinstance(result, list):
        assert result and all(e.line == 7 and e.field in POS for e in result)
    else:
        assert result.profile.doc_number == result.profile.doc_number.upper()
