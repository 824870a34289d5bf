"""The dashboard's top-N alert queries against a brute-force reading of the same rows.

The alert queries return the ``limit`` most urgent of each kind and how many there are in all;
on random matches, contacts and release dates they must agree with a Python walk over every row.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from peerdesk.db.models import ContactRow, MatchRow, MentorRow, ParticipantRow, UserRow
from peerdesk.domain.alerts import AlertKind
from peerdesk.services.alerts import AlertService
from peerdesk.services.auth import SignedIn
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_rows import add_row

TODAY = date(2026, 11, 15)


def _clock() -> datetime:
    return datetime(2026, 11, 15, 12, 0, tzinfo=UTC)


def _random_world(signed: SignedIn, seed: int) -> dict[str, date]:
    """Random matches and contacts; the brute-force "quiet since" of each active match."""
    rnd = random.Random(seed)
    site = signed.actor.site_id
    since: dict[str, date] = {}
    with signed.store.uow() as uow:
        s = uow.session
        mentor = add_row(
            s,
            MentorRow,
            site,
            person_kind="volunteer",
            last_name="M",
            first_name="M",
            side="facility",
            status="active",
            status_date=date(2026, 1, 1),
        )
        for i in range(40):
            person = add_row(
                s,
                ParticipantRow,
                site,
                date_of_birth=date(1990, 1, 1),
                legal_last_name=f"P{i}",
                deleted=rnd.random() < 0.1,
            )
            start = TODAY - timedelta(days=rnd.randint(0, 60))
            status = rnd.choice(["active", "active", "active", "paused", "closed"])
            match = add_row(
                s,
                MatchRow,
                site,
                participant_id=person.id,
                mentor_id=mentor.id,
                status=status,
                proposed_on=start,
                started_on=start,
                deleted=rnd.random() < 0.1,
            )
            held: list[date] = []
            for _ in range(rnd.randint(0, 3)):
                # Some contacts are dated before the start (entered late or corrected).
                on = start + timedelta(days=rnd.randint(-20, 60))
                kept = rnd.random() < 0.7
                gone = rnd.random() < 0.15
                add_row(
                    s,
                    ContactRow,
                    site,
                    match_id=match.id,
                    participant_id=person.id,
                    contact_on=on,
                    duration_minutes=30,
                    mode="phone",
                    status="held" if kept else "cancelled",
                    recorded_by="maria",
                    deleted=gone,
                )
                if kept and not gone:
                    held.append(on)
            if status == "active" and not match.deleted and not person.deleted:
                since[match.id] = max(held) if held else start
    return since


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("limit", [1, 3, None])
def test_top_quiet_matches_agree_with_a_walk_over_every_row(
    coordinator: SignedIn, seed: int, limit: int | None
) -> None:
    since = _random_world(coordinator, seed)
    days = 14
    quiet = sorted(
        ((on, mid) for mid, on in since.items() if on < TODAY - timedelta(days=days)),
    )
    got = AlertService(coordinator.store, clock=_clock).most_urgent(coordinator.actor, limit)
    listed = got.alerts[AlertKind.NO_RECENT_CONTACT]
    assert got.totals[AlertKind.NO_RECENT_CONTACT] == len(quiet)
    expected = quiet if limit is None else quiet[:limit]
    # The most urgent first: the longest without a held contact (ties in any order of id).
    assert [a.due for a in listed] == [on for on, _ in expected]
    assert {a.record_id for a in listed} <= {mid for _, mid in quiet}
    assert all(a.due is not None and a.days == (TODAY - a.due).days for a in listed)
    every = AlertService(coordinator.store, clock=_clock).current(coordinator.actor)
    assert listed == every[AlertKind.NO_RECENT_CONTACT][: len(listed)]


def _random_releases(signed: SignedIn, seed: int) -> dict[str, tuple[date, int]]:
    """Random people releasing soon with or without consent, referral and a community mentor;
    the brute-force release date and number of gaps of each who lacks something."""
    from peerdesk.db.models import ConsentRow, PartnerRow, ReferralRow

    rnd = random.Random(seed)
    site = signed.actor.site_id
    expected: dict[str, tuple[date, int]] = {}
    with signed.store.uow() as uow:
        s = uow.session
        outside = add_row(
            s,
            MentorRow,
            site,
            person_kind="volunteer",
            last_name="Out",
            first_name="M",
            side="community",
            status="active",
            status_date=date(2026, 1, 1),
        )
        partner = add_row(s, PartnerRow, site, organization="Work", service_types="work")
        for i in range(40):
            release = TODAY + timedelta(days=rnd.randint(-5, 45))
            status = rnd.choice(["active", "enrolled", "enrolled", "exited"])
            released = rnd.random() < 0.1
            person = add_row(
                s,
                ParticipantRow,
                site,
                date_of_birth=date(1990, 1, 1),
                legal_last_name=f"R{i}",
                doc_number=f"D{i}",
                status=status,
                projected_release_date=release,
                actual_release_date=TODAY if released else None,
                deleted=rnd.random() < 0.1,
            )
            has = [rnd.random() < 0.5 for _ in range(3)]
            if has[0]:
                add_row(
                    s,
                    ConsentRow,
                    site,
                    participant_id=person.id,
                    discloser="Unit",
                    recipient_name="County office",
                    information="program data",
                    purpose="reentry",
                    signed_on=date(2026, 1, 1),
                    recorded_by="maria",
                )
            if has[1]:
                add_row(
                    s,
                    ReferralRow,
                    site,
                    participant_id=person.id,
                    partner_id=partner.id,
                    service_type="employment",
                    status="made",
                    made_on=TODAY,
                    status_on=TODAY,
                    made_by="maria",
                )
            if has[2]:
                add_row(
                    s,
                    MatchRow,
                    site,
                    participant_id=person.id,
                    mentor_id=outside.id,
                    status="active",
                    proposed_on=TODAY,
                    started_on=TODAY,
                )
            in_window = TODAY <= release <= TODAY + timedelta(days=30)
            waiting = status in ("active", "enrolled") and not released and not person.deleted
            if in_window and waiting and not all(has):
                expected[person.id] = (release, 3 - sum(has))
    return expected


@pytest.mark.parametrize("seed", [4, 5])
@pytest.mark.parametrize("limit", [1, 5, None])
def test_top_releases_agree_with_a_walk_over_every_row(
    coordinator: SignedIn, seed: int, limit: int | None
) -> None:
    expected = _random_releases(coordinator, seed)
    got = AlertService(coordinator.store, clock=_clock).most_urgent(coordinator.actor, limit)
    listed = got.alerts[AlertKind.RELEASE_NOT_READY]
    assert got.totals[AlertKind.RELEASE_NOT_READY] == len(expected)
    soonest = sorted(on for on, _ in expected.values())
    assert [a.due for a in listed] == (soonest if limit is None else soonest[:limit])
    assert all(len(a.gaps) == expected[a.record_id][1] for a in listed)
    # The names come with the listed alerts, from the same query.
    assert {a.record_id for a in listed} == set(got.people)
    for a in listed:
        who = got.people[a.record_id]
        assert who.doc_number.startswith("D") and who.last_name == f"R{who.doc_number[1:]}"


def test_quiet_matches_carry_the_participant_and_mentor_names(coordinator: SignedIn) -> None:
    _random_world(coordinator, seed=8)
    got = AlertService(coordinator.store, clock=_clock).most_urgent(coordinator.actor, 3)
    listed = got.alerts[AlertKind.NO_RECENT_CONTACT]
    assert listed and set(got.people) == {a.record_id for a in listed}
    with coordinator.store.uow(write=False) as uow:
        for a in listed:
            person = uow.session.get(ParticipantRow, a.participant_id)
            assert person is not None
            who = got.people[a.record_id]
            assert (who.last_name, who.doc_number) == (person.legal_last_name, person.doc_number)
            assert (who.mentor_last_name, who.mentor_first_name) == ("M", "M")


def test_limits_and_kinds_pick_what_is_read(coordinator: SignedIn) -> None:
    _random_world(coordinator, seed=9)
    _random_releases(coordinator, seed=9)
    service = AlertService(coordinator.store, clock=_clock)
    every = service.current(coordinator.actor)
    assert len(every[AlertKind.NO_RECENT_CONTACT]) > 2
    assert len(every[AlertKind.RELEASE_NOT_READY]) > 2
    got = service.most_urgent(coordinator.actor, 1, {AlertKind.RELEASE_NOT_READY: 2})
    assert got.alerts[AlertKind.NO_RECENT_CONTACT] == every[AlertKind.NO_RECENT_CONTACT][:1]
    assert got.alerts[AlertKind.RELEASE_NOT_READY] == every[AlertKind.RELEASE_NOT_READY][:2]
    only = service.most_urgent(coordinator.actor, 5, kinds={AlertKind.RELEASE_NOT_READY})
    assert set(only.alerts) == set(only.totals) == {AlertKind.RELEASE_NOT_READY}
    assert only.totals[AlertKind.RELEASE_NOT_READY] == len(every[AlertKind.RELEASE_NOT_READY])


def test_visibility_on_the_matchs_participant_column_is_the_same_as_through_the_join(
    site: Site, coordinator: SignedIn
) -> None:
    from sqlalchemy import select

    from peerdesk.services.visibility import visible_participants

    _random_world(coordinator, seed=11)
    add_user(coordinator, "pe_vis", "peer_educator")
    with coordinator.store.uow() as uow:  # the peer educator mentors half of the matches
        s = uow.session
        mentor = add_row(
            s,
            MentorRow,
            coordinator.actor.site_id,
            person_kind="volunteer",
            last_name="P",
            first_name="E",
            side="facility",
            status="active",
            status_date=date(2026, 1, 1),
            user_id=s.scalar(select(UserRow.id).where(UserRow.username == "pe_vis")),
        )
        matches = s.scalars(select(MatchRow).order_by(MatchRow.id)).all()
        for m in matches[::2]:
            m.mentor_id = mentor.id
    signed = site.sign_in("pe_vis", USER_PASS)
    try:
        with signed.store.uow(write=False) as uow:
            s = uow.session
            M, P = MatchRow, ParticipantRow
            direct = set(
                s.scalars(select(M.id).where(visible_participants(signed.actor, M.participant_id)))
            )
            joined = set(
                s.scalars(
                    select(M.id)
                    .join(P, P.id == M.participant_id)
                    .where(visible_participants(signed.actor))
                )
            )
        assert direct == joined and 0 < len(direct) < len(matches)
    finally:
        signed.store.close()
