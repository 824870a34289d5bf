"""The payload checks' inline fast paths accept and refuse exactly what ``from_json_value`` does.

``payload_checks`` checks good dates and whole numbers inline and sends everything else to
``from_json_value``; whatever a sender writes in such a column, the record must come out with
the value ``from_json_value`` gives (same value, same type), or be refused as it refuses it.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.payload_checks import _record, _spec
from peerdesk.sync.payload_tables import (
    SYNC_COLUMNS,
    SYNCED_TABLES,
    BadValue,
    data_columns,
    from_json_value,
    value_kind,
)

SITE = "5f0c1a52-0000-4000-8000-000000000001"
STAMP = "001764000000000-000000-" + SITE
GOOD = {"text": "", "bool": False, "int": 1, "float": 1.5, "date": "2026-01-01"}
#: (table, column) of every date and whole-number column a payload carries.
COLUMNS = sorted(
    (t, c) for t in SYNCED_TABLES for c in data_columns(t) if value_kind(t, c) in ("date", "int")
)


def record(name: str) -> dict[str, Any]:
    row: dict[str, Any] = {c: GOOD[value_kind(name, c)] for c in data_columns(name)}
    row.update(
        origin_site_id=SITE,
        created_at="2026-11-28T12:00:00.000000Z",
        updated_at="2026-11-28T12:00:00.000000Z",
        stamp=STAMP,
        deleted=False,
    )
    return {"t": name, "id": SITE, "row": row, "fs": {}, "ds": ""}


VALUES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([2**53, 2**53 + 1, -(2**53), -(2**53) - 1, 0, -1])
    | st.floats()
    | st.text(max_size=12)
    | st.dates().map(date.isoformat)
    | st.sampled_from(
        ["2026-02-29", "2024-02-29", "2026-13-01", "2021-W01-1", "20260101", "2026-1-1 ", ""]
    )
    | st.lists(st.integers(), max_size=2)
)


def test_the_columns_cover_dates_and_whole_numbers() -> None:
    kinds = {value_kind(t, c) for t, c in COLUMNS}
    assert kinds == {"date", "int"} and len(COLUMNS) > 30
    for t, c in COLUMNS:  # each goes to an inline check, none to the generic path
        spec = _spec(t)
        assert c in spec.dates or c in spec.whole
        assert c not in spec.others and c not in SYNC_COLUMNS


@settings(max_examples=400, deadline=None)
@given(where=st.sampled_from(COLUMNS), value=VALUES)
def test_inline_checks_match_from_json_value(where: tuple[str, str], value: Any) -> None:
    name, column = where
    rec = record(name)
    rec["row"][column] = copy.deepcopy(value)
    try:
        expected = from_json_value(name, column, value)
    except BadValue:
        with pytest.raises(BundleRejected):
            _record(1, rec, False, True)
        return
    got = _record(1, rec, False, True).row[column]
    assert got == expected and type(got) is type(expected)


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("2024-02-29", date(2024, 2, 29)),
        ("2021-W01-1", date(2021, 1, 4)),  # ISO week date: read as before (Python 3.11)
        (2**53, 2**53),
    ],
)
def test_good_values_come_out_as_before(value: Any, stored: Any) -> None:
    column = "contact_on" if isinstance(value, str) else "duration_minutes"
    rec = record("contacts")
    rec["row"][column] = value
    assert _record(1, rec, False, True).row[column] == stored


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("contact_on", "2026-02-30"),
        ("contact_on", "2026-01-01T"),
        ("contact_on", 20260101),
        ("contact_on", None),  # the date of a contact is required
        ("duration_minutes", 2**53 + 1),
        ("duration_minutes", True),
        ("duration_minutes", 1.0),
        ("duration_minutes", "1"),
    ],
)
def test_bad_values_are_refused_naming_the_field(column: str, value: Any) -> None:
    rec = record("contacts")
    rec["row"][column] = value
    with pytest.raises(BundleRejected, match=f"field {column}"):
        _record(1, rec, False, True)
