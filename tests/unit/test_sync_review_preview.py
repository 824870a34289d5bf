"""Review: a successful preview leaves also what ``state`` does not look at unchanged: the
clock (``hlc.last``), the change log, the audit trail (a preview that passes is not an
import) and the held-bundles folder; the import after it then works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from peerdesk.db.change_tracking import LAST_STAMP_KEY
from peerdesk.db.models import AuditRow, ChangeLogRow, MetaRow, ParticipantRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_import import SyncPreviewService
from peerdesk.services.sync_service import SyncService
from tests.factories_sync import edit_row, note
from tests.unit import test_sync_import_preview as base
from tests.unit.test_sync_apply import Usb, shared, state

sites = base.sites


def hidden(signed: SignedIn) -> tuple[Any, ...]:
    with signed.store.uow(write=False) as uow:
        s = uow.session
        clock = s.get(MetaRow, LAST_STAMP_KEY)
        changes = s.scalar(select(func.count()).select_from(ChangeLogRow))
        audit = s.scalar(select(func.max(AuditRow.seq)))
    folder = signed.store.paths.root / "held"
    held = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    return (clock.value if clock else None, changes, audit, held)


def test_a_preview_changes_no_clock_log_or_audit(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    note(fac, pid, "new note")
    edit_row(off, ParticipantRow, pid, housing_unit="O-7")
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")
    path = base.export(fac, off, usb())
    before = (state(off), hidden(off))
    preview = SyncPreviewService(off.store).preview(off.actor, path)
    assert preview.conflicts == 1
    assert (state(off), hidden(off)) == before
    got = SyncService(off.store).import_bundle(off.actor, path)
    assert got.conflicts == 1 and not got.already_imported
    assert hidden(off)[0] != before[1][0]  # the import itself moves the clock on
