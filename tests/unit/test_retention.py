"""Retention purge: only long-closed participants are erased, with every linked record."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from peerdesk.db.models import (
    AuditRow,
    ContactRow,
    MatchRow,
    MentorRow,
    NoteRow,
    ParticipantRow,
)
from peerdesk.domain.errors import PermissionDenied
from peerdesk.services.auth import SignedIn
from peerdesk.services.retention import RetentionService
from peerdesk.services.settings import SettingsService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_rows import add_row


def _people(signed: SignedIn) -> dict[str, str]:
    site = signed.actor.site_id
    ids: dict[str, str] = {}
    with signed.store.uow() as uow:
        s = uow.session
        for key, status, on in (
            ("old_done", "completed", date(2010, 5, 1)),
            ("old_active", "active", date(2010, 5, 1)),
            ("recent_done", "withdrawn", date(2025, 5, 1)),
        ):
            p = add_row(
                s,
                ParticipantRow,
                site,
                date_of_birth=date(1980, 1, 1),
                status=status,
                status_date=on,
            )
            ids[key] = p.id
        mentor = add_row(
            s,
            MentorRow,
            site,
            person_kind="participant",
            participant_id=ids["old_done"],
            last_name="M",
            first_name="M",
            side="facility",
            status="active",
            status_date=date(2010, 1, 1),
        )
        other_mentor = add_row(
            s,
            MentorRow,
            site,
            person_kind="volunteer",
            last_name="V",
            first_name="V",
            side="facility",
            status="active",
            status_date=date(2010, 1, 1),
        )
        ids["mentor"] = mentor.id
        for key in ("old_done", "recent_done"):
            m = add_row(
                s,
                MatchRow,
                site,
                participant_id=ids[key],
                mentor_id=other_mentor.id,
                status="closed",
                proposed_on=date(2009, 1, 1),
            )
            c = add_row(
                s,
                ContactRow,
                site,
                match_id=m.id,
                participant_id=ids[key],
                contact_on=date(2009, 2, 1),
                duration_minutes=20,
                mode="phone",
                status="held",
                recorded_by="maria",
            )
            add_row(
                s,
                NoteRow,
                site,
                participant_id=ids[key],
                contact_id=c.id,
                author="maria",
                author_role="coordinator",
                written_at="x",
                sensitivity="general",
                body="b",
            )
    return ids


def test_dry_run_counts_and_changes_nothing(coordinator: SignedIn) -> None:
    _people(coordinator)
    result = RetentionService(coordinator.store).purge(coordinator.actor, dry_run=True)
    assert (result.participants, result.linked_records) == (1, 3)
    with coordinator.store.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ParticipantRow)) == 3


def test_purge_erases_old_closed_records_only(coordinator: SignedIn) -> None:
    ids = _people(coordinator)
    result = RetentionService(coordinator.store).purge(coordinator.actor)
    assert result.participants == 1 and result.linked_records == 3
    with coordinator.store.uow(write=False) as uow:
        s = uow.session
        remaining = set(s.scalars(select(ParticipantRow.id)))
        assert remaining == {ids["old_active"], ids["recent_done"]}
        assert s.scalar(select(func.count()).select_from(NoteRow)) == 1
        assert s.get(MentorRow, ids["mentor"]).participant_id is None  # type: ignore[union-attr]
        assert list(s.execute(text("PRAGMA foreign_key_check"))) == []
        last = s.scalars(select(AuditRow).order_by(AuditRow.seq.desc())).first()
        assert last is not None and last.action == "records.purge"
        assert "participants=1" in last.object_id


def test_retention_setting_moves_the_cutoff(coordinator: SignedIn) -> None:
    _people(coordinator)
    SettingsService(coordinator.store).set(coordinator.actor, "retention_years", 50)
    assert RetentionService(coordinator.store).purge(coordinator.actor).participants == 0


def test_only_coordinators_purge(site: Site, coordinator: SignedIn) -> None:
    add_user(coordinator, "re1", "reentry_staff")
    staff = site.sign_in("re1", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            RetentionService(staff.store).purge(staff.actor)
    finally:
        staff.store.close()
