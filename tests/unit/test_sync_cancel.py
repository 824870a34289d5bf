"""Cancelling a bundle export or import: before the point of no return nothing is left
(no file on the drive, nothing recorded as sent or imported, the database as it was); after it,
Cancel is refused and the job finishes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from peerdesk.db.models import AuditRow, Base
from peerdesk.services import sync_import, sync_progress, sync_service
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_import import SyncPreviewService
from peerdesk.services.sync_progress import (
    EXPORT_CANCELLED,
    IMPORT_CANCELLED,
    SyncCancelled,
    SyncProgress,
)
from peerdesk.services.sync_service import ExportResult, SyncService
from tests.factories_sync import consent, enroll, facility_and_office, note

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    def seed(fac: SignedIn, off: SignedIn) -> None:
        for name in ("Moreno", "Okafor"):
            pid = enroll(fac, legal_last_name=name)
            consent(fac, pid, off.actor.site_id)
            note(fac, pid, "a note")

    yield from facility_and_office(tmp_path, seed=seed)


def cancelling_at(at: int, steps: list[int] | None = None) -> SyncProgress:
    """A progress that the person cancels once the bar reaches ``at`` percent."""
    progress: SyncProgress

    def stepped(percent: int) -> None:
        if steps is not None:
            steps.append(percent)
        if percent >= at:
            progress.cancel()

    progress = SyncProgress(stepped)
    return progress


def everything(signed: SignedIn) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, but the audit log (a cancel is audited) and its head."""
    with signed.store.uow(write=False) as uow:
        return {
            t.name: sorted(
                (tuple(r) for r in uow.session.execute(select(t)) if r[0] != "audit.head"),
                key=repr,
            )
            for t in Base.metadata.sorted_tables
            if t.name != AuditRow.__tablename__
        }


def audited(signed: SignedIn, action: str) -> list[str]:
    with signed.store.uow(write=False) as uow:
        q = select(AuditRow.outcome).where(AuditRow.action == action).order_by(AuditRow.seq)
        return list(uow.session.scalars(q))


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())  # hidden temporary files too


def export(fac: SignedIn, off: SignedIn, folder: Path, **kw: Any) -> ExportResult:
    folder.mkdir(parents=True, exist_ok=True)
    return SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, folder, **kw)


# --- export ------------------------------------------------------------------------------------
#: Where an export is cancelled: before anything; changes read; bundle built; writing; the
#: whole file written, just before its rename.
EXPORT_POINTS = (0, 50, 60, 65, 80)
#: Where an import is cancelled: reading and checking (0-5), decrypted (10), validating
#: (30-40), applied but not committed (90-95).
IMPORT_POINTS = (0, 5, 10, 30, 40, 90, 95)


def test_a_cancelled_export_leaves_no_file_and_records_nothing_as_sent(
    sites: Pair, tmp_path: Path
) -> None:
    fac, off = sites
    before = everything(fac)
    usb = tmp_path / "usb"
    for at in EXPORT_POINTS:  # one after the other: each leaves the site as it was
        steps: list[int] = []
        with pytest.raises(SyncCancelled) as err:
            export(fac, off, usb, progress=cancelling_at(at, steps))
        assert str(err.value) == EXPORT_CANCELLED
        assert max(steps) >= at, at  # it got that far
        assert files(usb) == [], at
        assert everything(fac) == before, at  # no number reserved, nothing logged as sent
    assert audited(fac, "sync.export") == ["cancelled"] * len(EXPORT_POINTS)
    # The next export takes number 1 and imports at the other site.
    out = export(fac, off, tmp_path / "again")
    assert out.sequence == 1
    assert not SyncService(off.store).import_bundle(off.actor, out.path).already_imported


def test_cancel_is_refused_once_the_bundle_has_its_name(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    answers: list[bool] = []
    progress: SyncProgress

    def final() -> None:
        answers.append(progress.cancel())  # the person clicks just too late

    progress = SyncProgress(on_final=final)
    out = export(fac, off, tmp_path / "usb", progress=progress)
    assert answers == [False] and progress.final and not progress.cancelled
    assert files(tmp_path / "usb") == [out.path.name]
    assert SyncService(fac.store).status(fac.actor).peers[0].last_sent_sequence == 1


def test_ctrl_c_while_writing_leaves_no_half_bundle(sites: Pair, tmp_path: Path) -> None:
    """The command line has no Cancel: an interrupt cleans up the same way."""
    fac, off = sites

    def interrupted(percent: int) -> None:
        if percent >= 65:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export(fac, off, tmp_path / "usb", progress=SyncProgress(interrupted))
    assert files(tmp_path / "usb") == []
    assert export(fac, off, tmp_path / "again").sequence == 1


# --- import ------------------------------------------------------------------------------------
def test_a_cancelled_import_leaves_the_database_as_it_was(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    out = export(fac, off, tmp_path / "usb")
    before = everything(off)
    service = SyncService(off.store)
    for at in IMPORT_POINTS:
        steps: list[int] = []
        with pytest.raises(SyncCancelled) as err:
            service.import_bundle(off.actor, out.path, progress=cancelling_at(at, steps))
        assert str(err.value) == IMPORT_CANCELLED
        assert max(steps) >= at, at
        assert everything(off) == before, at
    assert audited(off, "sync.import") == ["cancelled"] * len(IMPORT_POINTS)
    assert service.status(off.actor).peers[0].last_received_sequence == 0
    # Nothing recorded as imported: the same bundle imports afterwards.
    done = service.import_bundle(off.actor, out.path)
    assert not done.already_imported and done.inserted > 0


def test_cancel_is_refused_once_the_import_commits(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    out = export(fac, off, tmp_path / "usb")
    answers: list[bool] = []
    progress: SyncProgress

    def final() -> None:
        answers.append(progress.cancel())

    progress = SyncProgress(on_final=final)
    done = SyncService(off.store).import_bundle(off.actor, out.path, progress=progress)
    assert answers == [False] and not done.already_imported
    assert audited(off, "sync.import") == ["ok"]


def test_a_cancelled_preview_changes_nothing_and_audits_nothing(
    sites: Pair, tmp_path: Path
) -> None:
    fac, off = sites
    out = export(fac, off, tmp_path / "usb")
    before = everything(off)
    with pytest.raises(SyncCancelled):
        SyncPreviewService(off.store).preview(off.actor, out.path, progress=cancelling_at(30))
    assert everything(off) == before
    assert audited(off, "sync.import_refused") == [] and audited(off, "sync.import") == []


def test_progress_steps_only_forward_and_reaches_the_end(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    steps: list[int] = []
    out = export(fac, off, tmp_path / "usb", progress=SyncProgress(steps.append))
    assert steps[0] == 0 and steps[-1] == 100 and steps == sorted(steps)
    steps.clear()
    SyncService(off.store).import_bundle(off.actor, out.path, progress=SyncProgress(steps.append))
    assert steps == sorted(steps) and steps[0] == 0 and steps[-1] == 95


# --- a cancel stops the SQL statement running, not only at the next step ----------------------
def test_a_cancel_during_the_apply_stops_it_mid_way(
    sites: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's progress handler interrupts the statement: the apply never gets to its end."""
    fac, off = sites
    out = export(fac, off, tmp_path / "usb")
    before = everything(off)
    monkeypatch.setattr(sync_progress, "INTERRUPT_EVERY", 100)  # the test's statements are short
    progress = SyncProgress()
    ended: list[bool] = []
    apply = sync_import.apply_records

    def cancelled_while_applying(*args: Any) -> Any:
        progress.cancel()  # the person clicks while the records are being written
        result = apply(*args)
        ended.append(True)
        return result

    monkeypatch.setattr(sync_import, "apply_records", cancelled_while_applying)
    with pytest.raises(SyncCancelled):
        SyncService(off.store).import_bundle(off.actor, out.path, progress=progress)
    assert ended == []
    assert everything(off) == before
    # The connection is usable afterwards (the handler is gone): the import works.
    monkeypatch.setattr(sync_import, "apply_records", apply)
    assert SyncService(off.store).import_bundle(off.actor, out.path).inserted > 0


def test_a_cancel_while_changes_are_read_stops_the_export_mid_way(
    sites: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fac, off = sites
    before = everything(fac)
    monkeypatch.setattr(sync_progress, "INTERRUPT_EVERY", 100)
    progress = SyncProgress()
    ended: list[bool] = []
    build = sync_service.build_payload

    def cancelled_while_reading(*args: Any) -> Any:
        progress.cancel()
        result = build(*args)
        ended.append(True)
        return result

    monkeypatch.setattr(sync_service, "build_payload", cancelled_while_reading)
    with pytest.raises(SyncCancelled):
        export(fac, off, tmp_path / "usb", progress=progress)
    assert ended == [] and files(tmp_path / "usb") == []
    assert everything(fac) == before
