"""Which conflict notices a bundle carries: the recipient's open conflicts on the records the
bundle holds, nothing else (one query for the recipient's open conflicts, filtered by record)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from peerdesk.db.models import ConflictRow
from peerdesk.sync.import_duplicates import DUPLICATE
from peerdesk.sync.import_notices import notices_for
from tests.factories_sync import make_site

STAMP = "0001700000000000-0000-" + "a" * 32


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Any]:
    signed = make_site(tmp_path, "Riverside Unit", "facility")
    yield signed
    signed.store.close()


def _conflict(s: Any, table: str, record_id: str, other_site: str, **extra: Any) -> None:
    values = {
        "id": str(uuid.uuid4()),
        "table_name": table,
        "record_id": record_id,
        "field": "housing_unit",
        "kept_value": '"A-1"',
        "other_value": '"B-2"',
        "kept_stamp": STAMP,
        "other_stamp": STAMP,
        "other_site_id": other_site,
        "bundle_id": str(uuid.uuid4()),
        "detected_at": "2026-01-01T00:00:00+00:00",
        **extra,
    }
    s.add(ConflictRow(**values))


def test_only_the_recipients_open_conflicts_on_carried_records(site: Any) -> None:
    them, other = str(uuid.uuid4()), str(uuid.uuid4())
    carried, not_carried, wrong_table = (str(uuid.uuid4()) for _ in range(3))
    with site.store.uow() as uow:
        s = uow.session
        _conflict(s, "participants", carried, them)  # the one notice
        _conflict(s, "participants", carried, other)  # lost at another site
        _conflict(s, "participants", carried, them, resolved_at="2026-01-02T00:00:00+00:00")
        _conflict(s, "participants", carried, them, field=DUPLICATE)  # a possible duplicate
        _conflict(s, "participants", not_carried, them)  # record not in this bundle
        _conflict(s, "notes", wrong_table, them)  # same id space, other table
    keys = [("participants", carried), ("participants", wrong_table)]
    with site.store.uow(write=False) as uow:
        got = notices_for(uow.session, them, keys)
        assert [(n["t"], n["id"], n["f"]) for n in got] == [
            ("participants", carried, "housing_unit")
        ]
        assert notices_for(uow.session, them, []) == []
        assert notices_for(uow.session, str(uuid.uuid4()), keys) == []
