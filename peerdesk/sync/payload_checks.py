"""Checking a decrypted payload record by record, before anything is written.

``parse_payload`` checks the shape and types of every record; ``check_records`` checks them
against this site: a consent naming this site covers each participant record (Part 2 records
only under a consent naming them; sensitive notes never travel; a participant this site
enrolled or holds may come back deleted without one), every reference resolves, and no stamp is from
the future. The first bad record refuses the whole bundle
(``BundleRejected`` with reason ``invalid_record``, naming the table and position, no values).
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, select
from sqlalchemy.orm import Session

from peerdesk.db.models import ConsentRow
from peerdesk.domain.hlc import MAX_DRIFT_MS
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.gc_pause import gc_paused
from peerdesk.sync.import_history import chunks
from peerdesk.sync.import_notices import Notice, check_notices, parse_notices
from peerdesk.sync.import_settled import Settlement, check_settled, parse_settled
from peerdesk.sync.payload_tables import (
    OWNED,
    PAYLOAD_FORMATS,
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
    value_kind,
)

INVALID = "invalid_record"
INVALID_MESSAGE = (
    "The bundle holds a record this site cannot accept ({what}); nothing was imported. "
    "Tell the site that wrote it."
)
MAX_RECORDS = 5_000_000
_MAX_INT = 2**53  # the largest whole number ``from_json_value`` accepts
_fromisoformat = date.fromisoformat


def invalid(what: str) -> BundleRejected:
    """The refusal for a bad record (``what`` names table, position and problem; no values)."""
    return BundleRejected(INVALID, INVALID_MESSAGE.format(what=what))


def returning_tombstone(r: Incoming, local_site_id: str) -> bool:
    """Whether ``r`` may pass without a consent naming this site: a deleted participant
    this site enrolled, or (``check_records`` makes sure) one it holds already. It tells this
    site only that a record it has ended (see ``import_tombstones``)."""
    return bool(r.table == "participants" and r.row["deleted"])


@dataclass(frozen=True)
class Incoming:
    """One checked payload record: values as Python objects, field stamps, tombstone stamp."""

    table: str
    id: str
    row: Mapping[str, Any]
    fs: Mapping[str, str]
    ds: str


class Payload(list[Incoming]):
    """The records of a payload, and the conflict notices and settlements that came with
    them."""

    notices: tuple[Notice, ...] = ()
    settled: tuple[Settlement, ...] = ()


_PAYLOAD_KEYS = frozenset({"format", "records"})
#: Optional keys: conflict notices (``import_notices``), settlements (``import_settled``).
_PAYLOAD_LAYOUT = _PAYLOAD_KEYS | {"conflicts", "settled"}


# --- shape ---------------------------------------------------------------------------------
@gc_paused()
def parse_payload(data: bytes, *, older: bool = False) -> Payload:
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
    if not isinstance(obj, dict) or not _PAYLOAD_KEYS <= obj.keys() <= _PAYLOAD_LAYOUT:
        raise invalid("the payload has the wrong layout")
    if obj["format"] not in PAYLOAD_FORMATS or not isinstance(obj["records"], list):
        raise invalid("the payload format is unknown")
    lean = obj["format"] >= 2
    if len(obj["records"]) > MAX_RECORDS:
        raise invalid("too many records")
    out = Payload()
    if "conflicts" in obj:
        out.notices = parse_notices(obj["conflicts"], invalid)
    if "settled" in obj:
        out.settled = parse_settled(obj["settled"], invalid)
    seen: set[tuple[str, str]] = set()
    for i, rec in enumerate(obj["records"], start=1):
        item = _record(i, rec, older, lean)
        if (item.table, item.id) in seen:
            raise invalid(f"record {i} repeats an earlier record")
        seen.add((item.table, item.id))
        out.append(item)
    return out


def _no_constant(text: str) -> object:
    raise ValueError("not a number")


def _record(i: int, rec: object, older: bool, lean: bool) -> Incoming:
    if not isinstance(rec, dict) or rec.keys() != _LAYOUT:
        raise invalid(f"record {i} has the wrong layout")
    name, record_id, row, fs, ds = rec["t"], rec["id"], rec["row"], rec["fs"], rec["ds"]
    if not isinstance(name, str) or name not in SYNCED_TABLES:
        raise invalid(f"record {i} is of an unknown kind")
    if not _is_id(record_id):
        raise invalid(f"record {i}, {name}: the id is not valid")
    spec = _spec(name)
    full = isinstance(row, dict) and row.keys() == spec.full
    if not full and (not isinstance(row, dict) or not _fields_ok(name, set(row), older)):
        raise invalid(f"record {i}, {name}: the fields are not the expected ones")
    values: dict[str, Any]
    if full:
        values = row  # checked and converted in place: the parsed JSON is ours alone
        for col, limit in spec.texts:
            value = row[col]
            if type(value) is not str or len(value) > limit:  # else: good text as it is
                row[col] = _read(i, name, col, value)
        for col in spec.flags:
            value = row[col]
            if value is not True and value is not False:
                row[col] = _read(i, name, col, value)
        for col in spec.dates:
            value = row[col]
            # What ``from_json_value`` does with good date text, inline; anything else
            # (None, a bad date) goes to it, which accepts or refuses it as before.
            if type(value) is str and len(value) == 10:
                try:
                    row[col] = _fromisoformat(value)
                    continue
                except ValueError:
                    pass
            row[col] = _read(i, name, col, value)
        for col in spec.whole:
            value = row[col]
            if type(value) is not int or abs(value) > _MAX_INT:  # else: good as it is
                row[col] = _read(i, name, col, value)
        for col in spec.others:
            row[col] = _read(i, name, col, row[col])
    else:  # a sender with an older schema: the columns it knows
        values = {col: _read(i, name, col, row[col]) for col in spec.order if col in row}
    origin = values["origin_site_id"]
    if not isinstance(origin, str) or not _is_site_id(origin):
        raise invalid(f"record {i}, {name}: the origin site is not valid")
    stamp = _stamp(i, name, values["stamp"])
    if not isinstance(fs, dict):
        raise invalid(f"record {i}, {name}: the field stamps are not valid")
    if lean:
        fields = spec.data if values is row else tuple(f for f in spec.data if f in values)
        fs = _field_stamps(i, name, fs, fields, stamp)
    else:
        if not fs.keys() <= values.keys():
            raise invalid(f"record {i}, {name}: the field stamps are not valid")
        for f, st in fs.items():
            # The record's own stamp is checked already; any other must be valid, not later.
            if st != stamp and _stamp(i, name, st) > stamp:
                raise invalid(f"record {i}, {name}: field {f} is stamped after its record")
    if not isinstance(ds, str) or (ds and ds != stamp and _stamp(i, name, ds) > stamp):
        raise invalid(f"record {i}, {name}: the deletion stamp is not valid")
    if bool(ds) != values["deleted"]:
        raise invalid(f"record {i}, {name}: the deletion mark and its stamp disagree")
    return Incoming(name, record_id, values, fs, ds)


_LAYOUT = frozenset({"t", "id", "row", "fs", "ds"})


def _field_stamps(
    i: int, name: str, listed: Mapping[str, object], fields: Sequence[str], stamp: str
) -> dict[str, str]:
    """Every field's stamp from a format-2 ``fs``: a field not listed was set at the record's
    stamp, one listed with ``""`` has none; a listed stamp must be valid and not later."""
    if not listed:  # most records: written once
        return dict.fromkeys(fields, stamp)
    if not listed.keys() <= set(fields):
        raise invalid(f"record {i}, {name}: the field stamps are not valid")
    out: dict[str, str] = {}
    for f in fields:
        st = listed.get(f, stamp)
        if st == "":
            continue
        if st != stamp and _stamp(i, name, st) > stamp:
            raise invalid(f"record {i}, {name}: field {f} is stamped after its record")
        out[f] = st  # type: ignore[assignment]  # checked by _stamp
    return out


def _read(i: int, name: str, col: str, value: object) -> Any:
    try:
        return from_json_value(name, col, value)
    except BadValue as exc:
        raise invalid(f"record {i}, {name}: field {col}: {exc}") from None


@dataclass(frozen=True)
class _Spec:
    """A table's payload layout, worked out once: its columns, and which are text (with
    their longest length) or yes/no, checked inline; the others go to ``from_json_value``,
    as does any value the inline checks do not pass (it accepts or refuses it as before)."""

    order: tuple[str, ...]
    data: tuple[str, ...]
    full: frozenset[str]
    texts: tuple[tuple[str, int], ...]
    flags: tuple[str, ...]
    #: Date and whole-number columns (their good values are checked inline too).
    dates: tuple[str, ...]
    whole: tuple[str, ...]
    others: tuple[str, ...]


@functools.cache
def _spec(name: str) -> _Spec:
    cols = (*SYNC_COLUMNS, *data_columns(name))
    texts, flags, dates, whole, others = [], [], [], [], []
    for c in cols:
        kind = table(name).columns[c].type
        if isinstance(kind, Boolean):
            flags.append(c)
        elif isinstance(kind, String | Text) and not isinstance(kind, Integer | Float | Date):
            texts.append((c, getattr(kind, "length", None) or 1_000_000))
        elif isinstance(kind, Date) and value_kind(name, c) == "date":
            dates.append(c)
        elif isinstance(kind, Integer) and value_kind(name, c) == "int":
            whole.append(c)
        else:
            others.append(c)
    data = data_columns(name)
    return _Spec(
        cols,
        data,
        frozenset(cols),
        tuple(texts),
        tuple(flags),
        tuple(dates),
        tuple(whole),
        tuple(others),
    )


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


def _stamp(i: int, name: str, text: object) -> str:
    """A valid update stamp text (stamps compare as text in stamp order)."""
    if not isinstance(text, str) or not _STAMP.fullmatch(text):
        raise invalid(f"record {i}, {name}: an update stamp is not valid")
    return text


def _is_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


@functools.lru_cache(maxsize=256)
def _is_site_id(value: str) -> bool:
    """``_is_id`` for origin sites: a payload names few of them, each thousands of times."""
    return _ID.fullmatch(value) is not None


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
    either = general | sud
    ended: dict[str, int] = {}
    limit = now_ms + MAX_DRIFT_MS
    for i, r in enumerate(records, start=1):
        row = r.row
        if int(row["stamp"][:15]) > limit:  # the stamp's wall clock (its form is checked)
            raise invalid(f"record {i}, {r.table}: stamped more than a day in the future")
        owner = OWNED.get(r.table)
        if owner is not None:
            pid = row[owner] if r.table != "participants" else r.id
            if r.table == "consents" and row["recipient_site_id"] != local_site_id:
                raise invalid(f"record {i}, {r.table}: the consent names another recipient")
            if is_sensitive(r.table, row):
                raise invalid(f"record {i}, {r.table}: sensitive notes do not travel")
            if r.table in ("participants", "consents"):
                allowed = either
            else:
                allowed = sud if is_sud(r.table, row) else general
            if pid not in allowed:
                if not returning_tombstone(r, local_site_id):
                    raise invalid(f"record {i}, {r.table}: no consent naming this site covers it")
                if r.row["origin_site_id"] != local_site_id:
                    ended.setdefault(r.id, i)  # must be a record held here: checked below
        for ref in refs(r.table):
            value = row[ref.column]
            if value is not None and value not in present[ref.target]:
                wanted[ref.target].add(value)
    if ended:
        t = table("participants")
        held: set[str] = set()
        for part in chunks(sorted(ended)):
            held.update(s.scalars(select(t.c.id).where(t.c.id.in_(part))))
        if strays := sorted(ended[pid] for pid in set(ended) - held):
            where = f"record {strays[0]}, participants"
            raise invalid(f"{where}: no consent naming this site covers it")
    notices: Sequence[Notice] = getattr(records, "notices", ())
    if notices:
        keys = {(t, i) for t, ids in present.items() for i in ids}
        check_notices(notices, keys, local_site_id, invalid, now)
    settled: Sequence[Settlement] = getattr(records, "settled", ())
    if settled:
        check_settled(settled, now, invalid)
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
