"""What this site's change log says about records a bundle brings, and the conflict rows an
import writes (field conflicts, and a deletion that meets an edit).

``local_histories`` reads the change log of the records that already exist here, one query per
chunk of ids. Besides the latest stamp of each field it keeps the tombstone's log position, so
an import can tell whether the sender had seen this site's deletion.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import ChangeLogRow
from peerdesk.domain.hlc import Stamp
from peerdesk.sync.payload_tables import to_json_value

CHUNK = 500
#: The ``field`` of a conflict row recording a deletion that met an edit. Its kept value is
#: ``true`` (the record stays deleted) and its other value is the lost edit,
#: ``{"field": value, ...}``.
DELETED = "deleted"


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    """``items`` in slices small enough for one ``IN (...)`` list."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


@dataclass
class LocalHistory:
    """The change log of one local record."""

    #: field -> stamp of its latest change, and that change's log sequence number.
    stamps: dict[str, str] = field(default_factory=dict)
    seqs: dict[str, int] = field(default_factory=dict)
    #: Stamp and log sequence number of the tombstone ("" and 0 when never deleted).
    deleted_stamp: str = ""
    deleted_seq: int = 0
    #: Every stamp logged for the record, with the fields it set.
    seen: dict[str, set[str]] = field(default_factory=dict)


def local_histories(s: Session, name: str, ids: Iterable[str]) -> dict[str, LocalHistory]:
    """The change-log history of the records ``ids`` of table ``name`` (one query a chunk)."""
    out: dict[str, LocalHistory] = {}
    c = ChangeLogRow.__table__.c
    for part in chunks(sorted(set(ids))):
        rows = s.execute(
            select(c.record_id, c.seq, c.stamp, c.fields)
            .where(c.table_name == name, c.record_id.in_(part))
            .order_by(c.seq)
        )
        for record_id, seq, stamp, fields in rows:
            h = out.get(record_id)
            if h is None:
                h = out[record_id] = LocalHistory()
            names = [f for f in fields.split(",") if f]
            h.seen.setdefault(stamp, set()).update(names)
            if not names and stamp >= h.deleted_stamp:
                h.deleted_stamp, h.deleted_seq = stamp, seq
            for f in names:
                if stamp >= h.stamps.get(f, ""):
                    h.stamps[f], h.seqs[f] = stamp, seq
    return out


def node_of(stamp: str) -> str:
    """The site that issued ``stamp``."""
    return Stamp.parse(stamp).node


def conflict_row(
    table_name: str,
    record_id: str,
    column: str,
    kept: tuple[Any, str],
    other: tuple[Any, str],
    bundle_id: str,
    detected_at: str,
) -> dict[str, Any]:
    """A ``sync_conflicts`` row (values as JSON) for a Core insert."""
    return {
        "id": str(uuid.uuid4()),
        "table_name": table_name,
        "record_id": record_id,
        "field": column,
        "kept_value": _json(kept[0]),
        "other_value": _json(other[0]),
        "kept_stamp": kept[1],
        "other_stamp": other[1],
        "other_site_id": node_of(other[1]),
        "bundle_id": bundle_id,
        "detected_at": detected_at,
        "resolved_at": None,
        "resolved_by": "",
        "resolution": "",
    }


def deletion_row(
    table_name: str,
    record_id: str,
    tombstone: str,
    lost: Mapping[str, tuple[Any, str]],
    bundle_id: str,
    detected_at: str,
) -> dict[str, Any]:
    """The conflict row for a deletion that won over edits made without knowing of it.

    Args:
        tombstone: the deletion's stamp (the kept side).
        lost: field -> (value, stamp) of the edits the deletion buried.
    """
    values = {f: to_json_value(v) for f, (v, _st) in sorted(lost.items())}
    newest = max(st for _v, st in lost.values())
    return conflict_row(
        table_name, record_id, DELETED, (True, tombstone), (values, newest), bundle_id, detected_at
    )


def _json(value: Any) -> str:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return json.dumps(to_json_value(value), ensure_ascii=False)
