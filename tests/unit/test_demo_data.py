"""Demo data: every kind of record, determinism, integrity, plausible dates, rules and roles."""

from __future__ import annotations

import itertools
import json
import random
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from peerdesk.db.change_tracking import LAST_STAMP_KEY
from peerdesk.db.models import (
    AttendanceRow,
    AuditRow,
    CertificationRow,
    ChangeLogRow,
    ConsentRow,
    ContactRow,
    GoalRow,
    GroupMemberRow,
    GroupSessionRow,
    IncentiveRow,
    MatchRow,
    MentorRow,
    MetaRow,
    NeedAssessmentRow,
    NoteRow,
    OutcomeRow,
    ParticipantRow,
    ParticipantStatusRow,
    PathwayPhaseRow,
    PathwayRow,
    ReferralRow,
    ScreeningRow,
    SelectionStepRow,
    SiteRow,
)
from peerdesk.domain import (
    consent_rules,
    match_rules,
    mentor_rules,
    note_rules,
    screening_rules,
    session_rules,
)
from peerdesk.domain.errors import PermissionDenied, ValidationError
from peerdesk.domain.hlc import Stamp, tick
from peerdesk.domain.participant import (
    ParticipantProfile,
    ParticipantStatus,
    check_transition,
    clean_profile,
)
from peerdesk.domain.roles import Role
from peerdesk.services.auth import SignedIn
from peerdesk.services.demo import DemoCancelled
from peerdesk.services.demo.vocab import names
from peerdesk.services.demo.writer import GENERATION_CACHE_KIB, BatchWriter, Ids, Stamps
from peerdesk.services.participants import ParticipantQuery, ParticipantService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories import make_profile
from tests.factories_demo import AS_OF, generate, rows, synced_tables, table_counts


# --- the pieces ---------------------------------------------------------------------------------
def test_ids_are_the_uuid4_of_the_seeded_bits() -> None:
    fast, slow = Ids(random.Random(9)), random.Random(9)
    for _ in range(2000):
        assert fast() == str(uuid.UUID(int=slow.getrandbits(128), version=4))


@pytest.mark.parametrize("counter", [0, 999_990])
def test_stamps_are_what_tick_issues(counter: int) -> None:
    first = Stamp(1_700_000_000_000, counter, "site-a")
    fast = Stamps(first, 1_700_000_000_000)
    last = first
    for _ in range(30):
        last = tick(
            last, last.wall_ms + 1 if last.counter >= 999_999 else 1_700_000_000_000, "site-a"
        )
        assert fast() == str(last)
    assert fast.last == last
    later = Stamps(first, 1_800_000_000_000)  # the clock moved on: counter starts again
    assert later() == str(Stamp(1_800_000_000_000, 0, "site-a"))


def test_shipped_names() -> None:
    for kind in ("first_male", "first_female", "last"):
        listed = names(kind)
        assert len(listed) >= 150 and len(set(listed)) == len(listed)
        assert all(0 < len(n) <= 80 and n == n.strip() and not n.startswith("#") for n in listed)
    assert "Núñez" in names("last") and "José" in names("first_male")


# --- a small run --------------------------------------------------------------------------------
@pytest.fixture
def demo(coordinator: SignedIn) -> SignedIn:
    generate(coordinator, 120, seed=3)
    return coordinator


def test_every_kind_of_record_is_made(demo: SignedIn) -> None:
    counts = table_counts(demo)
    empty = [t for t in synced_tables() if counts[t] == 0]
    assert empty == []
    assert counts["participants"] == 120
    assert counts["change_log"] == sum(counts[t] for t in synced_tables())
    assert counts["pathways"] == 1 and counts["pathway_phases"] == 5
    audit = rows(demo, AuditRow)[-1]
    assert (audit.action, audit.object_id) == ("demo.generate", "participants=120,seed=3")


@pytest.mark.parametrize("seed", [1, 2])
def test_fifty_participants_have_every_kind_of_record(coordinator: SignedIn, seed: int) -> None:
    report = generate(coordinator, 50, seed=seed)
    assert [t for t in synced_tables() if report.count(t) == 0] == []
    assert table_counts(coordinator) == {**table_counts(coordinator), **dict(report.rows)}


def test_referential_integrity(demo: SignedIn) -> None:
    with demo.store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []


def test_participants_pass_the_form_rules(demo: SignedIn) -> None:
    history: dict[str, list[ParticipantStatusRow]] = defaultdict(list)
    for h in sorted(rows(demo, ParticipantStatusRow), key=lambda h: (h.effective_date, h.stamp)):
        history[h.participant_id].append(h)
    docs = set()
    for p in rows(demo, ParticipantRow):
        profile = ParticipantProfile(
            doc_number=p.doc_number,
            legal_last_name=p.legal_last_name,
            legal_first_name=p.legal_first_name,
            date_of_birth=p.date_of_birth,
            preferred_name=p.preferred_name,
            facility=p.facility,
            housing_unit=p.housing_unit,
            primary_language=p.primary_language,
            gender_identity=p.gender_identity,
            release_county=p.release_county,
            release_city=p.release_city,
            projected_release_date=p.projected_release_date,
            actual_release_date=p.actual_release_date,
            lived_experience=tuple(t for t in p.lived_experience.split(",") if t),
            interests=tuple(t for t in p.interests.split(",") if t),
            mentor_gender_preference=p.mentor_gender_preference,
        )
        cleaned = clean_profile(profile, AS_OF)
        assert (cleaned.doc_number, cleaned.legal_last_name) == (p.doc_number, p.legal_last_name)
        assert ",".join(cleaned.lived_experience) == p.lived_experience
        docs.add(p.doc_number)
        steps = history[p.id]
        assert steps[0].status == "referred" and steps[-1].status == p.status
        assert steps[-1].effective_date == p.status_date <= AS_OF
        assert steps[0].effective_date > p.date_of_birth
        for before, after in itertools.pairwise(steps):
            check_transition(ParticipantStatus(before.status), ParticipantStatus(after.status))
            assert before.effective_date <= after.effective_date
        released = [h.effective_date for h in steps if h.status == "released"]
        assert p.actual_release_date == (released[0] if released else None)
        if p.status in ("referred", "screened", "enrolled", "active"):
            assert p.projected_release_date is not None and p.projected_release_date > AS_OF
    assert len(docs) == 120


def test_matches_contacts_and_notes_are_consistent(demo: SignedIn) -> None:
    matches = {m.id: m for m in rows(demo, MatchRow)}
    mentors = {m.id: m for m in rows(demo, MentorRow)}
    people = {p.id: p for p in rows(demo, ParticipantRow)}
    open_by_side: Counter[tuple[str, str]] = Counter()
    open_by_mentor: Counter[str] = Counter()
    for m in matches.values():
        mentor = mentors[m.mentor_id]
        assert mentor.participant_id != m.participant_id
        assert m.proposed_on <= AS_OF
        if m.started_on is not None:
            assert m.proposed_on <= m.started_on <= AS_OF
            assert mentor.status_date <= m.started_on or mentor.status != "active"
        if m.status == "closed":
            assert m.started_on is not None and m.started_on <= m.closed_on <= AS_OF
            assert m.close_reason in {r.value for r in match_rules.CloseReason}
            assert m.close_reason != "other" or m.close_note
        else:
            assert m.closed_on is None and m.close_reason == ""
            open_by_side[(m.participant_id, mentor.side)] += 1
            open_by_mentor[m.mentor_id] += 1
            assert people[m.participant_id].status in match_rules.MATCHABLE_PARTICIPANT_STATUSES
        if m.continues_match_id is not None:
            old = matches[m.continues_match_id]
            assert old.participant_id == m.participant_id
            assert (old.close_reason, old.closed_on) == ("released_handoff", m.started_on)
            assert mentors[old.mentor_id].side == "facility" and mentor.side == "community"
    assert max(open_by_side.values()) == 1
    assert all(open_by_mentor[i] <= m.capacity for i, m in mentors.items())
    assert {m.status for m in matches.values()} >= {"active", "closed"}
    for c in rows(demo, ContactRow):
        m = matches[c.match_id]
        assert c.participant_id == m.participant_id and m.started_on is not None
        assert m.started_on <= c.contact_on <= (m.closed_on or AS_OF)
    notes = rows(demo, NoteRow)
    assert {n.sensitivity for n in notes} == {"general", "sensitive", "sud"}
    for n in notes:
        assert n.written_at[:10] <= AS_OF.isoformat()
        assert n.needs_cosign == (n.author_role == "peer_educator")
        if n.sensitivity == "sud":  # peer educators may not write substance-use notes
            assert n.author_role != "peer_educator"
        if n.cosigned_by:
            assert n.needs_cosign and n.cosigned_at > n.written_at and n.cosigned_by != n.author
    assert any(n.cosigned_by for n in notes) and any(
        n.needs_cosign and not n.cosigned_by for n in notes
    )


def test_attendance_falls_within_membership(demo: SignedIn) -> None:
    sessions = {s.id: s for s in rows(demo, GroupSessionRow)}
    members = {(m.group_id, m.participant_id): m for m in rows(demo, GroupMemberRow)}
    reasons = {r.value for r in session_rules.AbsenceReason}
    for a in rows(demo, AttendanceRow):
        s = sessions[a.session_id]
        m = members[(s.group_id, a.participant_id)]
        assert s.status == "held" and s.held_on <= AS_OF
        assert m.joined_on <= s.held_on <= (m.left_on or AS_OF)
        assert (a.reason_code == "") == (a.status == "present")
        assert a.reason_code == "" or a.reason_code in reasons


def test_mentor_records_follow_the_mentor_rules(demo: SignedIn) -> None:
    steps: dict[str, dict[str, str]] = defaultdict(dict)
    for s in rows(demo, SelectionStepRow):
        steps[s.mentor_id][s.step] = s.result
    mentors = rows(demo, MentorRow)
    for m in mentors:
        mentor_rules.MentorStatus(m.status)
        mentor_rules.PersonKind(m.person_kind)
        mentor_rules.MentorSide(m.side)
        mentor_rules.Gender(m.gender)
        assert m.status_date <= AS_OF
        if m.decision == "approved":
            assert steps[m.id] == dict.fromkeys(
                ("application", "interview", "reference", "background"), "passed"
            )
        if m.status in ("active", "inactive"):
            assert m.agreement_signed_on is not None and m.agreement_signed_on <= m.status_date
        if m.decision == "declined":
            assert m.status == "exited"
    kinds = Counter((m.person_kind, m.participant_id is not None) for m in mentors)
    assert kinds[("participant", True)] >= 2 and kinds[("participant", False)] == 0
    certs = rows(demo, CertificationRow)
    assert all(c.expires_on is None or c.expires_on > c.issued_on for c in certs)


def test_values_are_those_the_services_know(demo: SignedIn) -> None:
    for s in rows(demo, GroupSessionRow):
        session_rules.SessionStatus(s.status)
        assert s.cancel_reason == "" or session_rules.CancelReason(s.cancel_reason)
        session_rules.parse_start_time(s.start_time)
        session_rules.check_duration(s.duration_minutes)
    for c in rows(demo, ContactRow):
        session_rules.ContactMode(c.mode)
        assert c.cancel_reason == "" or session_rules.CancelReason(c.cancel_reason)
        session_rules.check_duration(c.duration_minutes)
    for n in rows(demo, NoteRow):
        note_rules.clean_body(n.body)
        Role(n.author_role)
    for m in rows(demo, MatchRow):
        match_rules.MatchStatus(m.status)
        match_rules.check_cadence(m.cadence_days)


def test_program_records_pass_the_service_rules(demo: SignedIn) -> None:
    born = {p.id: p.date_of_birth for p in rows(demo, ParticipantRow)}
    for sc in rows(demo, ScreeningRow):
        screening_rules.check_screening(json.loads(sc.criteria), sc.decision, sc.reason)
    levels: dict[tuple[str, date], dict[str, int]] = defaultdict(dict)
    for n in rows(demo, NeedAssessmentRow):
        levels[(n.participant_id, n.assessed_on)][n.domain] = n.level
    for assessment in levels.values():
        screening_rules.check_levels(assessment)
    for g in rows(demo, GoalRow):
        screening_rules.GoalStatus(g.status)
        screening_rules.NeedDomain(g.domain)
        assert g.set_on <= g.status_on <= AS_OF and (g.target_on is None or g.target_on > g.set_on)
    for r in rows(demo, ReferralRow):
        screening_rules.ReferralStatus(r.status)
        screening_rules.ServiceType(r.service_type)
        assert r.made_on <= r.status_on <= AS_OF
    kinds = [ph.kind for ph in sorted(rows(demo, PathwayPhaseRow), key=lambda ph: ph.position)]
    screening_rules.check_phase_kinds(screening_rules.PhaseKind(k) for k in kinds)
    for i in rows(demo, IncentiveRow):
        screening_rules.check_amount(screening_rules.IncentiveKind(i.kind), i.amount_cents)
        assert (i.participant_id is None) != (i.mentor_id is None) and i.awarded_on <= AS_OF
    for o in rows(demo, OutcomeRow):
        screening_rules.HousingOutcome(o.housing)
        screening_rules.EmploymentOutcome(o.employment)
    for c in rows(demo, ConsentRow):
        terms = consent_rules.ConsentTerms(
            discloser=c.discloser,
            recipient_name=c.recipient_name,
            information=c.information,
            purpose=c.purpose,
            signed_on=c.signed_on,
            expires_on=c.expires_on,
            expires_event=c.expires_event,
            right_to_revoke_explained=c.right_to_revoke_explained,
            scope_general=c.scope_general,
            scope_sud=c.scope_sud,
            recipient_site_id=c.recipient_site_id,
        )
        consent_rules.clean_terms(terms, AS_OF, born[c.participant_id])
        assert consent_rules.is_in_force(c, AS_OF, sud=False) == (c.revoked_on is None)


def test_outcomes_only_for_released_participants(demo: SignedIn) -> None:
    released = {p.id: p.actual_release_date for p in rows(demo, ParticipantRow)}
    outcomes = rows(demo, OutcomeRow)
    assert outcomes
    for o in outcomes:
        screening_rules.checkpoint_date(
            released[o.participant_id], o.checkpoint_days, o.recorded_on
        )
        assert o.recorded_on <= AS_OF


def test_stamps_increase_and_continue(demo: SignedIn) -> None:
    log = rows(demo, ChangeLogRow)
    stamps = [c.stamp for c in sorted(log, key=lambda c: c.seq)]
    assert len(set(stamps)) == len(stamps)
    with demo.store.uow(write=False) as uow:
        last = uow.session.get(MetaRow, LAST_STAMP_KEY)
        assert last is not None and last.value == max(stamps)
    p = ParticipantService(demo.store).enroll(demo.actor, make_profile(doc_number="ZZ9"))
    with demo.store.uow(write=False) as uow:
        row = uow.session.get(ParticipantRow, p.id)
        assert row is not None and row.stamp > max(stamps)


def test_the_large_cache_is_only_for_the_run(
    coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cache_size() -> int:
        with coordinator.store.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())

    seen: list[int] = []
    flush = BatchWriter.flush

    def spy(self: BatchWriter) -> None:
        pragma = self.session.connection().exec_driver_sql("PRAGMA cache_size")
        seen.append(int(pragma.scalar_one()))
        flush(self)

    monkeypatch.setattr(BatchWriter, "flush", spy)
    before = cache_size()
    generate(coordinator, 5)
    assert seen and all(size == -GENERATION_CACHE_KIB for size in seen)
    assert cache_size() == before
    with pytest.raises(DemoCancelled):
        generate(coordinator, 5, append=True, progress=lambda done, total: False)
    assert cache_size() == before


# --- determinism ------------------------------------------------------------------------------
def _fingerprint(signed: SignedIn) -> tuple[object, ...]:
    people = sorted(
        (p.doc_number, p.legal_last_name, p.legal_first_name, p.date_of_birth, p.status)
        for p in rows(signed, ParticipantRow)
    )
    ids = sorted(p.id for p in rows(signed, ParticipantRow))
    counts = table_counts(signed)
    return tuple(people), tuple(ids), tuple(counts[t] for t in synced_tables())


def test_the_same_seed_gives_the_same_data(tmp_path_factory: pytest.TempPathFactory) -> None:
    from peerdesk.db.store import DataPaths
    from peerdesk.services.auth import AuthService
    from peerdesk.services.site_setup import initialize_site
    from tests.conftest import ADMIN, ADMIN_PASS

    prints = []
    for n, seed in enumerate((5, 5, 6)):
        paths = DataPaths(tmp_path_factory.mktemp(f"site{n}") / "data")
        initialize_site(
            paths,
            site_name="Unit",
            site_kind="facility",
            admin_username=ADMIN,
            admin_passphrase=ADMIN_PASS,
        )
        signed = AuthService(paths).sign_in(ADMIN, ADMIN_PASS)
        try:
            generate(signed, 40, seed=seed)
            prints.append(_fingerprint(signed))
        finally:
            signed.store.close()
    assert prints[0] == prints[1]
    assert prints[0][0] != prints[2][0] and prints[0][1] != prints[2][1]


# --- shares at a larger size ------------------------------------------------------------------
def test_consent_share_and_trusted_offices(coordinator: SignedIn) -> None:
    with coordinator.store.uow() as uow:
        for i, name in enumerate(("North Reentry Office", "South Reentry Office")):
            uow.session.add(
                SiteRow(
                    id=f"00000000-0000-4000-8000-00000000000{i}",
                    name=name,
                    kind="office",
                    is_local=False,
                    created_at="2026-01-01T00:00:00.000000Z",
                )
            )
    generate(coordinator, 500, seed=11)
    consents = rows(coordinator, ConsentRow)
    live: dict[str, set[str | None]] = defaultdict(set)
    for c in consents:
        assert c.signed_on <= AS_OF and c.scope_general and c.right_to_revoke_explained
        assert c.expires_on is None or c.expires_on > AS_OF
        if c.revoked_on is None:
            live[c.participant_id].add(c.recipient_site_id)
    share = len(live) / 500
    assert 0.75 <= share <= 0.85
    both = {"00000000-0000-4000-8000-000000000000", "00000000-0000-4000-8000-000000000001"}
    assert all(sites == both for sites in live.values())
    assert any(c.revoked_on is not None for c in consents)
    soon = [
        c
        for c in rows(coordinator, CertificationRow)
        if c.expires_on is not None and AS_OF < c.expires_on <= AS_OF + timedelta(days=30)
    ]
    assert soon  # the renewal alert has something to show
    per_person = table_counts(coordinator)
    activity = (per_person["attendance"] + per_person["contacts"]) / 500
    assert 14 <= activity <= 26  # about 20 sessions or contacts each


def test_without_offices_consents_name_the_county_office(coordinator: SignedIn) -> None:
    generate(coordinator, 30)
    consents = rows(coordinator, ConsentRow)
    assert consents
    assert {(c.recipient_name, c.recipient_site_id) for c in consents} == {
        ("County Reentry Office", None)
    }


# --- refusals, append, cancel, roles ----------------------------------------------------------
def _nothing_written(signed: SignedIn, audit_before: int) -> None:
    counts = table_counts(signed)
    assert all(counts[t] == 0 for t in synced_tables())
    assert counts["change_log"] == 0
    assert counts["audit_log"] == audit_before


def test_refuses_a_site_with_participants_unless_appending(coordinator: SignedIn) -> None:
    generate(coordinator, 20)
    before = table_counts(coordinator)
    with pytest.raises(ValidationError) as err:
        generate(coordinator, 20)
    assert err.value.field == "participants" and "--append" in err.value.message
    assert table_counts(coordinator) == before
    generate(coordinator, 25, seed=3, append=True)  # the same seed again: new people
    people = rows(coordinator, ParticipantRow)
    assert len(people) == 45 and len({p.doc_number for p in people}) == 45
    assert len(rows(coordinator, PathwayRow)) == 1  # the pathway definition is reused


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"participants": 0}, "participants"),
        ({"participants": 1_000_001}, "participants"),
        ({"as_of": date.today() + timedelta(days=1)}, "as_of"),
        ({"as_of": date(1999, 12, 31)}, "as_of"),
    ],
)
def test_bad_requests(coordinator: SignedIn, kw: dict[str, object], field: str) -> None:
    audit_before = table_counts(coordinator)["audit_log"]
    with pytest.raises(ValidationError) as err:
        generate(coordinator, **kw)  # type: ignore[arg-type]
    assert err.value.field == field
    _nothing_written(coordinator, audit_before)


def test_progress_and_cancel(coordinator: SignedIn) -> None:
    seen: list[tuple[int, int]] = []
    generate(coordinator, 30, progress=lambda done, total: seen.append((done, total)) or True)
    assert seen[-1] == (30, 30) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_rolls_everything_back(site: Site, coordinator: SignedIn) -> None:
    audit_before = table_counts(coordinator)["audit_log"]
    with pytest.raises(DemoCancelled):
        generate(coordinator, 2500, progress=lambda done, total: done < 1000)
    _nothing_written(coordinator, audit_before)


def test_roles(site: Site, coordinator: SignedIn) -> None:
    for username, role in (("pe1", "peer_educator"), ("aud1", "auditor"), ("re1", "reentry_staff")):
        add_user(coordinator, username, role)
    for username in ("pe1", "aud1", "re1"):
        signed = site.sign_in(username, USER_PASS)
        try:
            with pytest.raises(PermissionDenied):
                generate(signed, 10)
        finally:
            signed.store.close()
    counts = table_counts(coordinator)
    assert all(counts[t] == 0 for t in synced_tables())
    denials = [(a.actor, a.action) for a in rows(coordinator, AuditRow) if a.outcome == "denied"]
    # Reentry staff may edit participants but not manage mentors.
    assert denials == [
        ("pe1", "participant.edit"),
        ("aud1", "participant.edit"),
        ("re1", "mentor.manage"),
    ]
    assert not any(a.action == "demo.generate" for a in rows(coordinator, AuditRow))


def test_peer_educator_accounts_are_linked(site: Site, coordinator: SignedIn) -> None:
    add_user(coordinator, "pe1", "peer_educator")
    generate(coordinator, 200, seed=8)
    with coordinator.store.uow(write=False) as uow:
        user_id = uow.session.scalar(text("SELECT id FROM users WHERE username = 'pe1'"))
        mentor = uow.session.scalars(select(MentorRow).where(MentorRow.user_id == user_id)).one()
        expected = set(
            uow.session.scalars(
                select(MatchRow.participant_id).where(
                    MatchRow.mentor_id == mentor.id,
                    MatchRow.status.in_(("proposed", "active", "paused")),
                )
            )
        )
    assert (mentor.side, mentor.status) == ("facility", "active")
    notes = [n for n in rows(coordinator, NoteRow) if n.author == "pe1"]
    assert notes and all(n.author_role == "peer_educator" and n.needs_cosign for n in notes)
    peer = site.sign_in("pe1", USER_PASS)
    try:
        page = ParticipantService(peer.store).search(peer.actor, ParticipantQuery(limit=1000))
    finally:
        peer.store.close()
    assert expected <= {r.id for r in page.rows}
