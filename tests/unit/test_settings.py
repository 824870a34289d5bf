"""Settings: defaults, ranges (idle lock at most 30 minutes), permission, audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from peerdesk.db.models import AuditRow
from peerdesk.domain.errors import PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.settings import SettingsService
from tests.conftest import USER_PASS, Site, add_user


def test_defaults(coordinator: SignedIn) -> None:
    values = SettingsService(coordinator.store).all()
    assert values["idle_lock_minutes"] == 15
    assert values["alert_no_contact_days"] == 14


def test_change_is_kept_and_audited(coordinator: SignedIn) -> None:
    svc = SettingsService(coordinator.store)
    svc.set(coordinator.actor, "idle_lock_minutes", 30)
    assert svc.get("idle_lock_minutes") == 30
    with coordinator.store.uow(write=False) as uow:
        last = uow.session.scalars(select(AuditRow).order_by(AuditRow.seq.desc())).first()
    assert last is not None
    assert (last.action, last.object_id) == ("settings.change", "idle_lock_minutes")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("idle_lock_minutes", 31),
        ("idle_lock_minutes", 0),
        ("alert_no_contact_days", -1),
        ("nope", 3),
    ],
)
def test_out_of_range_refused(coordinator: SignedIn, name: str, value: int) -> None:
    svc = SettingsService(coordinator.store)
    with pytest.raises(ValidationError):
        svc.set(coordinator.actor, name, value)
    assert svc.get("idle_lock_minutes") == 15


def test_only_coordinators_change_settings(site: Site, coordinator: SignedIn) -> None:
    add_user(coordinator, "aud", "auditor")
    auditor = site.sign_in("aud", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            SettingsService(auditor.store).set(auditor.actor, "idle_lock_minutes", 5)
        assert SettingsService(auditor.store).get("idle_lock_minutes") == 15
    finally:
        auditor.store.close()
