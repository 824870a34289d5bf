"""Conflicts travel back to the site whose value lost, so a person there learns of it too.

The site that first sees both values of a conflict records it (``payload_apply``). When the
other site's value lost, that site would otherwise only see its value replaced, with no
word of a conflict: its own edit was acknowledged, and an update stamp cannot tell an edit
made after seeing its value from one made without. So the next bundle to the losing site
carries a notice for each open conflict it lost, next to the record concerned (a notice never
travels without its record, so consent rules stay those of the record), and the losing site
keeps the same conflict in its own list: the value in the record (the winner) and its own
value set aside.

Payload (optional key, present only when there are notices)::

    "conflicts": [{"t": table, "id": record id, "f": field, "kept": JSON text,
                   "other": JSON text, "ks": stamp kept, "os": stamp set aside}, ...]
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import ConflictRow
from peerdesk.domain.hlc import MAX_DRIFT_MS
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.import_duplicates import DUPLICATE
from peerdesk.sync.import_history import DELETED, node_of
from peerdesk.sync.payload_tables import SYNCED_TABLES, BadValue, data_columns, from_json_value

Key = tuple[str, str]
Refusal = Callable[[str], BundleRejected]
_LAYOUT = frozenset({"t", "id", "f", "kept", "other", "ks", "os"})
MAX_NOTICES = 100_000
MAX_VALUE = 1_000_000


@dataclass(frozen=True)
class Notice:
    """A conflict the sender recorded, in which this site's value lost."""

    table: str
    id: str
    field: str
    kept: str
    other: str
    kept_stamp: str
    other_stamp: str


def notices_for(s: Session, recipient_site_id: str, keys: Iterable[Key]) -> list[dict[str, str]]:
    """Notices for the bundle to ``recipient_site_id``: its lost values among the open
    conflicts on the records ``keys`` that the bundle carries (sorted, so the same data gives
    the same bytes)."""
    wanted = keys if isinstance(keys, AbstractSet) else set(keys)
    c = ConflictRow
    out: list[dict[str, str]] = []
    # One query for the recipient's open conflicts (a person resolves them: few), filtered
    # here by the records the bundle carries, instead of one query per 500 of its records.
    if wanted:
        rows = s.execute(
            select(
                c.table_name,
                c.record_id,
                c.field,
                c.kept_value,
                c.other_value,
                c.kept_stamp,
                c.other_stamp,
            ).where(
                c.other_site_id == recipient_site_id,
                c.resolved_at.is_(None),
                c.field != DUPLICATE,
            )
        )
        for t, record_id, f, kept, other, ks, os_ in rows:
            if (t, record_id) in wanted:
                out.append(
                    {
                        "f": f,
                        "id": record_id,
                        "kept": kept,
                        "ks": ks,
                        "os": os_,
                        "other": other,
                        "t": t,
                    }
                )
    return sorted(out, key=lambda n: (n["t"], n["id"], n["f"], n["os"]))


def conflict_entries(
    value: object, layout: frozenset[str], limit: int, one: str, invalid: Refusal
) -> Iterator[tuple[int, dict[str, str]]]:
    """The entries of a payload's list about conflicts (notices, settlements), numbered from
    1, each checked for shape: exactly ``layout``'s keys, text values, a synced table and one
    of its fields (or ``deleted``). ``one`` names an entry in the refusal ("conflict notice").
    """
    if not isinstance(value, list) or len(value) > limit:
        raise invalid(f"the {one}s are not valid")
    for i, n in enumerate(value, start=1):
        if not isinstance(n, dict) or n.keys() != layout:
            raise invalid(f"{one} {i} has the wrong layout")
        if not all(isinstance(v, str) for v in n.values()):
            raise invalid(f"{one} {i} is not valid")
        t, f = n["t"], n["f"]
        if t not in SYNCED_TABLES or (f != DELETED and f not in data_columns(t)):
            raise invalid(f"{one} {i} names an unknown field")
        yield i, n


def parse_notices(value: object, invalid: Refusal) -> tuple[Notice, ...]:
    """The notices of a payload, every one checked for shape (``invalid(what)`` builds the
    refusal)."""
    out = []
    entries = conflict_entries(value, _LAYOUT, MAX_NOTICES, "conflict notice", invalid)
    for i, n in entries:
        t, f = n["t"], n["f"]
        if not all(
            _value_ok(t, f, v, kept) for v, kept in ((n["kept"], True), (n["other"], False))
        ):
            raise invalid(f"conflict notice {i} holds a value that is not valid")
        for st in (n["ks"], n["os"]):
            try:
                node_of(st)
            except ValueError:
                raise invalid(f"conflict notice {i} has a stamp that is not valid") from None
        out.append(Notice(t, n["id"], f, n["kept"], n["other"], n["ks"], n["os"]))
    return tuple(out)


def _value_ok(name: str, field: str, text: str, kept: bool) -> bool:
    """``text`` is JSON (no NaN or Infinity) of the kind the field holds: a person may later
    write a notice's value into the record, so it is checked like a record's value. For a
    deletion that met an edit, the kept value is ``true`` and the other the lost edit,
    ``{"field": value, ...}``."""
    if len(text) > MAX_VALUE:
        return False
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return False
    if field == DELETED:
        if kept:
            return value is True
        if not isinstance(value, dict):
            return False
        return all(_fits(name, f, v) for f, v in value.items())
    return _fits(name, field, value)


def _fits(name: str, field: str, value: object) -> bool:
    if field not in data_columns(name):
        return False
    try:
        from_json_value(name, field, value)
    except BadValue:
        return False
    return True


def _no_constant(text: str) -> object:
    raise ValueError("not a number")


def check_notices(
    notices: Sequence[Notice],
    present: set[Key],
    local_site_id: str,
    invalid: Refusal,
    now: datetime | None = None,
) -> None:
    """Each notice concerns a record of the bundle and a value this site lost, and (given
    ``now``) no stamp of it is further ahead of this site's clock than a record's may be."""
    for i, n in enumerate(notices, start=1):
        if (n.table, n.id) not in present:
            raise invalid(f"conflict notice {i} concerns a record the bundle does not carry")
        if node_of(n.other_stamp) != local_site_id:
            raise invalid(f"conflict notice {i} concerns another site's value")
    if now is not None:
        check_notice_clocks(notices, now, invalid)


def check_notice_clocks(notices: Sequence[Notice], now: datetime, invalid: Refusal) -> None:
    """The record rule for notices: a stamp more than ``MAX_DRIFT_MS`` (a day) ahead of
    ``now`` refuses the bundle, as a record stamped so would. Such a stamp would otherwise be
    kept in the conflicts list (and a site's clock must never be pulled that far ahead)."""
    limit = int(now.timestamp() * 1000) + MAX_DRIFT_MS
    for i, n in enumerate(notices, start=1):
        # The stamps' form was checked by ``parse_notices``: the first 15 digits are the wall.
        if max(int(n.kept_stamp[:15]), int(n.other_stamp[:15])) > limit:
            raise invalid(f"conflict notice {i}: stamped more than a day in the future")


def notice_rows(
    notices: Sequence[Notice],
    known: set[tuple[str, str, str]],
    bundle_id: str,
    detected_at: str,
) -> list[dict[str, Any]]:
    """``sync_conflicts`` rows for the notices this site does not hold yet.

    Raises:
        BundleRejected: a notice is stamped too far in the future (``check_notice_clocks``
            against ``detected_at``, the import's time): the caller's transaction, the whole
            import, is then rolled back.
    """
    from peerdesk.sync.payload_checks import invalid  # it imports this module

    check_notice_clocks(notices, datetime.fromisoformat(detected_at), invalid)
    rows: list[dict[str, Any]] = []
    for n in notices:
        key = (n.id, n.field, n.other_stamp)
        if key in known:
            continue
        known.add(key)
        rows.append(_row(n, bundle_id, detected_at))
    return rows


def _row(n: Notice, bundle_id: str, detected_at: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "table_name": n.table,
        "record_id": n.id,
        "field": n.field,
        "kept_value": n.kept,
        "other_value": n.other,
        "kept_stamp": n.kept_stamp,
        "other_stamp": n.other_stamp,
        "other_site_id": node_of(n.other_stamp),
        "bundle_id": bundle_id,
        "detected_at": detected_at,
        "resolved_at": None,
        "resolved_by": "",
        "resolution": "",
    }
