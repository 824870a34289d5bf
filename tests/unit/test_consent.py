"""Consent: the 42 CFR 2.31 elements, revocation, the expiry event, and THE one question
(``consent_covers`` and ``covered_participants`` agree with the pure rule everywhere)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from peerdesk.db.models import ConsentRow, ParticipantRow
from peerdesk.domain.consent_rules import is_in_force
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.consent import ConsentService, consent_covers, covered_participants
from tests.conftest import Site
from tests.factories_records import (
    BORN,
    TODAY,
    audit_actions,
    counts,
    enroll,
    make_terms,
    peer_world,
    sign_in_as,
    svc,
)
from tests.factories_rows import add_row

SITE = "site-reentry"
SIGNED = date(2026, 3, 1)


@dataclass(frozen=True)
class Fields:
    signed_on: date = SIGNED
    expires_on: date | None = date(2026, 9, 1)
    revoked_on: date | None = None
    scope_general: bool = True
    scope_sud: bool = False


# --- the rule ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("fields", "on", "sud", "expected"),
    [
        (Fields(), date(2026, 3, 1), False, True),  # from the signature day
        (Fields(), date(2026, 2, 28), False, False),  # signed later than the disclosure
        (Fields(), date(2026, 8, 31), False, True),  # last day before expiry
        (Fields(), date(2026, 9, 1), False, False),  # expired on that date
        (Fields(expires_on=None), date(2030, 1, 1), False, True),  # event not yet recorded
        (Fields(revoked_on=date(2026, 4, 1)), date(2026, 3, 31), False, True),
        (Fields(revoked_on=date(2026, 4, 1)), date(2026, 4, 1), False, False),  # revoked that day
        (Fields(), date(2026, 4, 1), True, False),  # SUD records not named
        (Fields(scope_sud=True), date(2026, 4, 1), True, True),
        (Fields(scope_general=False, scope_sud=True), date(2026, 4, 1), False, False),
        (Fields(scope_general=False, scope_sud=True), date(2026, 4, 1), True, True),
    ],
)
def test_is_in_force(fields: Fields, on: date, sud: bool, expected: bool) -> None:
    assert is_in_force(fields, on, sud) is expected


# --- the one function and its SQL twin agree ----------------------------------------------
def _add_consent(signed: SignedIn, participant_id: str, **values: Any) -> None:
    base: dict[str, Any] = {
        "participant_id": participant_id,
        "discloser": "Program",
        "recipient_name": "Office",
        "recipient_site_id": SITE,
        "information": "Records",
        "purpose": "Continuity",
        "scope_general": True,
        "scope_sud": False,
        "signed_on": SIGNED,
        "expires_on": date(2026, 9, 1),
        "expires_event": "",
        "right_to_revoke_explained": True,
        "revoked_on": None,
        "recorded_by": "maria",
    }
    base.update(values)
    with signed.store.uow() as uow:
        add_row(uow.session, ConsentRow, signed.actor.site_id, **base)


VARIANTS: dict[str, list[dict[str, Any]]] = {
    "plain": [{}],
    "expired": [{"expires_on": date(2026, 4, 1)}],
    "revoked": [{"revoked_on": date(2026, 5, 1)}],
    "future_signed": [{"signed_on": date(2026, 7, 1), "expires_on": None}],
    "wrong_recipient": [{"recipient_site_id": "site-elsewhere"}],
    "no_site": [{"recipient_site_id": None}],
    "sud_only": [{"scope_general": False, "scope_sud": True}],
    "both_scopes": [{"scope_sud": True, "expires_on": None, "expires_event": "End of parole"}],
    "tombstoned": [{"deleted": True}],
    "revoked_then_renewed": [
        {"revoked_on": date(2026, 4, 1), "scope_sud": True},
        {"signed_on": date(2026, 5, 1), "expires_on": date(2027, 5, 1)},
    ],
    "none": [],
}


def _check_agreement(signed: SignedIn, people: dict[str, str], days: list[date]) -> int:
    """Compare the three forms for every participant, day, scope and recipient; count checks."""
    checked = 0
    with signed.store.uow(write=False) as uow:
        s = uow.session
        rows = list(s.scalars(select(ConsentRow)))
        for site in (SITE, "site-elsewhere"):
            for on in days:
                for sud in (False, True):
                    covered = set(
                        s.scalars(
                            select(ParticipantRow.id).where(covered_participants(site, on, sud))
                        )
                    )
                    for pid in people.values():
                        rule = any(
                            is_in_force(r, on, sud)
                            for r in rows
                            if r.participant_id == pid
                            and r.recipient_site_id == site
                            and not r.deleted
                        )
                        one = consent_covers(s, pid, site, on, sud=sud)
                        assert one is rule, (pid, site, on, sud)
                        assert (pid in covered) is rule, (pid, site, on, sud)
                        checked += 1
    return checked


def test_covers_and_sql_agree_over_many_combinations(coordinator: SignedIn) -> None:
    people = {name: enroll(coordinator) for name in VARIANTS}
    for name, consents in VARIANTS.items():
        for values in consents:
            _add_consent(coordinator, people[name], **values)
    days = [SIGNED + timedelta(days=d) for d in range(-2, 400, 9)]
    days += [date(2026, 4, 1), date(2026, 5, 1), date(2026, 7, 1), date(2026, 9, 1)]
    assert _check_agreement(coordinator, people, days) > 1000
    # And the expected answers on one day, by hand.
    on = date(2026, 5, 15)
    with coordinator.store.uow(write=False) as uow:
        s = uow.session
        general = {n for n, p in people.items() if consent_covers(s, p, SITE, on, sud=False)}
        sud = {n for n, p in people.items() if consent_covers(s, p, SITE, on, sud=True)}
    assert general == {"plain", "both_scopes", "revoked_then_renewed"}
    assert sud == {"sud_only", "both_scopes"}


_dates = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))
_consent = st.fixed_dictionaries(
    {
        "signed_on": _dates,
        "expires_on": st.none() | _dates,
        "revoked_on": st.none() | _dates,
        "scope_general": st.booleans(),
        "scope_sud": st.booleans(),
        "recipient_site_id": st.sampled_from([SITE, "site-elsewhere", None]),
        "deleted": st.booleans(),
    }
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_consent, max_size=3), st.lists(_dates, min_size=1, max_size=6))
def test_covers_and_sql_agree_property(
    coordinator: SignedIn, consents: list[dict[str, Any]], days: list[date]
) -> None:
    pid = enroll(coordinator)
    for values in consents:
        _add_consent(coordinator, pid, **values)
    _check_agreement(coordinator, {"p": pid}, days)


# --- recording -----------------------------------------------------------------------------------
def test_record_list_and_in_force(coordinator: SignedIn) -> None:
    p = enroll(coordinator)
    cs = svc(ConsentService, coordinator)
    made = cs.record(coordinator.actor, p, make_terms(recipient_name="  County   Reentry "))
    assert made.recipient_name == "County Reentry"
    assert made.in_force(TODAY, sud=False) and not made.in_force(TODAY, sud=True)
    assert cs.list_for(coordinator.actor, p) == (made,)
    with coordinator.store.uow(write=False) as uow:
        assert consent_covers(uow.session, p, "site-reentry", TODAY, sud=False)
    assert ("consent.create", "ok") in audit_actions(coordinator.store)


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"discloser": " "}, "discloser"),
        ({"recipient_name": ""}, "recipient_name"),
        ({"information": ""}, "information"),
        ({"purpose": "\n"}, "purpose"),
        ({"signed_on": TODAY + timedelta(days=1)}, "signed_on"),
        ({"signed_on": BORN - timedelta(days=1)}, "signed_on"),
        ({"expires_on": None, "expires_event": " "}, "expires_on"),
        ({"expires_on": date(2026, 3, 1)}, "expires_on"),
        ({"right_to_revoke_explained": False}, "right_to_revoke_explained"),
        ({"scope_general": False, "scope_sud": False}, "scope"),
        ({"recipient_site_id": "x" * 37}, "recipient_site_id"),
        ({"discloser": "x" * 201}, "discloser"),
    ],
)
def test_missing_elements_are_refused_and_nothing_written(
    coordinator: SignedIn, override: dict[str, Any], field: str
) -> None:
    p = enroll(coordinator)
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        svc(ConsentService, coordinator).record(coordinator.actor, p, make_terms(**override))
    assert err.value.field == field
    assert counts(coordinator.store) == before


def test_revoke_once_not_before_signing_not_future(coordinator: SignedIn) -> None:
    p = enroll(coordinator)
    cs = svc(ConsentService, coordinator)
    c = cs.record(coordinator.actor, p, make_terms())
    before = counts(coordinator.store)
    for bad in (date(2026, 2, 28), TODAY + timedelta(days=1)):
        with pytest.raises(ValidationError) as err:
            cs.revoke(coordinator.actor, c.id, bad)
        assert err.value.field == "revoked_on"
    assert counts(coordinator.store) == before
    revoked = cs.revoke(coordinator.actor, c.id, date(2026, 5, 1))
    assert revoked.revoked_on == date(2026, 5, 1)
    with pytest.raises(ValidationError, match="already revoked"):
        cs.revoke(coordinator.actor, c.id, date(2026, 5, 2))
    with coordinator.store.uow(write=False) as uow:
        s = uow.session
        assert consent_covers(s, p, "site-reentry", date(2026, 4, 30), sud=False)
        assert not consent_covers(s, p, "site-reentry", date(2026, 5, 1), sud=False)
    with pytest.raises(NotFound):
        cs.revoke(coordinator.actor, "no-such-consent", TODAY)


def test_expiry_event(coordinator: SignedIn) -> None:
    p = enroll(coordinator)
    cs = svc(ConsentService, coordinator)
    dated = cs.record(coordinator.actor, p, make_terms())
    with pytest.raises(ValidationError) as err:
        cs.record_expiry_event(coordinator.actor, dated.id, date(2026, 5, 1))
    assert err.value.field == "occurred_on"
    ev = cs.record(
        coordinator.actor, p, make_terms(expires_on=None, expires_event="End of supervision")
    )
    assert ev.in_force(date(2030, 1, 1), sud=False)
    for bad in (date(2026, 2, 1), TODAY + timedelta(days=1)):
        with pytest.raises(ValidationError):
            cs.record_expiry_event(coordinator.actor, ev.id, bad)
    ended = cs.record_expiry_event(coordinator.actor, ev.id, date(2026, 5, 1))
    assert ended.expires_on == date(2026, 5, 1) and ended.expires_event == "End of supervision"
    assert not ended.in_force(date(2026, 5, 1), sud=False)


def test_consent_roles(site: Site, coordinator: SignedIn) -> None:
    world = peer_world(site, coordinator)
    cs = svc(ConsentService, coordinator)
    c = cs.record(coordinator.actor, world.mentee, make_terms())
    cs.record(coordinator.actor, world.stranger, make_terms())
    try:
        peer = svc(ConsentService, world.peer)
        assert [x.id for x in peer.list_for(world.peer.actor, world.mentee)] == [c.id]
        with pytest.raises(NotFound):
            peer.list_for(world.peer.actor, world.stranger)
        with pytest.raises(PermissionDenied):
            peer.record(world.peer.actor, world.mentee, make_terms())
        with pytest.raises(PermissionDenied):
            peer.revoke(world.peer.actor, c.id, TODAY)
    finally:
        world.peer.store.close()
    auditor = sign_in_as(site, coordinator, "au1", "auditor")
    try:
        assert len(svc(ConsentService, auditor).list_for(auditor.actor, world.stranger)) == 1
        with pytest.raises(PermissionDenied):
            svc(ConsentService, auditor).record(auditor.actor, world.mentee, make_terms())
    finally:
        auditor.store.close()
    staff = sign_in_as(site, coordinator, "re1", "reentry_staff")
    try:
        svc(ConsentService, staff).revoke(staff.actor, c.id, TODAY)
    finally:
        staff.store.close()
    assert ("consent.manage", "denied") in audit_actions(coordinator.store)
