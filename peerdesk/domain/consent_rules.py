"""Consent to disclose (42 CFR 2.31): what a form must say, and when it is in force.

A consent names who may disclose, the recipient, what information, the purpose, when it
expires (a date, or an event written on the form), that the person was told of their right to
revoke, and the date it was signed. Its scope says whether it covers general program data,
substance-use treatment records (Part 2), or both; Part 2 records are covered only when the
form names them.

In force on a day ``on``: signed on or before ``on``; ``on`` is before the expiry date (the
consent has expired *on* that date); ``on`` is before the revocation date (a revocation takes
effect the day it is made); and the scope asked for is named. A consent that expires on an
event stays in force until the event is recorded (which sets the expiry date) or it is revoked.

``is_in_force`` is the rule; ``services.consent`` applies it to one participant and, as the same
rule in SQL, to many at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Protocol

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.screening_rules import check_fact_date, text


class ConsentFields(Protocol):
    """What ``is_in_force`` reads of a consent (a stored row or ``ConsentTerms``-like data)."""

    @property
    def signed_on(self) -> date: ...

    @property
    def expires_on(self) -> date | None: ...

    @property
    def revoked_on(self) -> date | None: ...

    @property
    def scope_general(self) -> bool: ...

    @property
    def scope_sud(self) -> bool: ...


def is_in_force(consent: ConsentFields, on: date, sud: bool) -> bool:
    """Whether ``consent`` allows disclosure on ``on`` of SUD records (``sud``) or general data."""
    if not (consent.scope_sud if sud else consent.scope_general):
        return False
    if on < consent.signed_on:
        return False
    if consent.expires_on is not None and on >= consent.expires_on:
        return False
    return consent.revoked_on is None or on < consent.revoked_on


@dataclass(frozen=True)
class ConsentTerms:
    """What the signed consent form says, as entered."""

    discloser: str
    recipient_name: str
    information: str
    purpose: str
    signed_on: date
    #: An expiry date, or an event written on the form (or both: whichever comes first).
    expires_on: date | None = None
    expires_event: str = ""
    right_to_revoke_explained: bool = False
    scope_general: bool = True
    scope_sud: bool = False
    #: The recipient's peerdesk site id, when the recipient uses peerdesk.
    recipient_site_id: str | None = None


def clean_terms(t: ConsentTerms, today: date, born: date) -> ConsentTerms:
    """Return the terms tidied, or raise ``ValidationError`` naming the missing element."""
    discloser = text(t.discloser, "discloser", "Who may disclose", 200, required=True)
    recipient = text(t.recipient_name, "recipient_name", "The recipient", 200, required=True)
    information = text(
        t.information, "information", "The information to disclose", 4000, required=True, lines=True
    )
    purpose = text(t.purpose, "purpose", "The purpose", 4000, required=True, lines=True)
    check_fact_date(t.signed_on, today, "signed_on", "The signature date", born)
    event = text(t.expires_event, "expires_event", "The expiry event", 200)
    if t.expires_on is None and not event:
        raise ValidationError("expires_on", "Give the expiry date or the event that ends consent.")
    if t.expires_on is not None and t.expires_on <= t.signed_on:
        raise ValidationError("expires_on", "The expiry date must be after the signature date.")
    if t.right_to_revoke_explained is not True:
        raise ValidationError(
            "right_to_revoke_explained",
            "The form must state the right to revoke, and the person must have been told of it.",
        )
    if not (t.scope_general or t.scope_sud):
        raise ValidationError(
            "scope", "Say what the consent covers: program data, treatment records, or both."
        )
    site = (t.recipient_site_id or "").strip() or None
    if site is not None and len(site) > 36:
        raise ValidationError("recipient_site_id", "That is not a peerdesk site id.")
    return replace(
        t,
        discloser=discloser,
        recipient_name=recipient,
        information=information,
        purpose=purpose,
        expires_event=event,
        recipient_site_id=site,
    )


def check_revocation(signed_on: date, revoked_on: date | None, on: date, today: date) -> None:
    """A consent is revoked once, on or after the signature date, not in the future."""
    if revoked_on is not None:
        raise ValidationError(
            "revoked_on", f"This consent was already revoked on {revoked_on.isoformat()}."
        )
    check_fact_date(on, today, "revoked_on", "The revocation date")
    if on < signed_on:
        raise ValidationError("revoked_on", "The revocation date is before the signature date.")


def event_expiry(
    signed_on: date, event: str, expires_on: date | None, occurred_on: date, today: date
) -> date:
    """The expiry date once the form's expiry event happened on ``occurred_on``."""
    if not event:
        raise ValidationError("occurred_on", "This consent does not expire on an event.")
    check_fact_date(occurred_on, today, "occurred_on", "The date of the event")
    if occurred_on < signed_on:
        raise ValidationError("occurred_on", "The event date is before the signature date.")
    return occurred_on if expires_on is None else min(expires_on, occurred_on)


class ConsentState(StrEnum):
    """Where a consent stands on a given day, for people reading the list."""

    NOT_YET = "not_yet"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    REVOKED = "revoked"


def consent_state(consent: ConsentFields, on: date) -> ConsentState:
    """The consent's state on ``on`` (a revocation counts over an expiry on the same day)."""
    if consent.revoked_on is not None and on >= consent.revoked_on:
        return ConsentState.REVOKED
    if consent.expires_on is not None and on >= consent.expires_on:
        return ConsentState.EXPIRED
    if on < consent.signed_on:
        return ConsentState.NOT_YET
    return ConsentState.IN_FORCE
