"""Checking a decrypted payload record by record, before anything is written.

``parse_payload`` checks the shape and types of every record; ``check_records`` checks them
against this site: a consent naming this site covers each participant record (Part 2 records
only under a consent naming them; sensitive notes never travel), every reference resolves, and
no stamp is from the future. The first bad record refuses the whole bundle
(``BundleRejected`` with reason ``invalid_record``, naming the table and position, no values).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import ConsentRow
from peerdesk.domain.hlc import MAX_DRIFT_MS, Stamp
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.payload_export import chunks
from peerdesk.sync.payload_tables import (
    OWNED,
    PAYLOAD_FORMAT,
    SYNC_COLUMNS,
    SYNCED_TABLES,
    BadValue,
    data_columns,
    from_json_value,
    is_sensitive,
    is_sud,
    optional,
    refs,
    table,
)

INVALID = "invalid_record"
INVALID_MESSAGE = (
    "The bundle holds a record this site cannot accept ({what}); nothing was imported. "
    "Tell the site that wrote it."
)
MAX_RECORDS = 5_000_000


def invalid(what: str) -> BundleRejected:
    """The refusal for a bad record (``what`` names table, position and problem; no values)."""
    return BundleRejected(INVALID, INVALID_MESSAGE.format(what=what))


@dataclass(frozen=True)
class Incoming:
    """One checked payload record: values as Python objects, field stamps, tombstone stamp."""

    table: str
    id: str
    row: Mapping[str, Any]
    fs: Mapping[str, str]
    ds: str


# --- shape ---------------------------------------------------------------------------------
def parse_payload(data: bytes, *, older: bool = False) -> list[Incoming]:
    """Read and check every record's shape and types.

    Args:
        data: the decrypted payload.
        older: the sender's schema is older than this site's: a record may lack columns
            added since (they keep their default on insert and are left alone on merge),
            but only columns that have a default or may be empty.

    Raises:
        BundleRejected: ``invalid_record`` naming the first bad record.
    """
    try:
        obj = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise invalid("the payload is not readable") from None
    if not isinstance(obj, dict) or set(obj) != {"format", "records"}:
        raise invalid("the payload has the wrong layout")
    if obj["format"] != PAYLOAD_FORMAT or not isinstance(obj["records"], list):
        raise invalid("the payload format is unknown")
    if len(obj["records"]) > MAX_RECORDS:
        raise invalid("too many records")
    out: list[Incoming] = []
    seen: set[tuple[str, str]] = set()
    for i, rec in enumerate(obj["records"], start=1):
        item = _record(i, rec, older)
        if (item.table, item.id) in seen:
            raise invalid(f"record {i} repeats an earlier record")
        seen.add((item.table, item.id))
        out.append(item)
    return out


def _no_constant(text: str) -> object:
    raise ValueError("not a number")


def _record(i: int, rec: object, older: bool) -> Incoming:
    if not isinstance(rec, dict) or set(rec) != {"t", "id", "row", "fs", "ds"}:
        raise invalid(f"record {i} has the wrong layout")
    name, record_id, row, fs, ds = rec["t"], rec["id"], rec["row"], rec["fs"], rec["ds"]
    if not isinstance(name, str) or name not in SYNCED_TABLES:
        raise invalid(f"record {i} is of an unknown kind")
    where = f"record {i}, {name}"
    if not _is_id(record_id):
        raise invalid(f"{where}: the id is not valid")
    cols = data_columns(name)
    if not isinstance(row, dict) or not _fields_ok(name, set(row), older):
        raise invalid(f"{where}: the fields are not the expected ones")
    values: dict[str, Any] = {}
    for col in (*SYNC_COLUMNS, *(c for c in cols if c in row)):
        try:
            values[col] = from_json_value(name, col, row[col])
        except BadValue as exc:
            raise invalid(f"{where}: field {col}: {exc}") from None
    if not _is_id(values["origin_site_id"]):
        raise invalid(f"{where}: the origin site is not valid")
    stamp = _stamp(where, values["stamp"])
    if not isinstance(fs, dict) or not set(fs) <= set(values):
        raise invalid(f"{where}: the field stamps are not valid")
    for f, st in fs.items():
        if _stamp(where, st) > stamp:
            raise invalid(f"{where}: field {f} is stamped after its record")
    if not isinstance(ds, str) or (ds and _stamp(where, ds) > stamp):
        raise invalid(f"{where}: the deletion stamp is not valid")
    if bool(ds) != values["deleted"]:
        raise invalid(f"{where}: the deletion mark and its stamp disagree")
    return Incoming(name, record_id, values, dict(fs), ds)


_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_STAMP = re.compile(r"\d{15}-\d{6}-" + _UUID)
_ID = re.compile(_UUID)


def _fields_ok(name: str, got: set[str], older: bool) -> bool:
    cols = set(data_columns(name))
    if got == {*SYNC_COLUMNS, *cols}:
        return True
    if not older or not set(SYNC_COLUMNS) <= got or not got <= {*SYNC_COLUMNS, *cols}:
        return False
    return all(optional(name, c) for c in cols - got)


def _stamp(where: str, text: object) -> str:
    """A valid update stamp text (stamps compare as text in stamp order)."""
    if not isinstance(text, str) or not _STAMP.fullmatch(text):
        raise invalid(f"{where}: an update stamp is not valid")
    return text


def _is_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


# --- against this site ---------------------------------------------------------------------
def check_records(
    s: Session, records: Sequence[Incoming], local_site_id: str, now: datetime
) -> None:
    """Consent, references and clocks: every record must fit this site.

    Raises:
        BundleRejected: ``invalid_record`` naming the first bad record.
    """
    general, sud = _consented(s, records, local_site_id)
    now_ms = int(now.timestamp() * 1000)
    present: dict[str, set[str]] = defaultdict(set)
    for r in records:
        present[r.table].add(r.id)
    wanted: dict[str, set[str]] = defaultdict(set)
    for i, r in enumerate(records, start=1):
        where = f"record {i}, {r.table}"
        if Stamp.parse(r.row["stamp"]).wall_ms - now_ms > MAX_DRIFT_MS:
            raise invalid(f"{where}: stamped more than a day in the future")
        if r.table in OWNED:
            pid = r.row[OWNED[r.table]] if r.table != "participants" else r.id
            if r.table == "consents" and r.row["recipient_site_id"] != local_site_id:
                raise invalid(f"{where}: the consent names another recipient")
            if is_sensitive(r.table, r.row):
                raise invalid(f"{where}: sensitive notes do not travel")
            allowed = sud if is_sud(r.table, r.row) else general
            if r.table in ("participants", "consents"):
                allowed = general | sud
            if pid not in allowed:
                raise invalid(f"{where}: no consent naming this site covers it")
        for ref in refs(r.table):
            value = r.row[ref.column]
            if value is not None and value not in present[ref.target]:
                wanted[ref.target].add(value)
    for name, ids in wanted.items():
        t = table(name)
        found: set[str] = set()
        for part in chunks(sorted(ids)):
            found.update(s.scalars(select(t.c.id).where(t.c.id.in_(part))))
        if missing := ids - found:
            raise invalid(f"a record refers to a missing {name} record ({len(missing)})")


def _consented(
    s: Session, records: Sequence[Incoming], local_site_id: str
) -> tuple[set[str], set[str]]:
    """Participants with a consent naming this site: (general scope, Part 2 scope)."""
    general: set[str] = set()
    sud: set[str] = set()
    incoming = {r.id for r in records if r.table == "consents"}
    for r in records:
        if r.table == "consents" and not r.row["deleted"]:
            _scope(r.row, general, sud)
    c = ConsentRow
    local = s.execute(
        select(c.id, c.participant_id, c.scope_general, c.scope_sud, c.deleted).where(
            c.recipient_site_id == local_site_id
        )
    ).mappings()
    for row in local:
        if row["id"] not in incoming and not row["deleted"]:
            _scope(dict(row), general, sud)
    return general, sud


def _scope(row: Mapping[str, Any], general: set[str], sud: set[str]) -> None:
    if row["scope_general"]:
        general.add(row["participant_id"])
    if row["scope_sud"]:
        sud.add(row["participant_id"])
