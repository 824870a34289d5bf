"""Creating a site: files, encryption at rest, refusal to overwrite."""

from __future__ import annotations

import subprocess

import pytest

from peerdesk.db.store import DataPaths
from peerdesk.domain import recovery_code
from peerdesk.domain.errors import StoreAlreadyInitialized, ValidationError
from peerdesk.services.site_info import site_info
from peerdesk.services.site_setup import initialize_site
from tests.conftest import ADMIN, ADMIN_PASS, Site


def test_init_creates_database_and_slots(site: Site) -> None:
    assert site.paths.db.exists()
    assert site.paths.slots.exists()
    assert recovery_code.canonical(site.init.recovery_code) is not None
    # Nothing half-made is left behind.
    assert not list(site.paths.root.glob("*.creating*"))


def test_site_info_counts(site: Site) -> None:
    signed = site.sign_in()
    try:
        info = site_info(signed.store, signed.actor)
    finally:
        signed.store.close()
    assert info.name == "Riverside Unit"
    assert info.kind == "facility"
    assert info.site_id == site.init.site_id
    counts = dict(info.counts)
    assert counts["users"] == 1
    assert counts["audit entries"] >= 5


def test_every_file_is_unreadable_without_key(site: Site) -> None:
    signed = site.sign_in()
    signed.store.close()
    files = [p for p in site.paths.root.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3"), path
        printable = subprocess.run(
            ["strings", "-n", "4", str(path)], capture_output=True, text=True, check=True
        ).stdout.lower()
        for secret in ("riverside", ADMIN, "age-secret-key", "coordinator"):
            assert secret not in printable, (path.name, secret)


def test_init_refuses_existing_site(site: Site) -> None:
    before = site.paths.db.read_bytes()
    with pytest.raises(StoreAlreadyInitialized):
        initialize_site(
            site.paths,
            site_name="Other",
            site_kind="office",
            admin_username="x1",
            admin_passphrase=ADMIN_PASS,
        )
    assert site.paths.db.read_bytes() == before


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"site_name": "   "}, "site_name"),
        ({"site_kind": "prison"}, "site_kind"),
        ({"admin_username": "no spaces allowed"}, "admin"),
        ({"admin_passphrase": "short"}, "passphrase"),
    ],
)
def test_init_rejects_bad_input_and_leaves_nothing(
    data_paths: DataPaths, kwargs: dict[str, str], field: str
) -> None:
    args = {
        "site_name": "Riverside",
        "site_kind": "facility",
        "admin_username": ADMIN,
        "admin_passphrase": ADMIN_PASS,
    }
    args.update(kwargs)
    with pytest.raises(ValidationError) as err:
        initialize_site(data_paths, **args)
    assert err.value.field == field
    assert not data_paths.db.exists()
    assert not data_paths.slots.exists()


def test_info_counts_every_record_type_without_tombstones(coordinator) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.db.models import (
        ActivityMonthRow,
        Base,
        BundleLogRow,
        ChangeLogRow,
        ConflictRow,
        CustodyFollowUpRow,
        MetaRow,
        OpenMatchStartRow,
        PeerKeyRow,
        ReferralMonthRow,
        SiteKeyRow,
        SyncPeerRow,
    )
    from peerdesk.db.record_types import COUNTED_RECORDS
    from peerdesk.services.participants import ParticipantService
    from tests.factories import make_profile

    counted = {table.name for _, table in COUNTED_RECORDS}
    internal = {
        t.__tablename__
        for t in (
            ActivityMonthRow,
            ChangeLogRow,
            MetaRow,
            SiteKeyRow,
            PeerKeyRow,
            SyncPeerRow,
            BundleLogRow,
            ConflictRow,
            CustodyFollowUpRow,
            OpenMatchStartRow,
            ReferralMonthRow,
        )
    }
    assert counted | internal == set(Base.metadata.tables)
    svc = ParticipantService(coordinator.store)
    keep = svc.enroll(coordinator.actor, make_profile())
    gone = svc.enroll(coordinator.actor, make_profile())
    svc.tombstone(coordinator.actor, gone.id)
    counts = dict(site_info(coordinator.store, coordinator.actor).counts)
    assert counts["participants"] == 1
    assert counts["status changes"] == 2
    assert keep.id
