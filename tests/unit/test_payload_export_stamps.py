"""The field and tombstone stamps an export writes are the change log's, on both read paths
(one pass over the whole log, or the records looked up one batch at a time)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from peerdesk.db.models import NoteRow, ParticipantRow
from peerdesk.services.auth import SignedIn
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.payload_checks import parse_payload
from peerdesk.sync.payload_export import build_payload, field_histories
from peerdesk.sync.payload_tables import data_columns
from tests.factories_sync import consent, delete_row, edit_row, enroll, facility_and_office, note

TODAY = date.today()


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[SignedIn, SignedIn]]:
    yield from facility_and_office(tmp_path)


def _check(fac: SignedIn, records: list[dict[str, Any]]) -> None:
    with fac.store.uow(write=False) as uow:
        for r in records:
            h = field_histories(uow.session, r["t"], [r["id"]]).get(r["id"])
            assert h is not None, r["t"]
            cols = sorted(data_columns(r["t"]))
            own = r["row"]["stamp"]
            # Format 2: only the fields whose stamp is not the record's ("" for none logged).
            lean = {f: h.stamps.get(f, "") for f in cols if h.stamps.get(f) != own}
            assert r["fs"] == lean, r["t"]
            assert list(r["fs"]) == sorted(r["fs"]) and list(r["row"]) == sorted(r["row"])
            assert r["ds"] == h.deleted_stamp


def test_stamps_match_the_change_log_on_both_paths(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, off = sites
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    kept, gone = note(fac, pid, "first"), note(fac, pid, "second")
    edit_row(fac, ParticipantRow, pid, housing_unit="B-1")
    edit_row(fac, NoteRow, kept, body="first, corrected")
    edit_row(fac, ParticipantRow, pid, housing_unit="B-2", preferred_name="Sam")
    delete_row(fac, NoteRow, gone)
    with fac.store.uow(write=False) as uow:
        full = json.loads(build_payload(uow.session, off.actor.site_id, 0, TODAY).data)
    assert {r["t"] for r in full["records"]} >= {"participants", "notes", "consents"}
    _check(fac, full["records"])
    assert any(r["fs"] for r in full["records"]) and any(not r["fs"] for r in full["records"])
    _check_read_back(fac, full)
    # A long log of changes that stay home: the few records are looked up one by one.
    for i in range(12):
        note(fac, enroll(fac), f"stays home {i}")
    edit_row(fac, ParticipantRow, pid, housing_unit="B-3")
    with fac.store.uow(write=False) as uow:
        built = build_payload(uow.session, off.actor.site_id, 9, TODAY)
    some = json.loads(built.data)
    assert "participants" in {r["t"] for r in some["records"]}
    assert len(some["records"]) * 3 < built.change_seq_to  # the batched path
    _check(fac, some["records"])
    _check_read_back(fac, some)


def _check_read_back(fac: SignedIn, body: dict[str, Any]) -> None:
    """The importer's reading of ``fs`` gives every field's stamp as the change log has it."""
    parsed = parse_payload(json.dumps(body).encode())
    with fac.store.uow(write=False) as uow:
        for r in parsed:
            h = field_histories(uow.session, r.table, [r.id])[r.id]
            cols = set(data_columns(r.table))
            assert dict(r.fs) == {f: st for f, st in h.stamps.items() if f in cols}, r.table
    # Format 1 (every field's stamp listed) is still read, to the same stamps.
    old = {
        **body,
        "format": 1,
        "records": [{**r, "fs": dict(p.fs)} for r, p in zip(body["records"], parsed, strict=True)],
    }
    assert [dict(p.fs) for p in parse_payload(json.dumps(old).encode())] == [
        dict(p.fs) for p in parsed
    ]
    with pytest.raises(BundleRejected):
        parse_payload(json.dumps({**body, "format": 3}).encode())
