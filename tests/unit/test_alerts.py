"""Engagement alerts: each fires exactly when its rule says, with the settings' thresholds."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from peerdesk.db.models import (
    CertificationRow,
    ConsentRow,
    ContactRow,
    MatchRow,
    MentorRow,
    ParticipantRow,
    PartnerRow,
    ReferralRow,
)
from peerdesk.domain.alerts import AlertKind, ReleaseGap
from peerdesk.services.alerts import AlertService
from peerdesk.services.auth import SignedIn
from peerdesk.services.settings import SettingsService
from tests.factories_rows import add_row

TODAY = date(2026, 11, 15)


def _clock() -> datetime:
    return datetime(2026, 11, 15, 12, 0, tzinfo=UTC)


def _world(signed: SignedIn) -> dict[str, str]:
    site = signed.actor.site_id
    ids: dict[str, str] = {}
    with signed.store.uow() as uow:
        s = uow.session

        def person(key: str, **kw: object) -> ParticipantRow:
            row: ParticipantRow = add_row(
                s, ParticipantRow, site, date_of_birth=date(1990, 1, 1), **kw
            )
            ids[key] = row.id
            return row

        def mentor(key: str, side: str, status: str = "active") -> MentorRow:
            row: MentorRow = add_row(
                s,
                MentorRow,
                site,
                person_kind="volunteer",
                last_name=key,
                first_name="M",
                side=side,
                status=status,
                status_date=date(2026, 1, 1),
            )
            ids[key] = row.id
            return row

        inside, outside = mentor("m_in", "facility"), mentor("m_out", "community")
        quiet, chatty, fresh = person("quiet"), person("chatty"), person("fresh")

        def match(
            key: str, p: ParticipantRow, m: MentorRow, start: date, st: str = "active"
        ) -> None:
            row = add_row(
                s,
                MatchRow,
                site,
                participant_id=p.id,
                mentor_id=m.id,
                status=st,
                proposed_on=start,
                started_on=start,
            )
            ids[key] = row.id

        match("m_quiet", quiet, inside, date(2026, 9, 1))
        match("m_chatty", chatty, inside, date(2026, 9, 1))
        match("m_fresh", fresh, inside, date(2026, 11, 10))  # started 5 days ago: no alert yet
        for on in (date(2026, 10, 1), date(2026, 11, 10)):
            add_row(
                s,
                ContactRow,
                site,
                match_id=ids["m_chatty"],
                participant_id=chatty.id,
                contact_on=on,
                duration_minutes=30,
                mode="in_person",
                status="held",
                recorded_by="maria",
            )
        add_row(
            s,
            ContactRow,
            site,
            match_id=ids["m_quiet"],
            participant_id=quiet.id,
            contact_on=date(2026, 10, 20),
            duration_minutes=30,
            mode="phone",
            status="held",
            recorded_by="maria",
        )
        # quiet's only recent contact was cancelled: it does not count.
        add_row(
            s,
            ContactRow,
            site,
            match_id=ids["m_quiet"],
            participant_id=quiet.id,
            contact_on=date(2026, 11, 12),
            duration_minutes=0,
            mode="phone",
            status="cancelled",
            recorded_by="maria",
        )

        ready = person("ready", status="active", projected_release_date=date(2026, 12, 1))
        bare = person("bare", status="active", projected_release_date=date(2026, 12, 10))
        person("later", status="active", projected_release_date=date(2027, 3, 1))
        person("gone", status="active", projected_release_date=date(2026, 12, 1), deleted=True)
        add_row(
            s,
            ConsentRow,
            site,
            participant_id=ready.id,
            discloser="Unit",
            recipient_name="County office",
            information="program data",
            purpose="reentry",
            signed_on=date(2026, 10, 1),
            recorded_by="maria",
        )
        # bare's consent was revoked: it no longer counts.
        add_row(
            s,
            ConsentRow,
            site,
            participant_id=bare.id,
            discloser="Unit",
            recipient_name="County office",
            information="program data",
            purpose="reentry",
            signed_on=date(2026, 10, 1),
            revoked_on=date(2026, 11, 1),
            recorded_by="maria",
        )
        partner = add_row(s, PartnerRow, site, organization="Casa", service_types="housing")
        add_row(
            s,
            ReferralRow,
            site,
            participant_id=ready.id,
            partner_id=partner.id,
            service_type="housing",
            status="made",
            made_on=date(2026, 11, 1),
            status_on=date(2026, 11, 1),
            made_by="maria",
        )
        match("m_ready", ready, outside, date(2026, 11, 1), "proposed")

        for key, expires in (("soon", date(2026, 12, 1)), ("far", date(2027, 6, 1))):
            add_row(
                s,
                CertificationRow,
                site,
                mentor_id=ids["m_in" if key == "soon" else "m_out"],
                name="Peer recovery specialist",
                issued_on=date(2024, 1, 1),
                expires_on=expires,
            )
    return ids


def test_alerts_fire_exactly_by_the_rules(coordinator: SignedIn) -> None:
    ids = _world(coordinator)
    alerts = AlertService(coordinator.store, clock=_clock).current(coordinator.actor)
    quiet = alerts[AlertKind.NO_RECENT_CONTACT]
    assert [(a.record_id, a.days) for a in quiet] == [(ids["m_quiet"], 26)]
    release = alerts[AlertKind.RELEASE_NOT_READY]
    assert [(a.participant_id, a.gaps) for a in release] == [
        (
            ids["bare"],
            (ReleaseGap.NO_CONSENT, ReleaseGap.NO_REFERRAL, ReleaseGap.NO_POST_RELEASE_MENTOR),
        )
    ]
    assert release[0].days == 25
    certs = alerts[AlertKind.CERTIFICATION_EXPIRING]
    assert [(a.record_id, a.days) for a in certs] == [(ids["m_in"], 16)]


def test_thresholds_come_from_settings(coordinator: SignedIn) -> None:
    ids = _world(coordinator)
    settings = SettingsService(coordinator.store)
    settings.set(coordinator.actor, "alert_no_contact_days", 30)
    settings.set(coordinator.actor, "alert_release_days", 120)
    settings.set(coordinator.actor, "alert_cert_expiry_days", 365)
    alerts = AlertService(coordinator.store, clock=_clock).current(coordinator.actor)
    assert alerts[AlertKind.NO_RECENT_CONTACT] == []
    assert {a.participant_id for a in alerts[AlertKind.RELEASE_NOT_READY]} == {
        ids["bare"],
        ids["later"],
    }
    assert len(alerts[AlertKind.CERTIFICATION_EXPIRING]) == 2


@pytest.mark.parametrize("role", ["auditor", "peer_educator"])
def test_other_roles_see_only_what_they_may(site, coordinator: SignedIn, role: str) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import USER_PASS, add_user

    _world(coordinator)
    add_user(coordinator, "other", role)
    other = site.sign_in("other", USER_PASS)
    try:
        alerts = AlertService(other.store, clock=_clock).current(other.actor)
    finally:
        other.store.close()
    assert AlertKind.CERTIFICATION_EXPIRING not in alerts
    if role == "peer_educator":  # no mentees linked to this account
        assert alerts[AlertKind.NO_RECENT_CONTACT] == []
        assert alerts[AlertKind.RELEASE_NOT_READY] == []
    else:
        assert len(alerts[AlertKind.NO_RECENT_CONTACT]) == 1


def test_release_and_certification_counts_cover_all_not_just_the_top(
    coordinator: SignedIn,
) -> None:
    _world(coordinator)
    settings = SettingsService(coordinator.store)
    settings.set(coordinator.actor, "alert_release_days", 120)
    settings.set(coordinator.actor, "alert_cert_expiry_days", 365)
    service = AlertService(coordinator.store, clock=_clock)
    every = service.current(coordinator.actor)
    top = service.most_urgent(coordinator.actor, 1)
    for kind in (AlertKind.RELEASE_NOT_READY, AlertKind.CERTIFICATION_EXPIRING):
        assert len(every[kind]) == 2
        assert top.totals[kind] == 2
        assert top.alerts[kind] == every[kind][:1]
    assert top.alerts[AlertKind.RELEASE_NOT_READY][0].due == date(2026, 12, 10)
