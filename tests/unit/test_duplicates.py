"""Duplicate warnings and merging two participant records."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from peerdesk.db.models import (
    AttendanceRow,
    AuditRow,
    GroupRow,
    GroupSessionRow,
    KeepSeparateRow,
    NoteRow,
    ParticipantRow,
)
from peerdesk.domain.duplicates import NameRecord, name_similarity
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.duplicates import DuplicateService, _participant_links
from peerdesk.services.participants import ParticipantService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories import make_profile
from tests.factories_rows import add_row

DOB = date(1985, 6, 1)


def test_name_similarity_ignores_order_accents_and_case() -> None:
    assert name_similarity(NameRecord("García", "Luis"), NameRecord("garcia", "LUIS")) == 100
    assert name_similarity(NameRecord("Garcia", "Luis"), NameRecord("Luis", "Garcia")) == 100
    assert name_similarity(NameRecord("Garcia", "Luis"), NameRecord("Garsia", "Luis")) >= 85
    assert name_similarity(NameRecord("Garcia", "Luis"), NameRecord("Smith", "Ann")) < 50
    assert (
        name_similarity(NameRecord("Smith", "Ann", ("Luis Garcia",)), NameRecord("Garcia", "Luis"))
        == 100
    )


@given(st.text(min_size=1, max_size=20), st.text(min_size=1, max_size=20))
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    x, y = NameRecord(a, "x"), NameRecord(b, "y")
    assert name_similarity(x, y) == name_similarity(y, x)
    assert 0 <= name_similarity(x, y) <= 100


def test_candidates_by_doc_and_by_close_name(coordinator: SignedIn) -> None:
    ps = ParticipantService(coordinator.store)
    a = coordinator.actor
    first = ps.enroll(
        a,
        make_profile(
            doc_number="D1", legal_last_name="Garcia", legal_first_name="Luis", date_of_birth=DOB
        ),
    )
    ps.enroll(
        a,
        make_profile(
            doc_number="D2",
            legal_last_name="Garcia",
            legal_first_name="Luis",
            date_of_birth=date(1990, 1, 1),
        ),
    )
    svc = DuplicateService(coordinator.store)
    same_doc = svc.candidates(
        a,
        make_profile(
            doc_number="d1", legal_last_name="Other", legal_first_name="Name", date_of_birth=DOB
        ),
    )
    assert [(c.participant_id, c.reason) for c in same_doc] == [(first.id, "same_doc_number")]
    close = svc.candidates(
        a,
        make_profile(
            doc_number="D9", legal_last_name="Garsia", legal_first_name="Luis", date_of_birth=DOB
        ),
    )
    assert [(c.participant_id, c.reason) for c in close] == [
        (first.id, "close_name_same_birth_date")
    ]
    assert (
        svc.candidates(
            a,
            make_profile(
                doc_number="D9",
                legal_last_name="Garsia",
                legal_first_name="Luis",
                date_of_birth=date(1970, 1, 1),
            ),
        )
        == []
    )


def test_merge_moves_every_link_and_tombstones(coordinator: SignedIn) -> None:
    ps = ParticipantService(coordinator.store)
    a = coordinator.actor
    keep = ps.enroll(a, make_profile(legal_last_name="Garcia", legal_first_name="Luis"))
    gone = ps.enroll(a, make_profile(legal_last_name="Garsia", legal_first_name="Luis"))
    other = ps.enroll(a, make_profile(legal_last_name="Smith"))
    site = a.site_id
    with coordinator.store.uow() as uow:
        s = uow.session
        group = add_row(s, GroupRow, site, name="G")
        sess = add_row(
            s,
            GroupSessionRow,
            site,
            group_id=group.id,
            held_on=date(2026, 1, 5),
            duration_minutes=60,
            status="held",
            recorded_by="maria",
        )
        for pid in (keep.id, gone.id):  # both records attended the same session
            add_row(
                s, AttendanceRow, site, session_id=sess.id, participant_id=pid, status="present"
            )
        add_row(
            s,
            NoteRow,
            site,
            participant_id=gone.id,
            author="maria",
            author_role="coordinator",
            written_at="x",
            sensitivity="general",
            body="b",
        )
        add_row(
            s,
            KeepSeparateRow,
            site,
            participant_id=gone.id,
            other_participant_id=other.id,
            recorded_by="maria",
        )
        add_row(
            s,
            KeepSeparateRow,
            site,
            participant_id=keep.id,
            other_participant_id=gone.id,
            recorded_by="maria",
        )
    moved = DuplicateService(coordinator.store).merge(a, keep.id, gone.id)
    assert moved >= 5
    with coordinator.store.uow(write=False) as uow:
        s = uow.session
        for _model, col in _participant_links():
            left = s.scalar(select(func.count()).select_from(col.table).where(col == gone.id))
            assert left == 0, col
        live_att = s.scalar(
            select(func.count())
            .select_from(AttendanceRow)
            .where(AttendanceRow.participant_id == keep.id, AttendanceRow.deleted.is_(False))
        )
        assert live_att == 1
        live_pairs = list(
            s.scalars(select(KeepSeparateRow).where(KeepSeparateRow.deleted.is_(False)))
        )
        assert [(k.participant_id, k.other_participant_id) for k in live_pairs] == [
            (keep.id, other.id)
        ]
        kept = s.get(ParticipantRow, keep.id)
        assert kept is not None and "Luis Garsia" in kept.aliases
        assert s.get(ParticipantRow, gone.id).deleted is True  # type: ignore[union-attr]
        actions = list(s.scalars(select(AuditRow.action)))
        assert "participant.merge" in actions
    with pytest.raises(NotFound):
        ps.get(a, gone.id)


def test_merge_refusals(site: Site, coordinator: SignedIn) -> None:
    ps = ParticipantService(coordinator.store)
    p = ps.enroll(coordinator.actor, make_profile())
    svc = DuplicateService(coordinator.store)
    with pytest.raises(ValidationError):
        svc.merge(coordinator.actor, p.id, p.id)
    with pytest.raises(NotFound):
        svc.merge(coordinator.actor, p.id, "no-such-id")
    add_user(coordinator, "re1", "reentry_staff")
    staff = site.sign_in("re1", USER_PASS)
    try:
        q = ParticipantService(staff.store).enroll(staff.actor, make_profile())
        with pytest.raises(PermissionDenied):
            DuplicateService(staff.store).merge(staff.actor, p.id, q.id)
    finally:
        staff.store.close()
