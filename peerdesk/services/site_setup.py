"""``peerdesk init``: create the site, its keys, the first coordinator and the recovery code."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from peerdesk.clock import Clock, iso, utcnow
from peerdesk.db import audit_log, keyslots
from peerdesk.db.models import SiteKeyRow, SiteRow, UserRow
from peerdesk.db.store import DataPaths, Store
from peerdesk.domain import recovery_code
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.passphrase_policy import check_passphrase
from peerdesk.domain.roles import Role
from peerdesk.services import validation
from peerdesk.sync import site_keys

SITE_KINDS = ("facility", "office")


@dataclass(frozen=True)
class InitResult:
    site_id: str
    recovery_code: str


def initialize_site(
    paths: DataPaths,
    *,
    site_name: str,
    site_kind: str,
    admin_username: str,
    admin_passphrase: str,
    clock: Clock = utcnow,
) -> InitResult:
    """Create a new site in an empty data directory.

    Nothing is left behind on failure: the database is built under a temporary name and only
    moved into place once the key slots are written.

    Returns:
        The new site's id and the recovery code, which is shown once and never stored.
    """
    name = validation.required_text(site_name, "site_name", "The site name", 200)
    if site_kind not in SITE_KINDS:
        raise ValidationError("site_kind", "The site kind is 'facility' or 'office'.")
    admin = validation.username(admin_username, "admin")
    passphrase = check_passphrase(admin_passphrase, context=(admin, *name.split()))
    paths.ensure_writable()
    paths.require_empty()

    now = clock()
    stamp = iso(now)
    site_id = str(uuid.uuid4())
    user_id = str(uuid.uuid4())
    keys = site_keys.generate()
    data_key = keyslots.new_data_key()
    code = recovery_code.generate()

    store = Store.create(paths, data_key)
    try:
        with store.uow() as uow:
            s = uow.session
            s.add(SiteRow(id=site_id, name=name, kind=site_kind, is_local=True, created_at=stamp))
            s.flush()
            s.add(
                SiteKeyRow(
                    id=str(uuid.uuid4()),
                    site_id=site_id,
                    signing_key=keys.signing_key,
                    age_identity=keys.age_identity,
                    created_at=stamp,
                )
            )
            s.add(
                UserRow(
                    id=user_id,
                    username=admin,
                    role=Role.COORDINATOR.value,
                    active=True,
                    must_change_passphrase=False,
                    created_at=stamp,
                    updated_at=stamp,
                )
            )
            s.flush()
            for action, otype, oid in (
                ("site.init", "site", site_id),
                ("keys.create", "site", site_id),
                ("user.add", "user", user_id),
                ("recovery_code.create", "site", site_id),
            ):
                audit_log.append(
                    s, at=now, actor=admin, action=action, object_type=otype, object_id=oid
                )
        slots = keyslots.KeySlots.new()
        slots.set_user_slot(admin, passphrase, data_key)
        slots.set_recovery_slot(recovery_code.canonical(code) or "", data_key)
        store.finish_create(slots)
    except BaseException:
        store.discard_unfinished()
        raise
    finally:
        store.close()
    return InitResult(site_id=site_id, recovery_code=code)
