"""A conflict settled at one site is settled at the other sites holding it too.

The same conflict can be open at several sites: the one that first saw both values, the one
whose value lost (``import_notices``), and any other that saw both. When a person resolves it
at one site (``SyncReview.resolve_conflict``), the next bundles to the other sites carry a
*settlement*: which conflict (table, record, field and both stamps: the same four at every
site holding it) and how it was settled, without any value. A site holding that conflict open
closes it in the import's transaction, without touching the record (when the person chose the
value set aside, that value travels as the record's own change, in the same bundle or an
earlier one). Payload (optional key, present only when there are settlements)::

    "settled": [{"t": table, "id": record id, "f": field, "ks": stamp kept,
                 "os": stamp set aside, "r": "kept" | "other", "site": site id,
                 "by": user name, "at": when (ISO time)}, ...]

``r`` is said against the sender's ``ks``/``os``; a site holding the conflict with the two
stamps the other way round reads it so.

What the recipient is entitled to know: a settlement names a record, a field and two stamps
(no value) and who settled it. It travels to a site only for a record that site holds and may
still receive: the record travels in the same bundle; or a participant's record that may
travel to the recipient by the export's own rules (``payload_picker``: a consent naming the
recipient covers its participant today in the record's scope, Part 2 records only under a
consent naming them, sensitive notes never, a consent only to the site it names, and every
row the record refers to may travel too) whose participant was covered at the last
acknowledged export (so the recipient holds the record); or a supporting row (mentor, group...)
the recipient itself wrote one of the two values of. A settlement may travel in a bundle that
does not carry its record (nothing about the record changed since the last exchange): the
recipient holds the record already, and learns only that a conflict it may hold was closed.

What travels when: every settlement gets a number from this site's count when it is made
(``settled_seq``); a bundle notes the highest number when it is written (``bundle_log``
``settled_to``); a site's acknowledgment names the last bundle of ours it imported, whose
``settled_to`` becomes its ``sync_peers.acked_settled_seq``. Settlements numbered above that
travel in every bundle to it, so a lost bundle costs nothing; once a bundle carrying them is
acknowledged they stop. A settlement that closes a conflict here is numbered too and passes
on (to a site that got the conflict through this one); one for a conflict this site does not
hold, or already resolved, is ignored (the first resolution made or received here stands, and
the other site's different choice is not recorded: its value, if it wrote one, arrives and
merges like any edit).

A site running an older peerdesk refuses a bundle with settlements (an unknown payload key),
as it refuses one with notices: upgrade both sites.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import ConflictRow, SiteRow, SyncPeerRow
from peerdesk.domain.hlc import MAX_DRIFT_MS
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.import_duplicates import DUPLICATE
from peerdesk.sync.import_history import DELETED, chunks, node_of
from peerdesk.sync.import_notices import conflict_entries
from peerdesk.sync.payload_coverage import coverage
from peerdesk.sync.payload_picker import Picker, read_rows
from peerdesk.sync.payload_tables import KIND_COLUMNS, OWNED, is_sud
from peerdesk.sync.row_json import row_positions

Key = tuple[str, str]
Refusal = Callable[[str], BundleRejected]
RESOLUTIONS = ("kept", "other")
MAX_SETTLED = 100_000
_LAYOUT = frozenset({"t", "id", "f", "ks", "os", "r", "site", "by", "at"})
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_ID = re.compile(_UUID)
_STAMP = re.compile(r"\d{15}-\d{6}-" + _UUID)
_AT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")
_MAX_BY = 64


@dataclass(frozen=True)
class Settlement:
    """A conflict resolved at ``site`` by ``by`` at ``at``: ``resolution`` of the value
    stamped ``kept_stamp`` (``kept``) or of the one stamped ``other_stamp`` (``other``)."""

    table: str
    id: str
    field: str
    kept_stamp: str
    other_stamp: str
    resolution: str
    site: str
    by: str
    at: str


# --- export --------------------------------------------------------------------------------
def next_settled_seq(s: Session) -> int:
    """The number of the next settlement this site passes on."""
    return int(s.scalar(select(func.max(ConflictRow.settled_seq))) or 0) + 1


def settled_top(s: Session) -> int:
    """The highest settlement number so far (a bundle written now notes it)."""
    return int(s.scalar(select(func.max(ConflictRow.settled_seq))) or 0)


def settled_for(
    s: Session, recipient_site_id: str, acked_change_seq: int, on: date, keys: Iterable[Key]
) -> list[dict[str, str]]:
    """Settlements for the bundle to ``recipient_site_id``: those it has not acknowledged,
    on records it holds and may receive (see the module docstring; ``keys``: the records the
    bundle carries, ``acked_change_seq`` and ``on`` as for the records). Sorted, so the same
    data gives the same bytes."""
    peer = s.get(SyncPeerRow, recipient_site_id)
    acked = peer.acked_settled_seq if peer is not None else 0
    c = ConflictRow
    rows = s.execute(
        select(
            c.table_name,
            c.record_id,
            c.field,
            c.kept_stamp,
            c.other_stamp,
            c.resolution,
            c.settled_site_id,
            c.resolved_by,
            c.resolved_at,
        ).where(
            c.settled_seq > acked,
            c.resolved_at.is_not(None),
            c.resolution.in_(RESOLUTIONS),
            c.field != DUPLICATE,
            c.settled_site_id != recipient_site_id,  # it knows its own
        )
    ).all()
    if not rows:
        return []
    carried = keys if isinstance(keys, AbstractSet) else set(keys)
    entitled = _Entitled(s, recipient_site_id, acked_change_seq, on)
    local = _local_site_id(s)
    out: list[dict[str, str]] = []
    for t, record_id, f, ks, os_, r, site, by, at in rows:
        if (t, record_id) not in carried and not entitled.holds(t, record_id, ks, os_):
            continue
        out.append(  # keys in sorted order, as the rest of the payload
            {
                "at": at or "",
                "by": by,
                "f": f,
                "id": record_id,
                "ks": ks,
                "os": os_,
                "r": r,
                "site": site or local,
                "t": t,
            }
        )
    return sorted(out, key=lambda n: (n["t"], n["id"], n["f"], n["os"], n["ks"]))


def _local_site_id(s: Session) -> str:
    return s.scalar(select(SiteRow.id).where(SiteRow.is_local.is_(True))) or ""


class _Entitled:
    """Whether the recipient holds a record and may still receive it (coverage read once,
    and only when a settlement's record does not travel in the bundle).

    A participant's record: it may travel to the recipient by the export's own rules
    (``payload_picker.Picker``: the record's consent rule, a consent only to the site it
    names, and every row it refers to may travel too), and its participant was covered in the
    record's scope at the last acknowledged export (the recipient holds it)."""

    def __init__(self, s: Session, site: str, acked: int, on: date) -> None:
        self.s, self.site, self.acked, self.on = s, site, acked, on
        self._picker: Picker | None = None

    def holds(self, name: str, record_id: str, ks: str, os_: str) -> bool:
        owner = OWNED.get(name)
        if owner is None:  # a supporting row: the recipient wrote one of the values
            return self.site in (_node(ks), _node(os_))
        picker = self._picker
        if picker is None:
            cov = coverage(self.s, self.site, self.acked, self.on)
            picker = self._picker = Picker(self.s, self.site, cov, cov.known - cov.anyone)
        if record_id not in picker.rows[name]:
            picker.add(name, read_rows(self.s, name, "id", [record_id]))
        if not picker.ok_ids(name, [record_id]):
            return False
        cov, at = picker.cov, row_positions(name)
        row = picker.rows[name][record_id]
        pid = row[at[owner]]
        if pid not in cov.anyone:  # held there but no longer covered: nothing more travels
            return False
        if name in ("participants", "consents"):
            return pid in cov.known
        kind = KIND_COLUMNS.get(name)
        if kind is not None and is_sud(name, {kind: row[at[kind]]}):
            return pid in cov.known_sud
        return pid in cov.known_general


def _node(stamp: str) -> str:
    try:
        return node_of(stamp)
    except ValueError:
        return ""


# --- import --------------------------------------------------------------------------------
def parse_settled(value: object, invalid: Refusal) -> tuple[Settlement, ...]:
    """The settlements of a payload, every one checked for shape (``invalid(what)`` builds
    the refusal)."""
    out: list[Settlement] = []
    seen: set[tuple[str, ...]] = set()
    for i, n in conflict_entries(value, _LAYOUT, MAX_SETTLED, "settled conflict", invalid):
        t, f = n["t"], n["f"]
        if not _ID.fullmatch(n["id"]) or not _ID.fullmatch(n["site"]):
            raise invalid(f"settled conflict {i} has an id that is not valid")
        ks, os_ = n["ks"], n["os"]
        if not _STAMP.fullmatch(ks) or not _STAMP.fullmatch(os_) or ks == os_:
            raise invalid(f"settled conflict {i} has a stamp that is not valid")
        if n["r"] not in RESOLUTIONS or (f == DELETED and n["r"] != "kept"):
            raise invalid(f"settled conflict {i} has a resolution that is not valid")
        if not n["by"] or len(n["by"]) > _MAX_BY or not _AT.fullmatch(n["at"]):
            raise invalid(f"settled conflict {i} does not say who settled it and when")
        key = (t, n["id"], f, *sorted((ks, os_)))
        if key in seen:
            raise invalid(f"settled conflict {i} repeats an earlier one")
        seen.add(key)
        out.append(Settlement(t, n["id"], f, ks, os_, n["r"], n["site"], n["by"], n["at"]))
    return tuple(out)


def check_settled(settled: Sequence[Settlement], now: datetime, invalid: Refusal) -> None:
    """The record rule for settlements: a stamp or a settling time more than ``MAX_DRIFT_MS``
    (a day) ahead of ``now`` refuses the bundle, as a record stamped so would."""
    limit = int(now.timestamp() * 1000) + MAX_DRIFT_MS
    for i, n in enumerate(settled, start=1):
        # The forms were checked by ``parse_settled``: the stamps' first 15 digits are the wall.
        at = datetime.fromisoformat(n.at.replace("Z", "+00:00"))
        if max(int(n.kept_stamp[:15]), int(n.other_stamp[:15]), int(at.timestamp() * 1000)) > (
            limit
        ):
            raise invalid(f"settled conflict {i}: dated more than a day in the future")


def apply_settled(s: Session, settled: Sequence[Settlement], local_site_id: str) -> list[str]:
    """Close the open conflicts held here that ``settled`` settles, in the caller's
    transaction; returns their ids (for the audit trail). The records are not touched; a
    conflict unknown here or already resolved is left as it is."""
    if not settled:
        return []
    wanted: dict[tuple[str, str, str], list[Settlement]] = defaultdict(list)
    for n in settled:
        wanted[(n.table, n.id, n.field)].append(n)
    c = ConflictRow
    closed: list[str] = []
    number = next_settled_seq(s)
    for part in chunks(sorted({n.id for n in settled})):
        rows = s.scalars(
            select(c)
            .where(c.record_id.in_(part), c.resolved_at.is_(None), c.field != DUPLICATE)
            .order_by(c.detected_at, c.id)
        )
        for row in rows:
            for n in wanted.get((row.table_name, row.record_id, row.field), ()):
                resolution = _resolution_here(row, n)
                if resolution is None:
                    continue
                row.resolved_at, row.resolved_by, row.resolution = n.at, n.by, resolution
                row.settled_site_id = "" if n.site == local_site_id else n.site
                row.settled_seq, number = number, number + 1  # passes on from here
                closed.append(row.id)
                break
    s.flush()
    return closed


def _resolution_here(row: Any, n: Settlement) -> str | None:
    """``n``'s resolution said against this site's copy of the conflict (its stamps may be the
    other way round), or None when ``n`` is about another conflict."""
    if (row.kept_stamp, row.other_stamp) == (n.kept_stamp, n.other_stamp):
        return n.resolution
    if (row.kept_stamp, row.other_stamp) == (n.other_stamp, n.kept_stamp):
        return "other" if n.resolution == "kept" else "kept"
    return None
