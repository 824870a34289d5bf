"""A participant record that ends elsewhere goes back, deleted, to the site that enrolled it.

When a coordinator merges two records of one person (a possible duplicate found at import),
the record merged away becomes a tombstone and its consents move to the record kept. No
consent then names the enrolling site for the merged-away record, so the ordinary consent rule
would keep its tombstone home and the enrolling site would hold a record that ended
elsewhere. Both sides therefore let a deleted participant travel to the site that enrolled it
without a consent: the tombstone tells that site only that its own record ended (and where
its linked records went, which travel under the kept record's consents as usual).

- ``tombstones_home``: on export, the deleted participants enrolled by the recipient whose
  tombstone (or later change) it has not acknowledged.
- ``returning_tombstone``: on import, whether a record is such a tombstone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import ChangeLogRow
from peerdesk.sync.payload_checks import returning_tombstone
from peerdesk.sync.payload_tables import table
from peerdesk.sync.raw_rows import fetch
from peerdesk.sync.row_json import payload_select, row_positions

Key = tuple[str, str]
__all__ = ["returning_tombstone", "tombstones_home"]


def tombstones_home(s: Session, site: str, acked: int, top: int) -> dict[Key, Sequence[Any]]:
    """Deleted participants enrolled at ``site`` and changed after ``acked`` (up to ``top``),
    as (table, id) -> row as ``payload_scope`` reads candidates (``row_json.payload_select``)."""
    t = table("participants")
    cl = ChangeLogRow
    changed = select(cl.record_id).where(
        cl.table_name == "participants", cl.seq > acked, cl.seq <= top
    )
    query = payload_select("participants", s.get_bind().dialect).where(
        t.c.deleted.is_(True), t.c.origin_site_id == site, t.c.id.in_(changed)
    )
    at = row_positions("participants")["id"]
    return {("participants", row[at]): row for row in fetch(s.connection(), query)}
