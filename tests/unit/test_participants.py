"""Participants: enroll, validation, DOC uniqueness, status rules, search, views audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from peerdesk.db.models import AuditRow, ChangeLogRow, ParticipantRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.participant import ParticipantStatus
from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantQuery, ParticipantService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories import make_profile

S = ParticipantStatus


def _svc(signed: SignedIn) -> ParticipantService:
    return ParticipantService(signed.store)


def _audit_actions(signed: SignedIn) -> list[str]:
    with signed.store.uow(write=False) as uow:
        return list(uow.session.scalars(select(AuditRow.action).order_by(AuditRow.seq)))


def test_enroll_and_get(coordinator: SignedIn) -> None:
    svc = _svc(coordinator)
    made = svc.enroll(coordinator.actor, make_profile(legal_last_name="Núñez", aliases=("Chino",)))
    detail = svc.get(coordinator.actor, made.id)
    assert detail.profile.legal_last_name == "Núñez"
    assert detail.profile.aliases == ("Chino",)
    assert detail.status is S.REFERRED
    assert [h.status for h in detail.history] == [S.REFERRED]
    actions = _audit_actions(coordinator)
    assert "participant.create" in actions
    assert actions[-1] == "participant.view"


def test_doc_number_is_unique_per_site(coordinator: SignedIn) -> None:
    svc = _svc(coordinator)
    svc.enroll(coordinator.actor, make_profile(doc_number="x-77"))
    with pytest.raises(ValidationError) as err:
        svc.enroll(coordinator.actor, make_profile(doc_number=" X-77 "))
    assert err.value.field == "doc_number"


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"doc_number": ""}, "doc_number"),
        ({"doc_number": "bad doc!"}, "doc_number"),
        ({"legal_last_name": "  "}, "legal_last_name"),
        ({"legal_first_name": ""}, "legal_first_name"),
        ({"date_of_birth": date.today() + timedelta(days=1)}, "date_of_birth"),
        ({"date_of_birth": date(1850, 1, 1)}, "date_of_birth"),
        ({"projected_release_date": date(1980, 1, 1)}, "projected_release_date"),
        ({"actual_release_date": date.today() + timedelta(days=3)}, "actual_release_date"),
        ({"legal_last_name": "x" * 81}, "legal_last_name"),
    ],
)
def test_bad_profiles_are_refused_and_nothing_written(
    coordinator: SignedIn, override: dict[str, object], field: str
) -> None:
    before = _audit_actions(coordinator)
    with pytest.raises(ValidationError) as err:
        _svc(coordinator).enroll(coordinator.actor, make_profile(**override))
    assert err.value.field == field
    with coordinator.store.uow(write=False) as uow:
        assert uow.session.scalars(select(ParticipantRow)).first() is None
    assert _audit_actions(coordinator) == before


def test_status_transitions(coordinator: SignedIn) -> None:
    svc = _svc(coordinator)
    p = svc.enroll(coordinator.actor, make_profile(), status_date=date(2026, 1, 5))
    with pytest.raises(ValidationError):
        svc.change_status(coordinator.actor, p.id, S.COMPLETED, date(2026, 2, 1))
    with pytest.raises(ValidationError):  # before the current status date
        svc.change_status(coordinator.actor, p.id, S.SCREENED, date(2026, 1, 1))
    svc.change_status(coordinator.actor, p.id, S.SCREENED, date(2026, 1, 10))
    svc.change_status(coordinator.actor, p.id, S.ENROLLED, date(2026, 1, 12))
    detail = svc.get(coordinator.actor, p.id)
    assert detail.status is S.ENROLLED
    assert [h.status for h in detail.history] == [S.REFERRED, S.SCREENED, S.ENROLLED]


def test_update_logs_only_changed_fields(coordinator: SignedIn) -> None:
    svc = _svc(coordinator)
    p = svc.enroll(coordinator.actor, make_profile())
    profile = svc.get(coordinator.actor, p.id).profile
    assert svc.update(coordinator.actor, p.id, profile) is False
    from dataclasses import replace

    assert svc.update(coordinator.actor, p.id, replace(profile, housing_unit="C-1")) is True
    with coordinator.store.uow(write=False) as uow:
        logs = list(
            uow.session.scalars(
                select(ChangeLogRow)
                .where(ChangeLogRow.record_id == p.id)
                .order_by(ChangeLogRow.seq)
            )
        )
    assert logs[-1].fields == "housing_unit"
    assert logs[-1].stamp > logs[0].stamp


def test_tombstone_hides_but_keeps_the_row(coordinator: SignedIn) -> None:
    svc = _svc(coordinator)
    p = svc.enroll(coordinator.actor, make_profile())
    svc.tombstone(coordinator.actor, p.id)
    with pytest.raises(NotFound):
        svc.get(coordinator.actor, p.id)
    assert svc.search(coordinator.actor, ParticipantQuery()).total == 0
    with coordinator.store.uow(write=False) as uow:
        assert uow.session.get(ParticipantRow, p.id).deleted is True  # type: ignore[union-attr]


def test_search_by_name_prefix_accents_and_doc(coordinator: SignedIn) -> None:
    svc = _svc(coordinator)
    a = coordinator.actor
    svc.enroll(a, make_profile(doc_number="Q100", legal_last_name="Núñez", legal_first_name="Ana"))
    svc.enroll(a, make_profile(doc_number="Q200", legal_last_name="Nunn", legal_first_name="Bo"))
    svc.enroll(a, make_profile(doc_number="Z300", legal_last_name="Smith", legal_first_name="Ana"))

    def names(text: str, **kw: object) -> list[str]:
        page = svc.search(a, ParticipantQuery(text=text, **kw))  # type: ignore[arg-type]
        return [r.legal_last_name for r in page.rows]

    assert names("nun") == ["Núñez", "Nunn"]  # "nunez" sorts before "nunn"
    assert names("NÚÑE") == ["Núñez"]  # accents and case fold away
    assert names("ana") == ["Núñez", "Smith"]
    assert names("ana nu") == ["Núñez"]
    assert names("q1") == ["Núñez"]
    assert names("z3") == ["Smith"]
    assert names("", sort="doc_number", descending=True) == ["Smith", "Nunn", "Núñez"]
    assert names("nothing-like-this") == []


def test_search_filters_and_paging(coordinator: SignedIn) -> None:
    svc = _svc(coordinator)
    a = coordinator.actor
    for i in range(25):
        svc.enroll(
            a,
            make_profile(
                legal_last_name=f"Person{i:02d}",
                housing_unit="A" if i % 2 else "B",
                projected_release_date=date(2027, 1, 1) + timedelta(days=i),
            ),
        )
    page = svc.search(a, ParticipantQuery(limit=10, offset=20))
    assert page.total == 25 and len(page.rows) == 5
    assert page.rows[0].legal_last_name == "Person20"
    # Full, short, past-the-end and empty pages all tell the same total.
    assert svc.search(a, ParticipantQuery(limit=25)).total == 25
    assert svc.search(a, ParticipantQuery(limit=24)).total == 25
    assert svc.search(a, ParticipantQuery(limit=10, offset=10)).total == 25
    beyond = svc.search(a, ParticipantQuery(limit=10, offset=30))
    assert beyond.total == 25 and beyond.rows == ()
    assert svc.search(a, ParticipantQuery(text="Person0", limit=5)).total == 10
    assert svc.search(a, ParticipantQuery(text="Person1", limit=50)).total == 10
    assert svc.search(a, ParticipantQuery(text="Nobody", limit=50)).total == 0
    assert svc.search(a, ParticipantQuery(housing_unit="A")).total == 12
    window = ParticipantQuery(release_from=date(2027, 1, 3), release_to=date(2027, 1, 5))
    assert svc.search(a, window).total == 3
    assert svc.search(a, ParticipantQuery(statuses=(S.ACTIVE,))).total == 0
    with pytest.raises(ValidationError):
        svc.search(a, ParticipantQuery(sort="password"))


def test_roles(site: Site, coordinator: SignedIn) -> None:
    p = _svc(coordinator).enroll(coordinator.actor, make_profile())
    for username, role in (("pe1", "peer_educator"), ("aud1", "auditor"), ("re1", "reentry_staff")):
        add_user(coordinator, username, role)
    for username in ("pe1", "aud1"):
        signed = site.sign_in(username, USER_PASS)
        try:
            with pytest.raises(PermissionDenied):
                _svc(signed).enroll(signed.actor, make_profile())
            with pytest.raises(PermissionDenied):
                _svc(signed).tombstone(signed.actor, p.id)
        finally:
            signed.store.close()
    auditor = site.sign_in("aud1", USER_PASS)
    try:
        assert _svc(auditor).search(auditor.actor, ParticipantQuery()).total == 1
    finally:
        auditor.store.close()
    peer = site.sign_in("pe1", USER_PASS)
    try:
        # A peer educator sees only participants assigned to them: none yet.
        assert _svc(peer).search(peer.actor, ParticipantQuery()).total == 0
        with pytest.raises(NotFound):
            _svc(peer).get(peer.actor, p.id)
    finally:
        peer.store.close()


def test_a_role_change_narrows_an_open_session_at_once(site: Site, coordinator: SignedIn) -> None:
    from peerdesk.services.users import UserService

    _svc(coordinator).enroll(coordinator.actor, make_profile())
    add_user(coordinator, "ana", "coordinator")
    ana = site.sign_in("ana", USER_PASS)
    try:
        assert _svc(ana).search(ana.actor, ParticipantQuery()).total == 1
        UserService(coordinator.store).change_role(coordinator.actor, "ana", "peer_educator")
        # ana's session still carries "coordinator", but sees only what a peer educator may.
        assert _svc(ana).search(ana.actor, ParticipantQuery()).total == 0
        UserService(coordinator.store).change_role(coordinator.actor, "ana", "auditor")
        assert _svc(ana).search(ana.actor, ParticipantQuery()).total == 1
        UserService(coordinator.store).disable_user(coordinator.actor, "ana")
        assert _svc(ana).search(ana.actor, ParticipantQuery()).total == 0
    finally:
        ana.store.close()


def test_matching_fields_round_trip_and_are_checked(coordinator: SignedIn) -> None:
    svc = _svc(coordinator)
    made = svc.enroll(
        coordinator.actor,
        make_profile(
            lived_experience=("Recovery", "veteran", "recovery"),
            interests=("chess",),
            mentor_gender_preference="Female",
        ),
    )
    profile = svc.get(coordinator.actor, made.id).profile
    assert profile.lived_experience == ("recovery", "veteran")
    assert profile.interests == ("chess",)
    assert profile.mentor_gender_preference == "female"
    with pytest.raises(ValidationError) as err:
        svc.enroll(coordinator.actor, make_profile(mentor_gender_preference="any"))
    assert err.value.field == "mentor_gender_preference"
    with pytest.raises(ValidationError) as err:
        svc.enroll(coordinator.actor, make_profile(interests=("x" * 41,)))
    assert err.value.field == "interests"
