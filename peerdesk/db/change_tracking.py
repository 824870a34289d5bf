"""Stamping changes to synced records and logging them for sync, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from peerdesk.db.models import ChangeLogRow, MetaRow
from peerdesk.domain.hlc import Stamp, tick

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LAST_STAMP_KEY = "hlc.last"


def next_stamp(session: Session, site_id: str, now: datetime) -> Stamp:
    """A new update stamp, later than every stamp this store has issued or seen."""
    row = session.get(MetaRow, LAST_STAMP_KEY)
    last = Stamp.parse(row.value) if row is not None else None
    stamp = tick(last, int(now.timestamp() * 1000), site_id)
    if row is None:
        session.add(MetaRow(key=LAST_STAMP_KEY, value=str(stamp)))
    else:
        row.value = str(stamp)
    return stamp


def log_change(
    session: Session, table: str, record_id: str, stamp: Stamp, fields: Iterable[str]
) -> None:
    """Note that ``fields`` of one record changed at ``stamp`` (empty for a tombstone)."""
    session.add(
        ChangeLogRow(
            table_name=table, record_id=record_id, stamp=str(stamp), fields=",".join(fields)
        )
    )
