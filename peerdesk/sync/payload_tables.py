"""Which tables travel in a bundle payload, how their rows relate to a participant, and how
values are written to JSON and read back (shared by ``payload_export`` and ``payload_apply``).

Two kinds of synced tables travel:

- participant records (``OWNED``): every row names the participant it belongs to; a row travels
  only when that participant's consent covers the recipient, and a substance-use treatment row
  (``is_sud``) only when the consent names Part 2 records. Notes marked ``sensitive`` stay in
  the program (as in the transition packet) and never travel.
- supporting rows (``SUPPORT``): mentors, groups and their sessions, the partner directory and
  pathways. One travels with (and only with) a participant record that refers to it, so the
  recipient can store the record; a mentor who is also a participant travels only if that
  participant is covered too.

Not synced: users, audit, keys, sync state, and site-local rows such as keep-separate orders.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Table, Text

from peerdesk.db.models import Base
from peerdesk.domain.note_rules import Sensitivity
from peerdesk.domain.screening_rules import NeedDomain, ServiceType

#: Payload format written inside ``payload.age`` (2: ``fs`` lists only the fields stamped
#: other than the record; 1, every field's stamp, is still read).
PAYLOAD_FORMAT = 2
PAYLOAD_FORMATS = (1, 2)
#: Columns every synced row carries (``id`` travels as the record id).
SYNC_COLUMNS = ("origin_site_id", "created_at", "updated_at", "stamp", "deleted")

#: Participant records: table -> the column naming the participant.
OWNED: Mapping[str, str] = {
    "participants": "id",
    "consents": "participant_id",
    "participant_status_history": "participant_id",
    "screenings": "participant_id",
    "need_assessments": "participant_id",
    "goals": "participant_id",
    "participant_phases": "participant_id",
    "milestone_achievements": "participant_id",
    "referrals": "participant_id",
    "group_members": "participant_id",
    "attendance": "participant_id",
    "matches": "participant_id",
    "contacts": "participant_id",
    "incentives": "participant_id",
    "outcomes": "participant_id",
    "notes": "participant_id",
}
#: Rows that travel only with a participant record referring to them.
SUPPORT = frozenset(
    {
        "mentors",
        "groups",
        "group_sessions",
        "partners",
        "pathways",
        "pathway_phases",
        "pathway_milestones",
    }
)
SYNCED_TABLES = frozenset(OWNED) | SUPPORT


@dataclass(frozen=True)
class Ref:
    """A foreign key of a travelling table: ``column`` holds an id of ``target`` (a table)."""

    column: str
    target: str
    nullable: bool


def table(name: str) -> Table:
    return Base.metadata.tables[name]


@functools.cache
def table_order() -> dict[str, int]:
    """Position of each synced table in dependency order (parents first)."""
    order = [t.name for t in Base.metadata.sorted_tables if t.name in SYNCED_TABLES]
    return {name: i for i, name in enumerate(order)}


@functools.cache
def data_columns(name: str) -> tuple[str, ...]:
    """The columns of ``name`` other than the id and the sync columns."""
    skip = {"id", *SYNC_COLUMNS}
    return tuple(c.name for c in table(name).columns if c.name not in skip)


@functools.cache
def refs(name: str) -> tuple[Ref, ...]:
    """The foreign keys of ``name`` (to participants or other travelling tables)."""
    out = []
    for col in table(name).columns:
        for fk in col.foreign_keys:
            out.append(Ref(col.name, fk.column.table.name, bool(col.nullable)))
    return tuple(out)


#: The one column ``is_sud`` and ``is_sensitive`` read, for each table they apply to (the
#: export reads just that column; a table not listed is never Part 2 nor sensitive).
KIND_COLUMNS: Mapping[str, str] = {
    "notes": "sensitivity",
    "goals": "domain",
    "need_assessments": "domain",
    "referrals": "service_type",
}


def is_sensitive(name: str, values: Mapping[str, Any]) -> bool:
    """Notes marked ``sensitive`` stay in the program: they never travel."""
    return name == "notes" and values.get("sensitivity") == Sensitivity.SENSITIVE.value


def is_sud(name: str, values: Mapping[str, Any]) -> bool:
    """Whether a row is a substance-use treatment record (42 CFR Part 2), as in the packet."""
    if name == "notes":
        return values.get("sensitivity") == Sensitivity.SUD.value
    if name in ("goals", "need_assessments"):
        return values.get("domain") == NeedDomain.SUBSTANCE_USE.value
    if name == "referrals":
        return values.get("service_type") == ServiceType.SUBSTANCE_USE_TREATMENT.value
    return False


# --- values ------------------------------------------------------------------------------------
def to_json_value(value: object) -> object:
    """A column value as JSON (dates as ISO text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class BadValue(ValueError):
    """A payload value does not fit its column."""


@functools.cache
def optional(name: str, column: str) -> bool:
    """Whether a row may be stored without a value for the column (nullable or defaulted)."""
    col = table(name).columns[column]
    return bool(col.nullable) or col.default is not None or col.server_default is not None


@functools.cache
def _kind(name: str, column: str) -> tuple[str, bool, int | None]:
    """(type tag, nullable, text length) of a column, looked up once."""
    col = table(name).columns[column]
    kind = col.type
    tag = "other"
    for cls, label in ((Boolean, "bool"), (Integer, "int"), (Float, "float"), (Date, "date")):
        if isinstance(kind, cls):
            tag = label
            break
    else:
        if isinstance(kind, String | Text):
            tag = "text"
    return tag, bool(col.nullable), getattr(kind, "length", None)


def value_kind(name: str, column: str) -> str:
    """How ``from_json_value`` reads ``name.column``: "text", "bool", "int", "float", "date"
    (or "other", refused)."""
    return _kind(name, column)[0]


def from_json_value(name: str, column: str, value: object) -> object:
    """A JSON value read back for ``name.column``, checked against the column's type.

    Raises:
        BadValue: wrong type, too long, or not a date.
    """
    tag, nullable, length = _kind(name, column)
    if value is None:
        if not nullable:
            raise BadValue("missing value")
        return None
    if tag == "text":
        if not isinstance(value, str):
            raise BadValue("not text")
        if len(value) > (length or 1_000_000):
            raise BadValue("text too long")
        return value
    if tag == "bool":
        if not isinstance(value, bool):
            raise BadValue("not a yes/no value")
        return value
    if tag == "int":
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**53:
            raise BadValue("not a whole number")
        return value
    if tag == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BadValue("not a number")
        return float(value)
    if tag == "date":
        if not isinstance(value, str) or len(value) != 10:
            raise BadValue("not a date")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise BadValue("not a date") from None
    raise BadValue("unsupported column")
