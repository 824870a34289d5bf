"""Which tables ``peerdesk info`` counts, with the label people read."""

from __future__ import annotations

from sqlalchemy import Table

from peerdesk.db.models import AuditRow, ParticipantRow, SiteRow, UserRow


def _t(model: type) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


COUNTED_RECORDS: tuple[tuple[str, Table], ...] = (
    ("participants", _t(ParticipantRow)),
    ("users", _t(UserRow)),
    ("sites", _t(SiteRow)),
    ("audit entries", _t(AuditRow)),
)
