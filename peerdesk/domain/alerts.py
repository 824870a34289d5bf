"""Engagement alerts: what a coordinator should look at today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class AlertKind(StrEnum):
    NO_RECENT_CONTACT = "no_recent_contact"
    RELEASE_NOT_READY = "release_not_ready"
    CERTIFICATION_EXPIRING = "certification_expiring"


class ReleaseGap(StrEnum):
    NO_CONSENT = "no_consent"
    NO_REFERRAL = "no_referral"
    NO_POST_RELEASE_MENTOR = "no_post_release_mentor"


@dataclass(frozen=True)
class Alert:
    """One alert; ``record_type``/``record_id`` is what opening the alert shows."""

    kind: AlertKind
    record_type: str  # "match" | "participant" | "mentor"
    record_id: str
    participant_id: str | None
    due: date | None  # the release date, the expiry date, or the last contact
    days: int  # days since last contact, or days left
    gaps: tuple[ReleaseGap, ...] = ()
