"""Insert any synced row directly (for read-side tests that need data of every kind)."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from sqlalchemy.orm import Session

from peerdesk.domain.text_keys import fold

_counter = itertools.count(1)


def add_row(s: Session, model: type, site_id: str, **fields: Any) -> Any:
    """Add a row of ``model`` with every sync column filled; returns the row (flushed)."""
    n = next(_counter)
    values: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "origin_site_id": site_id,
        "created_at": "2026-01-01T00:00:00.000000Z",
        "updated_at": "2026-01-01T00:00:00.000000Z",
        "stamp": f"{n:015d}-000000-{site_id}",
        "deleted": False,
    }
    if model.__name__ == "ParticipantRow":
        values.update(
            doc_number=f"R{n}",
            legal_last_name=f"Last{n}",
            legal_first_name=f"First{n}",
            status="active",
        )
    values.update(fields)
    if model.__name__ == "ParticipantRow":
        values.setdefault("search_last", fold(values["legal_last_name"]))
        values.setdefault("search_first", fold(values["legal_first_name"]))
        values.setdefault("status_date", values["date_of_birth"])
    row = model(**values)
    s.add(row)
    s.flush()
    return row
