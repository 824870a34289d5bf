"""Refused bundles: one bad record, a bad acknowledgment, a newer version, another site.

Each refusal names its reason and leaves the database as it was (the audit entry aside).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from peerdesk.db.models import AuditRow, BundleLogRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.bundle_format import SCHEMA_VERSION, BundleHeader, build_bundle
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.keyring import bundle_recipients, load_own_keys
from peerdesk.sync.payload_export import build_payload
from tests.factories_sync import (
    consent,
    enroll,
    facility_and_office,
    make_site,
    note,
    snapshot,
    trust_both,
)
from tests.unit.test_sync_apply import TODAY, Pair, _dir, sites, state

__all__ = ["sites"]  # the fixture, shared with test_sync_apply


# --- bad records: the whole bundle is refused, nothing changes -----------------------------
def _first(body: dict[str, Any], table: str) -> dict[str, Any]:
    return next(r for r in body["records"] if r["t"] == table)


def _drop_consents(body: dict[str, Any]) -> None:
    body["records"] = [r for r in body["records"] if r["t"] != "consents"]


def _twin(body: dict[str, Any]) -> None:
    """A second participant with the same DOC number from the same site (and a consent)."""
    person, agreed = (
        copy.deepcopy(_first(body, "participants")),
        copy.deepcopy(_first(body, "consents")),
    )
    person["id"] = agreed["row"]["participant_id"] = "5f0c1a52-0000-4000-8000-0000000000bb"
    agreed["id"] = "5f0c1a52-0000-4000-8000-0000000000cc"
    body["records"] += [person, agreed]


RECOUNT = {"same DOC number twice"}


BAD: dict[str, Callable[[dict[str, Any]], None]] = {
    "unknown table": lambda b: _first(b, "notes").update(t="users"),
    "bad id": lambda b: _first(b, "notes").update(id="not-an-id"),
    "extra column": lambda b: _first(b, "notes")["row"].update(secret="x"),
    "missing column": lambda b: _first(b, "notes")["row"].pop("body"),
    "wrong type": lambda b: _first(b, "participants")["row"].update(date_of_birth=12),
    "bad date": lambda b: _first(b, "participants")["row"].update(date_of_birth="1990-13-40"),
    "too long": lambda b: _first(b, "participants")["row"].update(housing_unit="x" * 500),
    "bad stamp": lambda b: _first(b, "notes")["row"].update(stamp="yesterday"),
    "field after record": lambda b: _first(b, "notes")["fs"].update(body="9" * 15 + "-0-x"),
    "stamp of an unknown field": lambda b: _first(b, "notes")["fs"].update(secret=""),
    "stamp of a sync column": lambda b: _first(b, "notes")["fs"].update(deleted=""),
    "field stamp not text": lambda b: _first(b, "notes")["fs"].update(body=5),
    "future stamp": lambda b: _future(_first(b, "notes")),
    "no consent": _drop_consents,
    "sensitive note": lambda b: _first(b, "notes")["row"].update(sensitivity="sensitive"),
    "part 2 without scope": lambda b: _first(b, "notes")["row"].update(sensitivity="sud"),
    "dangling reference": lambda b: _first(b, "notes")["row"].update(
        contact_id="5f0c1a52-0000-4000-8000-0000000000aa"
    ),
    "duplicate": lambda b: b["records"].append(_first(b, "notes")),
    "deleted without stamp": lambda b: _first(b, "notes")["row"].update(deleted=True),
    "unknown format": lambda b: b.update(format=3),
    "same DOC number twice": _twin,
    "one record dropped": lambda b: b["records"].remove(_first(b, "notes")),
}


def _future(rec: dict[str, Any]) -> None:
    node = rec["row"]["stamp"].split("-", 2)[2]
    stamp = f"{9 * 10**14:015d}-000000-{node}"
    rec["row"]["stamp"] = stamp


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """One pair of sites for all the refusal cases (a refusal changes nothing)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PEERDESK_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
        root = tmp_path_factory.mktemp("bad")
        yield from facility_and_office(root, seed=_one_note)


def _one_note(fac: SignedIn, off: SignedIn) -> None:
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    note(fac, pid, "fine")


@pytest.mark.parametrize("case", sorted(BAD))
def test_one_bad_record_refuses_the_whole_bundle(loaded: Pair, tmp_path: Path, case: str) -> None:
    fac, off = loaded
    data = forged(fac, off, BAD[case], recount=case in RECOUNT)
    path = tmp_path / "forged.zip"
    path.write_bytes(data)
    before = state(off)
    with pytest.raises(BundleRejected) as err:
        SyncService(off.store).import_bundle(off.actor, path)
    assert err.value.reason == "invalid_record"
    assert ("clashes" in err.value.message) == (case == "same DOC number twice")
    assert state(off) == before
    with off.store.uow(write=False) as uow:
        last = uow.session.scalars(select(AuditRow).order_by(AuditRow.seq.desc())).first()
        assert last is not None
        assert (last.action, last.outcome) == ("sync.import_refused", "invalid_record")


def forged(
    sender: SignedIn,
    recipient: SignedIn,
    mutate: Callable[[dict[str, Any]], None],
    *,
    recount: bool = False,
) -> bytes:
    """A correctly signed and encrypted bundle whose payload was altered before sealing
    (``recount``: the manifest counts what the altered payload holds)."""
    rid = recipient.actor.site_id
    with sender.store.uow(write=False) as uow:
        s = uow.session
        built = build_payload(s, rid, 0, TODAY)
        own = load_own_keys(s)
        recipients = bundle_recipients(s, rid)
    assert recipients is not None
    body = json.loads(built.data)
    mutate(body)
    extra = {"change_seq_from": 1, "change_seq_to": built.change_seq_to, "ack_change_seq": 0}
    counts = dict(built.counts)
    if recount:
        counts = dict(Counter(r["t"] for r in body["records"]))
    header = BundleHeader(own.site_id, rid, 1, "", counts, extra)
    return build_bundle(
        json.dumps(body).encode(),
        header,
        signing_key=own.active.signing_key,
        recipients=recipients,
        created_at=datetime.now(UTC),
    ).to_bytes()


def test_an_ack_beyond_the_log_is_refused(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    rid = off.actor.site_id
    with fac.store.uow(write=False) as uow:
        own = load_own_keys(uow.session)
        recipients = bundle_recipients(uow.session, rid)
    assert recipients is not None
    extra = {"change_seq_from": 1, "change_seq_to": 0, "ack_change_seq": 10**9}
    data = build_bundle(
        b'{"format":1,"records":[]}',
        BundleHeader(own.site_id, rid, 1, "", {}, extra),
        signing_key=own.active.signing_key,
        recipients=recipients,
        created_at=datetime.now(UTC),
    ).to_bytes()
    (tmp_path / "b.zip").write_bytes(data)
    before = state(off)
    with pytest.raises(BundleRejected, match="cannot accept"):
        SyncService(off.store).import_bundle(off.actor, tmp_path / "b.zip")
    assert state(off) == before


def test_a_bundle_from_a_newer_version_is_kept_aside(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    rid = off.actor.site_id
    with fac.store.uow(write=False) as uow:
        built = build_payload(uow.session, rid, 0, TODAY)
        own = load_own_keys(uow.session)
        recipients = bundle_recipients(uow.session, rid)
    assert recipients is not None
    data = build_bundle(
        built.data,
        BundleHeader(own.site_id, rid, 1, "", dict(built.counts), {}),
        signing_key=own.active.signing_key,
        recipients=recipients,
        created_at=datetime.now(UTC),
        schema_version=SCHEMA_VERSION + 1,
    ).to_bytes()
    path = tmp_path / "newer.zip"
    path.write_bytes(data)
    before = snapshot(off)
    for _ in range(2):
        with pytest.raises(BundleRejected) as err:
            SyncService(off.store).import_bundle(off.actor, path)
        assert err.value.reason == "newer_schema"
    assert snapshot(off) == before
    with off.store.uow(write=False) as uow:
        held = list(uow.session.scalars(select(BundleLogRow)))
    assert [(h.direction, h.sequence) for h in held] == [("held", 1)]
    assert Path(held[0].held_path).read_bytes() == data


def test_a_bundle_for_another_site_changes_nothing(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    third = make_site(tmp_path, "East Unit", "facility")
    try:
        trust_both(fac, third)
        pid = enroll(fac)
        consent(fac, pid, third.actor.site_id)
        out = SyncService(fac.store).export_bundle(
            fac.actor, third.actor.site_id, _dir(tmp_path / "u")
        )
    finally:
        third.store.close()
    before = state(off)
    with pytest.raises(BundleRejected) as err:
        SyncService(off.store).import_bundle(off.actor, out.path)
    assert err.value.reason == "wrong_recipient"
    assert state(off) == before


def _older_bundle(fac: SignedIn, off: SignedIn, drop: str) -> bytes:
    """A bundle from a site one schema revision behind, whose rows lack column ``drop``."""
    rid = off.actor.site_id
    with fac.store.uow(write=False) as uow:
        built = build_payload(uow.session, rid, 0, TODAY)
        own = load_own_keys(uow.session)
        recipients = bundle_recipients(uow.session, rid)
    assert recipients is not None
    body = json.loads(built.data)
    for rec in body["records"]:
        if rec["t"] == "participants":
            rec["row"].pop(drop)
            rec["fs"].pop(drop, None)
    extra = {"change_seq_from": 1, "change_seq_to": built.change_seq_to}
    return build_bundle(
        json.dumps(body).encode(),
        BundleHeader(own.site_id, rid, 1, "", dict(built.counts), extra),
        signing_key=own.active.signing_key,
        recipients=recipients,
        created_at=datetime.now(UTC),
        schema_version=SCHEMA_VERSION - 1,
    ).to_bytes()


def test_an_older_version_may_lack_columns_that_can_be_empty(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    path = tmp_path / "older.zip"
    path.write_bytes(_older_bundle(fac, off, "legal_last_name"))
    before = state(off)
    with pytest.raises(BundleRejected) as err:
        SyncService(off.store).import_bundle(off.actor, path)
    assert err.value.reason == "invalid_record" and state(off) == before
    path.write_bytes(_older_bundle(fac, off, "actual_release_date"))
    got = SyncService(off.store).import_bundle(off.actor, path)
    assert got.received["participants"] == 1
